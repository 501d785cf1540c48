// Package warm starts parsing vmlint's word lists as early as the process
// allows, for the commands that need them. Go initialises this package
// before goldmark and the YAML parsers (it sorts before them and needs
// neither), so the parse runs on the second core while their initialisation
// runs on the first: for one file, the pre-commit case, that hides its cost.
package warm

import (
	"os"

	"github.com/vmlint/vmlint/lint/lexicon"
)

func init() {
	if needsLexicons(os.Args[1:]) {
		go lexicon.Default()
	}
}

// needsLexicons reports whether the command line runs lint or inspect, the
// commands that read statements.
func needsLexicons(args []string) bool {
	for _, a := range args {
		switch a {
		case "lint", "inspect", "baseline":
			return true
		}
		if len(a) > 0 && a[0] != '-' {
			return false // another command
		}
	}
	return false
}

package rules

import (
	"fmt"
	"strings"

	"github.com/vmlint/vmlint/lint"
)

// Table renders the rules as the Markdown table the README shows, and
// their precedence where they overlap.
func Table(rules []*lint.Rule) string {
	var b strings.Builder
	b.WriteString("| rule | applies to | default | what it reports |\n|---|---|---|---|\n")
	for _, r := range rules {
		options := ""
		if len(r.Options) > 0 {
			var parts []string
			for _, o := range r.Options {
				parts = append(parts, fmt.Sprintf("`%s: %v`", o.Name(), o.Default()))
			}
			options = " (options: " + strings.Join(parts, ", ") + ")"
		}
		fmt.Fprintf(&b, "| `%s` | %s | %s | %s%s |\n", r.Name, r.Applies, r.Severity, r.Title(), options)
	}
	var precedence []string
	for _, r := range rules {
		if len(r.Supersedes) > 0 {
			precedence = append(precedence, fmt.Sprintf("`%s` over `%s`", r.Name, strings.Join(r.Supersedes, "` and `")))
		}
	}
	if len(precedence) > 0 {
		fmt.Fprintf(&b, "\nPrecedence where rules report the same words: %s.\n", strings.Join(precedence, "; "))
	}
	return b.String()
}

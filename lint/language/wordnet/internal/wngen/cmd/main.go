// Command wngen writes package wordnet's tables from the WordNet 3.0
// database: go generate ./lint/language/wordnet runs it.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/vmlint/vmlint/lint/language/wordnet/internal/wngen"
)

func main() {
	dir := flag.String("dict", wngen.DefaultDir, "the WordNet 3.0 database folder (Debian: wordnet-base)")
	out := flag.String("out", "tables.go", "the Go file to write")
	flag.Parse()
	src, err := wngen.Generate(*dir)
	if err == nil {
		err = os.WriteFile(*out, src, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "wngen:", err)
		os.Exit(1)
	}
}

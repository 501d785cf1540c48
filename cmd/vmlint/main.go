// Command vmlint lints product vision and mission statements in Markdown.
//
// Exit status: 0 when nothing fails, 1 when findings reach the fail level,
// 2 for usage, configuration or file errors.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

package lint

import "fmt"

// FileError is a problem with an input file: it cannot be read, or part of it
// cannot be decoded. Pos is the zero Pos when the problem has no position.
type FileError struct {
	Path string
	Pos  Pos
	Msg  string
	// Limit is set when the file is refused for one of the limits that
	// bound the parser's time (nesting, link syntax, emphasis marks): a
	// file the prefilter passes over is not parsed, so not checked
	// against them.
	Limit bool
}

// Error returns "path:line:col: msg", or "path: msg" without a position.
func (e *FileError) Error() string {
	if e.Pos.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Pos.Line, e.Pos.Column, e.Msg)
}

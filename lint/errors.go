package lint

import "fmt"

// FileError is a problem with an input file: it cannot be read, or part of it
// cannot be decoded. Pos is the zero Pos when the problem has no position.
type FileError struct {
	Path string
	Pos  Pos
	Msg  string
}

// Error returns "path:line:col: msg", or "path: msg" without a position.
func (e *FileError) Error() string {
	if e.Pos.Line == 0 {
		return fmt.Sprintf("%s: %s", e.Path, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.Path, e.Pos.Line, e.Pos.Column, e.Msg)
}

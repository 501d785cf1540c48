// Package lint is vmlint's engine: it parses Markdown documents into a
// model of their vision and mission statements (statements, sentences and
// words, each with exact positions), analyses what the statements contain,
// and runs rules over that model.
//
// Positions count lines from the top of the file, front matter included,
// and columns in Unicode characters; byte offsets are kept alongside.
package lint

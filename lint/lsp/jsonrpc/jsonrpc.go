// Package jsonrpc reads and writes JSON-RPC 2.0 messages framed as the
// Language Server Protocol frames them on a stream: header lines
// ("Content-Length: 52"), a blank line, then a body of exactly that many
// bytes.
//
// It is the small framing layer of vmlint's editor server. The Go LSP
// libraries were not a clean fit: go.lsp.dev/protocol stopped at LSP 3.16
// (no position encodings, no pull diagnostics) in 2022 and brings a
// logging framework with it, and gopls's protocol package is internal.
package jsonrpc

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Error codes of JSON-RPC 2.0 and of the Language Server Protocol.
const (
	ParseError           = -32700
	InvalidRequest       = -32600
	MethodNotFound       = -32601
	InvalidParams        = -32602
	InternalError        = -32603
	ServerNotInitialized = -32002
	RequestCancelled     = -32800
)

// Message is one JSON-RPC message: a request (Method and ID), a
// notification (Method, no ID) or a response (ID, and Result or Error).
// IDs are kept as written, a number or a string, and echoed unchanged.
type Message struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id,omitempty"`
	Method  string          `json:"method,omitempty"`
	Params  json.RawMessage `json:"params,omitempty"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *Error          `json:"error,omitempty"`
}

// IsRequest reports whether the message is a request, which needs a response.
func (m *Message) IsRequest() bool { return m.Method != "" && m.ID != nil }

// IsNotification reports whether the message is a notification.
func (m *Message) IsNotification() bool { return m.Method != "" && m.ID == nil }

// Error is the error of a response.
type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("%s (code %d)", e.Message, e.Code) }

// Errorf returns an error with the code and a formatted message.
func Errorf(code int, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// null is the JSON null, the id of a response to a message whose id could
// not be read.
var null = json.RawMessage("null")

// Decode reads a message body. A body that is not JSON gives a ParseError;
// JSON that is not a JSON-RPC 2.0 message gives an InvalidRequest, with the
// message's id when it has one. An id is a number or a string, or null in
// an error response to a message whose id could not be read.
func Decode(body []byte) (*Message, *Error) {
	var m Message
	if err := json.Unmarshal(body, &m); err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) {
			return nil, Errorf(InvalidRequest, "invalid message: %v", err)
		}
		return nil, Errorf(ParseError, "malformed JSON: %v", err)
	}
	switch {
	case m.JSONRPC != "2.0":
		return &m, Errorf(InvalidRequest, `invalid message: "jsonrpc" must be "2.0"`)
	case m.ID != nil && !validID(m.ID) && !(m.Method == "" && m.Error != nil && string(m.ID) == "null"):
		m.ID = null
		return &m, Errorf(InvalidRequest, "invalid message: an id is a number or a string")
	case m.Method == "" && m.ID == nil:
		return &m, Errorf(InvalidRequest, "invalid message: neither a method nor an id")
	}
	return &m, nil
}

// validID reports whether raw is a JSON number or string.
func validID(raw json.RawMessage) bool {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return false
	}
	if raw[0] == '"' {
		var s string
		return json.Unmarshal(raw, &s) == nil
	}
	var n json.Number
	return json.Unmarshal(raw, &n) == nil
}

// Reader reads framed message bodies from a stream.
type Reader struct {
	r *bufio.Reader
	// MaxBody is the largest body accepted, in bytes.
	MaxBody int64
}

// DefaultMaxBody is the largest body a Reader accepts unless told
// otherwise: far more than a document vmlint lints (16 MiB by default),
// even with every character escaped.
const DefaultMaxBody = 256 << 20

// maxHeaderLine bounds one header line, and maxHeaders the lines of one
// header block, so that garbage without line ends cannot grow a buffer.
const (
	maxHeaderLine = 4096
	maxHeaders    = 64
)

// NewReader returns a reader of the stream.
func NewReader(r io.Reader) *Reader {
	return &Reader{r: bufio.NewReader(r), MaxBody: DefaultMaxBody}
}

// FramingError is a header block that cannot be read: the reader has
// skipped past it, so the next Read may succeed.
type FramingError struct{ Msg string }

func (e *FramingError) Error() string { return "bad message header: " + e.Msg }

// Read returns the next message body. It returns io.EOF when the stream
// ends cleanly between messages, io.ErrUnexpectedEOF when it ends inside
// one, and a *FramingError for a header block it skipped. A body is read
// as it arrives, so a length larger than what follows costs no memory.
func (r *Reader) Read() ([]byte, error) {
	length := int64(-1)
	var problem string
	for lines := 0; ; lines++ {
		line, err := r.line()
		switch {
		case errors.Is(err, errLongLine):
			if problem == "" {
				problem = err.Error()
			}
			continue
		case errors.Is(err, io.EOF) && lines == 0 && line == "":
			return nil, io.EOF
		case errors.Is(err, io.EOF):
			return nil, io.ErrUnexpectedEOF
		case err != nil:
			return nil, err
		}
		if line == "" {
			if lines == 0 {
				lines-- // blank lines between messages are tolerated
				continue
			}
			break
		}
		if lines >= maxHeaders && problem == "" {
			problem = fmt.Sprintf("more than %d header lines", maxHeaders)
		}
		name, value, ok := strings.Cut(line, ":")
		if !ok {
			if problem == "" {
				problem = fmt.Sprintf("header line %q has no colon", clip(line))
			}
			continue
		}
		if strings.EqualFold(strings.TrimSpace(name), "Content-Length") {
			value = strings.TrimSpace(value)
			n, err := strconv.ParseInt(value, 10, 64)
			switch {
			case err != nil || n < 0:
				if problem == "" {
					problem = fmt.Sprintf("Content-Length %q is not a length", clip(value))
				}
			case n > r.MaxBody:
				if problem == "" {
					problem = fmt.Sprintf("Content-Length %d is over the limit of %d bytes", n, r.MaxBody)
				}
			default:
				length = n
			}
		}
	}
	if problem == "" && length < 0 {
		problem = "no Content-Length"
	}
	if problem != "" {
		return nil, &FramingError{problem}
	}
	var body bytes.Buffer
	if _, err := io.CopyN(&body, r.r, length); err != nil {
		if errors.Is(err, io.EOF) {
			return nil, io.ErrUnexpectedEOF
		}
		return nil, err
	}
	return body.Bytes(), nil
}

// errLongLine is a header line over maxHeaderLine bytes; the rest of the
// line has been skipped.
var errLongLine = fmt.Errorf("a header line is over %d bytes", maxHeaderLine)

// line reads one header line without its "\r\n" or "\n". At the end of
// the stream it returns what it read with io.EOF.
func (r *Reader) line() (string, error) {
	var buf []byte
	for {
		chunk, err := r.r.ReadSlice('\n')
		if len(buf)+len(chunk) > maxHeaderLine {
			for errors.Is(err, bufio.ErrBufferFull) {
				_, err = r.r.ReadSlice('\n')
			}
			if err != nil {
				return "", err
			}
			return "", errLongLine
		}
		buf = append(buf, chunk...)
		switch {
		case err == nil:
			return strings.TrimSuffix(strings.TrimSuffix(string(buf), "\n"), "\r"), nil
		case errors.Is(err, bufio.ErrBufferFull):
			continue
		default:
			return string(buf), err
		}
	}
}

// clip shortens text quoted in an error.
func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Writer writes framed messages to a stream. It is safe for concurrent use.
type Writer struct {
	mu sync.Mutex
	w  io.Writer
}

// NewWriter returns a writer to the stream.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Write writes one message, header and body in one write.
func (w *Writer) Write(m *Message) error {
	m.JSONRPC = "2.0"
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	framed := make([]byte, 0, len(body)+32)
	framed = append(framed, "Content-Length: "...)
	framed = strconv.AppendInt(framed, int64(len(body)), 10)
	framed = append(framed, "\r\n\r\n"...)
	framed = append(framed, body...)
	w.mu.Lock()
	defer w.mu.Unlock()
	_, err = w.w.Write(framed)
	return err
}

// Response returns the response to the request id with result, which is
// marshalled (nil gives a null result).
func Response(id json.RawMessage, result any) (*Message, error) {
	raw, err := json.Marshal(result)
	if err != nil {
		return nil, err
	}
	return &Message{ID: id, Result: raw}, nil
}

// ErrorResponse returns the error response to the request id; a nil id
// (a message whose id could not be read) becomes null.
func ErrorResponse(id json.RawMessage, e *Error) *Message {
	if id == nil {
		id = null
	}
	return &Message{ID: id, Error: e}
}

// Notification returns a notification of method with params.
func Notification(method string, params any) (*Message, error) {
	raw, err := json.Marshal(params)
	if err != nil {
		return nil, err
	}
	return &Message{Method: method, Params: raw}, nil
}

// Request returns a request of method with params and the id.
func Request(id json.RawMessage, method string, params any) (*Message, error) {
	m, err := Notification(method, params)
	if err != nil {
		return nil, err
	}
	m.ID = id
	return m, nil
}

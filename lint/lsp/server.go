// Package lsp is vmlint's editor server: the Language Server Protocol
// 3.17 over a stream (standard input and output for `vmlint lsp`). It
// lints each open document as it is in the editor, through the same
// pipeline as the command line (lint/driver), so that an editor shows the
// findings `vmlint lint` prints, at the same spans. It also shows what
// vmlint understood of a statement on hover, offers quick fixes
// (suppressions and suggested replacements) and lists the statements as
// document symbols.
//
// The server handles one message at a time on one goroutine, which owns
// every document; another goroutine reads messages, so that a
// $/cancelRequest is seen while the server is busy. Edits are linted after
// a pause in typing (Options.Debounce).
package lsp

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log"
	"runtime/debug"
	"strconv"
	"sync"
	"time"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/driver"
	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
)

// DefaultDebounce is how long the server waits after an edit before it
// lints: long enough to let a burst of keystrokes pass, short enough to
// feel immediate.
const DefaultDebounce = 120 * time.Millisecond

// Options configure a server.
type Options struct {
	// Rules are the built-in rules every configuration starts from.
	Rules []*lint.Rule
	// Debounce is the pause after an edit before the document is linted
	// again; DefaultDebounce when zero.
	Debounce time.Duration
	// Log receives the server's log: protocol errors, panics, messages the
	// client should not see. Editors keep a server's standard error.
	Log io.Writer
	// Version is vmlint's version, for the client's information.
	Version string

	hook func(method string) // tests: called as each message is handled
}

// Serve runs the server on the stream until the client sends exit or the
// stream ends, and returns the exit status: 0 after a shutdown request, 1
// otherwise (as the protocol says of an exit without shutdown).
func Serve(ctx context.Context, in io.Reader, out io.Writer, opts Options) int {
	if opts.Debounce == 0 {
		opts.Debounce = DefaultDebounce
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	s := &server{
		opts:    opts,
		out:     jsonrpc.NewWriter(out),
		log:     log.New(opts.Log, "vmlint lsp: ", log.LstdFlags|log.Lmicroseconds),
		docs:    map[string]*document{},
		pending: map[string]bool{},
		due:     make(chan string),
		stopped: make(chan struct{}),
	}
	defer close(s.stopped)
	incoming := make(chan *jsonrpc.Message, 64)
	go s.read(jsonrpc.NewReader(in), incoming)
	for {
		select {
		case <-ctx.Done():
			return 1
		case m, ok := <-incoming:
			if !ok {
				// The client went away without exit.
				if s.state == shutDown {
					return 0
				}
				return 1
			}
			if status, done := s.handle(m); done {
				return status
			}
		case uri := <-s.due:
			if d := s.docs[uri]; d != nil {
				s.protect("lint "+uri, func() { s.lintIfStale(d) })
			}
		}
	}
}

// state is where the server is in the protocol's lifecycle.
type state int

const (
	uninitialized state = iota
	running
	shutDown
)

type server struct {
	opts Options
	out  *jsonrpc.Writer
	log  *log.Logger

	// Owned by the loop goroutine.
	state     state
	caps      clientCapabilities
	enc       encoding
	pull      bool // the client pulls diagnostics (textDocument/diagnostic)
	docs      map[string]*document
	runner    *driver.Runner
	runnerErr error           // the configuration of the server's folder failed to load
	shown     string          // the configuration errors last shown by window/showMessage
	results   int             // results made so far: the next result's id
	nextID    int             // the id of the next request to the client
	parked    []parkedRequest // pull requests waiting for a pending lint

	// Shared with the reading goroutine.
	mu      sync.Mutex
	pending map[string]bool // ids of requests read and not yet answered → cancelled
	due     chan string     // documents whose pause after an edit ran out
	stopped chan struct{}   // closed when Serve returns
}

// read reads messages until the stream ends, passing them to the loop. A
// frame or a body that cannot be read is logged (and answered, when it has
// an id) and skipped; a cancellation is noted at once, before the loop
// reaches the request it cancels.
func (s *server) read(r *jsonrpc.Reader, incoming chan<- *jsonrpc.Message) {
	defer close(incoming)
	for {
		body, err := r.Read()
		var framing *jsonrpc.FramingError
		switch {
		case errors.As(err, &framing):
			s.log.Print(err)
			continue
		case errors.Is(err, io.EOF):
			return
		case err != nil:
			s.log.Printf("reading messages: %v", err)
			return
		}
		m, decodeErr := jsonrpc.Decode(body)
		if decodeErr != nil {
			s.log.Printf("%s; message skipped", decodeErr.Message)
			if m == nil || m.ID != nil {
				var id json.RawMessage
				if m != nil {
					id = m.ID
				}
				s.send(jsonrpc.ErrorResponse(id, decodeErr))
			}
			continue
		}
		if m.IsRequest() {
			s.mu.Lock()
			s.pending[string(m.ID)] = false
			s.mu.Unlock()
		}
		if m.Method == "$/cancelRequest" {
			var p cancelParams
			if json.Unmarshal(m.Params, &p) == nil {
				s.mu.Lock()
				if _, ok := s.pending[string(p.ID)]; ok {
					s.pending[string(p.ID)] = true
				}
				s.mu.Unlock()
			}
		}
		select {
		case incoming <- m:
		case <-s.stopped:
			return
		}
	}
}

// errDeferred is a handler's answer when it will respond later.
var errDeferred = &jsonrpc.Error{Code: 0, Message: "deferred"}

// requestHandler answers a request's params with a result or an error.
type requestHandler func(s *server, params json.RawMessage, id json.RawMessage) (any, *jsonrpc.Error)

// notificationHandler acts on a notification's params.
type notificationHandler func(s *server, params json.RawMessage) error

var requests = map[string]requestHandler{
	"initialize":                  (*server).initialize,
	"shutdown":                    (*server).shutdown,
	"textDocument/hover":          (*server).hover,
	"textDocument/codeAction":     (*server).codeAction,
	"textDocument/documentSymbol": (*server).documentSymbol,
	"textDocument/diagnostic":     (*server).pullDiagnostics,
}

var notifications = map[string]notificationHandler{
	"initialized":                     (*server).initialized,
	"textDocument/didOpen":            (*server).didOpen,
	"textDocument/didChange":          (*server).didChange,
	"textDocument/didSave":            (*server).didSave,
	"textDocument/didClose":           (*server).didClose,
	"workspace/didChangeWatchedFiles": (*server).didChangeWatchedFiles,
	"$/cancelRequest":                 (*server).cancelRequest,
}

// handle acts on one message. It returns done, with the exit status, on exit.
func (s *server) handle(m *jsonrpc.Message) (status int, done bool) {
	if s.opts.hook != nil {
		s.opts.hook(m.Method)
	}
	switch {
	case m.IsRequest():
		s.request(m)
	case m.Method == "exit":
		if s.state == shutDown {
			return 0, true
		}
		s.log.Print("exit without shutdown")
		return 1, true
	case m.IsNotification():
		s.notification(m)
	default:
		// A response to one of the server's requests.
		if m.Error != nil {
			s.log.Printf("the client answered request %s with an error: %s", m.ID, m.Error.Message)
		}
	}
	return 0, false
}

func (s *server) request(m *jsonrpc.Message) {
	if s.cancelled(m.ID) {
		s.respondError(m.ID, jsonrpc.Errorf(jsonrpc.RequestCancelled, "%s cancelled", m.Method))
		return
	}
	handler, known := requests[m.Method]
	switch {
	case s.state == uninitialized && m.Method != "initialize":
		s.respondError(m.ID, jsonrpc.Errorf(jsonrpc.ServerNotInitialized, "%s before initialize", m.Method))
		return
	case s.state == shutDown:
		s.respondError(m.ID, jsonrpc.Errorf(jsonrpc.InvalidRequest, "%s after shutdown", m.Method))
		return
	case !known:
		s.respondError(m.ID, jsonrpc.Errorf(jsonrpc.MethodNotFound, "method %q not found", m.Method))
		return
	}
	var result any
	var rpcErr *jsonrpc.Error
	if !s.protect(m.Method, func() { result, rpcErr = handler(s, m.Params, m.ID) }) {
		rpcErr = jsonrpc.Errorf(jsonrpc.InternalError, "internal error in %s; see the server log", m.Method)
	}
	switch {
	case rpcErr == errDeferred:
	case rpcErr != nil:
		s.respondError(m.ID, rpcErr)
	default:
		s.respond(m.ID, result)
	}
}

func (s *server) notification(m *jsonrpc.Message) {
	if s.state == uninitialized && m.Method != "$/cancelRequest" {
		return // the protocol drops notifications before initialize
	}
	handler, known := notifications[m.Method]
	if !known {
		if len(m.Method) < 2 || m.Method[:2] != "$/" {
			s.log.Printf("notification %q ignored", m.Method)
		}
		return
	}
	var err error
	s.protect(m.Method, func() { err = handler(s, m.Params) })
	if err != nil {
		s.log.Printf("%s: %v", m.Method, err)
	}
}

// protect runs f, turning a panic into a log message; it reports whether f
// returned normally.
func (s *server) protect(what string, f func()) (ok bool) {
	defer func() {
		if v := recover(); v != nil {
			s.log.Printf("internal error in %s: %v\n%s", what, v, debug.Stack())
			ok = false
		}
	}()
	f()
	return true
}

// cancelled reports whether the request id was cancelled, and forgets it:
// it is being answered now.
func (s *server) cancelled(id json.RawMessage) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	c := s.pending[string(id)]
	delete(s.pending, string(id))
	return c
}

// cancelRequest answers a parked request that the client cancelled. A
// request still queued was marked by the reader and is answered when
// reached.
func (s *server) cancelRequest(params json.RawMessage) error {
	var p cancelParams
	if err := json.Unmarshal(params, &p); err != nil {
		return err
	}
	for i, r := range s.parked {
		if string(r.id) == string(p.ID) {
			s.parked = append(s.parked[:i], s.parked[i+1:]...)
			s.cancelled(r.id)
			s.respondError(r.id, jsonrpc.Errorf(jsonrpc.RequestCancelled, "textDocument/diagnostic cancelled"))
			break
		}
	}
	return nil
}

func (s *server) respond(id json.RawMessage, result any) {
	m, err := jsonrpc.Response(id, result)
	if err != nil {
		s.log.Printf("encoding a response: %v", err)
		m = jsonrpc.ErrorResponse(id, jsonrpc.Errorf(jsonrpc.InternalError, "%v", err))
	}
	s.send(m)
}

func (s *server) respondError(id json.RawMessage, e *jsonrpc.Error) {
	s.send(jsonrpc.ErrorResponse(id, e))
}

func (s *server) notify(method string, params any) {
	m, err := jsonrpc.Notification(method, params)
	if err != nil {
		s.log.Printf("encoding %s: %v", method, err)
		return
	}
	s.send(m)
}

// call sends a request to the client; its response is logged if it is an
// error and otherwise ignored.
func (s *server) call(method string, params any) {
	s.nextID++
	m, err := jsonrpc.Request(json.RawMessage(strconv.Quote("vmlint-"+strconv.Itoa(s.nextID))), method, params)
	if err != nil {
		s.log.Printf("encoding %s: %v", method, err)
		return
	}
	s.send(m)
}

func (s *server) send(m *jsonrpc.Message) {
	if err := s.out.Write(m); err != nil {
		s.log.Printf("writing a message: %v", err)
	}
}

// decode reads params into v, as an InvalidParams error when they do not fit.
func decode(params json.RawMessage, v any) *jsonrpc.Error {
	if err := json.Unmarshal(params, v); err != nil {
		return jsonrpc.Errorf(jsonrpc.InvalidParams, "invalid params: %v", err)
	}
	return nil
}

func (s *server) initialize(params, _ json.RawMessage) (any, *jsonrpc.Error) {
	if s.state != uninitialized {
		return nil, jsonrpc.Errorf(jsonrpc.InvalidRequest, "initialize was already sent")
	}
	var p initializeParams
	if err := decode(params, &p); err != nil {
		return nil, err
	}
	s.caps = p.Capabilities
	s.enc = negotiate(p.Capabilities.General.PositionEncodings)
	s.pull = p.Capabilities.TextDocument.Diagnostic != nil
	s.state = running
	s.reload()
	caps := serverCapabilities{
		PositionEncoding:       string(s.enc),
		TextDocumentSync:       textDocumentSync{OpenClose: true, Change: syncIncremental, Save: saveOptions{}},
		HoverProvider:          true,
		CodeActionProvider:     codeActionOptions{CodeActionKinds: []string{kindQuickFix, kindSourceFixAll}},
		DocumentSymbolProvider: true,
	}
	if s.pull {
		caps.DiagnosticProvider = &diagnosticOptions{Identifier: "vmlint"}
	}
	return initializeResult{Capabilities: caps, ServerInfo: serverInfo{Name: "vmlint", Version: s.opts.Version}}, nil
}

// initialized asks the client to watch configuration files, when it can.
func (s *server) initialized(json.RawMessage) error {
	if s.caps.Workspace.DidChangeWatchedFiles.DynamicRegistration {
		s.call("client/registerCapability", registrationParams{Registrations: []registration{{
			ID: "vmlint-config", Method: "workspace/didChangeWatchedFiles",
			RegisterOptions: map[string]any{"watchers": []fileSystemWatcher{{GlobPattern: "**/.vmlint.{yml,yaml}"}}},
		}}})
	}
	return nil
}

func (s *server) shutdown(_, _ json.RawMessage) (any, *jsonrpc.Error) {
	s.state = shutDown
	for _, d := range s.docs {
		d.stopTimer()
	}
	for _, r := range s.parked {
		s.cancelled(r.id)
		s.respondError(r.id, jsonrpc.Errorf(jsonrpc.RequestCancelled, "the server is shutting down"))
	}
	s.parked = nil
	return nil, nil
}

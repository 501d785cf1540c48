package lsp

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
	"github.com/vmlint/vmlint/rules"
)

// testClient is an LSP client over in-memory pipes, driving a server that
// runs in the test process.
type testClient struct {
	t       *testing.T
	raw     io.Writer // the server's input, for bytes that are not a message
	w       *jsonrpc.Writer
	in      chan *jsonrpc.Message
	seen    []*jsonrpc.Message // read, not yet taken
	nextID  int
	status  chan int
	log     *syncBuffer
	closeIn func()
}

// syncBuffer is a log the server writes while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

// wait is how long a test waits for a message before it fails.
const wait = 10 * time.Second

// newClient starts a server with the options (the built-in rules and a
// short pause after edits unless set) and returns its client, not yet
// initialized.
func newClient(t *testing.T, opts Options) *testClient {
	t.Helper()
	if opts.Rules == nil {
		opts.Rules = rules.All
	}
	if opts.Debounce == 0 {
		opts.Debounce = 20 * time.Millisecond
	}
	logs := &syncBuffer{}
	opts.Log = logs
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	c := &testClient{
		t: t, raw: inW, w: jsonrpc.NewWriter(inW), in: make(chan *jsonrpc.Message, 1024),
		status: make(chan int, 1), log: logs, closeIn: func() { _ = inW.Close() },
	}
	go func() {
		c.status <- Serve(context.Background(), inR, outW, opts)
		_ = outW.Close()
	}()
	go func() {
		r := jsonrpc.NewReader(outR)
		for {
			body, err := r.Read()
			if err != nil {
				close(c.in)
				return
			}
			m, rpcErr := jsonrpc.Decode(body)
			if rpcErr != nil {
				t.Errorf("the server sent an invalid message: %s: %s", rpcErr.Message, body)
				continue
			}
			c.in <- m
		}
	}()
	t.Cleanup(func() {
		c.closeIn()
		select {
		case <-c.status:
		case <-time.After(wait):
			t.Error("the server did not stop when its input closed")
		}
		if t.Failed() {
			t.Logf("server log:\n%s", logs.String())
		}
	})
	return c
}

// initialize initializes the server with the client capabilities (JSON)
// and returns the result.
func (c *testClient) initialize(capabilities string) initializeResult {
	c.t.Helper()
	var res initializeResult
	c.call("initialize", json.RawMessage(`{"processId":null,"capabilities":`+capabilities+`}`), &res)
	c.notify("initialized", struct{}{})
	return res
}

func (c *testClient) notify(method string, params any) {
	c.t.Helper()
	m, err := jsonrpc.Notification(method, params)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.w.Write(m); err != nil {
		c.t.Fatal(err)
	}
}

// send sends a request and returns its id, without waiting.
func (c *testClient) send(method string, params any) json.RawMessage {
	c.t.Helper()
	c.nextID++
	id := json.RawMessage(strconv.Itoa(c.nextID))
	m, err := jsonrpc.Request(id, method, params)
	if err != nil {
		c.t.Fatal(err)
	}
	if err := c.w.Write(m); err != nil {
		c.t.Fatal(err)
	}
	return id
}

// response waits for the response to the request id.
func (c *testClient) response(id json.RawMessage) *jsonrpc.Message {
	c.t.Helper()
	return c.next(func(m *jsonrpc.Message) bool { return m.Method == "" && string(m.ID) == string(id) })
}

// call sends a request, waits for its response and decodes its result into
// result; it fails the test on an error response.
func (c *testClient) call(method string, params, result any) {
	c.t.Helper()
	m := c.response(c.send(method, params))
	if m.Error != nil {
		c.t.Fatalf("%s: error %d %s", method, m.Error.Code, m.Error.Message)
	}
	if result != nil {
		if err := json.Unmarshal(m.Result, result); err != nil {
			c.t.Fatalf("%s: result %s: %v", method, m.Result, err)
		}
	}
}

// callError sends a request and returns the code of its error response
// (0 when it succeeded).
func (c *testClient) callError(method string, params any) int {
	c.t.Helper()
	m := c.response(c.send(method, params))
	if m.Error == nil {
		return 0
	}
	return m.Error.Code
}

// next returns the first message, already read or still to come, that
// matches.
func (c *testClient) next(match func(*jsonrpc.Message) bool) *jsonrpc.Message {
	c.t.Helper()
	for i, m := range c.seen {
		if match(m) {
			c.seen = append(c.seen[:i], c.seen[i+1:]...)
			return m
		}
	}
	timeout := time.After(wait)
	for {
		select {
		case m, ok := <-c.in:
			if !ok {
				c.t.Fatal("the server closed its output")
			}
			if match(m) {
				return m
			}
			c.seen = append(c.seen, m)
		case <-timeout:
			c.t.Fatalf("no matching message within %v; log:\n%s", wait, c.log.String())
		}
	}
}

// diagnostics waits for the next published diagnostics of the document.
func (c *testClient) diagnostics(uri string) publishDiagnosticsParams {
	c.t.Helper()
	m := c.next(func(m *jsonrpc.Message) bool {
		return m.Method == "textDocument/publishDiagnostics" && strings.Contains(string(m.Params), strconv.Quote(uri))
	})
	var p publishDiagnosticsParams
	if err := json.Unmarshal(m.Params, &p); err != nil {
		c.t.Fatal(err)
	}
	return p
}

// quiet fails the test if a message matching arrives within d.
func (c *testClient) quiet(d time.Duration, what string, match func(*jsonrpc.Message) bool) {
	c.t.Helper()
	for _, m := range c.seen {
		if match(m) {
			c.t.Fatalf("unexpected %s: %s %s", what, m.Method, m.Params)
		}
	}
	timeout := time.After(d)
	for {
		select {
		case m, ok := <-c.in:
			if !ok {
				return
			}
			if match(m) {
				c.t.Fatalf("unexpected %s: %s %s", what, m.Method, m.Params)
			}
			c.seen = append(c.seen, m)
		case <-timeout:
			return
		}
	}
}

func (c *testClient) open(uri, text string) {
	c.t.Helper()
	c.notify("textDocument/didOpen", didOpenParams{TextDocument: textDocumentItem{URI: uri, LanguageID: "markdown", Version: 1, Text: text}})
}

// exitStatus waits for the server to stop and returns its status.
func (c *testClient) exitStatus() int {
	c.t.Helper()
	select {
	case s := <-c.status:
		c.status <- s // for the clean-up
		return s
	case <-time.After(wait):
		c.t.Fatal("the server did not exit")
	}
	return -1
}

// workspace writes files (path → text) into a fresh folder that is a
// repository root and returns the folder.
func workspace(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	files[".git/HEAD"] = "ref: refs/heads/main\n"
	for p, text := range files {
		writeFile(t, filepath.Join(dir, p), text)
	}
	return dir
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

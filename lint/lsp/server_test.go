package lsp

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
)

const noCapabilities = `{}`

func TestLifecycle(t *testing.T) {
	c := newClient(t, Options{})
	if code := c.callError("textDocument/hover", struct{}{}); code != jsonrpc.ServerNotInitialized {
		t.Errorf("a request before initialize: code %d, want ServerNotInitialized", code)
	}
	// A notification before initialize is dropped: no diagnostics come.
	c.open("file:///early.md", "# Vision\n\nWorld-class synergy.\n")
	res := c.initialize(noCapabilities)
	if res.Capabilities.PositionEncoding != "utf-16" || res.ServerInfo.Name != "vmlint" || res.Capabilities.TextDocumentSync.Change != syncIncremental {
		t.Errorf("initialize result %+v", res)
	}
	if res.Capabilities.DiagnosticProvider != nil {
		t.Error("diagnostics offered for pulling to a client that cannot pull")
	}
	if code := c.callError("initialize", json.RawMessage(`{"capabilities":{}}`)); code != jsonrpc.InvalidRequest {
		t.Errorf("a second initialize: code %d, want InvalidRequest", code)
	}
	if code := c.callError("textDocument/rename", struct{}{}); code != jsonrpc.MethodNotFound {
		t.Errorf("an unknown method: code %d, want MethodNotFound", code)
	}
	c.notify("workspace/unknownNotification", struct{}{})
	c.notify("$/setTrace", map[string]string{"value": "off"})
	if code := c.callError("textDocument/hover", json.RawMessage(`{"textDocument":7}`)); code != jsonrpc.InvalidParams {
		t.Errorf("bad params: code %d, want InvalidParams", code)
	}
	c.quiet(50*time.Millisecond, "diagnostics for a document opened before initialize", func(m *jsonrpc.Message) bool {
		return m.Method == "textDocument/publishDiagnostics"
	})
	m := c.response(c.send("shutdown", nil))
	if m.Error != nil || string(m.Result) != "null" {
		t.Errorf("shutdown: result %s, error %v", m.Result, m.Error)
	}
	if code := c.callError("textDocument/hover", struct{}{}); code != jsonrpc.InvalidRequest {
		t.Errorf("a request after shutdown: code %d, want InvalidRequest", code)
	}
	c.notify("exit", nil)
	if s := c.exitStatus(); s != 0 {
		t.Errorf("exit after shutdown: status %d, want 0", s)
	}
}

func TestExitWithoutShutdown(t *testing.T) {
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	c.notify("exit", nil)
	if s := c.exitStatus(); s != 1 {
		t.Errorf("exit without shutdown: status %d, want 1", s)
	}
}

func TestInputClosedWithoutExit(t *testing.T) {
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	c.closeIn()
	if s := c.exitStatus(); s != 1 {
		t.Errorf("input closed without shutdown: status %d, want 1", s)
	}
}

func TestPositionEncodingNegotiation(t *testing.T) {
	for _, c := range []struct{ offered, want string }{
		{`[]`, "utf-16"},
		{`["utf-16"]`, "utf-16"},
		{`["utf-32","utf-16"]`, "utf-16"},
		{`["utf-32","utf-8","utf-16"]`, "utf-8"},
	} {
		cl := newClient(t, Options{})
		res := cl.initialize(`{"general":{"positionEncodings":` + c.offered + `}}`)
		if res.Capabilities.PositionEncoding != c.want {
			t.Errorf("offered %s: chose %q, want %q", c.offered, res.Capabilities.PositionEncoding, c.want)
		}
	}
}

// TestMalformedInput sends a body that is not JSON, a header that cannot
// be read and a request whose id is not an id: each is logged (and
// answered where there is an id to answer), and the server goes on.
func TestMalformedInput(t *testing.T) {
	c := newClient(t, Options{})
	c.initialize(noCapabilities)
	for _, raw := range []string{
		"Content-Length: 9\r\n\r\n{\"jsonrpc",
		"Content-Length: twelve\r\n\r\n",
		frame(`{"jsonrpc":"2.0","id":[1],"method":"shutdown"}`),
	} {
		if _, err := c.raw.Write([]byte(raw)); err != nil {
			t.Fatal(err)
		}
	}
	for _, want := range []int{jsonrpc.ParseError, jsonrpc.InvalidRequest} {
		m := c.next(func(m *jsonrpc.Message) bool { return m.Error != nil })
		if m.Error.Code != want || string(m.ID) != "null" {
			t.Errorf("error response %s %+v, want code %d with id null", m.ID, m.Error, want)
		}
	}
	var syms []documentSymbol
	c.call("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: "file:///none.md"}}, &syms)
	logged := c.log.String()
	for _, want := range []string{"malformed JSON", "bad message header", "invalid message"} {
		if !strings.Contains(logged, want) {
			t.Errorf("the log does not mention %q:\n%s", want, logged)
		}
	}
}

// TestCancelRequest holds the server on one message while a request and
// its cancellation arrive behind it: the request is answered as cancelled.
func TestCancelRequest(t *testing.T) {
	release := make(chan struct{})
	held := make(chan struct{})
	c := newClient(t, Options{hook: func(method string) {
		if method == "test/hold" {
			close(held)
			<-release
		}
	}})
	c.initialize(noCapabilities)
	c.notify("test/hold", nil)
	<-held
	id := c.send("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: "file:///a.md"}})
	c.notify("$/cancelRequest", cancelParams{ID: id})
	time.Sleep(20 * time.Millisecond) // let the reader see both
	close(release)
	if m := c.response(id); m.Error == nil || m.Error.Code != jsonrpc.RequestCancelled {
		t.Errorf("cancelled request answered %s %+v, want RequestCancelled", m.Result, m.Error)
	}
	// A cancellation of a request already answered changes nothing.
	var syms []documentSymbol
	c.call("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: "file:///a.md"}}, &syms)
	c.notify("$/cancelRequest", cancelParams{ID: json.RawMessage("1")})
	c.call("textDocument/documentSymbol", documentSymbolParams{TextDocument: textDocumentIdentifier{URI: "file:///a.md"}}, &syms)
}

func frame(body string) string {
	return "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
}

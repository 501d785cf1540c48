package jsonrpc_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/vmlint/vmlint/lint/lsp/jsonrpc"
)

func frame(body string) string {
	return "Content-Length: " + strconv.Itoa(len(body)) + "\r\n\r\n" + body
}

// readAll reads bodies until the stream ends, returning each body or the
// error text in order.
func readAll(t *testing.T, stream string) []string {
	t.Helper()
	r := jsonrpc.NewReader(strings.NewReader(stream))
	var out []string
	for range 100 {
		body, err := r.Read()
		switch {
		case errors.Is(err, io.EOF):
			return out
		case err != nil:
			out = append(out, "error: "+err.Error())
			var fe *jsonrpc.FramingError
			if !errors.As(err, &fe) {
				return out
			}
		default:
			out = append(out, string(body))
		}
	}
	t.Fatal("the reader did not reach the end of the stream")
	return nil
}

func TestReadFramesBodies(t *testing.T) {
	a, b := `{"jsonrpc":"2.0","method":"a"}`, `{"jsonrpc":"2.0","method":"é😀"}`
	got := readAll(t, frame(a)+"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"+frame(b)+"\r\n"+frame(a))
	want := []string{a, b, a}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got %q, want %q", got, want)
	}
	// Header names are case-insensitive, and a bare "\n" ends a line too.
	got = readAll(t, "content-length:  2\n\n{}")
	if len(got) != 1 || got[0] != "{}" {
		t.Errorf("lower-case header: got %q", got)
	}
}

func TestBadHeadersAreSkipped(t *testing.T) {
	ok := `{"jsonrpc":"2.0","method":"ok"}`
	for _, bad := range []string{
		"Content-Length: x\r\n\r\n",
		"Content-Length: -4\r\n\r\n",
		"Content-Length: 999999999999\r\n\r\n",
		"garbage without a colon\r\n\r\n",
		"Content-Type: text/plain\r\n\r\n",
		strings.Repeat("x", 10000) + "\r\n\r\n",
	} {
		got := readAll(t, bad+frame(ok))
		if len(got) != 2 || !strings.HasPrefix(got[0], "error: bad message header: ") || got[1] != ok {
			t.Errorf("%.30q: got %q, want one header error, then the message", bad, got)
		}
	}
}

func TestTruncatedStreams(t *testing.T) {
	for _, s := range []string{"Content-Length: 10\r\n\r\n{}", "Content-Length: 10\r\n", "Content-Len"} {
		_, err := jsonrpc.NewReader(strings.NewReader(s)).Read()
		if !errors.Is(err, io.ErrUnexpectedEOF) {
			t.Errorf("%q: error %v, want an unexpected end", s, err)
		}
	}
}

// TestALengthLargerThanTheStreamCostsNothing checks that a header claiming
// a huge body is not allocated up front.
func TestALengthLargerThanTheStreamCostsNothing(t *testing.T) {
	r := jsonrpc.NewReader(strings.NewReader("Content-Length: 200000000\r\n\r\n{}"))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := r.Read(); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("error %v, want an unexpected end", err)
	}
	runtime.ReadMemStats(&after)
	if grew := after.TotalAlloc - before.TotalAlloc; grew > 1<<20 {
		t.Errorf("reading 2 bytes of a 200 MB body allocated %d bytes", grew)
	}
}

func TestDecode(t *testing.T) {
	for _, c := range []struct {
		body string
		code int
		id   string
	}{
		{`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`, 0, "1"},
		{`{"jsonrpc":"2.0","id":"a","result":null}`, 0, `"a"`},
		{`{"jsonrpc":"2.0","method":"initialized"}`, 0, ""},
		{`{"jsonrpc":"2.0","id":1,"method":`, jsonrpc.ParseError, ""},
		{`not json`, jsonrpc.ParseError, ""},
		{`[1,2]`, jsonrpc.InvalidRequest, ""},
		{`{"jsonrpc":"1.0","id":1,"method":"x"}`, jsonrpc.InvalidRequest, "1"},
		{`{"jsonrpc":"2.0","id":{"a":1},"method":"x"}`, jsonrpc.InvalidRequest, "null"},
		{`{"jsonrpc":"2.0","id":null,"method":"x"}`, jsonrpc.InvalidRequest, "null"},
		{`{"jsonrpc":"2.0","id":null,"result":1}`, jsonrpc.InvalidRequest, "null"},
		{`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"x"}}`, 0, "null"},
		{`{"jsonrpc":"2.0"}`, jsonrpc.InvalidRequest, ""},
		{`{"jsonrpc":"2.0","method":7}`, jsonrpc.InvalidRequest, ""},
	} {
		m, err := jsonrpc.Decode([]byte(c.body))
		code := 0
		if err != nil {
			code = err.Code
		}
		id := ""
		if m != nil {
			id = string(m.ID)
		}
		if code != c.code || id != c.id {
			t.Errorf("%s: code %d, id %q; want %d, %q", c.body, code, id, c.code, c.id)
		}
	}
}

func TestWriteThenRead(t *testing.T) {
	var buf bytes.Buffer
	w := jsonrpc.NewWriter(&buf)
	resp, err := jsonrpc.Response(json.RawMessage("7"), nil)
	if err != nil {
		t.Fatal(err)
	}
	msgs := []*jsonrpc.Message{resp, jsonrpc.ErrorResponse(nil, jsonrpc.Errorf(jsonrpc.ParseError, "bad"))}
	note, _ := jsonrpc.Notification("window/logMessage", map[string]string{"message": "é\n😀"})
	msgs = append(msgs, note)
	for _, m := range msgs {
		if err := w.Write(m); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{
		`{"jsonrpc":"2.0","id":7,"result":null}`,
		`{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"bad"}}`,
		`{"jsonrpc":"2.0","method":"window/logMessage","params":{"message":"é\n😀"}}`,
	}
	if got := readAll(t, buf.String()); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzReader feeds arbitrary bytes to the reader: it must neither panic nor
// hang, each read consumes input, and a body it returns decodes or gives a
// JSON-RPC error.
func FuzzReader(f *testing.F) {
	f.Add([]byte(frame(`{"jsonrpc":"2.0","id":1,"method":"initialize","params":{}}`)))
	f.Add([]byte("Content-Length: 5\r\n\r\n{\"a\"}Content-Length: 3\r\n\r\n[1]"))
	f.Add([]byte("Content-Length: 99999999\r\n\r\n"))
	f.Add([]byte("\r\n\r\n\n\nContent-Length:\r\n\r\n"))
	f.Add([]byte(strings.Repeat("a", 5000)))
	f.Fuzz(func(t *testing.T, data []byte) {
		r := jsonrpc.NewReader(bytes.NewReader(data))
		done := make(chan struct{})
		go func() {
			defer close(done)
			for range len(data) + 2 {
				body, err := r.Read()
				var fe *jsonrpc.FramingError
				if err != nil && !errors.As(err, &fe) {
					return
				}
				if err == nil {
					if m, e := jsonrpc.Decode(body); m == nil && e == nil {
						t.Errorf("Decode(%q) gave neither a message nor an error", body)
					}
				}
			}
			t.Errorf("%d reads did not reach the end of %d bytes", len(data)+2, len(data))
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatal("the reader hangs")
		}
	})
}

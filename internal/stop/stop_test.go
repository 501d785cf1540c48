package stop

import (
	"bytes"
	"strings"
	"testing"
)

// recorder keeps each Write it receives.
type recorder struct{ writes []string }

func (r *recorder) Write(p []byte) (int, error) {
	r.writes = append(r.writes, string(p))
	return len(p), nil
}

func TestWriterWritesWholeLinesAPipeKeepsWhole(t *testing.T) {
	line := strings.Repeat("x", 99) + "\n" // 100 bytes
	long := strings.Repeat("y", 3*atomicWrite) + "\n"
	for _, tt := range []struct {
		name, text string
	}{
		{"short", strings.Repeat(line, 3)},
		{"many lines", strings.Repeat(line, 500)},
		{"a line longer than a pipe keeps whole", line + long + line},
	} {
		var r recorder
		n, err := Writer(&r).Write([]byte(tt.text))
		if err != nil || n != len(tt.text) {
			t.Fatalf("%s: Write = %d, %v; want %d, nil", tt.name, n, err, len(tt.text))
		}
		if got := strings.Join(r.writes, ""); got != tt.text {
			t.Fatalf("%s: the pieces do not add up to the text", tt.name)
		}
		for i, w := range r.writes {
			if len(w) > atomicWrite {
				t.Errorf("%s: piece %d is %d bytes, more than %d", tt.name, i, len(w), atomicWrite)
			}
			if !strings.HasSuffix(w, "\n") && !strings.Contains(long, w) {
				t.Errorf("%s: piece %d ends inside a line: ...%q", tt.name, i, w[max(0, len(w)-20):])
			}
		}
	}
}

func TestWriterStopsAtAnError(t *testing.T) {
	var buf bytes.Buffer
	w := Writer(&limited{&buf, atomicWrite})
	n, err := w.Write([]byte(strings.Repeat(strings.Repeat("z", 99)+"\n", 100)))
	if err == nil || n > atomicWrite || n != buf.Len() {
		t.Errorf("Write = %d, %v with %d bytes written; want the error and the bytes written", n, err, buf.Len())
	}
}

// limited accepts max bytes, then fails.
type limited struct {
	w   *bytes.Buffer
	max int
}

func (l *limited) Write(p []byte) (int, error) {
	if l.w.Len()+len(p) > l.max {
		return 0, bytes.ErrTooLarge
	}
	return l.w.Write(p)
}

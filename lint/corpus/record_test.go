package corpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestCompareRatchets(t *testing.T) {
	rec := Record{{"value F1", Dev}: 0.900, {"value F1", Validate}: 0.800, {"future F1", Dev}: 0.700}
	_, drops, raised := rec.Compare([]Figure{
		{Key: Key{"value F1", Dev}, Value: 0.8899},      // within the slack
		{Key: Key{"value F1", Validate}, Value: 0.7889}, // more than the slack below
		{Key: Key{"future F1", Dev}, Value: 0.75},       // above: raised
		{Key: Key{"audience F1", Dev}, Value: 0.5},      // new
	})
	if len(drops) != 1 || !strings.Contains(drops[0], "value F1 on validate") {
		t.Errorf("drops = %q, want the validate value F1 only", drops)
	}
	want := Record{{"value F1", Dev}: 0.900, {"value F1", Validate}: 0.800, {"future F1", Dev}: 0.75, {"audience F1", Dev}: 0.5}
	if len(raised) != len(want) {
		t.Fatalf("raised = %v, want %v", raised, want)
	}
	for k, v := range want {
		if raised[k] != v {
			t.Errorf("raised[%v] = %.3f, want %.3f (never lowered, raised when higher)", k, raised[k], v)
		}
	}
}

func TestRecordRoundTrip(t *testing.T) {
	path := filepath.Join(t.TempDir(), "record.tsv")
	rec := Record{{"value F1", Dev}: 0.9, {"statements F1", Validate}: 0.8126}
	if err := rec.Write(path); err != nil {
		t.Fatal(err)
	}
	back, err := ReadRecord(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(back) != 2 || back[Key{"value F1", Dev}] != 0.9 || back[Key{"statements F1", Validate}] != 0.813 {
		t.Errorf("read back %v", back)
	}
}

package warm

import "testing"

func TestNeedsLexicons(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want bool
	}{
		{[]string{"lint", "docs"}, true},
		{[]string{"--color", "never", "inspect", "x.md"}, false}, // a flag value looks like a command: no harm, just no head start
		{[]string{"-v", "lint"}, true},
		{[]string{"baseline", "b.json"}, true},
		{[]string{"--version"}, false},
		{[]string{"rules"}, false},
		{[]string{"explain", "lint"}, false},
		{nil, false},
	} {
		if got := needsLexicons(tt.args); got != tt.want {
			t.Errorf("needsLexicons(%q) = %v, want %v", tt.args, got, tt.want)
		}
	}
}

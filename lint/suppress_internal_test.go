package lint

import (
	"regexp"
	"testing"
)

// directiveSpec is the pattern directive implements.
var directiveSpec = regexp.MustCompile(`^\s*vmlint-(disable-next-line|disable-file|disable|enable)(?:\s+(.*?))?\s*$`)

func checkDirective(t *testing.T, text string) {
	t.Helper()
	name, args, ok := directive(text)
	m := directiveSpec.FindStringSubmatch(text)
	if ok != (m != nil) || ok && (name != m[1] || args != m[2]) {
		t.Errorf("directive(%q) = %q, %q, %v; the pattern says %q", text, name, args, ok, m)
	}
}

func TestDirectiveAsSpecified(t *testing.T) {
	for _, lead := range []string{"", " ", "\n\t ", "x "} {
		for _, name := range []string{"disable-next-line", "disable-file", "disable", "enable", "disable-nextline", "enabled", "Disable", ""} {
			for _, rest := range []string{"", " ", " a", "\ta, b -- why ", "a\nb", "\u00a0a", "a \n ", " -- x\r", "\v"} {
				checkDirective(t, lead+"vmlint-"+name+rest)
			}
		}
	}
	checkDirective(t, "vmlint")
	checkDirective(t, " not vmlint-disable")
}

func FuzzDirective(f *testing.F) {
	for _, seed := range []string{" vmlint-disable-next-line a, b -- why ", "vmlint-enable", "vmlint-disable\na"} {
		f.Add(seed)
	}
	f.Fuzz(checkDirective)
}

package detect

import (
	"regexp"
	"strings"
	"testing"
)

// TestFileKindAsSpecified checks fileKind against the pattern it replaces.
func TestFileKindAsSpecified(t *testing.T) {
	spec := regexp.MustCompile(`(?i)^(?:product[-_ ]?|our[-_ ]?|company[-_ ]?)?(vision|mission)$`)
	var names []string
	for _, prefix := range []string{"", "product", "Our", "COMPANY", "pro", "team", "ourour", "product-our"} {
		for _, sep := range []string{"", "-", "_", " ", "--", ".", "-_"} {
			for _, kind := range []string{"vision", "Mission", "VISION", "visions", "missio", "", "vision-doc"} {
				names = append(names, prefix+sep+kind)
			}
		}
	}
	for _, name := range names {
		kind, ok := fileKind(name)
		m := spec.FindStringSubmatch(name)
		if ok != (m != nil) || ok && string(kind) != strings.ToLower(m[1]) {
			t.Errorf("fileKind(%q) = %q, %v; the pattern says %q", name, kind, ok, m)
		}
	}
}

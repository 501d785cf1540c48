package detect

import (
	"testing"

	"github.com/vmlint/vmlint/lint/lexicon"
)

func TestKindOfFile(t *testing.T) {
	tests := []struct {
		path string
		want Kind
	}{
		{"VISION.md", Vision},
		{"docs/vision.md", Vision},
		{"product-vision.md", Vision},
		{"Product_Vision.markdown", Vision},
		{"our-mission.md", Mission},
		{"COMPANY MISSION.md", Mission},
		{"mission-statement.md", Mission},
		{"team_vision_statement.md", Vision},
		{"misión.md", Mission},
		{"missão.md", Mission},
		{"visie.md", Vision},
		{"computer-vision.md", ""},
		{"vision-and-mission.md", ""},
		{"visions.md", ""},
		{"revision.md", ""},
		{"mission-control.md", ""},
		{"README.md", ""},
		{"vision-doc.md", ""},
	}
	for _, tt := range tests {
		got, ok := KindOfFile(tt.path, lexicon.Default())
		if got != tt.want || ok != (tt.want != "") {
			t.Errorf("KindOfFile(%q) = %q, %v; want %q", tt.path, got, ok, tt.want)
		}
	}
}

package detect

import (
	"slices"
	"testing"

	"github.com/yuin/goldmark/ast"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// testDetector returns a detector for an empty document, for the checks
// that read only text.
func testDetector() *detector {
	return newDetector(&Document{Root: ast.NewDocument(), Text: func(...ast.Node) string { return "" }}, lexicon.Default())
}

func TestClassifyHeading(t *testing.T) {
	tests := []struct {
		text  string
		title bool
		class headingClass
		kinds []Kind
	}{
		{"Vision", false, headingNames, []Kind{Vision}},
		{"Why does Harrowgate Bikes exist?", false, headingNames, []Kind{Mission}}, // the question of "Why we exist"
		{"Why do we need a vision?", false, headingExplains, nil},
		{"Our Mission", false, headingNames, []Kind{Mission}},
		{"1. Product vision", false, headingNames, []Kind{Vision}},
		{"Mission, vision and values", false, headingNames, []Kind{Mission, Vision}},
		{"Vision (the town we envision for our riders)", false, headingNames, []Kind{Vision}},
		{"Mission — what we do every day", false, headingNames, []Kind{Mission}},
		{"Our vision for the plugin system", false, headingNames, []Kind{Vision}},
		{"Mission of the Harbour Tools Cooperative", true, headingNames, []Kind{Mission}},
		{"Harbour Tools Mission", true, headingNames, []Kind{Mission}},
		{"Harbour Tools Mission", false, headingOther, nil},
		{"bart north star", true, headingNames, []Kind{Vision}},
		{"Purpose of this document", false, headingOther, nil},
		{"Nuestra visión", false, headingNames, []Kind{Vision}},
		{"Missão", false, headingNames, []Kind{Mission}},
		{"MISIÓN", false, headingNames, []Kind{Mission}},
		{"Unsere Vision und Werte", false, headingNames, []Kind{Vision}},
		{"La nostra missione", false, headingNames, []Kind{Mission}},
		{"Onze missie", false, headingNames, []Kind{Mission}},
		{"Notre mission", false, headingNames, []Kind{Mission}},
		{"Vi\u200bsion", false, headingNames, []Kind{Vision}},
		{"Missions", false, headingOther, nil},
		{"Our missions", false, headingNames, []Kind{Mission}},
		{"Computer vision", true, headingOther, nil},
		{"Mission-critical workloads", false, headingOther, nil},
		{"Mission control", false, headingOther, nil},
		{"Project Charter: Riverside Swimming Programme", true, headingOther, nil},
		{"Team charter: Carers at Work network", false, headingOther, nil},
		{"Mission: Riverside Swimming Club", true, headingNames, []Kind{Mission}},
		{"What is your organisation's vision? (max 50 words)", false, headingNames, []Kind{Vision}},
		{"What is your mission?", false, headingNames, []Kind{Mission}},
		{"What's your mission?", false, headingNames, []Kind{Mission}},
		{"Vision: the change you want to see", false, headingNames, []Kind{Vision}},
		{"What is a vision?", false, headingExplains, nil},
		{"Qu'est-ce qu'une mission？", false, headingExplains, nil},
		{"How to write a mission", false, headingExplains, nil},
		{"How do you write a vision?", false, headingExplains, nil},
		{"Mission 3 — Salvage Rights", false, headingOther, nil},
		{"Vision 2030", false, headingNames, []Kind{Vision}},
		{"What long-term change are you working towards?", false, headingOther, nil},
		{"Our vision is to make every school run on solar power", false, headingStatement, []Kind{Vision}},
		{"Mission: We fit solar panels on school roofs at cost", false, headingStatement, []Kind{Mission}},
		{"Mission: Super Simple Software Factory", false, headingNames, []Kind{Mission}},
		{"Vision — where we are going next", false, headingNames, []Kind{Vision}},
	}
	d := testDetector()
	for _, tt := range tests {
		got := d.classifyHeading(tt.text, tt.title)
		if got.class != tt.class || !slices.Equal(got.kinds, tt.kinds) {
			t.Errorf("classifyHeading(%q, title %v) = %v %v, want %v %v", tt.text, tt.title, got.class, got.kinds, tt.class, tt.kinds)
		}
	}
}

func TestLabel(t *testing.T) {
	tests := []struct {
		text  string
		kind  Kind
		after int // -1: not a label
	}{
		{"Vision: Every farmer sells the harvest.", Vision, 8},
		{"Our mission — We lend tools.", Mission, 16},
		{"Example Vision: A school in every town.", Vision, 16},
		{"Misión: Prestamos parcelas.", Mission, 9},
		{"mission: the organisation's mission text", "", -1},
		{"Why: because.", "", -1},
		{"Status: draft", "", -1},
		{"Vision and mission: both below.", "", -1},
	}
	d := testDetector()
	for _, tt := range tests {
		kind, after, ok := d.label(tt.text)
		if tt.after < 0 {
			if ok {
				t.Errorf("label(%q) = %q at %d, want no label", tt.text, kind, after)
			}
			continue
		}
		if !ok || kind != tt.kind || after != tt.after {
			t.Errorf("label(%q) = %q, %d, %v; want %q, %d", tt.text, kind, after, ok, tt.kind, tt.after)
		}
	}
}

func TestLabelAlone(t *testing.T) {
	tests := []struct {
		line string
		kind Kind
	}{
		{"Vision", Vision},
		{"Our Mission", Mission},
		{"💡 Purpose", Mission},
		{"#Product Vision", Vision},
		{"North Star", Vision},
		{"vision", ""},
		{"Why", ""},
		{"Vision and Mission", ""},
		{"Our vision is clear.", ""},
		{"Vision, mission", ""},
	}
	d := testDetector()
	for _, tt := range tests {
		kind, ok := d.labelAlone(tt.line)
		if kind != tt.kind || ok != (tt.kind != "") {
			t.Errorf("labelAlone(%q) = %q, %v; want %q", tt.line, kind, ok, tt.kind)
		}
	}
}

func TestStatementCue(t *testing.T) {
	tests := []struct {
		text     string
		kind     Kind
		explicit bool
	}{
		{"Our mission is to keep ferries running.", Mission, true},
		{"Our mission is for every village school to stay open.", Mission, true},
		{"Acme's vision is a world where bread is fresh.", Vision, true},
		{"It is Acme's mission to feed the valley.", Mission, true},
		{"We envision ferries on the tide timetable.", Vision, false},
		{"Imagine a world where no one waits.", Vision, false},
		{"We exist to make broadband affordable.", Mission, false},
		{"Notre mission est d'ouvrir un atelier.", Mission, true},
		{"Nuestra visión es un barrio sin hambre.", Vision, true},
		{"Unsere Mission ist es, Fähren zu betreiben.", Mission, true},
		{"Our mission is on a five-year cadence.", "", false},
		{"This flag exists to disable caching.", "", false},
		{"Vision is supported through the camera plugin.", "", false},
	}
	d := testDetector()
	for _, tt := range tests {
		words, norms := d.tokens(tt.text)
		c, ok := d.statementCue(tt.text, words, norms)
		if ok != (tt.kind != "") || ok && (c.kind != tt.kind || c.explicit != tt.explicit) {
			t.Errorf("statementCue(%q) = %+v, %v; want %q explicit %v", tt.text, c, ok, tt.kind, tt.explicit)
		}
	}
}

func TestOtherSense(t *testing.T) {
	tests := []struct {
		kind Kind
		text string
		want bool
	}{
		{Vision, "Vision is supported through the camera plugin.", true},
		{Vision, "Our computer vision service reads meters.", true},
		{Vision, "Every nurse charts a shift in ten minutes.", false},
		{Vision, "A shared vision model for the county's schools.", true},
		{Vision, "Children rarely notice when their eyesight changes; we test their eyes at four.", true},
		{Vision, "Every partially sighted reader in Fenbury borrows large-print books by post.", false},
		{Vision, "Our vision is that every child has an eye test and free glasses before school.", false},
		{Mission, "The mission launches in 2027 and places a lander in lunar orbit.", true},
		{Mission, "We lend telescopes to village schools.", false},
		{Mission, "Our mission is to launch a satellite that maps crops from orbit for farmers.", false},
	}
	d := testDetector()
	for _, tt := range tests {
		words, norms := d.tokens(tt.text)
		var got bool
		if c, ok := d.statementCue(tt.text, words, norms); ok && c.explicit {
			got = false
		} else if tt.kind == Vision {
			got = d.technicalVision(norms) || twoWordsOf(norms, d.vocab.visionEyesight)
		} else {
			got = twoWordsOf(norms, d.vocab.missionOperation)
		}
		if got != tt.want {
			t.Errorf("other sense of %s %q = %v, want %v", tt.kind, tt.text, got, tt.want)
		}
	}
}

func TestIsVersion(t *testing.T) {
	for text, want := range map[string]bool{
		"1.4.0": true, "[1.4.0] - 2024-05-02": true, "v2.0": true, "Version 3.1": true, "2024-05-02": true,
		"Release 10.2 (beta)": true, "1. Scope": false, "1.2 Budget and timeline": false, "2.0 (2024-05-02)": true, "v1.2 Fixes": true, "2030 vision": false, "Vision": false, "12-step plan": false,
	} {
		if got := isVersion(text); got != want {
			t.Errorf("isVersion(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"vision": "vision", "visión": "vision", "missão": "missao", "d'être": "d'etre", "straße": "straße", "e\u0301": "e",
	} {
		if got := fold(in); got != want {
			t.Errorf("fold(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAdmonitionTitle(t *testing.T) {
	for _, tc := range []struct {
		line, title string
		ok          bool
	}{
		{":::info Our mission", "Our mission", true},
		{":::note", "", true},
		{`!!! quote "Our mission"`, "Our mission", true},
		{`???+ note "Our vision"`, "Our vision", true},
		{"!!! tip", "", true},
		{`!!! note Our mission"`, "", false}, // MkDocs quotes a title
		{`!!! note "Our mission`, "", false},
		{"!!! 2024", "", false},
		{"Our mission", "", false},
	} {
		title, ok := admonitionTitle(tc.line)
		if title != tc.title || ok != tc.ok {
			t.Errorf("admonitionTitle(%q) = %q, %v; want %q, %v", tc.line, title, ok, tc.title, tc.ok)
		}
	}
}

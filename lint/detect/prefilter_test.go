package detect

import (
	"math/rand"
	"strings"
	"testing"
	"unicode"

	"github.com/vmlint/vmlint/lint/lexicon"
)

// covered reports whether words hold a prefilter cue where it counts: a
// word of Words (as a run of letters, which is how the prefilter reads
// words: "d'être" holds "être"), or a word of BeforeTo with "to" after it,
// or of BeforeOf with "of" after it.
func covered(c PrefilterCues, norms []string) bool {
	for i, w := range norms {
		for _, run := range strings.FieldsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) {
			for _, cue := range c.Words {
				if run == cue {
					return true
				}
			}
		}
		for _, cue := range c.BeforeTo {
			if w == cue && i+1 < len(norms) && norms[i+1] == "to" {
				return true
			}
		}
		for _, cue := range c.BeforeOf {
			if w == cue && i+1 < len(norms) && norms[i+1] == "of" {
				return true
			}
		}
	}
	return false
}

// TestPrefilterCuesCoverDetection builds many headings, labels and
// sentences from the words detection knows and checks that each one that
// detection takes (a heading that names a kind or states one, a label, a
// sentence that says what it states) holds a prefilter cue. A new way of
// stating something that the prefilter does not know fails here.
func TestPrefilterCuesCoverDetection(t *testing.T) {
	base := lexicon.Default()
	configured := base.Clone()
	configured.Get("heading-vision").Add("where we're headed")
	configured.Get("heading-mission").Add("the big deal")
	configured.Get("heading-mission").Remove("why")
	for name, lex := range map[string]*lexicon.Lexicons{"built-in lists": base, "configured lists": configured} {
		cues := prefilterCues(lex)
		vocabulary := []string{
			"our", "the", "is", "was", "to", "we", "a", "an", "of", "for", "where", "that", "acme's", "its", "their",
			"it", "with", "core", "statement", "why", "aim", "aims", "day", "world", "be", "simple", "bakers",
			"help", "files", "copy", "and", "&", "values", "product", "company", "example", "2030", "i", "iv", "we're", "are",
		}
		vocabulary = append(vocabulary, sentenceCueWords...)
		for _, list := range []string{"heading-vision", "heading-mission", "heading-prefix", "heading-companion", "heading-explains",
			"heading-tail", "statement-cue-vision", "statement-cue-mission", "owner", "heading-future-head", "heading-future-verb"} {
			for _, e := range lex.Get(list).Entries() {
				vocabulary = append(vocabulary, strings.Fields(e)...)
			}
		}
		r := rand.New(rand.NewSource(1))
		d := &detector{lex: lex, vocab: vocabularyFor(lex), doc: &Document{}} // a document with no title or front matter: some cues read the page's title
		taken := 0
		for range 60000 {
			words := make([]string, 1+r.Intn(7))
			for k := range words {
				words[k] = vocabulary[r.Intn(len(vocabulary))]
				if r.Intn(4) == 0 {
					words[k] = strings.ToUpper(words[k][:1]) + words[k][1:]
				}
			}
			text := strings.Join(words, " ")
			if r.Intn(3) == 0 {
				k := 1 + r.Intn(len(words))
				text = strings.Join(words[:k], " ") + ": " + strings.Join(words[k:], " ")
			}
			_, norms := d.tokens(text)
			what := ""
			if info := d.classifyHeading(text, r.Intn(2) == 0); info.class == headingNames || info.class == headingStatement {
				what = "heading"
			} else if _, _, ok := d.label(text); ok {
				what = "label"
			} else if _, ok := d.labelAlone(text); ok {
				what = "label alone"
			} else if _, _, ok := d.leadInSentence(text + ":"); ok {
				what = "lead-in"
			} else if sw, sn := d.tokens(text); len(sn) > 0 {
				if _, ok := d.statementCue(text, sw, sn); ok {
					what = "sentence"
				}
			}
			if what == "" {
				continue
			}
			taken++
			if !covered(cues, norms) {
				t.Errorf("%s: detection takes %q as a %s, but it holds no prefilter cue (%v, before \"to\": %v)", name, text, what, cues.Words, cues.BeforeTo)
			}
		}
		if taken < 1000 {
			t.Errorf("%s: only %d of the texts were taken; the test says little", name, taken)
		}
	}
}

// TestPrefilterCuesStandInForPhrases checks the choice of the words that
// stand for heading phrases: every phrase is covered, and a phrase's word
// is one detection does not look for on its own where it has one.
func TestPrefilterCuesStandInForPhrases(t *testing.T) {
	lex := lexicon.Default()
	cues := prefilterCues(lex)
	for _, list := range []string{"heading-vision", "heading-mission", "statement-cue-vision", "statement-cue-mission"} {
		for _, e := range lex.Get(list).Entries() {
			if !covered(cues, strings.Fields(foldPhrase(e))) {
				t.Errorf("%s entry %q has no cue", list, e)
			}
		}
	}
	if got := standIn([]string{"reason", "for", "being"}, cues.gate); got != "being" {
		t.Errorf("standIn(reason for being) = %q, want the longest word outside the cue set", got)
	}
	if got := standIn([]string{"vision", "mission"}, cues.gate); got != "mission" {
		t.Errorf("standIn(vision mission) = %q, want the longest, both being in the cue set", got)
	}
	if lex2 := lexicon.Default().Clone(); true {
		lex2.Get("heading-vision").Add("2030")
		if !prefilterCues(lex2).Always {
			t.Error("an alias without letters must make every file a candidate")
		}
	}
}

// TestPrefilterCoversHeadingForms checks heading forms too long for the
// random texts above to build: each is one detection names a kind by, and
// holds a prefilter cue.
func TestPrefilterCoversHeadingForms(t *testing.T) {
	lex := lexicon.Default()
	cues := prefilterCues(lex)
	d := &detector{lex: lex, vocab: vocabularyFor(lex)}
	for _, text := range []string{"The future we're working toward", "The world we want to see", "The future that we are building", "What we're building towards", "What we're rowing toward", "Why Gorsebrook exists"} {
		if info := d.classifyHeading(text, false); info.class != headingNames {
			t.Errorf("%q: detection does not name a kind by it", text)
		}
		if _, norms := d.tokens(text); !covered(cues, norms) {
			t.Errorf("%q: detection names a kind by it, but it holds no prefilter cue (%v)", text, cues.Words)
		}
	}
}

package rules

import (
	"sort"
	"strings"
	"sync"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/lexicon"
)

// WordyPhrases notes phrases that say in several words what one plain word
// says, and suggests the word.
var WordyPhrases = &lint.Rule{
	Name: "wordy-phrases",
	Doc: `note wordy phrases that have a plain equivalent

"In order to" says "to" in three words, and "utilize" says "use". A
statement is read in seconds; every word it loses without losing meaning
is one the reader does not carry. Each finding suggests the plain
equivalent, which vmlint lint --fix and an editor's quick fix apply. The
list holds only rewrites that read right wherever the phrase stands.`,
	Good:     "We test the soil of every farm to cut its water bill.",
	Bad:      "We utilize sensors in order to cut water bills.",
	Hint:     "say it the short way",
	Severity: lint.Info,
	Applies:  lint.AppliesBoth,
	// "utilize" is wordy rather than weak: the fix is the plain word.
	Supersedes: []string{"weak-verbs"},
	Run:        runWordyPhrases,
}

// plainer maps each wordy phrase to its plain equivalent. Every rewrite
// must read right wherever the phrase stands: "have the ability to" is
// not here, as "will have the ability to" cannot become "will can".
var plainer = map[string]string{
	"in order to":               "to",
	"in order for":              "for",
	"so as to":                  "to",
	"in an effort to":           "to",
	"due to the fact that":      "because",
	"owing to the fact that":    "because",
	"in spite of the fact that": "although",
	"despite the fact that":     "although",
	"in the event that":         "if",
	"until such time as":        "until",
	"at this point in time":     "now",
	"at the present time":       "now",
	"prior to":                  "before",
	"with the exception of":     "except",
	"in close proximity to":     "near",
	"on a daily basis":          "daily",
	"on a weekly basis":         "weekly",
	"on a monthly basis":        "monthly",
	"on a yearly basis":         "yearly",
	"on a regular basis":        "regularly",
	"each and every":            "every",
	"is able to":                "can",
	"are able to":               "can",
	"has the ability to":        "can",
	"utilize":                   "use",
	"utilizes":                  "uses",
	"utilized":                  "used",
	"utilizing":                 "using",
	"utilization":               "use",
	"utilise":                   "use",
	"utilises":                  "uses",
	"utilised":                  "used",
	"utilising":                 "using",
	"utilisation":               "use",
}

var wordySet = sync.OnceValue(func() *lexicon.Set {
	phrases := make([]string, 0, len(plainer))
	for p := range plainer {
		phrases = append(phrases, p)
	}
	sort.Strings(phrases)
	return lexicon.NewSet("wordy-phrases", phrases)
})

func runWordyPhrases(p *lint.Pass) {
	for _, s := range p.Statements() {
		for _, m := range s.Find(wordySet()) {
			plain := plainer[strings.Join(s.Norms()[m.First:m.End], " ")]
			if plain == "" || !plainSource(p.Doc, m) {
				continue
			}
			p.ReportReplacef(s, m.Span, matchCase(m.Text, plain), "%q says %q at greater length", m.Text, plain)
		}
	}
}

// plainSource reports whether the source of a match is its words and the
// blanks between them, with no markup that replacing the span would break
// ("in *order* to") and no block quote marks across a line break.
func plainSource(doc *lint.Document, m lint.Match) bool {
	src := string(doc.Source[m.Span.Start.Offset:m.Span.End.Offset])
	return strings.Join(strings.Fields(src), " ") == strings.Join(strings.Fields(m.Text), " ")
}

// matchCase writes plain in the case of the words it replaces: a capital
// first letter, or all capitals.
func matchCase(words, plain string) string {
	switch {
	case strings.ToUpper(words) == words && strings.ToLower(words) != words && len(words) > 1:
		return strings.ToUpper(plain)
	case words != "" && strings.ToUpper(words[:1]) == words[:1] && strings.ToLower(words[:1]) != words[:1]:
		return strings.ToUpper(plain[:1]) + plain[1:]
	}
	return plain
}

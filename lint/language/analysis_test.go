package language

import (
	"regexp"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint/lexicon"
)

var testWord = regexp.MustCompile(`[\p{L}\p{N}]+(?:['’\-.&][\p{L}\p{N}]+)*`)

// analyze splits text into sentences at ". " and into words the simple
// way the tests need, and analyses it.
func analyze(text string) *Analysis {
	var sentences [][]Word
	var cur []Word
	for _, m := range testWord.FindAllStringIndex(text, -1) {
		cur = append(cur, Word{Start: m[0], End: m[1]})
		rest := text[m[1]:]
		if strings.HasPrefix(rest, ".") || strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, "?") {
			sentences = append(sentences, cur)
			cur = nil
		}
	}
	if len(cur) > 0 {
		sentences = append(sentences, cur)
	}
	return Analyze(text, sentences, lexicon.Default())
}

func TestDescribe(t *testing.T) {
	for _, text := range []string{
		"We lend boats to rowing clubs. We repair each hull within a week.",
		"Every lighthouse keeper on the coast has a relief crew at weekends.",
		"No commuter in the valley waits in the rain for a late train.",
		"Quiet streets around every village school.",
		"Fair pay for rope makers along the coast.",
		"We provide teachers with calmer grading days.",
		"So that shepherds reach a vet before lambing ends.",
		"Making every gardener proud of their plot.",
		"Enabling open maps.",
		"We use drones to bring medicine to islands.",
		"To provide access to bus times.",
		"To enable hobbyists to build drones.",
		"A commons where boatbuilders swap designs freely.",
		"Shaping the future of home audio.",
		"Where craft meets business.",
		"The finest kettles in the world.",
		"Our mission is for every village school to stay open, by sharing teachers between schools.",
		"We give apprentices a mentor so no apprentice signs a contract alone.",
		"We deliver innovative solutions for businesses.",
		"To be the leading provider of logistics solutions.",
		"We sell scheduling software to clinics.",
	} {
		t.Logf("%s\n%s", text, analyze(text).Describe())
	}
}

// BenchmarkAnalyze analyses statements of the judgement suite's length,
// one per iteration: the budget is 1 ms a statement.
func BenchmarkAnalyze(b *testing.B) {
	texts := []string{
		"We lend boats to rowing clubs. We repair each hull within a week.",
		"Every lighthouse keeper on the coast has a relief crew at weekends.",
		"We give every first-year nursing student in Cardiff a second-hand bike and a lock, so they reach their placements without paying bus fares.",
		"Our mission is for every village school in Northumberland to stay open, by sharing teachers, buses and kitchens between neighbouring schools.",
	}
	for b.Loop() {
		for _, t := range texts {
			analyze(t)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(texts)), "ns/statement")
}

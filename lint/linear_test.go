package lint_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/vmlint/vmlint/lint"
)

// hostileShapes are inputs that each stress one path that once took time
// in the square of the input, built at a size n (about n statements,
// sentences, keys or comments). TestLinearTime guards them.
var hostileShapes = []struct {
	name  string
	n     int // a size that takes a few milliseconds
	build func(n int) string
}{
	{"sentences on one long line", 1000, func(n int) string {
		return "## Vision\n\n" + strings.Repeat("Every farmer will sell grain to the mill next door. ", n) + "\n"
	}},
	{"sentence statements on one long line", 500, func(n int) string {
		var b strings.Builder
		b.WriteString("# Plans\n\n")
		for i := range n {
			fmt.Fprintf(&b, "Our mission is to help the farmers of valley %d sell grain to mills. ", i)
		}
		return b.String() + "\n"
	}},
	{"vision and mission pairs", 300, func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "## Vision\n\nEvery farmer in region %d will sell grain to the mill next door.\n\n", i)
			fmt.Fprintf(&b, "## Mission\n\nWe help farmers in region %d sell grain directly to local mills.\n\n", i)
		}
		return b.String()
	}},
	{"an HTML block of unclosed tags", 20000, func(n int) string {
		// Every "<" opens a tag no ">" ends: each must not scan to the end.
		return "## Mission\n\n<div>\nOur mission is to help farmers.\n" + strings.Repeat("<a href='x <b <!c ", n) + "\n"
	}},
	{"an HTML block of many elements", 3000, func(n int) string {
		return "<div>\n" + strings.Repeat(`<p class="x">Our mission is to help <b>farmers</b> &amp; millers.</p>`, n) + "\n</div>\n"
	}},
	{"list items with a weak label", 500, func(n int) string {
		// Each weak label asks whether the list names a kind by a strong word.
		var b strings.Builder
		b.WriteString("# Foundations\n\n")
		for i := range n {
			fmt.Fprintf(&b, "- **Purpose:** to keep pool %d open for every swimmer in the town.\n", i)
		}
		return b.String()
	}},
	{"empty Vision headings", 10000, func(n int) string {
		// Each is a statement with a finding: the worst shape per byte.
		return strings.Repeat("## Vision\n", n)
	}},
	{"sentence statements", 500, func(n int) string {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "Our mission is to help the farmers of valley %d sell grain to mills.\n\n", i)
		}
		return b.String()
	}},
	{"suppression comments", 500, func(n int) string {
		var b strings.Builder
		b.WriteString("## Mission\n\nWe help farmers sell grain.\n\n")
		for i := range n {
			fmt.Fprintf(&b, "<!-- vmlint-disable hedging rule-%d -->\n<!-- vmlint-disable-next-line buzzwords -->\nOur mission is to bring synergy to farmers in valley %d.\n\n<!-- vmlint-enable -->\n", i, i)
		}
		return b.String()
	}},
	{"YAML front matter keys", 3000, func(n int) string {
		return frontMatterKeys(n, "---\n", "key%d: value number %d\n", "vision: Every farmer sells grain next door.\n---\n")
	}},
	{"YAML flow mapping on one line", 3000, func(n int) string {
		return frontMatterKeys(n, "---\n{", "key%d: value number %d, ", "vision: Every farmer sells grain next door.}\n---\n")
	}},
	{"TOML front matter keys", 3000, func(n int) string {
		return frontMatterKeys(n, "+++\n", "key%d = \"value number %d\"\n", "vision = \"Every farmer sells grain next door.\"\n+++\n")
	}},
	{"JSON front matter keys", 3000, func(n int) string {
		return frontMatterKeys(n, "{\n", "\"key%d\": \"value number %d\",\n", "\"vision\": \"Every farmer sells grain next door.\"\n}\n")
	}},
	{"link destinations that do not close", 150, func(n int) string {
		return "## Vision\n\nEvery farmer sells grain.\n\n" + strings.Repeat(strings.Repeat("[a](", 100)+"\n", n)
	}},
	{"nested brackets", 300, func(n int) string {
		return "## Vision\n\nEvery farmer sells grain.\n\n" + strings.Repeat(strings.Repeat("[", 50)+strings.Repeat("]", 50)+"\n\n", n)
	}},
	{"emphasis closers no opener matches, in one paragraph", 2000, func(n int) string {
		return "## Vision\n\nEvery farmer sells grain.\n\n" + strings.Repeat("*a_ ", n) + "\n"
	}},
	{"emphasis closers no opener matches, paragraphs under the bound", 40, func(n int) string {
		return "## Vision\n\nEvery farmer sells grain.\n\n" + strings.Repeat(strings.Repeat("*a_ ", 400)+"\n\n", n)
	}},
	{"hedges in one statement's many sentences", 6000, func(n int) string {
		return "## Mission\n\n" + strings.Repeat("Perhaps we help. ", n) + "\n"
	}},
	{"one sentence of lists, adverbs and places before modals", 400, func(n int) string {
		return "## Mission\n\n" + strings.Repeat("kids in farmers never sell grain, repair old hulls and teach ", n) + "kids in Lagos will grow.\n"
	}},
	{"findings on one line", 1000, func(n int) string {
		return "## Vision\n\n" + strings.Repeat("We deliver synergy and world-class leverage, perhaps. ", n) + "\n"
	}},
}

// frontMatterKeys is front matter with n fields, then a vision field and a
// short body.
func frontMatterKeys(n int, open, field, last string) string {
	var b strings.Builder
	b.WriteString(open)
	for i := range n {
		fmt.Fprintf(&b, field, i, i)
	}
	return b.String() + last + "\nText.\n"
}

// TestLinearTime parses and lints each hostile shape at two sizes, four
// times apart, and checks that the larger takes about four times as long,
// not sixteen: a ratio of the best of several runs, never a fixed time, so
// that a slow or busy machine does not fail it.
func TestLinearTime(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector distorts time; .ci/run runs this test without it")
	}
	linter := lint.NewLinter(allRules())
	settings := linter.DefaultSettings()
	run := func(src []byte) {
		doc, _ := lint.Parse("doc.md", src)
		linter.Lint(doc, settings)
	}
	for _, shape := range hostileShapes {
		t.Run(shape.name, func(t *testing.T) {
			small, large := []byte(shape.build(shape.n)), []byte(shape.build(4*shape.n))
			ratio := timeRatio(run, small, large)
			for try := 0; ratio > 8 && try < 3; try++ { // a spike, or not linear: measure again
				ratio = min(ratio, timeRatio(run, small, large))
			}
			t.Logf("%d and %d bytes: %.1f times", len(small), len(large), ratio)
			if ratio > 8 {
				t.Errorf("4 times the input (%d bytes) took %.1f times as long: not linear", len(large), ratio)
			}
		})
	}
}

// timeRatio returns how many times longer run takes on large than on
// small: the best of two alternating runs of each, after a warm-up. A
// caller measures again when the ratio is over its bound: input that
// takes time in the square of its size is over it every time, while a
// spike on a busy machine passes.
func timeRatio(run func([]byte), small, large []byte) float64 {
	timed := func(src []byte) time.Duration {
		runtime.GC()
		start := cpuTime()
		run(src)
		return cpuTime() - start
	}
	run(small)
	run(large)
	bestSmall, bestLarge := time.Duration(1<<62), time.Duration(1<<62)
	for range 2 {
		bestSmall, bestLarge = min(bestSmall, timed(small)), min(bestLarge, timed(large))
	}
	return float64(bestLarge) / float64(bestSmall)
}

// TestProseSliceLinearTime slices a paragraph's prose once for each of its
// lines, as a paragraph of labelled lines ("Vision: …" on each) is sliced
// into its statements: each slice must cost what it keeps, not every run
// of the paragraph (a file of such lines took 4.3 times as long at 4 MB as
// at 1 MB). The quadratic part is small beside the rest of a statement's
// work until tens of thousands of statements, so this test times the
// slicing alone.
func TestProseSliceLinearTime(t *testing.T) {
	if raceDetector {
		t.Skip("the race detector distorts time; .ci/run runs this test without it")
	}
	lines := func(n int) []byte { return []byte(strings.Repeat("Vision: every farm thrives.\n", n)) }
	small, large := lines(20000), lines(80000)
	// The prose is built before the clock starts: building it moves the
	// whole text, whose cost a large buffer's cache misses distort.
	sliceSmall, sliceLarge := lint.SliceLines(small), lint.SliceLines(large)
	ratio := timeRatio(func(src []byte) {
		if len(src) == len(small) {
			sliceSmall()
		} else {
			sliceLarge()
		}
	}, small, large)
	t.Logf("%d and %d bytes: %.1f times", len(small), len(large), ratio)
	if ratio > 8 {
		t.Errorf("4 times the lines (%d bytes) took %.1f times as long: not linear", len(large), ratio)
	}
}

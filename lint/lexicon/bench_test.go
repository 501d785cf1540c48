package lexicon

import "testing"

// BenchmarkParse measures what building every list of lexicons.txt in maps
// costs: what vmlint would pay at start-up without the static tables.
func BenchmarkParse(b *testing.B) {
	src := lexiconsSource(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(src); err != nil {
			b.Fatal(err)
		}
	}
}

package lexicon

import "testing"

// BenchmarkParse measures what the first look-up of any word list costs:
// parsing every list in lexicons.txt.
func BenchmarkParse(b *testing.B) {
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := Parse(source); err != nil {
			b.Fatal(err)
		}
	}
}

package report_test

import (
	"io"
	"testing"

	"github.com/vmlint/vmlint/lint/report"
)

// BenchmarkOutput writes the example documents' findings in every format.
func BenchmarkOutput(b *testing.B) {
	res := exampleResult(b)
	for _, format := range report.Formats {
		b.Run(format, func(b *testing.B) {
			b.ReportAllocs()
			for i := 0; i < b.N; i++ {
				if err := report.Write(io.Discard, format, res, false); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

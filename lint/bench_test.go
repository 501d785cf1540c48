package lint_test

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/adrg/frontmatter"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/corpus"
)

// benchDocs returns the documents the stage benchmarks run on: the
// labelled corpus when VMLINT_CORPUS names it (statement-dense real
// documents), else the example and fixture documents in testdata.
func benchDocs(b *testing.B) (names []string, srcs [][]byte) {
	b.Helper()
	glob := "../testdata/*/*.md"
	if dir := os.Getenv(corpus.Env); dir != "" {
		glob = filepath.Join(dir, "docs", "*.md")
	}
	paths, _ := filepath.Glob(glob)
	for _, p := range paths {
		src, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, filepath.Base(p))
		srcs = append(srcs, src)
	}
	if len(srcs) == 0 {
		b.Fatal("no documents")
	}
	return names, srcs
}

func bytesOf(srcs [][]byte) int64 {
	n := 0
	for _, s := range srcs {
		n += len(s)
	}
	return int64(n)
}

// BenchmarkFloor is the floor of this stack, as ../shared/bench/floor
// measures it: front matter split and goldmark parse, then a walk.
func BenchmarkFloor(b *testing.B) {
	_, srcs := benchDocs(b)
	md := goldmark.New(goldmark.WithExtensions(extension.GFM))
	b.SetBytes(bytesOf(srcs))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			var meta map[string]any
			body, err := frontmatter.Parse(bytes.NewReader(src), &meta)
			if err != nil {
				body = src
			}
			doc := md.Parser().Parse(text.NewReader(body))
			_ = ast.Walk(doc, func(ast.Node, bool) (ast.WalkStatus, error) { return ast.WalkContinue, nil })
		}
	}
}

// BenchmarkParse is vmlint's whole model: front matter, Markdown, prose,
// statement detection and analysis.
func BenchmarkParse(b *testing.B) {
	names, srcs := benchDocs(b)
	b.SetBytes(bytesOf(srcs))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		for k, src := range srcs {
			_, _ = lint.Parse(names[k], src)
		}
	}
}

// BenchmarkRules runs every built-in rule over parsed documents.
func BenchmarkRules(b *testing.B) {
	names, srcs := benchDocs(b)
	docs := make([]*lint.Document, len(srcs))
	for k, src := range srcs {
		docs[k], _ = lint.Parse(names[k], src)
	}
	linter := lint.NewLinter(allRules())
	settings := linter.DefaultSettings()
	b.SetBytes(bytesOf(srcs))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			_ = linter.Lint(d, settings)
		}
	}
}

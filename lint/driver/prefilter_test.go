package driver

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	"github.com/vmlint/vmlint/rules"
)

// sameWithoutPrefilter checks that a document gets the same findings with
// the prefilter as without, and the same errors, less the one intended
// difference: a document that is not parsed has its front matter unread.
// It returns whether the prefilter passed over the document.
func sameWithoutPrefilter(tb testing.TB, path string, src []byte, linter *lint.Linter, settings *lint.Settings) (skipped bool) {
	tb.Helper()
	_, want, _, wantErr := check(path, src, linter, settings, false)
	_, got, parsed, err := check(path, src, linter, settings, true)
	if !reflect.DeepEqual(got, want) {
		tb.Errorf("%s: with the prefilter (parsed %v):\n%v\nwithout:\n%v", path, parsed, got, want)
	}
	if !parsed && (isFrontMatterError(wantErr) || isLimitError(wantErr)) {
		wantErr = nil // what is not read is not checked (lint.MayHold)
	}
	if !reflect.DeepEqual(err, wantErr) {
		tb.Errorf("%s: with the prefilter (parsed %v), error %v; without, %v", path, parsed, err, wantErr)
	}
	return !parsed
}

// isLimitError reports whether err refuses a file for a limit that
// bounds the parser's time.
func isLimitError(err error) bool {
	var fe *lint.FileError
	return errors.As(err, &fe) && fe.Limit
}

func isFrontMatterError(err error) bool {
	var fe *lint.FileError
	return errors.As(err, &fe) && strings.HasPrefix(fe.Msg, "front matter: ")
}

// settingsFor are the settings the tests compare under: the defaults, and a
// configuration that adds heading words, requires both kinds and turns a
// strict preset on, so that the cues follow the configuration.
func settingsFor(t *testing.T) map[string]struct {
	linter   *lint.Linter
	settings *lint.Settings
} {
	t.Helper()
	out := map[string]struct {
		linter   *lint.Linter
		settings *lint.Settings
	}{}
	def := config.Resolve(config.Default(), rules.All)
	out["defaults"] = struct {
		linter   *lint.Linter
		settings *lint.Settings
	}{def.Linter, def.Settings("x.md", config.Flags{})}
	dir := t.TempDir()
	cfg := filepath.Join(dir, ".vmlint.yml")
	yml := "extends: strict\nrequire: [vision, mission]\nheadings:\n  vision: [aspiration, \"where we're headed\"]\n  mission: [\"our promise\"]\n"
	if err := os.WriteFile(cfg, []byte(yml), 0o644); err != nil {
		t.Fatal(err)
	}
	f, err := config.Load(cfg, rules.All)
	if err != nil {
		t.Fatal(err)
	}
	r := config.Resolve(f, rules.All)
	out["configured"] = struct {
		linter   *lint.Linter
		settings *lint.Settings
	}{r.Linter, r.Settings(filepath.Join(dir, "x.md"), config.Flags{})}
	return out
}

// TestPrefilterChangesNoFinding lints the repository's testdata, the
// labelled corpus (VMLINT_CORPUS) and the real docs tree beside the
// repository (../shared/bench/docs-corpus.tar.gz, or VMLINT_DOCS_CORPUS)
// with the prefilter and without, under the default settings and a
// configuration that adds heading words and requires both kinds.
func TestPrefilterChangesNoFinding(t *testing.T) {
	trees := map[string]string{"testdata": "../../testdata"}
	if dir := os.Getenv("VMLINT_CORPUS"); dir != "" {
		trees["corpus"] = filepath.Join(dir, "docs")
	} else {
		t.Log("VMLINT_CORPUS is not set: the labelled corpus is not compared")
	}
	switch {
	case raceDetector:
		t.Log("the docs tree is not compared under the race detector, which makes it slow; .ci/run compares it without")
	case testing.Short():
		t.Log("the docs tree is not compared with -short")
	default:
		if dir, ok := docsTree(t); ok {
			trees["docs tree"] = dir
		}
	}
	for name, cs := range settingsFor(t) {
		for tree, dir := range trees {
			if tree == "docs tree" && name != "defaults" {
				continue // 3,088 files: once is enough
			}
			files, skipped := 0, 0
			err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || !strings.HasSuffix(path, ".md") && !strings.HasSuffix(path, ".mdx") {
					return err
				}
				src, err := os.ReadFile(path)
				if err != nil {
					return err
				}
				files++
				if sameWithoutPrefilter(t, path, src, cs.linter, cs.settings) {
					skipped++
				}
				return nil
			})
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s, %s: the prefilter passed over %d of %d files", tree, name, skipped, files)
			if files == 0 {
				t.Errorf("%s: no files", tree)
			}
		}
	}
}

// docsTree unpacks the real docs tree into a temporary folder, or says
// why it cannot.
func docsTree(t *testing.T) (string, bool) {
	t.Helper()
	archive := os.Getenv("VMLINT_DOCS_CORPUS")
	if archive == "" {
		archive = "../../../shared/bench/docs-corpus.tar.gz"
	}
	f, err := os.Open(archive)
	if err != nil {
		t.Logf("the docs tree is not compared: %v (VMLINT_DOCS_CORPUS names the archive)", err)
		return "", false
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	tr := tar.NewReader(gz)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".md") || strings.Contains(h.Name, "..") {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(h.Name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, true
}

// FuzzPrefilter checks that the prefilter changes no finding: any bytes,
// linted with it and without, give the same findings and errors (less
// front matter errors in a document it did not parse).
func FuzzPrefilter(f *testing.F) {
	for _, seed := range []string{
		"# Vision\n\nEvery town will read.\n",
		"## Vi*sion*\n\nEvery town will read.\n",
		"## Vi&#115;ion\n\nEvery town will read.\n",
		"## &#86;ision\n\nEvery town will read.\n",
		"## Vi\u200bsion\n\nEvery town will read.\n",
		"## Vi`x`sion\n\nEvery town will read.\n",
		"## [Vi](x)sion\n\nEvery town will read.\n",
		"## Vi<b></b>sion\n\nEvery town will read.\n",
		"## Vi{x}sion\n\nEvery town will read.\n",
		"000\r# Vi{}sion", // a carriage return alone ends a line: the heading's marks start the next
		"Every town\r\nwill read; our mis*sion*\r\nis to help.\r\n",
		"import X from './x'\n\n<Tabs>\n  Our mission is to help bakers.\n</Tabs>\n",
		"{/* vmlint-disable buzzwords */}\nWe leverage synergy.\n",
		"## Why\n\nBecause bakers deserve better.\n",
		"Acme exists *to* help bakers.\n",
		"Acme exists\nto help bakers.\n",
		"We exist, to be plain, to help bakers.\n",
		"The file exists. To create it, run make.\n",
		"---\ntitle: \"Vi\\u0073ion\"\n---\n\nEvery town will read.\n",
		"---\nvisionStatement: Every town will read.\n---\n",
		"---\ntitle: [ - % ]\n---\n\nNo cue here.\n",
		"<!-- vmlint-disable buzzwords -->\nWe leverage synergy.\n",
		"Our mission is to help bakers.\n",
		"**Mission:** help bakers sell bread.\n",
		"Nuestra visión: cada pueblo leerá.\n",
		"No statement at all, just text.\n",
		"binary\x00file\n",
		strings.Repeat("> ", 101) + "Deep text with no cue.\n",
		"---\ntitle: x\n---\n\n" + strings.Repeat("- ", 101) + "Deep text.\n",
	} {
		f.Add([]byte(seed))
	}
	f.Setenv(lint.PanicEnv, "1") // a caught panic would read the same both ways
	def := config.Resolve(config.Default(), rules.All)
	settings := def.Settings("doc.md", config.Flags{})
	f.Fuzz(func(t *testing.T, src []byte) {
		sameWithoutPrefilter(t, "doc.md", src, def.Linter, settings)
		sameWithoutPrefilter(t, "doc.mdx", src, def.Linter, settings)
	})
}

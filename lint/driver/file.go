package driver

import (
	"context"
	"os/exec"
	"path/filepath"
	"slices"
	"sync"

	"github.com/vmlint/vmlint/lint"
	"github.com/vmlint/vmlint/lint/config"
	fixpkg "github.com/vmlint/vmlint/lint/fix"
	"github.com/vmlint/vmlint/lint/input"
	"github.com/vmlint/vmlint/lint/report"
)

// File is what the pipeline made of one file.
type File struct {
	// Path is where the file was read: a path, or "-" for standard input.
	Path string
	// Name is the name the file is reported under (Document.Path and every
	// finding's Path): its path, or the name given to standard input.
	Name string
	// Linted is set when the file was read and linted, even if a part of
	// it could not be decoded (see Errs).
	Linted bool
	// Parsed is false for a file the prefilter passed over: it holds no
	// cue of anything vmlint reports (lint.MayHold), so it was linted as
	// the empty document lint.Unparsed returns, unparsed.
	Parsed bool
	// Doc is the file's document: kept with Options.KeepDocuments, and
	// always set while Options.Prepare runs and for Runner.Document.
	Doc *lint.Document
	// Findings are the findings to show, sorted: suppressions applied, the
	// new-from-rev and baseline filters applied, none under MinSeverity.
	Findings []lint.Finding
	// Fails is set when a finding that passed the new-from-rev and baseline
	// filters reaches FailOn, shown or not.
	Fails bool
	// HiddenFailing counts the findings that reach FailOn but are under
	// MinSeverity: they fail the run without being shown.
	HiddenFailing int
	// Errs are the file's errors, one line each, naming the file: it could
	// not be read, it is binary, or its front matter is invalid (the body
	// is still linted then).
	Errs []error
	// ConfigErr is set when the file's configuration could not be loaded;
	// the file is not linted. A run delivers each configuration error with
	// the first file it concerns only, and counts the others as failed.
	ConfigErr error
	// Rendered is for Options.Prepare to fill: what the caller made of the
	// file on the worker, to write when the file is delivered (a part of
	// each output the caller writes).
	Rendered []report.Part
	// Fixes counts the replacements Options.Fix made in the file.
	Fixes int
	// Fixed is standard input's text after Options.Fix, whether or not it
	// changed; a file on disk is rewritten instead.
	Fixed []byte

	ignored bool     // a configuration's ignore: globs name the file
	matched []string // fingerprints the baseline accepted
}

// Document lints one document held in memory, src, as the file at path:
// path names it in findings and finds its configuration, which may ignore
// it (then Document returns nil) or fail to load (then the File has only
// ConfigErr). It runs every stage after reading, keeps
// the document in File.Doc, and applies no size limit. It is safe to call
// from several goroutines at once. ctx is for stopping a long document
// (a stage may check it); a File is returned all the same.
func (r *Runner) Document(ctx context.Context, path string, src []byte) *File {
	_ = ctx // every stage is short today; a stage that is not checks ctx
	f := &File{Path: path, Name: path}
	resolved, settings := r.configure(f, path)
	switch {
	case f.ignored:
		return nil
	case resolved == nil:
		return f
	}
	r.lintSource(f, src, resolved, settings, true, false)
	return f
}

// lintPath runs the stages from config on for one file of a tree. A file
// the configuration ignores comes back with ignored set.
func (r *Runner) lintPath(path string) *File {
	f := &File{Path: path, Name: r.name(path)}
	resolved, settings := r.configure(f, r.configPath(path))
	if resolved == nil {
		return f
	}
	buf := buffers.Get().(*[]byte)
	src, err := input.ReadInto((*buf)[:0], path, f.Name, r.opts.Stdin, r.opts.MaxSize)
	if err != nil {
		buffers.Put(buf)
		f.Errs = append(f.Errs, err)
		return f
	}
	r.lintSource(f, src, resolved, settings, r.opts.KeepDocuments, r.opts.Fix)
	// Nothing keeps the bytes of a file that was not parsed, once its
	// document is let go: the next file is read into them.
	if !f.Parsed && !r.opts.KeepDocuments && !r.opts.Fix && cap(src) <= maxPooled {
		*buf = src
		buffers.Put(buf)
	}
	return f
}

// buffers hold the bytes of files read before, for the next files.
var buffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooled is the largest buffer kept for the next file.
const maxPooled = 1 << 20

// configure is the config stage: the configuration and settings for the
// file whose configuration is found by cfgPath. It returns nil when the
// configuration cannot be loaded (f.ConfigErr) or ignores the file.
func (r *Runner) configure(f *File, cfgPath string) (*config.Resolved, *lint.Settings) {
	resolved, err := r.loader.For(cfgPath)
	if err != nil {
		f.ConfigErr = err
		return nil, nil
	}
	if resolved.Ignored(cfgPath) {
		f.ignored = true
		return nil, nil
	}
	return resolved, resolved.Settings(cfgPath, r.opts.Flags)
}

// lintSource runs the stages from parse on, over the bytes of a file that
// was read; with fixing, the fix stage too.
func (r *Runner) lintSource(f *File, src []byte, resolved *config.Resolved, settings *lint.Settings, keep, fixing bool) {
	f.Linted = true
	lintStages := func(src []byte) (*lint.Document, []lint.Finding, error) {
		doc, findings, parsed, err := check(f.Name, src, resolved.Linter, settings, !r.opts.NoPrefilter)
		f.Parsed = parsed
		return doc, r.filter(f, findings, resolved.Linter, settings), err
	}
	doc, findings, err := lintStages(src)
	if fixing {
		doc, findings, err = r.fix(f, doc, findings, err, lintStages)
	}
	if err != nil {
		f.Errs = append(f.Errs, err)
	}
	for _, fd := range findings {
		f.Fails = f.Fails || fd.Severity >= r.opts.FailOn
		if fd.Severity >= r.opts.FailOn && fd.Severity < r.opts.MinSeverity {
			f.HiddenFailing++
		}
	}
	f.Findings = atLeast(findings, r.opts.MinSeverity)
	f.Doc = doc
	if r.opts.Prepare != nil {
		r.opts.Prepare(f)
	}
	if !keep {
		f.Doc = nil
	}
}

// maxFixPasses bounds the rounds of the fix stage: a replacement may bring
// a finding that suggests another (or one was left where two overlapped).
const maxFixPasses = 10

// fix is the fix stage: it makes the replacements the findings to show
// suggest, lints the result again until no replacement is left (or
// maxFixPasses), and writes the fixed text back atomically, or keeps it in
// f.Fixed for standard input. It returns what the last lint found.
func (r *Runner) fix(f *File, doc *lint.Document, findings []lint.Finding, err error, lintStages func([]byte) (*lint.Document, []lint.Finding, error)) (*lint.Document, []lint.Finding, error) {
	src := doc.Source
	for range maxFixPasses {
		fixed, n := fixpkg.Apply(src, atLeast(findings, r.opts.MinSeverity))
		if n == 0 {
			break
		}
		f.Fixes += n
		src = fixed
		doc, findings, err = lintStages(src)
	}
	switch {
	case f.Path == input.Stdin:
		f.Fixed = src
	case f.Fixes > 0:
		if werr := fixpkg.WriteFile(f.Path, src); werr != nil {
			f.Errs = append(f.Errs, &lint.FileError{Path: f.Name, Msg: "cannot write the fixed file: " + werr.Error()})
		}
	}
	return doc, findings, err
}

// Lint runs the stages that follow reading on one document, with a linter
// and settings of the caller's choosing: prefilter, parse, lint (with its
// dedupe step) and suppress. The document is always returned; the error, a
// *lint.FileError, reports a file that is binary or a part that could not
// be decoded (as lint.Parse does).
func Lint(path string, src []byte, linter *lint.Linter, settings *lint.Settings) (*lint.Document, []lint.Finding, error) {
	doc, findings, _, err := check(path, src, linter, settings, true)
	return doc, findings, err
}

// check runs the stages that follow reading. With prefilter set, a file in
// which the prefilter finds no cue is not parsed (parsed is false): its
// document is lint.Unparsed's, which the rules lint as they lint any
// document without statements.
func check(path string, src []byte, linter *lint.Linter, settings *lint.Settings, prefilter bool) (doc *lint.Document, findings []lint.Finding, parsed bool, err error) {
	if prefilter && !lint.MayHold(path, src, settings.Lexicons) {
		doc, err = lint.Unparsed(path, src)
	} else {
		doc, err = lint.ParseWith(path, src, settings.Lexicons)
		parsed = true
	}
	findings = linter.Dedupe(linter.Check(doc, settings))
	return doc, linter.Suppress(doc, settings, findings), parsed, err
}

// filter is the filters stage: it drops the findings that were there at
// NewFromRev, then those the baseline accepts.
func (r *Runner) filter(f *File, findings []lint.Finding, linter *lint.Linter, settings *lint.Settings) []lint.Finding {
	if r.opts.NewFromRev != "" && f.Path != input.Stdin {
		if old, ok := gitShow(r.opts.NewFromRev, f.Path); ok {
			_, before, _, _ := check(f.Name, old, linter, settings, !r.opts.NoPrefilter)
			findings = report.NewSince(findings, before)
		}
	}
	if r.opts.Baseline != nil {
		findings, f.matched = r.opts.Baseline.FilterFile(findings)
	}
	return findings
}

// atLeast returns the findings of severity least or above: fs itself
// when none is below, else a copy.
func atLeast(fs []lint.Finding, least lint.Severity) []lint.Finding {
	if len(fs) > 0 && !slices.ContainsFunc(fs, func(f lint.Finding) bool { return f.Severity < least }) {
		return fs
	}
	shown := fs[:0:0]
	for _, f := range fs {
		if f.Severity >= least {
			shown = append(shown, f)
		}
	}
	return shown
}

// gitShow returns the file as it was at rev, or false when it did not
// exist there (or git cannot say).
func gitShow(rev, path string) ([]byte, bool) {
	cmd := exec.Command("git", "show", rev+":./"+filepath.Base(path))
	cmd.Dir = filepath.Dir(path)
	out, err := cmd.Output()
	return out, err == nil
}

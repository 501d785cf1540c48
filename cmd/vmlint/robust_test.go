package main

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// runBinary runs the built command in dir and returns its exit status and output.
func runBinary(t *testing.T, bin, dir string, timeout time.Duration, args ...string) (int, string, string) {
	t.Helper()
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		code := 0
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		return code, stdout.String(), stderr.String()
	case <-time.After(timeout):
		_ = cmd.Process.Kill()
		t.Fatalf("vmlint %v did not finish within %v", args, timeout)
	}
	return 0, "", ""
}

// hashTree returns a digest of every regular file under dir, to show no
// input is ever written.
func hashTree(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	_ = filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || !d.Type().IsRegular() {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		h.Write([]byte(p + info.ModTime().String() + strconv.FormatInt(info.Size(), 10)))
		if info.Size() > 1<<20 {
			return nil // a large file: its size and time tell a write
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return nil
		}
		h.Write(data)
		return nil
	})
	return string(h.Sum(nil))
}

func TestBadInputs(t *testing.T) {
	t.Parallel()
	bin := buildVmlint(t)
	dir := t.TempDir()
	w := func(name string, data []byte) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	weak := "# Mission\n\nWe strive to deliver world-class solutions.\n"
	w("binary.md", []byte("# Mission\n\x00\x01\x02"))
	w("invalid-utf8.md", []byte("# Mission\n\nWe \xff\xfe deliver world-class tea.\n"))
	w("bom.md", append([]byte("\ufeff"), weak...))
	w("crlf.md", []byte(strings.ReplaceAll(weak, "\n", "\r\n")))
	w("lone-cr.md", []byte(strings.ReplaceAll(weak, "\n", "\r")))
	w("empty.md", nil)
	w("no-final-newline.md", []byte(strings.TrimSuffix(weak, "\n")))
	w("bad-front-matter.md", []byte("---\naliases: [ - % ]\n---\n\n"+weak))
	w("nested-quotes.md", []byte("# Mission\n\n"+strings.Repeat("> ", 20000)+"We help bakers.\n"))
	w("nested-lists.md", []byte("# Mission\n\n"+strings.Repeat("- ", 20000)+"We help bakers.\n"))
	w("nested-fifty.md", []byte("# Mission\n\n"+strings.Repeat("> - ", 25)+"We strive to help bakers.\n"))
	// Far past any real line; how time grows with such shapes is lint's
	// TestLinearTime's to check, at sizes that take milliseconds.
	w("long-line.md", []byte("# Mission\n\nWe "+strings.Repeat("help bakers ", 45000)+".\n"))
	w("mid-size.md", []byte("# Mission\n\n"+strings.Repeat("We help bakers sell bread.\n", 1000)))
	// 60 MiB that take no time to write: the limit refuses it unread.
	if err := os.WriteFile(filepath.Join(dir, "huge.md"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Truncate(filepath.Join(dir, "huge.md"), 60<<20); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("missing-target.md", filepath.Join(dir, "dangling.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("loop.md", filepath.Join(dir, "loop.md")); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(dir, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("..", filepath.Join(dir, "sub", "up")); err != nil { // a directory loop
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "fifo.md"), 0o644); err != nil {
		t.Fatal(err)
	}
	if l, err := net.Listen("unix", filepath.Join(dir, "socket.md")); err == nil {
		defer l.Close()
	}
	before := hashTree(t, dir)

	start := time.Now()
	code, out, errOut := runBinary(t, bin, dir, 2*time.Minute, "lint", "--format", "line", ".", "does-not-exist.md")
	t.Logf("linted the bad tree in %v", time.Since(start))
	if code != 2 {
		t.Errorf("exit %d, want 2", code)
	}
	wantErrs := []string{
		"binary.md:2:1: error: binary file: it contains a NUL byte",
		"bad-front-matter.md:2:1: error: front matter: invalid YAML",
		"huge.md: error: file is 60.0 MiB, over --max-file-size 16.0 MiB",
		"dangling.md: error: dangling symbolic link to missing-target.md",
		"loop.md: error: too many levels of symbolic links",
		"does-not-exist.md: error: no such file or directory",
		"nested-quotes.md:3:1: error: block quotes and lists nest more than 100 levels deep here",
		"nested-lists.md:3:1: error: block quotes and lists nest more than 100 levels deep here",
	}
	for _, want := range wantErrs {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr lacks %q", want)
		}
	}
	for _, line := range strings.Split(strings.TrimSpace(errOut), "\n") {
		if !strings.Contains(line, ": error: ") {
			t.Errorf("stderr line is not one clear error: %q", line)
		}
	}
	if n := strings.Count(errOut, "\n"); n != len(wantErrs) {
		t.Errorf("%d error lines, want %d:\n%s", n, len(wantErrs), errOut)
	}
	for _, f := range []string{"invalid-utf8.md", "bom.md", "crlf.md", "lone-cr.md", "no-final-newline.md", "bad-front-matter.md", "nested-fifty.md", "long-line.md", "mid-size.md"} {
		if !strings.Contains(out, f+":") {
			t.Errorf("%s was not linted", f)
		}
	}
	for _, f := range []string{"bom.md", "crlf.md", "lone-cr.md", "no-final-newline.md"} {
		if !strings.Contains(out, f+":3:22: warning: \"world-class\" is a buzzword") {
			t.Errorf("%s: the buzzword is not at 3:22:\n%s", f, grepLines(out, f))
		}
	}
	if strings.Contains(out, "fifo.md") || strings.Contains(out, "socket.md") {
		t.Error("a FIFO or socket was read")
	}
	if hashTree(t, dir) != before {
		t.Error("an input file was written")
	}
	// The size limit can be lowered and raised.
	if code, _, errOut := runBinary(t, bin, dir, time.Minute, "lint", "--max-file-size", "10KiB", "mid-size.md"); code != 2 || !strings.Contains(errOut, "mid-size.md: error: file is 26.4 KiB, over --max-file-size 10.0 KiB") {
		t.Errorf("--max-file-size 10KiB: exit %d, %s", code, errOut)
	}
	if code, _, errOut := runBinary(t, bin, dir, time.Minute, "lint", "--max-file-size", "30KiB", "mid-size.md"); code == 2 {
		t.Errorf("--max-file-size 30KiB still refused the file: %s", errOut)
	}
	// A FIFO named on the command line is refused, not opened.
	if code, _, errOut := runBinary(t, bin, dir, 10*time.Second, "lint", "fifo.md"); code != 2 || !strings.Contains(errOut, "not a regular file (a named pipe)") {
		t.Errorf("fifo: exit %d, %q", code, errOut)
	}
}

func grepLines(out, substr string) string {
	var keep []string
	for _, l := range strings.Split(out, "\n") {
		if strings.Contains(l, substr) {
			keep = append(keep, l)
		}
	}
	return strings.Join(keep, "\n")
}

func TestUnreadableInputs(t *testing.T) {
	t.Parallel()
	if os.Geteuid() == 0 {
		t.Skip("root reads any file")
	}
	bin := buildVmlint(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "secret.md"), weakDoc)
	writeFile(t, filepath.Join(dir, "docs", ".vmlint.yml"), "rules: {}\n")
	writeFile(t, filepath.Join(dir, "docs", "a.md"), weakDoc)
	_ = os.Chmod(filepath.Join(dir, "secret.md"), 0)
	_ = os.Chmod(filepath.Join(dir, "docs", ".vmlint.yml"), 0)
	code, _, errOut := runBinary(t, bin, dir, time.Minute, "lint", ".")
	if code != 2 || !strings.Contains(errOut, "secret.md: error: permission denied") || !strings.Contains(errOut, ".vmlint.yml: error: cannot read configuration: permission denied") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

func TestInterrupt(t *testing.T) {
	bin := buildVmlint(t)
	dir := t.TempDir()
	// A thousand files, each with tens of findings: seconds of work with one
	// worker, interrupted after a fraction of one.
	first := ""
	for i := 0; i < 1000; i++ {
		path := filepath.Join(dir, "docs", string(rune('a'+i%26)), "d"+strings.Repeat("x", i%7)+itoa3(i)+".md")
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if first != "" && os.Link(first, path) == nil { // a tenth of the cost of a write (see exampleCopies)
			continue
		}
		writeFile(t, path, "# Mission\n\n"+strings.Repeat("We strive to deliver world-class solutions for bakers. ", 20)+"\n")
		first = path
	}
	out := filepath.Join(dir, "out")
	if err := os.Mkdir(out, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, sig := range []os.Signal{os.Interrupt, syscall.SIGTERM} {
		cmd := exec.Command(bin, "lint", "-j", "1", "--format", "line", "--output", "sarif="+filepath.Join(out, "v.sarif"), "docs")
		cmd.Dir = dir
		code, stdout, stderr, took := interruptAfter(t, cmd, 300*time.Millisecond, sig)
		if want := map[os.Signal]int{os.Interrupt: 130, syscall.SIGTERM: 143}[sig]; code != want {
			t.Fatalf("after %v: exit status %d, want %d (stderr %q)", sig, code, want, stderr)
		}
		checkStopped(t, took, stdout, stderr)
		if entries, _ := os.ReadDir(out); len(entries) != 0 {
			t.Errorf("output (or a temporary file) written after %v: %v", sig, entries)
		}
	}
}

// TestInterruptInsideAFileAndARead checks that a signal stops vmlint at
// once while it lints one long file, and while it waits for standard
// input that does not come.
func TestInterruptInsideAFileAndARead(t *testing.T) {
	bin := buildVmlint(t)
	dir := t.TempDir()
	var b strings.Builder
	for i := 0; b.Len() < 12<<20; i++ {
		fmt.Fprintf(&b, "## Vision\n\nEvery baker in town %d will sell bread to the cafe next door.\n\n", i)
		fmt.Fprintf(&b, "## Mission\n\nWe strive to help the bakers of town %d sell bread to cafes.\n\n", i)
	}
	writeFile(t, filepath.Join(dir, "long.md"), b.String())
	cmd := exec.Command(bin, "lint", "--format", "line", "long.md")
	cmd.Dir = dir
	code, stdout, stderr, took := interruptAfter(t, cmd, 500*time.Millisecond, syscall.SIGTERM)
	if code != 143 {
		t.Fatalf("inside a file: exit status %d, want 143 (stderr %q)", code, stderr)
	}
	checkStopped(t, took, stdout, stderr)

	cmd = exec.Command(bin, "lint", "--stdin-filename", "VISION.md", "-")
	cmd.Dir = dir
	stdin, err := cmd.StdinPipe() // kept open: the read waits
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	code, stdout, stderr, took = interruptAfter(t, cmd, 300*time.Millisecond, os.Interrupt)
	if code != 130 {
		t.Fatalf("in a read: exit status %d, want 130 (stderr %q)", code, stderr)
	}
	checkStopped(t, took, stdout, stderr)
}

// interruptAfter starts cmd, sends it sig after wait, and returns its exit
// status, its output and how long it took to end after the signal.
func interruptAfter(t *testing.T, cmd *exec.Cmd, wait time.Duration, sig os.Signal) (int, string, string, time.Duration) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(wait)
	start := time.Now()
	if err := cmd.Process.Signal(sig); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("still running 10 s after %v", sig)
	}
	took := time.Since(start)
	var ee *exec.ExitError
	if !errors.As(err, &ee) {
		t.Fatalf("after %v: %v, want an exit status", sig, err)
	}
	return ee.ExitCode(), stdout.String(), stderr.String(), took
}

// checkStopped checks how an interrupted run ended: promptly, saying so,
// and with only whole lines of output.
func checkStopped(t *testing.T, took time.Duration, stdout, stderr string) {
	t.Helper()
	t.Logf("stopped %v after the signal", took)
	// vmlint waits at most 80 ms for a write in progress; the rest is the
	// machine (a loaded CI machine is slow to deliver and reap).
	if took > time.Second {
		t.Errorf("took %v to stop", took)
	}
	if stderr != "vmlint: interrupted\n" {
		t.Errorf("stderr = %q", stderr)
	}
	if stdout != "" && !strings.HasSuffix(stdout, "\n") {
		t.Errorf("output cut in the middle of a line: ...%q", stdout[max(0, len(stdout)-80):])
	}
}

func itoa3(i int) string {
	return string(rune('0'+i/100%10)) + string(rune('0'+i/10%10)) + string(rune('0'+i%10)) + string(rune('a'+i/1000))
}

// sampleTrees are the folders to lint, from the repository root, for tests
// that compare whole runs: testdata, and the labelled corpus when
// VMLINT_CORPUS names it.
func sampleTrees(t *testing.T) []string {
	t.Helper()
	paths := []string{"testdata"}
	if dir := os.Getenv("VMLINT_CORPUS"); dir != "" {
		paths = append(paths, filepath.Join(dir, "docs"))
	} else {
		t.Log("VMLINT_CORPUS is not set: comparing runs over testdata only")
	}
	return paths
}

// TestSameOutputWithAnyNumberOfWorkers checks that the output does not
// depend on GOMAXPROCS or --jobs: one run per setting writes every format,
// text on standard output and the others through --output, which streams
// them as standard output is streamed.
func TestSameOutputWithAnyNumberOfWorkers(t *testing.T) {
	t.Parallel()
	bin := buildVmlint(t)
	root := repoRoot(t)
	paths := sampleTrees(t)
	formats := []string{"line", "github", "json", "sarif"}
	var runs []map[string]string // format → output, for each setting
	for _, setting := range []struct{ procs, jobs string }{{"1", "1"}, {"4", "16"}} {
		dir := t.TempDir()
		args := []string{"lint", "--no-config", "-j", setting.jobs, "--format", "text"}
		for _, format := range formats {
			args = append(args, "--output", format+"="+filepath.Join(dir, format))
		}
		cmd := exec.Command(bin, append(args, paths...)...)
		cmd.Dir = root
		cmd.Env = append(os.Environ(), "GOMAXPROCS="+setting.procs)
		out, _ := cmd.Output()
		outputs := map[string]string{"text": string(out)}
		for _, format := range formats {
			data, err := os.ReadFile(filepath.Join(dir, format))
			if err != nil {
				t.Fatal(err)
			}
			outputs[format] = string(data)
		}
		for format, out := range outputs {
			if out == "" {
				t.Fatalf("%s: no output", format)
			}
		}
		runs = append(runs, outputs)
	}
	for format, out := range runs[0] {
		if runs[1][format] != out {
			t.Errorf("%s: output differs between worker settings", format)
		}
	}
}

// TestStreamedOutputIsTheCollectedOne checks that the formats written file
// by file as the workers finish give what the same format gives when the
// run keeps every finding to the end (as it does when --output is given).
func TestStreamedOutputIsTheCollectedOne(t *testing.T) {
	t.Parallel()
	bin := buildVmlint(t)
	root := repoRoot(t)
	paths := sampleTrees(t)
	for _, format := range []string{"text", "line", "github"} {
		for _, extra := range [][]string{nil, {"--min-severity", "warning"}} {
			if extra != nil && format != "text" {
				continue // the filter is the same for every streamed format
			}
			args := append([]string{"lint", "--no-config", "--format", format}, extra...)
			streamed := exec.Command(bin, append(args, paths...)...)
			streamed.Dir = root
			want, _ := streamed.Output()
			collected := exec.Command(bin, append(append(args, "--output", "json="+filepath.Join(t.TempDir(), "out.json")), paths...)...)
			collected.Dir = root
			got, _ := collected.Output()
			if len(want) == 0 || string(got) != string(want) {
				t.Errorf("%s %v: streamed output (%d bytes) differs from the collected one (%d bytes)", format, extra, len(want), len(got))
			}
		}
	}
}

// TestMemoryStaysFlat lints a tree of statement-dense documents and one five
// times larger, in several formats at once (line on standard output, json,
// sarif and markdown through --output): the larger run may take more time,
// not much more memory, as every format is written as each file is done
// and no document or finding is kept. (The peak levels off from about 50
// copies of the examples on.) A format that kept its findings would add
// its 22 MiB to the one run's peak as it did to a run of its own.
//
// The peak is measured by GNU time, which starts vmlint from a small
// process: the resource usage the go command reports for a child started
// from the test (by vfork) counts the test process's own peak as well.
func TestMemoryStaysFlat(t *testing.T) {
	t.Parallel()
	timeTool := needTool(t, "time")
	bin := buildVmlint(t)
	small, _ := exampleCopies(t, 50)
	big, _ := exampleCopies(t, 250)
	outputs := []string{"json", "sarif", "markdown"}
	peak := func(dir string) (kib int64, sizes map[string]int) {
		args := []string{"lint", "--no-config", "-j", "2", "--format", "line"}
		written := t.TempDir()
		for _, format := range outputs {
			args = append(args, "--output", format+"="+filepath.Join(written, format))
		}
		out, kib := peakOf(t, timeTool, append([]string{bin}, append(args, dir)...)...)
		sizes = map[string]int{"line": len(out)}
		for _, format := range outputs {
			info, err := os.Stat(filepath.Join(written, format))
			if err != nil {
				t.Fatal(err)
			}
			sizes[format] = int(info.Size())
		}
		return kib, sizes
	}
	// Both runs are long enough for the collector to reach its pace.
	smallPeak, smallSizes := peak(small)
	bigPeak, bigSizes := peak(big)
	for format, smallSize := range smallSizes {
		if smallSize == 0 || bigSizes[format] < 4*smallSize {
			t.Fatalf("%s: %d bytes of output for 250 copies, %d for 50", format, bigSizes[format], smallSize)
		}
	}
	t.Logf("peak RSS %d KiB for %v bytes of output, %d KiB for %v", smallPeak, smallSizes, bigPeak, bigSizes)
	if bigPeak > smallPeak+12<<10 { // keeping every finding of one format adds about 22 MiB here
		t.Errorf("peak RSS grew from %d KiB to %d KiB for five times the files", smallPeak, bigPeak)
	}
}

// TestMemoryLimitFollowsALargeFile checks the collector's policy on one
// large file: with the soft limit following the live heap, the run takes
// about the processor time it takes with no limit at all (a fixed 40 MiB
// limit took 3.5 times as long: the collector ran without pause), while
// TestMemoryStaysFlat checks that a tree of small files stays small.
func TestMemoryLimitFollowsALargeFile(t *testing.T) {
	bin := buildVmlint(t)
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "headings.md"), strings.Repeat("## Vision\n\n", 50000))
	cpu := func(env ...string) (time.Duration, int64) {
		best, peak := time.Duration(1<<62), int64(0)
		for range 2 {
			cmd := exec.Command(bin, "lint", "--no-config", "--format", "line", "headings.md")
			cmd.Dir, cmd.Env = dir, append(os.Environ(), env...)
			_ = cmd.Run()
			usage, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage)
			if !ok {
				t.Skip("no resource usage on this system")
			}
			best = min(best, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
			peak = max(peak, usage.Maxrss)
		}
		return best, peak
	}
	policy, policyPeak := cpu()
	free, freePeak := cpu("GOMEMLIMIT=off")
	t.Logf("processor time %v at %d MiB peak; with no limit %v at %d MiB", policy, policyPeak>>10, free, freePeak>>10)
	if policy > 2*free {
		t.Errorf("the soft memory limit makes a large file take %.1f times the processor time it takes with none", float64(policy)/float64(free))
	}
}

// TestFollowLiveHeap checks that after a collection the soft memory limit
// is twice the live heap, once that is over the floor.
func TestFollowLiveHeap(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(before)
	debug.SetMemoryLimit(memoryFloor)
	followLiveHeap()
	live := make([][]byte, 0, 64)
	for range 64 {
		live = append(live, make([]byte, 2<<20)) // 128 MiB in all
	}
	deadline := time.Now().Add(5 * time.Second)
	for debug.SetMemoryLimit(-1) < 2*128<<20 && time.Now().Before(deadline) {
		runtime.GC()
		time.Sleep(10 * time.Millisecond)
	}
	if got := debug.SetMemoryLimit(-1); got < 2*128<<20 {
		t.Errorf("soft limit %d MiB with 128 MiB live, want 256 MiB or more", got>>20)
	}
	runtime.KeepAlive(live)
}

// TestInspectStreams checks that inspect writes each file as it is done,
// keeping no document to the end: five times the files, about the same
// peak memory, and output that reads as one JSON report of them all.
func TestInspectStreams(t *testing.T) {
	t.Parallel()
	timeTool := needTool(t, "time") // the peak of vmlint alone (see TestMemoryStaysFlat)
	bin := buildVmlint(t)
	run := func(copies int) (kib int64) {
		dir, files := exampleCopies(t, copies)
		out, kib := peakOf(t, timeTool, bin, "inspect", "--format", "json", dir)
		var inspected struct{ Files []json.RawMessage }
		if err := json.Unmarshal(out, &inspected); err != nil || len(inspected.Files) != files {
			t.Fatalf("%d files in the report, want %d (%v)", len(inspected.Files), files, err)
		}
		return kib
	}
	small, big := run(200), run(1000)
	t.Logf("peak RSS: %d KiB for 200 copies, %d KiB for 1000", small, big)
	if big > small+32<<10 { // keeping every document took 320 MiB more here
		t.Errorf("peak RSS grew from %d KiB to %d KiB for five times the files", small, big)
	}
}

// exampleCopies writes copies of the example documents into a new folder,
// each copy in a folder of its own, and returns it and how many files it holds.
// The first copy is written; the others are hard links to it, as vmlint
// reads each path on its own and a link costs a tenth of a written file
// here (thousands of files took most of the package's test time).
func exampleCopies(t *testing.T, copies int) (dir string, files int) {
	t.Helper()
	examples, err := filepath.Glob(filepath.Join(repoRoot(t), "testdata", "examples", "*.md"))
	if err != nil || len(examples) == 0 {
		t.Fatal("no examples", err)
	}
	dir = t.TempDir()
	for i := 0; i < copies; i++ {
		if err := os.Mkdir(filepath.Join(dir, "c"+itoa3(i)), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, p := range examples {
			first, dst := filepath.Join(dir, "c"+itoa3(0), filepath.Base(p)), filepath.Join(dir, "c"+itoa3(i), filepath.Base(p))
			if i > 0 && os.Link(first, dst) == nil {
				continue
			}
			src, err := os.ReadFile(p) // the first copy, or a file system without hard links
			if err != nil {
				t.Fatal(err)
			}
			writeFile(t, dst, string(src))
		}
	}
	return dir, copies * len(examples)
}

// peakOf runs a command under GNU time (timeTool) and returns its standard
// output and its peak resident memory in KiB, whatever its exit status.
func peakOf(t *testing.T, timeTool string, command ...string) (out []byte, kib int64) {
	t.Helper()
	report := filepath.Join(t.TempDir(), "rss")
	out, _ = exec.Command(timeTool, append([]string{"-f", "%M", "-o", report}, command...)...).Output()
	data, err := os.ReadFile(report)
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(string(data)) // maybe "Command exited with non-zero status 1", then the figure
	if len(fields) == 0 {
		t.Fatalf("time wrote %q", data)
	}
	kib, err = strconv.ParseInt(fields[len(fields)-1], 10, 64)
	if err != nil {
		t.Fatalf("time wrote %q", data)
	}
	return out, kib
}

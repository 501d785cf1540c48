package main

import (
	"os/exec"
	"runtime/debug"
	"strings"
	"testing"
)

func TestVersionFromBuildInfo(t *testing.T) {
	settings := func(kv ...string) []debug.BuildSetting {
		var out []debug.BuildSetting
		for i := 0; i+1 < len(kv); i += 2 {
			out = append(out, debug.BuildSetting{Key: kv[i], Value: kv[i+1]})
		}
		return out
	}
	const rev = "262b0aba00c16dcf9ddad684cb1e3b360c2ffed5"
	for _, tt := range []struct {
		name          string
		info          *debug.BuildInfo
		version, line string
	}{
		{"release", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.3.1"}},
			"v0.3.1", "v0.3.1 (go1.26.8)"},
		{"checkout", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "v0.0.0-20261202072932-262b0aba00c1+dirty"},
			Settings: settings("vcs", "git", "vcs.revision", rev, "vcs.modified", "true")},
			"v0.0.0-20261202072932-262b0aba00c1+dirty", "v0.0.0-20261202072932-262b0aba00c1+dirty (commit " + rev + " with uncommitted changes, go1.26.8)"},
		{"commit without a module version", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs.revision", rev, "vcs.modified", "false")},
			"devel-262b0aba00c1", "devel-262b0aba00c1 (commit " + rev + ", go1.26.8)"},
		{"dirty commit", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"},
			Settings: settings("vcs.revision", rev, "vcs.modified", "true")},
			"devel-262b0aba00c1-dirty", "devel-262b0aba00c1-dirty (commit " + rev + " with uncommitted changes, go1.26.8)"},
		{"nothing recorded", &debug.BuildInfo{GoVersion: "go1.26.8", Main: debug.Module{Version: "(devel)"}},
			"dev", "dev (no version or commit recorded: build in a git clone (not a worktree) with -buildvcs=true, or install a module version, go1.26.8)"},
		{"no build information", nil, "dev", "dev (no build information)"},
	} {
		if got := versionOf(tt.info); got != tt.version {
			t.Errorf("%s: version %q, want %q", tt.name, got, tt.version)
		}
		if got := versionLine(tt.info); got != tt.line {
			t.Errorf("%s: --version %q, want %q", tt.name, got, tt.line)
		}
	}
}

// TestVersionNamesTheCommit: a binary built in a git checkout says, on
// --version, the commit it was built from.
func TestVersionNamesTheCommit(t *testing.T) {
	bin := buildVmlint(t)
	out, err := exec.Command(bin, "--version").Output()
	if err != nil || !strings.HasPrefix(string(out), "vmlint version ") {
		t.Fatalf("--version: %v, %q", err, out)
	}
	head, err := exec.Command("git", "-C", repoRoot(t), "rev-parse", "HEAD").Output()
	if err != nil {
		t.Skipf("not in a git checkout (%v): the build records no commit", err)
	}
	if strings.HasPrefix(string(out), "vmlint version dev ") {
		t.Skipf("the go command recorded no commit in the build (as in a git worktree): %s", out)
	}
	if !strings.Contains(string(out), "commit "+strings.TrimSpace(string(head))) {
		t.Errorf("--version = %q, want it to name commit %s", out, head)
	}
}

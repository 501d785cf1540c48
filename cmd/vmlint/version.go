package main

import (
	"fmt"
	"runtime/debug"
	"strings"
	"sync"

	"github.com/spf13/cobra"
)

func init() {
	cobra.AddTemplateFunc("vmlintVersion", func() string { return versionLine(buildInfo()) })
}

// buildInfo is the binary's build information, read once; nil when the
// binary has none.
var buildInfo = sync.OnceValue(func() *debug.BuildInfo {
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return nil
	}
	return info
})

// version names the build in machine-readable output (json, sarif): the
// module version; for a build from a checkout without one, "devel-" and
// the commit's first 12 hex digits, with "-dirty" for uncommitted changes;
// "dev" when the build records neither.
func version() string { return versionOf(buildInfo()) }

func versionOf(info *debug.BuildInfo) string {
	if info == nil {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	rev, dirty := vcs(info)
	if rev == "" {
		return "dev"
	}
	v := "devel-" + rev[:min(12, len(rev))]
	if dirty {
		v += "-dirty"
	}
	return v
}

// vcs returns the commit the binary was built from and whether the
// checkout had uncommitted changes, as the go command records them.
func vcs(info *debug.BuildInfo) (revision string, dirty bool) {
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	return revision, dirty
}

// versionLine is what --version prints after "vmlint version ": the
// version, then what a bug report needs to name the build: the full
// commit and whether it had uncommitted changes, and the Go version.
func versionLine(info *debug.BuildInfo) string {
	v := versionOf(info)
	if info == nil {
		return v + " (no build information)"
	}
	var notes []string
	switch rev, dirty := vcs(info); {
	case rev != "" && dirty:
		notes = append(notes, "commit "+rev+" with uncommitted changes")
	case rev != "":
		notes = append(notes, "commit "+rev)
	case v == "dev":
		notes = append(notes, "no version or commit recorded: build in a git clone (not a worktree) with -buildvcs=true, or install a module version")
	}
	notes = append(notes, info.GoVersion)
	return fmt.Sprintf("%s (%s)", v, strings.Join(notes, ", "))
}

//go:build unix

package lint_test

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the process has used, in all its threads:
// unlike the time on the clock, it does not grow while other programs
// have the processor.
func cpuTime() time.Duration {
	var u syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &u); err != nil {
		return time.Duration(time.Now().UnixNano())
	}
	return time.Duration(u.Utime.Nano() + u.Stime.Nano())
}

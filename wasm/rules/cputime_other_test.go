//go:build !linux

package rules

import "time"

// timeCPU returns the time f takes; without a per-thread CPU clock, wall
// clock time.
func timeCPU(f func()) time.Duration {
	start := time.Now()
	f()
	return time.Since(start)
}

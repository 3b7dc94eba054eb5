// Package par runs independent pieces of a build in parallel: pages are
// parsed, rendered, checked and written from several goroutines.
package par

import (
	"runtime"
	"sync/atomic"
)

// Do calls f(0) to f(n-1) from up to 2×GOMAXPROCS goroutines (enough to
// overlap the file system's waits with work) and returns the error of the
// lowest index that failed, so results do not depend on scheduling.
func Do(n int, f func(i int) error) error {
	errs := make([]error, n)
	var next atomic.Int64
	done := make(chan struct{})
	workers := min(n, 2*runtime.GOMAXPROCS(0))
	for range workers {
		go func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				errs[i] = f(i)
			}
			done <- struct{}{}
		}()
	}
	for range workers {
		<-done
	}
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

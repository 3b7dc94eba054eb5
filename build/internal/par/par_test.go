package par

import (
	"errors"
	"strconv"
	"sync/atomic"
	"testing"
)

func TestDo(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		var calls atomic.Int64
		seen := make([]bool, n)
		if err := Do(n, func(i int) error { calls.Add(1); seen[i] = true; return nil }); err != nil {
			t.Fatal(err)
		}
		if int(calls.Load()) != n {
			t.Errorf("n=%d: %d calls", n, calls.Load())
		}
		for i, ok := range seen {
			if !ok {
				t.Errorf("n=%d: f(%d) not called", n, i)
			}
		}
	}
}

func TestDoReturnsLowestError(t *testing.T) {
	err := Do(100, func(i int) error {
		if i%10 == 3 {
			return errors.New(strconv.Itoa(i))
		}
		return nil
	})
	if err == nil || err.Error() != "3" {
		t.Errorf("Do = %v, want the error of index 3", err)
	}
}

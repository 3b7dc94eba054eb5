//go:build !js

package rules

// Natively the engine is built when the package loads: checks may run on
// several goroutines at once, and a program's start-up can spare the time.
func init() { engine.complete() }

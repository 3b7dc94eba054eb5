// Package wasmbuild compiles the checker (the wasm/ folder) to WebAssembly
// with the Go toolchain, caching the result by a hash of everything that goes
// into it, so a build that changes only content or pages skips the compiler.
package wasmbuild

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Flags are the go build flags of the checker; they are part of the cache key.
var Flags = []string{"-trimpath", "-ldflags=-s -w"}

// A Toolchain is the Go installation that compiles the checker.
type Toolchain struct {
	GOROOT, Version string
}

// Find asks the go command on PATH where it lives and which release it is.
func Find() (Toolchain, error) {
	out, err := exec.Command("go", "env", "GOROOT", "GOVERSION").Output()
	if err != nil {
		return Toolchain{}, fmt.Errorf("go env: %w (is Go installed and on PATH?)", err)
	}
	f := strings.Fields(string(out))
	if len(f) != 2 {
		return Toolchain{}, fmt.Errorf("go env: unexpected output %q", out)
	}
	return Toolchain{GOROOT: f[0], Version: f[1]}, nil
}

// Compile returns the checker's .wasm for the module at root, from cacheDir
// when its inputs are unchanged. The inputs are every file under root/wasm
// except tests, go.mod, go.sum, the Go release and the flags.
func Compile(tc Toolchain, root, cacheDir string) ([]byte, error) {
	key, err := inputsHash(tc, root)
	if err != nil {
		return nil, err
	}
	// go build runs in root, so every path it is given must be absolute.
	if cacheDir, err = filepath.Abs(cacheDir); err != nil {
		return nil, err
	}
	cached := filepath.Join(cacheDir, "checker-"+key+".wasm")
	if b, err := os.ReadFile(cached); err == nil && isWasm(b) {
		return b, nil
	}
	if err := os.MkdirAll(cacheDir, 0o755); err != nil {
		return nil, err
	}
	tmp, err := os.CreateTemp(cacheDir, "checker-*.wasm.tmp")
	if err != nil {
		return nil, err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	args := append(append([]string{"build"}, Flags...), "-o", tmp.Name(), "./wasm")
	cmd := exec.Command("go", args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("compiling wasm/ for GOOS=js GOARCH=wasm: %v\n%s", err, stderr.Bytes())
	}
	if b, err := os.ReadFile(tmp.Name()); err != nil || !isWasm(b) {
		return nil, fmt.Errorf("compiling wasm/: go build wrote no WebAssembly module to %s", tmp.Name())
	}
	// Rename last so a cache entry is always a whole file.
	if err := os.Rename(tmp.Name(), cached); err != nil {
		return nil, err
	}
	return os.ReadFile(cached)
}

// isWasm reports whether b starts like a WebAssembly module.
func isWasm(b []byte) bool { return bytes.HasPrefix(b, []byte("\x00asm")) }

func inputsHash(tc Toolchain, root string) (string, error) {
	h := sha256.New()
	fmt.Fprintf(h, "%s\x00%s\x00%q\x00", tc.Version, tc.GOROOT, Flags)
	add := func(path string) error {
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(b))
		h.Write(b)
		return nil
	}
	for _, f := range []string{"go.mod", "go.sum"} {
		if err := add(filepath.Join(root, f)); err != nil && !os.IsNotExist(err) {
			return "", err
		}
	}
	err := filepath.WalkDir(filepath.Join(root, "wasm"), func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || strings.HasSuffix(path, "_test.go") || strings.Contains(path, string(filepath.Separator)+"testdata"+string(filepath.Separator)) {
			return err
		}
		return add(path)
	})
	if err != nil {
		return "", err
	}
	return hex.EncodeToString(h.Sum(nil))[:16], nil
}

package pipeline

import (
	"crypto/sha256"
	"encoding/hex"
	"hash"
	"strconv"
)

// hasher fingerprints a set of named files.
type hasher struct{ h hash.Hash }

func newHasher() *hasher { return &hasher{sha256.New()} }

func (h *hasher) add(name string, data []byte) {
	h.h.Write([]byte(name + "\x00" + strconv.Itoa(len(data)) + "\x00"))
	h.h.Write(data)
}

func (h *hasher) sum() string { return hex.EncodeToString(h.h.Sum(nil))[:16] }

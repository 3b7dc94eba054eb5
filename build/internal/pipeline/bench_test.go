package pipeline

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/connectwell/connectwell/build/internal/testtree"
)

// peakRSS resets and reads the process's peak resident memory (Linux), so a
// benchmark can report the memory a build needs as a whole, like a
// separate program would.
type peakRSS struct{}

func (peakRSS) reset() { os.WriteFile("/proc/self/clear_refs", []byte("5"), 0) }

func (peakRSS) mib() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) == 3 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

func benchBuild(b *testing.B, o Options, fresh func() Options) {
	b.Helper()
	var rss peakRSS
	rss.reset()
	bl, err := New(o)
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if fresh != nil {
			b.StopTimer()
			if bl, err = New(fresh()); err != nil {
				b.Fatal(err)
			}
			b.StartTimer()
		}
		if _, err := bl.Build(); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(rss.mib(), "peak-MiB")
}

// BenchmarkBuild builds the real guide. Cold starts with an empty cache, so
// it compiles the checker; warm is a content-only rebuild, as serve does
// after an edit (budget: under 0.3 s).
func BenchmarkBuild(b *testing.B) {
	real := func() Options {
		return Options{Root: repo, Out: filepath.Join(b.TempDir(), "public"), CacheDir: b.TempDir()}
	}
	b.Run("cold", func(b *testing.B) { benchBuild(b, real(), real) })
	b.Run("warm", func(b *testing.B) {
		o := real()
		o.CacheDir = filepath.Join(repo, ".cache")
		benchBuild(b, o, nil)
	})
}

// BenchmarkBuild1000Pages builds 1,000 generated pages of about 600 words,
// the size of set Hugo builds in about 1.35 s with 156 MiB on these machines.
func BenchmarkBuild1000Pages(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "content")
	testtree.Copy(b, "testdata/content", dir)
	for i := range 1000 {
		writeGenerated(b, dir, i)
	}
	o := Options{Root: repo, Content: dir, Out: filepath.Join(b.TempDir(), "public"), CacheDir: filepath.Join(repo, ".cache")}
	benchBuild(b, o, nil)
}

// writeGenerated writes page i: sections, lists, a table, emphasis, code and
// links to its neighbours' anchors, about 600 words.
func writeGenerated(b *testing.B, dir string, i int) {
	var s strings.Builder
	fmt.Fprintf(&s, "---\ntitle: Generated page %d\ndescription: A page made up for the benchmark, number %d.\norder: %d\n---\n\n", i, i, i+10)
	para := "A connection note is short, so every word has to earn its place. Say who you are, why you are writing and what you have in common, then sign off with your name. "
	for sec := range 6 {
		fmt.Fprintf(&s, "## Section %d of page %d {#s%d}\n\n", sec, i, sec)
		for range 2 {
			s.WriteString(strings.Repeat(para, 2) + "\n\n")
		}
		fmt.Fprintf(&s, "- a *first* point with `code`\n- a **second** point, see [the next page](/guide/gen-%d/#s%d)\n\n", (i+1)%1000, sec)
	}
	s.WriteString("| Account | Limit |\n|---|---|\n| Free | 200 |\n| Premium | 300 |\n")
	p := filepath.Join(dir, "guide", "gen-"+strconv.Itoa(i)+".md")
	if err := os.WriteFile(p, []byte(s.String()), 0o644); err != nil {
		b.Fatal(err)
	}
}

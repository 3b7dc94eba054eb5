package pipeline

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/golden.txt from the current output")

const repo = "../../.."

// fixture returns options that build the fixture content with the real
// layouts, assets and checker into a temporary folder.
func fixture(t *testing.T) Options {
	t.Helper()
	return Options{Root: repo, Content: "testdata/content", Out: filepath.Join(t.TempDir(), "public")}
}

func mustBuild(t *testing.T, o Options) *Result {
	t.Helper()
	b, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	res, err := b.Build()
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func buildErr(t *testing.T, o Options) error {
	t.Helper()
	b, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	_, err = b.Build()
	if err == nil {
		t.Fatal("build succeeded, want an error")
	}
	return err
}

// readTree returns every file under dir by slash path.
func readTree(t *testing.T, dir string) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		files[filepath.ToSlash(rel)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

var (
	hashed = regexp.MustCompile(`-[A-Z0-9]{8}\.(js|css|wasm|json)\b`)
	// The checker's rule data comes from the rules catalog, which has tests
	// of its own; masking it keeps catalog edits from churning the golden file.
	ruleData = regexp.MustCompile(`(<script type="application/json" id="checker-rules">)[^<]*(</script>)`)
)

func mask(s string) string {
	return ruleData.ReplaceAllString(hashed.ReplaceAllString(s, "-HASH.$1"), "${1}RULES${2}")
}

// TestGolden builds the fixture site and compares every page and text file
// with testdata/golden.txt. Content hashes are masked, so a change to the
// scripts, styles or rules does not churn the golden file; a change to what
// the build writes does. Run go test -update to accept a change.
func TestGolden(t *testing.T) {
	o := fixture(t)
	mustBuild(t, o)
	files := readTree(t, o.Out)
	var names []string
	for n := range files {
		names = append(names, n)
	}
	// In the order of the masked names: sorting by the hashed ones would let
	// a content hash reorder the file.
	masked := func(n string) string { return hashed.ReplaceAllString(n, "-HASH.$1") }
	sort.Slice(names, func(i, j int) bool { return masked(names[i]) < masked(names[j]) })
	var got strings.Builder
	for _, n := range names {
		name := masked(n)
		switch filepath.Ext(n) {
		case ".html", ".xml", ".txt", ".webmanifest", ".svg", ".json":
			got.WriteString("==> " + name + "\n" + mask(files[n]) + "\n")
		default: // bundled code: its name is enough
			got.WriteString("==> " + name + " (not shown)\n")
		}
	}
	golden := filepath.Join("testdata", "golden.txt")
	if *update {
		if err := os.WriteFile(golden, []byte(got.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got.String() != string(want) {
		t.Errorf("output differs from %s (go test -update to accept):\n%s", golden, diff(string(want), got.String()))
	}
}

// diff shows the first lines that differ.
func diff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return "line " + strconv.Itoa(i+1) + ":\n- " + wl + "\n+ " + gl
		}
	}
	return ""
}

// The search's script and index are precached, so search works offline.
func TestSearchIndexPrecached(t *testing.T) {
	o := fixture(t)
	mustBuild(t, o)
	files := readTree(t, o.Out)
	sw := files["sw.js"]
	for name := range files {
		if strings.HasPrefix(name, "assets/search-") && !strings.Contains(sw, `"/fixture/`+name+`"`) {
			t.Errorf("sw.js does not precache %s", name)
		}
	}
	if !strings.Contains(files["index.html"], `data-index="/fixture/assets/search-`) {
		t.Error("pages do not say where the search index is")
	}
}

//go:build !js

package rules

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"gopkg.in/yaml.v3"
)

// A corpusNote is one labelled note of testdata/corpus; see its README.
type corpusNote struct {
	ID      string `yaml:"id"`
	Lang    string `yaml:"lang"`
	Note    string `yaml:"note"`
	Options struct {
		Name         string `yaml:"name"`
		Relationship string `yaml:"relationship"`
		Account      string `yaml:"account"`
	} `yaml:"options"`
	Fire    []string `yaml:"fire"`
	Either  []string `yaml:"either"`
	Verdict Verdict  `yaml:"verdict"`
	Why     string   `yaml:"why"`

	part string // "tune" or "holdout"
	file string // path:line, for messages
}

func (n *corpusNote) options() Options {
	return Options{
		Name:         n.Options.Name,
		Relationship: Relationship(n.Options.Relationship),
		Account:      Account(n.Options.Account),
	}
}

// corpusParts are the corpus's two parts: the one the rules are tuned on and
// the one nobody tunes on.
var corpusParts = []string{"tune", "holdout"}

// loadCorpus reads every note of testdata/corpus, failing the test on a file
// that does not parse.
func loadCorpus(t testing.TB) []*corpusNote {
	t.Helper()
	var all []*corpusNote
	for _, part := range corpusParts {
		files, err := filepath.Glob(filepath.Join("testdata", "corpus", part, "*.yaml"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var doc yaml.Node
			if err := yaml.Unmarshal(data, &doc); err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if len(doc.Content) == 0 {
				continue
			}
			list := doc.Content[0]
			if list.Kind != yaml.SequenceNode {
				t.Fatalf("%s: want a list of notes", f)
			}
			for _, item := range list.Content {
				n := &corpusNote{part: part, file: f + ":" + itoa(item.Line)}
				if err := item.Decode(n); err != nil {
					t.Fatalf("%s: %v", n.file, err)
				}
				n.Note = strings.TrimRight(n.Note, "\n") // a block scalar's final line break is YAML's, not the note's
				all = append(all, n)
			}
		}
	}
	return all
}

// TestCorpusWellFormed checks the corpus's labels: known rules and options,
// unique ids, a verdict, and a too-long label that agrees with the length.
func TestCorpusWellFormed(t *testing.T) {
	notes := loadCorpus(t)
	known := map[string]bool{}
	for _, r := range Catalog() {
		known[r.ID] = true
	}
	ids := map[string]string{}
	for _, n := range notes {
		where := n.file + " (" + n.ID + ")"
		if n.ID == "" {
			t.Errorf("%s: no id", where)
		} else if prev, ok := ids[n.ID]; ok {
			t.Errorf("%s: id also used at %s", where, prev)
		}
		ids[n.ID] = n.file
		if len(n.Lang) != 2 || strings.ToLower(n.Lang) != n.Lang {
			t.Errorf("%s: lang %q is not a two-letter ISO 639-1 code", where, n.Lang)
		}
		if strings.TrimSpace(n.Note) == "" {
			t.Errorf("%s: empty note", where)
		}
		if _, ok := ParseRelationship(n.Options.Relationship); !ok {
			t.Errorf("%s: unknown relationship %q", where, n.Options.Relationship)
		}
		if _, ok := ParseAccount(n.Options.Account); !ok {
			t.Errorf("%s: unknown account %q", where, n.Options.Account)
		}
		switch n.Verdict {
		case Ready, Revise, DoNotSend:
		default:
			t.Errorf("%s: verdict %q (want ready, revise or do-not-send)", where, n.Verdict)
		}
		for _, id := range append(slices.Clone(n.Fire), n.Either...) {
			if !known[id] {
				t.Errorf("%s: unknown rule %q", where, id)
			}
		}
		for _, id := range n.Fire {
			if slices.Contains(n.Either, id) {
				t.Errorf("%s: %s is in both fire and either", where, id)
			}
		}
		length := len(utf16.Encode([]rune(n.Note)))
		opts := n.options()
		opts.normalize()
		over := length > opts.Account.Limit()
		if over != slices.Contains(n.Fire, "too-long") {
			t.Errorf("%s: the note is %d characters (limit %d) but too-long is %s", where, length,
				opts.Account.Limit(), map[bool]string{true: "listed", false: "not listed"}[!over])
		}
	}
}

// TestCorpusLanguages checks language detection against the corpus's
// labels: a note judged in the wrong language gets the wrong cues.
func TestCorpusLanguages(t *testing.T) {
	notes := loadCorpus(t)
	wrong := 0
	for _, n := range notes {
		if got := Check(n.Note, n.options()).Language; got != n.Lang {
			wrong++
			t.Logf("%s: detected %q, labelled %q", n.file, got, n.Lang)
		}
	}
	// Short notes ("Hallo du, cooles Profil!") can be too short to tell.
	if len(notes) > 0 && wrong*100 > len(notes)*2 {
		t.Errorf("language detection disagrees with the labels on %d of %d notes (over 2%%)", wrong, len(notes))
	}
}

// TestCorpusFixes checks what every fix promises on every note of the corpus.
func TestCorpusFixes(t *testing.T) {
	fixes := 0
	for _, n := range loadCorpus(t) {
		fixes += checkFixes(t, n.Note, n.options())
	}
	t.Logf("%d fixes", fixes)
}

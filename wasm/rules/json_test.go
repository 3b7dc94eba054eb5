package rules

import (
	"bytes"
	"encoding/json"
	"testing"
)

// TestAppendJSON checks that AppendJSON writes exactly what encoding/json
// writes for Plain, so the bridge and the command cannot disagree.
func TestAppendJSON(t *testing.T) {
	notes := []struct {
		text string
		opts Options
	}{
		{"", Options{}},
		{"Hi <Company> & [Name], \"quoted\" \\ back\tslash\x00\x1f\b\f \u2028\u2029 é 🎉🎉🎉", Options{Name: "Zoë\xff<&>"}},
		{"Hi Sarah, are you hiring?? https://x.io/a", Options{Name: "R\u2028achel\x01", Account: Premium, Relationship: Met}},
	}
	for _, r := range Catalog() {
		for _, ex := range append(r.Bad, r.Good...) {
			notes = append(notes, struct {
				text string
				opts Options
			}{ex.Note, ex.Options})
		}
	}
	for _, n := range notes {
		checkJSON(t, Check(n.text, n.opts))
	}
}

func checkJSON(t *testing.T, r Report) {
	t.Helper()
	want, err := json.Marshal(r.Plain())
	if err != nil {
		t.Fatal(err)
	}
	if got := r.AppendJSON(nil); !bytes.Equal(got, want) {
		t.Errorf("AppendJSON differs from encoding/json\n got %s\nwant %s", got, want)
	}
}

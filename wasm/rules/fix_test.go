package rules

import (
	"math/rand/v2"
	"slices"
	"testing"
	"unicode/utf16"
)

// TestFixes checks each rule's fix on a note it should mend.
func TestFixes(t *testing.T) {
	tests := []struct {
		note  string
		opts  Options
		rule  string
		title string
		want  string
	}{
		{"I'd like to add you to my professional network on LinkedIn.", Options{Name: "Priya"}, "default-message", "Replace with a note of your own",
			"Hi Priya, I'm a [your role] at [where you work] and I read your [post or talk] on [topic]. I'd love to hear [your question about their work]."},
		{"Hi Ana, I'd like to add you to my professional network on LinkedIn. I loved your talk on Go generics at GopherCon; I'm a backend dev at Klarna.", Options{}, "default-message", "Remove the stock line",
			"Hi Ana, I loved your talk on Go generics at GopherCon; I'm a backend dev at Klarna."},
		{"Me gustaría añadirte a mi red profesional en LinkedIn.", Options{}, "default-message", "Replace with a note of your own",
			"Hola [nombre], soy [tu puesto] en [tu empresa] y leí tu [publicación o charla] sobre [tema]. Me encantaría saber [tu pregunta sobre su trabajo]."},
		{"Hi Sarah, I'm a data analyst at Monzo and enjoyed your talk on fraud models.", Options{Name: "Rachel"}, "wrong-name", "Greet Rachel by name",
			"Hi Rachel, I'm a data analyst at Monzo and enjoyed your talk on fraud models."},
		{"Dear Sir/Madam, I am a chartered accountant in Karachi and enjoyed your article on IFRS 17.", Options{Name: "Amina"}, "generic-salutation", "Greet Amina by name",
			"Dear Amina, I am a chartered accountant in Karachi and enjoyed your article on IFRS 17."},
		{"Loved your article on community solar in Kenya. I'm an energy analyst in Nairobi.", Options{Name: "Katrin"}, "no-greeting", "Greet Katrin by name",
			"Hi Katrin,\nLoved your article on community solar in Kenya. I'm an energy analyst in Nairobi."},
		{"Hi [first name], I'm a UX researcher at Klarna and loved your talk at Config.", Options{Name: "Jo"}, "placeholder", "Fill in Jo",
			"Hi Jo, I'm a UX researcher at Klarna and loved your talk at Config."},
		{"Hi Jake, I LOVED your talk on React performance at JSConf!!! 🔥🔥🔥 I'm a front-end dev in Austin.", Options{}, "shouting", "Calm the shouting",
			"Hi Jake, I loved your talk on React performance at JSConf! 🔥 I'm a front-end dev in Austin."},
		{"Hi Ravi, I'm a motion designer in Kochi and loved your Kerala titles. My reel: https://vimeo.com/ravi-motion", Options{}, "link", "Remove the sentence with the link",
			"Hi Ravi, I'm a motion designer in Kochi and loved your Kerala titles."},
		{"Hi Marcus, impressive background! I'm a finance student at NYU and loved your talk at the CFA forum.", Options{}, "vague-compliment", "Say what impressed you",
			"Hi Marcus, impressive background (especially [what impressed you])! I'm a finance student at NYU and loved your talk at the CFA forum."},
		{"Hi Daniel, I'm the founder of LeadLoop and loved your post on outbound. Can I book a 15-minute demo this week?", Options{}, "sales-pitch", "Remove the pitch",
			"Hi Daniel, I'm the founder of LeadLoop and loved your post on outbound."},
		{"Hi Priya, I hope this message finds you well. I just wanted to reach out to say that I really enjoyed your talk on streaming joins at Berlin Buzzwords last week. I am a data engineer at Zalando and I am working on a similar pipeline.\n\nBest regards,\nMarco", Options{}, "too-long", "Shorten to fit (75 characters fewer)",
			"Hi Priya, I really enjoyed your talk on streaming joins at Berlin Buzzwords last week. I am a data engineer at Zalando and I am working on a similar pipeline.\n\nBest regards,\nMarco"},
	}
	for _, tc := range tests {
		r := Check(tc.note, tc.opts)
		f := findRule(r, tc.rule)
		if f == nil {
			t.Errorf("%q: no %s finding\n%s", tc.note, tc.rule, describe(r))
			continue
		}
		i := slices.IndexFunc(f.Fixes, func(x Fix) bool { return x.Title == tc.title })
		if i < 0 {
			t.Errorf("%q: no fix %q among %+v", tc.note, tc.title, f.Fixes)
			continue
		}
		if got, ok := f.Fixes[i].Apply(tc.note); !ok || got != tc.want {
			t.Errorf("%q: %s gives\n%q, want\n%q", tc.note, tc.title, got, tc.want)
		}
	}
}

// TestNoFix checks that rules without an honest fix offer none.
func TestNoFix(t *testing.T) {
	r := Check("Hi Ana, you have a beautiful smile. We've never met. Would you like to chat?", Options{Name: "Ana"})
	for _, f := range r.Findings {
		if len(f.Fixes) > 0 && FixDoc(f.Rule) == "" {
			t.Errorf("%s offers a fix but documents none", f.Rule)
		}
		switch f.Rule {
		case "too-personal", "never", "closed-question", "no-reason", "no-introduction", "no-common-ground":
			if len(f.Fixes) > 0 {
				t.Errorf("%s offers %+v", f.Rule, f.Fixes)
			}
		}
	}
}

// TestFixProperties checks, on every catalog example, what every fix
// promises (TestCorpusFixes does the same on the corpus).
func TestFixProperties(t *testing.T) {
	var notes []Example
	for _, r := range Catalog() {
		notes = append(notes, r.Bad...)
		notes = append(notes, r.Good...)
	}
	fixes := 0
	for _, ex := range notes {
		fixes += checkFixes(t, ex.Note, ex.Options)
	}
	if fixes < 30 {
		t.Errorf("only %d fixes offered on %d notes", fixes, len(notes))
	}
}

// checkFixes checks a note's fixes: each removes its finding and adds no
// finding but a placeholder, no edit splits a character, and the first fixes
// of all findings give the same text in any order. It returns how many fixes
// there were.
func checkFixes(t *testing.T, text string, opts Options) int {
	t.Helper()
	r := Check(text, opts)
	had := map[string]bool{}
	for _, f := range r.Findings {
		had[f.Rule] = true
	}
	units := utf16.Encode([]rune(text))
	n := 0
	var firsts []Fix
	for _, f := range r.Findings {
		for k, x := range f.Fixes {
			n++
			for _, e := range x.Edits {
				for _, at := range []int{e.Start, e.End} {
					if at < 0 || at > len(units) || at > 0 && at < len(units) && units[at] >= 0xDC00 && units[at] < 0xE000 {
						t.Fatalf("%q: %s fix %q splits a character at %d", text, f.Rule, x.Title, at)
					}
				}
			}
			out, ok := x.Apply(text)
			if !ok {
				t.Fatalf("%q: %s fix %q does not apply: %+v", text, f.Rule, x.Title, x.Edits)
			}
			for _, g := range Check(out, opts).Findings {
				if g.Rule == f.Rule || !had[g.Rule] && g.Rule != "placeholder" {
					t.Fatalf("%q: %s fix %q gives %q with a %s finding", text, f.Rule, x.Title, out, g.Rule)
				}
			}
			if k == 0 {
				firsts = append(firsts, x)
			}
		}
	}
	want, ok := ApplyFixes(text, r)
	if !ok {
		t.Fatalf("%q: ApplyFixes fails", text)
	}
	for range 3 {
		rand.Shuffle(len(firsts), func(i, j int) { firsts[i], firsts[j] = firsts[j], firsts[i] })
		if got := applyInOrder(text, firsts); got != want {
			t.Fatalf("%q: fixes in another order give\n%q, not\n%q", text, got, want)
		}
	}
	return n
}

// applyInOrder applies fixes one after another, moving each later edit by
// what the earlier ones added or removed before it.
func applyInOrder(text string, fixes []Fix) string {
	type done struct{ at, delta int }
	var applied []done
	for _, x := range fixes {
		var moved []Edit
		for _, e := range x.Edits {
			shift := 0
			for _, d := range applied {
				if d.at <= e.Start {
					shift += d.delta
				}
			}
			moved = append(moved, Edit{Start: e.Start + shift, End: e.End + shift, Text: e.Text})
		}
		out, ok := applyEdits(text, moved)
		if !ok {
			return "<does not apply>"
		}
		text = out
		for _, e := range x.Edits {
			applied = append(applied, done{e.End, len(utf16.Encode([]rune(e.Text))) - (e.End - e.Start)})
		}
	}
	return text
}

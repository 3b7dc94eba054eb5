package rules

import "testing"

// allPatterns returns every compiled pattern: indexed ones and those tried
// directly (exceptions, greetings).
func allPatterns() []*pattern {
	engine.complete() // in WebAssembly, the first check may not have run yet
	var ps []*pattern
	for _, refs := range engine.byWord {
		for _, r := range refs {
			ps = append(ps, r.pat)
		}
	}
	for _, r := range engine.numRefs {
		ps = append(ps, r.pat)
	}
	for _, r := range engine.urlRefs {
		ps = append(ps, r.pat)
	}
	for _, nd := range engine.trie.nodes {
		refs := nd.refs
		for _, r := range refs {
			ps = append(ps, r.pat)
		}
	}
	var walk func(m matcher)
	walk = func(m matcher) {
		switch m := m.(type) {
		case *anyOfMatcher:
			for _, x := range m.ms {
				walk(x)
			}
		case *intentMatcher:
			for _, ex := range m.except {
				for i := range ex {
					ps = append(ps, &ex[i])
				}
			}
		case *requiredMatcher:
			for _, ex := range m.except {
				for i := range ex {
					ps = append(ps, &ex[i])
				}
			}
		case *phraseMatcher:
			for i := range m.except {
				ps = append(ps, &m.except[i])
			}
			for i := range m.unless {
				ps = append(ps, &m.unless[i])
			}
		}
	}
	for _, r := range engine.rules {
		walk(r.m)
	}
	g := &engine.greet
	for _, list := range [][]pattern{g.whole, g.openers, g.dears, g.generics, g.dearGenerics, g.pets, g.petsLower, g.given, g.thanks} {
		for i := range list {
			ps = append(ps, &list[i])
		}
	}
	return ps
}

// TestPatternWords checks that every word in every pattern is written the
// way the tokenizer folds words (lower case, no accents, straight
// apostrophes) and is one token, so that it can match at all.
//
// One doc serves every word: the patterns spell out their word classes,
// so they hold a great many words, and a fresh doc for each made garbage
// faster than Go's collector, which in WebAssembly runs only when the test
// yields, could take it back (the WebAssembly run once grew past its 4 GB
// here).
func TestPatternWords(t *testing.T) {
	var d doc
	for _, p := range allPatterns() {
		for _, e := range p.elems {
			for _, list := range [2][]string{e.words, e.prefixes} {
				for _, w := range list {
					tokenize(&d, w)
					if len(d.toks) != 1 || d.toks[0].norm != w {
						t.Errorf("pattern %q: %q is not one folded word", p.src, w)
					}
				}
			}
		}
	}
}

func TestPatternMatching(t *testing.T) {
	tests := []struct {
		pattern, text string
		want          int // tokens matched from the first, or -1
	}{
		{"add you to my (professional|linkedin)? network", "add you to my network", 5},
		{"add you to my (professional|linkedin)? network", "Add you to my LinkedIn network", 6},
		{"add you to my (professional|linkedin)? network", "add you to my own network", -1},
		{"congrat* on", "Congratulations on", 2},
		{"(book|schedule) a (quick|#)? (minute|min)? call", "book a 15-minute call", 5},
		{"(we|i) can help ... grow", "we can help your small team grow", 7},
		{"(we|i) can help ... grow", "we can help you. grow", -1},
		{"^ (do|are) you", "do you", 2},
		{"hi ,? (babe|dear) $", "hi, dear!", 3},
		{"hi ,? (babe|dear) $", "hi dear Ana", -1},
		{"(sir|madam) (/|or) (sir|madam)", "Sir/Madam", 3},
		{"# % off", "20% off", 3},
		{"i'm N", "I’m Kwame", 2},
		{"i'm N", "I'm happy", -1},
		{"never", "Nevertheless", -1},
		{"(thanks|thank) (you)? for", "tks u for", 3},
		{"voce (tambem|tambien)", "vc tb", 2},
		{"your post", "ur post", 2},
		{"site ... :? U", "site here: www.example.fr", 4},
		{"site ... :? U", "site is great", -1},
		{"ihnen N", "Ihnen Sie", -1}, // a capitalised German pronoun is no name
		{"ihnen N", "Ihnen Meyer", 2},
		// A quoted title stands for one word, for _ and for a gap.
		{"your _ teardown", "your 'Pricing Pages That Don't Suck' teardown", 9},
		{"your _? teardown", "your 'Pricing Pages' teardown", 6},
		{"your ... (on|about)", `your "Day in the life" series on`, 9},
		{"your _ teardown", "your ' teardown", -1},
		{"your _ teardown", "your 'open quote teardown", -1},
	}
	for _, tc := range tests {
		// A lexicon of its own, so the test adds no words to the engine's;
		// with the short forms of typing ("u" for "you").
		e := newEngine()
		p := compilePattern(tc.pattern)
		e.link(&p)
		var d doc
		e.read(&d, tc.text)
		end, ok := d.match(&p, 0)
		if !ok {
			end = -1
		}
		if end != tc.want {
			t.Errorf("%q on %q: matched %d tokens, want %d", tc.pattern, tc.text, end, tc.want)
		}
	}
}

func TestPatternVariants(t *testing.T) {
	p := compilePattern("(currently)? job (hunting|seeking)")
	vs := p.variants(nil)
	if len(vs) != 2 || len(vs[0].elems) != 3 || len(vs[1].elems) != 2 {
		t.Fatalf("variants of an optional first word: %d", len(vs))
	}
	for _, src := range []string{"(a|b c)", "_ x", "... x", "N here"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%q: want a panic for an invalid pattern", src)
				}
			}()
			p := compilePattern(src)
			p.lead()
		}()
	}
}

func TestAddressKind(t *testing.T) {
	tests := []struct {
		run  string
		want tokKind
	}{
		{"https://example.com", tURL}, {"http://x", tURL}, {"ftp://a.b", tURL}, {"https://", 0},
		{"www.acme.dk", tURL}, {"WWW.Acme.dk", tURL},
		{"calendly.com/ana", tURL}, {"omar.design/work", tURL}, {"bit.ly/x", tURL}, {"Acme.io/jobs?x=1", tURL},
		{"acme.com", tURL}, {"jenskaplan.dk", tURL}, {"calendhub.io", tURL}, {"pixelnorte.com.br", tURL}, {"socket.io", 0}, {"Booking.com", 0}, {"ASP.NET", 0},
		{"Node.js", 0}, {"node.js", 0}, {"e.g", 0}, {"3.5", 0}, {"a..com", 0}, {"a.-b.com", 0}, {".a.com", 0}, {"x@.a.com", 0},
		{"maria@example.org", tEmail}, {"maria@example.org/x", 0}, {"@home.com", 0}, {"a@b", 0},
	}
	for _, tc := range tests {
		if got := addressKind(tc.run); got != tc.want {
			t.Errorf("addressKind(%q) = %d, want %d", tc.run, got, tc.want)
		}
	}
}

// TestPatternLedByAMark checks that a pattern beginning with a mark is
// indexed under the mark, as one beginning with a word is under the word:
// a pattern no word or mark leads would compile and never be tried.
func TestPatternLedByAMark(t *testing.T) {
	for _, src := range []string{"? (any|some) luck", "^ ! ! hello"} {
		e := &engineData{}
		e.index([]string{src}, 0, 0)
		n := 0
		for _, refs := range e.byWord {
			n += len(refs)
		}
		if n == 0 {
			t.Errorf("%q: not indexed under its first mark", src)
		}
	}
}

package rules

import "testing"

// TestVietnameseNotModelled checks that Vietnamese, whose folded words look
// like Portuguese function words, is not taken for a modelled language,
// while a Vietnamese name in a note in another language changes nothing.
func TestVietnameseNotModelled(t *testing.T) {
	tests := []langTest{
		{"Chào anh Minh, em là kỹ sư phần mềm ở Hà Nội. Em rất muốn kết nối với anh để học hỏi thêm về ngành logistics.", ""},
		{"Em chào chị Lan, em đã đọc bài viết của chị về quản lý dự án và rất muốn kết nối.", ""},
		{"Hi Nguyễn Đức, I'm an engineer in Hanoi and loved your talk on edge caching.", "en"},
		{"Bonjour Đức, je suis ingénieur à Hanoï et j'ai lu votre article.", "fr"},
	}
	checkLanguages(t, tests)
}

// TestShortNoteLanguages checks that a short note with one telling word and
// one shared by a few languages is placed, so that its missing-element rules
// and advice follow its language rather than falling silent.
func TestShortNoteLanguages(t *testing.T) {
	tests := []langTest{
		{"Hola Ana, me encanta tu perfil.", "es"},
		{"Qué perfil tan inspirador 👏 admiro mucho tu carrera. Conectemos!", "es"},
		{"Hola Pedro, ¿conectamos? Vi tu charla en Madrid.", "es"},
		{"Oi Ana, adorei seu post sobre design.", "pt"},
		{"Olá João, vi sua palestra ontem, muito boa!", "pt"},
		{"Bonjour Paul, super conf hier, merci !", "fr"},
		{"Salut Léa, ton article m'a beaucoup plu.", "fr"},
		{"Hallo Jan, toller Vortrag gestern!", "de"},
		{"Hey Sam, loved your post on Go generics.", "en"},
		{"Ciao Marco, bel talk ieri!", "it"},
		// Casual asks to accept: the verb, a pronoun shared by three
		// languages, and little else.
		{"Hola, ¿me aceptas? 🙂", "es"},
		{"Oye crack, acepta!", "es"},
		{"Oi, me aceita?", "pt"},
		{"Olá Vasco, podemos conversar?", "pt"},
		{"E aí, beleza? Aceita aí", "pt"},
		{"Salut, tu acceptes ? stp", "fr"},
		{"Hallo, nimmst du an?", "de"},
		{"Na Kumpel, alles fit? Nimm mal an 😎", "de"},
		{"Hallo Ute, tolle Karriere! Weiter so.", "de"},
		{"Hallo, Kontakt?", "de"},
		{"Yo bro!! add me up lets get this bread", "en"},
	}
	checkLanguages(t, tests)
}

// TestGermanWithoutUmlauts checks that German typed with ae, oe and ue for
// ä, ö and ü reads as the folded words, and that names do not change.
func TestGermanWithoutUmlauts(t *testing.T) {
	tests := []struct {
		w, want string
		ok      bool
	}{
		{"moechte", "mochte", true},
		{"hinzufuegen", "hinzufugen", true},
		{"gruesse", "grusse", true},
		{"faehigkeiten", "fahigkeiten", true},
		{"netzwerk", "netzwerk", false},
	}
	for _, tc := range tests {
		if got, ok := withoutUmlautE(tc.w); got != tc.want || ok != tc.ok {
			t.Errorf("withoutUmlautE(%q) = %q, %v; want %q, %v", tc.w, got, ok, tc.want, tc.ok)
		}
	}
	// The recipient's name stays as typed: no wrong-name for "Joel".
	r := Check("Hallo Joel, ich habe deinen Vortrag über Rust gesehen und fand ihn sehr gut. Ich bin Entwickler in Wien.", Options{Name: "Joel"})
	for _, f := range r.Findings {
		if f.Rule == "wrong-name" || f.Rule == "no-greeting" {
			t.Errorf("a greeting of Joel: %s: %s", f.Rule, f.Message)
		}
	}
}

// TestGermanCompounds checks that an unknown German compound reads as its
// last part, and that a verb's prefix or a false head does not split off.
func TestGermanCompounds(t *testing.T) {
	e := engine
	tests := []struct{ word, as string }{
		{"Versicherungsmakler", "makler"},
		{"Werkstudentenstelle", "stelle"},
		{"Buchhaltungssoftware", "software"},
		{"Entscheidung", ""}, // ent- is a prefix, not a word
		{"Mittelstand", ""},  // no trade-fair stand
		{"Nachfolge", ""},    // no podcast episode
	}
	for _, tc := range tests {
		var d doc
		e.read(&d, "Hallo Anna, das ist die "+tc.word+" von der ich sprach.")
		e.reread(&d, "anna", langDE)
		var got string
		for _, tk := range d.toks {
			if tk.norm == foldName(tc.word) && tk.wid >= 0 {
				got = e.lexicon.words[tk.wid]
			}
		}
		if got != tc.as {
			t.Errorf("%s reads as %q, want %q", tc.word, got, tc.as)
		}
	}
}

type langTest struct{ note, lang string }

// checkLanguages checks the language Check detects in each note.
func checkLanguages(t *testing.T, tests []langTest) {
	t.Helper()
	for _, tc := range tests {
		if got := Check(tc.note, Options{}).Language; got != tc.lang {
			t.Errorf("%q: language %q, want %q", tc.note, got, tc.lang)
		}
	}
}

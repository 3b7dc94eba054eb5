package rules

import "testing"

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Hi Ana. I'm a nurse in Leeds!", 2},
		{"Dr. Okafor, I loved the talk", 1},                                   // a title's dot
		{"Is the team in St. Gallen growing? I'm in Zürich.", 2},              // a saint's, before a place
		{"Salut Manon ! J'ai vu ton post 😔 Moi j'ai trouvé une solution.", 3}, // an emoji as a full stop
		{"Great talk 🔥 thanks for the slides", 1},                             // but not before a lower-case word
		{"Hi Ana 👋", 1},
		{"Line one\nLine two", 2},
	}
	for _, tc := range tests {
		var d doc
		engine.read(&d, tc.text)
		if got := len(d.sents); got != tc.want {
			t.Errorf("%q: %d sentences, want %d", tc.text, got, tc.want)
		}
	}
}

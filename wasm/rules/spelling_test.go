package rules

import "testing"

// Spellings of one name meet; other names, and the same name with another
// ending, stay apart.
func TestSpelling(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		same bool
	}{
		{"matthias", "mathias", true},
		{"sarah", "sara", true},
		{"thiago", "tiago", true},
		{"lukas", "lucas", true},
		{"tariq", "tarik", true},
		{"katarzyna", "katarzina", true},
		{"camilla", "camila", true},
		{"daniel", "daniela", false},
		{"marina", "mariana", false},
		{"karin", "katrin", false},
		{"alma", "alba", false},
		{"gabriel", "gabriela", false},
		{"helena", "elena", false}, // a leading h is kept: another name
	} {
		if got := spelling(tc.a) == spelling(tc.b); got != tc.same {
			t.Errorf("spelling(%q) == spelling(%q) is %v, want %v", tc.a, tc.b, got, tc.same)
		}
	}
}

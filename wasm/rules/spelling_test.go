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

// Pet forms of a name are the name; other names sharing a beginning are not.
func TestPetForm(t *testing.T) {
	for _, tc := range []struct {
		greet, name string
		same        bool
	}{
		{"mathou", "mathilde", true},
		{"pedrao", "pedro", true},
		{"juanito", "juan", true},
		{"guigui", "guillaume", true},
		{"juju", "julien", true},
		{"nachooo", "ignacio", true},
		{"pablooo", "pablo", true},
		{"ross", "rosa", false},
		{"simao", "simone", false},
		{"bill", "bilal", false},
		{"kati", "katrin", true},
		{"marla", "maria", false},
		{"karin", "katrin", false},
		{"stefanie", "stefan", false},
		{"lolo", "maria", false},
		{"ollie", "oliver", true},
		{"robbie", "robert", true},
		{"aninha", "ana", true},
		{"manou", "manon", true},
		{"davo", "dave", true},
		{"babs", "babajide", true},
		{"megs", "megan", true},
		{"mario", "maria", false},
		{"andres", "andrea", false},
		{"lucho", "luciano", true},
		{"pepa", "josefa", true},
		{"julie", "julien", false},
		{"stefanie", "stefan braun", false},
		{"anita", "anjali", false},
		{"anita", "ana", true},
		{"daniel", "daniela souza", false},
		{"jo", "joanna smith", true},
		{"y", "carmen", false}, // a stem of nothing is no pet form
	} {
		if got := sameName(tc.greet, tc.name) || nickname(tc.greet, tc.name); got != tc.same {
			t.Errorf("%q for %q: same name %v, want %v", tc.greet, tc.name, got, tc.same)
		}
	}
}

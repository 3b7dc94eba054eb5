package checkcmd

import (
	"strings"

	"github.com/connectwell/connectwell/wasm/rules"
)

// settings are what the notes are checked with. Each comes from its flag,
// else from the config file, else takes its default; a nil field was not
// given. Values are checked where they are read (flags or file), so that the
// error can say where the bad one came from.
type settings struct {
	account, name, relationship *string
	disable                     []string // nil when not given; empty turns every rule back on
}

// override returns s with the settings o gives put in place of s's.
func (s settings) override(o settings) settings {
	if o.account != nil {
		s.account = o.account
	}
	if o.name != nil {
		s.name = o.name
	}
	if o.relationship != nil {
		s.relationship = o.relationship
	}
	if o.disable != nil {
		s.disable = o.disable
	}
	return s
}

// options returns the engine's options for the settings, already checked.
func (s settings) options() rules.Options {
	var o rules.Options
	if s.account != nil {
		o.Account, _ = rules.ParseAccount(*s.account)
	}
	if s.name != nil {
		o.Name = strings.TrimSpace(*s.name)
	}
	if s.relationship != nil {
		o.Relationship, _ = rules.ParseRelationship(*s.relationship)
	}
	o.Disable = s.disable
	return o
}

// wantAccount says what --account and account: accept.
const wantAccount = "free or premium"

// validAccount reports whether s names an account. Unlike
// rules.ParseAccount, it refuses "", which a user types only by mistake.
func validAccount(s string) bool {
	_, ok := rules.ParseAccount(s)
	return ok && s != ""
}

func wantRelationship() string { return "one of " + joined(rules.Relationships()) }

func validRelationship(s string) bool {
	_, ok := rules.ParseRelationship(s)
	return ok && s != ""
}

// wantRule lists the rule ids, for an error about one that is not.
func wantRule() string {
	var ids []string
	for _, r := range rules.Catalog() {
		ids = append(ids, r.ID)
	}
	return "one of " + strings.Join(ids, ", ")
}

// knownRule reports whether id is a rule's id. The engine ignores unknown
// ids in Options.Disable, so a misspelt one would silently disable nothing.
func knownRule(id string) bool {
	_, ok := rules.Lookup(id)
	return ok
}

// ruleList is the value of --disable: rule ids separated by commas, from any
// number of flags.
type ruleList []string

func (l *ruleList) String() string { return strings.Join(*l, ",") }

func (l *ruleList) Set(s string) error {
	if *l == nil {
		*l = ruleList{} // given, even as --disable= to turn every rule back on
	}
	for _, id := range strings.Split(s, ",") {
		if id = strings.TrimSpace(id); id != "" {
			*l = append(*l, id)
		}
	}
	return nil
}

func joined[T ~string](vs []T) string {
	s := make([]string, len(vs))
	for i, v := range vs {
		s[i] = string(v)
	}
	return strings.Join(s, ", ")
}

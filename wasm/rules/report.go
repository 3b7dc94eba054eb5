// Package rules checks a LinkedIn connection-request note against the etiquette
// the connectwell guide teaches.
//
// Check returns a Report: the note's length against the account's limit, a
// score, a verdict, and findings that say what to change and point at the
// words concerned. Catalog and Lookup describe every rule with example notes
// that must and must not trigger it; the tests and the site's rules page are
// built from those examples.
//
// The design follows the Vale prose linter. A few kinds of check are written
// once, in kinds.go: phrases judged in context, an element the note must
// contain, the length limit, the greeting, and shapes such as links and
// template blanks. Each rule in catalog.go is plain data of one kind. Phrases
// are written in a small pattern language (pattern.go) over the tokens of
// text.go, words folded to lower case without accents, so rules match whole
// words whatever the case, accents or style of apostrophe. Rules look for
// what a note does ("can I book a quick demo") rather than for topics
// ("demo"), and for precision over recall: a good note wrongly marked
// do-not-send is the worst outcome. The catalog is compiled once, before the
// first check, into one index from first words to patterns (engine.go), so
// a check reads each token once whatever the number of rules, in time linear
// in the length of the note.
//
// It is pure Go with no I/O, no syscall/js and no mutable globals (the
// engine is written only while it is built, never once built), so the same
// code runs natively (the check command), as WebAssembly in the page, and in
// tests. Lengths and spans are counted in UTF-16 code units, as a browser's
// maxlength and LinkedIn's counter count them. It stays clear of fmt, regexp,
// sort, strings, strconv and unicode, whose code and tables would weigh more
// in the WebAssembly binary than the rules themselves. For the same reason,
// small helpers called from many places off the hot path are marked
// //go:noinline: in WebAssembly each inlined copy brings its own bounds
// checks and panic paths, and the copies weighed more than the calls cost.
package rules

// Account is the kind of LinkedIn account that sends the note; it sets the
// length limit.
type Account string

const (
	Free    Account = "free"    // 200 characters; the default
	Premium Account = "premium" // 300 characters (Premium and Sales Navigator)
)

// Limit reports the note length limit for the account, in UTF-16 code units.
func (a Account) Limit() int {
	if a == Premium {
		return 300
	}
	return 200
}

// Relationship says how well the recipient knows the sender.
type Relationship string

const (
	Stranger    Relationship = "stranger" // the default
	Met         Relationship = "met"
	Colleague   Relationship = "colleague"
	Interviewer Relationship = "interviewer"
	Close       Relationship = "close"
)

// Accounts lists the valid accounts, default first.
func Accounts() []Account { return []Account{Free, Premium} }

// Relationships lists the valid relationships, default first.
func Relationships() []Relationship {
	return []Relationship{Stranger, Met, Colleague, Interviewer, Close}
}

// Options describe the note's sender and recipient. The zero value is a free
// account writing to a stranger whose name is not known.
type Options struct {
	Account      Account
	Name         string // the recipient's first name, if known
	Relationship Relationship
	Disable      []string // ids of rules not to run, as the check command's --disable flag does
}

// Severity ranks a finding.
type Severity string

const (
	Error      Severity = "error"      // do not send as it is
	Warning    Severity = "warning"    // likely to hurt acceptance
	Suggestion Severity = "suggestion" // would make a good note better
)

// Verdict is the overall judgement of a note.
type Verdict string

const (
	Ready     Verdict = "ready"       // no error and no warning
	Revise    Verdict = "revise"      // a warning but no error
	DoNotSend Verdict = "do-not-send" // at least one error
)

// A Finding is one problem found in a note.
type Finding struct {
	Rule     string   // the rule id, e.g. "default-message"
	Severity Severity // may differ from the rule's default with the relationship
	Message  string   // what is wrong, in a sentence
	Advice   []string // the ADVICE.md ids the rule enforces
	Guide    string   // site-root-relative link to the guide section, e.g. "/guide/x/#y"

	// Start and End delimit the offending text in UTF-16 code units. Both are
	// zero for findings about something missing; see HasSpan. When the
	// finding covers several places, they delimit the first, and Spans lists
	// them all in order.
	Start, End int
	Spans      []Span

	// Fixes are edits that would resolve the finding, best first; none when
	// no honest fix exists (the rule cannot guess facts the writer knows).
	Fixes []Fix
}

// A Span is a stretch of the note in UTF-16 code units: [Start, End).
type Span struct{ Start, End int }

// A Fix is a titled set of edits that resolves a finding.
type Fix struct {
	Title string // what the fix does, e.g. "Remove the stock line"
	Edits []Edit // non-overlapping, in order
}

// An Edit replaces the UTF-16 code units [Start, End) of the checked text
// with Text. Applied right to left, a fix's edits keep each other's offsets.
type Edit struct {
	Start, End int
	Text       string
}

// HasSpan reports whether the finding points at text in the note.
func (f Finding) HasSpan() bool { return f.End > f.Start }

// A Report is the result of checking one note.
type Report struct {
	Length   int     // UTF-16 code units
	Limit    int     // the account's limit
	Account  Account // the account the limit applies to
	Language string  // the note's language (ISO 639-1), or "" when unknown
	Score    int     // 0 to 100
	Verdict  Verdict
	Findings []Finding
}

// ParseAccount returns the account named s; the empty string means Free.
func ParseAccount(s string) (Account, bool) {
	switch a := Account(s); a {
	case "":
		return Free, true
	case Free, Premium:
		return a, true
	}
	return "", false
}

// ParseRelationship returns the relationship named s; the empty string means
// Stranger.
// (Not inlined: its copies weighed on the WebAssembly binary.)
//
//go:noinline
func ParseRelationship(s string) (Relationship, bool) {
	if s == "" {
		return Stranger, true
	}
	for _, r := range Relationships() {
		if string(r) == s {
			return r, true
		}
	}
	return "", false
}

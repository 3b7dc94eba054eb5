package rules

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// goodNotes are realistic, specific notes across relationships that must be
// ready to send: no error and no warning.
var goodNotes = []struct {
	note string
	opts Options
}{
	{"Hi Ngozi, I'm a public health nurse in Enugu and your thread on vaccine cold chains was brilliant. How did you get the solar fridges funded?", Options{}},
	{"Hi Hiroshi, I'm an architecture student at Kyoto University. Your timber pavilion in Nara is the reason I chose my thesis topic. I'd love to hear how you tested the joints.", Options{Name: "Hiroshi"}},
	{"Hi Camille, we're both in the Paris Women in Data group. I'm a junior analyst at BNP and loved your talk on dbt tests last week. What would you do differently now?", Options{}},
	{"Hi Adebayo, congrats on launching the Lagos climate fund! I'm a solar engineer at Arnergy and would love to hear what projects you're looking at.", Options{}},
	{"Hi Ingrid, Kari Nordmann suggested I reach out. I'm a product manager at Vipps working on accessibility, and she said you ran the BankID audit.", Options{Name: "Ingrid"}},
	{"Hi Aaliyah, great chatting with you at the Atlanta UX meetup about research ops! I'd love to keep the conversation going.", Options{Relationship: Met}},
	{"Hi Stefan, it was great working with you on the Munich rollout. Let's stay in touch as you start at BMW!", Options{Relationship: Colleague}},
	{"Hey Tasha! Finally caved and joined LinkedIn. Miss our Tuesday runs!", Options{Relationship: Close}},
	{"I'd like to add you to my professional network on LinkedIn.", Options{Relationship: Close}},
	{"Hi Yara, I'm a frontend developer in Beirut. I read your article about Arabic typography on the web and have a question: how do you handle kashida justification?", Options{}},
	{"Hi Siobhán, fellow UCD alum and data engineer here. Loved your post on dbt at scale. I'd love to hear how you handle late-arriving data.", Options{Name: "Siobhan"}},
	{"Hi Min-jun, I'm a game designer at Nexon. Your GDC talk about difficulty curves in rhythm games was fantastic. How did you tune the early levels?", Options{Name: "Min-jun"}},
	{"Hi Elif, I'm a journalist at Bianet researching earthquake recovery in Hatay. Your report on temporary housing was the most thorough I've read, and I'd love to learn how you gathered it.", Options{Account: Premium}},
	{"Hi Ayşe, your talk on edge caching at GopherCon was superb. I'm a backend dev at Trendyol and would love to hear how you picked cache keys.", Options{Name: "Ayse"}},
	{"佐々木さん、はじめまして。東京でデータエンジニアをしている田中です。PyCon JPでのご講演、とても勉強になりました。ぜひつながらせてください。", Options{Name: "佐々木"}},
}

func TestGoodNotesAreReady(t *testing.T) {
	for _, tc := range goodNotes {
		r := Check(tc.note, tc.opts)
		for _, f := range r.Findings {
			if f.Severity != Suggestion {
				t.Errorf("%q (%+v): %s %s: %s", tc.note, tc.opts, f.Severity, f.Rule, f.Message)
			}
		}
		if r.Verdict != Ready {
			t.Errorf("%q: verdict %s, want ready", tc.note, r.Verdict)
		}
	}
}

func TestVerdictAndScore(t *testing.T) {
	tests := []struct {
		name    string
		note    string
		opts    Options
		verdict Verdict
		score   int
	}{
		{"clean", goodNotes[0].note, Options{}, Ready, 100},
		{"one suggestion", "Hi Kai, I'm a Rust developer in Berlin and loved your thread on error handling. Would you share more?", Options{}, Ready, 95},
		{"one warning", "Hi Kai, I'm a Rust developer in Berlin and loved your thread on error handling. Are you hiring?", Options{}, Revise, 75},
		{"warning and suggestion", "Hi Kai, I'm a Rust developer in Berlin and loved your thread on error handling!! Are you hiring?", Options{}, Revise, 75},
		{"two warnings", "Hi there, I'm a Rust developer in Berlin and loved your thread on error handling. Please let me know about open roles on your team.", Options{}, Revise, 70},
		{"error", "I'd like to add you to my professional network on LinkedIn.", Options{}, DoNotSend, 30},
		{"error caps the score", "Hi [Name], I'm a Rust developer in Berlin and loved your thread on error handling.", Options{}, DoNotSend, 40},
		{"two errors", "Hi [Name], you're gorgeous.", Options{}, DoNotSend, 0},
	}
	for _, tc := range tests {
		r := Check(tc.note, tc.opts)
		if r.Verdict != tc.verdict || r.Score != tc.score {
			t.Errorf("%s: got %s %d, want %s %d\n%s", tc.name, r.Verdict, r.Score, tc.verdict, tc.score, describe(r))
		}
	}
}

func TestScoreFormula(t *testing.T) {
	tests := []struct {
		t       tally
		verdict Verdict
		score   int
	}{
		{tally{}, Ready, 100},
		{tally{suggestions: 7}, Ready, 65},
		{tally{warnings: 1}, Revise, 75},
		{tally{warnings: 1, suggestions: 1}, Revise, 75},
		{tally{warnings: 2, suggestions: 1}, Revise, 65},
		{tally{errors: 1}, DoNotSend, 40},
		{tally{errors: 1, warnings: 3, suggestions: 5}, DoNotSend, 0},
	}
	for _, tc := range tests {
		v, s := tc.t.verdict()
		if v != tc.verdict || s != tc.score {
			t.Errorf("%+v: got %s %d, want %s %d", tc.t, v, s, tc.verdict, tc.score)
		}
	}
}

func TestFindingsSorted(t *testing.T) {
	note := "Hi there, WE'VE NEVER MET but I'd like to add you to my professional network. Are you hiring?? Visit https://example.com/jobs"
	r := Check(note, Options{})
	if len(r.Findings) < 6 {
		t.Fatalf("want many findings, got\n%s", describe(r))
	}
	for i := 1; i < len(r.Findings); i++ {
		if compareFindings(&r.Findings[i-1], &r.Findings[i]) > 0 {
			t.Errorf("findings out of order at %d:\n%s", i, describe(r))
		}
	}
	rank := map[Severity]int{Error: 0, Warning: 1, Suggestion: 2}
	for i := 1; i < len(r.Findings); i++ {
		a, b := r.Findings[i-1], r.Findings[i]
		if rank[a.Severity] > rank[b.Severity] {
			t.Errorf("%s before %s", a.Severity, b.Severity)
		}
		if a.Severity == b.Severity && !a.HasSpan() && b.HasSpan() {
			t.Errorf("finding without a span (%s) before one with (%s)", a.Rule, b.Rule)
		}
		if a.Severity == b.Severity && a.HasSpan() && b.HasSpan() && a.Start > b.Start {
			t.Errorf("%s at %d before %s at %d", a.Rule, a.Start, b.Rule, b.Start)
		}
		if a.Severity == b.Severity && a.Start == b.Start && a.HasSpan() == b.HasSpan() && a.Rule > b.Rule {
			t.Errorf("%s before %s at the same place", a.Rule, b.Rule)
		}
	}
}

func TestSortFindingsStable(t *testing.T) {
	var fs []Finding
	for i := 0; i < 37; i++ {
		fs = append(fs, Finding{Rule: "r", Severity: []Severity{Suggestion, Error, Warning}[i%3], Start: i % 5, End: i%5 + 1, Message: string(rune('a' + i%26))})
	}
	got := append([]Finding(nil), fs...)
	sortFindings(got)
	for i := 1; i < len(got); i++ {
		if compareFindings(&got[i-1], &got[i]) > 0 {
			t.Fatalf("not sorted at %d: %+v, %+v", i, got[i-1], got[i])
		}
	}
	if len(got) != len(fs) {
		t.Fatalf("lost findings: %d of %d", len(got), len(fs))
	}
}

func TestRelationships(t *testing.T) {
	stock := "I'd like to add you to my professional network on LinkedIn."
	bare := "Hi Sam, let's connect!"
	tests := []struct {
		note string
		rel  Relationship
		rule string
		want Severity // "" means no finding
	}{
		{stock, Stranger, "default-message", Error},
		{stock, Met, "default-message", Error},
		{stock, Close, "default-message", Suggestion},
		{bare, Stranger, "no-reason", Warning},
		{bare, Met, "no-reason", ""},
		{bare, Colleague, "no-reason", ""},
		{bare, Close, "no-reason", ""},
		{bare, Stranger, "no-introduction", Suggestion},
		{bare, Met, "no-introduction", ""},
		{bare, Colleague, "no-introduction", ""},
		{bare, Interviewer, "no-introduction", ""},
		{bare, Close, "no-introduction", ""},
		{bare, Stranger, "no-common-ground", Suggestion},
		{bare, Met, "no-common-ground", Suggestion},
		{bare, Colleague, "no-common-ground", ""},
		{bare, Interviewer, "no-common-ground", ""},
		{bare, Close, "no-common-ground", ""},
		{"Hi Sam, I'd love to be considered for future roles at Wise.", Stranger, "job-ask", Warning},
		{"Hi Sam, I'd love to be considered for future roles at Wise.", Interviewer, "job-ask", ""},
		{"Hi Sam, are you hiring?", Interviewer, "job-ask", Warning},
		{"Hey babe, congrats on the new job!", Stranger, "too-personal", Error},
		{"Hey babe, congrats on the new job!", Close, "too-personal", ""},
		{"Hi Sam, you're gorgeous.", Close, "too-personal", ""}, // friends tease
		{"Hi Sam, you're gorgeous.", Colleague, "too-personal", Error},
		{"Hi Sam, fancy grabbing dinner with me in Leeds?", Met, "too-personal", ""},
		{"Hi Sam, fancy grabbing dinner with me in Leeds?", Stranger, "too-personal", Error},
		{"Hi Sam, let's grab dinner together in Leeds.", Stranger, "too-personal", Error},
	}
	for _, tc := range tests {
		r := Check(tc.note, Options{Relationship: tc.rel})
		var got Severity
		for _, f := range r.Findings {
			if f.Rule == tc.rule {
				got = f.Severity
			}
		}
		if got != tc.want {
			t.Errorf("%q as %s: %s is %q, want %q\n%s", tc.note, tc.rel, tc.rule, got, tc.want, describe(r))
		}
	}
}

func TestDefaults(t *testing.T) {
	for _, o := range []Options{{}, {Account: "gold", Relationship: "boss"}} {
		r := Check("Hi", o)
		if r.Account != Free || r.Limit != 200 {
			t.Errorf("%+v: account %s limit %d, want free 200", o, r.Account, r.Limit)
		}
	}
	if r := Check("Hi", Options{Account: Premium}); r.Account != Premium || r.Limit != 300 {
		t.Errorf("premium: account %s limit %d", r.Account, r.Limit)
	}
	// An unknown relationship is a stranger: the stock text is an error.
	if r := Check("I'd like to add you to my professional network.", Options{Relationship: "boss"}); r.Verdict != DoNotSend {
		t.Errorf("unknown relationship: verdict %s", r.Verdict)
	}
}

func TestLength(t *testing.T) {
	tests := []struct {
		name string
		text string
		want int
	}{
		{"empty", "", 0},
		{"ascii", "Hi Ana", 6},
		{"emoji is two units", "🙂", 2},
		{"flag is four", "🇳🇬", 4},
		{"family joined by ZWJ", "👩‍👩‍👧", 8},
		{"CJK is one each", "你好世界", 4},
		{"precomposed accent", "Zoë", 3},
		{"combining mark counts", "Zoe\u0308", 4},
		{"astral CJK", "𠜎", 2},
		{"invalid byte is one", "a\xffb", 3},
		{"truncated sequence, one per byte", "a\xe2\x82", 3},
		{"NUL", "a\x00b", 3},
	}
	for _, tc := range tests {
		if got := Check(tc.text, Options{}).Length; got != tc.want {
			t.Errorf("%s: length %d, want %d", tc.name, got, tc.want)
		}
	}
}

func TestTooLong(t *testing.T) {
	note := strings.Repeat("a", 199) + "🙂" // 201 units; the emoji straddles 200
	r := Check(note, Options{})
	f := findRule(r, "too-long")
	if f == nil {
		t.Fatalf("no too-long finding:\n%s", describe(r))
	}
	if f.Start != 199 || f.End != 201 {
		t.Errorf("span [%d,%d), want [199,201): the emoji does not fit", f.Start, f.End)
	}
	want := "Too long: 201 characters where a free account allows 200. Cut at least 1. The emoji take 2 of them: LinkedIn counts most emoji as two characters."
	if f.Message != want {
		t.Errorf("message %q, want %q", f.Message, want)
	}
	if f := findRule(Check(strings.Repeat("a", 198)+"🙂", Options{}), "too-long"); f != nil {
		t.Errorf("200 units flagged as too long")
	}
	if f := findRule(Check(strings.Repeat("a", 301), Options{Account: Premium}), "too-long"); f == nil || f.Start != 300 {
		t.Errorf("premium: want a finding from 300, got %+v", f)
	}
}

// TestSpans checks that findings point at the right words, in UTF-16 units.
func TestSpans(t *testing.T) {
	tests := []struct {
		note, rule, text string
		opts             Options
	}{
		{"Hi [Name], loved your talk.", "placeholder", "[Name]", Options{}},
		{"🎉 Hi {first_name}, loved your talk.", "placeholder", "{first_name}", Options{}},
		{"Hi Zoë 👋, we’ve never met.", "never", "we’ve never", Options{}},
		{"Hi Ana, I’d like to add you to my professional network.", "default-message", "add you to my professional network", Options{}},
		{"Hi Sarah, loved your talk.", "wrong-name", "Sarah", Options{Name: "Rachel"}},
		{"Hello Jean-Luc, loved your talk.", "wrong-name", "Jean-Luc", Options{Name: "Marc"}},
		{"Hi 𠜎 there, see https://example.com/x 😀.", "link", "https://example.com/x", Options{}},
		{"Hi Tom, I LOVED it!!", "shouting", "LOVED", Options{}},
		{"Hi Tom, I loved it!! 🔥🔥🔥", "shouting", "!!", Options{}},
		{"Hi Tom, do you have time next week?", "closed-question", "do you have time next week?", Options{}},
		{"Dear Sir/Madam, I am a nurse.", "generic-salutation", "Dear Sir/Madam", Options{}},
	}
	for _, tc := range tests {
		r := Check(tc.note, tc.opts)
		f := findRule(r, tc.rule)
		if f == nil {
			t.Errorf("%q: no %s finding\n%s", tc.note, tc.rule, describe(r))
			continue
		}
		if got := utf16Slice(tc.note, f.Start, f.End); got != tc.text {
			t.Errorf("%q: %s points at %q, want %q", tc.note, tc.rule, got, tc.text)
		}
	}
	// Findings about something missing have no span.
	r := Check("Let's connect.", Options{})
	for _, id := range []string{"no-greeting", "no-reason", "no-introduction", "no-common-ground"} {
		if f := findRule(r, id); f == nil || f.HasSpan() || f.Start != 0 || f.End != 0 {
			t.Errorf("%s: want a finding with no span, got %+v", id, f)
		}
	}
}

// TestEmojiRun checks the span of a run of emoji, spaces between included.
func TestEmojiRun(t *testing.T) {
	note := "Hi Lin, great post 🔥 🔥 🔥 I'm a buyer."
	f := findRule(Check(note, Options{}), "shouting")
	if f == nil || utf16Slice(note, f.Start, f.End) != "🔥 🔥 🔥" {
		t.Fatalf("got %+v", f)
	}
	if f := findRule(Check("Hi Lin, great post 🔥 🔥 I'm a buyer.", Options{}), "shouting"); f != nil {
		t.Errorf("two emoji are not a pile: %+v", f)
	}
}

func TestMessages(t *testing.T) {
	tests := []struct {
		note, rule, want string
		opts             Options
	}{
		{"Hi Sarah, loved your talk.", "wrong-name", "The greeting names Sarah, but you are writing to Rachel.", Options{Name: " Rachel "}},
		{"Hi Marla, loved your talk.", "wrong-name", "The greeting says Marla, but their name is Maria; check the spelling.", Options{Name: "Maria"}},
		{"Loved your talk.", "no-greeting", "Open with their name, as in “Hi Rachel,”, so the note is clearly for them.", Options{Name: "Rachel"}},
		{"Hi [Name], loved it.", "placeholder", "A blank from a template: “[Name]”. Fill it in before you send.", Options{}},
		{"Hi Tom, Are you still running the breastfeeding support group at Santa Maria?", "closed-question",
			"A yes-or-no question: “Are you still running the breastfeeding…”. An open question (what, how) gives them more to reply to.", Options{}},
	}
	for _, tc := range tests {
		f := findRule(Check(tc.note, tc.opts), tc.rule)
		if f == nil || f.Message != tc.want {
			t.Errorf("%q: %s message\n got %+v\nwant %q", tc.note, tc.rule, f, tc.want)
		}
	}
	// Every finding carries its rule's advice and guide link.
	r := Check("Hi there, are you hiring?? Check https://x.io/a", Options{})
	for _, f := range r.Findings {
		rule, _ := Lookup(f.Rule)
		if f.Guide != rule.Guide || strings.Join(f.Advice, ",") != strings.Join(rule.Advice, ",") {
			t.Errorf("%s: guide %q advice %v, want %q %v", f.Rule, f.Guide, f.Advice, rule.Guide, rule.Advice)
		}
	}
}

func TestNames(t *testing.T) {
	tests := []struct {
		greeting, name string
		same           bool
	}{
		{"Hi Zoë,", "Zoe", true},
		{"Hi ZOË,", "zoë", true},
		{"Hi Zoe\u0308,", "Zoë", true},
		{"Hi Jean-Luc,", "Jean-Luc", true},
		{"Hi Jean-Luc,", "Jean Luc", true},
		{"Hi Jean,", "Jean-Luc", true},
		{"Hi Jean-Luc,", "Jean-Marc", false},
		{"Hi O’Neil,", "O'Neil", true},
		{"Hi Jo,", "Jo", true},
		{"Hi Joanna,", "Jo", true},
		{"Hi Jo,", "Joanna", true},
		{"Hi Bob,", "Robert", true},
		{"Hi Mike,", "Michael", true},
		{"Hi Ann,", "Mary Ann", true},
		{"Hi Mary Ann,", "Ann", true},
		{"Hi Sarah,", "Rachel", false},
		{"Hi Maria,", "Mario", false},
		{"hi tom, saw your talk", "Tim", false},
		{"Dear Dr. Okafor,", "Chidi", true},
		{"Hi there,", "Chidi", true},
		{"Hi [Name],", "Chidi", true},
		{"Hello, I'm Tom.", "Ana", true},
		{"Hi Nguyễn,", "Nguyen", true},
		{"Γεια σου Ελένη,", "Ελενη", true},
		{"Hi Đorđe,", "Djordje", false},
		{"Hi Đorđe,", "Dorde", true},
		{"Привет Ёлка,", "Елка", true},
		{"Hello dear,", "Ana", true},
		{"Hi Mate,", "Mate", true},
		// A near name typed first in lower case, as on a phone.
		{"stefanie", "Stefan", false},
		{"daniela great to meet u.", "Daniel", false},
		{"daniel great to meet u.", "Daniel", true},
		{"aninha parabéns!", "Ana", true},
		{"saw your talk.", "Sam", true},
	}
	for _, tc := range tests {
		r := Check(tc.greeting+" I'm a nurse in Leeds and loved your post on rotas.", Options{Name: tc.name})
		if got := findRule(r, "wrong-name") == nil; got != tc.same {
			t.Errorf("%q with name %q: same = %v, want %v\n%s", tc.greeting, tc.name, got, tc.same, describe(r))
		}
	}
}

func TestDeterministic(t *testing.T) {
	for _, r := range Catalog() {
		for _, ex := range append(r.Bad, r.Good...) {
			a, b := Check(ex.Note, ex.Options), Check(ex.Note, ex.Options)
			if describe(a) != describe(b) {
				t.Fatalf("%q: two checks differ:\n%s\n%s", ex.Note, describe(a), describe(b))
			}
		}
	}
}

func findRule(r Report, id string) *Finding {
	for i := range r.Findings {
		if r.Findings[i].Rule == id {
			return &r.Findings[i]
		}
	}
	return nil
}

// utf16Slice returns the text between UTF-16 offsets, as a browser would.
func utf16Slice(s string, start, end int) string {
	u := utf16.Encode([]rune(s))
	if start < 0 || end > len(u) || start > end {
		return "<out of range>"
	}
	return string(utf16.Decode(u[start:end]))
}

func TestOneEdit(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"ana", "anna", true}, {"anna", "ana", true}, {"jon", "john", true}, {"maria", "mario", true},
		{"mohammed", "mohamed", true}, {"katherine", "kathreine", true}, {"sarah", "rachel", false},
		{"ana", "ana", false}, {"ab", "ba", true}, {"abc", "cab", false}, {"", "a", true}, {"tim", "tom", true},
	} {
		if got := oneEdit(tc.a, tc.b); got != tc.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
		}
	}
}

// TestPrecision lists notes that mention a topic without doing what a rule
// is about, and other near misses that must stay quiet.
func TestPrecision(t *testing.T) {
	tests := []struct {
		note, rule string
		opts       Options
	}{}
	for _, tc := range tests {
		r := Check(tc.note, tc.opts)
		if f := findRule(r, tc.rule); f != nil {
			t.Errorf("%q: unexpected %s: %s", tc.note, tc.rule, f.Message)
		}
	}
}

// TestCheckerReuse checks that a Checker, reusing its memory from one check
// to the next, reports exactly what Check does, also after a long text whose
// memory it lets go.
func TestCheckerReuse(t *testing.T) {
	var k Checker
	long := strings.Repeat("Hi Ana, HELLO!!! I'd like to add you to my professional network. ", 400)
	for _, r := range Catalog() {
		texts := []string{long}
		for _, ex := range append(append([]Example{}, r.Bad...), r.Good...) {
			texts = append(texts, ex.Note, ex.Note+" "+ex.Note)
		}
		for _, text := range texts {
			want, got := Check(text, r.Bad[0].Options).AppendJSON(nil), k.Check(text, r.Bad[0].Options).AppendJSON(nil)
			if string(got) != string(want) {
				t.Fatalf("%q: a reused Checker reports\n%s\nwhere Check reports\n%s", text, got, want)
			}
		}
	}
}

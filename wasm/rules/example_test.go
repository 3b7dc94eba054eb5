package rules_test

import (
	"fmt"

	"github.com/connectwell/connectwell/wasm/rules"
)

func ExampleCheck() {
	note := "Hi Sarah, I'd like to add you to my professional network. Are you hiring?"
	r := rules.Check(note, rules.Options{Name: "Rachel"})
	fmt.Println(r.Verdict, r.Score, r.Length, "of", r.Limit)
	for _, f := range r.Findings {
		if f.HasSpan() {
			fmt.Printf("%s %s [%d,%d): %s\n", f.Severity, f.Rule, f.Start, f.End, f.Message)
		} else {
			fmt.Printf("%s %s: %s\n", f.Severity, f.Rule, f.Message)
		}
	}
	// Output:
	// do-not-send 0 73 of 200
	// error wrong-name [3,8): The greeting names Sarah, but you are writing to Rachel.
	// error default-message [22,56): LinkedIn's stock wording: “add you to my professional network”. A sentence of your own shows you took the time.
	// warning job-ask [58,72): Asks for a job: “Are you hiring”. In a first note, ask for their advice or insight instead.
	// warning no-reason: Say why you want to connect: what you share, what of theirs you read, or what you hope to learn.
	// suggestion closed-question [58,73): A yes-or-no question: “Are you hiring?”. An open question (what, how) gives them more to reply to.
	// suggestion no-common-ground: Mention what you share or how you found them: a mutual contact, a group or school, an event, or a post of theirs.
	// suggestion no-introduction: Add a few words about who you are, such as your role or what you are working on.
}

func ExampleCheck_ready() {
	note := "Hi Ines, I'm a product designer in Porto and loved your Config talk on naming design tokens. " +
		"I'd love to hear how you got the engineers to adopt them."
	r := rules.Check(note, rules.Options{Name: "Inês"})
	fmt.Println(r.Verdict, r.Score, len(r.Findings))
	// Output:
	// ready 100 0
}

// The relationship changes the judgement: LinkedIn's stock text is an error
// for a stranger and only a suggestion for a close friend.
func ExampleCheck_relationship() {
	note := "I'd like to add you to my professional network on LinkedIn."
	for _, rel := range []rules.Relationship{rules.Stranger, rules.Close} {
		r := rules.Check(note, rules.Options{Relationship: rel})
		fmt.Println(rel, r.Verdict, r.Findings[0].Severity, r.Findings[0].Rule)
	}
	// Output:
	// stranger do-not-send error default-message
	// close ready suggestion default-message
}

// Lengths are counted in UTF-16 code units, as a browser counts them: an
// emoji takes two.
func ExampleCheck_length() {
	r := rules.Check("Hi Ana 🙂", rules.Options{Account: rules.Premium})
	fmt.Println(r.Length, r.Limit, r.Account)
	// Output:
	// 9 300 premium
}

func ExampleCatalog() {
	for _, r := range rules.Catalog()[:3] {
		fmt.Printf("%s (%s): %s\n  %s\n", r.ID, r.Severity, r.Title, r.Guide)
	}
	// Output:
	// default-message (error): LinkedIn's stock invitation
	//   /guide/why-the-note-matters/#stock-text
	// too-long (error): Over the length limit
	//   /guide/length-and-limits/#limits
	// placeholder (error): A blank left in a template
	//   /guide/what-to-leave-out/#leftover-blanks
}

func ExampleLookup() {
	r, ok := rules.Lookup("never")
	fmt.Println(ok, r.Title, r.Advice)
	fmt.Println(r.Bad[0].Note)
	fmt.Println(r.Good[0].Note)
	// Output:
	// true Framing with “never” [C3]
	// Hi Lucas, we've never met, but I enjoyed your talk on Kotlin coroutines at Droidcon Berlin.
	// Hi Lucas, I'd love to meet at the next Droidcon Berlin. Your talk on Kotlin coroutines was the clearest I've heard, and I'm a mobile dev at N26 trying them out.
}

func ExampleReport_Plain() {
	r := rules.Check("Hi [Name]!", rules.Options{})
	p := r.Plain()
	f := p["findings"].([]any)[0].(map[string]any)
	fmt.Println(p["verdict"], p["length"], f["rule"], f["start"], f["end"], f["advice"])
	// Output:
	// do-not-send 10 placeholder 3 9 [C6]
}

func ExampleLanguages() {
	fmt.Println(rules.Languages())
	r := rules.Check("Привет, Иван! Давно хотел с тобой связаться.", rules.Options{})
	fmt.Println(r.Language, r.Verdict)
	// Output:
	// [en es pt fr de]
	// ru ready
}

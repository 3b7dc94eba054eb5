package rules

// The vague-compliment rule: praise with nothing specific.

// vague-compliment

var vagueCompliment = Rule{
	ID:       "vague-compliment",
	Severity: Warning,
	Advice:   []string{"C4"},
	Guide:    "/guide/what-to-leave-out/#generic-flattery",
	check: &phrases{
		Match: []string{
			"(your|ur) " + praise + "? " + generic + " (is|was|looks|seems|sounds|are|has|have) (been)? (really|very|so|truly|quite|super|incredibly|extremely|pretty|most|absolutely|genuinely|such)? (an|a)? " + praise,
			praise + " (profile|background|career|journey|credentials|resume|portfolio|achievements|accomplishments|skillset|trajectory)",
			"(your|ur) " + praise + " (experience|work|expertise|skills|story)",
			"(impressed|inspired|amazed|wowed|intrigued) (by|with) (your|ur) " + praise + "? " + generic,
			"blown away (by|with) (your|ur) " + praise + "? " + generic,
			"(admire|love|like|enjoy|appreciate|loved|liked|enjoyed|admired|appreciated) (your|ur) " + praise + "? " + generic,
			"(your|ur) " + generic + " (really|truly|definitely)? (impressed|inspired|amazed|wowed|intrigued) (me)?",
			"(your|ur) " + generic + " (really|truly|definitely)? (stood|stands) out",
			"(your|ur) " + generic + " (really|truly|definitely)? caught my (eye|attention)",
			"your (profile|background) and (i)? (was|am|i'm|got|felt)? (really|truly|so|very|quite)? (impressed|inspired|amazed|intrigued)",
		},
		Unless: []string{
			"(in|on|at|with|around|across|building|leading|scaling|designing|creating|running|managing|teaching|writing|as|from|during|behind|for|of|especially|particularly|specifically|including|like|shipping|turning|moving|bringing|taking) _",
			"(picture|photo|pic|pics|photos|headshot|selfie|dp|about|because|since)",
			"(path|move|shift|switch|transition|journey|pivot|change|growth|arc|story|progression) (from|to|into|in|at|as|of|through|across)",
			": _",
			"— _",
		},
		NotWith: []string{"(especially|particularly|specifically|notably)", "in particular", "(how|what|why) (did|do|made|makes)"},
		Msg:     "Praise with nothing specific: {text}. Name the talk, post or project you mean.",
	},
}

var vagueComplimentDocs = ruleDocs{
	Title: "Praise with nothing specific",
	Explanation: "“I'm impressed by your profile” could be sent to anyone, and readers know it; the usual answer, if any, is “impressed by what?” " +
		"Name the thing itself: a talk, a post, a project, a decision. One concrete detail proves you read their work and gives them something to reply to.",
	Bad: []Example{
		{Note: "Hi Rohan, I came across your profile and was really impressed. I'd love to connect!", Flag: []string{"your profile and was really impressed"}},
		{Note: "Hello Aiko, your experience is amazing and I would love to learn from you.", Flag: []string{"your experience is amazing"}},
		{Note: "Hi Marcus, impressive background! I'm a finance student at NYU hoping to meet people in banking.", Flag: []string{"impressive background"}},
		{Note: "Hi Helga, I admire your work and hope we can connect.", Flag: []string{"admire your work"}},
		{Note: "Dear Kemi, I'm inspired by your career journey. Looking forward to connecting.", Flag: []string{"inspired by your career"}},
		{Note: "Hi Paolo, your portfolio is stunning! I'm a junior designer in Milan.", Flag: []string{"your portfolio is stunning"}},
	},
	Good: []Example{
		{Note: "Hi Ayşe, your GopherCon talk on edge caching was superb; the cache-key diagram finally made Vary headers click. I'm a backend dev at Trendyol and would love to follow your work.",
			Why: "The compliment names the talk and what was good about it."},
		{Note: "Hi Rohan, I'm impressed by your experience scaling UPI payments at PhonePe. I'm tackling similar load at a Jakarta fintech and would love your take on retries."},
		{Note: "Hi Aiko, your background in both law and machine learning is rare. I'm a paralegal learning Python and would love to hear which course helped you most."},
		{Note: "Hi Helga, I admire your work on the Oslo heat-pump subsidy. Our council in Bergen is drafting a similar scheme and I'd love to hear what you'd change."},
		{Note: "Hi Kemi, I loved your profile of Lagos's women founders in TechCabal. I'm a journalist in Accra planning a similar series and would love to compare notes."},
		{Note: "Hi Paolo, your portfolio is stunning, especially the Brera museum signage. I'm a junior designer in Milan and would love to hear how you pitched it."},
	},
}

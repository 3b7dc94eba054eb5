package rules

// The too-personal rule: remarks too personal for a first note.

// too-personal

var tooPersonal = Rule{
	ID:       "too-personal",
	Severity: Error,
	Advice:   []string{"C5"},
	Guide:    "/guide/what-to-leave-out/#match-the-relationship",
	check: anyOf{
		&phrases{
			Match: []string{
				"(you're|youre|ur) (so|very|really|truly|absolutely|incredibly|super|quite)? " + looks,
				"(you|u) (are|r) (so|very|really|truly|absolutely|incredibly|super|quite)? " + looks,
				"(you're|youre|you|ur) (are|r)? (so|very|really)? good looking",
				"(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely|nice|great|amazing|perfect|killer) (smile|eyes|face|hair|lips|legs|body|figure|looks|skin)",
				"(your|ur) (smile|eyes|face|hair|lips|legs|body|figure|looks|skin) (is|are|look|looks)? (so|very|really|truly|absolutely)? " + looks,
				"(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely) profile (photo|picture|pic)",
				"(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely) (headshot|selfie|dp)",
				"(your|ur) profile? (photo|picture|pic|headshot|selfie|dp) (is|looks)? (so|very|really|truly|absolutely)? " + looks,
				"you look (so|very|really|absolutely)? (beautiful|gorgeous|stunning|hot|sexy|pretty|cute|handsome|lovely|amazing|great|young|fit)",
				"(beautiful|pretty|gorgeous|attractive|hot|sexy|cute|handsome|stunning) (woman|lady|girl|man|guy|gentleman)",
			},
			Unless: []string{"(at|with|to|for|about|on|when|as)", "on paper"},
			Msg:    "A remark on their looks: {text}. Keep the note about their work.",
		},
		&phrases{
			Match:  []string{"(love|like|adore) your profile? (picture|photo|pic|pics|photos|headshot|selfie|dp)"},
			Unless: []string{"(of|from|on|in|at|for)"},
			Msg:    "A remark on their looks: {text}. Keep the note about their work.",
		},
		&phrases{
			Match: []string{
				"(are|r) (you|u) single $",
				"(go|going|went) (out)? on a date",
				"(take|taking|ask|asking) you out $",
				"(take|taking) you out (for|to)",
				"(go|going) out with me",
				"(date|dating) you",
				"(dinner|coffee|romantic|hot) date",
				"(be|become) my (girlfriend|boyfriend|wife|husband|valentine)",
				"marry me",
				"(crush|feelings) (on|for) you",
				"love at first sight",
				"fell for you",
				"soulmate",
				"soul mate",
				"(can't|cannot|cant) stop thinking about you",
				"get to know you (better)? (personally|privately|intimately)",
				"(saw|found) you on (tinder|bumble|hinge)",
				"matched with you",
			},
			Msg: "Reads as romantic interest: {text}. That has no place in a connection request.",
		},
		&phrases{
			Match: []string{
				"(hi|hey|hello|hiya|morning) ,? (gorgeous|beautiful|handsome|sexy|cutie|sweetie|sweetheart|babe|baby|honey|darling|dear|dearie|love|hun|hon|princess) $",
				"my (darling|sweetheart|sweetie|babe|love) $",
				"xoxo",
				"(hugs|kisses) (and|&) (hugs|kisses)",
				"(sending|big) (hugs|kisses)",
				"lots of (hugs|kisses)",
				"(i|we) love (you|ya|u) $",
			},
			Skip: []Relationship{Close},
			Msg:  "Too familiar for someone who doesn't know you well: {text}.",
		},
		&phrases{
			Match: []string{
				"(grab|get|have) (dinner|drinks) (together|sometime|tonight)",
				"(grab|get|have) (dinner|drinks) with me",
				"(grab|get|have) a drink (with|together|sometime|tonight)",
				"you (seem|look|sound) (so|really|very)? (sweet|cute|lovely|hot|sexy|beautiful|pretty|charming)",
			},
			Unless: []string{"(to|at|with|for|on)"},
			Skip:   []Relationship{Met, Colleague, Close},
			Msg:    "Too familiar for someone who doesn't know you well: {text}.",
		},
	},
}

var tooPersonalDocs = ruleDocs{
	Title: "Too personal for a first note",
	Explanation: "A connection request is a professional first contact. Remarks about someone's looks, hints of romance and pet names make people feel watched rather than valued, and many will block or report the sender. " +
		"Keep your warmth for their work, and save the familiar tone for people who already know you that way.",
	Bad: []Example{
		{Note: "Hi Elena, you have a beautiful smile and I'd love to get to know you better personally.", Flag: []string{"beautiful smile", "get to know you better personally"}},
		{Note: "Hey gorgeous, I'm a sales manager in Dubai. Are you single?", Flag: []string{"Hey gorgeous", "Are you single"}},
		{Note: "Hi Mei, your profile picture is stunning. I'm a software engineer in Taipei and would like to connect.", Flag: []string{"your profile picture is stunning"}},
		{Note: "Hello dear, I saw your profile and would love to take you out for dinner when I'm in Nairobi.", Flag: []string{"Hello dear", "take you out for"}},
		{Note: "Hi Laila, you look stunning in your headshot! Would love to connect with such a pretty lady.", Flag: []string{"you look stunning", "pretty lady"}},
		{Note: "Hi Ana, love at first sight when I saw your photo. I'm a recruiter in São Paulo.", Flag: []string{"love at first sight"}},
		{Note: "Hey babe, congrats on the new job at the BBC!", Flag: []string{"Hey babe"},
			Options: Options{Relationship: Colleague},
			Why:     "Pet names are for people who already use them with you."},
	},
	Good: []Example{
		{Note: "Hi Laila, I'm a civil engineer in Amman. Your stunning photos of Petra's old flood channels changed how I see our culvert work, and I'd love to hear how you surveyed them.",
			Why: "Praising their photographs of a site is praising their work."},
		{Note: "Hi Ruth, you're a beautiful writer; your essay on caring for your father stayed with me. I'm a hospice nurse in Cork and would love to share it with our team."},
		{Note: "Hi Sven, I'm a product manager on a dating app in Stockholm and enjoyed your talk on trust and safety at Nordic PM Day. I'd love to compare how you handle reports.",
			Why: "Mentioning a dating product is not flirting."},
		{Note: "Hey love, congrats on the new job at the BBC! So proud of you. Drinks on me when you're back in Glasgow.",
			Options: Options{Relationship: Close},
			Why:     "A close friend can be greeted the way you always greet them."},
		{Note: "Hi Marta, your lovely talk on the romance-novel market at the Frankfurt Book Fair was a highlight. I'm an editor at Penguin and would love to swap notes on debut authors."},
		{Note: "Hi Keiko, I'd love you to meet my colleague Aya, who runs the Osaka UX meetup; she mentioned your research on elderly users.",
			Options: Options{Relationship: Met}},
	},
}

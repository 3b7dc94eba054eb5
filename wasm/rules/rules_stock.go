package rules

// LinkedIn's stock invitation text, in every language its interface offers
// that we could confirm, and its common variants.

// default-message

var defaultMessage = Rule{
	ID:       "default-message",
	Severity: Error,
	Relaxed:  []Relationship{Close},
	Advice:   []string{"A3", "A4"},
	Guide:    "/guide/why-the-note-matters/#stock-text",
	check: &phrases{
		Match: []string{
			"add you to my (professional|linkedin)? network",
			"add you as a (connection|contact)",
			"join (your|my) (professional|linkedin)? network",
			"(invite|inviting|invited) you to (join|connect)? (my|your)? (professional|linkedin)? network",
			"invite you to connect on linkedin",
			"(be|become) part of (my|your) (professional|linkedin)? network",
			"(professional|linkedin) network on linkedin",
		},
		Msg: "LinkedIn's stock wording: {text}. A sentence of your own shows you took the time.",
	},
}

var defaultMessageDocs = ruleDocs{
	Title: "LinkedIn's stock invitation",
	Explanation: "LinkedIn offers to write the note for you: “I'd like to add you to my professional network.” " +
		"People receive that sentence every week and read it as “I didn't take a minute for you”; many ignore it on principle. " +
		"It only works with someone who knows you so well they would accept whatever you sent.",
	Bad: []Example{
		{Note: "I'd like to add you to my professional network on LinkedIn.", Flag: []string{"add you to my professional network on LinkedIn"},
			Why: "The stock text, unchanged."},
		{Note: "Hi Kwame, I'd like to join your LinkedIn network.\n\nBest, Efua", Flag: []string{"join your LinkedIn network"}},
		{Note: "Hello Ms. Tanaka, I’d like to add you to my professional network. Regards, Ravi", Flag: []string{"add you to my professional network"}},
		{Note: "Hi Sofia! I'd like to add you as a connection on LinkedIn. Thanks, Diego", Flag: []string{"add you as a connection"}},
		{Note: "Hi Amara, great meeting you at the Lagos fintech summit. I'd like to add you to my professional network on LinkedIn.", Flag: []string{"add you to my professional network on LinkedIn"},
			Options: Options{Relationship: Met},
			Why:     "Stock text inside an otherwise personal note still reads as stock."},
		{Note: "Dear Henrik, please accept my invitation to join my professional network.", Flag: []string{"join my professional network"}},
	},
	Good: []Example{
		{Note: "Hi Lena, I'm a hospital pharmacist in Leeds. Your post on barcode checks at the bedside changed how our ward works, and I'd love to hear how you got staff on board."},
		{Note: "Hi Tomás, I'm adding a few Lisbon data people to my list before the PyData meetup, where I'm presenting on parsing Portuguese addresses. I'd love your take on my approach.",
			Options: Options{Account: Premium},
			Why:     "Talking about a network or a list is not the stock text."},
		{Note: "Hi Yuki, thanks for the invitation to join the accessibility working group. I'm a front-end developer at Mercari and would like to help with the screen-reader audit."},
		{Note: "Hi Grace, your network of women in construction is what I hoped to find when I moved to Denver. I'm a site engineer and would love to hear how the group started."},
		{Note: "Hi Olu, I'd like to connect because we both spoke on the Nairobi DevFest panel on mobile payments, and I'd love to keep comparing notes on USSD flows."},
	},
}

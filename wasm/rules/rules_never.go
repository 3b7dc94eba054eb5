package rules

// The never rule: framing with what never happened.

// never

var never = Rule{
	ID:       "never",
	Severity: Suggestion,
	Advice:   []string{"C3"},
	Guide:    "/guide/what-to-leave-out/#never",
	check: &phrases{
		Match: []string{
			"never",
			"(we've|weve|we|i've|ive|i|i'd|you've|you) (have|had)? never",
		},
		Except: []string{
			"never (stop|stops|stopped|stopping|fails|fail|failed|ceases|ceased|disappoints|disappoint|disappointed|forget|forgot|miss|misses|hurts|hurt|too|ending|gets)",
			"never been better",
			"never (thought|imagined|expected|dreamed|dreamt)",
			"(than|or) never",
		},
		Msg: "Looks back at what hasn't happened: {text}. Say what could happen instead.",
	},
}

var neverDocs = ruleDocs{
	Title: "Framing with “never”",
	Explanation: "“We've never met” and “I never got the chance” point at what hasn't happened. " +
		"The same sentence can look forward instead: “I'd like to meet”, “I hope to hear you speak”. It reads warmer and gives them something to say yes to.",
	Bad: []Example{
		{Note: "Hi Lucas, we've never met, but I enjoyed your talk on Kotlin coroutines at Droidcon Berlin.", Flag: []string{"we've never"}},
		{Note: "Hi Ngozi, I never got the chance to thank you for your panel on maternal health in Abuja.", Flag: []string{"I never"}},
		{Note: "Hi Sebastián, I've never been to Lisbon, but your guide to its tech scene makes me want to go.", Flag: []string{"I've never"}},
		{Note: "Hi Rin, I know I'm not someone you'd normally hear from and we never overlapped at Sony, but your post on audio codecs helped me.", Flag: []string{"we never"}},
		{Note: "Hi Anil, although we have never spoken, I follow your posts on rural banking.", Flag: []string{"we have never"}},
	},
	Good: []Example{
		{Note: "Hi Lucas, I'd love to meet at the next Droidcon Berlin. Your talk on Kotlin coroutines was the clearest I've heard, and I'm a mobile dev at N26 trying them out."},
		{Note: "Hi Ngozi, your advice to never stop learning stuck with me after your panel on maternal health in Abuja. I'm a midwife in Kano.",
			Why: "A motto that looks forward is not the “never” framing."},
		{Note: "Hi Sebastián, better late than never: thank you for the guide to Lisbon's tech scene. I moved there in May and your list of meetups was perfect."},
		{Note: "Hi Rin, I'll never forget your demo of the codec at the Tokyo audio meetup. I'm an audio engineer at Sony and would love to hear about your next project."},
		{Note: "Hi Anil, nevertheless, I follow your posts on rural banking closely; I'm researching microloans in Odisha."},
	},
}

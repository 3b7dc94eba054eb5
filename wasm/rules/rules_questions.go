package rules

// The closed-question rule: yes-or-no questions.

// closed-question

var closedQuestion = Rule{
	ID:       "closed-question",
	Severity: Suggestion,
	Advice:   []string{"B9"},
	Guide:    "/guide/anatomy-of-a-good-note/#open-questions",
	check: &phrases{
		Match: []string{
			"^ (do|does|did|are|is|was|were|can|could|would|will|have|has|had|should|may|might|shall|wanna|won't|don't|doesn't|didn't|aren't|isn't|wouldn't|couldn't|can't|haven't|hasn't|wouldnt|dont|cant|wont) (you|u|your|we|i|it|there|they|this|that|anyone|anybody|he|she|y'all|yall)",
			"^ any chance",
			"^ (you|u) (free|around|available|open|interested|up|keen)",
		},
		Question: true,
		ToEnd:    true,
		NotWith:  []string{"(how|what|why|which|where|when|who|whom|whose|what's|how's|whats|hows)"},
		Msg:      "A yes-or-no question: {text}. An open question (what, how) gives them more to reply to.",
	},
}

var closedQuestionDocs = ruleDocs{
	Title: "A yes-or-no question",
	Explanation: "A question that can be answered with yes or no tends to end the exchange, and “no” is the easy answer to a stranger. " +
		"An open question (what, how, which) invites them to share something, which is how a conversation starts.",
	Bad: []Example{
		{Note: "Hi Leila, I'm a pastry chef in Marseille and loved your post on sourdough starters. Do you sell your starter?", Flag: []string{"Do you sell your starter?"}},
		{Note: "Hi Marco, I'm studying data journalism in Bologna. Would you be open to a chat sometime?", Flag: []string{"Would you be open to a chat sometime?"}},
		{Note: "Hi Yusuf, we met at the Istanbul design week. Are you going to the Ankara edition?", Flag: []string{"Are you going to the Ankara edition?"}},
		{Note: "Hi Claire, fellow Sciences Po alum here, and I'm moving into public health. Any chance you'd share some advice?", Flag: []string{"Any chance you'd share some advice?"}},
		{Note: "Hi Tendai, I enjoyed your talk on mobile money in Harare, can I ask you about it?", Flag: []string{"can I ask you about it?"}},
	},
	Good: []Example{
		{Note: "Hi Leila, I'm a pastry chef in Marseille and loved your post on sourdough starters. What flour do you feed yours?"},
		{Note: "Hi Marco, I'm studying data journalism in Bologna. Would you share how you found your first newsroom job?",
			Why: "A yes-or-no form asking how is open in effect."},
		{Note: "Hi Yusuf, we met at the Istanbul design week. Which talks are you looking forward to in Ankara?"},
		{Note: "Hi Claire, do reach out when you're next in Lyon! I'm a fellow Sciences Po alum moving into public health.",
			Why: "An invitation, not a question."},
		{Note: "Hi Tendai, I enjoyed your talk on mobile money in Harare. How did you win over the first agents?"},
	},
}

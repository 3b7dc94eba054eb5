package rules

// The job-ask rule: asking a stranger for a job.

// job-ask

var jobAsk = Rule{
	ID:       "job-ask",
	Severity: Warning,
	Advice:   []string{"C2"},
	Guide:    "/guide/what-to-leave-out/#no-job-ask",
	check: anyOf{
		&phrases{
			Match: []string{
				"(are|r) (you|u) (guys|folks|all)? (currently|still|actively|also)? hiring",
				"(is|are) (your|the) (team|company|firm|group|org|organization|organisation|department|startup|lab|practice|agency|studio|hospital|school) (currently|still|actively)? hiring",
				"(let|keep) me (know|posted) if ... (openings|roles|positions|vacancies|jobs|opportunities|opening|role|position|vacancy)",
				"(could|can|would|will|might) you (please)? (refer|recommend) me",
				"(refer|recommend) me (for|to) ... (role|position|job|opening|team|hiring|vacancy|internship)",
				"(ask|asking|request|requesting|get|getting|need|want) (you)? (for)? (a|an|your)? referral",
				"(a|an|your) referral (for|to)",
				"put (in)? a (good)? word for me",
				"(hire|hiring) me",
				"(give|offer) me a (job|position|role|chance|shot|internship)",
				"(a|an|any) (job|role|position|internship|opening|spot|vacancy) (at|on|in|with) your (company|team|firm|org|organization|organisation|startup|group|department|lab|agency|studio)",
				"(help|helping) me (find|get|land|secure) (a|an)? (job|role|position|internship|placement)",
				"(if|whether) (your|the) _? (team|company|firm|group|org|organization|organisation|department|startup|lab|practice|agency|studio|hospital|school) (is|are) (currently|still|actively)? hiring",
				"(if|whether) (you|you're|youre) (are)? (currently|still|actively)? hiring",
				"(if|whether) (you|there) (have|has|are|is) (any)? (job|open|available|current|new)? (open|available)? (positions|roles|openings|vacancies|jobs)",
				"(know|hear|tell) (me)? (about|of) (any)? (job|open|available|current|new)? (open|available)? (positions|roles|openings|vacancies|jobs)",
				"(to|please) refer me",
				"(if|whether) your _ (have|has|is|are) (any)? (open|available|current)? (positions|roles|openings|vacancies|jobs)",
				"(any|open) (roles|positions|openings|vacancies|jobs) (available|open)",
				"(introduce|connect|refer) me (to|with) (the|a|an|your)? (hiring|recruiter|recruiters|recruiting|talent|hr)",
			},
			Msg: "Asks for a job: {text}. In a first note, ask for their advice or insight instead.",
		},
		&phrases{
			Match: []string{
				"(looking|searching|hunting) for (a|an)? (new)? (job|jobs|role|position|internship|opportunities|opportunity|work)",
				"(currently)? job (hunting|searching|seeking)",
			},
			NotInNote: []string{"(advice|tips|insight|insights|perspective|thoughts|guidance|recommend|recommendations|learn|hear|story|journey|path|experience|how|what|which)"},
			Msg:       "Asks for a job: {text}. In a first note, ask for their advice or insight instead.",
		},
		&phrases{
			Match: []string{
				"(is|are) _ (currently|still|actively)? hiring",
				"(any|open|available|current) (roles|positions|openings|vacancies|jobs)",
			},
			Question: true,
			Msg:      "Asks for a job: {text}. In a first note, ask for their advice or insight instead.",
		},
		&phrases{
			Match: []string{
				"(be|being) considered for (a|the|any|future|upcoming|open|similar)? (roles|positions|openings|role|position|opportunities|opportunity|job|jobs|vacancies)",
				"(keep|have) me in mind (for|if|when)",
				"(future|upcoming) (roles|openings|positions|opportunities|vacancies) (at|on|with|in) (your|the)",
				"(explore|discuss) (job|career|any)? (opportunities|openings|roles|positions) (at|on|with|in) (your|the)",
				"(i'd|id|i'll) be a (strong|great|good|perfect|ideal) fit",
				"i (would|will|could|might) be a (strong|great|good|perfect|ideal) fit",
				"(i'm|im) a (strong|great|good|perfect|ideal) fit",
				"i am a (strong|great|good|perfect|ideal) fit",
			},
			Skip: []Relationship{Interviewer},
			Msg:  "Asks for a job: {text}. In a first note, ask for their advice or insight instead.",
		},
		&phrases{
			Match: []string{
				"(attached|attaching|attach|enclosed|enclosing|sending|send|forward|forwarding|share|sharing|sent) (you)? (my)? (resume|cv)",
				"attached (is|are) my (resume|cv)",
				"(my|the) (resume|cv) (is)? (attached|enclosed)",
				"(look|glance) at my (resume|cv)",
				"(review|check|read) my (resume|cv)",
				"(feedback|input|advice|thoughts|eyes) on my (resume|cv)",
			},
			Msg: "Reads as a job application: {text}. In a first note, ask for their advice or insight instead.",
		},
	},
}

var jobAskDocs = ruleDocs{
	Title: "Asking for a job",
	Explanation: "Asking a stranger for a job, a referral or a look at your résumé in the first note puts them on the spot, and most will quietly decline. " +
		"Ask for what people give freely instead: advice, their view of the field, or how they made the move you hope to make. " +
		"After an interview you took part in, saying you would welcome future roles is fine.",
	Bad: []Example{
		{Note: "Hi Tomás, I'm a backend developer with five years of Go. Are you hiring? I'd love to join your team at Cabify.", Flag: []string{"Are you hiring"}},
		{Note: "Hi Wanjiru, could you refer me for the data analyst role at Safaricom? I've attached my CV.", Flag: []string{"could you refer me for the data analyst role", "attached my CV"}},
		{Note: "Hello Ms. Lindqvist, I'm a recent nursing graduate. Please let me know if there are any openings on your ward.", Flag: []string{"let me know if there are any openings"}},
		{Note: "Hi Ben, I'd love to be considered for future roles at Atlassian. I'm a QA engineer in Sydney.", Flag: []string{"be considered for future roles"},
			Why: "Without an interview behind it, this is a job ask."},
		{Note: "Hi Carmen, is Inditex hiring junior buyers this spring? I just finished my MBA at IE.", Flag: []string{"is Inditex hiring"}},
		{Note: "Hi Oskar, I'm moving to Gothenburg and looking for a role on your team. Would you put in a good word for me?", Flag: []string{"looking for a role on your team", "put in a good word for me"}},
	},
	Good: []Example{
		{Note: "Hi Amani, I'm moving from teaching into UX research and loved your post on interviewing nurses. I'd love your advice on building a first portfolio.",
			Why: "Asking for advice is not asking for a job."},
		{Note: "Hi Dana, thank you for taking the time to interview me for the platform role on Tuesday. I enjoyed our talk about on-call culture and would love to be considered for future roles at Wise.",
			Options: Options{Relationship: Interviewer},
			Why:     "After an interview, interest in future roles is welcome."},
		{Note: "Hi Kofi, I saw your post that your team is hiring data engineers in Accra, congratulations on the growth! I'm a data engineer at MTN and would love to hear how you structure the platform team.",
			Options: Options{Account: Premium},
			Why:     "Mentioning that they are hiring is not asking them to hire you."},
		{Note: "Hi Lucía, I rewrote my résumé after your post on quantifying impact, thank you! I'm a logistics analyst in Bogotá and would love to follow your writing."},
		{Note: "Hi Mehmet, I'm a mechanical engineer moving into robotics software. What would you recommend reading first, given your path from Arçelik to ROS?"},
		{Note: "Hi Ji-woo, Priya Raman referred me to you after our chat about accessibility audits. I'm a front-end dev in Seoul and would love to hear how your team started its audit program."},
	},
}

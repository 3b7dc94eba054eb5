package rules

// The sales-pitch rule: selling in a first note.

// sales-pitch

var salesPitch = Rule{
	ID:       "sales-pitch",
	Severity: Warning,
	Advice:   []string{"C1"},
	Guide:    "/guide/what-to-leave-out/#no-pitch",
	check: anyOf{
		&phrases{
			Match: []string{
				"(book|schedule|arrange|grab|set|hop|jump|get) (up|on)? (a|an|some)? (quick|short|brief|free|#)? (minute|min|mins|minutes)? (call|demo|meeting|consultation|zoom)",
				"(book|grab|find|schedule|pick) (some)? (a)? (time|slot) (on|in) my (calendar|calendly)",
				"# (minute|min|mins) (call|demo|meeting|zoom)",
				"(free|quick|short|personalized|personalised|live|custom) demo",
				"(see|get|want) a (quick|free|short)? demo",
				"(offer|give|show) you a (quick|free|short)? demo",
				"demo of (our|my)",
				"(our|my) _? (product|platform|solution|solutions|software|tool|app|service|services|agency|offering|course|program|programme|consultancy) (can|could|will|would)? (help|helps|save|saves|boost|boosts|increase|increases|cut|cuts|reduce|reduces|streamline|streamlines|automate|automates|double|doubles|grow|grows|scale|scales) (you|your)",
				"(our|my) _? (product|platform|solution|solutions|software|tool|app|service|services|agency|offering|consultancy) (that|which) (helps|help|lets|allows|enables|saves|cuts|reduces|boosts|increases)",
				"(our|my) (agency|consultancy|platform|product|software|solution|solutions|services|service) (has)? (helped|helps)",
				"(introduce|pitch) you to (our|my)",
				"tell you (more)? about (our|my)",
				"(companies|businesses|teams|firms|brands|startups|organizations|organisations|agencies|clinics|practices|founders|shops|stores|restaurants|schools|hotels) like yours",

				"(special|exclusive|limited|introductory|launch|discounted) (offer|discount|deal|pricing|price|rate|promotion|promo)",
				"limited time (offer|only|deal|discount)",
				"for a limited time",
				"# % off",
				"(discount|promo|coupon|referral) code",
				"free (trial|consultation|audit|assessment|quote|strategy|sample)",
				"free # (day|days|week|weeks|month|months) trial",
				"(interested|open) (in|to) (a|an|our|my)? (quick|short|brief|free|#)? (minute|min)? (demo|call|meeting|trial|consultation|partnership)",
				"(interested|open) (in|to) (learning|hearing|seeing) (more)? (about)? (how)? (we|our|my)",
				"check out (our|my) (product|platform|app|tool|services|service|website|site|course|offer|shop|store|agency|newsletter|podcast|channel|software|solution)",
				"(try|buy|purchase|order) (our|my) (product|platform|app|tool|services|service|course|software|solution)",
				"(sign|signing) up for (our|my)",
				"subscribe to (our|my)",
				"let me show you (how|what) (we|our|my|i)",
				"(love|like) to show you (how|what|our)",
				"(explore|discuss) (a)? (potential|possible)? partnership",
				"business opportunity",
				"(we've|we|i've|i) (have)? helped (over)? (#|dozens|hundreds|thousands) _? (companies|brands|teams|businesses|startups|clients|founders|firms|agencies|customers|clinics|schools)",
				"(double|triple|3x|2x|10x|5x) (their|your) (pipeline|revenue|sales|leads|bookings|traffic|roi)",
				"worth a (quick|short|brief)? (chat|call)",
				"(register|signup|rsvp|enrol|enroll) (here|now|today|using|via|at)",
				"sign up (here|now|today|using|via|at)",
				"(see|find|explore|discuss) (out)? (if|whether|how) (we|i|our|my) (team|product|company|agency|platform)? (can|could|might) help",
				"# (minutes|mins|min) (next|this) (week|month)",
				"(we|i) (can|could) help (you|your) ... (increase|boost|grow|scale|save|cut|reduce|generate|get|land|double|close|win|automate|streamline|improve)",
			},
			Msg: "Reads as a sales pitch: {text}. A first note should start a relationship, not sell.",
		},
		&phrases{
			Match: []string{
				"(increase|boost|grow|double|triple|skyrocket|maximize|maximise|improve) your (sales|revenue|leads|conversions|conversion|pipeline|roi|traffic|followers|bookings|signups|margins|profits|profit|reach|engagement)",
				"save you (time|money|hours|thousands)",
				"(cut|reduce|lower|slash) your (costs|cost|spend|bills|overhead|churn)",
			},
			NotWith: []string{"(how|what|why)"},
			Msg:     "Reads as a sales pitch: {text}. A first note should start a relationship, not sell.",
		},
		&phrases{
			Match:  []string{"(our|my) (pricing|prices|rates|packages|plans)"},
			Unless: []string{"(page|pages|team|model|models|strategy|research|experiment|experiments|committee|work|project)"},
			Msg:    "Reads as a sales pitch: {text}. A first note should start a relationship, not sell.",
		},
	},
}

var salesPitchDocs = ruleDocs{
	Title: "A sales pitch in the first note",
	Explanation: "Selling in a connection request is like proposing before you know someone's name: it asks for trust you haven't earned. " +
		"Offers, demos, calls and discounts make the invitation look like the top of a sales funnel, and many people decline on sight. " +
		"Connect first; if there is a fit, it will come up once you know each other.",
	Bad: []Example{
		{Note: "Hi Daniel, I'm the founder of LeadLoop. We work with companies like yours to double outbound replies. Can I book a 15-minute demo this week?", Flag: []string{"companies like yours", "book a 15-minute demo"}},
		{Note: "Hi Grace, our scheduling software helps clinics cut no-shows by 40%. Would you be open to a quick call?", Flag: []string{"open to a quick call"}},
		{Note: "Hello Arjun, I run a design agency in Pune and would love to show you how we rebuilt three SaaS onboarding flows. Free consultation this month!", Flag: []string{"love to show you how", "Free consultation"}},
		{Note: "Hi Noor, special offer for HR leaders: 30% off our onboarding toolkit until Friday.", Flag: []string{"special offer", "30% off"}},
		{Note: "Hi Lukas, check out my course on Excel automation. It could save you hours every week.", Flag: []string{"check out my course", "save you hours"}},
		{Note: "Hi Fatima, I help e-commerce brands increase your conversions with better product photos. Let's hop on a call!", Flag: []string{"increase your conversions", "hop on a call"}},
	},
	Good: []Example{
		{Note: "Hi Pauline, I loved your write-up of your pricing page redesign, especially the decoy tier test. I'm a growth designer in Lyon and would love to hear what you'd try next.",
			Why: "Praising their pricing work is not selling yours."},
		{Note: "Hi Femi, I lead research for our product team at Paystack and enjoyed your talk on offline payments in Kano. I'd love to hear how you recruited participants.",
			Why: "Naming your own team is introducing yourself."},
		{Note: "Hi Mateus, your demo of the Flutter hot-reload tooling at DevFest Recife was the highlight of my day. I'm a mobile dev at Nubank and would love to keep learning from your posts.",
			Why: "Their demo, not yours."},
		{Note: "Hi Sam, I'm a student at UCT researching how clinics reduce no-shows. Your article on SMS reminders was so useful, and I'd love to hear how you measured the effect."},
		{Note: "Hi Hana, I'd love to learn how you grow your newsletter's readership without ads. I write a small one on Korean ceramics and admire your issue on onggi kilns."},
	},
}

package rules

// The catalog: every rule as plain data of one of the kinds in kinds.go,
// followed by its documentation and the example notes that must and must not
// trigger it. Phrase patterns use the small language described in
// pattern.go. Adding a rule means adding its two values here and naming them
// in the two lists below.

// catalog lists the rules in the order of the site's rules page.
var catalog = []*Rule{
	&defaultMessage,
	&tooLong,
	&placeholder,
	&wrongName,
	&tooPersonal,
	&salesPitch,
	&jobAsk,
	&vagueCompliment,
	&noReason,
	&genericSalutation,
	&link,
	&never,
	&noGreeting,
	&noIntroduction,
	&noCommonGround,
	&closedQuestion,
	&shouting,
}

// docs holds each rule's documentation, in catalog order. Only Catalog and
// Lookup use it, so the WebAssembly checker, which needs neither, is built
// without it: the linker leaves the prose and the examples out.
var docs = []*ruleDocs{
	&defaultMessageDocs,
	&tooLongDocs,
	&placeholderDocs,
	&wrongNameDocs,
	&tooPersonalDocs,
	&salesPitchDocs,
	&jobAskDocs,
	&vagueComplimentDocs,
	&noReasonDocs,
	&genericSalutationDocs,
	&linkDocs,
	&neverDocs,
	&noGreetingDocs,
	&noIntroductionDocs,
	&noCommonGroundDocs,
	&closedQuestionDocs,
	&shoutingDocs,
}

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
		Msg: "“{text}” is LinkedIn's stock wording; a sentence of your own shows you took the time.",
	},
}

var defaultMessageDocs = ruleDocs{
	Title: "LinkedIn's stock invitation",
	Explanation: "LinkedIn offers to write the note for you: “I'd like to add you to my professional network.” " +
		"People receive that sentence every week and read it as “I didn't take a minute for you”; many ignore it on principle. " +
		"It only works with someone who knows you so well they would accept whatever you sent.",
	Bad: []Example{
		{Note: "I'd like to add you to my professional network on LinkedIn.",
			Why: "The stock text, unchanged."},
		{Note: "Hi Kwame, I'd like to join your LinkedIn network.\n\nBest, Efua"},
		{Note: "Hello Ms. Tanaka, I’d like to add you to my professional network. Regards, Ravi"},
		{Note: "Hi Sofia! I'd like to add you as a connection on LinkedIn. Thanks, Diego"},
		{Note: "Hi Amara, great meeting you at the Lagos fintech summit. I'd like to add you to my professional network on LinkedIn.",
			Options: Options{Relationship: Met},
			Why:     "Stock text inside an otherwise personal note still reads as stock."},
		{Note: "Dear Henrik, please accept my invitation to join my professional network."},
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

// too-long

var tooLong = Rule{
	ID:       "too-long",
	Severity: Error,
	Advice:   []string{"D1"},
	Guide:    "/guide/length-and-limits/#limits",
	check:    overLimit{},
}

var tooLongDocs = ruleDocs{
	Title: "Over the length limit",
	Explanation: "LinkedIn caps invitation notes: 200 characters on a free account, 300 on Premium and Sales Navigator. " +
		"Anything past the cap cannot be sent, and the part that gets lost is usually the end, where your request lives. " +
		"Spaces count, and most emoji count as two.",
	Bad: []Example{
		{Note: "Hi Maren, I'm a junior hydrologist at the Norwegian Water Resources agency and I read your report on glacier melt in Jostedal twice. I'd love to hear how you chose the gauging stations and what you would measure differently next season.",
			Why: "236 characters on a free account."},
		{Note: "Hi Ali, I'm a product analyst at Careem in Dubai and enjoyed your talk on ride pricing at the Gulf data meetup. I would love to hear how you explained surge pricing to drivers in your first months. 🚗💨",
			Why: "Each emoji takes two characters; these two push the note to 202."},
		{Note: "Hi Beatriz, I'm a conservation architect in Porto and your paper on lime mortars in the Ribeira houses has been on my desk for a month. We are restoring a row of 18th-century facades near Miragaia and keep arguing about hydraulic lime versus air lime. I'd love to hear how you'd approach the sea-facing walls, if you have a moment.",
			Options: Options{Account: Premium},
			Why:     "Over 300 characters even on Premium."},
		{Note: "Hi Chen, we were both at the Shenzhen hardware meetup last week and I loved your demo of the low-power LoRa sensor board. I build irrigation controllers for small farms and would love to compare notes on battery life in the field.",
			Why: "Free accounts stop at 200."},
	},
	Good: []Example{
		{Note: "Hi Maren, I'm a junior hydrologist in Bergen and read your report on glacier melt in Jostedal twice. I'd love to hear how you chose the gauging stations."},
		{Note: "Hi Maren, I'm a junior hydrologist at the Norwegian Water Resources agency and I read your report on glacier melt in Jostedal twice. I'd love to hear how you chose the gauging stations and what you would measure differently next season.",
			Options: Options{Account: Premium},
			Why:     "The same 236 characters fit a Premium account's 300."},
		{Note: "Hi Ali, I'm a product analyst at Careem in Dubai and enjoyed your talk on ride pricing at the Gulf data meetup. I would love to hear how you explained surge pricing to drivers in your first months. 🚗",
			Why: "Exactly 200 characters, the emoji counted as two."},
		{Note: "陈先生您好，我在深圳从事农业物联网开发，上周在硬件聚会上看到您演示的低功耗LoRa传感器板，印象深刻。我们正在为小农户做灌溉控制器，很想向您请教野外电池续航的经验。盼望能与您交流，谢谢！",
			Why: "Chinese characters count one each, so this fits easily."},
	},
}

// placeholder

var placeholder = Rule{
	ID:       "placeholder",
	Severity: Error,
	Advice:   []string{"C6"},
	Guide:    "/guide/what-to-leave-out/#leftover-blanks",
	check:    shape{Of: shapeBlank, Msg: "“{text}” is a blank from a template; fill it in before you send."},
}

var placeholderDocs = ruleDocs{
	Title: "A blank left in a template",
	Explanation: "Reusable notes save time, but a note that still says [Name] or {company} tells the reader they are one of a list. " +
		"Fill in every blank from what you learned about the person, then read the note once more as they will see it.",
	Bad: []Example{
		{Note: "Hi [Name], I'm a UX researcher at Klarna and loved your talk at Config. I'd love to hear how you run diary studies with remote teams."},
		{Note: "Hi Aisha, I noticed we both work in {industry} and would love to swap notes on hiring."},
		{Note: "Hello Carlos, congratulations on the new role at <Company>! I'm a recruiter for data teams in Madrid."},
		{Note: "Hi {{first_name}}, fellow Georgia Tech alum here. I'd love to hear how you moved into robotics."},
		{Note: "Hi Priya, I'm a nurse educator at XXX Hospital and enjoyed your article on night-shift fatigue."},
		{Note: "Hi Jonas, I saw your post about ___ and would love to connect.",
			Why: "A run of underscores is a blank too."},
	},
	Good: []Example{
		{Note: "Hi Ines, I'm a product designer in Porto and loved your Config talk on naming design tokens. I'd love to hear how you got the engineers to adopt them."},
		{Note: "Hi Xavier, the XXL build times in your post on Unreal shader caching were painful to read! I'm a tools engineer at Ubisoft and would love to hear what finally fixed them.",
			Why: "XXL is a word, not a run of Xs."},
		{Note: "Hi Wen, section [3] of your paper on sparse attention answered a question I'd had for months. I'm a PhD student at ETH and would love to hear what you're working on next.",
			Why: "A bracketed number is a reference, not a blank."},
		{Note: "Hi Beth, I <3 your zine on community gardens in Leeds. I run a seed library in Hull and would love to trade ideas."},
		{Note: "Hi Dev, your post on naming Python variables in snake_case settled a long argument on my team. I'm a data engineer in Pune and would love to follow your writing."},
	},
}

// wrong-name

var wrongName = Rule{
	ID:       "wrong-name",
	Severity: Error,
	Advice:   []string{"C6"},
	Guide:    "/guide/what-to-leave-out/#wrong-name",
	check:    opening{Want: rightName},
}

var wrongNameDocs = ruleDocs{
	Title: "The greeting names someone else",
	Explanation: "When you reuse a note, the last recipient's name is easy to miss, and seeing someone else's name tells the reader the note was copied and pasted. " +
		"Few first impressions are worse. Check the greeting against the person you are writing to before you send.",
	Bad: []Example{
		{Note: "Hi Sarah, I'm a data analyst at Monzo and enjoyed your talk on fraud models at PyData London. I'd love to hear how you explain model drift to the ops team.",
			Options: Options{Name: "Rachel"}},
		{Note: "Hello Jean-Luc, I'm a sommelier in Lyon and loved your piece on natural wines.",
			Options: Options{Name: "Jean-Marc"}},
		{Note: "Hey Mohammed, congrats on the new role at Aramco! I'm a process engineer in Dhahran.",
			Options: Options{Name: "Ahmed"}},
		{Note: "Dear Aoife, thank you for your talk on rural broadband at the Galway tech summit. I'm a network planner at Eir.",
			Options: Options{Name: "Niamh"}},
		{Note: "hi tom, I'm a teacher in Leeds and enjoyed your thread on phonics.",
			Options: Options{Name: "Tim"}},
	},
	Good: []Example{
		{Note: "Hi Zoë, I'm a sound designer in Montréal and loved your GDC talk on adaptive footsteps. I'd love to hear how you kept the mix readable in crowded scenes.",
			Options: Options{Name: "Zoe"},
			Why:     "Accents and case don't matter."},
		{Note: "Hello Jean-Luc, I'm a sommelier in Lyon and loved your piece on natural wines.",
			Options: Options{Name: "jean-luc"}},
		{Note: "Hi D’Arcy, I'm a paramedic in Perth and enjoyed your podcast on fatigue.",
			Options: Options{Name: "D'Arcy"},
			Why:     "Curly and straight apostrophes are the same."},
		{Note: "Hi Jo, I'm a copywriter in Bristol and enjoyed your post on plain English.",
			Options: Options{Name: "Joanna"},
			Why:     "A short form of the name is fine."},
		{Note: "Hi Bob, congrats on the new lab at Purdue! I'm a soil scientist in Iowa.",
			Options: Options{Name: "Robert"},
			Why:     "Common nicknames are fine."},
		{Note: "Dear Dr. Okafor, I'm a medical student in Enugu and your lecture on sickle cell care stayed with me.",
			Options: Options{Name: "Chidi"},
			Why:     "A title and surname may well be the same person."},
	},
}

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
			Msg:    "“{text}” comments on their looks; keep the note about their work.",
		},
		&phrases{
			Match:  []string{"(love|like|adore) your profile? (picture|photo|pic|pics|photos|headshot|selfie|dp)"},
			Unless: []string{"(of|from|on|in|at|for)"},
			Msg:    "“{text}” comments on their looks; keep the note about their work.",
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
			Msg: "“{text}” reads as romantic interest, which has no place in a connection request.",
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
			Msg:  "“{text}” is too familiar for someone who doesn't know you well.",
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
			Msg:    "“{text}” is too familiar for someone who doesn't know you well.",
		},
	},
}

var tooPersonalDocs = ruleDocs{
	Title: "Too personal for a first note",
	Explanation: "A connection request is a professional first contact. Remarks about someone's looks, hints of romance and pet names make people feel watched rather than valued, and many will block or report the sender. " +
		"Keep your warmth for their work, and save the familiar tone for people who already know you that way.",
	Bad: []Example{
		{Note: "Hi Elena, you have a beautiful smile and I'd love to get to know you better personally."},
		{Note: "Hey gorgeous, I'm a sales manager in Dubai. Are you single?"},
		{Note: "Hi Mei, your profile picture is stunning. I'm a software engineer in Taipei and would like to connect."},
		{Note: "Hello dear, I saw your profile and would love to take you out for dinner when I'm in Nairobi."},
		{Note: "Hi Laila, you look stunning in your headshot! Would love to connect with such a pretty lady."},
		{Note: "Hi Ana, love at first sight when I saw your photo. I'm a recruiter in São Paulo."},
		{Note: "Hey babe, congrats on the new job at the BBC!",
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
			Msg: "“{text}” reads as a sales pitch; a first note should start a relationship, not sell.",
		},
		&phrases{
			Match: []string{
				"(increase|boost|grow|double|triple|skyrocket|maximize|maximise|improve) your (sales|revenue|leads|conversions|conversion|pipeline|roi|traffic|followers|bookings|signups|margins|profits|profit|reach|engagement)",
				"save you (time|money|hours|thousands)",
				"(cut|reduce|lower|slash) your (costs|cost|spend|bills|overhead|churn)",
			},
			NotWith: []string{"(how|what|why)"},
			Msg:     "“{text}” reads as a sales pitch; a first note should start a relationship, not sell.",
		},
		&phrases{
			Match:  []string{"(our|my) (pricing|prices|rates|packages|plans)"},
			Unless: []string{"(page|pages|team|model|models|strategy|research|experiment|experiments|committee|work|project)"},
			Msg:    "“{text}” reads as a sales pitch; a first note should start a relationship, not sell.",
		},
	},
}

var salesPitchDocs = ruleDocs{
	Title: "A sales pitch in the first note",
	Explanation: "Selling in a connection request is like proposing before you know someone's name: it asks for trust you haven't earned. " +
		"Offers, demos, calls and discounts make the invitation look like the top of a sales funnel, and many people decline on sight. " +
		"Connect first; if there is a fit, it will come up once you know each other.",
	Bad: []Example{
		{Note: "Hi Daniel, I'm the founder of LeadLoop. We work with companies like yours to double outbound replies. Can I book a 15-minute demo this week?"},
		{Note: "Hi Grace, our scheduling software helps clinics cut no-shows by 40%. Would you be open to a quick call?"},
		{Note: "Hello Arjun, I run a design agency in Pune and would love to show you how we rebuilt three SaaS onboarding flows. Free consultation this month!"},
		{Note: "Hi Noor, special offer for HR leaders: 30% off our onboarding toolkit until Friday."},
		{Note: "Hi Lukas, check out my course on Excel automation. It could save you hours every week."},
		{Note: "Hi Fatima, I help e-commerce brands increase your conversions with better product photos. Let's hop on a call!"},
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
			Msg: "“{text}” asks for a job; in a first note, ask for their advice or insight instead.",
		},
		&phrases{
			Match: []string{
				"(looking|searching|hunting) for (a|an)? (new)? (job|jobs|role|position|internship|opportunities|opportunity|work)",
				"(currently)? job (hunting|searching|seeking)",
			},
			NotInNote: []string{"(advice|tips|insight|insights|perspective|thoughts|guidance|recommend|recommendations|learn|hear|story|journey|path|experience|how|what|which)"},
			Msg:       "“{text}” reads as asking them for a job; ask for their advice or insight instead.",
		},
		&phrases{
			Match: []string{
				"(is|are) _ (currently|still|actively)? hiring",
				"(any|open|available|current) (roles|positions|openings|vacancies|jobs)",
			},
			Question: true,
			Msg:      "“{text}” asks for a job; in a first note, ask for their advice or insight instead.",
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
			Msg:  "“{text}” asks for a job; in a first note, ask for their advice or insight instead.",
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
			Msg: "Offering your résumé in a first note reads as a job application; ask for advice instead.",
		},
	},
}

var jobAskDocs = ruleDocs{
	Title: "Asking for a job",
	Explanation: "Asking a stranger for a job, a referral or a look at your résumé in the first note puts them on the spot, and most will quietly decline. " +
		"Ask for what people give freely instead: advice, their view of the field, or how they made the move you hope to make. " +
		"After an interview you took part in, saying you would welcome future roles is fine.",
	Bad: []Example{
		{Note: "Hi Tomás, I'm a backend developer with five years of Go. Are you hiring? I'd love to join your team at Cabify."},
		{Note: "Hi Wanjiru, could you refer me for the data analyst role at Safaricom? I've attached my CV."},
		{Note: "Hello Ms. Lindqvist, I'm a recent nursing graduate. Please let me know if there are any openings on your ward."},
		{Note: "Hi Ben, I'd love to be considered for future roles at Atlassian. I'm a QA engineer in Sydney.",
			Why: "Without an interview behind it, this is a job ask."},
		{Note: "Hi Carmen, is Inditex hiring junior buyers this spring? I just finished my MBA at IE."},
		{Note: "Hi Oskar, I'm moving to Gothenburg and looking for a role on your team. Would you put in a good word for me?"},
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
		Msg:     "“{text}” doesn't say what impressed you; name the talk, post or project you mean.",
	},
}

var vagueComplimentDocs = ruleDocs{
	Title: "Praise with nothing specific",
	Explanation: "“I'm impressed by your profile” could be sent to anyone, and readers know it; the usual answer, if any, is “impressed by what?” " +
		"Name the thing itself: a talk, a post, a project, a decision. One concrete detail proves you read their work and gives them something to reply to.",
	Bad: []Example{
		{Note: "Hi Rohan, I came across your profile and was really impressed. I'd love to connect!"},
		{Note: "Hello Aiko, your experience is amazing and I would love to learn from you."},
		{Note: "Hi Marcus, impressive background! I'm a finance student at NYU hoping to meet people in banking."},
		{Note: "Hi Helga, I admire your work and hope we can connect."},
		{Note: "Dear Kemi, I'm inspired by your career journey. Looking forward to connecting."},
		{Note: "Hi Paolo, your portfolio is stunning! I'm a junior designer in Milan."},
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

// no-reason

var noReason = Rule{
	ID:       "no-reason",
	Severity: Warning,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B1"},
	Guide:    "/guide/anatomy-of-a-good-note/#reason",
	check: &required{
		Cues:   append(append([]string{}, reasonCues...), groundCues...),
		Except: notTheirWork,
		Msg:    "Say why you want to connect: what you share, what of theirs you read, or what you hope to learn.",
	},
}

var noReasonDocs = ruleDocs{
	Title: "No reason to connect",
	Explanation: "A good note answers the reader's first question: why me, and why now? " +
		"Without a reason, a request looks like contact collecting, and people who only accept those they know have nothing to go on. " +
		"One plain sentence is enough: what you have in common, what of theirs you read, or what you hope to learn. " +
		"Someone who already knows you needs no reason spelled out.",
	Bad: []Example{
		{Note: "Hi Maria, I'd like to connect with you. Best, Leo"},
		{Note: "Hello Tom, I'm a software engineer at Google. Looking forward to connecting!"},
		{Note: "Hi Priya, I came across your profile and would like to connect."},
		{Note: "Hi Chen, let's connect!"},
		{Note: "Hi Fatou, I am a project manager in Dakar with ten years in construction. Please accept my request."},
	},
	Good: []Example{
		{Note: "Hi Maria, I'm a physiotherapist in Valencia and read your study on running injuries in new marathoners. I'd love to hear how you recruited the runners."},
		{Note: "Hi Tom, we met at the Cardiff AWS meetup on Thursday and I'd love to keep comparing notes on cost alerts. Best, Rhys",
			Options: Options{Relationship: Met}},
		{Note: "Hey Sam! Finally on here. Let's connect.",
			Options: Options{Relationship: Close},
			Why:     "Someone close needs no reason."},
		{Note: "Hi Chen, congratulations on your promotion to head of logistics at SF Express! I'm a supply-chain analyst in Shenzhen."},
		{Note: "Hi Fatou, I'm a project manager in Dakar and also volunteer with Engineers Without Borders. I'd love to hear about your water project in Thiès."},
	},
}

// generic-salutation

var genericSalutation = Rule{
	ID:       "generic-salutation",
	Severity: Warning,
	Advice:   []string{"B7"},
	Guide:    "/guide/anatomy-of-a-good-note/#greeting",
	check:    opening{Want: notGeneric, Msg: "“{text}” could be meant for anyone; greet them by name."},
}

var genericSalutationDocs = ruleDocs{
	Title: "A greeting for anyone",
	Explanation: "“Dear Sir/Madam” and “Hi there” are what form letters say. They tell the reader you don't know their name, or didn't look. " +
		"Their name is right on the profile you are sending from; use it.",
	Bad: []Example{
		{Note: "Dear Sir/Madam, I am a chartered accountant in Karachi and would like to connect with finance professionals."},
		{Note: "To whom it may concern, I'm a recent law graduate interested in maritime law."},
		{Note: "Hi there, I enjoyed your post on remote onboarding and would love to connect."},
		{Note: "Hello friend, I'm a blockchain developer looking to grow my network."},
		{Note: "Dear Hiring Manager, I am a nurse with ICU experience."},
	},
	Good: []Example{
		{Note: "Hi Amina, I'm a chartered accountant in Karachi and enjoyed your LinkedIn article on IFRS 17. I'd love to hear how your team handled the transition."},
		{Note: "Hi there Luca, I enjoyed your post on remote onboarding and would love to hear how you run the first week.",
			Why: "“Hi there” followed by the name is fine."},
		{Note: "Hello Dr. Adeyemi, I'm a pharmacology student at Ibadan and your paper on malaria drug resistance is the basis of my thesis."},
		{Note: "Hi Theresa, thank you for your talk at the Vienna tax conference, where you said to whom it may concern should be banned from cover letters!"},
		{Note: "Hi Allie, I'm the new QA hire on the Kraków team, starting Monday, and wanted to say hello!",
			Options: Options{Relationship: Colleague},
			Why:     "Allie is a name, not “all”."},
	},
}

// link

var link = Rule{
	ID:       "link",
	Severity: Warning,
	Advice:   []string{"C1"},
	Guide:    "/guide/what-to-leave-out/#links",
	check:    shape{Of: shapeURL, Msg: "Leave out the link “{text}”; links in a first note look like spam, and your profile already has them."},
}

var linkDocs = ruleDocs{
	Title: "A link in the note",
	Explanation: "A link in a first note looks like spam or a pitch, and cautious people won't click a stranger's link at all. " +
		"Everything you would link to, your portfolio or your site, is one click away on your profile. Let the note stand on its own.",
	Bad: []Example{
		{Note: "Hi Ravi, I'm a motion designer in Kochi. My reel is at https://vimeo.com/ravi-motion if you have a minute."},
		{Note: "Hi Sara, grab a slot at calendly.com/sara-growth and let's talk."},
		{Note: "Hi Jens, I wrote a reply to your post on heat pumps: www.jenskaplan.dk/heat. Would love your thoughts."},
		{Note: "Hi Nia, I'm launching a podcast on Caribbean food history (bit.ly/carib-pod) and loved your book."},
		{Note: "Hi Omar, my portfolio: omar.design/work. I'm a product designer in Cairo."},
	},
	Good: []Example{
		{Note: "Hi Ravi, I'm a motion designer in Kochi and loved your title sequence for the Kerala film festival. I'd love to hear which tools you used for the water effects."},
		{Note: "Hi Sara, I'm a data scientist at Booking.com and enjoyed your talk on hotel ranking at RecSys. I'd love to hear how you handled seasonality.",
			Why: "A company called Booking.com is a name, not a link."},
		{Note: "Hi Jens, your post on migrating from ASP.NET to Node.js was timely. I'm leading the same move at a bank in Aarhus and would love to compare notes."},
		{Note: "Hi Nia, I'm a food historian in Kingston and loved your book on Caribbean kitchens. I linked it in my course reading list and would love to follow your work.",
			Why: "Saying you linked something is not a link."},
		{Note: "Hi Omar, e.g. your Cairo metro signage redesign, i.e. the Arabic-first version, is exactly the work I hope to do. I'm a design student at GUC."},
	},
}

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
		Msg: "“{text}” looks back at what hasn't happened; say what could happen instead.",
	},
}

var neverDocs = ruleDocs{
	Title: "Framing with “never”",
	Explanation: "“We've never met” and “I never got the chance” point at what hasn't happened. " +
		"The same sentence can look forward instead: “I'd like to meet”, “I hope to hear you speak”. It reads warmer and gives them something to say yes to.",
	Bad: []Example{
		{Note: "Hi Lucas, we've never met, but I enjoyed your talk on Kotlin coroutines at Droidcon Berlin."},
		{Note: "Hi Ngozi, I never got the chance to thank you for your panel on maternal health in Abuja."},
		{Note: "Hi Sebastián, I've never been to Lisbon, but your guide to its tech scene makes me want to go."},
		{Note: "Hi Rin, I know I'm not someone you'd normally hear from and we never overlapped at Sony, but your post on audio codecs helped me."},
		{Note: "Hi Anil, although we have never spoken, I follow your posts on rural banking."},
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

// no-greeting

var noGreeting = Rule{
	ID:       "no-greeting",
	Severity: Suggestion,
	Advice:   []string{"B7"},
	Guide:    "/guide/anatomy-of-a-good-note/#greeting",
	check:    opening{Want: addressed, Msg: "Open with their name, as in “Hi Maria,”, so the note is clearly for them."},
}

var noGreetingDocs = ruleDocs{
	Title: "No greeting by name",
	Explanation: "Notes that work open with the person's first name and end with yours. " +
		"A name at the start shows the note was written for them, not broadcast; it takes three words and changes how the rest is read.",
	Bad: []Example{
		{Note: "I'm a data engineer at Spotify and enjoyed your talk on streaming pipelines. I'd love to hear how you test them."},
		{Note: "Hello! I'm a nurse in Manila and loved your post on night-shift routines."},
		{Note: "Loved your article on community solar in Kenya. I'm an energy analyst in Nairobi."},
		{Note: "Congratulations on the new role at Siemens! I'm an electrical engineer in Munich.",
			Options: Options{Name: "Katrin"}},
		{Note: "Hey, hope you're well! I enjoyed your podcast episode on Mexican street food."},
	},
	Good: []Example{
		{Note: "Hi Kenji, I'm a data engineer at Spotify and enjoyed your talk on streaming pipelines. I'd love to hear how you test them."},
		{Note: "Maria, loved your article on community solar in Kenya. I'm an energy analyst in Nairobi.",
			Options: Options{Name: "Maria"},
			Why:     "Opening with the name alone is fine."},
		{Note: "Good morning Katrin, congratulations on the new role at Siemens! I'm an electrical engineer in Munich."},
		{Note: "Dear Professor Mbeki, your lecture on land reform was the reason I chose my thesis topic."},
		{Note: "hi maria, loved your article on community solar in Kenya. I'm an energy analyst in Nairobi.",
			Why: "Lower case is informal, but it still names her."},
	},
}

// no-introduction

var noIntroduction = Rule{
	ID:       "no-introduction",
	Severity: Suggestion,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B2"},
	Guide:    "/guide/anatomy-of-a-good-note/#who-you-are",
	check: &required{
		Cues:   introCues,
		Except: notIntro,
		Msg:    "Add a few words about who you are, such as your role or what you are working on.",
	},
}

var noIntroductionDocs = ruleDocs{
	Title: "No word about who you are",
	Explanation: "A stranger deciding whether to accept wants to know who is asking. " +
		"A few words are enough: your role, your field, or what you are working on. It turns an unknown name into a person they can place.",
	Bad: []Example{
		{Note: "Hi Isabel, I loved your talk on soil carbon at the Rome FAO forum and would love to hear how you measured it."},
		{Note: "Hi Kai, your thread on Rust error handling was great. Would love to learn more from you."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch."},
		{Note: "Hi Svetlana, I've been following your posts on chess pedagogy for a year and would love to connect."},
		{Note: "Hi Moana, as a result of your workshop I rewrote our hiring rubric. Thank you!"},
	},
	Good: []Example{
		{Note: "Hi Isabel, I'm an agronomist in Córdoba and loved your talk on soil carbon at the Rome FAO forum. I'd love to hear how you measured it."},
		{Note: "Hi Kai, Rust developer at a Berlin logistics startup here. Your thread on error handling was great, and I'd love to learn more from you."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch.",
			Options: Options{Relationship: Colleague},
			Why:     "A colleague already knows who you are."},
		{Note: "Hi Svetlana, as a chess coach in Novosibirsk I've been following your posts on teaching openings and would love to connect."},
		{Note: "Hi Moana, my name is Tane and I run the volunteer program at Auckland Zoo. Your workshop on hiring rubrics changed ours."},
	},
}

// no-common-ground

var noCommonGround = Rule{
	ID:       "no-common-ground",
	Severity: Suggestion,
	Quiet:    []Relationship{Colleague, Interviewer, Close},
	Advice:   []string{"B3", "B4", "B5", "B8"},
	Guide:    "/guide/anatomy-of-a-good-note/#common-ground",
	check: &required{
		Cues:   groundCues,
		Except: notTheirWork,
		Msg:    "Mention what you share or how you found them: a mutual contact, a group or school, an event, or a post of theirs.",
	},
}

var noCommonGroundDocs = ruleDocs{
	Title: "Nothing you share",
	Explanation: "The easiest yes comes from a connection the reader can see: a mutual contact, a school or group you share, an event you both attended, a post of theirs you read. " +
		"Naming it shows you looked at their profile and gives the note a place in their world.",
	Bad: []Example{
		{Note: "Hi Oliver, I'm a UX designer in Manchester and would love to learn from your experience in healthcare design."},
		{Note: "Hi Fernanda, I'm a data scientist in São Paulo interested in credit risk. I'd love to hear your perspective."},
		{Note: "Hi Raj, I'm an architect moving into urban planning and would value your advice."},
		{Note: "Hi Mei, great to connect! I'm a marketing lead at Shopee.",
			Options: Options{Relationship: Met},
			Why:     "Say where you met; they may not remember."},
		{Note: "Hi Dmitri, I came across your profile and I'm a backend engineer in Tbilisi interested in Go."},
	},
	Good: []Example{
		{Note: "Hi Oliver, fellow Manchester Met alum here! I'm a UX designer at the NHS and loved your post on patient portals. I'd love to hear how you test with older users."},
		{Note: "Hi Fernanda, Lucas Pereira suggested I reach out. I'm a data scientist in São Paulo working on credit risk and would love your perspective."},
		{Note: "Hi Raj, we both spoke at the Pune urbanism meetup in March. I'm an architect moving into planning and would value your advice."},
		{Note: "Hi Mei, great meeting you at the Singapore marketing summit! I'm the marketing lead at Shopee.",
			Options: Options{Relationship: Met}},
		{Note: "Hi Dmitri, I'm also in the Tbilisi Go user group and enjoyed your talk on generics last month."},
	},
}

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
		Msg:      "“{text}” invites a yes or a no; an open question (what, how) gives them more to reply to.",
	},
}

var closedQuestionDocs = ruleDocs{
	Title: "A yes-or-no question",
	Explanation: "A question that can be answered with yes or no tends to end the exchange, and “no” is the easy answer to a stranger. " +
		"An open question (what, how, which) invites them to share something, which is how a conversation starts.",
	Bad: []Example{
		{Note: "Hi Leila, I'm a pastry chef in Marseille and loved your post on sourdough starters. Do you sell your starter?"},
		{Note: "Hi Marco, I'm studying data journalism in Bologna. Would you be open to a chat sometime?"},
		{Note: "Hi Yusuf, we met at the Istanbul design week. Are you going to the Ankara edition?"},
		{Note: "Hi Claire, fellow Sciences Po alum here, and I'm moving into public health. Any chance you'd share some advice?"},
		{Note: "Hi Tendai, I enjoyed your talk on mobile money in Harare, can I ask you about it?"},
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

// shouting

var shouting = Rule{
	ID:       "shouting",
	Severity: Suggestion,
	Advice:   []string{"B10"},
	Guide:    "/guide/anatomy-of-a-good-note/#tone",
	check: anyOf{
		shape{Of: shapeCaps, Msg: "“{text}” in capitals reads as shouting; write it in lower case."},
		shape{Of: shapeBangs, Msg: "“{text}” reads as shouting; one exclamation mark is plenty."},
		shape{Of: shapeEmoji, Msg: "A row of emoji reads as shouting; one is plenty."},
	},
}

var shoutingDocs = ruleDocs{
	Title: "Shouting",
	Explanation: "Words in capitals, strings of exclamation marks and rows of emoji read as raised voice. " +
		"Enthusiasm comes through better in what you say than in how loudly; aim for the tone of a friendly colleague.",
	Bad: []Example{
		{Note: "Hi Jake, I LOVED your talk on React performance at JSConf. I'm a front-end dev in Austin."},
		{Note: "Hi Ama, congratulations on the award!! I'm a fellow engineer at Ghana Water."},
		{Note: "Hi Lin, your post on bubble tea supply chains was amazing 🔥🔥🔥 I'm a buyer in Taipei."},
		{Note: "Hi Dave, VERY EXCITED to see your new book on sailing. I'm a sailmaker in Cowes."},
		{Note: "Hi Sofía, THANK YOU for the mentoring session at Campus Madrid!"},
	},
	Good: []Example{
		{Note: "Hi Jake, I loved your talk on React performance at JSConf. I'm a front-end dev in Austin and would love to hear how you profile slow renders."},
		{Note: "Hi Ama, congratulations on the award from the IEEE and NASA! I'm a fellow engineer at Ghana Water.",
			Why: "Acronyms are not shouting."},
		{Note: "Hi Lin, your post on bubble tea supply chains was amazing 🔥 I'm a buyer in Taipei."},
		{Note: "Hi Dave, excited to see your new book on sailing! I'm a sailmaker in Cowes and worked on the HMS Victory replica sails."},
		{Note: "Hi Sofía, thank you for the mentoring session at Campus Madrid; your tip on GDPR and SaaS contracts saved me a week."},
	},
}

// Shared word lists for patterns.
const (
	looks   = "(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely|adorable)"
	praise  = "(impressive|amazing|great|awesome|incredible|inspiring|fantastic|remarkable|outstanding|excellent|stellar|wonderful|interesting|fascinating|exceptional|brilliant|phenomenal|extraordinary|admirable|cool|nice|superb|terrific|rich|strong|solid|unique|diverse|varied|stunning|beautiful|lovely|top|inspirational)"
	generic = "(profile|background|experience|career|journey|work|achievements|accomplishments|resume|credentials|expertise|skills|skillset|portfolio|story|trajectory)"
)

// Cues that the note gives a reason to connect.
var reasonCues = []string{
	"(because|since|cause|cos|coz)",
	"as (i|i'm|im|we|we're|you|you're|your)",
	"(reaching|reach) out",
	"(writing|messaging) (to|because|as)",
	"the reason",
	"(hope|hoping|hoped) to",
	"(love|like|want|wanted|keen|eager|glad|happy|hoping) to (learn|hear|swap|chat|talk|compare|exchange|stay|keep|follow|ask|pick|trade|share|discuss|collaborate|work|understand|read|see|meet|invite|introduce|support|help|contribute|join|volunteer|mentor|interview|feature|thank|say|congratulate)",
	"(love|like|want|appreciate|value|welcome|valued|appreciated) (your|any) (advice|thoughts|take|perspective|insight|insights|view|views|opinion|input|feedback|guidance|tips|help|recommendation|recommendations)",
	"(advice|tips|guidance|insight|insights|perspective) (on|about|for)",
	"learn (from|about|more|how|what|why)",
	"(interested|curious) (in|about|how|what|why|to|whether)",
	"(working|work) on",
	"(exploring|researching|studying|moving|transitioning|switching|pivoting|planning|organizing|organising|preparing|tackling|drafting)",
	"(thank|thanks) (you)? (for|again)",
	"(stay|keep) in (touch|contact)",
	"(stay|keep) connected",
	"catch up",
	"(miss|missed) (our|you|working|the)",
	"keep up with",
	"(follow|following) (your|along|you)",
	"(congrat*|kudos|bravo)",
	"well deserved",
	"(your|the) _? " + theirWork,
	"(your|the) (promotion|answer|question|feedback|advice|recent|new)",
	"we (met|spoke|talked|chatted|both|worked|studied|share|shared|overlapped|sat)",
	"(met|meeting|seeing|chatting|speaking|talking) with? you",
	"(great|good|perfect|strong|natural|ideal) fit",
	"(matches|fits|suits|match|fit|suit) your (profile|background|experience|skills|skillset)",
	"what (do|did|would|are|is|was|made)",
	"how (do|did|would|are|is|was|you)",
}

// Cues that the note names common ground: something shared, or how the
// sender found the recipient.
var groundCues = []string{
	"(mutual|fellow|both|alum|alumni|alumna|alumnus|alumnae|classmate|classmates|cohort|same)",
	"also (a|an|work|worked|working|study|studied|studying|live|lived|attended|went|from|in|at|love|use|run|volunteer|lead|teach|build|based|on)",
	"too $",
	"(suggested|recommended|mentioned|introduced|referred)",
	"(told|pointed|sent) me",
	"(conference|meetup|summit|webinar|hackathon|group|community|forum|slack|discord|chapter|club|society|association|bootcamp|expo|fair|panel|keynote|workshop|talk|podcast|episode|post|article|thread|newsletter|comment|video|paper|book|blog|essay|presentation|interview|course|lecture|event|session|retreat|fellowship|report|study|piece|festival|congress|symposium|seminar|lecture|thesis|writeup|tutorial)",
	"(read|saw|watched|heard|enjoyed|loved|liked|attended|listened|noticed|found|spotted|follow|followed|following|admire|admired) (to)? your",
	"(congrat*|kudos)",
	"(your|the) (recent)? (promotion|award|launch|funding|raise|grant|win|move)",
	"new (role|job|position|book|lab|venture)",
	"(met|meeting|metting)",
	"(seeing|chatting|talking|speaking) with? you",
	"(since|from|at) (uni|university|college|school)",
	"(worked|work|working) together",
	"(worked|work|working) with you",
	"(at|from) the same",
	"(interview|interviewing|interviewed)",
	"(heard|saw|watched) you (speak|present|talk|perform|play|at|on|in)",
	"your _ (work|research|paper|project|study|talk|post|book) (on|in|at|with|about)",
	"(thank|thanks) (you)? for",
	"your (team|company|lab|startup|school|university|department|org|organization|organisation)",
	"your _? " + theirWork,
	"your (work|research|time) (on|in|at|with|around|as)",
}

// Things of theirs a sender may have read, watched or used.
const theirWork = "(talk|post|article|panel|podcast|book|paper|thread|newsletter|video|comment|presentation|workshop|keynote|session|webinar|blog|essay|piece|research|project|launch|writeup|tutorial|guide|study|report|episode|interview|course|repo|library|demo|lecture|class|thesis|photos|photographs|pictures|maps|map|drawings|designs|design|data|dataset|code|survey|film|documentary|app|game|album|song|exhibition|exhibit|show|campaign|tool|site|zine|series|speech|slides|deck|analysis|review|list|reel|portfolio)"

// Phrases that mention the recipient without any sign of having read them:
// seeing a profile is not common ground or a reason.
var notTheirWork = []string{
	"(saw|found|came|viewed|noticed|read|spotted|stumbled|visited|checked|went) (across|upon|out|through)? your (profile|page|name|linkedin)",
}

// Cues that the sender says who they are.
var introCues = []string{
	"(i'm|im) " + selfWords,
	"i am " + selfWords,
	"(i'm|im|it's) N",
	"this is N",
	"i am N",
	"my (name|name's|names)",
	"(i|we) (work|worked|lead|led|run|ran|manage|managed|teach|taught|study|studied|research|design|build|built|coach|own|founded|cofounded|started|joined|volunteer|organise|organize|organised|organized|write|edit|host|produce|curate|develop|engineer|consult|advise|mentor|recruit|graduated|trained|moved|relocated|switched|specialise|specialize|focus|handle|support|analyse|analyze|code|program|practise|practice|coordinate|teach|sell|farm|nurse|treat)",
	"i (recently|just|currently|also) (joined|graduated|started|moved|finished|completed|launched|relocated|switched|became|work|lead|run|study|teach)",
	"(i've|ive) (been|spent|worked|led|built|run|managed|taught|written|studied|designed|shipped|launched|founded|started|joined|trained|moved|covered|reported|practised|practiced)",
	"my (team|company|startup|lab|research|thesis|dissertation|role|job|work|background|field|practice|studio|agency|business|clinic|school|students|class|department|career|shop|firm|project|podcast|newsletter|book|phd|masters|degree|course|program|programme|experience|day|ward|unit|restaurant|farm|colleagues)",
	"as (a|an) _",
	"(fellow|alum|alumni|alumna|alumnus)",
	"we (met|spoke|talked|chatted|worked|studied|both|sat|overlapped|shared)",
	roles + " here",
	roles + " (at|from|in|with|for|of)",
	"(currently|now) (a|an|working|studying|leading|building|based)",
}

// Words that name someone's job.
const roles = "(engineer|designer|developer|researcher|student|nurse|teacher|analyst|recruiter|consultant|scientist|marketer|lawyer|architect|writer|founder|manager|journalist|editor|photographer|pharmacist|physician|chemist|economist|accountant|dev|pm|intern|graduate|grad|chef|pilot|farmer|coach|doctor|midwife|paramedic|librarian|translator|artist|musician|producer)"

// Words after "I'm" that describe the sender.
const selfWords = "(a|an|the|currently|also|now|part|based|on|in|at|with|from|studying|building|leading|running|working|researching|writing|pursuing|finishing|completing|transitioning|moving|learning|training|starting|launching|organizing|organising|teaching|designing|developing|new|one|still|recently|head|senior|junior|lead|principal|staff|chief|founder|cofounder|co|self|freelance|former|retired|doing|preparing|applying|hiring|fellow|mid|early|late|responsible|in)"

// Phrases that look like an introduction but are not.
var notIntro = []string{
	"as (a|an) (result|matter|whole|rule|reminder|side|bonus|way|start|first|thank|follow|quick|heads|token|gesture|courtesy|favour|favor|fan|reader|listener|follower)",
	"(i've|ive) been (following|reading|watching|meaning|hoping|wanting|thinking|enjoying|admiring|listening|looking|trying|waiting)",
	"(i'm|im) (on|in|at|with|from) (your|the)? (page|profile|linkedin|feed|list|way)",
	"i am (on|in|at|with|from) (your|the)? (page|profile|linkedin|feed|list|way)",
}

package rules

// Rules about a note's form rather than its words: length, blanks left in a
// template, links and a raised voice.

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
		{Note: "Hi Maren, I'm a junior hydrologist at the Norwegian Water Resources agency and I read your report on glacier melt in Jostedal twice. I'd love to hear how you chose the gauging stations and what you would measure differently next season.", Flag: []string{"uld measure differently next season."},
			Why: "236 characters on a free account."},
		{Note: "Hi Ali, I'm a product analyst at Careem in Dubai and enjoyed your talk on ride pricing at the Gulf data meetup. I would love to hear how you explained surge pricing to drivers in your first months. 🚗💨", Flag: []string{"💨"},
			Why: "Each emoji takes two characters; these two push the note to 202."},
		{Note: "Hi Beatriz, I'm a conservation architect in Porto and your paper on lime mortars in the Ribeira houses has been on my desk for a month. We are restoring a row of 18th-century facades near Miragaia and keep arguing about hydraulic lime versus air lime. I'd love to hear how you'd approach the sea-facing walls, if you have a moment.", Flag: []string{"ng walls, if you have a moment."},
			Options: Options{Account: Premium},
			Why:     "Over 300 characters even on Premium."},
		{Note: "Hi Chen, we were both at the Shenzhen hardware meetup last week and I loved your demo of the low-power LoRa sensor board. I build irrigation controllers for small farms and would love to compare notes on battery life in the field.", Flag: []string{" on battery life in the field."},
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
	check:    shape{Of: shapeBlank, Msg: "A blank from a template: {text}. Fill it in before you send."},
}

var placeholderDocs = ruleDocs{
	Title: "A blank left in a template",
	Explanation: "Reusable notes save time, but a note that still says [Name] or {company} tells the reader they are one of a list. " +
		"Fill in every blank from what you learned about the person, then read the note once more as they will see it.",
	Bad: []Example{
		{Note: "Hi [Name], I'm a UX researcher at Klarna and loved your talk at Config. I'd love to hear how you run diary studies with remote teams.", Flag: []string{"[Name]"}},
		{Note: "Hi Aisha, I noticed we both work in {industry} and would love to swap notes on hiring.", Flag: []string{"{industry}"}},
		{Note: "Hello Carlos, congratulations on the new role at <Company>! I'm a recruiter for data teams in Madrid.", Flag: []string{"<Company>"}},
		{Note: "Hi {{first_name}}, fellow Georgia Tech alum here. I'd love to hear how you moved into robotics.", Flag: []string{"{{first_name}}"}},
		{Note: "Hi Priya, I'm a nurse educator at XXX Hospital and enjoyed your article on night-shift fatigue.", Flag: []string{"XXX"}},
		{Note: "Hi Jonas, I saw your post about ___ and would love to connect.", Flag: []string{"___"},
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

// link

var link = Rule{
	ID:       "link",
	Severity: Warning,
	Advice:   []string{"C1"},
	Guide:    "/guide/what-to-leave-out/#links",
	check:    shape{Of: shapeURL, Msg: "A link: {text}. Links in a first note look like spam, and your profile already has them."},
}

var linkDocs = ruleDocs{
	Title: "A link in the note",
	Explanation: "A link in a first note looks like spam or a pitch, and cautious people won't click a stranger's link at all. " +
		"Everything you would link to, your portfolio or your site, is one click away on your profile. Let the note stand on its own.",
	Bad: []Example{
		{Note: "Hi Ravi, I'm a motion designer in Kochi. My reel is at https://vimeo.com/ravi-motion if you have a minute.", Flag: []string{"https://vimeo.com/ravi-motion"}},
		{Note: "Hi Sara, grab a slot at calendly.com/sara-growth and let's talk.", Flag: []string{"calendly.com/sara-growth"}},
		{Note: "Hi Jens, I wrote a reply to your post on heat pumps: www.jenskaplan.dk/heat. Would love your thoughts.", Flag: []string{"www.jenskaplan.dk/heat"}},
		{Note: "Hi Nia, I'm launching a podcast on Caribbean food history (bit.ly/carib-pod) and loved your book.", Flag: []string{"bit.ly/carib-pod"}},
		{Note: "Hi Omar, my portfolio: omar.design/work. I'm a product designer in Cairo.", Flag: []string{"omar.design/work"}},
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

// shouting

var shouting = Rule{
	ID:       "shouting",
	Severity: Suggestion,
	Advice:   []string{"B10"},
	Guide:    "/guide/anatomy-of-a-good-note/#tone",
	check:    shout{Msg: "Reads as shouting: {text}. Enthusiasm carries better in words: sentence case, one exclamation mark, one emoji."},
}

var shoutingDocs = ruleDocs{
	Title: "Shouting",
	Explanation: "Words in capitals, strings of exclamation marks and rows of emoji read as raised voice. " +
		"Enthusiasm comes through better in what you say than in how loudly; aim for the tone of a friendly colleague.",
	Bad: []Example{
		{Note: "Hi Jake, I LOVED your talk on React performance at JSConf. I'm a front-end dev in Austin.", Flag: []string{"LOVED"}},
		{Note: "Hi Ama, congratulations on the award!! I'm a fellow engineer at Ghana Water.", Flag: []string{"!!"}},
		{Note: "Hi Lin, your post on bubble tea supply chains was amazing 🔥🔥🔥 I'm a buyer in Taipei.", Flag: []string{"🔥🔥🔥"}},
		{Note: "Hi Dave, VERY EXCITED to see your new book on sailing. I'm a sailmaker in Cowes.", Flag: []string{"VERY EXCITED"}},
		{Note: "Hi Sofía, THANK YOU for the mentoring session at Campus Madrid!", Flag: []string{"THANK YOU"}},
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

package rules

// Rules about a note's form rather than its words: length, blanks left in a
// template, links and a raised voice.

// too-long

var tooLong = Rule{
	ID:       "too-long",
	Severity: Error,
	Advice:   []string{"D1"},
	Guide:    "/guide/length-and-limits/#limits",
	check:    &overLimit{},
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
	check:    &shape{Of: shapeBlank, Msg: "A blank from a template: {text}. Fill it in before you send."},
}

var placeholderDocs = ruleDocs{
	Title: "A blank left in a template",
	Explanation: "Reusable notes save time, but a note that still says [Name] or {company} tells the reader they are one of a list. " +
		"Fill in every blank from what you learned about the person, then read the note once more as they will see it.",
	Bad: []Example{
		{Note: "Hi [Name], I'm a UX researcher at Klarna and loved your talk at Config. I'd love to hear how you run diary studies with remote teams.", Flag: []string{"[Name]"}},
		{Note: "Hi Ana, I loved your talk at (event name) last week. I'm a PM in Leeds.", Flag: []string{"(event name)"},
			Why: "A field described in parentheses is a blank too."},
		{Note: "Hi Ana, I saw that you work at COMPANY and wanted to connect. I'm a recruiter in Leeds.", Flag: []string{"COMPANY"},
			Why: "A field in capitals where its value goes."},
		{Note: "Hi Aisha, I noticed we both work in {industry} and would love to swap notes on hiring.", Flag: []string{"{industry}"}},
		{Note: "Hello Carlos, congratulations on the new role at <Company>! I'm a recruiter for data teams in Madrid.", Flag: []string{"<Company>"}},
		{Note: "Hi {{first_name}}, fellow Georgia Tech alum here. I'd love to hear how you moved into robotics.", Flag: []string{"{{first_name}}"}},
		{Note: "Hi Priya, I'm a nurse educator at XXX Hospital and enjoyed your article on night-shift fatigue.", Flag: []string{"XXX"}},
		{Note: "Hi Jonas, I saw your post about ___ and would love to connect.", Flag: []string{"___"},
			Why: "A run of underscores is a blank too."},
		{Note: "Hey *|FNAME|*! We help coaches fill their calendars. Open to a quick chat this week?", Flag: []string{"*|FNAME|*"},
			Why: "A mail-merge tag that was never merged."},
		{Note: "Hi %FIRSTNAME%, are you still handling procurement at %COMPANY%?", Flag: []string{"%FIRSTNAME%", "%COMPANY%"}},
		{Note: "Hi {{ first_name }}, noticed {{ company }} is scaling its support team.", Flag: []string{"{{ first_name }}", "{{ company }}"}},
		{Note: "Hi #FirstName#, loved your talk at [EVENT NAME].", Flag: []string{"#FirstName#", "[EVENT NAME]"}},
		{Note: "Hi NAME, loved your talk on serverless costs. I'm a cloud architect in Porto.", Flag: []string{"NAME"},
			Why: "A field's name in capitals where the name should stand is a blank without brackets."},
		{Note: "Hola (nombre), vi tu charla sobre pagos en tiempo real. Soy dev en Quito.", Flag: []string{"(nombre)"}},
		{Note: "Hi Rutendo, I help mining companies reduce (insert pain point here) through better fleet data.", Flag: []string{"(insert pain point here)"}},
		{Note: "Hola [Nombre], en Finanzia ayudamos a pymes como {empresa} a cobrar sus facturas en 48 horas.", Flag: []string{"[Nombre]", "{empresa}"}},
		{Note: "Olá {{primeiro_nome}}! Tenho uma vaga de engenheiro de dados 100% remota.", Flag: []string{"{{primeiro_nome}}"}},
		{Note: "Bonjour [Prénom], je vois que nous travaillons tous les deux dans la cybersécurité.", Flag: []string{"[Prénom]"}},
		{Note: "Hallo <Vorname>, schön, dass wir uns auf der Hannover Messe kennengelernt haben.", Flag: []string{"<Vorname>"}},
		{Note: "〇〇様\nはじめまして。先日のセミナーでのご講演、大変興味深く拝聴しました。", Flag: []string{"〇〇"},
			Why: "〇〇 stands for a name in Japanese templates."},
		{Note: "<b>Hi [Name]</b>", Flag: []string{"[Name]"}},
		{Note: "Hola Marta, te vi en la <Feria> y me encantaría presentarte lo que hacemos en <EMPRESA>.", Flag: []string{"<Feria>", "<EMPRESA>"},
			Why: "A blank names what goes in it, or shouts it."},
	},
	Good: []Example{
		{Note: "Hi Ines, I'm a product designer in Porto and loved your Config talk on naming design tokens. I'd love to hear how you got the engineers to adopt them."},
		{Note: "Hi Ana, I'm a nurse (name withheld for privacy) in Leeds and your thread on night shifts helped me.",
			Why: "An aside that says more than a field's name is prose."},
		{Note: "Hi Xavier, the XXL build times in your post on Unreal shader caching were painful to read! I'm a tools engineer at Ubisoft and would love to hear what finally fixed them.",
			Why: "XXL is a word, not a run of Xs."},
		{Note: "Hi Wen, section [3] of your paper on sparse attention answered a question I'd had for months. I'm a PhD student at ETH and would love to hear what you're working on next.",
			Why: "A bracketed number is a reference, not a blank."},
		{Note: "Hi Beth, I <3 your zine on community gardens in Leeds. I run a seed library in Hull and would love to trade ideas."},
		{Note: "Hi Dev, your post on naming Python variables in snake_case settled a long argument on my team. I'm a data engineer in Pune and would love to follow your writing."},
		{Note: "Congrats Ana!! Drinks on me xxx", Options: Options{Relationship: Close},
			Why: "Lower-case xxx signs off with kisses."},
		{Note: "Hi Ana, <b>loved</b> your talk, I <3 it.", Why: "Markup and a heart are not blanks."},
		{Note: "Hi Ana, write to maria [at] example [dot] org about the mentoring scheme."},
		{Note: "Hi Ingrid, I'm a Rust dev in Berlin. Your post on returning Result<Vec<T>, E> instead of panicking made error handling click for our team.",
			Why: "Generics are code: the bracket is glued to a name, and T is one letter."},
		{Note: "Hi Mirela, I've since swapped our custom accordion for plain <details> and <summary>, and screen readers are happier."},
		{Note: "Hola Nerea, después de tu charla cambié todos mis <div onclick> por <button> y el lector de pantalla por fin los anuncia.",
			Why: "An element with an attribute is markup too."},
		{Note: "Hi Sven, your post about replacing <br> spacing hacks with CSS gap saved my week."},
		{Note: "Hola Iñaki, tu hilo sobre UNDO_RETENTION y el error ERR_SNAPSHOT_OLD me ahorró una noche. Soy DBA en Bilbao.",
			Why: "Constants and error codes in capitals name no template field."},
		{Note: "hi pedro, thanks for ur answer on the <T extends Comparable> question in the java group",
			Why: "A type's parameters in angle brackets are code."},
		{Note: "Hi Mei, your blog on moving from map[string]interface{} to typed structs in the pricing service was great."},
		{Note: "Hi Arun, your post on <vscale x 2 x double> vectors in MLIR ended a week of confusion for me. I'm a compiler engineer in Cambridge.",
			Why: "Words and numbers in angle brackets are a type, not a field's name."},
		{Note: "Hola Iker, tu hilo sobre pasar &[u8] en vez de Vec<u8> me ahorró muchas copias. Soy desarrollador de sistemas en Bilbao.",
			Why: "A bracket after a reference's & is code too."},
		{Note: "Hi Pavel, your talk on why you stopped templating {{ .Values.image.tag }} in every Helm chart was painfully relatable.",
			Why: "A template's expression, not a blank."},
		{Note: "Hola Alba, tu artículo sobre por qué seguimos usando <div> para todo, con la cita «que sea más moderno [sic]», me encantó."},
		{Note: "Oi Henrique, sua palestra sobre generics em Java, com aquele List<? extends Number>, me fez entender wildcards."},
		{Note: "Bonjour Hugo, votre billet sur les génériques en Rust (Vec<T>, Option<&str>) m'a fait comprendre les lifetimes."},
		{Note: "Hallo Niklas, dein Blogpost über Result<T, E> und den ?-Operator in Rust war super erklärt."},
		{Note: "Hi Tomás, your post on wrapping each route in <Suspense> with a skeleton fallback fixed our flicker. I'm a front-end dev in Porto.",
			Why: "One word in angle brackets that names no field of a template is a component from code."},
		{Note: "Ciao Paolo, il tuo talk sul typing, con Optional[str] e il confronto con Vec<T> di Rust, mi ha chiarito parecchio."},
		{Note: "Hi Max, I'm a network engineer at SAP and loved your post on the NAME resolution bug in our DNS setup.",
			Why: "NAME in capitals is a word where no name stands."},
		{Note: "Devin, the installer wrote its config to %APPDATA% instead of %LOCALAPPDATA% on roaming profiles. Thanks for the detailed repro!",
			Why: "Windows's variables in percent signs are paths, not mail-merge fields."},
		{Note: "Bonjour Antoine, votre conférence « quand utiliser [T any] en Go » m'a beaucoup servi. Je suis dev backend à Lyon.",
			Why: "A one-letter name then a constraint is a list of type parameters."},
		{Note: "Hi Rosa, your QUALIFY ROW_NUMBER() OVER (...) = 1 dedupe from the dbt meetup cut our model from 14 minutes to 3.",
			Why: "A word in capitals called as a function is code, whatever its parts say."},
	},
}

// link

var link = Rule{
	ID:       "link",
	Severity: Warning,
	Advice:   []string{"C1"},
	Guide:    "/guide/what-to-leave-out/#links",
	check:    &shape{Of: shapeURL, Msg: "A link: {text}. Links in a first note look like spam, and your profile already has them."},
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
		{Note: "Hi Amara, I'd love 20 minutes to show you our month-end close tool. Book a slot at calendhub.io", Flag: []string{"calendhub.io"},
			Why: "A bare domain is a link too."},
		{Note: "Oi Leandro, dá uma olhada no nosso portfólio: pixelnorte.com.br", Flag: []string{"pixelnorte.com.br"}},
		{Note: "Hola Gustavo, mira nuestros casos en nexodigital.co/casos y me cuentas.", Flag: []string{"nexodigital.co/casos"}},
		{Note: "Bonjour Anthony, mes références : octo-agile.fr/equipe.", Flag: []string{"octo-agile.fr/equipe"}},
		{Note: "Hallo Frau Berger, meine Arbeiten finden Sie unter www.gruenraum-studio.ch – ich freue mich auf einen Austausch!", Flag: []string{"www.gruenraum-studio.ch"}},
	},
	Good: []Example{
		{Note: "Hi Ravi, I'm a motion designer in Kochi and loved your title sequence for the Kerala film festival. I'd love to hear which tools you used for the water effects."},
		{Note: "Hi Sara, I'm a data scientist at Booking.com and enjoyed your talk on hotel ranking at RecSys. I'd love to hear how you handled seasonality.",
			Why: "A company called Booking.com is a name, not a link."},
		{Note: "Hi Jens, your post on migrating from ASP.NET to Node.js was timely. I'm leading the same move at a bank in Aarhus and would love to compare notes."},
		{Note: "Hi Nia, I'm a food historian in Kingston and loved your book on Caribbean kitchens. I linked it in my course reading list and would love to follow your work.",
			Why: "Saying you linked something is not a link."},
		{Note: "Hi Omar, e.g. your Cairo metro signage redesign, i.e. the Arabic-first version, is exactly the work I hope to do. I'm a design student at GUC."},
		{Note: "Hi Ana, I build on socket.io and Node.js and enjoyed your talk on realtime dashboards.",
			Why: "Names of software written like a domain."},
		{Note: "Hi Ana, I linked your post in my newsletter; it was the most read piece this month."},
		{Note: "Hi Ana, your talk on why <script>alert(1)</script> still works in old CMSs was scary and useful."},
		{Note: "Bonjour Mehdi, j'ai vu votre talk sur l'A/B testing chez Booking.com. Je suis joignable à s.morel@leboncoin.fr.",
			Options: Options{Account: Premium},
			Why:     "An e-mail address is not a link."},
		{Note: "Hola Pedro, soy analista en MercadoLibre.com y me encantó tu charla sobre pagos en Colombia."},
		{Note: "Olá Ana, sou dev na Movile e uso ASP.NET Core há três anos; adorei sua palestra sobre migração."},
		{Note: "Hallo Jens, Ihr Beitrag zur Migration von ASP.NET nach Node.js kam genau richtig."},
	},
}

// shouting

var shouting = Rule{
	ID:       "shouting",
	Severity: Suggestion,
	Advice:   []string{"B10"},
	Guide:    "/guide/anatomy-of-a-good-note/#tone",
	check:    &shout{Msg: "Reads as shouting: {text}. Enthusiasm carries better in words: sentence case, one exclamation mark, one emoji."},
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
		{Note: "Olá Rafael, a sua palestra no TDC resolveu uma discussão que a equipa tinha há MESES. Sou SRE em Lisboa.", Flag: []string{"MESES"},
			Why: "Time said long in capitals (MONTHS, MESES, ENFIN) is emphasis; SRE and TDC are acronyms."},
		{Note: "Hola Hernán, me sirvió MUCHÍSIMO tu post sobre scoring alternativo. ¡Gracias!", Flag: []string{"MUCHÍSIMO"}},
		{Note: "Oi Letícia, seu canal me ajudou DEMAIS a montar aulas práticas. Obrigada!", Flag: []string{"DEMAIS"}},
		{Note: "Bonjour Damien, MERCI pour votre fil sur la négociation salariale.", Flag: []string{"MERCI"}},
		{Note: "Hi Zoe, your talk on API versioning was EXACTLY what our team needed. I lead platform at a Lyon insurtech.", Flag: []string{"EXACTLY"},
			Why: "An adverb in capitals is emphasis whatever the word: -LY, -MENTE."},
		{Note: "Hola Inés, tu guía de onboarding me pareció TOTALMENTE práctica. Soy PM en Quito.", Flag: []string{"TOTALMENTE"}},
		{Note: "Hallo Merve, DANKE für Ihren Beitrag zur Gehaltsverhandlung.", Flag: []string{"DANKE"}},
		{Note: "¡¡Sofi!! Qué bueno haberte conocido en el hackatón de Córdoba 🚀🚀🚀", Flag: []string{"¡¡", "!!", "🚀🚀🚀"},
			Options: Options{Relationship: Met},
			Why:     "Two kinds of shouting make the finding a warning."},
		{Note: "GUTEN TAG HERR WOLF, ICH BIN FINANZBERATER UND SUCHE NEUE KONTAKTE IN STUTTGART.", Flag: []string{"GUTEN TAG HERR WOLF", "ICH BIN FINANZBERATER UND SUCHE NEUE KONTAKTE IN STUTTGART"},
			Why: "A note in capitals shouts as a whole: a warning."},
	},
	Good: []Example{
		{Note: "Hi Jake, I loved your talk on React performance at JSConf. I'm a front-end dev in Austin and would love to hear how you profile slow renders."},
		{Note: "Hi Tomás, I read THE LONG HARVEST over the weekend and the chapter on seed cooperatives in Oaxaca stayed with me. I run a seed bank in Puebla.",
			Why: "A title in capitals within a sentence in lower case is a name, not a raised voice."},
		{Note: "Hi Ama, congratulations on the award from the IEEE and NASA! I'm a fellow engineer at Ghana Water.",
			Why: "Acronyms are not shouting."},
		{Note: "Hi Lin, your post on bubble tea supply chains was amazing 🔥 I'm a buyer in Taipei."},
		{Note: "Hi Dave, excited to see your new book on sailing! I'm a sailmaker in Cowes and worked on the HMS Victory replica sails."},
		{Note: "Hi Sofía, thank you for the mentoring session at Campus Madrid; your tip on GDPR and SaaS contracts saved me a week."},
		{Note: "Hi Ana, I use MATLAB and SOLIDWORKS daily at AIESEC projects."},
		{Note: "Hi Ana, I lead the LGBTQ network at HSBC."},
		{Note: "Hi Ana, I'm a law student at UNILAG and met you at GITEX."},
		{Note: "Hallo Herr Vogel, Ihr Buch „DIE AGILE BEHÖRDE“ liegt auf meinem Schreibtisch. Ich arbeite im IT-Referat des BMI.",
			Why: "A title in quotation marks is not a shout."},
		{Note: "Bonjour Stéphane, votre livre « LE CONTRÔLE DE GESTION AGILE » est ma référence. DAF dans le Jura."},
		{Note: "Bonjour Mme Ouedraogo, analyste crédit à la BOA Mali, je suis votre travail sur le crédit agricole."},
		{Note: "Hola Lucía, trabajo en el BBVA y colaboro con la ONU en Lima."},
		{Note: "Olá Pedro, estudei na FGV e na USP e adorei sua aula sobre a B3."},
	},
}

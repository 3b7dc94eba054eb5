package rules

// Rules about how a note opens; greeting.go reads the greeting they share.

// wrong-name

var wrongName = Rule{
	ID:       "wrong-name",
	Severity: Error,
	Advice:   []string{"C6"},
	Guide:    "/guide/what-to-leave-out/#wrong-name",
	check:    &opening{Want: rightName},
}

var wrongNameDocs = ruleDocs{
	Title: "The greeting names someone else",
	Explanation: "When you reuse a note, the last recipient's name is easy to miss, and seeing someone else's name tells the reader the note was copied and pasted. " +
		"Few first impressions are worse. Check the greeting against the person you are writing to before you send.",
	Bad: []Example{
		{Note: "Hi Sarah, I'm a data analyst at Monzo and enjoyed your talk on fraud models at PyData London. I'd love to hear how you explain model drift to the ops team.", Flag: []string{"Sarah"},
			Options: Options{Name: "Rachel"}},
		{Note: "Hello Jean-Luc, I'm a sommelier in Lyon and loved your piece on natural wines.", Flag: []string{"Jean-Luc"},
			Options: Options{Name: "Jean-Marc"}},
		{Note: "Hey Mohammed, congrats on the new role at Aramco! I'm a process engineer in Dhahran.", Flag: []string{"Mohammed"},
			Options: Options{Name: "Ahmed"}},
		{Note: "Dear Aoife, thank you for your talk on rural broadband at the Galway tech summit. I'm a network planner at Eir.", Flag: []string{"Aoife"},
			Options: Options{Name: "Niamh"}},
		{Note: "hi tom, I'm a teacher in Leeds and enjoyed your thread on phonics.", Flag: []string{"tom"},
			Options: Options{Name: "Tim"}},
		{Note: "Hi Joseph, fellow Strathmore alum here! I enjoyed your piece on M-Pesa float management.", Flag: []string{"Joseph"},
			Options: Options{Name: "Josephine"},
			Why:     "Josephine is another name, not a longer form of Joseph."},
		{Note: "Estimado Rodrigo, soy jefe de operaciones en una viña de Colchagua y vi su presentación sobre enoturismo.", Flag: []string{"Rodrigo"},
			Options: Options{Name: "Patricio"}},
		{Note: "Oi Mateus, assisti sua aula aberta sobre precificação na ESPM ontem. Sou dono de uma torrefação em Campinas.", Flag: []string{"Mateus"},
			Options: Options{Name: "Marcos"}},
		{Note: "Chère Mélissa, votre intervention au Forum de l'emploi de Genève m'a beaucoup touchée.", Flag: []string{"Mélissa"},
			Options: Options{Name: "Mélanie"}},
		{Note: "Liebe Kristina, danke für deinen Workshop zu Barrierefreiheit im UXcamp Europe!", Flag: []string{"Kristina"},
			Options: Options{Name: "Katharina"}},
		{Note: "Dzień dobry Pani Magdaleno, bardzo zainteresował mnie Pani wpis o ESG.", Flag: []string{"Magdaleno"},
			Options: Options{Name: "Katarzyna"},
			Why:     "Polish greets by first name after Pani, in the vocative."},
		{Note: "鈴木様\nはじめまして、メルカリでデータサイエンティストをしている山本です。", Flag: []string{"鈴木様"},
			Options: Options{Name: "佐藤"}},
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
		{Note: "Hi Anna, I'm a nurse in Leeds.", Options: Options{Name: "Anna Smith"}},
		{Note: "Hi Tanaka-san, I'm a nurse in Leeds.", Options: Options{Name: "Yuki Tanaka"},
			Why: "An honorific after the name is not part of it."},
		{Note: "Hola Lupita, soy Diego, estudié contigo en el Tec de Monterrey.", Options: Options{Name: "Guadalupe"}},
		{Note: "Oi Vivi! Nunca cheguei a te agradecer por ter me ensinado SQL no meu primeiro estágio.", Options: Options{Name: "Viviane"}},
		{Note: "Bonjour Madame Lambert, j'ai lu avec intérêt votre tribune dans Les Échos.", Options: Options{Name: "Nathalie"}},
		{Note: "Sehr geehrte Frau Dr. Weber, Ihr Vortrag zur Pflegeroboter-Akzeptanz hat mich überzeugt.", Options: Options{Name: "Sabine"}},
		{Note: "Dzień dobry Pani Agnieszko, czytałam Pani artykuł o pracy zdalnej.", Options: Options{Name: "Agnieszka"}},
		{Note: "Привет, Саша! Помнишь, мы вместе были на хакатоне в Иннополисе?", Options: Options{Name: "Александр"}},
		{Note: "Hallo Schatz, äh, Katja 😅 seit ich bei SAP bin, vermisse ich unsere Mittagspausen.", Options: Options{Name: "Katja"}},
		{Note: "Hi Tasha, I'm a midwife in Leeds and loved your thread on night shifts.", Options: Options{Name: "Natasha"},
			Why: "A short form taken from the end of the name is fine."},
		{Note: "Hallo Juergen, danke für den Vortrag zu Wärmepumpen in Freiburg.", Options: Options{Name: "Jürgen"},
			Why: "Umlauts written out are the same name."},
		{Note: "健二さん、先週のRubyKaigiではお話しできて嬉しかったです！", Options: Options{Name: "Kenji"},
			Why: "A name in another script can't be compared, so it isn't judged."},
	},
}

// generic-salutation

var genericSalutation = Rule{
	ID:       "generic-salutation",
	Severity: Warning,
	Advice:   []string{"B7"},
	Guide:    "/guide/anatomy-of-a-good-note/#greeting",
	check:    &opening{Want: notGeneric, Msg: "A greeting for anyone: {text}. Greet them by name."},
}

var genericSalutationDocs = ruleDocs{
	Title: "A greeting for anyone",
	Explanation: "“Dear Sir/Madam” and “Hi there” are what form letters say. They tell the reader you don't know their name, or didn't look. " +
		"Their name is right on the profile you are sending from; use it.",
	Bad: []Example{
		{Note: "Dear Sir/Madam, I am a chartered accountant in Karachi and would like to connect with finance professionals.", Flag: []string{"Dear Sir/Madam"}},
		{Note: "To whom it may concern, I'm a recent law graduate interested in maritime law.", Flag: []string{"To whom it may concern"}},
		{Note: "Hi there, I enjoyed your post on remote onboarding and would love to connect.", Flag: []string{"Hi there"}},
		{Note: "Hello friend, I'm a blockchain developer looking to grow my network.", Flag: []string{"Hello friend"}},
		{Note: "Dear Hiring Manager, I am a nurse with ICU experience.", Flag: []string{"Dear Hiring Manager"}},
		{Note: "Hello dear, I am also from Makerere University, class of 2009. I work with UNICEF Kampala now.", Flag: []string{"Hello dear"},
			Why: "Without a name, a warm “dear” still greets anyone."},
		{Note: "Respected Sir, I am having 5 years experience in SAP FICO.", Flag: []string{"Respected Sir"}},
		{Note: "Estimado señor/a:\nMe dirijo a usted para ofrecer mis servicios como asistente contable.", Flag: []string{"Estimado señor/a"}},
		{Note: "A quien corresponda: adjunto mi hoja de vida para cualquier vacante disponible.", Flag: []string{"A quien corresponda"}},
		{Note: "Prezados, segue meu currículo para possíveis vagas na área de logística.", Flag: []string{"Prezados"}},
		{Note: "Oi pessoal, tudo bem? Divulgando meu curso de Excel para RH com 50% de desconto!", Flag: []string{"Oi pessoal"}},
		{Note: "Madame, Monsieur,\nÉtudiante en M2 RH à Lille, je me permets de vous solliciter pour un stage.", Flag: []string{"Madame, Monsieur"}},
		{Note: "Bonjour à tous,\nJe suis développeur Python freelance, disponible dès maintenant.", Flag: []string{"Bonjour à tous"}},
		{Note: "Sehr geehrte Damen und Herren,\nich bin Wirtschaftsinformatiker und suche eine Festanstellung.", Flag: []string{"Sehr geehrte Damen und Herren"}},
		{Note: "Hallo zusammen, ich biete freiberuflich Übersetzungen Deutsch–Englisch an.", Flag: []string{"Hallo zusammen"}},
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
		{Note: "Hi Mate, I'm a nurse in Zagreb and loved your talk.",
			Why: "Mate is a name in Croatian."},
		{Note: "Hi Friend, I'm a nurse in Zagreb and loved your talk.", Options: Options{Name: "Friend"},
			Why: "When it is their name, it is their name."},
		{Note: "Dear Priya, many congratulations on the promotion to Principal Architect at Infosys!",
			Why: "“Dear” with a name is a warm, formal greeting."},
		{Note: "Estimada Dra. Salinas: asistí a su conferencia sobre resistencia antimicrobiana en Lima."},
		{Note: "Prezado Sr. Albuquerque, li o seu artigo sobre logística portuária em Santos."},
		{Note: "Bonjour Madame Nguyen, doctorante en sociologie à Liège, j'ai lu votre étude sur les tiers-lieux."},
		{Note: "Sehr geehrter Herr Dr. Ammann, ich bin Doktorandin in Hydrologie an der ETH Zürich."},
	},
}

// no-greeting

var noGreeting = Rule{
	ID:       "no-greeting",
	Severity: Suggestion,
	Advice:   []string{"B7"},
	Guide:    "/guide/anatomy-of-a-good-note/#greeting",
	check:    &opening{Want: addressed, Msg: "Open with their name, as in {hi}, so the note is clearly for them."},
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
		{Note: "Hey babe, finally caved and joined LinkedIn 😂 Add me so I can stalk your career.",
			Why: "A pet name addresses no one in particular."},
		{Note: "Vi tu charla sobre pagos inmediatos en el Colombia Fintech Summit. Trabajo en riesgo en Bancolombia."},
		{Note: "Li seu artigo sobre como vender para o governo via pregão eletrônico. Sou consultor em Brasília.", Options: Options{Name: "Rodrigo"}},
		{Note: "Bonjour, j'aimerais vous ajouter à mon réseau professionnel LinkedIn. Je suis comptable à Lyon."},
		{Note: "Guten Tag, ich bin Energieberater in Freiburg und habe Ihren Artikel im Handelsblatt gelesen."},
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
		{Note: "Congrats Grace on the Series A! I'm a product designer in Accra and loved your launch post.",
			Why: "A name right after the first words greets her."},
		{Note: "¡Paco! Por fin me hice LinkedIn, jaja. Te agrego para no perderte la pista.", Options: Options{Name: "Francisco", Relationship: Close}},
		{Note: "Bom dia Dr. Nuno Carvalho, sou engenheira civil recém-licenciada pelo Técnico."},
		{Note: "Salut Seb, on était dans la même prépa à Louis-le-Grand ! Je vois que tu es chez Doctolib.", Options: Options{Name: "Sébastien"}},
		{Note: "Grüezi Herr Meier, ich bin seit zwei Monaten im Treasury der UBS und lese Ihre Analysen."},
		{Note: "健太さん、先週のRubyKaigiではお話しできて嬉しかったです！", Options: Options{Name: "健太"}},
	},
}

package rules

// The job-ask rule: asking a stranger for a job.

// job-ask

var jobAsk = Rule{
	ID:       "job-ask",
	Severity: Warning,
	Advice:   []string{"C2"},
	Guide:    "/guide/what-to-leave-out/#no-job-ask",
	check: &intent{
		Cues:      jobCues,
		Threshold: jobThreshold,
		Msg:       "Asks for a job: {text}. In a first note, ask for their advice or insight instead.",
	},
}

var jobAskDocs = ruleDocs{
	Title: "Asking for a job",
	Explanation: "Asking a stranger for a job, a referral or a look at your résumé in the first note puts them on the spot, and most will quietly decline. " +
		"Ask for what people give freely instead: advice, their view of the field, or how they made the move you hope to make. " +
		"After an interview you took part in, saying you would welcome future roles is fine.",
	Bad: []Example{
		{Note: "Hi Tomás, I'm a backend developer with five years of Go. Are you hiring? I'd love to join your team at Cabify.", Flag: []string{"Are you hiring", "join your team"}},
		{Note: "Hi Wanjiru, could you refer me for the data analyst role at Safaricom? I've attached my CV.", Flag: []string{"refer me", "role at Safaricom?", "attached my CV"}},
		{Note: "Hello Ms. Lindqvist, I'm a recent nursing graduate. Please let me know if there are any openings on your ward.", Flag: []string{"let me know if there are any openings"}},
		{Note: "Hi Ben, I'd love to be considered for future roles at Atlassian. I'm a QA engineer in Sydney.", Flag: []string{"be considered", "future roles"},
			Why: "Without an interview behind it, this is a job ask."},
		{Note: "Hi Carmen, is Inditex hiring junior buyers this spring? I just finished my MBA at IE.", Flag: []string{"is Inditex hiring junior buyers this spring?"}},
		{Note: "Hi Oskar, I'm moving to Gothenburg and looking for a role on your team. Would you put in a good word for me?", Flag: []string{"looking for a role", "your team", "put in a good word"}},
		{Note: "Hello Kwame, I'm a credit analyst with 3 years at Ecobank. Enjoyed your comments on the debt restructuring. If your team ever needs another analyst, I'm available.", Flag: []string{"If your team ever needs", "available"},
			Why: "A veiled ask is still an ask."},
		{Note: "Hi Joaquín, I just moved to Madrid and saw you lead analytics at Cabify. Keep me in mind if anything opens up on your team.", Flag: []string{"Keep me in mind if anything", "your team"}},
		{Note: "Hi Sam, are you hiring?", Flag: []string{"are you hiring"}, Options: Options{Relationship: Interviewer},
			Why: "After an interview, interest in future roles is fine; asking whether they are hiring is still a job ask."},
		{Note: "Hola Ximena, soy ingeniera industrial con 4 años en planeación de demanda. Vi que tu equipo está creciendo; si surge algo, tenme en cuenta.", Flag: []string{"tu equipo", "si surge", "tenme en cuenta"}},
		{Note: "Olá Alice, vi que o Mercado Livre abriu vagas para QA. Tenho 2 anos com Selenium. Você poderia me indicar?", Flag: []string{"me indicar"}},
		{Note: "Bonjour Sophie, ancienne de l'ESSEC comme vous, je termine un master en contrôle de gestion. Si un poste se libère dans votre équipe, pensez à moi !", Flag: []string{"Si un poste se libère", "votre équipe", "pensez à moi"}},
		{Note: "Hallo Jana, ich habe mich bei McKinsey in Düsseldorf beworben. Könntest du ein gutes Wort für mich einlegen?", Flag: []string{"beworben", "gutes Wort"}},
		{Note: "Hi Marcus, I'm a data engineer with six years of Spark. If your team is ever short on people, I'd be glad to step in.", Flag: []string{"your team", "short on people", "step in"}},
		{Note: "Hola Andrés, soy contadora con 5 años en auditoría. Si en tu equipo necesitan a alguien, cuenten conmigo.", Flag: []string{"Si en tu equipo necesitan", "cuenten conmigo"}},
		{Note: "Oi Thiago, sou dev freelancer com agenda livre em março. Se o time de vocês crescer, conta comigo!", Flag: []string{"Se o time de vocês crescer", "conta comigo"}},
		{Note: "Bonjour Paul, je suis à l'écoute du marché après dix ans chez Thales. Auriez-vous des postes ouverts dans votre équipe cyber ?", Flag: []string{"Auriez-vous des postes ouverts dans votre équipe cyber ?"}},
		{Note: "Hallo Jonas, ich bin Elektroingenieur und offen für neue Herausforderungen. Sucht ihr bei Tesla noch Leute?", Flag: []string{"Sucht ihr bei Tesla noch Leute?"}},
	},
	Good: []Example{
		{Note: "Hi Amani, I'm moving from teaching into UX research and loved your post on interviewing nurses. I'd love your advice on building a first portfolio.",
			Why: "Asking for advice is not asking for a job."},
		{Note: "Hi Amani, I'm moving from teaching into UX research and loved your post on interviewing nurses. I'd love your advice on moving into UX research."},
		{Note: "Hi Dana, thank you for taking the time to interview me for the platform role on Tuesday. I enjoyed our talk about on-call culture and would love to be considered for future roles at Wise.",
			Options: Options{Relationship: Interviewer},
			Why:     "After an interview, interest in future roles is welcome."},
		{Note: "Hi Dr. Osei, thank you for the interview on Friday for the research fellow position. I enjoyed our discussion of malaria vector surveys and would love to be considered for future roles.",
			Options: Options{Relationship: Interviewer, Name: "Kwame"}},
		{Note: "Hi Kofi, I saw your post that your team is hiring data engineers in Accra, congratulations on the growth! I'm a data engineer at MTN and would love to hear how you structure the platform team.",
			Options: Options{Account: Premium},
			Why:     "Mentioning that they are hiring is not asking them to hire you."},
		{Note: "Hi Lucía, I rewrote my résumé after your post on quantifying impact, thank you! I'm a logistics analyst in Bogotá and would love to follow your writing."},
		{Note: "Hi Mehmet, I'm a mechanical engineer moving into robotics software. What would you recommend reading first, given your path from Arçelik to ROS?"},
		{Note: "Hi Ji-woo, Priya Raman referred me to you after our chat about accessibility audits. I'm a front-end dev in Seoul and would love to hear how your team started its audit program."},
		{Note: "Hi Ana, I'd love your advice on moving into UX research."},
		{Note: "Hi Ana, I saw your team is hiring and shared the post with my students."},
		{Note: "Hi Ana, I'm hiring for a role on the data team and think you'd be a great fit.",
			Why: "A recruiter offering a role is not asking for one."},
		{Note: "Hi Ana, Priya referred me to you after our chat on audits."},
		{Note: "Hi Ngozi, I'm a pharmacist moving into pharmacovigilance. Your post on leaving hospital work was so honest. What do you wish you'd known first? I'm not asking for a job, just trying to understand the path."},
		{Note: "Hola Joaquín, soy periodista en Rosario y estoy intentando pasarme a UX writing. Vi tu charla sobre microcopy. ¿Qué le recomendarías a alguien que arranca de cero?"},
		{Note: "Felipe, parabéns pela rodada Série B! Vi que vocês estão contratando bastante. Sou PM numa healthtech em Floripa e acompanho seus posts sobre métricas de retenção.",
			Why: "Their hiring, as news."},
		{Note: "Bonjour Yann, étudiant en 3e année à l'INSA Toulouse, j'ai lu votre interview sur l'hydrogène. Pourriez-vous me donner quelques conseils pour orienter mon stage ?"},
		{Note: "Hi Priya, I saw Loblaw is hiring 200 people in Toronto, great news for the city. I run a logistics meetup and would love to have you speak.",
			Why: "Their hiring, as news."},
		{Note: "Hi Lorena, fellow Pacífico alum here. I applied to BBVA's trainee program: could you tell me what helped you most to prepare for the assessment?",
			Why: "Saying you applied, then asking how they prepared, is asking for advice."},
		{Note: "Hola Laura, los materiales de tu taller ya están disponibles en la web. Soy profesora de diseño en Quito y tu pregunta sobre accesibilidad me dio para pensar."},
		{Note: "Olá Sr. Almeida, vim por indicação do Carlos Souza, que trabalhou com o senhor na Ambev. Sou consultor de suprimentos e queria trocar ideias sobre compras no agro.",
			Why: "Coming on someone's recommendation is common ground, not a referral asked."},
		{Note: "Bonjour Hugo, je forme des développeurs web à Lyon et je me demandais comment votre équipe accueille les alternants : votre retour m'intéresserait."},
		{Note: "Hallo Lukas, ich studiere Marketing in Köln. Hättest du ein paar Tipps, wie man sich auf ein Praktikum vorbereitet?"},
		{Note: "Guten Tag Herr Öztürk, vielen Dank für das Gespräch zur Stelle als Data Analyst. Ich würde gern in Kontakt bleiben und mich bei einer künftigen Ausschreibung wieder bewerben.",
			Options: Options{Relationship: Interviewer}},
	},
}

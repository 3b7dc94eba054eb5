package rules

// Rules about what a good note contains: a reason, who the sender is, and
// common ground. Each is a required element found from weighed cues.

// no-reason

var noReason = Rule{
	ID:       "no-reason",
	Severity: Warning,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B1"},
	Guide:    "/guide/anatomy-of-a-good-note/#reason",
	check: &required{
		Cues:    cuesJoin(groundCues, reasonCues),
		Need:    2,
		Learned: reasonLearned,
		Msg:     "Say why you want to connect: what you share, what of theirs you read, or what you hope to learn.",
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
		{Note: "Hola Inés, te escribo porque ayudo a gimnasios a llenar sus clases con anuncios en Instagram. ¿Hablamos?",
			Why: "“I'm writing because I help gyms…” gives the sender's reason to sell, not a reason about them."},
		{Note: "Hello Tom, I'm a software engineer at Google. Looking forward to connecting!"},
		{Note: "Hi Priya, I came across your profile and would like to connect."},
		{Note: "Hi Chen, let's connect!"},
		{Note: "Hi Fatou, I am a project manager in Dakar with ten years in construction. Please accept my request."},
		{Note: "Hola Lucía, soy ingeniera de datos en Madrid y me encantaría conectar contigo."},
		{Note: "Olá Ana, vi o seu perfil e gostaria de fazer parte da sua rede.",
			Why: "Seeing someone's profile is no reason to connect."},
		{Note: "Bonjour Claire, je suis consultant en stratégie à Lyon et j'aimerais rejoindre votre réseau."},
		{Note: "Hallo Jana, ich bin Projektmanagerin in Hamburg. Falls Sie Verstärkung suchen, melden Sie sich gern.",
			Why: "Asking for any job going says nothing about why this person."},
		{Note: "Hi Dana, I'm a data analyst in Leeds and I'd love to work at your company someday.",
			Why: "Wanting to work at their company is about the sender, not them."},
		{Note: "Hi Sam, we help shops like yours double their repeat orders. I'm the founder of Loopr.",
			Why: "“Shops like yours” could be anyone."},
		{Note: "Hola Ana, he visto tu perfil con mucho interés. Soy ingeniera de datos en Madrid.",
			Why: "Reading their profile with interest, or their energy on LinkedIn, is no reason."},
		{Note: "Salut Jade, tu es sur Lyon ? Je suis développeur et j'aimerais élargir mon réseau.",
			Why: "Asking where they are is no reason."},
		{Note: "Hallo Markus, Ihr Werdegang ist beeindruckend. Es wäre mir eine Ehre, Teil Ihres Netzwerks zu werden."},
		{Note: "Olá Ana, como está? Sou analista de crédito em Lisboa.",
			Why: "Asking how they are is a greeting, not a question about their work."},
		{Note: "Hi Chen, is your agency ready to double its leads? I'm the founder of Loopr.",
			Why: "A pitch's question about their readiness could be asked of anyone."},
		{Note: "GOOD MORNING SIR I NEED ANY JOB IN YOUR COMPANY PLEASE REPLY",
			Why: "In a note shouted in capitals, a word in capitals names no company."},
	},
	Good: []Example{
		{Note: "Hi Maria, I'm a physiotherapist in Valencia and read your study on running injuries in new marathoners. I'd love to hear how you recruited the runners."},
		{Note: "Grüezi Reto, ich bin Entwickler bei der Mobiliar, und wir setzen euer Open-Source-Tool für Schweizer Feiertage ein. Gibt es eine Roadmap für die kantonalen Sonderfälle?",
			Why: "Their tool in use says why this person."},
		{Note: "Hallo Frau Köhler, wir haben offenbar denselben Doktorvater. Heute bin ich Syndikusanwalt bei der Commerzbank. Schön, Sie hier zu finden."},
		{Note: "Hallo Anja, wir hatten noch nie Kontakt, aber ich bin Hebamme in Freiburg und würde gern wissen, wie Sie Ihre Praxis gegründet haben.",
			Why: "A question about how they did something, asked indirectly, is a reason."},
		{Note: "Hola Marcos, soy técnica de laboratorio con cuatro años en control de calidad. ¿En Grifols están tomando gente para la planta de Parets?",
			Why: "A job ask that names the employer says why this person (job-ask still fires)."},
		{Note: "Hallo Herr Becker, ich bin gelernter Industriemechaniker. Falls bei Trumpf in Ditzingen eine Stelle in der Instandhaltung frei wird, würde ich mich über einen Hinweis freuen.",
			Why: "So does a conditional ask that names it."},
		{Note: "Hi Dev, I'm a junior QA tester in Leeds. Does Sky Bet have any openings for testers this year?",
			Why: "Asking whether their employer, named, is hiring says why them; job-ask speaks to the ask itself."},
		{Note: "hi tom, r u guys hiring backend devs at monzo rn? im a go dev w 4 yrs exp",
			Why: "Typed with no capital at all, a word no list holds stands for a name: the employer is named all the same."},
		{Note: "Hola Lucía, organizo el foro de economía circular de Zaragoza y me encantaría invitarte a la mesa de apertura. Dirijo la cátedra de sostenibilidad de la Universidad de Zaragoza.",
			Why: "An invitation to speak or serve says why this person."},
		{Note: "Hi Olivia, I'm COO at Greenbay Freight. We'd like to explore a partnership with Ridgeway on last-mile delivery in Ohio.",
			Why: "A partnership with their company, named."},
		{Note: "Hi Tom, we met at the Cardiff AWS meetup on Thursday and I'd love to keep comparing notes on cost alerts. Best, Rhys",
			Options: Options{Relationship: Met}},
		{Note: "Hey Sam! Finally on here. Let's connect.",
			Options: Options{Relationship: Close},
			Why:     "Someone close needs no reason."},
		{Note: "Hi Chen, congratulations on your promotion to head of logistics at SF Express! I'm a supply-chain analyst in Shenzhen."},
		{Note: "Hi Fatou, I'm a project manager in Dakar and also volunteer with Engineers Without Borders. I'd love to hear about your water project in Thiès."},
		{Note: "Hola Lucía, vi tu charla sobre accesibilidad en el DevFest de Valencia. Soy diseñadora UX en Bilbao. ¿Cómo lo probaron con usuarios?"},
		{Note: "Olá Ana, parabéns pela promoção a diretora de pricing! Sou analista financeiro em Lisboa.",
			Why: "A congratulation is a reason."},
		{Note: "Bonjour Claire, je suis consultant en stratégie à Lyon et j'ai vu que vous recrutez des analystes RSE : comment structurez-vous l'équipe ?"},
		{Note: "Hallo Jana, Lukas Weber hat mir empfohlen, mich bei dir zu melden. Ich bin Projektmanagerin in Hamburg."},
		{Note: "Hola Raúl, vi que abrieron oficina en Lima. Soy consultora de retail en Bogotá y me encantaría saber cómo eligieron la zona.",
			Why: "News of theirs is a reason, though not something the two share."},
		{Note: "Hallo Jana, ich bin Designerin in Köln. Was hat dich bewogen, vom Konzern ins Start-up zu wechseln?",
			Why: "A question about what led them is a reason."},
		{Note: "Olá Ana, sou analista em Lisboa e fiquei curiosa sobre como vocês reduziram o churn em 30%."},
		{Note: "Hallo Thomas, ich promoviere an der HU Berlin über Genossenschaftsbanken. Wären Sie zu einem kurzen Interview bereit?",
			Why: "An interview sought for the sender's research is why this person."},
		{Note: "Bonjour Nicolas, je recrute un lead dev Java à Genève. Votre expérience sur Kafka m'a interpellée.",
			Why: "Something of theirs on a named topic is specific to them."},
		{Note: "Hi Ifeoma, we wrote up how a Lagos logistics firm cut fuel spend 18%. Thought it might be relevant for Kobo360.",
			Why: "Their company, named as the one it fits, says why them."},
		{Note: "Hallo Frau Schäfer, ich bin Verfahrenstechniker bei BASF und habe mich bei Evonik in Marl beworben. Könnten Sie mich intern empfehlen?",
			Why: "An application to their company is a reason to write to them."},
		{Note: "Bonjour Nicolas, je suis ingénieure qualité dans l'aéronautique. Pourriez-vous me recommander pour le poste ouvert chez Safran ?",
			Why: "A named opening at their company says why them."},
		{Note: "Buenos días Sr. Ortiz, soy técnica de laboratorio en Puebla. ¿Tienen vacantes en Grupo Bimbo para control de calidad?",
			Why: "Asking about openings at their named company says why them."},
		{Note: "Hallo Herr Brandt, ich bin Mechatroniker mit sechs Jahren Erfahrung. Sucht die Festo gerade Leute in der Instandhaltung?",
			Why: "Whether their named employer is hiring is why them."},
		{Note: "Bonjour Marie-Ève, je travaille aussi en gestion de patrimoine à Montréal et j'aimerais échanger avec vous.",
			Why: "The same trade, said with “aussi”, is shared ground."},
		{Note: "Olá Lucas, sou recrutadora numa fintech em Lisboa. Vi seu repositório de Airflow no GitHub.",
			Why: "Something of theirs the sender saw is a reason."},
		{Note: "Olá Pedro, organizo o meetup de SEO de Curitiba e gostaria de convidá-lo para falar na edição de março.",
			Why: "Inviting them to speak says why them."},
		{Note: "Hola Nuria, soy periodista en eldiario.es y me gustaría entrevistarte sobre vivienda cooperativa.",
			Why: "Asking to interview them is why this person."},
		{Note: "Olá Ana, sou enfermeira em Curitiba e estou a fazer a mesma transição para dados que você fez."},
		{Note: "Hi Zoe, since you've already opened two clinics in Lagos, I'd value your advice. I'm a physiotherapist opening my first in Abuja.",
			Why: "What they already did says why them."},
		{Note: "hola pablo vi q abrieron oficina en lima, soy consultora de retail en bogota y me encantaria saber como eligieron la zona",
			Why: "News of theirs counts however it is spelt."},
		{Note: "Hi Leah, is your team still on Airflow, or did you move to Dagster? I'm a data engineer in Dublin.",
			Why: "A question about what their team does is why this person."},
		{Note: "Oi Fábio, vocês ainda usam Airflow na Loggi? Trabalho como engenheira de dados em SP.",
			Why: "Asked of their team, in any language."},
		{Note: "Bonjour Ana, je suis infirmière à Lille. Comment votre service a-t-il réduit les chutes la nuit ?",
			Why: "How their team did something, asked with “votre”, “su”, “sua”, “eure”."},
		{Note: "Bonjour Yann, il semble qu'on partage la même passion pour l'agroécologie. Je suis maraîcher en Bretagne.",
			Why: "A shared interest said indirectly is shared ground."},
		{Note: "Hi Carl, your path from teaching into data science is the one I hope to follow. I teach maths in Leeds.",
			Why: "Their path, named from one field to another, is specific to them."},
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
		Cues:    introCues,
		Need:    2,
		Learned: introLearned,
		Msg:     "Add a few words about who you are, such as your role or what you are working on.",
	},
}

var noIntroductionDocs = ruleDocs{
	Title: "No word about who you are",
	Explanation: "A stranger deciding whether to accept wants to know who is asking. " +
		"A few words are enough: your role, your field, or what you are working on. It turns an unknown name into a person they can place.",
	Bad: []Example{
		{Note: "Hi Isabel, I loved your talk on soil carbon at the Rome FAO forum and would love to hear how you measured it."},
		{Note: "Hi Kai, your thread on Rust error handling was great. Would love to learn more from you."},
		{Note: "Hallo Julia, danke für deinen Vortrag beim Women in Sales Meetup in Frankfurt, vor allem für die Sache mit den Discovery-Fragen.",
			Why: "A trade named in the event's or the topic's name (“in Sales”) is theirs, not the sender's."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch."},
		{Note: "Hi Svetlana, I've been following your posts on chess pedagogy for a year and would love to connect."},
		{Note: "Hi Moana, as a result of your workshop I rewrote our hiring rubric. Thank you!"},
		{Note: "Hola Lucía, vi tu charla sobre accesibilidad en el DevFest de Valencia. ¿Cómo lo probaron con usuarios?"},
		{Note: "Olá Ana, li o seu artigo sobre pricing no Expresso e adorei. Como mediram a elasticidade?"},
		{Note: "Bonjour Claire, je suis tombé sur votre profil et j'ai lu votre article sur la méthanisation. Seriez-vous disponible pour un échange ?",
			Why: "Coming across a profile says nothing about the sender."},
		{Note: "Hallo Jana, dein Vortrag auf der JavaLand war großartig. Wie habt ihr die Migration geplant?"},
		{Note: "Hi Ravi, I'm a big fan of your newsletter on Indian fintech. Would love to connect.",
			Why: "Being a fan says nothing about who the sender is."},
		{Note: "Hi Ana, are there any open roles in your team? Loved your post on pricing.",
			Why: "Roles in their team are theirs, not the sender's field."},
		{Note: "Hi Tom, I've been a fan of your newsletter for years and would love to connect.",
			Why: "Being a fan is no role."},
		{Note: "Hallo Frau Weber, ich habe Ihren Beitrag zur Kreislaufwirtschaft im Bau gelesen und würde mich gern vernetzen.",
			Why: "“im Bau” is German “in the”, not an English “I'm”."},
		{Note: "Bonjour Inès, je viens de lire votre article sur le management agile. Au plaisir d'échanger.",
			Why: "Having just read something says nothing of where the sender comes from."},
		{Note: "Bonjour Madame Roux, je vous adresse ma candidature pour un poste de comptable à Rennes.",
			Why: "The post applied for is not the sender's trade: applying says what they want, not who they are (the corpus labels it so, seven notes to one)."},
	},
	Good: []Example{
		{Note: "Lars, thanks for taking my question on gRPC streaming in the Q&A at NDC Oslo yesterday. Follow-up brewing! /Erik, backend @ Vipps",
			Why: "A signature says who is writing: a name with a role after “·”, “@” or in brackets."},
		{Note: "Great post on container ship emissions in the North Sea. Following your work from the port authority side in Rotterdam.",
			Why: "“From the port authority side” places the sender in passing."},
		{Note: "Hola Bea, otra librera por aquí, en Zaragoza. Tu post sobre clubs de lectura infantiles me dio ideas. ¿Cuántos niños aceptáis por sesión?",
			Why: "\"Another bookseller here\" says who she is, whatever the trade."},
		{Note: "Hi Isabel, I'm an agronomist in Córdoba and loved your talk on soil carbon at the Rome FAO forum. I'd love to hear how you measured it."},
		{Note: "Hola Paola, vi tu publicación sobre bordado tenango en el grupo Artesanas de Hidalgo. Yo tejo rebozos en Santa María del Río. ¿Cómo le haces para cobrar envíos?",
			Why: "“Yo” set before what the sender does introduces her; Spanish drops the pronoun unless it matters."},
		{Note: "Hallo Yasemin, ich moderiere den Podcast „Mittelstand digital“ und fand deinen re:publica-Vortrag über Barrierefreiheit stark. Wie hast du die Tests organisiert?"},
		{Note: "Cher Julien, administrateur indépendant de Technip, j'ai apprécié votre intervention à l'IFA sur les comités d'audit.",
			Why: "A role set before the sentence, as French and Spanish letters open, introduces the sender."},
		{Note: "Hola Irene, busco jefa de sala para un restaurante en Sevilla y tu paso por Aponiente encaja. ¿Tienes diez minutos esta semana?",
			Why: "A recruiter's search says who is writing."},
		{Note: "Oi Caio, vi sua palestra sobre acessibilidade no TDC. Tô no terceiro ano de Design na UFPE, bora trocar ideia?",
			Why: "“Tô no …” says where the sender is, as Portuguese drops the “eu”."},
		{Note: "Servus Lena, dein Talk über Rust im Embedded-Bereich war stark. Ich studier Elektrotechnik in Graz und bau grad meinen ersten Controller.",
			Why: "Spoken German drops the -e: “ich studier”, “ich bau”."},
		{Note: "Oi Rui, aqui é a Ana, da equipe de dados do Itaú. Vi sua palestra no TDC: como vocês versionam os modelos?",
			Why: "A name and a team, said as “aqui é…”, “te escribe…”, “c'est… de…”, “hier ist… aus…”."},
		{Note: "Hallo Rui, hier ist Ana aus dem Datenteam der Commerzbank. Wie versioniert ihr eure Modelle?"},
		{Note: "Monsieur le Professeur Lambert, je vous écris en ma qualité de doyen de la faculté des sciences de Nantes : vos travaux sur les sols nous intéressent beaucoup.",
			Why: "An office held, said formally, is who the sender is."},
		{Note: "Hi Kai, Rust developer at a Berlin logistics startup here. Your thread on error handling was great, and I'd love to learn more from you."},
		{Note: "Hola Inés, viticultora en La Rioja, leí tu hilo sobre el riego por goteo y me gustaría saber cómo lo mides.",
			Why: "A job word no list holds, set before the sentence with where it is done, introduces the sender."},
		{Note: "Hi Sam, your book has stayed with me since my first job as a line cook at Nando's. Would love to hear what you're writing next."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch.",
			Options: Options{Relationship: Colleague},
			Why:     "A colleague already knows who you are."},
		{Note: "Hi Svetlana, as a chess coach in Novosibirsk I've been following your posts on teaching openings and would love to connect."},
		{Note: "Hi Moana, my name is Tane and I run the volunteer program at Auckland Zoo. Your workshop on hiring rubrics changed ours."},
		{Note: "Hola Lucía, soy diseñadora UX en Bilbao y vi tu charla sobre accesibilidad en el DevFest de Valencia."},
		{Note: "Olá Ana, trabalho com pricing na Sonae e li o seu artigo no Expresso."},
		{Note: "Bonjour Claire, développeuse front à Nantes, j'ai adoré votre conférence à la Web2Day.",
			Why: "In French a role often stands alone before the sentence."},
		{Note: "Hallo Jana, als UX-Designerin bei Zalando habe ich deinen Vortrag auf der JavaLand gesehen."},
		{Note: "Olá Bruno, a gente criou um app de escalas para clínicas e li seu artigo sobre plantões no Estadão.",
			Why: "What the sender's company does is an introduction."},
		{Note: "Hallo Jana, wir entwickeln Lernsoftware für Berufsschulen und haben deinen Vortrag auf der didacta gesehen."},
		{Note: "Hi Kai, by day I write firmware for hearing aids, and your thread on Rust error handling was gold.",
			Why: "Any first-person statement of what the sender does is an introduction, whatever the verb."},
		{Note: "Hola Lucía, me encargo de compras en una cadena de supermercados y leí tu artículo sobre proveedores locales."},
		{Note: "Hola Pablo, tu charla sobre Result en Rust me aclaró mucho. Mantengo una librería de parsing en Córdoba.",
			Why: "What the sender does, in a verb of their own, is an introduction."},
		{Note: "Olá Ana, nunca nos falamos, mas seu artigo sobre ESG me ajudou muito no mestrado na Esalq.",
			Why: "Their studies at a named school place the sender."},
		{Note: "Bonjour Claire, en tant qu'infirmière, j'ai lu votre étude sur les gardes de nuit."},
		{Note: "Hallo Jana, ich suche eine Stelle als Mechatronikerin und habe deinen Vortrag auf der Hannover Messe gesehen.",
			Why: "The job sought names the sender's trade."},
		{Note: "Hola Lucía, busco un Tech Lead para una fintech en CDMX y vi tu charla sobre Go en la GopherCon.",
			Why: "Recruiting for a client says who the sender is."},
		{Note: "Hi Ana, I just joined Monzo's pricing team and loved your post on elasticity."},
		{Note: "Hi Mike, certified pipe welder here, and I read your post on turnaround safety.",
			Why: "A trade is a role like any other."},
		{Note: "Hallo Jan, unser Recruiting-Tool findet Pflegekräfte in Tagen, und ich habe Ihren Beitrag zum Fachkräftemangel gelesen.",
			Why: "What the sender's product does says who they are."},
		{Note: "Bonjour Laurent, responsable HSE sur un chantier du Grand Paris Express. Votre guide sur la coactivité circule dans l'équipe."},
		{Note: "Hallo Nadine, ich schließe im Juni meine Ausbildung als Pflegefachfrau ab und habe Ihren Vortrag auf der Altenpflege-Messe gehört."},
		{Note: "Bonjour Hugo, contrôleuse de gestion à Lyon, j'ai lu votre billet sur les prévisions glissantes."},
		{Note: "Hola Irene, vendo maquinaria agrícola en Jaén y leí tu artículo sobre riego por goteo."},
		{Note: "Hallo Herr Kern, für meine Masterarbeit an der TU Graz suche ich Gesprächspartner aus der Intralogistik."},
		{Note: "Hi Tom, I've been a night nurse for twelve years and your post on shift fatigue hit home."},
		{Note: "Bonjour Léa, en charge de la communication d'une mairie, j'ai lu votre guide sur les réseaux sociaux."},
		{Note: "Hola Marta, de profesión arquitecta, leí tu libro sobre vivienda social."},
		{Note: "Hi Ada, as a fellow Pythonista in Nairobi, I'd love to hear how you grew the PyLadies chapter.",
			Why: "“As a fellow …” says what the sender is, whatever the word."},
		{Note: "Hi Nour, graduating in May from the University of Toronto. What would you focus on when starting in transit planning?",
			Why: "Studies about to be finished place the sender."},
		{Note: "Olá Vítor, trabalhando com energia eólica na Casa dos Ventos, achei muito útil seu texto sobre reciclagem de pás."},
		{Note: "Bonjour Lucie, en alternance chez Orange, je viens du monde de la logistique et votre post sur le dernier kilomètre m'a parlé."},
		{Note: "Hallo Frau Becker, ich komme aus der Logistik und Ihr Beitrag zur letzten Meile hat mich angesprochen."},
		{Note: "Martina, ich trainiere Vertriebsteams in Wien. Dein Post über Einwände im Mittelstand war Gold. Wie bereitest du Junioren vor?",
			Why: "What the sender does, said with a verb of work (ich trainiere, je donne des formations), introduces them."},
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
		Cues:    groundCues,
		Need:    2,
		Learned: groundLearned,
		Msg:     "Mention what you share or how you found them: a mutual contact, a group or school, an event, or a post of theirs.",
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
		{Note: "Hola Lucía, soy diseñadora UX en Bilbao y me interesa mucho la accesibilidad. Me encantaría conocer tu opinión."},
		{Note: "Olá Ana, sou analista financeiro em Lisboa e trabalho no mesmo setor que você.",
			Why: "The same sector, unnamed, is not something the reader can place."},
		{Note: "Bonjour Claire, je suis consultant en stratégie à Lyon et je m'intéresse à la RSE. J'aimerais avoir votre avis."},
		{Note: "Hallo Jana, ich bin Projektmanagerin in Hamburg und interessiere mich für agile Methoden."},
		{Note: "Hola Lucía, vi que diriges operaciones en Rappi. Soy analista de datos en Bogotá.",
			Why: "Their job, read off their profile, is not something the two share."},
		{Note: "Hola Marta, ayudamos a despachos contables a llenar su agenda con campañas en Google. ¿Te interesa una llamada?",
			Why: "“Su agenda” is the clients' here, not the reader's."},
		{Note: "Hi Omar, I'm a logistics analyst in Dubai. Thank you for your time and for reading this!",
			Why: "Thanks for their time is politeness, not something the two share."},
		{Note: "Hola Irene, soy economista en Puebla y me interesa tu trabajo en microfinanzas.",
			Why: "Their work in a field, unnamed, is not something the reader can place."},
	},
	Good: []Example{
		{Note: "Femi, good seeing you at Brighton SEO. Our agencies are about the same size; let's compare notes on junior hiring in the spring.",
			Options: Options{Relationship: Met}, Why: "To someone you have met, the occasion named is how you met: their memory needs no more."},
		{Note: "Hallo Moritz, schön, dich beim Berlin Hack & Tell getroffen zu haben! Ich bin Frontend-Entwickler in Kreuzberg.",
			Why: "An & inside an event's name is part of the name: the meeting still counts."},
		{Note: "Hola Irene, leí que la cooperativa abrió su segunda planta de compost en Jaén, ¡enhorabuena! Soy ingeniera agrónoma y me intriga cómo recogen el orujo.",
			Why: "News of theirs the sender read and congratulates them on is a place in their world."},
		{Note: "salut karim, je suis une amie de léa, elle m'a dit que tu montais une équipe data à nantes. je suis analyste chez ovh",
			Why: "A friend in common, however casually said, is shared ground."},
		{Note: "hola lau, te acuerdas de mí? fuimos compas en el cole en valencia 😅 ahora soy enfermera en madrid",
			Why: "Something done together, years ago, is shared ground."},
		{Note: "Hi Oliver, fellow Manchester Met alum here! I'm a UX designer at the NHS and loved your post on patient portals. I'd love to hear how you test with older users."},
		{Note: "Merci pour l'atelier Figma à Paris Web, Inès. Je suis designer à Lyon et j'ai déjà appliqué l'astuce des variables !",
			Why: "French glues the article to the noun: l'atelier is still a workshop of theirs."},
		{Note: "Hi Fernanda, Lucas Pereira suggested I reach out. I'm a data scientist in São Paulo working on credit risk and would love your perspective."},
		{Note: "Hi Raj, we both spoke at the Pune urbanism meetup in March. I'm an architect moving into planning and would value your advice."},
		{Note: "Hi Mei, great meeting you at the Singapore marketing summit! I'm the marketing lead at Shopee.",
			Options: Options{Relationship: Met}},
		{Note: "Hi Dmitri, I'm also in the Tbilisi Go user group and enjoyed your talk on generics last month."},
		{Note: "Hola Lucía, las dos pasamos por el bootcamp de Laboratoria. Soy diseñadora UX en Bilbao."},
		{Note: "Olá Ana, a Fernanda Souza sugeriu que eu falasse consigo. Sou analista financeiro em Lisboa."},
		{Note: "Bonjour Claire, nous étions toutes les deux à Sciences Po Lille. Je suis consultante en stratégie à Lyon."},
		{Note: "Hallo Jana, wir haben uns auf der Hannover Messe am Festo-Stand unterhalten. Ich bin Projektmanagerin in Hamburg."},
		{Note: "Hi Tom, congrats on the Series A for Lumen! I'm a product designer in Leeds.",
			Why: "A named achievement of theirs gives the note a place in their world."},
		{Note: "Hola Héctor, enhorabuena por la nueva bodega en Haro. Soy enóloga en Logroño.",
			Why: "A new site of theirs is an achievement; a new job unnamed would be news, not shared ground."},
		{Note: "Olá Helena, sou professor de química em Recife e uso seus roteiros de laboratório com o 2º ano. Que prática você recomendaria?",
			Why: "Something of theirs the sender uses is shared ground."},
		{Note: "Hallo Jonas, starker Vortrag über Wärmenetze auf den Berliner Energietagen. Ich plane Quartierslösungen in Potsdam.",
			Why: "Praise that names the talk and where it was given needs no “your”."},
		{Note: "Hi Femi, I heard through the Lagos Product Guild about your pricing experiments. I'm a product manager in Accra.",
			Why: "How the sender heard of them is how they found them."},
		{Note: "Hi Michael, great to meet you at the Fintech Week drinks. Keen to keep the open banking chat going.",
			Options: Options{Relationship: Met}},
		{Note: "Bonjour Vincent, suite à notre échange de mardi, voici les chiffres promis. Je suis DAF chez Lydec."},
		{Note: "Hallo Petra, danke für die Einführung in Power BI letzte Woche, die Vorlagen nutzen wir schon im Team.",
			Why: "Thanks for something they gave the sender is shared ground."},
		{Note: "Hi Lena, great chatting at the Data Council coffee break about Iceberg tables. I'm a data engineer in Oslo."},
		{Note: "Olá Júlia, como combinado no RD Summit, seguem os números. Sou gerente de vendas em Florianópolis."},
		{Note: "Hola Irene, leí tu trabajo sobre microcréditos rurales en Chiapas. Soy economista en Puebla."},
		{Note: "Hi Tomás, I worked with your cofounder Inés at Globant. I'm a QA engineer in Rosario."},
		{Note: "Bonjour Léa, nous avons une amie commune, Sophie Martin. Je suis architecte à Lille."},
		{Note: "Bonjour Paul, nous sommes dans le même réseau d'entrepreneurs à Rennes. Je dirige une agence de traduction.",
			Why: "The same network, group or cohort is shared ground."},
		{Note: "Hi Tom, great chatting in the coffee queue at DevOps Days about Terraform drift. I'm an SRE at Bitpanda.",
			Why: "A conversation you had is common ground wherever it happened (valeu pela conversa, content de t'avoir jasé, danke für das Gespräch)."},
		{Note: "Olá Nuno, ouvi o episódio do podcast em que falas de mudar de carreira aos 40. Sou coach em Lisboa.",
			Why: "An episode they speak in is theirs, even without “your”."},
		{Note: "Bonjour Étienne, nous sommes tous deux bénévoles chez Rêves d'enfants. Je suis ingénieur civil."},
		{Note: "Hola Patricia, gracias por pasar por nuestro stand en Andicom. Soy gerente de cuentas en Claro.",
			Why: "A visit to your booth, or seeing them again at an event (que bom te rever no…), means you met."},
		{Note: "Hi Rosa, I coordinate the food bank network for Fresno County. Heard your segment on KVPR about the school-pantry pilot. What would you change?",
			Why: "Something of theirs heard, read or attended counts whatever it is called (j'ai assisté à votre audition, habe Ihre Anhörung verfolgt)."},
		{Note: "Hi Nadia, congrats on your new job at Canva! I'm a brand designer in Sydney.",
			Why: "Congratulations on a new role at a named employer show you follow them; the corpus's authors count it as common ground, 20 notes to 5."},
		{Note: "Hola Lucía, felicidades por el nuevo cargo como directora de compras en Mercadona. Soy consultora logística en Valencia.",
			Why: "However many words the role takes before the employer."},
		{Note: "Ines, good debating with you on the privacy panel on Tuesday. Let's continue over coffee soon.", Options: Options{Relationship: Met},
			Why: "To someone you have met, the event named is where you met."},
		{Note: "Hallo Svea, schön, dass wir uns auf der re:publica am Stand der Open Knowledge Foundation unterhalten haben. Ich melde mich wegen der Datenschule.",
			Options: Options{Relationship: Met},
			Why:     "German says where, then the verb: “auf der re:publica … unterhalten”."},
		{Note: "Hi Ines, your ICSE '24 paper on flaky tests is now required reading on my team. I'm a QA lead at Bolt.",
			Why: "A year written '24 is a number: it does not cut “your … paper” in two."},
		{Note: "Hi Omar, saw you're speaking at PyCon Lithuania next month. I'm a data engineer in Vilnius and will be in the room."},
		{Note: "Olá Helena, sou enfermeira e participei do dia de voluntariado da Cruz Vermelha, onde você coordenava a triagem. Gostaria de aprender mais com você.",
			Why: "Somewhere the sender was, where they did something: shared ground."},
	},
}

// The cues of these rules (and of vague-compliment) are written once for
// all the modelled languages: words are folded (no accents, lower case), and
// alternatives mix languages freely, since "(ayudamos|ajudamos|aidons) _"
// reads the same in each. A cue is one or two word classes next to each
// other ("@their ... @work": your talk, tu charla, Ihr Vortrag), and a class
// such as @work is written once below; the required and intent kinds weigh
// the cues found (see kinds.go, intent.go). Classes hold whole words rather
// than stems: the engine tries a pattern that starts with a stem on every
// word that shares its first letter. Exceptions are tried at every word
// around each match, so only the cues that need one carry it.
//
// The cues follow the corpus authors' conventions: any first-person
// statement of what the sender or their company does is an introduction;
// news of theirs, their role or company, a question about their work are
// reasons but not common ground; a named achievement of theirs is ground, and
// so is a new job at a named employer, congratulated; a new job unnamed is
// not.

// cuePats reads patterns written one a line, "@name" standing for the word
// class of that name. Blank lines are skipped.
func cuePats(src string) []string {
	var out []string
	for src != "" {
		line := src
		if i := indexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line = trimSpace(line); line != "" {
			out = append(out, expandClasses(line))
		}
	}
	return out
}

// expandClasses replaces each @name in the pattern p with its word class;
// an @ alone is the mark ("data eng @ Klarna").
func expandClasses(p string) string {
	for from := 0; ; {
		i := indexByte(p[from:], '@')
		if i < 0 {
			return p
		}
		i += from
		j := i + 1
		for j < len(p) && 'a' <= p[j] && p[j] <= 'z' {
			j++
		}
		if j == i+1 {
			from = j
			continue
		}
		w := wordClass(p[i+1 : j])
		if w == "" {
			panic("rules: no word class " + p[i:j] + " in pattern " + strconvQuote(p))
		}
		p, from = p[:i]+w+p[j:], i // a class may name another: read it again
	}
}

// wordClass returns the class patterns name with @name, or "" when there is
// none. A table rather than a switch or a map: a package-level map is built
// by init code, and a switch on strings compiles to a search tree of
// comparisons, both of which weigh on the WebAssembly binary; the table is
// static data, and it is read only at set-up.
func wordClass(name string) string {
	for i := range wordClasses {
		if wordClasses[i].name == name {
			return wordClasses[i].class
		}
	}
	return ""
}

var wordClasses = [...]struct{ name, class string }{
	{"their", theirW},
	{"work", workW},
	{"event", eventW},
	{"role", roleW},
	{"mine", mineW},
	{"num", numW},
	{"saw", sawW},
	{"record", recordW},
	{"praise", praiseW},
	{"congrats", congratsW},
	{"do", doW},
	{"org", orgW},
	// The sales-pitch and job-ask rules'.
	{"client", clientsW},
	{"thing", thingW},
	{"provider", providerW},
	{"many", manyW},
	{"service", serviceW},
	{"sell", sellW},
	{"for", forW},
	{"our", ourW},
	{"my", myW},
	{"a", aW},
	{"your", yourW},
	{"you", youW},
	{"offered", offeredRoleW},
	{"agency", agencyW},
	{"firm", firmW},
	{"tool", toolW},
	{"offer", offerW},
	{"result", resultW},
	{"price", priceW},
	{"disp", dispW},
	{"seat", seatW},
	{"rec", recW},
	{"post", postW},
	{"job", jobW},
	{"challenge", challengeW},
	{"seek", seekW},
	{"cv", cvW},
	{"sent", sentW},
	{"cond", condW},
	{"hr", hrW},
	{"hire", hireW},
	{"labor", laborW},
	{"trainee", traineeW},
	{"partner", partnerW},
	{"send", sendW},
	{"grow", growW},
	// The too-personal rule's.
	{"looks", looksW},
	{"very", very},
	{"body", body},
	{"feat", feat},
	{"youre", you},
	{"hi", hi},
	{"pet", pet},
	{"petonly", petOnly},
	{"petsure", petSureW},
	{"looksonly", looksOnly},
	{"suitors", suitors},
	{"treat", treat},
	{"drink", drink},
	// The praise rules'.
	{"youare", youAre},
	{"person", personW},
	{"peer", peerW},
}

// Word classes, every modelled language in one. They are whole words, not
// stems: a pattern that starts with a stem is tried on every word that
// shares its first letter.
const (
	// The reader's: your, tu, su, seu, votre, Ihr...
	theirW = "(your|ur|tu|tus|su|sus|vuestro|vuestra|vuestros|vuestras|seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa|votre|vos|ton|ta|tes|ihr|ihre|ihren|ihrem|ihrer|ihres|dein|deine|deinen|deinem|deiner|deines|eure|euren|eurem|eurer|euer|eures)"
	// The sender's: my, our, mi, nuestro, meu, notre, unser... Not French
	// "nos", which is Spanish "us" and Portuguese "in the" ("nos vimos en
	// el evento"); patterns that need it say "fr: nos".
	mineW = "(my|our|mi|mis|nuestro|nuestra|nuestros|nuestras|meu|minha|meus|minhas|nosso|nossa|nossos|nossas|mon|ma|mes|notre|mein|meine|meinen|meinem|meiner|meines|unser|unsere|unseren|unserem|unserer|unseres)"
	// What someone writes, says, makes or runs: a talk, a post, a paper.
	workW = "(talk|talks|platica|platicas|hilos|threads|post|posts|cronica|cronicas|designs|photoshoot|tasting|degustacion|degustation|verkostung|chantier|chantiers|bauprojekt*|operator|tokenizer|repositorio|repository|repositories|checklist|postagem|publica*|article*|articulo|artigo|artikel|paper|papers|thread|hilo|fil|book|libro|livro|livre|buch|podcast|newsletter|video|videos|webina*|keynote|panel|painel|presenta*|apresentacao|charla|ponencia|palestra|conferenc*|interv*|vortra*|beitra*|blog|blogpost|essay|study|studie|estudo|etude|research|investigacion|pesquisa|recherche|report*|informe|relato*|rapport|bericht|entrevista|episod*|folge|course|curso|cours|kurs|workshop|taller|atelier|thesis|tesis|tese|these|comment|comments|commentary|comentario|live|tribun*|column*|coluna|chronique|analysis|analis*|analyse|piece|writing|write|tutorial|guide|guia|leitfaden|slides|library|lib|repo|channel|canal|kanal|series|serie|documenta*|mentori*|carousel|breakdown|album|project*|proyect*|projet*|projekt*|chapter|capitulo|chapitre|kapitel|kommentar|carte|maps|relaunch|tip|tips|tipp|dica|dicas|question|pregunta|pergunta|frage|sharing|campaign|campan*|campagne|notebook*|proposal|trial|experiment|dataset|survey|encuesta|enquete|umfrage|launch|lanzamiento|lancamento|lancement|pr|aula*|clase*|class|classes|lecture|vorlesung|billet|title|titles|film|redesign|photos|concept*|konzept|referat|aufsatz|masterarbeit|dissertation|retour|fotoreportage|gastbeitrag|fachartikel|frase|phrase|quote|satz|zitat|motto|devise|session|audit|text|texto|textos|texte|fala|materia|case|caso|carrossel|carrusel|temoignage|testimonio|depoimento|testemunho|testemunhos|werbespot|ads|anuncio|anuncios|paquete|pacote|template|templates|plantilla|vorlage|affiche|affiches|cartel|cartaz|plakat|retrofit|ouvrage|emission|initiative|iniciativa|reflex*|prasentation|award|premio|prix|preis|conf|substack|coverage|cobertura|couverture|veroffentlich*|publikation*|dissertacao|disertacion|tesina|monografia|pull|prs|commits|contrib*|cas|referenzprojekt*|kundenprojekt*|kampagne*|teardown|teardowns|writeup|issue|issues|script|scripts|patch|patches|snippet|gist|benchmark|benchmarks|note|notes|memo|ama|mooc|moocs|training|trainings|schulung|formation|formacion|formacao|treinamento|capacitacion|capacitacao|module|modules|modul|paket|pakete|package|packages|plugin|plugins|crate|crates|bibliothek|biblioteca|bibliotheque|sdk|erzahlung*|ensaio*|ensayo*|konzert*|concert*|concierto*|gig|auftritt*|exposicion|exposicao|exposition|ausstellung*|poster|roman|novela|gedicht*|poema*|poem*|recueil|trailer|teaser|sortie|release|version|illustration*|ilustracion*|ilustracoes|ilustracao|drawings|dibujos|desenhos|dessins|zeichnungen|paintings|pinturas|peintures|gemalde)"
	// Where people meet: a conference, a meetup, a stand.
	eventW = "(conference|conferencia|konferenz|congress|congres|congreso|congresso|kongress|summit|cumbre|sommet|gipfel|meetup|webinar|webinaire|hackathon|hackaton|seminar|seminario|seminaire|symposium|workshop|forum|foro|festival|expo|fair|feria|feira|messe|salon|tagung|jornada|jornadas|journee|journees|encuentro|encontro|rencontre|rencontres|treffen|committee|council|hearing|audiencia|assembleia|asamblea|sitzung|versammlung|vorlesung|ringvorlesung|cabildo|redonda|ronde|event|evento|evenement|veranstaltung|panel|painel|keynote|bootcamp|barcamp|booth|stand|gala|dinner|cena|jantar|diner|breakfast|desayuno|lunch|almuerzo|almoco|dejeuner|afterwork|party|fiesta|festa|soiree|feier|weihnachtsfeier|roundtable|show|session|talk|charla|palestra|ponencia|vortrag|fest|camp|drinks|mixer|apero|stammtisch|juntada|networking|taller|talleres|mutirao|marathon|maraton|maratona|parkrun|triathlon|retreat|offsite|kickoff)"
	// A job, in a word: engineer, ingeniera, développeuse, Beraterin.
	roleW = "(engineer*|swe|sde|pdl|physiotherapeut*|ingenie*|engenheir*|develop*|desarrollador*|desenvolvedor*|entwickler*|dev|programm*|programad*|designer*|disenador*|analyst*|analista|consult*|berater*|recruiter*|reclutador*|recrut*|headhunter|manager*|gerente|gestor*|director*|directeur|directrice|diretor*|leiter*|leitung|lead|head|chef*|jefe|jefa|founder|cofounder|fundador*|cofundador|fondat*|grunder*|ceo|cto|cfo|vp|pm|ux|qa|sre|devops|backend|frontend|data|product|student*|estudiante|etudiant*|estudante|phd|doctoran*|doktorand*|doutorand*|postdoc|researcher|investigador*|pesquisador*|chercheu*|forscher*|scientist|cienti*|teacher|lecturer|profesor*|professor*|professeu*|controleu*|prof|docente|enseignant*|lehrer*|nurse|enfermer*|enfermeir*|infirmi*|physician|doctor|medico|medica|medecin|arzt*|pharmaci*|farmaceutic*|apotheker*|lawyer|abogad*|advogad*|avocat*|anwalt*|jurist*|accountant|contador*|contable|comptable|buchhalter*|auditor*|auditeur|actuary|actuaire|aktuar*|journalist*|periodista|jornalista|writer|redact*|redator*|redakteur*|editor*|copywriter|photographe*|fotograf*|archite*|arquite*|economist*|owner|inhaber*|entrepreneur|emprendedor*|empreendedor*|unternehmer*|freela*|freiberufler*|contractor|specialist|expert|experte|especialista|spezialist|coach|traine*|formateur|formatrice|coordina*|coordenador*|associate|partner|intern|stagiaire|estagiari*|becari*|practicante|werkstudent*|alternant*|tecnic*|techni*|translator|traduct*|tradutor*|ubersetzer*|illustrat*|ilustrador*|sales|vertrieb|commercia*|welder|soldador*|soudeu*|schweisser*|electrician|electricista|eletricista|electricien*|elektriker*|plumber|plombier*|mechanic|mecanic*|mechaniker*|kauffrau|kaufmann|sdr|represent*|corretor*|makler*|advisor|asesor*|conseiller*|officer|assist*|asistente|marketer|psycholog*|psicolog*|fisioterapeuta|physiotherapeut|biologist|agronom*|librarian|bibliothecaire|artist*|inge|scrum|charge|chargee|acheteu*|einkaufer|daf|drh|rh|hr|projekt|projekte|personaler*|steuerberater*|teamleiter*|urbaniste|dirigeant*|president*|cadre|fonctionnaire|gestionnaire|dpo|interne|potier*|cariste|responsable|responsavel|supervisor*|lider|gerant*|pdg|graphiste|empresario|socio|socia|vendedor*|dentist*|nutricionista|author|autor|autora|auteur|autrice|administrador*|producer|creator|mitarbeiter*|referent*|geschaftsfuhrer*|wissenschaftler*|informatiker*|grad|chair|chairman|chairwoman|presidenta|decano|decana|dean|doyen|doyenne|rector|rectora|recteur|rektor*|reitor*|vorstand*|vorsitzend*|secretario|secretaria|secretary|minister|ministra|ministre|depute*|deputad*|senator|senador*|mayor|alcalde*|maire|burgermeister*|prefeit*|governor|gobernador*|gouverneur|trustee|investor*|investisseu*|inversor*|inversionista|investidor*|associe|associee|administrateur*|administratrice*|consejer*|conselheir*|kine|kinesitherapeute|broker|banker|banquier*|bankier*|notaire|notario|notaria|notar|bolseir*|bolsista|boursier*|stipendiat*|defender|solicitor|barrister|paralegal|gendarme|moniteur*|monitora|conducteur*|attache|attachee|soignant*|aiguilleur|motorista|carpintero|carpinteiro|charpentier|menuisier|zimmermann|zimmermeister|pedreiro|albanil|macon|maurer|polier|serveur|serveuse|kellner*|garcom|cocinero|cocinera|cozinheir*|cuisinier*|chauffeur*|conductor|conductora|driver|fahrer*|policier*|policia|polizist*|bombero|bombeiro|pompier|soldado|soldier|soldat|agricultor*|agriculteur*|landwirt*|farmer|eleveur|ganadero|pescador|pecheur|jardinero|jardineiro|jardinier|gartner*|retraite|retraitee|jubilado|jubilada|aposentado|aposentada|reformado|reformada|rentner|rentnerin|pensionist*|retired|voluntari*|volunteer*|benevole*|ehrenamtlich*|freiwillig*|major|sophomore|freshman|undergrad*|lehrerin|lehrer)"
	// Two to twenty, for years of experience.
	numW = "(#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte|dois|duas|quatro|sete|oito|nove|dez|quinze|vinte|deux|trois|quatre|cinq|sept|huit|neuf|dix|vingt|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|zwanzig)"
	// Seeing, reading or hearing of something.
	sawW = "(saw|seen|see|noticed|heard|read|learned|learnt|spotted|vi|visto|veo|vimos|note|supe|escuche|lei|leido|li|soube|reparei|percebi|notei|ouvi|vu|vois|appris|lu|entendu|remarque|constate|gesehen|gelesen|gehort|mitbekommen|bemerkt|erfahren)"
	// Congratulations.
	congratsW = "(congrats|congratulations|congratulation|congrat|congratz|kudos|felicidades|felicitaciones|felicito|felicitarte|felicitarle|enhorabuena|parabens|parabenizo|felicitations|felicite|bravo|chapeau|gluckwunsch|gluckwunsche|glueckwunsch|gratuliere|gratulation|gratulieren)"
)

// cuesJoin concatenates lists of cues. (Not inlined: it is called in
// package initialisation, and each copy would weigh on the WebAssembly
// binary.)
//
//go:noinline
func cuesJoin(a, b []cue) []cue { return append(append([]cue(nil), a...), b...) }

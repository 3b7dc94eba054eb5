package rules

// The never rule: framing with what never happened.

// never

var never = Rule{
	ID:       "never",
	Severity: Suggestion,
	Advice:   []string{"C3"},
	Guide:    "/guide/what-to-leave-out/#never",
	check: &phrases{
		// "Never" framing is the writer looking back at what did not happen
		// between them: the writer is the subject ("we've never met", "I
		// never got the chance", "our paths never crossed"). A "never" of
		// anyone else's ("it has never been easier", "you never stop") or
		// an imperative motto ("never stop learning") is not it.
		Match: `
			(we've|weve|we|i've|ive|i|i'd|you've|you|we'd|we're|i'm) (have|had|both|sadly|unfortunately|honestly|really|actually|just|somehow|still|probably|obviously|literally|genuinely|truly|also|ever)? (have|had|both|sadly|unfortunately|honestly|really|actually|just|somehow|still)? never
			^ never (had|got|met|spoke|spoken|talked|managed|crossed|worked|been|connected|caught|followed|did|reached|interacted|collaborated|overlapped)
			(but|and|yet|though|although|sadly|unfortunately) never (got|had|met|spoke|spoken|talked|managed|crossed|worked|connected|caught|followed|did|reached|interacted|collaborated|overlapped|been)
			(paths|roads) (have|had)? never
			` +
			// Spanish and Portuguese mark the subject on the verb: "nunca nos
			// hemos conocido", "apesar de nunca termos falado", "jamás
			// hemos hablado".
			// The verb must be the writer's (or ours): "nunca había visto
			// nada igual" and "você nunca aceita" are praise and a topic.
			`
			(nunca|jamas) (nos|me|te|hemos|he|tuve|tuvimos|hubo|termos|tivemos|tive|cheguei|chegamos|llegamos|conversamos|conversei|falamos|falei|hable|coincidimos|coincidi|hablamos|trabajamos|trabaje|trabalhamos|trabalhei|cruzamos|interactuamos|interagimos|pude|pudimos|consegui|conseguimos|estuve|estive|estuvimos|estivemos|fuimos|fomos|tinhamos|teniamos|habiamos|trocamos|trocaram|conversou|falou|tenhamos|tivessemos|hayamos|hubieramos|se)
			(gente|nosotros|nosotras) (nunca|jamas|jamais)
			` +
			// French: "nous ne nous sommes jamais rencontrés", "je n'ai jamais
			// eu l'occasion", "on s'est jamais parlé".
			`
			(nous|on|je|j'ai|j'avais|j'etais|moi) ... jamais
			pt: jamais (nos|conversamos|falamos|trabalhamos|tivemos|tive|cheguei|cruzamos)
			` +
			// German: "wir hatten noch nie Kontakt", "ich hatte nie die
			// Gelegenheit", "obwohl wir noch nie zusammengearbeitet haben".
			`
			(wir|ich|uns) ... (nie|niemals)
			(hatte|hatten|habe|haben|war|waren|bin|sind) (leider|bisher|bislang|eigentlich|ja|selbst|auch)? noch? (nie|niemals)
			`,
		Except: []string{
			"never (stop|stops|stopped|stopping|fails|fail|failed|ceases|ceased|disappoints|disappoint|disappointed|forget|forgot|miss|misses|hurts|hurt|too|ending|gets)",
			"never been better",
			"never (thought|imagined|expected|dreamed|dreamt|guessed|knew|know|tire|tired|bored|regret|regretted)",
			"never (get|gets|got|grow|grew) (tired|bored|old)",
			"(than|or) never",
			// Praise: "I've never seen anyone explain it so clearly".
			"never (seen|read|heard|met|watched|encountered|come|found|learned|learnt|enjoyed|laughed) (a|an|anyone|anybody|someone|anything|such|so|as|more|better|across|this|that|it)",
			// Mottos, "I'll never forget", "better late than never".
			"(nunca|jamas) (dejes|dejen|deja|dejar|pares|paren|parar|olvidare|olvidaremos|olvidaria|olvido|olvidar|olvides|falla|fallan|decepciona|decepcionan|imagine|imagino|pense|penso|crei|sobra|pare|parem|deixe|deixem|deixar|desista|desistam|desistir|esquecerei|esqueceremos|esqueco|esqueci|esquecer|imaginei|imaginaria|pensei|pensaria|falha|falham|decepciona)",
			"(nunca|jamais|jamas) (vou|irei|vamos|voy|vamos|va|vai) (a|de)? (esquecer|olvidar|dejar|deixar|parar|olvidarme)",
			"(nunca|jamais|jamas) (es|e|foi|sera|seria|fue|esta) (tarde|demais|demasiado|suficiente)",
			"(nunca|jamais|jamas) (ha|habia|han|fue|foi|tinha|tem|teve|sera|seria|estuvo|esteve) (sido|estado)? (tan|tao|mas|mais|facil|asi|assim|tao)",
			"(nunca|jamais|jamas) (he|habia|tinha|tenho|vi|lei|li|escuche|ouvi|conoci|conheci) (visto|leido|lido|escuchado|ouvido|conocido|conhecido)? (a|un|una|um|uma|alguien|alguem|nadie|ninguem|algo|nada|tan|tao|mejor|melhor|otra|outra|outro|otro)",
			"(nunca|jamais|jamas) (has|hayas|tuviste|usaste|probaste|provaste|usou|tentou)",
			"(nunca|jamas) se (sabe|sabra|rinde|rindas|renda|deve|debe|deja|deixa|sabia)",
			"(nunca|jamas) me (habian|habia|han|ha|habria|hubiera|hubieran|atrevi|atrevo|imagine|imaginei|tinham|tinha)",
			"(mas|mais|mejor|melhor|peor|pior|tarde|do) que nunca",
			"como nunca antes",
			"(n'oubli*|oubli*|n'aurais|aurais|n'aurait|aurait|n'aurions) jamais",
			"jamais (oublier|oublie|cesser|arreter|abandonner|renoncer|trop|assez|pense|imagine|cru|lacher)",
			"jamais (vu|lu|entendu|rencontre|croise|assiste) (un|une|quelqu'un|rien|autant|aussi|d'aussi|mieux|personne|de|d'autre)",
			"jamais ete (aussi|si|plus|autant)",
			"ne jamais (cesser|arreter|abandonner|renoncer|oublier|baisser|lacher)",
			"(que|comme) jamais",
			"(sait|sais|saura|lasse|lasserai|ennuie|decoit|regrette|regretterai|rate|manque|loupe|raterai|manquerai) jamais",
			"jamais (autant|mieux|aussi|si|plus|tant)",
			"nunca (se|me) (sabe|canso|cansare|aburro|aburre|cansa)",
			"nunca (pierdo|perco|aprendi|aprendido)",
			"(nunca|jamas|jamais) (tanto|tan|tao)",
			"(nie|niemals) (vergessen|vergesse|vergisst|aufhoren|aufgeben|auslernen|gedacht|erwartet|geahnt|vorgestellt|langweilig|enttauscht)",
			"nie (einen|eine|ein|so|etwas|jemanden|jemand|besser|klarer|was)",
			"nie zu (spat|fruh)",
			"(lernt|lernen|lerne) nie aus",
			"(weiss|weis|wusste|verpasse|verpassen|verpasst|werde) (ich|man)? (nie|niemals) (mude|einen|eine|ein)?",
			"nie mude",
			"(als|wie) nie",
			// A quoted title or motto: your post «Nunca dejes de aprender».
			"\" _? _? (never|nunca|jamais|jamas|nie|niemals|ne)",
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
		{Note: "Hi Ana, WE’VE NEVER MET, but your talk on cold chains changed how I run our pharmacy in Porto.", Flag: []string{"WE’VE NEVER"},
			Why: "Case and the kind of apostrophe don't matter."},
		{Note: "Hi Ana, we‘ve never met, but your talk on cold chains changed how I run our pharmacy in Porto.", Flag: []string{"we‘ve never"}},
		{Note: "Hi Ana, we′ve never met, but your talk on cold chains changed how I run our pharmacy in Porto.", Flag: []string{"we′ve never"}},
		{Note: "Hi Kofi, we met at Afrobytes Paris but never got to finish our chat about remittances.", Flag: []string{"but never got"}},
		{Note: "Hola Ricardo, sé que nunca nos hemos conocido, pero trabajo en el mismo sector que tú.", Flag: []string{"nunca nos"}},
		{Note: "Olá Tiago, apesar de nunca termos falado, sou recrutadora na Hays Lisboa.", Flag: []string{"nunca termos"}},
		{Note: "Bonjour Aurélie, nous ne nous sommes jamais rencontrées mais je suis vos publications sur l'inclusion numérique.", Flag: []string{"nous ne nous sommes jamais"}},
		{Note: "Hallo Frau Lorenz, wir hatten noch nie Kontakt, aber Ihre Studie zitiere ich in meiner Masterarbeit.", Flag: []string{"wir hatten noch nie"}},
	},
	Good: []Example{
		{Note: "Hi Lucas, I'd love to meet at the next Droidcon Berlin. Your talk on Kotlin coroutines was the clearest I've heard, and I'm a mobile dev at N26 trying them out."},
		{Note: "Hi Ngozi, your advice to never stop learning stuck with me after your panel on maternal health in Abuja. I'm a midwife in Kano.",
			Why: "A motto that looks forward is not the “never” framing."},
		{Note: "Hi Sebastián, better late than never: thank you for the guide to Lisbon's tech scene. I moved there in May and your list of meetups was perfect."},
		{Note: "Hi Rin, I'll never forget your demo of the codec at the Tokyo audio meetup. I'm an audio engineer at Sony and would love to hear about your next project."},
		{Note: "Hi Anil, nevertheless, I follow your posts on rural banking closely; I'm researching microloans in Odisha."},
		{Note: "Hi Ana, I never thought I'd meet another fan of Bayesian cricket stats! I'm an analyst in Pune."},
		{Note: "Hi Ana, I've never met a better speaker on cold chains. I'm a pharmacist in Porto and would love to hear how you pick suppliers.",
			Why: "Praise, not what hasn't happened between you."},
		{Note: "Hi Ana, your post on why it has never been easier to start a lab in Lagos convinced me. I'm a chemist at Unilag."},
		{Note: "Hola Ramón, tu post «Nunca dejes de aprender, ni a los 60» me llegó: a los 52 estudio ciencia de datos.",
			Why: "A quoted motto is not the writer's framing."},
		{Note: "Oi Paulo, nunca vou esquecer a sua palestra no TEDx Porto sobre a seca. Sou engenheiro agrónomo no Alentejo."},
		{Note: "Bonjour Sarah, je n'oublierai jamais votre keynote à Paris Web sur le design inclusif. UX designer à la MAIF."},
		{Note: "Hallo Ute, „Man lernt nie aus“: Dieser Satz unter Ihrem Beitrag über Weiterbildung mit 55 hat mich berührt."},
		{Note: "Hallo Sarah, deinen Talk auf der re:publica über Desinformation werde ich nie vergessen. Ich bin Journalistin beim BR."},
		{Note: "Hola Verónica, tu charla sobre pandas fue lo mejor del día; nunca había visto los datos del MINSAL tan bien explicados. Soy epidemióloga.",
			Why: "A “never” of praise (nunca había visto, nunca me habían explicado) frames nothing between you."},
		{Note: "Oi Gabriel, seu post sobre por que você nunca aceita convites sem nota rodou aqui no time. Sou gestora de comunidade na Alura.",
			Why: "Their “never” is the topic, not yours."},
	},
}

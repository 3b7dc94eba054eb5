package rules

// The job-ask rule's cues, by role: the sender looks for work, asks for a
// job, a referral or a word put in, offers a CV or their availability, for
// a role on the reader's team. A sentence asks for a job when its cues, with
// the note's cues about the sender, weigh jobThreshold. Asking for advice
// about a job search, or a question about the reader's own path, weighs
// against. As with the pitch cues, one pattern serves every modelled
// language where it can, and each starts with a rare word.

const jobThreshold = 3

var jobCues = []cue{
	// The sender is looking for work. It describes the sender, so it counts
	// in every sentence; alone it is news, not an ask.
	{W: 3, Note: true, Match: []string{
		"(looking|searching|hunting|seeking|applying) (for)? (a|an|my|new|some)? (new|first|full|entry|junior|remote)? _? (job|jobs|role|roles|position|positions|opportunity|opportunities|oppurtunity|work|internship|internships|opening|openings|placement)",
		"job (hunting|searching|seeking|search)",
		"(laid|let) (off|go)",
		"between (jobs|roles)",
		"exploring (new)? (job)? (opportunities|roles|positions)",
		"actively (looking|searching|seeking|applying|job)",
		"on the (job)? market",
		"open to (new)? (work|challenges|roles|opportunities)",
		"(busco|buscando|buscar|procuro|procurando|busca|ando) (un|una|uma|um|nuevas|nuevos|novas|nova|nueva|mi|meu|minha)? (primer|primeiro|nuevo|novo)? (empleo|trabajo|laburo|chamba|pega|curro|oportunidades|oportunidad|oportunidade|practicas|pasantia|estagio|emprego|vaga|recolocacao|colocacao|puesto|posicion|trabalho)",
		"(en|em) busca de (un|una|uma|um|nuevas|novas|nova)? (empleo|trabajo|oportunidades|oportunidad|oportunidade|emprego|recolocacao|trabalho|vaga)",
		"(a|em) procura de (um|uma|novo|nova)? (emprego|trabalho|vaga|oportunidade|estagio|recolocacao)",
		"(recherche|cherche|cherchons) (d'un|d'une|un|une|de|du|mon) (premier)? (emploi|poste|stage|cdi|cdd|alternance|job|travail|nouvel|nouveau)",
		"(nouveau|present) sur le marche",
		"(suche|suchen) ... (festanstellung|stelle|job|ausbildungsstelle|einstiegsstelle|praktikum|werkstudentenstelle|position|anstellung|arbeit|herausforderung|neues|stellen|teilzeitstelle|vollzeitstelle|minijob|nebenjob)",
		"(stellensuche|jobsuche|arbeitssuchend|arbeitsuchend|jobsuchend)",
		"(sin|sem|out|without|sans|ohne) (of)? (trabajo|empleo|work|job|emprego|trabalho|emploi|arbeit)",
		"(recherche|busqueda|busca|suche) (active|activa|ativa|aktiv)",
		"(desempregado|desempregada|desempleado|desempleada|unemployed|arbeitslos)",
	}, Except: []string{
		"(looking|searching) for (advice|mentors|mentorship|tips|feedback|partners|investors|speakers|volunteers)",
		"(are|r|you) (you|u)? open to",
		"open to (new)? (ideas|perspectives)",
	}},

	// A direct ask: a referral, a word put in, to be hired, a CV sent.
	{W: 6, Match: []string{
		"(refer|recommend|referring|recommending|vouch) (me|for)",
		"(a|an|your|for|get|need|appreciate) referral",
		"referral (for|to|if)",
		"(put|putting) (in)? a (good)? word",
		"word for me",
		"(good|gutes|buena|boa|bon) (word|wort|palabra|palavra|mot) (for|fur|por|para|pour)?",
		"(hire|hiring) me",
		"(give|offer) me a (job|position|role|chance|shot|internship)",
		"think of me",
		"(help|assist) me (get|find|land|secure|with) (a|an|my)? (job|role|position|internship|placement|work|foot|opportunity)",
		"(foot|feet) in the door",
		"(are|r) (you|u) (guys|folks|all)? (currently|still|actively|also)? hiring",
		"(is|are) (your|the) _? _? (team|company|firm|group|org|organization|organisation|department|startup|lab|practice|agency|studio|hospital|school|bank) (currently|still|actively)? hiring",
		"(is|are) N (currently|still|actively)? hiring",
		"(accepting|taking) (applicants|applications|candidates|interns|cvs|resumes)",
		"(attached|attaching|enclosed|enclosing) (is|are)? my (cv|resume)",
		"(envio|mando|sigue|segue|adjunto|anexo|joins|joint) ... (cv|curriculo|curriculum|lebenslauf|hoja)",
		"(contacto|contato|contact|kontakt) (del|de|da|do|du|of|the|zum|zur)? _? (reclutador|reclutadora|recrutador|recrutadora|recruteur|recruteuse|recruiter|hiring|rrhh|rh|hr|recursos|personalabteilung)",
		"(ofrecer|ofrezco|oferecer|ofereco|offrir|offer) (mis|meus|mes|my) (servicios|servicos|services) (como|as|comme)",
		"(recrute|recrutent|recrutez|embauche|embauchez) (t|vous) (il|elle)?",
		"(integrer|rejoindre|unirme|sumarme|integrar|juntar|beitreten|join) (a)? (votre|ton|vos|tu|su|vuestro|sua|seu|vossa|ihr|eurem|euer|your) (equipe|entreprise|societe|equipo|empresa|equipa|time|team|unternehmen|company|firm)",
		"(accept|accepting|take|taking|hire|hiring|prennent|recibe|aceptan|recebem|nehmt|nehmen|accueille|accueillez) (on|des)? (an|a)? (intern|interns|trainee|trainees|stagiaires|stagiaire|practicantes|estagiarios|estagiario|praktikanten|praktikant|alternants|apprentis)",
		"(etwas|something|algo|anything) (for|para|pour|fur) (me|mim|mi|moi|mich)",
		"(minha|mi|ma|my|meine|mon) (candidatura|candidature|application|postulacion|bewerbung)",
		"(chance|possibility|possibilidade|posibilidad|possibilite) (of|for|to|de|da|do)? (a|an|un|una|uma|um|une)? (job|jobs|position|positions|role|roles|internship|internships|opening|openings|vacancy|vacancies|placement|trabajo|empleo|puesto|practicas|pasantia|vacante|vacantes|estagio|emprego|trabalho|vaga|vagas|stage|emploi|poste|postes|alternance|praktikum|stelle|stellen|ausbildung|werkstudentenstelle|hacer|fazer|faire)",
		"moglichkeit ,? (bei)? (euch|ihnen|dir)? (ein|eine|einen)? (praktikum|stelle|job|ausbildung|werkstudentenstelle|mitarbeit)",
		"(if|whether|si|se|ob) (you|your|there|vous|tu|usted|voce|sie|ihr|es|hay|ha|existem|existe|il|votre|su|sua|tu|ihre|euer) ... (hiring|recruiting|openings|vacancies|positions|roles|opportunities|contratando|recrutando|recrutez|vacantes|vagas|postes|stellen|oportunidades|estagio|stage|praktikum|contratar|recrutar|embauchez|einstellen)",
		"(know|aware|sabes|sabe|sabia|conoces|connaissez|sais|weisst|wissen) (of|de|si|se|ob|about|if|whether)? ... (openings|opening|roles|vacancies|positions|opportunities|vacantes|vagas|postes|stellen|hiring|recruiting|contratando|recrutando|buscando|recrutent|recrutez)",
		"(are|is) there (any)? _? (opportunities|openings|roles|positions|vacancies|jobs|internships|spots)",
		"(interested|interesse|interesado|interesada|interessado|interessada|interessiere|interesso|interessee|interesse) (in|en|em|par|fur|mich)? (fur)? (a|an|une|un|uma|um|una|eine|einen)? (opportunities|roles|positions|openings|working|joining|trabajar|trabalhar|travailler|arbeiten|oportunidades|opportunites|rejoindre|unirme|stelle|position|poste|vaga|puesto|internship|estagio|stage|praktikum)",
		"(keep|guardar|garder|behalten|guarde) (my|mi|meu|mon|meinen) (cv|resume|curriculum|curriculo|lebenslauf|profile|perfil|profil)",
		"(consider|considerar|considerer|berucksichtigen) (my|mi|minha|meu|ma|mon|meine|meinen) (application|candidatura|candidature|bewerbung|profile|perfil|profil|cv)",
		"(available|disponible|disponivel|verfugbar) (for|para|pour|fur) (an|a|une|um|uma|una|ein)? (interview|interviews|entrevista|entrevistas|entretien|vorstellungsgesprach)",
		"(ayudarme|ajudar|aider|helfen) ... (conseguir|encontrar|obtener|arranjar|trouver|decrocher|finden|bekommen|get|land|find) (un|una|uma|um|une|ein|eine|einen|a|an)? (job|jobs|position|positions|role|roles|internship|internships|opening|openings|vacancy|vacancies|placement|trabajo|empleo|puesto|practicas|pasantia|vacante|vacantes|estagio|emprego|trabalho|vaga|vagas|stage|emploi|poste|postes|alternance|praktikum|stelle|stellen|ausbildung|werkstudentenstelle|entrevista|entretien|interview)",
		"(candidatura|candidature) (espontanea|spontanee)",
		"(spontaneous|unsolicited) application",
		"initiativbewerbung",
		"(adresser|envoyer|enviar|envio|mando|sende|send) (vous|te|le|ihnen|you)? (ma|mi|minha|meine|my) (candidatura|candidature|bewerbung|application)",
		"(dream|sueno|sonho|reve|traum) (is|es|e|est|ist)? (to)? (work|trabajar|trabalhar|travailler|arbeiten|join)",
		"(love|dream|hope|encantaria|gustaria|adoraria|gostaria|aimerais|adorerais|reverais) (to|de)? (work|trabajar|trabalhar|travailler|arbeiten|join) (at|for|in|en|na|no|chez|bei) N",
		"(charge|cargo|responsable|responsible|responsavel|zustandig) (du|of|de|del|da|do|fur)? (recrutement|recruitment|recruiting|hiring|reclutamiento|recrutamento|seleccion|selecao|personal|rh|rrhh|hr)",
		"(for|para|pour|fur) (someone|people|alguien|alguem|quelqu'un|jemanden) (like|como|comme|wie) (me|yo|eu|moi|mich)",
		"(pass|passing|forward|send|share|sharing|encaminhar|transmettre|reenviar|pasar|passar|enviar|llegar|compartilhar|compartir|partager) (along)? (my|mi|meu|mon|ma) (resume|cv|curriculum|curriculo|candidature|hoja|profile|perfil|profil)",
		"(lebenslauf|cv|bewerbung|bewerbungsunterlagen|unterlagen) ... (weiterleiten|weitergeben|sende|schicke)",
		"(connect|introduce|put) me (in)? (touch)? (with|to) ... (recruiting|recruiter|recruiters|hiring|hr|talent)",
		"(love|like|want|get|land) (an|a) (internship|job|position|role|placement|stage|practica|estagio) (at|with|in|en|na|no|chez|bei)",
		"(work|working|trabajar|trabalhar|travailler|arbeiten) (on|in|at|for|en|na|no|em|dans|chez|bei) (your|ur|tu|su|vuestra|vuestro|sua|seu|vossa|tua|votre|ton|ta|ihrem|ihrer|eurem|deinem) (team|company|firm|equipo|empresa|equipe|equipa|time|entreprise|unternehmen|firma)",
		"(gerne|gern) (bei|in|fur) _ _? (zu)? arbeiten",
		"gibt es ... (stellen|platze|positionen|jobs|praktikumsplatze|vakanzen)",
		"(avez|auriez) vous (des|un|une)? (postes|poste|ouvertures|stages|offres|opportunites|besoins)",
		"(postes|poste|vagas|vacantes|positions|roles|openings|stellen) (ouverts|abertas|abiertas|disponibles|disponiveis|open|available|offen|frei) ?",
		"(is|are) (your|the) (team|company|firm|org|startup|lab|department) ... hiring",
		"my (cv|resume) (is)? (attached|enclosed|here)",
		"find my (cv|resume)",
		"(send|share|forward) (you)? my (cv|resume)",
		"(apply|applying|applied) (for|to) (the|a|an|any|this|your) _? _? (role|position|job|opening|vacancy|internship|program|programme)",
		"(start|begin|launch|kickstart) my career (at|with|in)",
		"(chat|talk|speak|discuss|learn|hear) about (opportunities|roles|openings|positions|vacancies) (at|with|in|on)",
		"(interest|interested) in (the|any|a|an|your) ... (position|role|opening|vacancy|internship|job|program|programme)",
		"(join|joining) (your|the) _? _? (team|company|firm)",
		"(be|being) (a)? part of (your|the) (team|company)",
		"(any|open|available) (job|internship|entry|junior)? (openings|opening|vacancies|vacancy|positions|roles|jobs|internships|spots) ... ?",
		"let me know (if|when|of|about) (there|there's|you|any)? ... (opening|openings|role|roles|position|positions|vacancy|vacancies|anything|something|hiring|opportunities|opportunity)",
		"(request|requesting) (for)? (a|an|any)? (opportunity|job|position|role|internship)",
		"(me|mich) (podrias|podria|puedes|puede|poderia|pode|pourriez|konnten|konntest|konnen|darias)? (recomendar|referir|indicar|recommander|empfehlen|weiterempfehlen)",
		"(recomiendes|refieras|indicasse|indique|recomende|recommandiez) (me|a|para)?",
		"mich (bei|an)? _? _? (weiterempfehlen|empfehlen)",
		"(indicar|recomendar|referir) (me|internamente)",
		"(recomendarme|referirme|recomendarnos)",
		"(una|tu|su|uma|sua) (referencia|recomendacion|indicacao)",
		"recommander ma candidature",
		"(tenerme|tenme|tengame|tenganme) en cuenta",
		"(pensez|pense|penser) a moi",
		"(lembra|lembre|lembrem) (se)? de mim",
		"an mich denken",
		"(adjunto|adjunta|enviarle|enviarte|envio|mando|comparto|dejo|segue|envio|anexo|joins|joint|trouverez|sende|schicke) (mi|meu|o|el|la|mon|le|meinen|den|meine)? (cv|curriculum|hoja|curriculo|lebenslauf|bewerbungsunterlagen)",
		"(cv|lebenslauf) (en|ci|anbei) (piece|joint)?",
		"(candidatar|candidatei|postule|postulo|postulado|postular|bewerbe|beworben|candidater)",
		"(estan|estais|esta|estao) (a)? (contratando|contratar|recrutar|recrutando) ... ?",
		"(tienen|tiene|tienes|hay|ha|tem|teem|avez|auriez|haben|gibt) (alguna|algun|alguma|des|un|une|es)? (vacante|vacantes|vaga|vagas|poste|postes|ouverture|ouvertures|stelle|stellen|platze|posiciones|puestos)",
		"(sucht|suchen) (ihr|sie) ... (noch)? (werkstudenten|leute|mitarbeiter|verstarkung|jemanden|praktikanten|azubis)",
		"(formar|faire|ser) parte (del|de|do|da) (tu|su|vuestro|votre|seu|sua)? (equipo|equipe|equipa)",
		"(faire|fais) partie de (votre|ton|ta) (equipe|entreprise|societe)",
		"(in|bei) (ihrem|deinem|eurem|ihrer) (team|unternehmen|firma) (zu)? arbeiten",
		"(participar|parte) (do|da) (processo|equipe|equipa|time)",
		"(work|working) (on|in|at|for) (your|ur) (team|company|firm)",
	}, Except: []string{
		"(refer|recommend) me (to)? (a|some|any|the)? _? (book|books|course|courses|resource|resources|reading|podcast)",
		"(me|te|le) (recomendar|indicar|recomiendes|recomende) (un|una|algun|alguna|libro|libros|curso|cursos|um|uma|livro|livros|lecturas)",
		"(postule|postulo|candidatar) ... (beca|bolsa|master|mestrado|programa)",
	}},

	// An opening imagined: if a role comes up, if you are hiring.
	{W: 3, Match: []string{
		"(if|should|case|when) (a|any|an)? _? (role|opening|position|spot|seat|job|vacancy|place|anything|something) (ever)? (opens|comes|becomes|pops|frees|is)",
		"(falls|wenn) (du|sie|ihr) (etwas|was) (horst|horen|hort)",
		"if (there|there's) (is|are)? (a|any)? (place|room|space|opening|role|position|spot|need)",
		"if (you're|youre) (ever)? (hiring|recruiting)",
		"if you are (ever)? (hiring|recruiting)",
		"(si|cuando) _? (surge|surgiera|hay|sale|aparece|abre|sabes|conoces|tienes|tienen|necesitais|necesitan|necesitas|vous|tu|un|une|l'occasion) (algo|alguna|algun|una|un|de|refuerzos|recrutez|entends|poste|besoin|se|una)",
		"(se|caso) (algum|surgir|tiver|houver|abrir|rolar|precisar|precisarem|a|sua|souber|souberes) _? _? (vaga|vagas|oportunidade|demanda|dia|de|empresa|equipa|equipe|alguem|alguma)",
		"(falls|wenn) (sie|ihr|du) (mal|noch)? (verstarkung|unterstutzung|leute|jemanden|mitarbeiter) ... (brauchen|braucht|brauchst|suchen|sucht)",
		"(falls|wenn) (sie|ihr|du) (noch)? (leute|jemanden) (suchen|sucht)",
	}},

	// A need on their side the sender could fill.
	{W: 2, Match: []string{
		"(if|whenever) (you|u) (ever)? (need|have) (another|someone|an|a|extra|any)",
		"(if|whenever|should) (your|ur|the) _? (team|company|firm|side|department) (ever)? (needs|need|is|are|has)",
		"(need|needs|require) (any|extra|some|more) (help|hands|support)",
		"(necesitan|necesitais|necesitas|necesita|precisam|precisa|precisar|brauchen|braucht|need|needs) (a)? (alguien|alguem|someone|jemanden|gente|pessoas|people|refuerzos|reforco|reforcos|verstarkung)",
	}},

	// Offering oneself: available, glad to contribute, a portfolio to see.
	{W: 1, Match: []string{
		"(i'm|im) (available|around)",
		"i am (available|around)",
		"(happy|glad|love|eager|keen) to (contribute|help|join|work|apply)",
		"(my|mi|meu|minha|mon|ma|mein|meine|meinen) (reel|portfolio|portafolio|bande|cv|resume|curriculum|lebenslauf)",
		"available (immediately|now|from|starting|asap)",
		"(estoy|estou|sou|suis|bin) (disponible|disponivel|verfugbar|preneur|preneuse)",
		"(aqui|aca) (estoy|ando)",
		"(disponibilidad|disponibilidade) (inmediata|imediata|total)",
		"ab sofort",
		"(contribuer|contribuir|aportar|mitzuwirken|anpacken)",
		"bin (ab)? _? verfugbar",
	}},

	// For their team or company.
	{W: 1, Match: []string{
		"(in|at|on|with|into|within) (your|ur) _? (company|team|firm|organization|organisation|org|side|department|ward|startup|group|lab|agency|studio|office|bank|hospital|school)",
		"(en|a) (su|tu|vuestra|vuestro) (empresa|equipo|area|compania|estudio|banco|organizacion|departamento)",
		"(na|no|pro|pra) (sua|seu|tua|teu|vossa|vosso) (empresa|equipe|equipa|time|area|banco)",
		"(dans|chez|au) (votre|ton|ta|vos|sein) (equipe|entreprise|societe|service|cabinet|agence|structure|studio|groupe)",
		"(in|bei) (ihrer|ihrem|deiner|deinem|eurer|eurem) (abteilung|team|firma|unternehmen)",
		"bei euch",
	}},

	// What is asked for: a job, a role, an opening.
	{W: 1, Match: []string{
		"(job|role|position|opening|vacancy|internship|opportunity|oppurtunity|vacante|empleo|puesto|pasantia|practicas|vaga|emprego|estagio|poste|emploi|stage|alternance|cdi|stelle|praktikum|ausbildungsstelle|werkstudentenstelle)",
	}, Except: []string{
		"(job|role|position|poste|stelle) (description|title|change|market|search|hunt|hunting|searching|seeking)",
		"(looking|searching|seeking|hunting|applying|busco|buscando|procuro|procurando|cherche|recherche|suche) ... (job|role|position|opening|vacancy|internship|opportunity|oppurtunity|empleo|puesto|vaga|emprego|estagio|poste|emploi|stage|stelle|praktikum)",
		"(your|their|his|her|tu|su|seu|sua|votre|ihre|ihrer) _? (job|role|position|poste|stelle|puesto|empleo|cargo|new)",
	}},

	// Asking for help, a lead, word of anything.
	{W: 1, Match: []string{
		"(please|pls|plz|kindly|can|could|would) (you)? (help|assist) me",
		"let me know",
		"(avisame|avisenme|avisa|avisas|avise|meldet)",
		"(any|cualquier|qualquer) (dato|lead|leads|info|pista|ayuda|ajuda|indicacao)",
		"(quem|se) puder (compartilhar|indicar|ajudar)",
		"(compartan|comparte|compartilhem|partagez)",
		"(echar|echarme|dar|darme|darias) (la|una)? mano",
		"(dar|da|darias|darme) (uma|una|un)? (forca|empujon|coup)",
		"(si|se|if) (tu|you|vous)? (entends|sabes|hear|souber) (parler|de|of|about|algo)",
		"(me|te) (ayudas|ayudarias|ajuda|ajudar|ajudaria)",
		"who (should|can|could|do) i (contact|reach|talk|speak|ask)",
		"bescheid",
	}},

	// Evidence against: asking for advice, or about their own path.
	{W: -3, Note: true, Match: []string{
		"(your|vos|votre|tu|tus|su|sus|seu|seus|sua|suas|ihre|ihren|deinen|dein|any|some|for|de) (advice|tips|guidance|perspective|insight|insights|consejo|consejos|conselho|conselhos|dicas|conseils|conseil|rat|ratschlag|tipps|recommendations)",
		"(which|what|welche|quelles|quels|que|cuales) (skills|courses|books|certifications|praktika|competences|habilidades|cursos)",
		"(recomendarias|recomendaria|recommanderiez|recommandez|empfehlen|recommend) ... ?",
		"what (would|should) you (recommend|suggest|do|focus|learn|prioriti*)",
		"(que|what|quel|quels|quelle|welchen|welche|which|qual|quais) (consejo|consejos|conselho|conselhos|advice|tips|conseil|conseils|tipp|tipps|rat|dicas)",
	}},
	{W: -3, Match: []string{
		"(how|why) (did|do|does|would) (you|your|they)",
		"what (would|do|did|should) (you|i)",
		"(como|comment|wie) (hiciste|hicieron|fizeste|fizeram|avez|as|hast|haben) ...",
		"(learn|hear|understand|aprender|entender|apprendre|lernen|ouvir|saber) (from|how|de|como|comment|von|wie) (you|your|tu|te|voce|vous|ihnen|dir|usted)?",
	}, Except: []string{
		"(would|do|could) you (recommend|refer) me (for|to) (a|the|any|an|your)? _? (role|position|job|opening|team)",
	}},
	{W: -6, Note: true, Match: []string{
		"not (asking|looking) (for)? (a|any)? (job|role|referral|favor|favour)",
		"no (pido|busco) (trabajo|empleo)",
	}},
}

// The future-roles cues: interest in roles to come, fine after an
// interview, a job ask from anyone else.
var futureRoleCues = []cue{
	{W: 3, Match: []string{
		"(be|being) considered",
		"(keep|have) me in mind",
		"(future|upcoming) (roles|openings|positions|opportunities|vacancies|role|opening|position|opportunity)",
		"(i'd|id|i'll) be a (strong|great|good|perfect|ideal) fit",
		"i (would|will|could|might) be a (strong|great|good|perfect|ideal) fit",
		"(i'm|im) a (strong|great|good|perfect|ideal) fit",
		"(great|valuable|strong|good) (addition|asset) (to|for) (your|the)",
		"(futuras|proximas|futuros|futures|prochaines|kunftige|kunftigen|zukunftige|zukunftigen|kommende|kommenden) (posiciones|vacantes|oportunidades|busquedas|vagas|posicoes|opportunites|offres|postes|ouvertures|ausschreibung|ausschreibungen|stellen|positionen|moglichkeiten)",
		"(tenerme|tenme|tengame) en cuenta",
		"(pensez|pense) a moi",
		"an mich denken",
		"(considerarme|considerer)",
		"me considerar",
	}},
}

package rules

// The job-ask rule's cues are word classes too: the sender is looking for
// work (said anywhere, it colours the note), a job noun, an ask (refer me,
// keep me in mind, are you hiring), a CV offered, the wish to join their
// team, availability. A sentence asks for a job when its classes, with the
// note's, weigh jobThreshold. A question about the reader's path, asking
// their advice, a talk of theirs, a recruiter or seller's note, or
// congratulations weigh against. Interest in future roles is fine after an
// interview: those cues skip the interviewer relationship.

const jobThreshold = 3

// A job: a role, an opening, an internship.
var jobNoun = "(job|jobs|role|roles|position*|opportunit*|oppurtunit*|opening*|vacanc*|internship*|intern|capacity|empleo*|trabajo|laburo|chamba|oportunidad*|practicas|pasantia*|puesto*|vacante*|busqueda|emprego*|vaga*|oportunidade*|estagio*|trampo|freela*|emploi*|poste|postes|stage|cdi|alternance|ouverture*|stelle*|festanstellung|praktik*|werkstudent*|ausbildung*|platze|platz|trainee*|seat|spot|posibilidad*|possibilidade*|possibilit*|moglichkeit*|chance)"

// Sending, attaching or passing on a CV, and what is sent.
var sendVerb = "(attach*|adjunt*|anex*|segue|sigue|joins|joint|trouverez|anbei|envi*|mand*|send*|sent|shar*|schick*|zusend*|envoy*|dejo|indic*|compart*|partag*|teil*|weiterleit*|pass|passing|pasar*|passar*|forward*|transmet*|weitergeb*|chegar|llegar|find|here)"

var cvNoun = "(cv|resume|curriculum|curriculo|lebenslauf|hoja|candidature|candidatura|application|bewerbung*|unterlagen|portfol*|portafolio|reel|profile|perfil|profil|name|nombre|nome|rrhh|rh|hr|recursos|personalabteilung)"

// The sender is looking for work, or offers a CV or a portfolio.
var seekerCue = []string{
	"(looking|searching|seeking|hunting|ready|busco|buscando|procuro|procurando|procura|busca|busqueda|recherche|cherche|suche|ando) ... (job|jobs|role|roles|position*|opportunit*|oppurtunit*|opening*|internship*|work|empleo*|trabajo|laburo|chamba|pega|oportunidad*|practica*|pasantia*|puesto*|emprego*|trabalho|trampo|freela*|vaga*|oportunidade*|estagio*|recolocacao|emploi*|poste|stage|cdi|alternance|stelle*|festanstellung|anstellung|praktik*|werkstudent*|ausbildung*|trainee*|einstieg*|d'emploi*|d'opportunit*|d'alternance|neues|new|nuevo|novo|nouveau|challenge*|herausforderung*|defi*|desafio*|reto*|laboral|active|activa|ativa|aktiv)",
	"(stellensuche|jobsuche|recolocacao|fresher|unemployed|desempleado*|desempregad*|arbeitslos*|initiativ*)",
	"job (hunt*|search*|seek*)",
	"(laid|let) (off|go)",
	"between (jobs|roles)",
	"(contract|contrato|contrat|vertrag) ... (ends|ending|wraps|finishes|termina|acaba|endet|lauft|finit)",
	"(weighing|exploring|considering) (my)? (options|opportunit*|next)",
	"auf der suche (und|,)",
	"(open|offen|ouvert|ouverte|abierto|abierta|aberto|aberta) (to|fur|a|para) (anything|alles|tout|todo|tudo)",
	"(start|starten|beginnen|commencer|comenzar|empezar|iniciar) (my|meine|mon|ma|mi|meu|minha)? (ausbildung|career|carrera|carreira|carriere|stage|praktikum|alternance)",
	"(meine|mein) (ausbildung|karriere|praktikum) ... (starten|beginnen)",
	"(i'm|im|currently|now|actively|estou|estoy|suis|bin|actualmente|atualmente) (open|exploring|available|disponible|disponivel|aberto|aberta|abierto|abierta|ouvert|ouverte|offen) (to|a|para|fur|pour|aux)? (new|work|opportunit*|novas|nuevas|nouvelles|neue|nuevos|novos|nouveaux|neuen)",
	"open to work",
	"(start|begin|launch|kickstart) my career",
	"break into",
	"(land|secure|get|conseguir|encontrar|arranjar|trouver|decrocher|finden|bekommen) (a|an|un|una|um|uma|une|ein|eine|einen)? _? " + jobNoun,
	"(sur|on) (le|the) (marche|market)",
	"(my|mi|meu|mon|mein*|minha|o|el) (cv|resume|curriculum|curriculo|lebenslauf|hoja|candidature|candidatura|application|bewerbung*|unterlagen|reel|portfol*|portafolio)",
	"(cv|resume|curriculum|curriculo|lebenslauf|bewerbungsunterlagen)",
	"hoja de vida",
}

var seekerExcept = []string{
	"(your|tu|su|seu|sua|teu|tua|votre|ton|ihr*|dein*) _? (cv|resume|curriculum|curriculo|lebenslauf|hoja)",
	"(looking|searching) for (advice|mentors|feedback|partners|investors|speakers)",
	"(we|we're|estamos|buscamos|procuramos|nous|wir) (are)? (looking|searching|seeking|buscando|procurando|cherchons|suchen)",
	"(busco|buscando|buscamos|procuramos|procurando|cherchons|cherche|suchen|suche|looking|seeking) (for)? (perfiles|perfis|profils|profiles|candidat*|talent*|kandidat*)",
	"(decrocher|land|landed|get|got|conseguir|consegui) (mon|my|mi|meu|meinen)",
}

var jobCues = []cue{
	{W: 2, Note: true, Match: seekerCue, Except: seekerExcept},
	{W: 1, Match: []string{jobNoun}},
	{W: 1, Note: true, Match: []string{"(freelance|freela|freelancer|freiberufler*|freiberuflich)"}},

	// Asking to be referred, recommended or hired, or whether they hire.
	{W: 3, Match: []string{
		"(refer|recommend|referring|vouch) (me|for)",
		"referral",
		"(put|putting) (in)? a (good)? word",
		"(a|un|una|uma|ein) (good|bon|petit|buena|boa|gutes)? (word|mot|palabra|palavra|palavrinha|wort)",
		"(coopter|cooptation|cooptar)",
		"(hire|hiring) me",
		"(help|assist|ayud*|ajud*|aider|aidez|helfen) (me|mir)? ... ... (job|role|position|internship|foot|door|there|trabajo|empleo|emprego|trabalho|vaga|emploi|poste|stelle|chamba|laburo)",
		"foot in the door",
		"(are|r|is) (you|u|your|the|there) ... (hiring|recruiting)",
		"(are|is) N ... (hiring|recruiting)",
		"(estan|estais|estao|esta) (a)? (contratando|contratar|recrutando|recrutar) ... ... ?",
		"(recrutez|embauchez) vous",
		"(sucht|suchen) (ihr|sie)",
		"(stellen|stellt) (ihr|sie) ... ein",
		"(accepting|taking) (applicants|applications|candidates|interns)",
		"(tienen|tiene|hay|tem|avez|auriez|gibt|haben|habt) ... (opportunit*|oportunidad*|oportunidade*|vacante*|vaga*|poste|postes|stelle*|platze|ouverture*|opening*|plazas|practicas|pasantia*|estagio*|stage*|praktik*|internship*) ... ?",
		"(any|cualquier|qualquer|alguna|algun|alguma|algum|toute|jede*) _? _? (opening*|vacan*|position*|opportunit*|oppurtunit*|oportunidad*|oportunidade*|posibilidad|possibilidade|role|roles|internship*|job|jobs|vaga*|puesto*|poste|stelle*|capacity)",
		"(saber|sabes|know|savoir|wissen|sais|connaissez|conoces|conhece|kennen) (si|if|se|whether|ob|of|de|des)? ... ... (hiring|contrat*|recrut*|einstell*|sucht|suchen|vacante*|vaga*|opening*|postes|stellen)",
		"(me|mich) (podrias|podria|puedes|puede|poderia|pode|pourriez|konntest|konnten)? (recomendar|referir|indicar|recommander|empfehlen|weiterempfehlen)",
		"mich ... (weiterempfehlen|empfehlen)",
		"(recomendarme|referirme|recommander) (con|com|ma)?",
		"(indicar|recomendar) (me|internamente)",
		"me (indica|indique|recomiende|recomienda|refiera)",
		"(indicacao|indicacoes)",
		"(echar|echas|echa|echarme|eches) (la|una|un) (mano|cable)",
		"(dar|da) (uma)? (forca|maozinha|mao)",
		"(etwas|was|something|anything|algo|quelque|alguma|place|plaza|lugar|platz|spot|room|vaga|poste) (fur|for|para|pour|pra) (me|mi|mim|moi|mich)",
		"(jump|leap) at the (chance|opportunity)",
	}, Except: []string{
		"(refer|recommend) me (to)? (a|some|any|the)? _? (book*|course*|resource*|reading|podcast*)",
	}},

	// Whether they hire, in a question.
	{W: 2, Match: []string{
		"(hiring|recruiting|contratando|recrutando|recrutar|contratar|recrute*|embauch*|sucht|suchen|buscan|buscando|procuram|cherchez) ... ... ?",
	}, Except: []string{
		"(are|r|is) (you|u|your|the|there) ... (hiring|recruiting)",
	}},

	// Softer asks: keep me in mind, consider me, let me know of openings.
	// After an interview, these are welcome.
	{W: 3, Skip: []Relationship{Interviewer}, Match: []string{
		"(keep|have) me in mind",
		"think of me",
		"(be|being) considered",
		"(consider|considerar|considerer) (me|my|mi|ma)",
		"(considerarme|considerame)",
		"(tenerme|tenme|tengame|tenganme) en cuenta",
		"(pensez|pense|penser) a moi",
		"(lembra|lembre|lembrem) (se)? de mim",
		"an mich denken",
		"(me|mi) (da|de|dar|des|echas) (um|un|una) (toque|toquinho|grito|aviso|cable)",
		"(toutes|todas|all|any) (les|las|the)? (pistes|pistas|leads)",
		"(heads|head's) up",
		"(any|a) (lead|leads|pointer|pointers)",
		"let me know (if|of) ... (opening*|role*|position*|vacanc*|anything|opportunit*)",
	}},

	// Let me know, tell me: an ask when the note is a job seeker's.
	{W: 1, Skip: []Relationship{Interviewer}, Match: []string{
		"(avisame|avisenme|bescheid|hazme)",
		"me (avisa|avise|fala|diz)",
		"let me know",
		"fais moi signe",
	}},

	// Offering their services, wanting to join their team, work for
	// them, apply.
	{W: 2, Skip: []Relationship{Interviewer}, Match: []string{
		"(join|joining) (your|the)",
		"(join|joining) N",
		"(rejoindre|integrer|unirme|sumarme|integrar)",
		"(my|mis|mes|meus|minhas|meine|meinen) (services|servicios|servicos|dienste|dienstleistungen)",
		"(motiviert|motive|motivee|motivad*|motivated|eager|hungry)",
		"me (sumo|uno|apunto)",
		"(be|being) (a)? part of",
		"(formar|fazer|faire|ser) (parte|partie)",
		"teil (ihres|eures|deines|des) (teams|unternehmens)",
		"(contribute|contribuir|contribuer|mitarbeiten|anpacken|solliciter|sollicite|einsteigen|einzusteigen|anfangen|anzufangen|mitzuarbeiten)",
		"(interest|interested|interesse|interesado|interesada|interessado|interessada|interessiere|interesa) ... " + jobNoun,
		"(work|trabajar|trabalhar|travailler|arbeiten) (with|for|at|on|con|para|en|na|no|chez|bei|dans) (you|ustedes|voces|vous|euch|ihnen|dir|your|tu|su|seu|sua|votre)",
		"(work|trabajar|trabalhar|travailler|arbeiten) (with|for|at|con|para|en|na|no|chez|bei) N",
		"(in|bei|fur) (ihrem|ihrer|eurem|deinem|euch|ihnen) ... arbeiten",
		"(hacer|fazer|faire|machen|absolvieren|do) (un|una|um|uma|mes|my|mis|meu|mon|ein)? (practicas|pasantia*|estagio|stage|praktikum|internship)",
		"(i|i'd|i'm|me|myself) ... (great|good|strong|perfect|valuable) (fit|asset|addition)",
		"(dabei|mitmachen|preneur)",
	}},

	// Applying.
	{W: 1, Skip: []Relationship{Interviewer}, Match: []string{
		"(apply|applied|applying|aplicar|aplico|postular*|postule*|postulo|candidat*|bewerb*|beworben)",
	}, Except: []string{
		"(candidat*) (a|an|au|para|zum)? _? (phd|doctora*|master)",
	}},

	// Someday, one day: the wish behind a soft ask.
	{W: 1, Skip: []Relationship{Interviewer}, Match: []string{
		"(someday|irgendwann|ojala)",
		"(one|algun|um|un|eines) (day|dia|jour|tages)",
	}},

	// Available, or a CV offered, sent or passed on.
	{W: 1, Match: []string{
		"(available|disponible|disponivel|verfugbar|disponibilidad|disponibilidade|around|imediat*|inmediat*|immediat*|sofort|kapazitat*|capacidad*|capacidade*|capacite*|bandwidth|parages|partant*|dispo)",
		"(ping|contact|call|message|schreib*|meld*) (me|mich|mir|moi)",
		"(message|call|email) away",
		"aqui me (tienes|tiene|tenes)",
		"(aqui|aca|here|por) (estoy|estou|to|ando|aqui)",
		"(so|just) (chamar|llamar|call|ping|avisar)",
		"(ordenes|ordens|disposicion|disposicao|disposition|verfugung)",
	}},
	{W: 1, Match: []string{
		sendVerb + " ... ... " + cvNoun,
		cvNoun + " ... ... " + sendVerb,
		"pt: (indica*|compartilh*)",
	}},

	// If a role opens, if they need someone.
	{W: 1, Skip: []Relationship{Interviewer}, Match: []string{
		"(if|should|si|se|falls|wenn|caso|case) ... ... (open*|come*|need*|surge|surgir|libere|presente|rolar|tiver|precis*|necesit*|brauch*|besoin|recrut*|contrat*|hiring|esteja|busca*|cherch*|such*|procur*|anything|something|algo|quelque|quoi|etwas|was|alguma)",
	}},
	{W: 1, Match: needCue},

	// Their team or company.
	{W: 1, Match: []string{
		"(your|ur|tu|su|sua|seu|vuestro|vuestra|votre|ton|ihr|ihre|ihrer|ihrem|euer|eure|eurem|dein|deine|deinem) (team|company|firm|organi*|equipo|empresa|estudio|area|equipe|equipa|entreprise|societe|service|cabinet|kanzlei|abteilung|unternehmen|firma|banco|banque|bank|side)",
		"(seu|teu|desse|deste|nesse|neste) time",
		"(chez|bei) (vous|ihnen|euch)",
		"(ai|aqui) na",
	}},

	// What weighs against: advice asked, a question about their path, a
	// talk of theirs, a recruiter or seller writing, congratulations.
	{W: -3, Match: []string{
		"(your|some|any|for|de|su|tu|seu|sua|vos|ihre|ihren|um|uma|algun|alguns|quelques) (advice|guidance|tips|insight*|perspective|consejo*|conselho*|dica*|conseil*|rat|ratschlag*|tipps|einschatzung)",
		"(mir|me) (raten|empfehlen|conseiller|aconsejar|aconselhar)",
		"not (asking|looking) for a job",
	}},
	{W: -2, Match: questionCue},
	{W: -1, Match: topicCue},
	{W: -3, Note: true, Match: recruiterCue},
	{W: -1, Match: []string{"(congrat*|felicita*|felicidades|parabens|felicitations|gluckwunsch*)"}},
}

package rules

// The sales-pitch rule's cues are word classes, not sentences: who sells (a
// seller, a recruiter), what is offered (our product, a demo, a deck, a free
// trial), what is promised (a result, a number), and what is asked (a call,
// their interest). A sentence pitches when the classes it holds, with what
// the note says about the sender, weigh pitchThreshold; a question about the
// reader's own work or a talk of theirs, asking for someone else, or a job
// seeker's CV weigh against.
//
// One pattern serves every modelled language: words are folded (no accents,
// lower case, a hyphen is a space), alternatives mix languages freely, and
// word* stands for a word's inflections. Every byte here ships to the page.

const pitchThreshold = 3

// The sender recruits: a recruiter, a team hiring, a role on offer. Job-ask
// counts it against.
var recruiterCue = []string{
	"(i'm|im|soy|sou|suis|bin|as|como|comme|als) (a|an|un|una|uma|une|ein|eine)? _? (recruiter*|headhunter*|recruteu*|reclutador*|recrutador*|personalberater*)",
	"(recruiter*|headhunter*|recruteu*|reclutador*|recrutador*|personalberater*) (at|with|for|from|en|na|no|da|do|de|chez|bei|von)",
	"(talent|recruitment|recrutamento|reclutamiento|recrutement|seleccion|selecao) (partner|acquisition|consultant|consultora|cabinet|agency)",
	"(our|my|nuestro|nosso|notre|unser*|mi|meu|mon|un|una|um|uma|einen|einem) (client|cliente|kunde*|mandant*)",
	"(i|je|we|we're|wir|ich|estamos|estoy|estou|nous) (are|am|sommes|sind)? (currently|actively)? (hiring|recruit*|recrute|recrutons|contratando|reclutando|recrutando|besetze*|cubriendo|apoiar|apoyando)",
	"(i|we|i've|we've|tengo|tenemos|tenho|temos|j'ai|avons|ich|wir|com|con|hatte|hatten) (have|got|hold|habe|haben|da)? (a|an|une|un|una|uma|eine|einen|some|several|varias|varios|exciting|great|otimas)? _? _? (role|roles|position*|opportunit*|opening*|vacante*|vaga|vagas|posicion*|oportunidad*|oportunidade*|poste|postes|stelle*|requirement|mandate*|projeto)",
	"(exciting|excellent|amazing|unique|top|excelente|exceptionnelle|spannende*|lucrative|confidential*) (opportunit*|role|position|oportunidad*|oportunidade*|opportunite|stelle|mandate*)",
	"(a|an|the) _? _? _? (hire|mandate|search)",
	"(fur|for|para|pour) (ein|einen|eine|un|una|um|uma|une|a|an|my|our|mon|notre|meinen|unseren|mi|meu|nuestro|nosso) _? (kunde*|client*|cliente*|fintech|startup|scale*|unternehmen|empresa|entreprise|company|groupe|grupo|konzern|versicherer)",
	"(falar|hablar|talk|parler|sprechen|tell) (you)? (sobre|about|de|uber) (uma|una|an|a|une|eine|the)? (oportunidade|oportunidad|opportunity|opportunite|role|vaga|posicion|position|poste|stelle)",
	"(role|position|search|posicion|vaga|poste|stelle) (i'm|im|we're|que|qui|die) (working|recruiting|filling|hiring|estoy|estou|cubriendo|je|wir|ich)",
	"(asistente|analista|consultor*|assistente|charge*|responsable|specialist*|spezialist*) (de|en|em|du|fur)? (seleccion|selecao|recrutement|reclutamiento|recrutamento|recruiting)",
	"(our|nuestro|nosso|notre|unser*) (team|equipo|equipe|equipa|time) ... (growing|creciendo|crescendo|grandit|wachst|hiring|contratando|recrute|recrutando)",
	"(busco|buscando|buscamos|procuramos|procurando|procuro|cherchons|cherche|suchen|suche|looking|seeking|recluto) (for)? (perfiles|perfis|profils|profiles|candidat*|talent*|kandidat*)",
}

// What a seller offers.
var offerNoun = "(product*|platform*|plataforma*|plateforme*|plattform*|software|logiciel*|tool*|outil*|herramienta*|ferramenta*|app|solution*|soluc*|losung*|service*|servic*|dienstleistung*|offre*|oferta*|angebot*|course*|curso*|formation*|kurs*|program*|coaching|mentoria|agency|agencia|agence|agentur|consult*|empresa|company|entreprise|unternehmen|portfol*|portafolio|catalog*|linea|linha|gamme|sortiment|plan|plano|unterlagen|referenz*)"

// Someone needed: extra hands, reinforcements.
var needCue = []string{
	"(hands|manos|maos|refuerzos|reforco|renfort*|verstarkung|someone|alguien|alguem|quelqu'un|jemanden|extra)",
	"(lo|o|whatever|anything|what) (que|you)? (necesit*|precis*|need*)",
}

// A talk, post or paper of theirs: the sentence is about them.
var topicCue = []string{
	"(your|tu|su|seu|sua|votre|ton|ta|ihr*|dein*) (talk|post|article|thread|paper|keynote|panel|charla|ponencia|articulo|palestra|artigo|beitrag|vortrag|artikel|interview|entrevista|podcast|episode|book|libro|livro|livre|buch|newsletter|study|estudio|estudo|etude|studie)",
}

var pitchCues = []cue{
	// Who sells: a company that helps, offers or has built something, its
	// founder, a coach, a freelancer. It describes the sender, so it counts
	// in every sentence.
	{W: 2, Note: true, Match: []string{
		"(we|i|we've|i've) (can|could|just|recently)? (help|helped|offer|provide|supply|sell|automate|deliver|build|specialize|specialise|solved|launched|coach|train|outsource)",
		"(we|i) (work|partner) with (companies|brands|teams|businesses|startups|agencies|clients|#)",
		"(we|i) (work|partner) with N",
		"(built|construiu|construimos|criamos|criou|desenvolvemos|desenvolveu|creamos|desarrollamos|armamos|montamos|lanzamos|lancamos|developpe|construit|entwickelt|gebaut) (something|algo|quelque|etwas|a|an|um|uma|une|un|ein|eine|una)",
		"(ein|eine|einen) _ ... (entwickelt|gebaut)",
		"(ayudamos|ayudo|ofrecemos|ofrezco|brindamos|proveemos|vendemos|desarrollamos|resolvemos|acompanamos|acompano|ajudamos|ajudo|ajudei|oferecemos|ofereco|fornecemos|desenvolvemos|acompanhamos|atendemos|aidons|accompagnons|proposons|offrons|developpons|j'aide|j'accompagne|represento)",
		"(helping|ayudando|ajudando|aidant|helps|ayuda|ajuda|aide|hilft) (a|as|os|companies|teams|brands|equipos|empresas|pme|pmes|pymes|smes|marcas|unternehmen|entreprises|clinics|startups)",
		"(wir|ich) (helfen|helfe|bieten|biete|unterstutz*|entwickeln|verkaufen|begleite*|betreue*)",
		"(helfen|bieten|biete|unterstutzen|begleiten|entwickeln) (wir|ich)",
		"(on|nous) (a|avons) (aide|accompagne|developpe|cree|lance)",
		"(that|which|que|qui|die|das) (helps|ayuda|ajuda|aide|hilft|permite|permet|ermoglicht|allows|enables|lets)",
		"(founder|ceo|owner|fundador*|cofundador*|fondat*|cofondat*|grunder*|representative|representante|vertrete*) (of|at|de|da|do|von|der|des|bei|chez)",
		"(run|running|started|starting|founded|own|dirige|dirijo|leite|fonde|fundei) (a|an|my|une|un|una|uma|eine|ein|mi|mon|meine)? _? _? (agency|studio|firm|company|business|startup|agence|cabinet|agencia|consultora|agentur|empresa|entreprise|firma|societe)",
		"(we're|we|somos|sommes|sind) (are)? (a|an|una|un|uma|une|ein|eine)? ... (agency|company|firm|consultancy|studio|provider|agencia|empresa|consultora|agence|societe|cabinet|agentur|unternehmen|anbieter|house)",
		"(je|we|i|nous|wir|ich|estamos|estou|estoy|i'm|we're|vou|voy|vais) (lance|lancons|launch*|lanzando|lancando|starte|starten|abrir|abro|abre|hosting|host|doy|dou|organizo|organise|veranstalte)",
		"(j'organise|j'anime|j'ouvre)",
		"(jetzt|now|ahora|agora|maintenant) (neu|new|nuevo|novo|nouveau|available|disponible|disponivel|erhaltlich)",
		"(freelance|freela|freelancer|freiberufler*|freiberuflich|corretor|makler|courtier|broker|asesor|formador*|formateur*|trainer*)",
	}, Except: []string{
		"(te|le|me|nos|les|lhe|se) (ayudo|ajudo)",
	}},
	{W: 2, Note: true, Match: recruiterCue},
	{W: 1, Match: []string{
		"(paquete|package|salary|salario|sueldo|remunera*|gehalt|ctc|compensation|beneficios|benefits)",
		"(entrevista|interview|entretien|vorstellungsgesprach)",
	}},

	// What is offered: their product or service. "Our platform" says more
	// than "my course".
	{W: 2, Match: []string{
		"(our|nuestr*|noss*|notre|nos|unser*|tenemos|temos|contamos|avons|lance|lanzando|lancando) _? _? " + offerNoun,
		"(for|para|pour|fur) (your|tus|sus|vos|ihre) (projects|proyectos|projetos|projets|projekte)",
		"(our|nuestr*|noss*|notre|nos|unser*) (new|neu*|nuev*|nov*|nouve*)",
	}, Except: []string{
		"(product*|platform|app|software|service) (team*|manager*|lead*|design*|owner*|org|equipo|equipe)",
	}},
	{W: 1, Match: []string{
		"(my|mi|meu|minha|mon|ma|mein*|tengo|tenho) _? _? " + offerNoun,
		"(partnership*|partenariat*|parceria*|alianza*|colaboracion|kooperation|synerg*)",
		"(aula|clase|class|session|sesion|sessao|seance|workshop|taller|atelier|turma|cohort*|kohorte|lancamento*|lanzamiento*)",
		"(your|vos|tus|sus|seus|suas|ihre|vuestras) (needs|enjeux|besoins|necesidades|necessidades|challenges|defis|desafios|retos|herausforderungen|problematiques|pain)",
	}, Except: []string{
		"(class|clase|turma) (de|of)? #",
		"(my|mi|meu|mon|mein*) (portfol*|portafolio|unterlagen|referenz*|plan|company|empresa)",
		"(my|mi|meu|mon|mein*) (course|curso|kurs|formation|program*) (at|in|en|na|no|an|am|a)",
		"(product*|platform|app|software|service) (team*|manager*|lead*|design*|owner*|org|equipo|equipe)",
	}},

	// What a seller sends or shows: a demo, a deck, a case study, a trial,
	// something made for them.
	{W: 2, Match: []string{
		"(demo|demos|demostracion|demonstracao|demonstration|vorfuhrung|deck|pager|brochure*|brochura*|folleto*|plaquette*|broschure*|catalogo*|whitepaper*|loom|video|webinar*|webinaire*|masterclass|mastermind|bootcamp|imersao|trial|pilot|piloto|cotizacion*|devis|angebot|vorschlag|propuesta*|proposta*|fallstudie*|teardown|mockup*|prototyp*|tabela|presentac*|apresentac*|prasentation|tarifa*|preisliste)",
		"(un|um|a) (presupuesto|orcamento|quote)",
		"case (study|studies)",
		"(cas|caso|case|fall) (client|cliente|kunde)",
		"(caso|casos|etude) de (exito|cas)",
		"(um|uma|nosso|nossos|o) (case|cases)",
		"(early|beta|design|pilot) (access|adopters|users|testers|partner*|customer*)",
		"(put|putting) together",
		"(check|mira|dale|confira|veja|conheca|conozca|decouvrez|decouvrir|schau*|olhada|vistazo) (out|a|no|na|en|em)? (nuestr*|noss*|notre|unser*|our|my|mi|meu|mon|mein*)",
		"(prepared|recorded|drafted|preparado|preparei|prepare|grabe|gravei|erstellt)",
	}, Except: []string{
		"(your|tu|su|seu|sua|votre|ton|ihr*|dein*|their|his|her) ... (demo|pilot|trial|propuesta|proposta|case|study|video|audit)",
		"(demo|bande) (day|reel|demo)",
	}},

	// Giving, showing or telling them something.
	{W: 1, Match: []string{
		"(send|show|give|offer|walk|tell|set) you",
		"(share|send) (it|a|some|more|over|our)",
		"(happy|glad|love|keen) to (share|send|show|give|offer|help)",
		"(want|like) me to",
		"(presentar|apresentar|presenter|present|introduce|mostrar|montrer) (a|la|o|le)? (nuestr*|noss*|notre|nos|unser*|our)",
		"(enviarte|enviarle|mandarte|mandarle|mostrarte|mostrarle|presentarte|presentarle|compartirte|ensenarte|contarte|contarle|ofrecerte|ofrecerle|platicarte|hablarte|comentarte|explicarte)",
		"(te|le|les|lhe) (lo|la|o|a)? (envio|mando|muestro|comparto|presento|ofrezco|paso|passo|mostrar|enviar|mandar|apresentar|mostro|explico|reserve|guardo|reservo)",
		"(enviar|mostrar|apresentar|mandar) (lhe|te)",
		"(te|le|lhe|vous|ihnen|dir) (puedo|podemos|podria|posso|peux|pouvons|darf|kann) (enviar|mandar|mostrar|presentar|apresentar|envoyer|montrer|presenter|schicken|zeigen|senden)",
		"(posso|podemos) (te|lhe)? (mostrar|enviar|mandar|apresentar)",
		"vous (presenter|envoyer|montrer|proposer|partager|faire|transmettre|dire|en)",
		"je vous (partage|envoie|propose|presente|montre)",
		"(ihnen|dir|euch) ... ... (zeig*|schick*|zusend*|send*|vorstell*|anbiet*|zukommen|reservier*)",
		"(zeige|schicke|sende|stelle) ich (ihnen|dir|euch)",
		"(more|mas|mais|plus|mehr|the) (info*|details|detalles|detalhes)",
		"(try|testar|probar|probarlo|essayer|tester|testen|ausprobieren) (it|them|out|our|nuestr*|noss*|notre|unser*|gratis|free|kostenlos|la|lo|le|o|a)",
		"(gratis|free|kostenlos|gratuitement) (testen|test|try|probar|testar|tester)",
	}},

	// A call or a meeting, and time asked for.
	{W: 1, Match: []string{
		"(call|calls|call's|chat|conversation|coffee|zoom|meeting|llamada|videollamada|reunion|conversacion|chamada|reuniao|conversa|appel|visio|creneau|rendez|echange|telefonat|telefonieren|s'appelle|appeler|kaffee|cafe|cafezinho|termin|kennenlernen|calendly|calendar|agenda|discuss|discussion|discutir|discuter|besprechen|papo)",
		"# (min|mins|minute|minutes|minutos|minutinhos|minuten|minutiger*|minutigen)",
		"(book|schedule|agendar|agendamos|marcar|reservar|reserva|agende|reservez|planifier|vereinbaren|buchen) (a|an|any|un|una|um|uma|une|einen|#)?",
		"(hop|jump) on",
		"kurz* (gesprach|austausch|telefonat|kennenlernen)",
	}, Except: []string{
		"(meeting|met) (you|at)",
	}},

	// Asking for their interest or their time.
	{W: 1, Match: []string{
		"(interested|interesado*|interesada*|interessado*|interessada*|interesse*|interessiert|curious|curioso*|curieu*|neugierig) ?",
		"(te|le|vous|lhe) (interes*)",
		"(interesarte|interesarle|interessar|interesser|interessieren)",
		"(open|up) to (a|an|hearing|new|being)",
		"worth a",
		"(let's|lets) (talk|chat|collaborate|partner)",
		"(shall|can|could) we (talk|chat|speak)",
		"(hablamos|charlamos|agendamos|conversamos) ?",
		"(bora|podemos|vamos|podriamos|puedo|posso) (conversar|falar|marcar|agendar|hablar|charlar|ligar)",
		"(explore|explorar|explorer)",
		"(ouvert|ouverte) a",
		"(seriez|etes|serais) (vous)? (disponible|ouvert*|interesse*)",
		"(teria|tendria|tendrias|tienes|tiene|auriez|hatten|haben|would|conocer|saber|know) ... (disponibilidad*|disponibilidade|disponibilite*|availability|zeit|time|minutos|minutes)",
		"(hatten|haben) sie _? (zeit|interesse|lust)",
		"passt (ihnen|dir|es|euch)",
		"uns (sprechen|telefonieren|austauschen|unterhalten)",
		"(sprechen|telefonieren|horen|treffen|reden) wir",
		"(right|best|bonne|buena|richtige*) (person|personne|persona|ansprechpartner*)",
		"pessoa certa",
		"(currently|already|actualmente|ya|atualmente|ja|deja|bereits|schon) (use|using|usan|usas|utiliza*|usa|usam|utilisez|nutzen|verwenden)",
		"see (if|whether) (we|our|there's|there)",
		"quick question",
		"(learn|hear|know|saber|conocer|savoir|erfahren|conhecer) (more|mas|mais|plus|mehr)",
		"(your|tus|sus|seus|vos|ihre) (thoughts|comentarios|opiniao|avis|meinung)",
		"(if|si|se|falls|wenn) (you|te|le|vous|sie|du)? (want|like|wish|quieres|quiere|copa|interesa|parece|quiser|quer|souhaitez|voulez|mochten|mochtest|wollen|willst)",
		"faz sentido",
		"(en|daruber) (parler|sprechen)",
	}},

	// A promised result: numbers, doubling, cutting, saving.
	{W: 1, Match: []string{
		"(cut|cuts|reduc*|lower|slash*|doubl*|tripl*|halv*|boost*|increas*|save|saves|improv*|automat*|bajar|bajamos|duplic*|aument*|ahorr*|reduz*|dobr*|corta|cortar|economiz*|diminu*|redui*|augment*|gagner|senk*|steiger*|halbier*|verdoppel*|roi)",
		"# % (less|more|fewer|faster|below|weniger|mehr|menos|mas|mais|moins|plus|schneller|off|de|do|da|rabatt|descuento|desconto)",
		"(2x|3x|5x|10x)",
		"(de|by|um|em|en|of) # %",
		"(#|deux|dos|duas|zwei) (times|fois|veces|vezes|mal) (faster|more|plus|mas|mais|schneller)",
		"(get|gain|generate|vender|sell|conseguir) ... (leads|clients|customers|followers|sales|patients|clientes|mais|mas|more|plus)",
		"(could|can|might|would|podemos|podriamos|pouvons|konnen|konnten) (really)? (help|ayudar*|ajudar|aider|helfen) (you|your|te|le|lhe|vous|ihnen)?",
		"(ayudarte|ayudarle|ayudarles)",
	}, Except: []string{
		"doubl* (check|degree|major)",
	}},

	// Proof: clients like theirs, work already done for others.
	{W: 1, Match: []string{
		"(like|como|comme|wie) (la|el|a|o|le)? (yours|tuya|tuyo|suya|suyo|sua|seu|vossa|votre|ihres|ihrem)",
		"(companies|brands|clients|customers|empresas|marcas|clientes|entreprises|marques|kunden|unternehmen|firmen|teams|equipos) (like|como|comme|wie) N",
		"(worked|trabajamos|trabalhamos|travaillons|arbeiten) (with|con|com|avec|mit) N",
		"(helped|ajudei|ayude|aide|accompagne|ayudado|ajudamos|begleitet|betreut|unterstutzt|geholfen) (#|two|three|deux|trois|dos|tres|dois|zwei|drei|over|more|plus|mas|mais|uber)",
		"(years|anos|ans|jahren) (no|en|in|on|am|sur|auf|dem) (mercado|market|marche|markt)",
	}},

	// Free, discounted, guaranteed, scarce: what only a seller offers.
	{W: 2, Note: true, Match: []string{
		"(free|gratis|gratuit*|kostenlos*|kostenfrei*|unverbindlich*|offert|offerte|guarant*|garanti*|lucrative)",
		"(sin|sem|sans|ohne) (compromiso|compromisso|engagement|kosten|costo|custo)",
		"(no|of) (charge|cost|obligation|strings)",
		"(is|it's|call's|session's) on (me|us)",
		"(discount|discounts|discounted|descuento*|desconto*|remise|rabatt*|promo|promocion*|promocao|coupon|cupon|cupom|gutschein)",
		"(last|ultima|ultimo|derniere|letzte) (chance|dia|day|oportunidad)",
		"(only|solo|solamente|apenas|seulement|nur) (#|few|pocos|poucas|poucos|quelques|wenige) _? (seats|spots|places|plazas|vagas|cupos|platze|lugares|left|restantes)",
		"# (seats|spots|places|plazas|vagas|cupos|platze|lugares) (left|restantes|seulement|only|solamente|nur)",
		"(only|nur|solo|seulement|apenas) (this|diesen|este|ce|esse|cette) (month|monat|mes|mois|week|woche|semana|semaine)",
		"early bird",
		"(seats|places|plazas|vagas|platze|spots|cupos) (left|limit*|restantes)",
		"(exclusive|special|limited|exclusiva|especial|speciale|exklusiv*) (offer|deal|price|pricing|oferta|offre|angebot)",
		"(oferta|offre|angebot|opportunite|condic*|condit*) (exclusiv*|special*|especial*|limit*|exceptionnel*|imperdive*|imperdible*|unique*)",
		"(competitive|affordable|good|great|best|top|attraktiv*|buen*|bom|bons|melhor*|meilleur*|gunstig*) (rates|price*|prices|tarif*|precio*|preco*|prix|preis*|konditionen|conditions|condiciones|condicoes)",
		"(tarif*|precio*|preco*|prix|preis*|rates|prices) (preferencial*|competiti*|especial*|exclusiv*|imbatible*|reduit*|gunstig*)",
	}, Except: []string{
		"(feel|you're|youre|are|be|if|when|is|am|you|i'm) free",
		"free (to|time|on|this|next|tomorrow|today|now|slot|moment|software|speech|will)",
		"(drinks|coffee|lunch|dinner|beer|round|beers|cafe) ... on (me|us)",
	}},

	// A call to act: book, sign up, message me, a seat kept for them.
	{W: 1, Match: []string{
		"(book|grab|reserve|reserva|agende|reservez|buchen) (a|any|your|un|una|um|uma|une|einen)? (slot|spot|seat|time|creneau|horario|termin|demo|aqui)",
		"(saved|save|reserved|guarde|guardei|reservei|hold|holding) (you|te|vous|lhe|ihnen|dir)? (a|un|una|uma|une|einen)? (seat|spot|place|plaza|lugar|vaga|platz|cupo)",
		"(dm|message|ping|contact) me",
		"(inscribete|inscreva*|inscrivez*|anmelden|register|registro|enroll)",
		"sign up",
		"(chama|chame) no (zap|whats*)",
		"n'hesitez pas",
		"(meldet|melden) (euch|sie|dich)",
		"apply here",
		"(ordenes|ordens|disposicion|disposicao|disposition|verfugung)",
	}},

	// Someone needed, that a freelancer or an agency would supply.
	{W: 1, Match: needCue},

	// A good fit: a recruiter's word for a role.
	{W: 1, Match: []string{
		"(perfect|ideal|great|good) (fit|match|for)",
		"(fit|fits|match|matches|encaj*|encaix*|correspond*|adequa|adecua) (your|tu|su|seu|votre|ihr*|perfectly|perfeitamente|perfectamente|parfaitement|muy|bem|genial|ao|al)",
		"(vous|te|le|lhe|ihnen|dir) (correspond*|convenir|passen|encaja*)",
		"zu (dir|ihnen|euch) (passt|passen)",
		"(pourrait|podria|poderia|could|might|konnte) (te|vous|le|lhe|you|ihnen|dir)? (plaire|gustar|agradar|interest*|interes*|gefallen)",
		"tudo a ver",
		"(new|nuevas|novas|nouvelles|neue) (opportunit*|oportunidad*|oportunidade*|challenge*|retos|desafios|defis|herausforderung*|role|roles|positions)",
		"(opportunit*|oportunidad|oportunidade|stelle|poste|role|position) (qui|que|that|die) (pourrait|podria|poderia|could|might|konnte)",
		"(for|fur|para|pour|pra) (you|sie|ti|usted|vous|voce|dich)",
		"(client|cliente|kunde)",
	}},

	// What weighs against: a question about the reader's own work, a talk
	// of theirs, asking them for someone else, and a job seeker's CV.
	{W: -2, Match: questionCue, Except: []string{
		"(mostrar*|mostro|muestro|explic*|cont*|ensen*|show|tell|montrer|zeig*|erklar*) ... ... ,? (como|comment|wie|how)",
		"(wie|how|que|et) (war's|wars|ware|about|tal|si)",
	}},
	{W: -2, Match: topicCue},
	{W: -2, Match: []string{"(know|conhece|conoces|conoce|connaissez|connais|kennen|kennst) (anyone|someone|alguem|alguien|quelqu'un|jemanden)"}},
	{W: -3, Note: true, Match: seekerCue, Except: seekerExcept},
}

// A question about the reader's own work.
var questionCue = []string{
	"(how|what|why|which) (did|do|does|have|has|would|was|were|are|is) (you|your|they|the)",
	"what's",
	"(como|cual|qual|quais|cuales|comment|quel|quelle|quels|quelles|pourquoi|wie|welche*|warum) ... ... ?",
}

package rules

// Cues that the note gives a reason to connect, for no-reason: why this
// person, why now. Common ground is a reason (groundCues); so are a
// congratulation, thanks for something, news of theirs the sender noticed
// ("vi que abrieron búsqueda", "j'ai vu que vous recrutez"), their role or
// company named, and a concrete question about their work ("how did you…",
// "¿cómo lo miden?"). Wanting to connect, admiring a profile, generic
// targeting ("shops like yours") or asking for any job going is not.

// reasonCues weigh towards a reason; with groundCues, two make one.
var reasonCues = []cue{
	// Congratulations, thanks.
	{W: 2, Lines: (`
@congrats
(ganar|ganaste|gano|ganhou|ganhar|win|won|winning|gagner|remporte|remporter|gewinnen|gewonnen) (el|the|le|o|den|das|un|una|um|a|ce|este|esse|ese)? (premio|award|prix|preis|concurso|competition|trophee|titulo|title)
(thank|thanks|gracias|obrigado|obrigada|merci|danke|agradezco|agradecerte|agradecerle|agradeco|agradecer|valeu|bedanke|bedanken) (you)? (so|very|again|encore|nochmals|de)? (much|nuevo|novo)? (for|por|pela|pelo|pour|fur|d'avoir|dafur)
`), ExceptLines: (`
@congrats (on|for|por|pelo|pela|pour|zu|fur) (all|everything|todo|tudo|tout|allem|alles)
@congrats (on|for|por|pelo|pela|pour|zu|zur|zum|fur)? (the|your|la|tu|sua|seu|votre|ta|ton|ihre|deine|ihrem|deinem)? (career|carrera|carreira|trajetoria|trayectoria|parcours|carriere|werdegang|karriere|laufbahn|percurso|journey|profile|perfil|profil)
(parcours|career|carrera|carreira|trajetoria|trayectoria|werdegang|profil|perfil|profile|journey) ... ... ,? @congrats
(thank|thanks|gracias|obrigado|obrigada|merci|danke|agradezco|agradeco) ... (advance|antemano|adelantado|avance|voraus|time|tiempo|tempo|temps|zeit|consideration|attention|atencion|atencao|aufmerksamkeit|lecture|leer|ler|lire|accepting|aceptar|aceitar|reading)
`)},

	// News of theirs (with groundCues' newsCues, two make a reason), and
	// named news, a reason whole.
	{W: 1, Lines: newsCues, ExceptLines: newsExcept},
	{W: 2, Lines: namedNewsLines + namedHiringNewsLines},

	// A reason stated as one: "I'm reaching out because…", unless what
	// follows is the sender's offer.
	{W: 2, Lines: (`
(reaching|writing|contacting|escribo|escrevo|ecris|schreibe|contacto|contato|contacte) (out)? (to|you|te|le|lhe|vous|ihnen|dir)? (because|since|porque|pois|parce|car|weil)
`), ExceptLines: (`
(because|since|porque|pois|parce|car|weil) ... (profile|perfil|profil)
(because|since|porque|pois|parce|car|weil) (que)? (i|we|our|tenemos|ayudamos|nuestr*|temos|ajudamos|nosso|nossa|nous|notre|nos|wir|unser|unsere|i'd|i'm|quiero|queria|quisiera|gostaria|j'aimerais|je|ich|me|mi|my|meu|minha|mon|ma|mein|meine|tengo|tenho|j'ai|ayudo|ajudo|ofrezco|ofereco|trabajo|trabalho|acompano|acompanho)
(porque|pois) (eu)? (quero|queria|preciso|estou|sou|tenho)
(because|since|porque|pois|parce|car|weil) ... (ayudamos|ajudamos|aidons|accompagnons|helfen|unterstutzen|help|offer|ofrecemos|oferecemos|proposons|bieten)
`)},

	// Their role or company, a question about their work, a shared problem.
	{W: 2, Lines: (`
how (did|do|does|would|have|has|are|is|was|were|you|your|they)
(como|comment|wie|cual|cuales|qual|quais|quel|quelle|welche|welches|warum|por|pourquoi) _? (a|o|la|el|le|les|los|las|os|as)? (tu|su|sua|seu|tua|teu|tus|sus|suas|seus|votre|vos|ton|ta|tes|eure|euer|euren|eurem|ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) ... ... ... ?
(what|which|why|when|where) _? (did|do|does|would|made|should) (you|your)
como (lo|la|los|las|le|les|se|o|os|as|voces|vcs|ustedes|e|es)
comment (la|le|les|vous|tu|avez|as|etes|es|est|faites|fais|l'avez|l'as|se|s'est)
wie _ (sie|du|ihr)
wie (haben|hast|habt|gehen|geht|sind|bist|seid|ist|hat|macht|lief|kam|kamen)
(which|quel|quelle|quels|quelles|welche|welcher|welches|warum|wieso|qual|quais|cual|cuales) _? _? (you|your|te|vous|dich|dir|ihr|voce|vc|tu|lhe|t'a)
(what|que|qu'est|was) ... (made|led|drew|inspired|motivated|pushed|levou|motivo*|llevo|pousse*|amene|amenee|bewogen|motiviert)
(what|que|qu'est|was|warum|porque|pourquoi|why) ... (decide*|decidi*|entschieden)
(curious|curiosa|curioso|curieux|curieuse|neugierig|intrigued|wondering|interessieren|interessiert|interesaria|interessaria|interesserait) ,? (how|about|what|why|which|whether|como|sobre|que|cual|comment|pourquoi|quel|quelle|de|wie|was|warum|ob|welche)
(hear|learn|understand|know|ask|saber|entender|perceber|ouvir|comprendre|savoir|erfahren|wissen|verstehen|preguntarte|perguntar|demander) (how|what|why|which|whether|about|como|que|cual|sobre|comment|pourquoi|quel|quelle|wie|was|warum|welche|your|tu|su|seu|sua|votre|ihr|ihre|dein|deine)
(parler|tell|contar|contarme|erzahlen|raconter|hablar|hablarme|falar) (me|moi|mir)? (de|about|sobre|von|uber|mais|mas|more)? @their (parcours|trayectoria|trajetoria|werdegang|career|carrera|carreira|carriere|path|camino|caminho|experience|experiencia|erfahrung|journey|metier|trabajo|trabalho|travail|arbeit|work|role|rol|papel)
`), ExceptLines: (`
how (are|r|is) (you|u|things|it)
(what|que|was|qu'en) _? _? (think|thoughts|say|pensez|penses|meinst|meinen|acha|achas|opinas|piensas|dices|sagst|sagen|tal|vai|geht|gehts|va|dis|dites)
(show|mostrar|mostrarte|mostrarle|montrer|zeigen) ... (how|como|comment|wie)
(how|como|comment|wie) (we|our|nosotros|nuestr*|nous|notre|nos|wir|unser|unsere|nossa|nosso|can|puede|puedes|pode|reducir|reduzir)
como (la|el|los|las|o|a|os|as) (tuya|tuyo|tuyas|tuyos|suya|suyo|suyas|suyos|sua|seu|tua|teu|vossa|vosso) $
(qual|cual|quel|quelle|wann|welche|when|quand|cuando|quando) _? _? _? (disponib*|availability|agenda|horario*|verfugbarkeit|creneau*|schedule)
(what|how) _? (does|do|is) @their (calendar|schedule|agenda|week|availability|diary)
como (la|el|los|las|o|a|os|as) (tuya|tuyo|tuyas|tuyos|suya|suyo|suyas|suyos|sua|seu|tua|teu|vossa|vosso) (a|de|en|em|para|pra|com|con|y|e|que|ganhar|ganar|crescer|crecer|vender|reduzir|reducir|aumentar)
wie (geht|gehts|geht's) (es)? (ihnen|dir|euch)? $
`)},
	// A question about how they work now or what they did, asked in the
	// second person ("how are you finding Unity Catalog at scale?", "when
	// you moved the fraud rules into streaming, what broke first?",
	// "¿cómo conseguisteis que…?"), and a question said to be asked for a
	// reason ("asking because I'm about to do the same").
	{W: 2, Lines: (`
how (are|r) (you|u|your|ur) _? (finding|handling|dealing|managing|approaching|tackling|measuring|scaling|structuring|organizing|organising|planning|thinking|pricing|hiring|staffing|running|using|keeping)
(when|after|once|since) (you|your|you've|u) (team)? (moved|switched|migrated|built|launched|started|rolled|took|set|scaled|opened|changed|introduced|ran|replaced|rebuilt|redesigned|split|merged|cut|dropped|adopted|brought)
(como|cuando|cuanto|por) (que)? (conseguisteis|conseguiste|lograsteis|lograste|hicisteis|hiciste|montasteis|montaste|empezasteis|empezaste|pasasteis|pasaste|decidisteis|decidiste|convencisteis|convenciste|gestionasteis|gestionaste|organizasteis|organizaste|resolvisteis|resolviste|manejaron|lograron|consiguieron|hicieron)
(como|quando|por) (que)? (voce|vc|voces|vcs|tu|vos|o|a)? (fez|fizeram|fizeste|conseguiu|conseguiram|conseguiste|lidou|lidaram|lidaste|resolveu|resolveram|montou|montaram|decidiu|decidiram|convenceu|convenceram|organizou|organizaram)
(c'est|cest) quoi (ton|votre|ta|vos|tes) (truc|secret|recette|methode|astuce)
(asking|ask|pregunto|pergunto|demande|frage) (because|since|as|porque|pois|parce|car|weil|da)
(geschafft|erreicht|aufgebaut|umgesetzt|realisiert|gestemmt) (habt|hast|haben)
de: (wie|warum|wieso|weshalb|wann|wodurch|womit) (sie|du|ihr) (ihre|ihren|ihr|ihrem|ihrer|deine|deinen|dein|deinem|deiner|eure|euren|euer|eurem|das|den|die|es|damals|den|mit|bei|im|in|nach|von|zu|zur|zum) ... ... (haben|hast|habt|sind|bist|seid|hatten|hattest)
fr: (comment|pourquoi|quand) (vous|tu) (avez|as|etes|es|aviez|avais)
(how|why) (you|u) (did|got|built|made|went|managed|handled|started|became|switched|moved|landed|grew|set|pulled|turned|convinced|found|decided|chose|picked|structured|approached|ran|scaled|kept|got)
(du|sie|you|tu|vous|voce|vc|usted) (bist|sind|are|es|etes|eres|e|esta|estas|arbeitest|arbeiten|work|travaillez|travailles|trabajas|trabaja|trabalha) (auch|also|tambien|tambem|aussi) _
`)},
	{W: 2, Lines: (`
(fits|match|matches|encaja|encajas|encajaria|encajarias|encaixa|encaixaria|combina|correspond|correspondent|correspondrait|convient|adequa|adequam|colle|collent)
(great|perfect|ideal|strong|good|excellent) (fit|match)
(bate|batem) (#|%|perfeitamente|muito|certinho|em|100)? ... (com|ao) (o|a)? (perfil|vaga|cargo|posicao)
`), ExceptLines: (`
(if|si|se|whether|ob|falls) (it|this|we|there|lo|isso|ca|es|das)? (fits|fit|encaja|encaixa|convient|passt)
(great|perfect|ideal|strong|good|excellent) (fit|match) (for|with|in|on) (your|you|ur|u)
(you'd|you|you're|ur|u) (would|will|could|might)? (be|are)? (a|an)? (great|perfect|ideal|strong|good|excellent) (fit|match)
`)},
	{W: 2, Lines: (`
(you|vous|voce|vc|usted|tu) _? _? (at|chez|na|no|en|em|in|para|for|pour) N
de: (sie|du|ihr) _? _? _? bei N
(you|vous|sie|du|voce|vc|usted|tu) (work|lead|run|head|manage|leiten|leitest|arbeiten|arbeitest|verantworten|travaillez|dirige*|pilotez|trabajas|trabaja|lidera*|trabalha|gere|gerencia|coordena)
@their _? (team|company|equipo|empresa|equipe|time|entreprise|firma|abteilung|area|experience|background|work|experiencia|trabajo|trabalho|travail|erfahrung|arbeit|parcours|werdegang|profil|perfil|profile|role|job|cargo|puesto|poste|rolle|historico|record) _? _? _? (at|with|en|con|com|na|no|chez|bei|em|in|im|de|da|do) N
(the|la|el|o|le|die|der|das|this|esta|este|essa|cette|ce|diese) _? _? (role|position|opening|vaga|vacante|poste|stelle|puesto|posicion) (on|in|at|en|na|no|dans|im|bei|chez) @their
pt: a _? _? (vaga|posicao|oportunidade) (na|no|em|do|da) @their
(anything|something|roles|openings|opportunities|vaga|vagas|algo|quelque) (at|with|en|na|no|chez|bei) N
(opportunity|oportunidade|oportunidades|oportunidad|opportunite|opportunites|chance|chancen|stelle|stellen|vacante|vacantes|posicao|posicion) (at|with|na|no|chez|bei|beim) N
(openings|roles|positions|vacancies|vacantes|vagas|postes|stellen) ... (at|with|chez|bei|en|na|no|em) N
(if|whether|si|se|ob|que) N (has|have|tiene|tienen|tem|a|ont|hat|haben) (any)? (openings|vacancies|vacantes|vagas|postes|stellen|roles|positions)
(trabajar|trabalhar|travailler|arbeiten) (na|no|chez|bei|para|pour|fur) N
(to|love|like|dream) work (at|for) N
(hiring|recruiting|contratando|contratan|reclutando|recrutando|recrute|recrutez|recrutent|einstellen|buscando|procurando|cherchez) ... (at|en|em|na|no|nos|chez|bei|beim|im) (the|la|el|o|a|le|der|die|dem)? N
(sucht|suchen|recrute|recrutent|contrata|contratam|contratan) (die|der|das|la|le|el|o|a)? N
(poste|vaga|puesto|stelle|position|role|job|plaza|vacante) (pour|para|fur|for)? (moi|mim|mi|mich|me)? (chez|na|no|bei|beim|at) N
(your|votre|su|sua|seu|ihr|ihre|ihrem|ihrer) (company|empresa|entreprise|firma|unternehmen|team|equipe|equipo) N
(que|if|whether|ob|si|se|is|are) (la|le|el|a|o|the|die|der|das)? N _? _? (recrute|recrutent|contrata|contratan|contratam|hiring|einstellt|busca|procura)
(sucht|suchen) N ... (leute|personal|verstarkung|mitarbeiter*|fachkrafte)
de: (stellt|stellen) (die|der|das)? N ... ... ein
(en|at|bei|na|no|chez|in) N (estan|estao|tao|esta|is|are|sind|ist) (buscando|contratando|hiring|recrutando|procurando|reclutando|recruiting)
(chez|bei|at|en|na|no) N (recrute|recrutent|einstellt|contrata|contratan)
(a|o|la|el|the|die|der|le|les) N (esta|estao|is|are|ist|est|sont|estan|anda) (contratando|hiring|recrutando|recruiting|recrute|einstellt|buscando|procurando|looking|embauche)
(is|are|ist|esta|estan|est) (the|die|der|das|la|el|o|a|le)? N _? _? _? (hiring|contratando|recrute|recrutent|einstellt|sucht|suchen)
(im|in) _? (team|abteilung) (von|bei) N
(does|do|will|would|could) N (take|hire|have|offer|need) (interns|graduates|juniors|trainees|apprentices|anyone|openings|students)
(si|whether|ob|se) (en|at|bei|na|no|in)? N (estan|esta|is|are|ist|sind|estao)? (buscando|looking|suchen|sucht|procurando|contratando|hiring|recrutent|recrute)
(ausgeschriebene|advertised|publicada|anunciada|publiee|offene) _? _? (stelle|role|position|vacante|vaga|poste|programme|program)
(programme|program|programa|programm|internship|placement|praktikum|traineeprogramm) (at|bei|en|na|no|chez|von|da|do|de) N
(role|position|job|opening|vacancy|stelle|poste|vaga|puesto|vacante|posicion|plaza) ... (at|bei|beim|am|chez|na|no|with) N
(empfehlen|recommander|recommend|refer|recomendar|indicar) (fur|pour|for|para) ... (am|bei|beim|chez|at|en|na|no) N
(the|la|el|o|a|le|die|den|das) N _ _? _? (position|vacancy|post|role|scheme|programme|program|vacante|vaga|poste|stelle|posicion|puesto|stellenausschreibung)
(zu|zum) (ihrem|ihrer|deinem|deiner) (profil|werdegang|erfahrung|hintergrund) (passt|passen)
(profil|werdegang|perfil|parcours) (passt|passen|encaixa|encaja|correspond)
(esteve|estuviste|passou|pasaste|trabalhou|trabajaste|lideraste|liderou|fundou|fundaste) ... (na|no|at|en|em|chez|bei|in) N
`), ExceptLines: (`
(if|si|se|falls|wenn|when|whenever|sollten) (you|your|tu|su|seu|sua|votre|vous|ihr|ihre|du|sie|voce|usted)
(sie|du|ihr) _? _? bei (ihrem|ihrer|ihren|ihnen|ihr|ihre|deinem|deiner|dir|einem|einer|uns)
(at|en|in|na|no|em|sur|auf) linkedin
(any|alguna|algun|alguma|algum|eventuel*|possible*|posible*|possive*|future*|futur*) _? (role*|position*|opening*|vaga*|vacante*|poste*|stelle*|puesto*)
@my (profil|werdegang|perfil|parcours|profile|background)
(tenemos|temos|tengo|tenho|j'ai|avons|haben|habe|hab|hiring|recruiting|recrutando|reclutando|cubriendo|conduzindo|conduciendo) (una|uma|um|un|a|an|une|eine|einen|einer)? (nueva|nova|new|nouvelle|neue|exciting|great)? @offered
`)},
	{W: 2, Lines: (`
the N ... (role|position|vacancy|opening) (at|with|in)
(puesto|vacante|vaga|poste|posicion|cargo) de N ... (en|na|no|em|chez|bei|at) N
`)},
	{W: 2, Lines: (`
(question|questions|pregunta|preguntas|pergunta|perguntas|frage|fragen|questoes|duvidas|duvida|duda|dudas|preguntarte) (about|on|regarding|sobre|acerca|sur|concernant|zu|zur|zum|uber)
@saw (the|la|el|o|a|le|die|den|your|tu|su|seu|sua|votre|ihr|ihre|dein|deine)? (vacante|vaga|job|role|position|opening|poste|offre|stelle|anzeige|oferta|posicion|puesto|convocatoria|busqueda|vacancy)
(passt|passen) (zu|zum|zur|perfekt|genau|ideal)
(pick|picking) (your|ur) brain
(advice|insight|insights|perspective|guidance|tips|consejo|consejos|conselho|conselhos|dicas|avis|conseil|conseils|rat|tipps|einschatzung) (on|about|regarding|sobre|acerca|para|sur|pour|concernant|zu|zur|zum|uber|bei)
(similar|same|parecido|mismo|misma|mesmo|mesma|meme|similaire|ahnlichen|ahnliche|gleichen|gleiche) (problem*|challenge|issue|thing|project|transition|transic*|switch|wechsel|desafio|reto|proyecto|projeto|projet|sujet|chantier|thema|projekt|situation|situac*|herausforderung|fragen|path|caminho|camino)
(something|algo|etwas|quelque) (similar|parecido|semelhante|ahnliches|chose)
(few|couple|two|some|par|algunas|algumas|quelques|paar|duas|dos|deux|zwei|quick|rapida|breve|petite|kurze) (question*|pregunta*|pergunta*|fragen|frage)
(caught|grabbed|got|llamo|chamou|chamaram|llamaron|retenu|attire) (my|our|mi|minha|mon|la|a|me)? (eye|attention|atencion|atencao)
@work ... (about|on|sur|sobre|uber|zu|zum|zur|concernant) @their
` + theirWorkLines + sameSchoolLines + `
@their (years|time|work|experience|experiencia|erfahrung|tempo|tiempo|temps|zeit|anos|passage|passagem|paso|stint|tenure) (at|en|em|na|no|chez|bei|in|leading|with|con|com|avec|mit) (the|la|el|o|a|le|der|dem)? N
(know|heard|read|noticed|saw|see|sei|soube|vi|vu|appris|gesehen|gelesen|gehort) N (is|are|has|was|will|just|recently|esta|estan|vai|va|ist|hat|wird|a|est|e)
(read|heard|lei|li|ouvi|escuche|lu|entendu|gelesen|gehort) (about|sobre|sur|uber|von) (the|la|el|o|a|le|der|die|das)? N
de: @their ... verfolgt
(you|que|that) (led|ran|launched|started|grew|opened|shipped|raised|won|redesigned|rebuilt|organised|scaled|lideras*|dirigi*|liderou)
(take|thoughts|opinion|opiniao|meinung|sicht|view|views) (on|about|sobre|sur|zu|zum|zur|uber|de)
`), ExceptLines: (`
(impressive|amazing|incredible|increible|incrivel|impressionnant*|beeindruckend*|great|strong|solid|brilliant|excelente|excellent|fantastic*|fantastique) (background|profile|perfil|profil|trayectoria|trajetoria|trajectoire|parcours|carrera|carreira|career|experience|experiencia|werdegang) ... (caught|grabbed|got|llamo|chamou|retenu|attire)
`)},

	// What their company does, named, liked or asked about by a buyer
	// or a researcher: "me encanta lo que hace Cornershop", "big fan of
	// what Oatly's brand team does", "¿Atienden pedidos fuera de Lima?",
	// "me interesaría conocer vuestra gama de envases", "votre expérience
	// à la COP28 m'intéresserait beaucoup".
	{W: 2, Lines: (`
(what|lo|o|ce|was) (que|dont)? N ... (does|do|hace|hacen|fait|font|faz|fazem|macht|machen|is|are|esta|estan|estao|anda|has|have|ha|han|hat|haben|a|ont)
(voces|vcs|ustedes|vous|ihr|sie|you) (trabajan|trabalham|atienden|atendem|ofrecen|oferecem|venden|vendem|travaillez|proposez|livrez|arbeiten|bieten|liefern|offer|sell|ship|deliver|work|hacen|fazem|faites|fabrican|fabricam|fabriquez|produzieren|make|produce) ... ?
(necesitamos|necesito|precisamos|preciso|brauchen|suchen|cherchons|needing|need) (cotizar|cotar|comprar|contratar|presupuesto|orcamento|devis|angebot|angebote|quote|quotes|pricing|precios|precos|prix|preise)
(conocer|conhecer|learn|decouvrir|kennenlernen|saber) (mas|mais|more|plus)? (sobre|about|de|uber)? (vuestra|vossa|su|sua|your|votre|vos|eure|ihre|ihr|tu) (gama|linea|linha|catalogo|range|gamme|sortiment|productos|produtos|products|produits|servicios|servicos|services|leistungen|produkte|oferta|offre|angebot)
(votre|your|tu|su|sua|seu|ihr|ihre|ihren|deine|dein|vos|tus|sus|seus|suas) (experience|experiencia|erfahrung|erfahrungen|temoignage|testimonio|depoimento|testemunho|recherche|investigacion|pesquisa|forschung|avis|opinion|opiniao|meinung|retour|perspective|perspectiva|sicht|expertise|regard|vision|vision|parcours|trajectoire|trayectoria|trajetoria|werdegang) ... (m'interesserait|m'interesse|interesserait|interesaria|interessaria|interessiert|interessieren|invaluable)
(realizo|realizando|realise|fais|conduct|conducting|conduzo|fazendo|haciendo|fuhre|mache) (des|unas|umas|some|an|a)? (entrevistas|entretiens|interviews|enquete|encuesta|inquerito|umfrage|survey|study|estudio|estudo|etude|studie)
`)},

	// Why them, argued from what they already did: "since you've already
	// invested in energy start-ups", "da Sie bereits…".
	{W: 2, Lines: (`
(since|because|as|da|weil|puisque) (you|you've|you're|sie|du|ihr|vous|tu) (already|recently|just|bereits|schon|gerade|avez|as|etes)
`)},

	// Why them in particular: something of theirs on a topic ("your
	// experience with Kafka", "seu trabalho sobre fibras de cortiça"), an
	// interview sought for the sender's research or reporting, their
	// company named as the one it fits ("relevant for Kobo360", "faz
	// sentido pra Pague Menos", "Getir's expansion into Germany"), an
	// application to their company, or something the sender already did
	// with their product ("made a teardown of your onboarding", "repéré
	// quelques lenteurs").
	{W: 2, Lines: (`
@their _ (about|sobre|sur|uber|acerca|with|con|com|avec|mit)
en: @their _ on
de: @their _ (zu|zum|zur) N
(a|an|um|uma|une|un|una|einem|ein|einen|zu|para|pour|for) _? _? (entrevista|interview|entretien)
(entrevista|entrevistar|interview|interviewer|quote|citar|citer) (you|te|le|lo|la|vous|voce|lhe)
(entrevistarte|entrevistarle|interviewen|zitieren)
` + speakerLines + `
(invite|invitar|invitarte|invitarle|invitarlo|invitarla|convidar|convida|convidala|convidalo|inviter|einladen|einzuladen|invito|convido|invitons|invitamos|convidamos|invitation|invitacion|convite|einladung) ... ... (panel|panelist*|keynote|speaker*|intervenant*|ponente*|palestrante*|conferencista*|referent*|jury|jurado|juri|advisory|consejo|conselho|comite|committee|beirat|board|chair|moderat*|mesa|table|tribune|forum|foro|colloque|coloquio|jornada|summit|sommet|gipfel|breakfast|desayuno|dejeuner|encontro|encuentro|rencontre)
(honoured|honored|honrado|honrada|honrados|honore|honoree|honores|honorees|ravi|ravie|delighted|encantados|encantado|encantada|adoraria|adorariamos|encantaria|gewinnen) (to|de|a)? (have|tener|ter|compter|avoir|welcome|receber|recibir) (you|te|lhe|voce|vous|sie|dich|tenerte|tenerle)
(would|gern|gerne|adoraria|encantaria|aimerais|aimerions) ... (have|tener|ter|compter|gewinnen) (you|te|lhe|voce|vous|sie|dich) (on|en|na|no|parmi|als|as|como|comme) (the|our|el|la|o|a|nos|nuestro|nosso|unser*)?
(partnership|alianza|parceria|partenariat|kooperation|zusammenarbeit|collaboration|colaboracion|colaboracao) (with|con|com|avec|mit) (the|la|el|o|a|der|die|dem)? N
(if|si|caso|falls|wenn|se) (en|in|bei|na|no|chez)? (a|o|la|le|el|the|die|der)? N (is|esta|estiver|renforce|renforcait|necesitais|necesita|necesitan|verstarkt|braucht|sucht|needs|hires|hiring|contrata|contratando|recrute|busca|buscan|precisa|precisar|cherche|baut|builds|building)
(refer|recommend|recomendar|indicar|recommander|empfehlen) (me|mich|moi)? (at|to|en|na|no|chez|bei|a) N
(since|as|da|comme|puisque|ja|weil|because) (you|sie|du|tu|usted|vous|voce|vc) (run|lead|manage|own|head|fuhren|leiten|verantworten|dirigez|gerez|diriges|dirige|llevas|lleva)
como (estas|esta|trabajas|trabaja|trabalha|trabalhas) (en|no|na|em) (el|la|o|a)? (sector|area|rubro|mundo|industria|ramo|setor)
(als|as|como|comme) (inhaber|inhaberin|owner|dueno|duena|propietario|propietaria|dono|dona|gerant|gerante|proprietaire|geschaftsfuhrer|geschaftsfuhrerin|head|leiter|leiterin|responsable|responsavel|director|directora|diretor|diretora|directeur|directrice) (of|de|eines|einer|des|da|do|del|du) ... (kennen|know|sabes|sabe|sabe|connaissez|conhece|wissen)
(referral|recommendation|empfehlung|indicacao|recomendacion|recommandation) (at|for|to|en|na|no|bei|chez|para|pour|fur) N
(if|si|caso|falls|wenn|se) (jamais|ever|mal|alguna|algum|un|um|algun)? (vez|jour|dia)? (en|in|bei|na|no|chez)? (a|o|la|le|el|the|die|der)? N ... (cherche|busca|buscan|sucht|suchen|needs|need|hires|hiring|contrata|procura|precisa|recrute|renforce)
(en|at|bei|beim|na|no|chez|in|em) N (estan|estao|tao|esta|is|are|sind|ist)? (tomando|taking|contratando|hiring|suchen|sucht|cherche|cherchent|busca|buscan|recrutent|recrute|einstellt|procurando) (gente|people|leute|monde|pessoal|personal|staff|someone|alguien|alguem|quelqu'un|jemanden)?
(de|en|at|na|no|bei|chez|em|da|do|du) N (sale|surge|abre|abra|surja|opens|offers|ouvre) (alguna|algun|una|un|alguma|uma|a|any|une)? (vacante|vaga|plaza|opening|position|poste|stelle|oportunidad|oportunidade)
(equipo|team|equipe|equipa|area|bereich|service) (de|of|da|do|du)? _? (en|at|na|no|bei|beim|chez|em) N
(beim|bei|at|en|na|no|chez|em|a) N N? (bewerben|apply|postular|postularme|candidatar|candidatarme|postuler)
(bewerben|apply|applying|postular|postularme|candidatar|candidatarme|postuler) (bei|beim|at|to|en|na|no|chez|a|pour|para|for) (the|la|el|o|a|le|die|der|dem|den)? N
(die|the|la|el|o|a|le) (stelle|role|position|opening|vaga|vacante|poste|puesto|plaza) (als|as|como|comme|de|of|for|para|pour)? ... (bei|at|en|na|no|chez|in|em) (ihnen|euch|you|vous|ti|voce|usted)
(die|the|la|el|o|a|le) (stelle|role|position|opening|vaga|vacante|poste|puesto|plaza) (als|as|como|comme|de|of|for|para|pour) ... (bei|at|en|na|no|chez|in|em) N
en: if N (ever)? (needs|need|is|hires|wants)
en: (opening|position|vacancy|role|internship) (in|at|with) (the)? N
es: (vacante|puesto|plaza|practicas) (en|de) (el|la)? N
pt: (vaga|estagio) (na|no|em|da|do) N
fr: (poste|postes|stage|alternance|alternants|stagiaires) (ouverts)? (chez|au|dans) N
(sucht|suchen|braucht|brauchen) (ihr|sie) (im|bei|beim|in|am) N
(sucht|nimmt|stellt) N N? ... @role
(caso|se|si|if|falls) (a|o|la|el|the)? N N? (esteja|estiver|este|is|sea|soit|ist) (contratando|recrutando|hiring|recrutant|recruiting|buscando|procurando)
(programa|program|programme|programm) (de|of|fur)? (estagios|practicas|stages|internships|internship|trainee|trainees|praktika|graduate|graduates) ... (da|do|de|at|bei|chez|der|del) N
(contratando|recrutando|hiring|recruiting|contratan|recrutent|recrute|embauche|embauchent|einstellen|einstellt) (na|no|en|em|at|in|chez|bei|a) N
(anuncio|annonce|anzeige|advert|ad|posting|ausschreibung|stellenanzeige|vaga|oferta|offre) ... (na|no|en|em|at|chez|bei|der|de|da|do|von|for) N
(stage|poste|emploi|alternance|job|stelle|vaga|trabajo|plaza) ... sein (de|du|des) (la|le)? N
(ausgeschriebene|ausgeschriebenen|advertised|posted|publicada|publicado|anunciada|anunciado|publiee|annoncee) (stelle|position|role|vacancy|opening|vacante|vaga|poste|plaza|puesto)
` + namedHiringLines + `
(rejoindre|join|joining|unirme|sumarme) (a|al|la|le|o|the)? N
@job ... (bei|chez|at) (der|dem|the|la|le)? N
@your _? _? _? (wachst|grows|growing|crece|creciendo|cresce|crescendo|developpe|expands|expanding|expande|expandiert|expandindo|expandiendo)
(formar|fazer|faire|ser|etre|be) (parte|partie|part) (de|da|do|of) (la|le|el|o|a|the)? N
(rejoindre|join|entrar|unirme|integrar) (les|the|el|o|a|la|le)? (equipes|teams|equipos|time|team|equipe|equipa) (de|of|do|da|du|at|en|na|no|chez|bei)? (la|le|el|o|a|the)? N
(en|in|na|no|at|chez) N N? (estan|esta|is|are|tao|estao|sont|est) (creciendo|crescendo|growing|contratando|hiring|buscando|procurando|expandiendo|expandindo|recrutant|recrute)
es: si en (el|la)? N N? (de)? N? (necesit*|busc*|contrat*)
(does|do|is|are|nimmt|prend|sucht|hat|tem|tiene) (the|la|el|o|a|le|der|dem|die)? N N? ... (opening*|vacan*|vaga*|stelle*|poste*|intern*|becari*|estagi*|stagiaire*|praktik*|volontar*|graduates|repositor*|roles|hiring|contratando)
(the|la|el|o|a|le|der|die) N N? (have|has|tem|tiene|hat|takes|prend|nimmt|busca|buscan|cherche|sucht|recrute|contrata|is|esta|still) ... (opening*|vacan*|vaga*|stelle*|poste*|intern*|becari*|estagi*|stagiaire*|praktik*|volontar*|graduates|repositor*|roles|hiring|contratando)
(relevant|relevante|pertinent|pertinente|useful|util|utile|sentido) (for|para|pra|pour|fur) N
(growth|expansion|crescimento|crecimiento|croissance|wachstum|expansao) (of|da|do|de|du|von|into|in|em|en|na|no|nach) N
(applied|postule|candidatei|candidate|aplique) ... (at|to|en|a|na|no|chez|au) N
bei N ... beworben
(following|follow|followed|sigo|segui|acompanho|acompanhei|verfolge|verfolgt) (a|o|la|el|the|die|der|das)? N
(how|way|como|comment|wie) N (runs|ran|handled|built|did|hace|hizo|fez|faz|gere|macht)
(made|prepared|put|hice|prepare|fiz|preparei|fait|gemacht|erstellt|hicimos|preparamos|fizemos) ... (teardown|audit|auditoria|mockup|diagnostico)
(noticed|spotted|repere|remarque|notei|bemerkt|found|encontre|encontrei|trouve|gefunden|vi|vu|gesehen|saw) ... (issues|problems|bugs|lenteurs|errores|erros|fehler|problemas|problemes|erreurs|errors|fallos|falhas|broken|rotos|quebrados|casses|kaputt*)
`), ExceptLines: (`
@my (profil|werdegang|perfil|parcours|profile|background) (passt|passen)
@their (smile|sonrisa|sorriso|sourire|lacheln|eyes|ojos|olhos|yeux|augen|face|cara|rosto|visage|gesicht|photo*|foto*|picture*|pic|bild|selfie|look|looks|body|cuerpo|corpo|corps|korper)
@their _ (on|sur) (linkedin|here|ici)
@grow (su|sus|seu|sua|seus|suas)
@their (profile|perfil|profil|parcours|trayectoria|trajetoria|werdegang|journey|career|carrera|carreira|time|team|equipo|equipe|equipa)
(with|con|com|avec|mit) (great|much|mucho|mucha|muito|muita|grand|grande|gran|grossem|interest|interes|interesse|interet|attention|atencion|atencao|admiration|admiracion|admiracao)
tu (es|as|vas|fais|etais|peux|veux|eres|estas|tienes)
(entrevista|interview|entretien) ... (trabajo|emprego|embauche|job|puesto|vaga|poste|stelle|role)
`)},

	// A question about what they or their team do, asked of them: "is
	// your team still on Airflow?", "how are you finding the switch?",
	// "vocês ainda usam…", "¿seguís usando…?", "comment gérez-vous…",
	// "wie läuft bei euch…", "what was the hardest part…". Asking for
	// their time, or a pitch's "is your team ready to…", is not: what
	// their team does is named by a verb of its own work.
	{W: 2, Lines: (`
(your|ur) (team|company|lab|startup|clinic|school|group|firm|project|podcast|newsletter|community) (still|already|also)? (using|use|on|running|moving|move|planning|working|building|considering|consider|plan|pick|choose|decide|measure)
how (are|were) (you|u) (finding|handling|managing|dealing|approaching|tackling|planning|measuring|using|scaling)
(you|u) (still|also) (organise|organize|run|lead|host|teach)
did (you|u) (move|switch|migrate|build|pick|choose|decide|start|handle|manage|measure)
(any|a) reason (you|your|why)
(hardest|biggest|toughest|schwierigste|schwierigsten) (part|thing|challenge|lesson|step|teil|schritt|herausforderung)
(mais|mas|plus) (dificil|difficile|complicado|dur)
(lessons|lecciones|licoes|lehren) (from|de|da|do|del|aus)
(voces|vcs|vosotros|ustedes|seguis) (ainda|ja|tambem|costum*|us*|escolh*|decid*|fizeram|tiveram|hicieron|elig*)
por que (voces|vcs|voce|vc|escolheram|eligieron|decidieron|decidiram)
como (foi|foram|fue|fueron|os|les|fizeram|hicieron|escolheram|eligieron|deciden|decidem|decidieron|decidiram|conseguiram|consiguieron|comecaram|empezaron|empezaste)
como (voce|vc) (comecou|chegou|entrou|escolheu|decidiu)
como (esta|estao) (sendo|indo)
(comment|pourquoi|combien) _ (vous|tu)
quand _ (vous|tu) (avez|as|etes|es|faites|fais|allez|vas)
wie _ (bei|in) (euch|ihnen|eurem|eurer|ihrem|ihrer|deinem|deiner|dir)
(learn|understand|saber|entender|perceber|comprendre|savoir|verstehen) (more|better|mas|mais|mejor|melhor|mieux|besser) (how|what|why|como|comment|wie|pourquoi|qual)
(interesa|interessa|m'interesse|interessiert) (me|mich)? (mucho|muito|beaucoup|sehr)? ,? (how|como|comment|wie|quel|quelle|welche|pourquoi|warum)
`)},

	// Why them, in what they did or do, or what both share said
	// indirectly: a path named from one field to another ("your journey
	// from nursing into health tech", "sua trajetória de professora a
	// cientista de dados"), what they are building, their experience in a
	// named field, their name coming up; "seems we share a soft spot
	// for…", "la même passion", "we have a lot in common", "you and I
	// both…". A career or profile admired with nothing named is no reason.
	{W: 2, Lines: (`
(share|sharing|partage|partageons|compartimos|compartilhamos|teilen) ... (passion|pasion|paixao|interest|interes|interesse|interet|leidenschaft|love|soft|faible|obsession)
(same|mismo|misma|mesmo|mesma|meme|gleiche|gleichen) (passion|pasion|paixao|interest|interes|interesse|interet|leidenschaft|hobby)
(lot|much|mucho|muito|beaucoup|viel) (in|en|em)? (common|comun|comum|commun|gemeinsam)
(you|u) and (i|me) (both|share|also)
@their _? (journey|path|career|move|switch|transition|trajetoria|trayectoria|carrera|carreira|percurso|parcours|werdegang|weg|wechsel) _? _? (from|de|da|do|del|du|des|von|vom|aus) ... (to|into|a|para|al|au|vers|zu|zur|zum|in|nach|ins)
(learn|aprender|apprendre|lernen) (from|com|con|de|von) @their (experience|experiencia|erfahrung|expertise) (in|en|em|na|no|with|con|com|avec|mit|dans|im|on|sobre|sur|about)
@their (name|nome|nombre|nom) (came|comes|keeps|kept|aparece|apareceu|surgiu|sale|salio|revient|fiel|taucht)
`)},

	// What ties the sender to them already: their tool in use ("wir setzen
	// euer Open-Source-Tool ein", "j'ai testé votre librairie"), paths that
	// crossed, the same doctoral adviser, a stand next to theirs, a column
	// of theirs read every week, a fan of their named show.
	{W: 2, Lines: (`
(setzen|setze|nutzen|nutze|verwenden|verwende|benutzen|benutze|testen|teste) (euer|eure|euren|ihr|ihre|ihren|dein|deine|deinen)
(teste|utilise|utilisons|adopte|essaye|installe) (votre|vos|ton|ta|tes)
(uso|usamos|utilizo|utilizamos|probe|probamos|usei|utilizei|testei|testamos|instale|instalei) (o|a|el|la)? (tu|tus|su|sus|vuestro|vuestra|seu|sua|seus|suas|teu|tua)
(wege|paths|chemins|caminos|caminhos) (haben|have|se|sont|nos|already)? (sich|se)? (schon|deja|ya|ja|already)? (gekreuzt|crossed|croises|cruzaron|cruzado|cruzaram)
(same|mismo|misma|mesmo|mesma|meme|denselben|dieselbe|denselbe|gleichen|gleiche) (doktorvater|doktormutter|advisor|adviser|supervisor|mentor|mentora|orientador|orientadora|directeur|directrice|doktorand*|betreuer|betreuerin|prof|professor|professora|profesor|profesora|professeur)
(voisins|voisines|vecinos|vecinas|vizinhos|vizinhas|nachbarn|neighbours|neighbors) (de|du|am|at|on)? (stand|booth|table|mesa|banca|puesto|bureau|standplatz)
@your _? @work ... ... (jede|every|chaque|cada|toda|todo|tous|toutes) _
(fan|fa|fana|fanatico|fanatica) (of|de|du|da|do|von)? (the|la|le|el|o|a|your|votre|tu|su|seu|sua|ihr|ihre|dein|deine|ton|ta)? N
`)},
}

// An invitation to speak or to join a panel: a reason to write to them,
// and no sale ("would you come speak for 20 minutes?").
const speakerLines = `
(invite|invitar|invitarte|invitarle|convidar|convida|inviter) ... (speak|talk|hablar|falar|palestrar|parler|intervenir|charla|palestra)
(como|comme|as|als) (ponente|palestrante|sprecher|sprecherin|redner|rednerin|speaker|intervenant|intervenante|referent|referentin|panelist|panelista)
(come|venir|vir|kommen|vienes|viens|venha|vengas|vinieras) (and|y|e|et|und)? (speak|talk|present|hablar|falar|palestrar|parler|intervenir|sprechen|presentar|apresentar|presenter)
`

// A school or class shared: "somos ambos ex-alunos do ISEG", "también soy
// de la promoción 2004". A reason and common ground both.
const sameSchoolLines = `
(path|camino|caminho|parcours|weg|trajectory|trayectoria|trajetoria) (looks|parece|ressemble|ahnelt) ... (like|como|a|au|dem) (mine|the|el|o|le|meinem)
(ambos|ambas|both|beide) (ex|former)? (alunos|alumnos|alumni|students|absolventen|egresados|exalumnos|anciens)
(tambien|tambem|also|aussi|auch) (soy|sou|am|suis|bin|fui|was|etais|war)? (de|from|du|da|do|von)? (la|a|the|der)? (promocion|promo|turma|class|jahrgang|generacion|generation)
`

// Whether their employer, named, hires: "Does Bristol Royal Infirmary have
// any band 6 posts coming up?", "¿En Indra cogéis becarios?", "Est-ce que
// Decathlon prend des alternants ?", "Sucht Bosch noch Leute?". A job ask,
// and its reason: why them.
const namedHiringLines = `
(is|are|does|do) (the)? N N? ... (taking|hiring|recruiting|have|has|need|needs|offer|offers|offering) ... (graduates|posts|roles|openings|interns|internships|placements|staff|people|anyone|positions|vacancies|apprentices|apprenticeships|trainees)
(would|could|will) N N? ... (consider|hire|take|need)
(chance|possible) N N? (need|needs|has|have|hire|hires|is|are|takes|take)
(sabes|sabe|sabeis) si (en)? (el|la)? N N? ... (tiene|tienen|busca|buscan|contrata|contratan|coge|cogen|necesita|necesitan)
(en) N N? (cogeis|cogen|buscais|buscan|contratais|contratan|tomais|toman|tienen|teneis|hay|necesitan|necesitais)
(a|o) N N? N? (esta|estao|tao|ta) (contratando|com)
(voces|vcs) (da|do|na|no) N N? (estao|tao|tem|contratam|precisam|aceitam|pegam)
(est) ce que (la|le|les)? N N? (recrute|recrutent|embauche|embauchent|engage|engagent|prend|cherche|accueille)
(a|o|la|el) N N? N? (tem|tiene|tienen|teria|tendria) (vagas|vaga|vacantes|vacante|plazas|plaza|estagios|practicas)
(sucht|nimmt|stellt) N N? ... (leute|mitarbeiter*|personal|verstarkung|werkstudent*|praktikant*|azubis|auszubildende)
(gibt) es (bei|in) (der|dem|den)? N ... (stellen|stelle|jobs)
(falls|wenn|ob) (ihr|sie|du)? (bei|am|beim) (der|dem)? N ... ... (frei|sucht|suchen|braucht|brauchen|ausgeschrieben|einstellt)
(bei|am|beim) (der|dem)? N (ist|sind|wird|werden) ... (ausgeschrieben|frei)
mich (bei|fur) (der|die|das|dem)? N (empfehlen|weiterempfehlen|vorschlagen)
mich (bei|fur) (der|die|das|dem)? N _? (im|auf) (hinterkopf|radar|schirm)
ob N ... (sucht|einstellt|braucht|nimmt)
`

// Their talk or show, said after the noun or of hearing them: "a palestra
// de vocês", "listened to you on the Running Hot podcast". A reason and
// common ground both.
const theirWorkLines = `
(also|auch|tambem|tambien|aussi) (sou|soy|am|bin|suis|i'm)? _? @role (at|am|bei|im|en|em|no|na|chez|a|au) (the|o|a|el|la|le|der|dem)? N
(you're|you|vous|voce|vc|tu|sie|du|usted) (are|etes|estas|esta|vai|vas|va|will)? (opening|launching|abrir|abres|abre|ouvrez|ouvres|ouvrir|eroffnen|eroffnest|lanzar|lancar|lancer|lancez)
(participei|assisti|asisti|participe|attended|watched|verfolgt|besucht) (do|da|del|de|la|el|the|die|den|das|au|a|o|ao|al|your|tu|su|seu|sua|votre|ihr|ihre|ihren|dein|deine|deinen)? _? (painel|panel|podiumsdiskussion|diskussion|mesa|keynote|vortrag|talk|session|sessao|sesion|palestra|charla|table)
(que|that|which|qui|die|das|den) (hiciste|hicieron|hizo|fizeste|fez|fizeram|made|built|designed|launched|lanzaste|lancou|lancaram|gemacht|entworfen|gestaltet|realise|realisee|lance|lancee)
(gostei|adorei|encanto|gusto|loved|enjoyed|liked|aime|adore|gefallen|gefiel) ... @work (sobre|on|about|sur|uber|zum|zur)
(vous|te) (ai|avons) (vu|vue|entendu|entendue|ecoute|ecoutee)
(use|using|uso|usamos|utilise|utilisons|nutze|nutzen|verwende|verwenden) N ... (since|seit|desde|depuis|for|ha|hace)
(cliente|client|customer|kunde|kundin) (de|do|da|del|of|von|bei|chez) N
(thank|thanks|agradecer|bedanken|remercier|gracias) (to|al|ao|au|beim|dem|a|la|o)? (the|el|o|le|der|das)? (founder|founders|fundador|fundadora|grunder|fondateur|fondatrice|equipo|team|equipe|time)
@work (da|de|do|of|von|der) (sua|su|vuestra|votre|your|ihrer|deiner) (empresa|entreprise|company|firma|equipe|equipo|team)
(atendem|atendemos|servimos|share|compartimos|partageons|teilen|tenemos|temos|have) (o|el|le|a|the|un|um|a)? (mesmo|mismo|meme|same)? (cliente|client|clients|kunden|kunde)
(coincidimos|coincidiamos) (como|en|na|no|em)
(borrowed|used|use|uses|usei|uso|usamos|usan|usam|utilise|utilisons|utilisent|repris|applied|aplique|apliquei|applique|adopted|adopte|adotei|adopte|nutzt|nutzen|relies|rely|depends) (on)? (os|as|o|a|los|las|el|la)? (your|tus|tu|seus|seu|suas|sua|vos|votre|tes|ihre|deine)
(teste|testei|testamos|testado|probe|probamos|probado|tested|getestet|essaye|applique|applied|aplique|apliquei) ... (que|that|which|das|den|die) (vous|you|tu|voce|vc|usted|sie|du) (avez|have|has|habe|hast|haben|detaillez|detaille|describiste|descreveu|described|beschrieben|partage|shared|compartiste|compartilhou)
de: @their ... ... (ubernommen|eingesetzt|genutzt|benutzt|angewendet)
@work (de|da|do|von) (voces|vcs|ustedes|vous|euch|ihnen|voce|vc|usted|ti|toi|dir|dich)
(listened|heard|escuche|ouvi|entendu|gehort|saw|seen|watched) (to)? (you|te|vous|dich|sie|voce|vc|ti|toi|dir|ihnen) (on|en|no|na|sur|in|im|bei|at|au|a)
(merged|merging|merge|reviewed|reviewing|accepted|accepting|mergeado|aceptado|aceito|aceitou|revisou|reviso|fusionne|gemergt|gemerged|angenommen) (my|our|mi|mis|meu|meus|minha|nuestro|nosso|mon|ma|mes|notre|mein*|unser*) _? (fix|fixes|pr|prs|patch|patches|pull|contribution*|contribucion*|contribuicao|contribuicoes|commit|commits|change|changes)
`

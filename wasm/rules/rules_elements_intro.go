package rules

// Cues that the sender says who they are, for no-introduction. An
// introduction is a role, a field, an employer, what the sender works on or
// sells, or a name with context: "I'm a nurse in Leeds", "soy diseñadora UX
// en Bilbao", "je travaille chez Klaxoon", "als UX-Designerin bei Zalando",
// "Développeuse front à Nantes, …", "trabalho com CX na Magalu". Being
// impressed, interested or writing to someone says nothing about who one is.

// introCues weigh towards an introduction; two make one.
var introCues = []cue{
	{W: 2, Match: selfIs, Except: notSelf},
	{W: 2, Match: selfDoes, Except: notSelfDoes},
	{W: 2, Match: selfRole, Except: notIntro},
	{W: 2, Match: selfYears, Except: notSelfYears},
	{W: 1, Match: selfWeak, Except: notIntro},
}

// selfIs: "I am" followed by something about the sender.
var selfIs = cuePats(`
en: (i'm|im) _
en: i am _
en: ^ am (a|an|in|at|from|the|currently|working|now|based|part|with|on|also|studying|doing)
en: (we're|were) (a|an|the|leading|one|based|building|giving|offering|running|hosting|inviting|opening|exploring|working|tackling|rolling|launching|developing|migrating|moving|trying|facing|scaling)
en: we are (a|an|the|leading|one|based|building|exploring|working|tackling|rolling|launching|developing|migrating|moving|trying|facing|scaling)
en: my (name|name's|names)
(grusse|grussen|gruss|regards|saludos|cordialement|abracos|atenciosamente|best|cheers|atentamente) , N N , N
en: this is N
en: (it's|its) N (from|here|at|,)
en: as someone (who|working|in|with|from)
en: open to (new)? (roles|opportunities|challenges|positions|offers) (in|as)
es: (estoy|estamos) (abierto|abierta|abiertos|disponible) a (nuevas|nuevos)? (oportunidades|retos|desafios|proyectos)
pt: (estou|to|tou) (aberto|aberta|disponivel) (a|para) (novas|novos)? (oportunidades|desafios|projetos)
fr: (ouvert|ouverte|disponible) (a|aux) (de)? (nouvelles|nouveaux)? (opportunites|defis|postes|missions)
de: offen fur (neue)? (herausforderungen|chancen|angebote|positionen)
pt: (to|tou) (saindo|trabalhando|estudando|buscando|procurando|comecando|migrando|terminando|fazendo|montando|criando|em|na|no|aprendendo|entrando)
pt: a gente (criou|fez|lancou|desenvolveu|ajuda|trabalha|tem|montou|atende|construiu|ajudou)
pt: (nosso|nossa) (estudio|agencia|empresa|consultoria|produtora|escritorio|startup|time|equipe|loja|clinica)
pt: (ja)? (ajudei|atendi|treinei|formei|mentorei|ajudamos|atendemos)
pt: tenho (um|uma)? (mestrado|doutorado|licenciatura|graduacao|formacao|mba|pos) (em|pelo|pela|na|no)
es: tengo (un|una)? (master|maestria|doctorado|grado|mba|posgrado|licenciatura) (en|por|de)
fr: j'ai (un|une) (master|doctorat|licence|mba|bts|dut|diplome) (en|de|d'ingenieur)
de: (habe|hab) (einen|ein|eine)? (master|bachelor|doktor|abschluss|diplom) (in|an|der)
en: i have (a|an) (masters|master's|phd|mba|degree) (in|from)
en: being (a|an) _
en: after (#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|yrs) (in|at|as|of|with|teaching|working)
es: soy _
es: mi nombre es
es: me llamo
es: (te|le|les|os) (escribe|saluda|habla) N
es: aqui N , (de|del)
es: formo parte (de|del)
es: somos (un|una|el|la|los|las|especialistas|expertos|lideres|partners|de|del)
es: (nosotros|nosotras) _
es: nos (especializamos|dedicamos|enfocamos)
es: (te|le|les|os) escribo desde N
es: (estoy|ando|estamos) (buscando|intentando|preparando|terminando|estudiando|trabajando|aprendiendo|cubriendo|escribiendo|haciendo|montando|armando|creando|lanzando|desarrollando|investigando|migrando|pasando|formando|ayudando|ofreciendo|vendiendo|construyendo|organizando|reclutando|contratando|implementando|en)
es: vengo (de|del)
pt: sou _
pt: chamo me
pt: me chamo
pt: meu nome e
pt: aqui (e|fala) (o|a) N
pt: quem (fala|escreve) (e|aqui)
pt: faco parte (do|da|de)
pt: somos (um|uma|o|a|os|as|especialistas|ex)
pt: estou (a|em|no|na|buscando|procurando|criando|fazendo|migrando|estudando|trabalhando|terminando|preparando|pensando|montando|desenvolvendo|escrevendo|apoiando|recrutando|cursando|aprendendo|lancando|ajudando|oferecendo|vendendo|construindo|organizando)
pt: (venho|vim) (de|da|do)
fr: je suis _
fr: je m'appelle
fr: moi c'est N
fr: c'est N (de|chez)
fr: mon nom est
fr: en tant que _
fr: je viens (aussi|egalement)? (de|du|des)
fr: je (tiens|gere)
fr: (j'exerce|j'occupe|j'evolue|j'interviens)
fr: j'ai integre
de: ich bin _
de: ^ bin _
de: mein name ist
de: ich heisse
de: (haben|bieten|entwickeln|helfen) wir ... (entwickelt|gebaut|gegrundet|aufgebaut|programmiert|geholfen|begleitet|beraten)
de: (veranstalte|organisiere|grunde|leite|betreibe) ich
de: ich (grunde|veranstalte|besuche) (die|das|den|eine|einen|ein|gerade)
de: (bin|sind) ... ... (unterwegs|tatig|zuhause|aktiv)
de: (meine|meiner|meinem|meinen|mein) (seminararbeit|hausarbeit|studienarbeit|projektarbeit|lehre|ausbildung|studium|weiterbildung|umschulung|praxis|kanzlei)
de: (studiert|promoviert|gearbeitet|absolviert) (habe|hab)
de: (habe|hab) ... ... (studiert|promoviert|absolviert)
de: hier (ist|schreibt) N
de: ich komme (auch|ebenfalls)? (aus|von)
de: (bin|arbeite|leite|studiere|baue|berate|betreue|entwickle|forsche|unterrichte|verantworte|fuhre|koordiniere|promoviere|begleite|vertrete|verkaufe|gestalte|programmiere|organisiere|unterstutze|betreibe|manage|mache|suche) ich
de: (arbeiten|bieten|helfen|entwickeln|betreuen|beraten|sind|unterstutzen|begleiten) wir
de: wir sind (ein|eine|das|die|der|spezialisiert|seit)
`)

// notSelf: "I am" that says how the sender feels or what they are doing
// to the reader, not who they are.
var notSelf = cuePats(`
en: (i'm|im|am|we're|were) @notself
en: i am @notself
en: we are @notself
en: (i'm|im|am) (writing|reaching|contacting) (to|because|as|out|with|in|regarding)
en: (i'm|im|am) (hosting|giving|offering|inviting)
es: no soy
es: estoy (muy|tan|interesado|interesada|encantado|encantada|seguro|segura|convencido|convencida|disponible|atento|atenta|escribiendote|escribiendole)
pt: nao sou
pt: sou (fa|sua|seu|muito|grande)
pt: estou (disponivel|muito|interessado|interessada|curioso|curiosa|impressionado|impressionada|feliz|encantado|encantada)
pt: estou (a|em) (disposicao|sua|tua|contato)
fr: je suis (ravi|ravie|heureux|heureuse|curieux|curieuse|certain|certaine|sur|sure|convaincu|convaincue|impressionne|impressionnee|tombe|tombee|vos|votre|ton|ta|tes|interesse|interessee|toujours|disponible|preneur|preneuse|honore|honoree|touche|touchee|persuade|persuadee|sincerement|fan|fier|fiere|desole|desolee|sous|admiratif|admirative|avec|tres|si|vraiment|enchante|enchantee)
de: mache ich mir
de: suche ich (den|kontakt|austausch|einen)
de: sind wir (uns|nie|noch|beide|sicher)
de: ich bin (sicher|gespannt|beeindruckt|begeistert|neugierig|interessiert|froh|dankbar|auf|uber|zufallig|sehr|so|total|echt|wirklich|immer|nie|kein|keine|ganz|fan|gestossen|gerne|gern|ehrlich|mir|ihnen|dir|schon|offen|erreichbar|sprachlos|zuversichtlich|uberzeugt)
de: ich bin ein (grosser|fan)
`)

// notSelfEN are words after "I'm" that say how the sender feels or what
// they are doing, not who they are.
const notSelfEN = "(interested|curious|sure|glad|happy|excited|thrilled|delighted|honoured|honored|impressed|inspired|amazed|reaching|contacting|messaging|hoping|keen|eager|not|so|very|really|grateful|thankful|sorry|following|reading|available|open|confident|certain|convinced|wondering|afraid|asking|here|just|always|looking|humbly|kindly|pleased|fascinated|intrigued|blown|big|huge|your|truly|deeply|still|new|attaching|sending|sharing|connecting|reaching|trying|struggling|planning|hopeful|eager|sure)"

// selfDoes: the sender (or their company) works, leads, studies, sells.
var selfDoes = cuePats(`
en: (i|we) (work|worked|lead|led|run|ran|manage|managed|teach|taught|study|studied|research|design|build|built|coach|own|founded|cofounded|started|joined|volunteer|organise|organize|organised|organized|write|edit|host|produce|curate|develop|engineer|consult|advise|mentor|recruit|graduated|trained|moved|relocated|switched|specialise|specialize|focus|handle|support|analyse|analyze|code|program|practise|practice|coordinate|sell|farm|nurse|treat|help|provide|supply|offer|represent|install|maintain|head|cover|automate|connect|serve|partner|make|spent|retrained|quit|left|finished|completed|launched|opened|created|wrote)
en: (i|we) (recently|just|currently|also|now) (helped|joined|graduated|started|moved|finished|completed|launched|relocated|switched|became|work|lead|run|study|teach|help|built|founded|opened)
en: (i've|ive) (been|spent|worked|led|built|run|managed|taught|written|studied|designed|shipped|launched|founded|started|joined|trained|moved|covered|reported|practised|practiced|done|made)
en: i have (been|spent|worked|led|built|run|managed|taught|written|studied|designed|shipped|launched|founded|started|joined|trained|moved|covered|reported)
en: (we've|weve) (built|helped|worked|launched|developed|created|made|designed|shipped|grown|served|supported|put)
en: ^ (just|recently) (moved|graduated|started|joined|relocated|finished|launched|switched)
en: i (oversee|own|supervise|freelance|contract|consult|drive|look)
en: (from|on|in) the ... (team|group|department|lab|office|squad) (at|of|here|in)
en: our (agency|firm|company|startup|studio|lab|consultancy|clinic|school|practice) (is|has|helps|works|builds|specialises|specializes|focuses|in|at|based|and)
en: (offer|offering|provide|providing) my services
en: (previously|formerly) (at|with|a|an|in|worked|led)
en: ^ (been|spent|worked|led|built|running|building|leading|working|managing|teaching|studying|moved) (in|at|for|the|a|an|my|over|as|#|two|three|four|five|six|seven|eight|nine|ten)
en: (ex|former|formerly) N
en: (reaching|writing) (out)? (from|on)
en: on behalf of (my|our)
en: on behalf of N
en: i have (a)? (experience|background) (in|with|as)
en: my (thesis|dissertation|phd|masters|research|company|startup|agency|firm|studio|lab|clinic|practice|shop|business|career|transition|switch|move|chapter|students|patients|clients)
en: my (background|experience|expertise|training|degree|years) (in|as|with|at)
en: i (got|went|moved|switched|transitioned|pivoted|came) into
en: i (also)? (come|came) from
en: (just|recently) (moved|relocated|graduated|joined|started) (to|from|here|into|at|in)
en: (looking|seeking|searching) for (a|an|new|my|the)? _? (job|jobs|role|roles|position|opportunity|opportunities|internship|work|opening|openings) (in|as|at)
es: (trabajo|trabaje|trabajamos|laburo|curro|colaboro) (en|como|para|con|de|desde|a|dentro|hace|ahora|actualmente|aqui|aca|junto)
es: nuestra (agencia|consultora|empresa|startup|escuela|clinica|firma) (de|en|es|ayuda|trabaja|esta|prepara|acompana)
es: (ofrecerle|ofrecerte|ofrezco|ofrecer) mis servicios
es: (ahora|hoy|actualmente) (trabajo|hago|estoy|lidero|dirijo|soy|llevo|estudio)
es: me dedico a
es: me (gradue|recibi|licencie|titule|forme|incorpore|uni|sume|mude|especialice|especializo|encargo|ocupo)
es: me (muevo|desempeno|desarrollo) (en|como)
es: acabo de (terminar|empezar|entrar|unirme|incorporarme|mudarme|graduarme|lanzar|fundar|recibirme|cambiar)
es: (ex|antes) (en|de) N
es: en nombre de (mi|nuestra|nuestro)
es: en nombre de N
es: (dirijo|lidero|coordino|gestiono|manejo|llevo|monte|funde|cofunde|cree|lance|estudio|estudie|investigo|enseno|asesoro|represento|ayudo|ayudamos|ofrecemos|ofrezco|desarrollamos|acompanamos|creamos|hago|vendo|vendemos|diseno|disenamos|programo|recluto|busco|arme|armamos|construimos|construyo|administro|coordinamos|brindamos|producimos|fabricamos|distribuimos|asesoramos|impartimos|organizo|organizamos) _
es: (tenemos|tengo) (un|una) _? (curso|software|plataforma|herramienta|app|agencia|empresa|startup|consultora|estudio|tienda|solucion|producto|servicio)
es: tengo (experiencia|formacion|conocimientos) (en|con|como)
es: (le|te|les|os) escribo (de|desde|en) (parte|nombre|mi|nuestra|nuestro)
es: (desde|en) (mi|nuestro|nuestra) (equipo|empresa|consultora|agencia|startup)
es: (mi|mis) (tesis|doctorado|maestria|master|empresa|startup|agencia|consultora|emprendimiento|negocio|tienda|equipo|area|rol|puesto|carrera|investigacion|alumnos|estudiantes|pacientes|clientes)
pt: (trabalho|trabalhei|trabalhamos|atuo|atuei|atuamos) (com|na|no|em|como|para|numa|num|ha|desde|nos|nas|ao|junto)
pt: nossa (agencia|consultoria|consultora|empresa|startup|escola|clinica|produtora) (de|em|e|ajuda|trabalha|esta|prepara|acompanha)
pt: (ofereco|oferecer|oferecemos) (os)? meus servicos
pt: (hoje|agora|atualmente|actualmente) (trabalho|faco|estou|lidero|dirijo|sou|atuo|estudo)
pt: me (formei|graduei|licenciei|especializei|mudei|juntei|dedico)
pt: (fiz|faco|terminei|conclui|estou) (o|a|meu|minha|um|uma) (mestrado|doutorado|doutoramento|licenciatura|faculdade|tese|estagio|mba|pos)
pt: acabei de (terminar|concluir|entrar|comecar|lancar|fundar|me)
pt: (encontro|exerco) (me)? (a|funcoes|como)
pt: (cuido|cuidamos) (de|do|da|dos|das)
pt: em nome (da|do|de)
pt: frequento (o|a)
pt: (dirijo|lidero|coordeno|gerencio|fundei|cofundei|criei|lancei|estudo|estudei|pesquiso|ensino|represento|ajudo|ajudamos|oferecemos|ofereco|desenvolvemos|criamos|faco|vendo|vendemos|recruto|busco|procuro|atendemos|construimos|construi|montei|produzo|fabricamos|distribuimos|assessoramos|apoiamos|acompanhamos|organizo|organizamos|divulgando) _
pt: tenho (experiencia|formacao|conhecimento) (com|em|na|no|como)
pt: (nosso|nossa|nossos|nossas) _ ... (pode|podem|poderia) (ajudar|te|lhe|reduzir|economizar)
pt: (tenho|temos) (um|uma) _? (microcervejaria|empresa|startup|agencia|loja|negocio|consultoria|software|clinica|escritorio|produtora|plataforma|ferramenta|solucao|curso|restaurante|fazenda|estudio|escola|marca|torrefacao)
pt: (nossa|nosso|minha) (empresa|consultora|consultoria|agencia|startup|plataforma|software|produtora|solucao|ferramenta|equipe|escola|loja|clinica|marca) (ajuda|cria|desenvolve|oferece|atende|permite|apoia|acompanha)
pt: (a|o|na|no) N N? (cria|ajuda|ajudamos|desenvolve|oferece|atende|criamos|desenvolvemos|oferecemos)
pt: (minha|meu|meus|minhas) (tese|doutorado|mestrado|empresa|startup|agencia|consultoria|negocio|loja|equipe|time|area|cargo|carreira|pesquisa|alunos|pacientes|clientes|microcervejaria|escritorio|clinica)
fr: je (travaille|bosse|dirige|gere|pilote|coordonne|forme|recrute|documente|monte|lance|fais|developpe|conseille|enseigne|etudie|prepare|termine|postule|represente|cherche|vends|code|dessine|construis|m'occupe|anime|accompagne|ecris|redige|produis|organise|encadre|manage|coache|realise|fabrique)
fr: (j'accompagne|j'enseigne|j'etudie|j'anime|j'encadre|j'organise|j'ecris)
fr: a la tete (de|du|des|d'une|d'un)
fr: (issu|issue) (du|de)
fr: je me (reconvertis|lance|forme|specialise|consacre)
fr: je me suis (reconverti|reconvertie|lance|lancee|installe|installee|specialise|specialisee|forme|formee|oriente|orientee)
fr: (ex|anciennement) (chez|de) N
fr: j'ai (fonde|cree|lance|monte|rejoint|travaille|passe|dirige|developpe|construit|quitte|termine|enseigne|ete|bosse|pilote|accompagne|forme)
fr: (nous|on) (accompagnons|aidons|proposons|developpons|offrons|concevons|creons|vendons|fabriquons|intervenons|travaillons|formons|recrutons|lancons|bosse|travaille|construisons|realisons|distribuons|conseillons|migrons|migre)
fr: nous avons ... (accompagne|aide|developpe|cree|lance|construit|forme)
fr: (mon|ma) (reconversion|transition|these|master|doctorat|stage|alternance|startup|entreprise|agence|cabinet|boite|equipe|societe|memoire|mission|poste|job|metier|boulot)
fr: (notre|mon|ma) (agence|cabinet|societe|entreprise|startup|studio|boite|association|ecole|laboratoire|labo|equipe|start|pme)
fr: (chez|a) N ,? (on|nous) (a|avons|aide|aidons|accompagne|accompagnons|propose|proposons|developpe|developpons)
fr: (on|nous) (a|avons) ... (concu|cree|developpe|lance|construit|aide|accompagne|monte|forme)
fr: moi qui _
fr: (propose|offre|offrir|proposer) mes services
fr: mes services (de|d'un|d'une|en)
fr: je (debute|commence|demarre|reprends|exerce)
fr: (notre|nos) (plateforme|logiciel|cabinet|agence|societe|entreprise|startup|solution|outil|application|app|equipe|studio|offre) (aide|aident|permet|permettent|accompagne|propose|automatise|reduit|simplifie)
fr: (intervient|intervenons) (sur|depuis|aupres)
de: ich (arbeite|leite|studiere|baue|biete|berate|betreue|entwickle|forsche|unterrichte|lehre|verantworte|manage|fuhre|koordiniere|mache|suche|recherchiere|promoviere|begleite|vertrete|verkaufe|gestalte|programmiere|plane|organisiere|setze|unterstutze|helfe|produziere|schreibe|betreibe|fotografiere|koche|pflege|moderiere|trainiere|coache|vermittle|besetze|rekrutiere)
de: wir (bieten|helfen|entwickeln|betreuen|unterstutzen|begleiten|beraten|bauen|stehen|arbeiten|produzieren|vertreiben|verkaufen|suchen|besetzen|machen)
de: wir haben ... (entwickelt|gebaut|gegrundet|aufgebaut|programmiert)
de: (unsere|unser) (software|plattform|firma|agentur|losung|app|tool|kanzlei|praxis|startup|team|beratung) (hilft|unterstutzt|ermoglicht|automatisiert|senkt|spart|reduziert|bietet|betreut)
de: ^ suche _
de: (nach|wahrend|in|mit) (meinem|meiner) (studium|abschluss|bachelor|master|praktikum|referendariat|volontariat|ausbildung|promotion|job|team|firma)
de: (beschaftige|kummere) (ich)? mich
de: wir (bei|von) (der|dem|den)? N
de: (zustandig|verantwortlich) (fur|bin)
de: (bin|als|im|in|bei) ... (tatig|taetig)
de: (fruher|vorher|zuvor) (bei|als|im)
de: (habe|hab|bringe) ... (erfahrung|erfahrungen)
de: (meine|meiner|meinem|meinen|mein) (masterarbeit|bachelorarbeit|doktorarbeit|dissertation|promotion|abschlussarbeit|firma|agentur|kanzlei|praxis|schreinerei|startup|team|abteilung)
de: ich habe (mich)? ... (beworben|studiert|gearbeitet|gegrundet|aufgebaut|gewechselt|promoviert|abgeschlossen)
de: (betreut|berat|unterstutzt) seit
`)

// notSelfDoes: verbs of the sender that are about the message, not the
// sender.
var notSelfDoes = cuePats(`
en: (i've|ive|have) been (following|reading|watching|meaning|hoping|wanting|thinking|enjoying|admiring|listening|looking|trying|waiting|wondering|curious|impressed|inspired)
en: (i|we) (work|worked) (with|for)? you
en: i (write|wrote) (to|you)
en: (work|working) in the same
es: (trabajo|trabajamos|estoy) en (el|la|los|las) (mismo|misma|mismos|mismas)
es: no (trabajo|soy|estudio)
es: trabajo en (tu|su) (area|sector|campo|empresa)
es: (tu|su|el|este|ese|buen|gran|excelente|increible|mi) trabajo
es: (busco|buscamos|buscando) (un|una|a)? @roles
es: (nosotros|nosotras) (dos|tambien|tres)
es: (tu|su|el|un|este|mi) estudio
es: (le|te|les|os) escribo (porque|para)
es: (hago|tengo) una (pregunta|consulta)
es: (busco|buscamos) (tu|su|consejo|mentor|un)
pt: nao (trabalho|sou|estudo)
pt: (seu|sua|teu|tua|o|este|esse|bom|otimo|excelente|meu) trabalho
pt: (busco|procuro) (mentoria|conselho|um|sua|seu)
pt: tenho (muito|interesse)
fr: ne (travaille|suis|bosse) pas
fr: je (cherche|fais) (a|des|vos)
fr: je (ecris|ecrivais) (pour|a|vous)
fr: je (termine|prepare) (par|ce|cette)
de: (arbeite|bin) nicht
de: ich (schreibe|habe) (ihnen|dir|euch|sie)
`)

// selfRole: a role named as the sender's own: "Rust developer at a Berlin
// startup here", "Ingénieur agronome en Bretagne, …", "Als UX-Designerin bei
// Zalando …", "consultante chez Hays Genève".
var selfRole = cuePats(`
en: @roles (here|at|from|in|with|for|of|based|by|turned|who|,)
en: (our|my) (team|company|agency|studio|startup|firm|lab|clinic) (at|in|is|are|builds|makes|helps|just|has|and)
en: ^ (a|an)? @roles
en: as (a|an|the) _
en: (former|ex|retired|aspiring|junior|senior|lead|freelance|independent|certified|fellow) @roles
en: (graduate|graduated|alumnus|alumna|fresher|student) (of|from|at|in)
es: ^ @roles
es: @roles (en|de|del|para|junior|senior|freelance|independiente|,)
es: (egresado|egresada|graduado|graduada|licenciado|licenciada|recibido|recibida|titulado|titulada|exalumno|exalumna) (de|en|por|del)
es: (recien|reciente) (egresado|egresada|graduado|graduada|licenciado|licenciada)
pt: ^ @roles
pt: @roles (em|na|no|da|do|de|numa|num|junior|senior|freelancer|freela|,)
pt: (formado|formada|graduado|graduada|licenciado|licenciada|mestre|doutor|doutora) (em|pela|pelo|na|no)
pt: recem (formado|formada|licenciado|licenciada)
fr: ^ @roles
fr: @roles (a|chez|dans|en|au|aux|de|du|pour|independant|independante|junior|senior|freelance|depuis|ici|,)
fr: (diplome|diplomee|titulaire) (de|en|du|d'un|d'une)
fr: (ex|ancien|ancienne) @roles
fr: (aujourd'hui|maintenant|desormais|actuellement) @roles
fr: (ancien|ancienne|anciens|anciennes) (de|du|eleve|eleves)
de: ^ @roles
de: @roles (bei|in|im|an|am|aus|der|fur|beim|von|,)
de: ^ als N
de: als _ (bei|in|im|an|am|der|fur|beim|mit|seit)
`)

// selfYears: years of experience, a qualification.
var selfYears = cuePats(`
en: (#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|yrs|year) (of|in|at|as|with|experience|exp)
en: (i|i've|ive|with) (have|am)? (having)? _? (certification|degree|masters|phd|mba)
es: (tengo|cuento|llevo|con) (con)? (mas)? (de)? (#|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) (anos|ano)
es: (tengo|cuento) (con)? (la|el|una|un) (certificacion|titulo|maestria|master|licenciatura|doctorado|experiencia)
pt: (tenho|com|ha) (mais)? (de)? (#|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) (anos|ano)
fr: (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans (d'experience|de|dans|en|comme|chez)
fr: depuis (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans
de: (#|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig) (jahre|jahren) _? (erfahrung|lang|bei|im|in|als)
de: (mit|seit) (uber|mehr)? (als)? (#|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig) (jahren|jahre|monaten)
`)

// notSelfYears: their years, not the sender's.
var notSelfYears = cuePats(`
en: (on|celebrating|congrats|congratulations|your|their) (#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|yrs)
fr: (pour|vos|tes|vos) (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans
de: (zu|zum|ihren|deinen|ihre|deine) (#|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig) (jahre|jahren|jahrigen)
`)

// selfWeak: a hint of who the sender is that is not enough alone.
var selfWeak = cuePats(`
en: (fellow|alum|alumni|alumna|alumnus)
en: we (met|spoke|talked|chatted|worked|studied|both|sat|overlapped|shared|were)
en: (currently|now) (a|an|working|studying|leading|building|based|at|in)
en: (our|my) (company|agency|studio|startup|firm|team|platform|product|tool|app|software|lab|clinic|practice|school|research|thesis|dissertation|role|job|work|background|field|business|shop|project|podcast|newsletter|phd|masters|degree|course|program|programme|experience|colleagues|students|class|department)
en: my (cv|resume|portfolio|reel)
es: (ambos|ambas) _
es: (los|las) dos (estuvimos|trabajamos|estudiamos|pasamos|fuimos|somos)
es: (nuestro|nuestra) (curso|webinar|producto|software|plataforma|servicio|equipo|empresa)
es: (mi|nuestro|nuestra) (empresa|startup|agencia|equipo|tesis|investigacion|portafolio|portfolio)
pt: (os|as) (dois|duas) _
pt: (ambos|ambas) _
pt: (nosso|nossa|meu|minha) (curso|produto|software|plataforma|servico|equipe|empresa|time|portfolio|tese|pesquisa)
fr: (tous|toutes) les (deux|trois)
fr: (notre|nos|mon|ma|mes) (logiciel|plateforme|formation|services|offre|equipe|entreprise|cabinet|agence|these|portfolio|recherche|startup|projet)
de: wir (haben|hatten|waren|sind) (beide|uns)
de: (unser|unsere|unseres|mein|meine|meinen) (kurs|tool|software|plattform|team|firma|agentur|dienstleistungen|angebot|unterlagen|masterarbeit|arbeit|projekt|portfolio|startup)
`)

// Words that name someone's job, per language.
const (
	rolesEN = "(engineer|designer|developer|dev|researcher|student|nurse|teacher|analyst|recruiter|consultant|scientist|marketer|lawyer|architect|writer|founder|cofounder|manager|journalist|editor|photographer|pharmacist|physician|chemist|economist|accountant|pm|intern|graduate|grad|chef|pilot|farmer|coach|doctor|midwife|paramedic|librarian|translator|artist|musician|producer|ceo|cto|cfo|coo|vp|director|lead|head|owner|partner|associate|officer|specialist|strategist|planner|auditor|actuary|biologist|geologist|agronomist|physiotherapist|therapist|psychologist|dentist|surgeon|veterinarian|vet|professor|lecturer|tutor|postdoc|candidate|phd|mba|sdr|ae|freelancer|contractor|entrepreneur|investor|broker|agent|buyer|seller|salesperson|rep|representative|trader|banker|advisor|adviser|copywriter|illustrator|animator|filmmaker|programmer|technician|mechanic|electrician|operator|administrator|admin|assistant|coordinator|organizer|organiser|volunteer|ux|ui|qa|sre|devops|backend|frontend|fullstack|data|product|software|hardware|civil|mechanical|chemical|electrical|talent|headhunter|ccio|cio|cmo)"
	rolesES = "(ingeniero|ingeniera|disenador|disenadora|desarrollador|desarrolladora|dev|programador|programadora|analista|periodista|contador|contadora|abogado|abogada|consultor|consultora|estudiante|profe|profesor|profesora|docente|maestro|maestra|medico|medica|enfermero|enfermera|investigador|investigadora|reclutador|reclutadora|gerente|director|directora|jefe|jefa|fundador|fundadora|cofundador|cofundadora|ceo|cto|pm|traductor|traductora|ilustrador|ilustradora|auditor|auditora|economista|arquitecto|arquitecta|tecnico|tecnica|tecnologo|tecnologa|residente|doctorando|doctoranda|becario|becaria|maquetador|maquetadora|fotografo|fotografa|chofer|cocinero|cocinera|vendedor|vendedora|asesor|asesora|agente|coordinador|coordinadora|especialista|emprendedor|emprendedora|freelance|product|ux|qa|data|community|asistente|administrador|administradora|psicologo|psicologa|biologo|biologa|farmaceutico|farmaceutica|nutricionista|odontologo|odontologa|veterinario|veterinaria|agronomo|agronoma|redactor|redactora|editor|editora|productor|productora|escritor|escritora|estratega|comercial|representante|ejecutivo|ejecutiva|socio|socia|responsable|encargado|encargada|practicante|pasante|interno|interna|cientifico|cientifica|contable|administrativo|administrativa|operario|operaria|camarero|camarera|piloto|actor|actriz|musico|musica|artista|head|manager|founder|owner|partner|consultant|analyst|engineer|developer|designer|recruiter|sdr|sales|growth|ops|cfo|coo|cmo|vp|dueno|duena|propietario|propietaria|empresario|empresaria|funcionario|funcionaria|bancario|bancaria|mecanico|mecanica|electricista|carpintero|chef|postdoc|tesista|maestrando|maestranda)"
	rolesPT = "(engenheiro|engenheira|designer|desenvolvedor|desenvolvedora|dev|programador|programadora|analista|jornalista|contador|contadora|advogado|advogada|consultor|consultora|estudante|professor|professora|docente|medico|medica|enfermeiro|enfermeira|pesquisador|pesquisadora|investigador|investigadora|recrutador|recrutadora|gerente|diretor|diretora|coordenador|coordenadora|gestor|gestora|fundador|fundadora|cofundador|cofundadora|ceo|cto|pm|tradutor|tradutora|ilustrador|ilustradora|auditor|auditora|economista|arquiteto|arquiteta|tecnico|tecnica|mestrando|mestranda|doutorando|doutoranda|estagiario|estagiaria|editor|editora|corretor|corretora|representante|vendedor|vendedora|executivo|executiva|cozinheiro|cozinheira|motorista|especialista|empreendedor|empreendedora|freelancer|freela|psicologo|psicologa|biologo|biologa|farmaceutico|farmaceutica|nutricionista|dentista|veterinario|veterinaria|agronomo|agronoma|redator|redatora|escritor|escritora|produtor|produtora|socio|socia|responsavel|assistente|agile|ux|qa|data|product|dono|dona|fotografo|fotografa|cientista|administrador|administradora|bancario|bancaria|operador|operadora|ator|atriz|musico|musica|artista|chef|head|manager|founder|owner|lead|partner|consultant|analyst|engineer|developer|recruiter|sdr|sales|growth|cfo|coo|cmo|vp|empresario|empresaria|funcionario|funcionaria|mecanico|eletricista|confeiteiro|confeiteira|contabilista|piloto|postdoc)"
	rolesFR = "(ingenieur|ingenieure|developpeur|developpeuse|dev|designer|consultant|consultante|directeur|directrice|responsable|juriste|avocat|avocate|pharmacien|pharmacienne|bibliothecaire|illustrateur|illustratrice|photographe|commercial|commerciale|coach|conseiller|conseillere|manager|acheteur|acheteuse|infirmier|infirmiere|analyste|lead|chef|cheffe|doctorant|doctorante|etudiant|etudiante|professeur|professeure|enseignant|enseignante|chercheur|chercheuse|journaliste|fondateur|fondatrice|cofondateur|cofondatrice|entrepreneur|entrepreneuse|recruteur|recruteuse|charge|chargee|daf|drh|dsi|cto|ceo|pdg|comptable|auditeur|auditrice|economiste|architecte|technicien|technicienne|medecin|sociologue|agronome|traducteur|traductrice|redacteur|redactrice|graphiste|product|ux|data|stagiaire|interne|alternant|alternante|freelance|agent|artisan|boulanger|boulangere|motion|controleur|controleuse|gestionnaire|assistant|assistante|coordinateur|coordinatrice|formateur|formatrice|psychologue|kine|kinesitherapeute|veterinaire|notaire|expert|experte|specialiste|associe|associee|titulaire|benevole|pm|po|dpo|rh|cariste|magasinier|infirmier|aide|conseiller|caissier|caissiere|serveur|serveuse|comedien|comedienne|scientifique|dirigeant|dirigeante|gerant|gerante|president|presidente|cadre|salarie|salariee|fonctionnaire|agriculteur|agricultrice|pilote|chauffeur|cuisinier|cuisiniere|vendeur|vendeuse|courtier|courtiere|banquier|banquiere|ouvrier|ouvriere|electricien|plombier|menuisier|prof|instit|lyceen|lyceenne|thesard|thesarde|postdoc|auteur|autrice|ecrivain|ecrivaine|urbaniste|geometre|actuaire|trader|dg|cfo|coo|rssi|head|owner|founder|partner|engineer|developer|analyst|recruiter|sdr|growth|ops|product|owner|operateur|operatrice|educateur|educatrice|orthophoniste|sage|avocats)"
	rolesDE = "(entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|designer|designerin|manager|managerin|leiter|leiterin|student|studentin|doktorand|doktorandin|lehrer|lehrerin|journalist|journalistin|fotograf|fotografin|recruiter|recruiterin|personalberater|personalberaterin|architekt|architektin|analyst|analystin|informatiker|informatikerin|kaufmann|kauffrau|mediengestalter|mediengestalterin|elektroniker|elektronikerin|aktuar|aktuarin|steuerberater|steuerberaterin|finanzberater|finanzberaterin|einkaufer|einkauferin|grunder|grunderin|cto|ceo|cfo|unternehmer|unternehmerin|makler|maklerin|trainer|trainerin|teamleiter|teamleiterin|inhaber|inhaberin|werkstudent|werkstudentin|trainee|associate|projektmanager|projektmanagerin|projektingenieur|projektingenieurin|vertriebsleiter|vertriebsleiterin|scrum|product|ux|data|backend|frontend|embedded|junior|senior|professor|professorin|arzt|arztin|pfleger|pflegerin|apotheker|apothekerin|jurist|juristin|anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|referent|referentin|sachbearbeiter|sachbearbeiterin|controller|controllerin|buchhalter|buchhalterin|ubersetzer|ubersetzerin|texter|texterin|redakteur|redakteurin|wissenschaftler|wissenschaftlerin|forscher|forscherin|koch|kochin|vertriebler|vertrieblerin|personaler|personalerin|hr|fachinformatiker|fachinformatikerin|physiotherapeut|physiotherapeutin|psychologe|psychologin|energieberater|energieberaterin|landschaftsarchitekt|landschaftsarchitektin|interim|freelancer|freiberufler|freiberuflerin|selbststandig|selbststandige|bachelor|master|vertrieb|geschaftsfuhrer|geschaftsfuhrerin|vorstand|mitarbeiter|mitarbeiterin|angestellte|angestellter|azubi|auszubildende|auszubildender|schuler|schulerin|postdoc|dozent|dozentin|erzieher|erzieherin|krankenschwester|zahnarzt|zahnarztin|tierarzt|tierarztin|techniker|technikerin|mechaniker|mechanikerin|elektriker|elektrikerin|handwerker|schreiner|schreinerin|tischler|tischlerin|backer|backerin|landwirt|landwirtin|pilot|pilotin|fahrer|fahrerin|verkaufer|verkauferin|kundenberater|kundenberaterin|bankkaufmann|bankkauffrau|banker|bankerin|consultant|head|lead|director|direktor|direktorin|founder|owner|partner|engineer|developer|analyst|sdr|growth|gastronom|gastronomin|hebamme|physiker|physikerin|chemiker|chemikerin|biologe|biologin|okonom|okonomin|soziologe|soziologin|historiker|historikerin|autor|autorin)"
)

// notIntro: phrases that look like an introduction but are not.
var notIntro = cuePats(`
en: as (a|an) (result|matter|whole|rule|reminder|side|bonus|way|start|first|thank|follow|quick|heads|token|gesture|courtesy|favour|favor|fan|reader|listener|follower|team|company|leader|hiring|founder|ceo|cto|head|director)
en: (i've|ive) been (following|reading|watching|meaning|hoping|wanting|thinking|enjoying|admiring|listening|looking|trying|waiting)
en: (your|their|his|her) @roles
en: (looking|hiring|seeking|searching) (for)? (a|an)? _? @roles
en: (a|an|the|our|my) (exciting|urgent|senior|new)? (role|position|opening) (for|as)
en: for (a|an) _? @roles
en: (hi|hello|hey|dear|respected) (mr|mrs|ms|dr|sir|madam|ma'am)? @roles
en: (you|you've|you're|youre) (just|recently)
es: (tu|su|sus|tus|un|una|el|la|busca|busco|buscamos|buscando|contratar|para|posicion|puesto|vacante|perfil|perfiles|empresa|empresas) @roles
pt: (seu|sua|um|uma|o|a|vaga|vagas|perfil|procura|procuro|busco|procuramos|contratar|para|processo|empresa|empresas) @roles
pt: como @roles ... (voce|vc|voces|sabe|sabem)
de: als @roles ... (wissen|kennen) (sie|du)
fr: (votre|vos|un|une|le|la|les|poste|recrute|cherche|pour|des|aux|d'un|d'une) @roles
fr: (poste|offre|stage|candidature) (de|au|comme) (poste)? (de)? @roles
de: (ihr|ihre|ihren|ein|eine|einen|der|die|den|position|stelle|suche|suchen|fur) @roles
`)

// cuePats reads patterns written one a line. "es: soy _" matches in notes
// in Spanish; "es*: …" is written with Spanish word lists but matches in a
// note in any language, as does a line with no language, which is English.
// "@roles" stands for the word list of that name in the line's language
// (cueWordLists). Blank lines are skipped.
func cuePats(src string) []string {
	var out []string
	for src != "" {
		line := src
		if i := indexByte(src, '\n'); i >= 0 {
			line, src = src[:i], src[i+1:]
		} else {
			src = ""
		}
		if line = trimSpace(line); line == "" {
			continue
		}
		l := "en"
		switch {
		case len(line) > 4 && line[2] == ':' && line[3] == ' ':
			l = line[:2]
		case len(line) > 5 && line[2] == '*' && line[3] == ':' && line[4] == ' ':
			l, line = line[:2], line[5:]
		}
		out = append(out, expandLists(l, line))
	}
	return out
}

// patsJoin concatenates lists of patterns.
func patsJoin(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

// expandLists replaces each @name in the pattern p with the word list of
// that name in the language l. Each list is written once, in
// cueWordLists, rather than in every pattern that uses it: the
// WebAssembly binary carries it once.
func expandLists(l, p string) string {
	for {
		i := indexByte(p, '@')
		if i < 0 {
			return p
		}
		j := i + 1
		for j < len(p) && 'a' <= p[j] && p[j] <= 'z' {
			j++
		}
		list, ok := cueWordLists[l+p[i:j]]
		if !ok {
			panic("rules: no word list " + p[i:j] + " in " + l + " for pattern " + strconvQuote(p))
		}
		p = p[:i] + list + p[j:]
	}
}

// cueWordLists are the word lists patterns name with @, by language:
// "@roles" in a Spanish pattern is rolesES.
var cueWordLists = map[string]string{
	"en@roles": rolesEN, "es@roles": rolesES, "pt@roles": rolesPT, "fr@roles": rolesFR, "de@roles": rolesDE,
	"en@notself": notSelfEN,
	"en@work":    workEN, "es@work": workES, "pt@work": workPT, "fr@work": workFR, "de@work": workDE,
	"en@talk": talkEN, "es@talk": talkES, "pt@talk": talkPT, "fr@talk": talkFR, "de@talk": talkDE,
	"en@event": eventEN, "es@event": eventES, "pt@event": eventPT, "fr@event": eventFR, "de@event": eventDE,
	"en@praise": praiseEN, "es@praise": praiseES, "pt@praise": praisePT, "fr@praise": praiseFR, "de@praise": praiseDE,
	"en@record": recordEN, "es@record": recordES, "pt@record": recordPT, "fr@record": recordFR, "de@record": recordDE,
	"en@attr": attrEN,
}

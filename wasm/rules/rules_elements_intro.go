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
var selfIs = join(
	tag("en", "(i'm|im) _", "i am _", "^ am (a|an|in|at|from|the|currently|working|now|based|part|with|on|also|studying|doing)",
		"(we're|were) (a|an|the|leading|one|based|building|exploring|working|tackling|rolling|launching|developing|migrating|moving|trying|facing|scaling)",
		"we are (a|an|the|leading|one|based|building|exploring|working|tackling|rolling|launching|developing|migrating|moving|trying|facing|scaling)",
		"my (name|name's|names)", "this is N", "(it's|its) N (from|here|at|,)", "as someone (who|working|in|with|from)", "being (a|an) _",
		"i do (data|research|ux|design|marketing|sales|consulting|freelance|contract|pr|hr|it|product|engineering|analytics|ops|growth|recruiting|content|photography|video|training)",
		"after (#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|yrs) (in|at|as|of|with|teaching|working)"),
	tag("es", "soy _", "mi nombre es", "me llamo", "(te|le|les|os) (escribe|saluda|habla) N", "aqui N , (de|del)", "formo parte (de|del)", "somos (un|una|el|la|los|las|especialistas|expertos|lideres|partners)",
		"(estoy|ando|estamos) (buscando|intentando|preparando|terminando|estudiando|trabajando|aprendiendo|cubriendo|escribiendo|haciendo|montando|armando|creando|lanzando|desarrollando|investigando|migrando|pasando|formando|ayudando|ofreciendo|vendiendo|construyendo|organizando|reclutando|contratando|implementando|en)", "vengo (de|del)"),
	tag("pt", "sou _", "chamo me", "me chamo", "meu nome e", "aqui (e|fala) (o|a) N", "quem (fala|escreve) (e|aqui)", "faco parte (do|da|de)", "somos (um|uma|o|a|os|as|especialistas|ex)",
		"estou (a|em|no|na|buscando|procurando|criando|fazendo|migrando|estudando|trabalhando|terminando|preparando|pensando|montando|desenvolvendo|escrevendo|apoiando|recrutando|cursando|aprendendo|lancando|ajudando|oferecendo|vendendo|construindo|organizando)", "(venho|vim) (de|da|do)"),
	tag("fr", "je suis _", "je m'appelle", "moi c'est N", "c'est N (de|chez)", "mon nom est", "en tant que _", "en tant (qu'ingenieur|qu'ingenieure|qu'analyste|qu'architecte|qu'avocat|qu'avocate|qu'enseignant|qu'enseignante|qu'etudiant|qu'etudiante|qu'entrepreneur|qu'entrepreneuse|qu'expert|qu'experte|qu'ancien|qu'ancienne|qu'infirmier|qu'infirmiere|qu'assistant|qu'assistante|qu'acheteur|qu'acheteuse|qu'agent|qu'auditeur|qu'auditrice|qu'economiste|qu'editeur|qu'editrice|qu'ex|qu'independant|qu'independante|qu'artisan|qu'organisateur|qu'organisatrice)", "je viens (aussi|egalement)? (de|du|des)", "je (tiens|gere)",
		"(j'exerce|j'occupe|j'evolue|j'interviens)", "j'ai integre", "nous sommes (un|une|des|le|la|specialises|specialistes|experts|basees|bases|presents)"),
	tag("de", "ich bin _", "^ bin _", "mein name ist", "ich heisse", "hier (ist|schreibt) N", "ich komme (auch|ebenfalls)? (aus|von)",
		"(bin|arbeite|leite|studiere|baue|berate|betreue|entwickle|forsche|unterrichte|verantworte|fuhre|koordiniere|promoviere|begleite|vertrete|verkaufe|gestalte|programmiere|organisiere|unterstutze|betreibe|manage|mache|suche) ich",
		"(arbeiten|bieten|helfen|entwickeln|betreuen|beraten|sind|unterstutzen|begleiten) wir", "wir sind (ein|eine|das|die|der|spezialisiert|seit)"),
)

// notSelf: "I am" that says how the sender feels or what they are doing
// to the reader, not who they are.
var notSelf = join(
	tag("en", "(i'm|im|am|we're|were) "+notSelfEN, "i am "+notSelfEN, "we are "+notSelfEN,
		"(i'm|im|am) (a|an) (big|huge|great|long|longtime)? (time)? (fan|admirer|follower|reader|listener)",
		"(i'm|im|am) (writing|reaching|contacting) (to|because|as|out|with|in|regarding)"),
	tag("es", "no soy", "soy (fan|seguidor|seguidora|admirador|admiradora|sincero|sincera|honesto|honesta|consciente|nuevo|nueva|tu|su|muy)", "soy (una|un|la|el) (gran|fan|admirador|admiradora|seguidor|seguidora|persona|que)",
		"estoy (muy|tan|interesado|interesada|encantado|encantada|seguro|segura|convencido|convencida|disponible|atento|atenta|escribiendote|escribiendole)",
		"estoy (en|a) (contacto|tu|su|sus|tus|disposicion)", "(estoy|estamos) buscando (una|un|perfiles|candidatos|talento|personas|a)"),
	tag("pt", "nao sou", "sou (fa|sua|seu|muito|grande)", "sou (um|uma) (grande|fa|admirador|admiradora|seguidor|seguidora)",
		"estou (disponivel|muito|interessado|interessada|curioso|curiosa|impressionado|impressionada|feliz|encantado|encantada)",
		"estou (a|em) (disposicao|sua|tua|contato)", "estou (recrutando|buscando|procurando) (uma|um|perfis|candidatos|talentos|alguem|pessoas|profissionais)"),
	tag("fr", "je suis (ravi|ravie|heureux|heureuse|curieux|curieuse|certain|certaine|sur|sure|convaincu|convaincue|impressionne|impressionnee|tombe|tombee|vos|votre|ton|ta|tes|interesse|interessee|toujours|disponible|preneur|preneuse|honore|honoree|touche|touchee|persuade|persuadee|sincerement|fan|fier|fiere|desole|desolee|passe|passee|admiratif|admirative|avec|tres|si|vraiment|enchante|enchantee)",
		"je suis (de|en|a) (pres|train|votre|ta|ton)"),
	tag("de", "bin ich (sicher|gespannt|beeindruckt|begeistert|neugierig|interessiert|froh|dankbar|auf|uber|zufallig|sehr|so|total|echt|wirklich|ganz|gestossen|ihnen|dir|schon|offen|erreichbar|uberzeugt)", "mache ich mir", "suche ich (den|kontakt|austausch|einen)",
		"sind wir (uns|nie|noch|beide|sicher)", "ich bin (sicher|gespannt|beeindruckt|begeistert|neugierig|interessiert|froh|dankbar|auf|uber|zufallig|sehr|so|total|echt|wirklich|immer|nie|kein|keine|ganz|fan|gestossen|gerne|gern|ehrlich|mir|ihnen|dir|schon|offen|erreichbar|sprachlos|zuversichtlich|uberzeugt)", "ich bin ein (grosser|fan)"),
)

// notSelfEN are words after "I'm" that say how the sender feels or what
// they are doing, not who they are.
const notSelfEN = "(interested|curious|sure|glad|happy|excited|thrilled|delighted|honoured|honored|impressed|inspired|amazed|reaching|contacting|messaging|hoping|keen|eager|not|so|very|really|grateful|thankful|sorry|following|reading|available|open|confident|certain|convinced|wondering|afraid|asking|here|just|always|looking|humbly|kindly|pleased|fascinated|intrigued|blown|big|huge|your|truly|deeply|still|new|attaching|sending|sharing|connecting|reaching|trying|struggling|planning|hopeful|eager|sure)"

// selfDoes: the sender (or their company) works, leads, studies, sells.
var selfDoes = join(
	tag("en", "(i|we) (work|worked|lead|led|run|ran|manage|managed|teach|taught|study|studied|research|design|build|built|coach|own|founded|cofounded|started|joined|volunteer|organise|organize|organised|organized|write|edit|host|produce|curate|develop|engineer|consult|advise|mentor|recruit|graduated|trained|moved|relocated|switched|specialise|specialize|focus|handle|support|analyse|analyze|code|program|practise|practice|coordinate|sell|farm|nurse|treat|help|provide|supply|offer|represent|install|maintain|head|cover|automate|connect|serve|partner|make|spent|retrained|quit|left|finished|completed|launched|opened|created|wrote)",
		"i (recently|just|currently|also|now) (joined|graduated|started|moved|finished|completed|launched|relocated|switched|became|work|lead|run|study|teach|help|built|founded|opened)",
		"(i've|ive) (been|spent|worked|led|built|run|managed|taught|written|studied|designed|shipped|launched|founded|started|joined|trained|moved|covered|reported|practised|practiced|done|made)",
		"i have (been|spent|worked|led|built|run|managed|taught|written|studied|designed|shipped|launched|founded|started|joined|trained|moved|covered|reported)",
		"(we've|weve) (built|helped|worked|launched|developed|created|made|designed|shipped|grown|served|supported|put)",
		"we have (built|helped|worked|launched|developed|created|made|designed|shipped|grown|served|supported|put)",
		"^ (just|recently) (moved|graduated|started|joined|relocated|finished|launched|switched)", "i (oversee|own|supervise|freelance|contract|consult|drive|look)",
		"(previously|formerly) (at|with|a|an|in|worked|led)", "^ (been|spent|worked|led|built|running|building|leading|working|managing|teaching|studying|moved) (in|at|for|the|a|an|my|over|as|#|two|three|four|five|six|seven|eight|nine|ten)", "(ex|former|formerly) N", "(reaching|writing) (out)? (from|on)", "on behalf of (my|our)", "on behalf of N",
		"i have (a)? (experience|background) (in|with|as)", "my (thesis|dissertation|phd|masters|research|company|startup|agency|firm|studio|lab|clinic|practice|shop|business|career|transition|switch|move|chapter|students|patients|clients)", "my (background|experience|expertise|training|degree|years) (in|as|with|at)",
		"i (got|went|moved|switched|transitioned|pivoted|came) into", "i (also)? (come|came) from", "(just|recently) (moved|relocated|graduated|joined|started) (to|from|here|into|at|in)",
		"(looking|seeking|searching) for (a|an|new|my|the)? _? (job|jobs|role|roles|position|opportunity|opportunities|internship|work|opening|openings) (in|as|at)",
		"^ (spent|built|shipped|led|ran) (#|two|three|four|five|six|seven|eight|nine|ten|a|the|my)"),
	tag("es", "(trabajo|trabaje|trabajamos|laburo|curro|colaboro) (en|como|para|con|de|desde|a|dentro|hace|ahora|actualmente|aqui|aca|junto)",
		"(ahora|hoy|actualmente) (trabajo|hago|estoy|lidero|dirijo|soy|llevo|estudio)", "me dedico a",
		"me (gradue|recibi|licencie|titule|forme|incorpore|uni|sume|mude|especialice|especializo|encargo|ocupo)", "me (muevo|desempeno|desarrollo) (en|como)", "(curso|hice|termine|estoy) (el|la|un|una|mi) (master|maestria|carrera|grado|doctorado|tesis|mba|posgrado|diplomado)",
		"acabo de (terminar|empezar|entrar|unirme|incorporarme|mudarme|graduarme|lanzar|fundar|recibirme|cambiar)", "(ex|antes) (en|de) N", "en nombre de (mi|nuestra|nuestro)", "en nombre de N",
		"(dirijo|lidero|coordino|gestiono|manejo|llevo|monte|funde|cofunde|cree|lance|estudio|estudie|investigo|enseno|asesoro|represento|ayudo|ayudamos|ofrecemos|ofrezco|desarrollamos|acompanamos|creamos|hago|vendo|vendemos|diseno|disenamos|programo|recluto|busco|arme|armamos|construimos|construyo|administro|coordinamos|brindamos|producimos|fabricamos|distribuimos|asesoramos|impartimos|organizo|organizamos) _",
		"(tenemos|tengo) (un|una) _? (curso|software|plataforma|herramienta|app|agencia|empresa|startup|consultora|estudio|tienda|solucion|producto|servicio)",
		"tengo (experiencia|formacion|conocimientos) (en|con|como)", "(nuestro|nuestra|nuestros|nuestras) _ ... (puede|pueden|podria|podrian) (ayudar|ayudarte|ayudarle|reducir|ahorrar)",
		"(le|te|les|os) escribo (de|desde|en) (parte|nombre|mi|nuestra|nuestro)",
		"(desde|en) (mi|nuestro|nuestra) (equipo|empresa|consultora|agencia|startup)",
		"(mi|nuestra|nuestro) (empresa|startup|agencia|consultora|plataforma|software|equipo|estudio|proyecto|tienda|negocio|marca|herramienta) (ayuda|ayudan|desarrolla|ofrece|permite|acompana|trabaja)",
		"(mi|mis) (tesis|doctorado|maestria|master|empresa|startup|agencia|consultora|emprendimiento|negocio|tienda|equipo|area|rol|puesto|carrera|investigacion|alumnos|estudiantes|pacientes|clientes)"),
	tag("pt", "(trabalho|trabalhei|trabalhamos|atuo|atuei|atuamos) (com|na|no|em|como|para|numa|num|ha|desde|nos|nas|ao|junto)",
		"(hoje|agora|atualmente|actualmente) (trabalho|faco|estou|lidero|dirijo|sou|atuo|estudo)",
		"me (formei|graduei|licenciei|especializei|mudei|juntei|dedico)", "(fiz|faco|terminei|conclui|estou) (o|a|meu|minha|um|uma) (mestrado|doutorado|doutoramento|licenciatura|faculdade|tese|estagio|mba|pos)",
		"acabei de (terminar|concluir|entrar|comecar|lancar|fundar|me)", "(encontro|exerco) (me)? (a|funcoes|como)", "(cuido|cuidamos) (de|do|da|dos|das)", "(escrevo|falo) (em|da|do|pela|pelo) (nome)?", "em nome (da|do|de)", "frequento (o|a)",
		"(dirijo|lidero|coordeno|gerencio|fundei|cofundei|criei|lancei|estudo|estudei|pesquiso|ensino|represento|ajudo|ajudamos|oferecemos|ofereco|desenvolvemos|criamos|faco|vendo|vendemos|recruto|busco|procuro|atendemos|construimos|construi|montei|produzo|fabricamos|distribuimos|assessoramos|apoiamos|acompanhamos|organizo|organizamos|divulgando) _",
		"tenho (experiencia|formacao|conhecimento) (com|em|na|no|como)", "(nosso|nossa|nossos|nossas) _ ... (pode|podem|poderia) (ajudar|te|lhe|reduzir|economizar)",
		"(tenho|temos) (um|uma) _? (microcervejaria|empresa|startup|agencia|loja|negocio|consultoria|software|clinica|escritorio|produtora|plataforma|ferramenta|solucao|curso|restaurante|fazenda|estudio|escola|marca|torrefacao)",
		"(nossa|nosso|minha) (empresa|consultora|consultoria|agencia|startup|plataforma|software|produtora|solucao|ferramenta|equipe|escola|loja|clinica|marca) (ajuda|cria|desenvolve|oferece|atende|permite|apoia|acompanha)",
		"(a|o|na|no) N N? (cria|ajuda|ajudamos|desenvolve|oferece|atende|criamos|desenvolvemos|oferecemos)",
		"(minha|meu|meus|minhas) (tese|doutorado|mestrado|empresa|startup|agencia|consultoria|negocio|loja|equipe|time|area|cargo|carreira|pesquisa|alunos|pacientes|clientes|microcervejaria|escritorio|clinica)"),
	tag("fr", "je (travaille|bosse|dirige|gere|pilote|coordonne|forme|recrute|documente|monte|lance|fais|developpe|conseille|enseigne|etudie|prepare|termine|postule|represente|cherche|vends|code|dessine|construis|m'occupe|anime|accompagne|ecris|redige|produis|organise|encadre|manage|coache|realise|fabrique)",
		"(j'accompagne|j'enseigne|j'etudie|j'anime|j'encadre|j'organise|j'ecris)", "j'ai (fait|obtenu|soutenu|commence|demarre|repris) (mes|mon|ma|un|une|le|la|des)",
		"a la tete (de|du|des|d'une|d'un)", "(issu|issue) (du|de)", "je me (reconvertis|lance|forme|specialise|consacre)", "je me suis (reconverti|reconvertie|lance|lancee|installe|installee|specialise|specialisee|forme|formee|oriente|orientee)", "apres (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans", "(ex|anciennement) (chez|de) N",
		"j'ai (fonde|cree|lance|monte|rejoint|travaille|passe|dirige|developpe|construit|quitte|termine|enseigne|ete|bosse|pilote|accompagne|forme)",
		"(nous|on) (accompagnons|aidons|proposons|developpons|offrons|concevons|creons|vendons|fabriquons|intervenons|travaillons|formons|recrutons|lancons|bosse|travaille|construisons|realisons|distribuons|conseillons|migrons|migre)",
		"nous avons ... (accompagne|aide|developpe|cree|lance|construit|forme)", "j'ai (de|une|plusieurs) (l'experience|experience|experiences|ans)",
		"(mon|ma) (reconversion|transition|these|master|doctorat|stage|alternance|startup|entreprise|agence|cabinet|boite|equipe|societe)",
		"(notre|nos) (plateforme|logiciel|cabinet|agence|societe|entreprise|startup|solution|outil|application|app|equipe|studio|offre) (aide|aident|permet|permettent|accompagne|propose|automatise|reduit|simplifie)",
		"(intervient|intervenons) (sur|depuis|aupres)"),
	tag("de", "ich (arbeite|leite|studiere|baue|biete|berate|betreue|entwickle|forsche|unterrichte|lehre|verantworte|manage|fuhre|koordiniere|mache|suche|recherchiere|promoviere|begleite|vertrete|verkaufe|gestalte|programmiere|plane|organisiere|setze|unterstutze|helfe|produziere|schreibe|betreibe|fotografiere|koche|pflege|moderiere|trainiere|coache|vermittle|besetze|rekrutiere)",
		"wir (bieten|helfen|entwickeln|betreuen|unterstutzen|begleiten|beraten|bauen|stehen|arbeiten|produzieren|vertreiben|verkaufen|suchen|besetzen|machen)",
		"wir haben ... (entwickelt|gebaut|gegrundet|aufgebaut|programmiert)",
		"(unsere|unser) (software|plattform|firma|agentur|losung|app|tool|kanzlei|praxis|startup|team|beratung) (hilft|unterstutzt|ermoglicht|automatisiert|senkt|spart|reduziert|bietet|betreut)",
		"^ suche _", "(nach|wahrend|in|mit) (meinem|meiner) (studium|abschluss|bachelor|master|praktikum|referendariat|volontariat|ausbildung|promotion|job|team|firma)",
		"(beschaftige|kummere) (ich)? mich", "wir (bei|von) (der|dem|den)? N", "(zustandig|verantwortlich) (fur|bin)", "(bin|als|im|in|bei) ... (tatig|taetig)", "(fruher|vorher|zuvor) (bei|als|im)", "(habe|hab|bringe) ... (erfahrung|erfahrungen)", "(meine|meiner|meinem|meinen|mein) (masterarbeit|bachelorarbeit|doktorarbeit|dissertation|promotion|abschlussarbeit|firma|agentur|kanzlei|praxis|schreinerei|startup|team|abteilung)", "ich habe (mich)? ... (beworben|studiert|gearbeitet|gegrundet|aufgebaut|gewechselt|promoviert|abgeschlossen)",
		"(betreut|berat|unterstutzt) seit"),
)

// notSelfDoes: verbs of the sender that are about the message, not the
// sender.
var notSelfDoes = join(
	tag("en", "(i've|ive|have) been (following|reading|watching|meaning|hoping|wanting|thinking|enjoying|admiring|listening|looking|trying|waiting|wondering|curious|impressed|inspired)", "(i|we) (help|support|offer|work) (you|your)", "(i|we) (work|worked) (with|for)? you", "i (write|wrote) (to|you)"),
	tag("en", "(work|working) in the same", "(don't|dont|not) (work|study) (in|at|with)"),
	tag("es", "(trabajo|trabajamos|estoy) en (el|la|los|las) (mismo|misma|mismos|mismas)", "no (trabajo|soy|estudio)", "trabajo en (tu|su) (area|sector|campo|empresa)", "(tu|su|el|este|ese|buen|gran|excelente|increible|mi) trabajo", "(tu|su|el|un|este|mi) estudio", "(le|te|les|os) escribo (porque|para)",
		"(hago|tengo) una (pregunta|consulta)", "(busco|buscamos) (tu|su|consejo|mentor|un)"),
	tag("pt", "(trabalho|trabalhamos|estou) (no|na|nos|nas) (mesmo|mesma|mesmos|mesmas)", "nao (trabalho|sou|estudo)", "(seu|sua|teu|tua|o|este|esse|bom|otimo|excelente|meu) trabalho", "tenho (uma|duas|algumas) (pergunta|perguntas|duvida|duvidas)",
		"(busco|procuro) (mentoria|conselho|um|sua|seu)", "tenho (muito|interesse)"),
	tag("fr", "travaille (dans|sur) (le|la|les) (meme|memes)", "ne (travaille|suis|bosse) pas", "je (cherche|fais) (a|un|des|vos)", "je (ecris|ecrivais) (pour|a|vous)", "je (termine|prepare) (par|ce|cette)"),
	tag("de", "arbeite (in|im) (der|dem)? (gleichen|selben|gleiche)", "(arbeite|bin) nicht", "ich (schreibe|habe) (ihnen|dir|euch|sie)", "ich (suche|mache) (den|ihren|deinen|mir|kontakt|austausch|einen)"),
)

// selfRole: a role named as the sender's own: "Rust developer at a Berlin
// startup here", "Ingénieur agronome en Bretagne, …", "Als UX-Designerin bei
// Zalando …", "consultante chez Hays Genève".
var selfRole = join(
	tag("en", rolesEN+" (here|at|from|in|with|for|of|based|by|turned|who|,)", "(our|my) (team|company|agency|studio|startup|firm|lab|clinic) (at|in|is|are|builds|makes|helps|just|has|and)", "^ (a|an)? "+rolesEN, "as (a|an|the) _",
		"(former|ex|retired|aspiring|junior|senior|lead|freelance|independent|certified|fellow) "+rolesEN,
		"(graduate|graduated|alumnus|alumna|fresher|student) (of|from|at|in)"),
	tag("es", "^ "+rolesES, rolesES+" (en|de|del|para|junior|senior|freelance|independiente|,)",
		"(egresado|egresada|graduado|graduada|licenciado|licenciada|recibido|recibida|titulado|titulada|exalumno|exalumna) (de|en|por|del)",
		"(recien|reciente) (egresado|egresada|graduado|graduada|licenciado|licenciada)"),
	tag("pt", "^ "+rolesPT, rolesPT+" (em|na|no|da|do|de|numa|num|junior|senior|freelancer|freela|,)",
		"(formado|formada|graduado|graduada|licenciado|licenciada|mestre|doutor|doutora) (em|pela|pelo|na|no)", "recem (formado|formada|licenciado|licenciada)"),
	tag("fr", "^ "+rolesFR, rolesFR+" (a|chez|dans|en|au|aux|de|du|pour|independant|independante|junior|senior|freelance|depuis|ici|,)",
		"(diplome|diplomee|titulaire) (de|en|du|d'un|d'une)", "(ex|ancien|ancienne) "+rolesFR, "(aujourd'hui|maintenant|desormais|actuellement) "+rolesFR,
		"(ancien|ancienne|anciens|anciennes) (de|du|eleve|eleves)"),
	tag("de", "^ "+rolesDE, rolesDE+" (bei|in|im|an|am|aus|der|fur|beim|von|,)", "^ als N", "als _ (bei|in|im|an|am|der|fur|beim|mit|seit)", "(ehemaliger|ehemalige|gelernter|gelernte|studierter|studierte) N"),
)

// selfYears: years of experience, a qualification.
var selfYears = join(
	tag("en", "(#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|yrs|year) (of|in|at|as|with|experience|exp)",
		"(i|i've|ive|with) (have|am)? (having)? _? (certification|degree|masters|phd|mba)"),
	tag("es", "(tengo|cuento|llevo|con) (con)? (mas)? (de)? (#|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) (anos|ano)",
		"(tengo|cuento) (con)? (la|el|una|un) (certificacion|titulo|maestria|master|licenciatura|doctorado|experiencia)"),
	tag("pt", "(tenho|com|ha) (mais)? (de)? (#|dois|duas|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) (anos|ano)"),
	tag("fr", "(#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans (d'experience|de|dans|en|comme|chez)",
		"depuis (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans"),
	tag("de", "(#|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig) (jahre|jahren) _? (erfahrung|lang|bei|im|in|als)",
		"(mit|seit) (uber|mehr)? (als)? (#|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig) (jahren|jahre|monaten)"),
)

// notSelfYears: their years, not the sender's.
var notSelfYears = join(
	tag("en", "(on|celebrating|congrats|congratulations|your|their) (#|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty) (years|yrs)"),
	tag("es", "(por|sus|tus|celebrar) (#|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte) (anos|ano)"),
	tag("pt", "(pelos|seus|teus|celebrar) (#|dois|tres|quatro|cinco|seis|sete|oito|nove|dez|quinze|vinte) (anos|ano)"),
	tag("fr", "(pour|vos|tes|vos) (#|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quinze|vingt) ans"),
	tag("de", "(zu|zum|ihren|deinen|ihre|deine) (#|zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|zwolf|funfzehn|zwanzig) (jahre|jahren|jahrigen)"),
)

// selfWeak: a hint of who the sender is that is not enough alone.
var selfWeak = join(
	tag("en", "(fellow|alum|alumni|alumna|alumnus)", "we (met|spoke|talked|chatted|worked|studied|both|sat|overlapped|shared|were)",
		"(currently|now) (a|an|working|studying|leading|building|based|at|in)",
		"(our|my) (company|agency|studio|startup|firm|team|platform|product|tool|app|software|lab|clinic|practice|school|research|thesis|dissertation|role|job|work|background|field|business|shop|project|podcast|newsletter|phd|masters|degree|course|program|programme|experience|colleagues|students|class|department)",
		"my (cv|resume|portfolio|reel)"),
	tag("es", "(ambos|ambas) _", "(los|las) dos (estuvimos|trabajamos|estudiamos|pasamos|fuimos|somos)",
		"(nuestro|nuestra) (curso|webinar|producto|software|plataforma|servicio|equipo|empresa)",
		"(mi|nuestro|nuestra) (empresa|startup|agencia|equipo|tesis|investigacion|portafolio|portfolio)"),
	tag("pt", "(os|as) (dois|duas) _", "(ambos|ambas) _", "(nosso|nossa|meu|minha) (curso|produto|software|plataforma|servico|equipe|empresa|time|portfolio|tese|pesquisa)"),
	tag("fr", "(tous|toutes) les (deux|trois)", "(notre|nos|mon|ma|mes) (logiciel|plateforme|formation|services|offre|equipe|entreprise|cabinet|agence|these|portfolio|recherche|startup|projet)"),
	tag("de", "wir (haben|hatten|waren|sind) (beide|uns)", "(unser|unsere|unseres|mein|meine|meinen) (kurs|tool|software|plattform|team|firma|agentur|dienstleistungen|angebot|unterlagen|masterarbeit|arbeit|projekt|portfolio|startup)"),
)

// Words that name someone's job, per language.
const (
	rolesEN = "(engineer|designer|developer|dev|researcher|student|nurse|teacher|analyst|recruiter|consultant|scientist|marketer|lawyer|architect|writer|founder|cofounder|manager|journalist|editor|photographer|pharmacist|physician|chemist|economist|accountant|pm|intern|graduate|grad|chef|pilot|farmer|coach|doctor|midwife|paramedic|librarian|translator|artist|musician|producer|ceo|cto|cfo|coo|vp|director|lead|head|owner|partner|associate|officer|specialist|strategist|planner|auditor|actuary|biologist|geologist|agronomist|physiotherapist|therapist|psychologist|dentist|surgeon|veterinarian|vet|professor|lecturer|tutor|postdoc|candidate|phd|mba|sdr|ae|freelancer|contractor|entrepreneur|investor|broker|agent|buyer|seller|salesperson|rep|representative|trader|banker|advisor|adviser|copywriter|illustrator|animator|filmmaker|programmer|technician|mechanic|electrician|operator|administrator|admin|assistant|coordinator|organizer|organiser|volunteer|ux|ui|cs|hr|qa|sre|devops|backend|frontend|fullstack|data|product|software|hardware|civil|mechanical|chemical|electrical|talent|headhunter|ccio|cio|cmo)"
	rolesES = "(ingeniero|ingeniera|disenador|disenadora|desarrollador|desarrolladora|dev|programador|programadora|analista|periodista|contador|contadora|abogado|abogada|consultor|consultora|estudiante|profe|profesor|profesora|docente|maestro|maestra|medico|medica|enfermero|enfermera|investigador|investigadora|reclutador|reclutadora|gerente|director|directora|jefe|jefa|fundador|fundadora|cofundador|cofundadora|ceo|cto|pm|traductor|traductora|ilustrador|ilustradora|auditor|auditora|economista|arquitecto|arquitecta|tecnico|tecnica|tecnologo|tecnologa|residente|doctorando|doctoranda|becario|becaria|maquetador|maquetadora|fotografo|fotografa|chofer|cocinero|cocinera|vendedor|vendedora|asesor|asesora|agente|coordinador|coordinadora|especialista|emprendedor|emprendedora|freelance|product|ux|qa|data|community|asistente|administrador|administradora|psicologo|psicologa|biologo|biologa|farmaceutico|farmaceutica|nutricionista|odontologo|odontologa|veterinario|veterinaria|agronomo|agronoma|redactor|redactora|editor|editora|productor|productora|escritor|escritora|estratega|comercial|representante|ejecutivo|ejecutiva|socio|socia|responsable|encargado|encargada|practicante|pasante|interno|interna|cientifico|cientifica|contable|administrativo|administrativa|operario|operaria|camarero|camarera|piloto|actor|actriz|musico|musica|artista|head|manager|founder|owner|partner|consultant|analyst|engineer|developer|designer|recruiter|sdr|sales|growth|ops|cfo|coo|cmo|vp|dueno|duena|propietario|propietaria|empresario|empresaria|funcionario|funcionaria|bancario|bancaria|mecanico|mecanica|electricista|carpintero|chef|postdoc|tesista|maestrando|maestranda)"
	rolesPT = "(engenheiro|engenheira|designer|desenvolvedor|desenvolvedora|dev|programador|programadora|analista|jornalista|contador|contadora|advogado|advogada|consultor|consultora|estudante|professor|professora|docente|medico|medica|enfermeiro|enfermeira|pesquisador|pesquisadora|investigador|investigadora|recrutador|recrutadora|gerente|diretor|diretora|coordenador|coordenadora|gestor|gestora|fundador|fundadora|cofundador|cofundadora|ceo|cto|pm|tradutor|tradutora|ilustrador|ilustradora|auditor|auditora|economista|arquiteto|arquiteta|tecnico|tecnica|mestrando|mestranda|doutorando|doutoranda|estagiario|estagiaria|editor|editora|corretor|corretora|representante|vendedor|vendedora|executivo|executiva|cozinheiro|cozinheira|motorista|especialista|empreendedor|empreendedora|freelancer|freela|psicologo|psicologa|biologo|biologa|farmaceutico|farmaceutica|nutricionista|dentista|veterinario|veterinaria|agronomo|agronoma|redator|redatora|escritor|escritora|produtor|produtora|socio|socia|responsavel|assistente|agile|ux|qa|data|product|dono|dona|fotografo|fotografa|cientista|administrador|administradora|bancario|bancaria|operador|operadora|ator|atriz|musico|musica|artista|chef|head|manager|founder|owner|lead|partner|consultant|analyst|engineer|developer|recruiter|sdr|sales|growth|cfo|coo|cmo|vp|empresario|empresaria|funcionario|funcionaria|mecanico|eletricista|confeiteiro|confeiteira|contabilista|piloto|postdoc)"
	rolesFR = "(ingenieur|ingenieure|developpeur|developpeuse|dev|designer|consultant|consultante|directeur|directrice|responsable|juriste|avocat|avocate|pharmacien|pharmacienne|bibliothecaire|illustrateur|illustratrice|photographe|commercial|commerciale|coach|conseiller|conseillere|manager|acheteur|acheteuse|infirmier|infirmiere|analyste|lead|chef|cheffe|doctorant|doctorante|etudiant|etudiante|professeur|professeure|enseignant|enseignante|chercheur|chercheuse|journaliste|fondateur|fondatrice|cofondateur|cofondatrice|entrepreneur|entrepreneuse|recruteur|recruteuse|charge|chargee|daf|drh|dsi|cto|ceo|pdg|comptable|auditeur|auditrice|economiste|architecte|technicien|technicienne|medecin|sociologue|agronome|traducteur|traductrice|redacteur|redactrice|graphiste|product|ux|data|stagiaire|interne|alternant|alternante|freelance|agent|artisan|boulanger|boulangere|motion|controleur|controleuse|gestionnaire|assistant|assistante|coordinateur|coordinatrice|formateur|formatrice|psychologue|kine|kinesitherapeute|veterinaire|notaire|expert|experte|specialiste|associe|associee|titulaire|benevole|scientifique|dirigeant|dirigeante|gerant|gerante|president|presidente|cadre|salarie|salariee|fonctionnaire|agriculteur|agricultrice|pilote|chauffeur|cuisinier|cuisiniere|vendeur|vendeuse|courtier|courtiere|banquier|banquiere|ouvrier|ouvriere|electricien|plombier|menuisier|prof|instit|lyceen|lyceenne|thesard|thesarde|postdoc|auteur|autrice|ecrivain|ecrivaine|urbaniste|geometre|actuaire|trader|dg|cfo|coo|rssi|head|owner|founder|partner|engineer|developer|analyst|recruiter|sdr|growth|ops|product|owner|operateur|operatrice|educateur|educatrice|orthophoniste|sage|avocats)"
	rolesDE = "(entwickler|entwicklerin|ingenieur|ingenieurin|berater|beraterin|designer|designerin|manager|managerin|leiter|leiterin|student|studentin|doktorand|doktorandin|lehrer|lehrerin|journalist|journalistin|fotograf|fotografin|recruiter|recruiterin|personalberater|personalberaterin|architekt|architektin|analyst|analystin|informatiker|informatikerin|kaufmann|kauffrau|mediengestalter|mediengestalterin|elektroniker|elektronikerin|aktuar|aktuarin|steuerberater|steuerberaterin|finanzberater|finanzberaterin|einkaufer|einkauferin|grunder|grunderin|cto|ceo|cfo|unternehmer|unternehmerin|makler|maklerin|trainer|trainerin|teamleiter|teamleiterin|inhaber|inhaberin|werkstudent|werkstudentin|trainee|associate|projektmanager|projektmanagerin|projektingenieur|projektingenieurin|vertriebsleiter|vertriebsleiterin|scrum|product|ux|data|backend|frontend|embedded|junior|senior|professor|professorin|arzt|arztin|pfleger|pflegerin|apotheker|apothekerin|jurist|juristin|anwalt|anwaltin|rechtsanwalt|rechtsanwaltin|referent|referentin|sachbearbeiter|sachbearbeiterin|controller|controllerin|buchhalter|buchhalterin|ubersetzer|ubersetzerin|texter|texterin|redakteur|redakteurin|wissenschaftler|wissenschaftlerin|forscher|forscherin|koch|kochin|vertriebler|vertrieblerin|personaler|personalerin|hr|fachinformatiker|fachinformatikerin|physiotherapeut|physiotherapeutin|psychologe|psychologin|energieberater|energieberaterin|landschaftsarchitekt|landschaftsarchitektin|interim|freelancer|freiberufler|freiberuflerin|selbststandig|selbststandige|bachelor|master|vertrieb|geschaftsfuhrer|geschaftsfuhrerin|vorstand|mitarbeiter|mitarbeiterin|angestellte|angestellter|azubi|auszubildende|auszubildender|schuler|schulerin|postdoc|dozent|dozentin|erzieher|erzieherin|krankenschwester|zahnarzt|zahnarztin|tierarzt|tierarztin|techniker|technikerin|mechaniker|mechanikerin|elektriker|elektrikerin|handwerker|schreiner|schreinerin|tischler|tischlerin|backer|backerin|landwirt|landwirtin|pilot|pilotin|fahrer|fahrerin|verkaufer|verkauferin|kundenberater|kundenberaterin|bankkaufmann|bankkauffrau|banker|bankerin|consultant|head|lead|director|direktor|direktorin|founder|owner|partner|engineer|developer|analyst|sdr|growth|gastronom|gastronomin|hebamme|physiker|physikerin|chemiker|chemikerin|biologe|biologin|okonom|okonomin|soziologe|soziologin|historiker|historikerin|autor|autorin)"
)

// notIntro: phrases that look like an introduction but are not.
var notIntro = join(
	tag("en", "as (a|an) (result|matter|whole|rule|reminder|side|bonus|way|start|first|thank|follow|quick|heads|token|gesture|courtesy|favour|favor|fan|reader|listener|follower|team|company|leader|hiring|founder|ceo|cto|head|director)",
		"(i've|ive) been (following|reading|watching|meaning|hoping|wanting|thinking|enjoying|admiring|listening|looking|trying|waiting)",
		"(i'm|im|am) (on|in|at|with|from) (your|the)? (page|profile|linkedin|feed|list|way)",
		"(your|their|his|her) "+rolesEN, "(a|an|the|our|my) (exciting|urgent|senior|new)? (role|position|opening) (for|as)", "for (a|an) _? "+rolesEN,
		"(hi|hello|hey|dear|respected) (mr|mrs|ms|dr|sir|madam|ma'am)? "+rolesEN, "(you|you've|you're|youre) (just|recently)"),
	tag("es", "(tu|su|sus|tus|un|una|el|la|busca|buscamos|buscando|para|posicion|puesto|vacante|perfil|perfiles|empresa|empresas) "+rolesES),
	tag("pt", "(seu|sua|um|uma|o|a|vaga|vagas|perfil|procura|procuramos|para|processo|empresa|empresas) "+rolesPT),
	tag("fr", "(votre|vos|un|une|le|la|les|poste|recrute|cherche|pour|des|aux|d'un|d'une) "+rolesFR),
	tag("de", "(ihr|ihre|ihren|ein|eine|einen|der|die|den|position|stelle|suchen|fur) "+rolesDE, "als (nachstes|erstes|letztes|ich|wir|sie|du|er|es)"),
)

// tag writes each pattern in the language l: tag("es", "soy _") holds
// "es: soy _".
func tag(l string, pats ...string) []string {
	out := make([]string, len(pats))
	for i, p := range pats {
		out[i] = l + ": " + p
	}
	return out
}

// join concatenates lists of patterns.
func join(lists ...[]string) []string {
	var out []string
	for _, l := range lists {
		out = append(out, l...)
	}
	return out
}

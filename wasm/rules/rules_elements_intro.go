package rules

// Cues that the sender says who they are, for no-introduction. An
// introduction is a role, a field, an employer, what the sender or their
// company does, or a name with context: "I'm a nurse in Leeds", "soy
// diseñadora UX en Bilbao", "we built a dashboard for agencies", "a gente
// criou…", "nous accompagnons…", "Développeuse front à Nantes, …", "als
// UX-Designerin bei Zalando". Being impressed, interested or writing to
// someone says nothing about who one is.

// introCues weigh towards an introduction; two make one.
var introCues = []cue{
	// "I am" followed by something about the sender, not a feeling.
	{W: 2, Match: cuePats(`
(i'm|im|soy|sou|suis|bin|estoy|estou|estamos|we're|somos|sommes|chamo|llamo|heisse|m'appelle) _
i am _
we are _
en: ^ am _
(name|nombre|nome|nom) (is|es|e|est|ist)
`), Except: cuePats(`
(not|no|nao|pas|nicht|kein*|so|very|really|truly|just|muy|tan|muito|tres|sehr|ganz|super|interest*|curio*|curieu*|neugierig|sure|seguro|segura|certain*|sicher|glad|happy|feliz|heureu*|froh|excit*|thrill*|delight*|honou*|honor*|honr*|impress*|inspir*|amaz*|encantad*|enchant*|ravi|ravie|beeindruckt|begeistert|gespannt|dankbar|grateful|thankful|agradecid*|sorry|desol*|afraid|hoping|keen|eager|convinc*|convencid*|convaincu*|uberzeugt|following|reading|looking|wondering|asking|trying|attaching|sending|sharing|connecting|available|disponible|disponivel|verfugbar|erreichbar|open|abiert*|abert*|ouvert*|offen|fan|fa|your|tu|su|seu|sua|vos|votre|ton|ta|tes|ihr*|dein*|tombe*|gestossen|auf|uber|always|still|toujours|immer|never|nunca|jamais|nie|both|ambos|beide|all|tous|hiring|contratando|recrutando|gerne|gern|vous|te|le|dir|ihnen|sie|dich|sure|pretty)
(a|an|un|una|um|uma|une|ein|eine) _? (fan|admir*|follower|seguidor*|fa|bewunderer*)
(writing|reaching|contacting|messaging|escribiendo|escrevendo|escribo|escrevo) (to|out|you|because|as|te|le|lhe|para|porque|vous|ihnen|dir|in|regarding|with)
`)},

	// The sender or their company works, leads, builds, helps, sells.
	{W: 2, Match: cuePats(`
(i|we|je|nous|ich|wir|gente|yo|eu) (also|currently|now|just|recently|mainly|mostly|aussi|auch|ebenfalls|actuellement|gerade|derzeit)? @do
fr: on @do
(i've|ive|we've|weve) (been)? (built|work*|spent|led|run|manag*|taught|help*|launch*|found*|develop*|creat*|design*|ship*|grown|serv*|support*|train*|coach*|studi*|build*|lead*|teach*|research*)
(trabajo|trabaje|trabajamos|laburo|curro|dirijo|lidero|lideramos|coordino|gestiono|llevo|monte|funde|cofunde|fundamos|lance|lanzamos|estudie|investigo|enseno|asesoro|asesoramos|represento|ayudo|ayudamos|ofrecemos|ofrezco|desarrollamos|acompanamos|creamos|hago|hacemos|vendemos|disenamos|programo|recluto|arme|armamos|construimos|administro|brindamos|producimos|fabricamos|distribuimos|impartimos|organizo|organizamos|exportamos|vengo|colaboro|dirigimos|llevamos|trabalho|trabalhei|trabalhamos|atuo|atuei|atuamos|coordeno|gerencio|fundei|cofundei|criei|criamos|lancei|lancamos|estudo|estudei|pesquiso|ensino|ajudo|ajudamos|oferecemos|ofereco|desenvolvemos|desenvolvo|faco|fazemos|recruto|atendemos|construi|montei|produzo|assessoramos|apoiamos|acompanhamos|cuido|cuidamos|venho)
me (dedico|especializo|gradue|recibi|licencie|forme|formei|graduei|especializei|mude|mudei|incorpore)
(j'accompagn*|j'aide|j'enseign*|j'anime|j'encadre|j'organise|j'interviens|j'exerce|j'occupe|j'evolue|j'ai) @do
(haben|habe|hab|avons|ai) (wir|ich)? ... (studiert|promoviert|absolviert|gearbeitet|entwickelt|gebaut|gegrundet|aufgebaut|halbiert|begleitet|beraten|geholfen|accompagne|aide|developpe|cree|lance|construit|forme|fonde|concu|monte)
(arbeite|leite|studiere|berate|betreue|entwickle|forsche|unterrichte|verantworte|koordiniere|mache|begleite|vertrete|biete|bieten|helfen|entwickeln|betreiben) (ich|wir)
@mine @org
@mine (background|experience|experiencia|erfahrung|formacion|formacao|formation|expertise) (in|en|em|na|no|dans|im|as|como|comme|als|with|con|com|avec|mit)
(tengo|tenho|have|having|j'ai|habe|hab|with|con|com|avec|mit|bringe) _? (experience|experiencia|erfahrung|experiences) (in|with|en|con|com|em|na|no|dans|avec|mit|im|de)
(tenemos|temos|tengo|tenho|have|avons|haben) (un|una|um|uma|a|an|une|ein|eine) _? @org
(greetings|saludos|cumprimentos|grusse) (from|de|desde|aus|da|do) N
(got|went|moved|switched|transitioned|pivoted|came|getting|moving|switching) into
(just|recently) (moved|relocated|graduated)
(promo|promocion|generacion|class|turma|jahrgang|batch) (of|de|da)? #
(alum|alumni|alumna|alumnus|graduate|egresad*|graduad*|formad*|diplome*|absolvent*|licenciad*|exalumn*)
(aujourd'hui|now|hoy|hoje|heute|inzwischen|currently|actualmente|atualmente|actuellement|maintenant|jetzt|desormais|today|ahora|agora) @role
de: (wir|ich) (stehen|sind|bin|war|waren) bei (der|dem)? N
de (parte|part) (de|del|of)
formo parte
(as|als|como|comme|tant) (a|an|un|una|um|uma|une|ein|eine|que)? _? @role
(former|ex|retired|aspiring|fellow|ancien|ancienne|antiguo|antigua|ehemalige*) @role
^ @role _? (at|a|chez|en|em|na|no|bei|in|im|de|du|da|do|des|del|dans|depuis|ici|aqui|here|hier|for|para|pour|fur|with|con|com|avec|mit|von|from|d'un|d'une|independant*|freelance|junior|senior|,)
@role ... (here|aqui|ici)
@role _? (at|chez|bei|en|em|na|no|a|in|im|para|pour|fur|dans|depuis)
@num (years|year|yrs|anos|ano|ans|jahre|jahren) (of|in|at|as|experience|exp|de|d'experience|en|em|na|no|como|comme|chez|bei|im|als|erfahrung|dans|with|con|com|avec|mit|teaching|working|on)
(this|it's|its) (is)? N (from|here|at|de|da|do)
`), Except: cuePats(`
(tu|su|el|mi|un|este|ese|buen|gran|del|al|seu|sua|o|um|meu|teu|bom|do|no|ao|nuestro|nosso|de|en|em|sin|sem|mucho|muito|otro|outro|cuyo) (trabajo|trabalho|estudio|estudo|ensino|cuido)
(on|your|celebrating|congrat*|por|pelos|pour|zu|zum|ihre*|deine*|vos|tes|tus|sus|seus|suas) @num
(i|we) (work*|stud*) (with|for)? you
(trabajo|trabalho|work) (en|no|in) (el|o|the)? (mismo|mesmo|same)
(you|vous|sie|du|voce|vc|usted|tu|they|he|she|you're|youre) _? @role
(you|you've|you're|he|she|they|vc|voce) (just|recently)
(never|nunca|jamais|nie|not|no|nao|pas|nicht) ... (work*|trabaj*|trabalh*|travaill*|arbeit*)
(hiring|for|seeking|looking|busc*|procur*|cherch*|such*|position|role|vaga|vacante|poste|stelle|your|tu|su|seu|sua|votre|ihr*|dein*|our|client) (a|an|un|una|um|uma|une|ein|eine)? _? _? @role
`)},

	// Hints of who the sender is, not enough alone: an alumna, a CV.
	{W: 1, Match: cuePats(`
@mine (team|equipo|equipe|equipa|time)
(my|mi|meu|minha|mon|ma|mein*) (cv|resume|reel|lebenslauf|curriculum|curriculo|unterlagen|hoja|profile|perfil|profil|background|experience|experiencia|erfahrung)
`)},
}

// Words for what the sender does, after I, we, je, ich: work, lead, build,
// help, sell; travaille, accompagne; arbeite, entwickle.
const doW = "(work|works|worked|lead|leads|led|run|runs|ran|manage*|teach*|taught|build*|built|help|helps|helped|sell|sells|sold|recruit*|maintain*|design*|develop*|research*|study|studied|own|owns|founded|cofounded|launched|coach*|train*|advise*|consult*|organi*|speciali*|focus*|provid*|offer*|make|creat*|supply|supplied|automat*|edit*|produc*|host*|handl*|cover*|support*|represent*|operat*|spent|joined|graduated|moved|switched|retrain*|freelanc*|volunteer*|partner*|serve|install*|oversee|head|mentor*|code|analy*|translat*|photograph*|travaill*|bosse|dirig*|gere|gerons|pilot*|coordonn*|document*|mont*|lanc*|developp*|conseill*|enseign*|etudi*|vend*|accompagn*|aid*|propos*|offr*|concev*|cre*|fabriqu*|interv*|construis*|realis*|distribu*|anim*|encadr*|m'occupe|prepar*|termin*|form*|arbeit*|leit*|studier*|bau*|biet*|berat*|betreu*|entwick*|forsch*|unterricht*|lehr*|verantwort*|fuhr*|koordinier*|mach*|promovier*|begleit*|vertret*|verkauf*|gestalt*|programmier*|unterstutz*|helf*|produzier*|betreib*|pfleg*|moderier*|vermittl*|besetz*|rekrutier*|recherchier*|criou|cria|fez|faz|ajuda|ajudou|trabalha|lancou|desenvolveu|construiu|atende|montou|trabajo|dirijo|fais|faisons)"

// What a sender's company or work is called: our agency, mi empresa,
// notre cabinet, unsere Software, my thesis.
const orgW = "(company|startup|start|agency|studio|firm|lab|clinic|practice|consultancy|shop|business|platform|product|software|tool|app|school|empresa|agencia|consultor*|estudio|plataforma|herramienta|ferramenta|producto|produto|servicio*|servico*|curso|tienda|loja|clinica|escritorio|negocio|produtora|reconversion|transition|reconversao|transicion|umschulung|societe|entreprise|agence|cabinet|boite|plateforme|logiciel|outil|offre|firma|agentur|kanzlei|praxis|unternehmen|plattform|losung|solution*|solucion*|solucao|solucoes|dienstleistung*|thesis|tesis|tese|these|dissertation|research|investigacion|pesquisa|masterarbeit|doktorarbeit|phd|doctorado|doutorado|students|alumnos|alunos|clients|clientes|kunden|patients|pacientes|portfolio|portafolio|cases|casos|codebase|services)"

package rules

// The sales-pitch rule's cues are word classes, not sentences: who sells (a
// seller, a recruiter), what is offered (our product, a demo, a deck, a free
// trial), what is promised (a result, a number), what is asked (a call,
// their interest). A sentence pitches when the classes it holds, with what
// the note says about the sender, weigh pitchThreshold. A question about the
// reader's own work or a talk of theirs, asking them for someone else, or a
// job seeker's note weigh against.
//
// One pattern serves every modelled language: words are folded (no accents,
// lower case, a hyphen is a space), alternatives mix languages freely, and
// word* stands for a word's inflections. Classes used in several patterns are
// constants, joined when the package is compiled.

const pitchThreshold = 3

// Word classes shared by the two rules' cues.
const (
	ourW         = "(our|nuestr*|noss*|notre|nos|unser*)"
	myW          = "(my|mi|mis|meu|meus|minha|mon|ma|mes|mein*)"
	yourW        = "(your|ur|tu|su|seu|sua|teu|tua|vuestr*|votre|ton|ta|vos|ihr*|euer|eure*|dein*)"
	as           = "a|an|un|una|um|uma|une|ein|eine|einen"
	aW           = "(" + as + ")"
	youW         = "(you|te|le|lhe|lho|vous|ihnen|dir|euch)"
	forW         = "(for|para|pour|fur|pra)"
	recW         = "(recruiter*|headhunt*|recruteu*|reclutador*|recrutador*|personalberat*)"
	offeredRoleW = "(role*|position*|posicion*|opportunit*|oportunida*|opening*|vacante*|vaga|vagas|poste|postes|stelle*|mandate*|requirement*)"
	agencies     = "agenc*|studio|cabinet|consult*|agentur|beratung"
	agencyW      = "(" + agencies + ")"
	firmW        = "(" + agencies + "|firm|company|business|startup|empresa|entreprise|firma|societe|unternehmen|anbieter|provider|house)"
	tools        = "plat*|software|logiciel*|tool*|outil*|herramienta*|ferramenta*|app|solu*|losung*"
	toolW        = "(" + tools + ")"
	offerW       = "(produ*|" + tools + "|servic*|dienst*|offre*|oferta*|angebot*|course*|curso*|formation*|kurs*|program*|mentoria|empresa|company|entreprise|unternehmen|portfol*|linea|linha|plano|plan|ebook|startup|start|societe)"
	// Whom a seller serves.
	clientsW = "(compan*|teams|brands|busines*|startup*|start|founders|clinic*|practices|agenc*|firm*|stores|shops|leaders|managers|smes|b2b|saas|commerce|ecommerce|empresas|pymes|pme|marca*|negocios|equip*|lojas|entreprises|marque*|dirigeants|unternehmen|firmen|kunden|praxen|kanzleien|kommunen|hotel*|restaurant*|cabinets|dentist*|abogad*|advogad*|avocat*|anwalt*|medic*|arzt*|ongs|tiendas|boutiques|mittelstand*|cade*|chain*|kette*|hospit*|krankenh*|kliniken|school*|escuelas|escolas|ecoles|schulen|groups|grupos|groupes|operators|betreiber|banks|bancos|banques|banken|retailers|steuerkanzlei*|kanzlei*|cfos|ctos|ceos|cios|cmos|executives|ejecutivos|executivos|dirigeants|seguradoras|aseguradoras|insurers|versicherer|assureurs|artisans|handwerker*|artesan*|tradesmen|pharmac*|farmacias|apotheken)"
	// Someone who sells a service: a title or a verb of making.
	serviceW = "(desenvolv*|desarroll*|develop*|entwickel*|build*|construi*|hago|hacemos|faco|fazemos|fais|faisons|mache|creo|crio|host|hosting|hosts|organize|organizing|organise|organising|organizo|organizamos|organisons|organiso|organisiere*|veranstalt*|generat*|generier*|generamos|geramos|realis*|realiz*|shoot|design*|make|write|creat*|produc*|conseil*|trainer*|reda*|" + sellerTitles + ")"
	// A title that sells a service by itself.
	sellerTitles = "coach*|consult*|berat*|photograph*|fotograf*|illustr*|ilustr*|tradu*|translat*|ubersetz*|copywrit*"
	// A promised result.
	resultW = "(cut|cuts|cutting|redu*|doubl*|boost*|increas*|save*|improv*|lift|bajar|duplic*|aument*|ahorr*|dobr*|corta|cortar|augment*|gagner|senk*|steiger*|halbier*|verdoppel*|spar*|diminu*|disminu*|economiz*|mejorar|melhorar|ameliorer|verbessern|automat*|soulag*|allege*|alivi*|relieve*|entlast*|diviser|divise|divisons|erleichter*|vereinfach*|simplif*|facilitar|faciliter|dividir|dividimos|halve|trim*)"
	priceW  = "(rates|pric*|tarif*|precio*|preco*|prix|preis*|konditionen|condi*|paket|paquete|package|pacote|salar*|gehalt)"
	dispW   = "(ordenes|ordens|disposicion|disposicao|disposition|verfugung)"
	seatW   = "(seats|spots|places|plazas|vagas|cupos|platze|lugares)"
	someone = "someone|alguien|alguem|quelqu'un|jemanden"
	teamX   = "(produ*|plat*|app|software|servic*) (team*|manager*|lead*|design*|owner*|org|equipo|equipe)"
	// Someone hired by the job: a photographer, a translator, a copywriter.
	providerW = "(" + sellerTitles + "|texter*|redact*|redakt*|redat*|writer*|videogra*|filmmaker*|illustrat*|interpret*|dolmetsch*|design*|disenador*|graphist*|grafiker*|tester*|assistant*|asistente*|assistente*|freelance*)"
	// Something the sender has for them, named vaguely.
	thingW = "(something|algo|quelque|etwas|was|ding|coisa|cosa|truc|idea|idee|ideia|solution*|solucion*|solucao|solucoes|losung*|angebot*|offer|oferta*|offre*|proposal|propuesta|proposta|vorschlag|tool|outil|herramienta|ferramenta|opportunit*|oportunidad*|oportunidade*|moglichkeit)"
	// How many clients: a number, several.
	manyW = "(#|two|three|four|five|dozens|hundreds|several|various|many|dos|tres|cuatro|cinco|duas|dois|quatro|varias|varios|diversas|diversos|plusieurs|deux|trois|quatre|cinq|mehrere*|zwei|drei|vier|funf|zahlreiche*|numerous|few|handful|couple|dozen|algunas|algunos|alguns|algumas|quelques|einige*)"
)

// The sender recruits: a recruiter, a team hiring, a role on offer. Job-ask
// counts it against.
var recruiterCue = []string{
	"(i'm|im|soy|sou|suis|bin|als) _? _? " + recW,
	recW + " (at|with|for|from|en|na|no|da|do|de|chez|bei|von)",
	"talent (partner|acquisition)",
	"(our|my|nuestro|nosso|notre|unser*|mi|meu|mon|einen|einem) (client|cliente|kunde|kunden|mandant*)",
	"(i|je|we|we're|wir|ich|estamos|estoy|estou|nous) (are|am|sommes|sind|currently)? (hiring|recruit*|recrut*|contratando|reclutando|besetze*|cubriendo)",
	"(i|we|i've|we've|ich|wir) (have|got|hold|habe|haben) _? _? _? " + offeredRoleW,
	"(tengo|tenemos|tenho|temos|j'ai|avons|hatte) _? _? " + offeredRoleW,
	"(exciting|excellent|top|exceptionnel*|spannend*|lucrative|confidential*) " + offeredRoleW,
	forW + " " + aW + " _? (client*|kunde*|fintech|startup|scale*|groupe|grupo|konzern)",
	"(falar|hablar|talk|parler|sprechen) (sobre|about|de|uber) ... " + offeredRoleW,
	// A search they run for a client: "a position we manage exclusively",
	// "running a search for a Head of Finance".
	"(run*|lead*|conduct*|manag*|handl*|gere|gerer|gestion*|llev*|conduz*|conduis*|fuhre|betreue|leite) (on)? " + aW + "? (search|busqueda|recherche|suche|recrutement|recruitment|reclutamiento|recrutamento|mandat*) (for|de|para|pour|fur|nach|d'un|d'une)",
	"(run*|lead*|conduct*|manag*|gestion*|llev*|conduz*|conduis*|fuhre|betreue|leite) " + aW + "? (process|processo|proceso) (for|para|de|pour) " + aW + "? N",
	"(exclusiv*|exklusiv*|retained|confidential*|vertraulich*) ... " + offeredRoleW,
	offeredRoleW + " ... (que|that|which|qui|die|das|we|nous) ... (gestion*|manag*|handl*|fill*|cubr*|pourvo*|besetz*|exclusiv*|exklusiv*)",
	"(retained|mandated|engaged) (to|by|on)",
}

// Someone needed: extra hands, reinforcements, whatever they need.
var needCue = []string{
	"(hands|manos|refuerzos|reforco|renfort*|verstarkung|extra)",
	"coup de main",
	"(need*|necesit*|precis*|besoin|brauch*) (de|d'un*)? (" + someone + "|another|otr*|outr*|autre|noch)",
	"(lo|o|whatever|anything|what) (que|you)? (necesit*|precis*|need*)",
}

// A talk, post or paper of theirs: the sentence is about them.
var topicCue = []string{
	yourW + " _? (talk|post|article|thread|paper|keynote|panel|session|sesion|sessao|workshop|webinar|charla|ponencia|articulo|palestra|artigo|beitrag|vortrag|artikel|interview|entrevista|podcast|book|stud*)",
}

// A question about the reader's own work.
var questionCue = []string{
	"(how|what|why|which) (did|do|does|have|has|would|was|were|are|is) (you|your|they|the)",
	"what's",
	"(como|cual|qual|quais|comment|quel*|pourquoi|wie|welche*|warum) ... ?",
}

var pitchCues = []cue{
	// Who sells: a company that helps, offers or has built something, its
	// founder, a freelancer or broker. It describes the sender, so it
	// counts in every sentence. Patterns with long word classes are Lines,
	// so that each class is carried once.
	{W: 2, Note: true, Lines: (`
@service ... @for ... @client
(help*|ayud*|ajud*|aid*|hilft|helf*|accompagn*|acompan*|begleite*|unterstutz*|permet*|permit*|serve|serving|working|atendemos|trabajamos|trabalhamos|travaillons|arbeiten) (with|con|com|avec|mit|a|as|os|les|los|las|des|aux)? _? @client
(work*|trabaj*|trabalh*|travaill*|arbeite*|help*|ayud*|ajud*|aid*|accompagn*|begleit*|solv*|fix*|resolv*|serv*) ... @many _? @client
(temos|hemos|we've|avons|haben) (trabalhado|trabajado|been|travaille|gearbeitet|ayudado|ajudado|aide|geholfen) (working|helping)? (com|con|with|avec|mit|a|as|os|les|los)? _? @client
`), ExceptLines: (`
@client _? (at|chez|bei)
@for @our _? _? @client
@for @my _? _? @client
`), Match: []string{
		"(we|i|we've|i've|company|agency|firm) (can|could|just|recently)? (help*|offer*|provid*|supply|sell|build|speciali*|launched|coach|fix*|solv*|partner|produce|deliver|automate)",
		"we (work|partner) with",
		"(nous|on) (permet*|aid*|accompagn*|propos*|equip*|form*|concev*|develop*|realis*|automatis*)",
		"je (vous|te)? propos* (mes|nos|notre|un|une|des)",
		"nos (encargamos|especializ*|dedicamos)",
		"a gente (ajuda|resolve|cuida|faz|cria|desenvolve|oferece|automatiza)",
		"(can|could|podemos|puedo|posso|pouvons|peux|konnen|kann) (help)? " + youW + "? " + resultW,
		"(seleccion|selecao) (en|na|de)",
		"(" + ourW[1:len(ourW)-1] + "|my|mi|minha|meu|mon|ma|mein*) _? " + agencyW,
		"(i'm|im) recruiting",
		"(i'm|im|we're) partnering",
		"(built|construiu|construimos|criamos|criou|desenvolv*|creamos|desarroll*|armamos|montamos|monte|montado|point|developpe|entwickelt|gebaut) (something|algo|quelque|etwas|" + as + ")",
		"(wir|ich) ... (geholfen|unterstutzt|begleitet)",
		"(hemos|temos|avons|ja|j'ai) (ayudado|ajudado|aide|acompanado|acompanhado|accompagne)",
		"(we|we've|nous|wir|hemos) _? (fix*|solv*|resol*|resuel*|regle|gelost|soluciona*) _? _? " + forW,
		"(wir|ein|eine|einen) _ ... (entwickelt|gebaut)",
		"(ayudamos|ayudo|ofrec*|brindamos|vendemos|resolvemos|desarrollamos|creamos|disenamos|acompanamos|acompano|ajudamos|ajudo|ajudei|ofere*|acompanhamos|aidons|accompagn*|proposons|j'aide|j'accompagne|represento|automatizamos|implementamos|integramos|digitalizamos|hacemos|fazemos)",
		"(wir|ich|bieten|biete) (helfen|helfe|bieten|biete|unterstutz*|entwickeln|verkaufen|begleite*|betreue*|liefer*|berate*|ubernehm*|wir|ich)",
		"(founder|ceo|owner|fundador*|cofundador*|fondat*|cofondat*|grunder*|representa*|vertrete*) (of|at|de|da|do|von|der|des|bei|chez|a|uma|la)",
		"(run|running|started|starting|founded|own|dirige|dirijo|fonde|fundei) _? _? _? " + firmW,
		"(we're|we|somos|sommes|wir) (are|sind)? " + aW + "? ... " + firmW,
		"(je|we|nous|wir|estamos|estou|i'm|we're) (lance|launch*|lanzando|lancando|starte*)",
		"(freelance|freela|freelancer|freiberufl*|selbststandig*|corretor*|makler|broker|courtier*|formador*|formateur*)",
		"(agente|agent) (de|of)? (seguros|insurance|assurance*|imoveis|inmobiliari*|immobilier)",
		// Work in progress for clients, and how many: "we've been quietly
		// solving that for a few dental groups", "temos trabalhado com três
		// hospitais".
		"(we|we've|we're) (have|are)? (been)? (quietly|already|actually|now|currently)? (solv*|fix*|help*|automat*)",
		"(solv*|fix*|resolv*|resuel*|resol*|regl*|gelost|losen|tackl*) ... (exactly|exactement|exactamente|exatamente|genau|precisely|justo|justamente|justement) (that|this|eso|esto|isso|isto|ca|cela|das|dies*|ese|esse|ce)",
		"(problem*) (we|que|nous|das|on) ... (obsess*|solv*|resol*|resuelv*|los*|tackle*|fix*)",
		"(biete|bieten|bietet) ... ... an",
		"(we|i) (place|source|staff)",
		// Doing their work for them: "I can handle your emails".
		"(i|we|je|nous|ich|wir|puedo|podemos|posso) (can|could|peux|pouvons|kann|konnen)? (handle|manage|take|cuidar|gerir|gestionar|llevar|occuper|gerer|ubernehmen|betreuen) (care|over)? (of|de)? " + yourW,
	}, Except: []string{
		"(te|le|me|nos|les|lhe|se) (ayudo|ajudo)",
		"with (the|you|your|yours|them)",
		"(hacemos|fazemos) parte",
		"(ayudaste|ajudaste|ajudou|helped|aide) (a|as|os)? " + yourW,
	}},
	// A title that sells a service by itself: a coach, a German compound
	// for a consultant or a trainer.
	{W: 1, Note: true, Match: []string{
		"(i'm|im|soy|sou|suis|bin|als|as) ... (" + sellerTitles + ")",
		"(independ*|autonomo|autonoma)",
	}},
	{W: 2, Note: true, Match: append([]string{"^ (got|have) " + aW + " _? _? _? " + offeredRoleW, "(estou|estamos) com " + aW + "? _? " + offeredRoleW,
		// A role at a company left unnamed is a client's.
		offeredRoleW + " (at|with|en|na|numa|num|chez|bei|dans|in) " + aW + " _? (fintech|startup|scale*|company|empresa|entreprise|unternehmen|firm|bank*|banc*|banque|retailer|multinacional|multinational|grupo|groupe|konzern|saas|healthtech|insurer|versicherer|aseguradora|seguradora|assureur)",
	}, recruiterCue...), Except: []string{
		"(candidat*|postul*|appl*|beworben|bewerb*) _? _? " + offeredRoleW,
	}},

	// Something the sender has or found for them, named vaguely: "we may
	// have something that helps", "wir hätten da ein Angebot", "we figured
	// out how to halve it", "what we're building". A veiled offer.
	{W: 2, Lines: (`
(we|i|we've|i've|we'd|nous|on|wir|ich|j'ai|je) (may|might|now|also|just|actually)? (have|has|got|avons|ai|a|haben|hatten|habe|hatte|hab) (got)? (da|here|ici)? @a? _? @thing
(tenemos|temos|tengo|tenho|contamos) (con|com)? @a? _? @thing
(wir|ich) (haben|habe|hatten|hatte) dafur @a? _? @thing
^ (hab|habe|have|got|tengo|tenho) (da|here)? @a _? @thing
`), ExceptLines: (`
@thing (in|en|em|to|que|a|zu) (common|comun|comum|commun|ask|say|preguntar|perguntar|dire|demander|fragen|sagen)
@thing (similar|parecido|semelhante|similaire|ahnliches)
`), Match: []string{
		"(working|worked|trabajando|trabalhando|travaille|arbeiten|arbeite|cooking) (on|en|em|sur|an)? (something|algo|quelque|etwas)",
		"(what|lo|o|ce|was) (que)? (we're|we|we've|estamos|nous|wir|on) (are|have|been|sommes|avons|a)? _? (build*|doing|making|develop*|haciendo|construyendo|desarrollando|fazendo|construindo|desenvolvendo|faisons|fait|construit|developpe*|bauen|machen|entwickeln|gebaut|entwickelt)",
		"(we|we've|on|nous|wir|hemos|temos|avons|haben) (have|a|avons|haben)? (found|figured|cracked|trouve|encontrado|encontramos|descobrimos|descubrimos|descoberto|gefunden|geknackt) (out)? (how|a|comment|como|wie|un|una|uma|einen) (way|moyen|manera|forma|weg)?",
	}, Except: []string{
		"(what|lo|o|ce|was) (que)? (we|nous|wir|on) _? (doing|haciendo|fazendo|faisons|machen) (at|here|in|en|em|a|with|con|com|avec|mit) ... ?",
	}},
	// Taking on work: new clients or projects, work by the project, time
	// free for it ("ab März wieder Kapazität für neue Projekte").
	{W: 2, Match: []string{
		"(new|nuev*|nov*|nouve*|neue*|more|weitere*) (project*|proyecto*|projeto*|projet*|projekt*|client*|kund*|mandat*|auftrag*|encargo*|missions)",
		"(for|para|pour|fur|por|per|par|pro) (project*|proyecto*|projeto*|projet*|projekt*|auftrag*|encargo*|mission)",
	}, Except: []string{yourW + " _? _? (project*|proyecto*|projeto*|projet*|projekt*)", "(at|en|in|na|no|bei|chez|a) (project*|proyecto*|projeto*|projet*|projekt*) N"}},
	// A job to be done for them: if they need or look for a photographer,
	// a translator, a copywriter.
	{W: 2, Lines: (`
(if|should|si|se|caso|case|falls|wenn|sollten|whenever|cuando|quand|quando|jamais) ... (need*|look*|seek*|search*|cherch*|busc*|procur*|brauch*|precis*|necesit*|besoin) ... @provider
(falls|wenn|sollten) ... @provider ... (brauch*|such*|benotig*)
^ (need|necesitas|necesitan|necesita|precisa|precisam|besoin|brauchen|brauchst) (de|d'un|d'une)? @a? _? @provider
`)},
	// Free to take work on: available, capacity, at their disposal.
	{W: 1, Match: []string{
		"(available|disponible|disponivel|disponibles|verfugbar|disposicao|disposicion|disposition|verfugung|capacity|capacidad|capacidade|capacite|kapazitat*|bandwidth)",
		"agenda (livre|libre|aberta|abierta)",
		"(conte|cuente|cuenta|conta|contez|comptez) (comigo|conmigo|sur)",
	}, Except: []string{
		"(are|were|be|seriez|etes|serais|es|estas|esta|estaria|estarias|seria|serias|sind|waren|ware|bist|you|vous|sie|usted|voce) (you|vous|sie|du|usted|voce|tu)? (free|disponible|disponivel|available|verfugbar)",
		yourW + " (availability|disponibilid*|disponibilit*)",
	}},
	// Easy money and a team to join: network marketing and side
	// businesses. Hardly ever said innocently, except of the reader.
	{W: 3, Note: true, Match: []string{
		"(earn*|make|making|ganar|ganhar|gagner|generer|verdien*) ... (home|casa|domicile|hause|extra|passive|pasivo*|passiv*|nebenbei|complementaire*)",
		"(side|passive|extra|residual) (business|income|hustle|money|cash)",
		"(renda|ingreso*|revenu*|einkommen|dinero|dinheiro|argent) (extra|pasivo*|passiv*|complementaire*|residual)",
		"(nebeneinkommen|nebenverdienst|zusatzeinkommen)",
		"(financial|financiera|financeira|financiere|finanziell*) (freedom|libertad|liberdade|liberte|freiheit|independence|independencia|independance|unabhangigkeit)",
		"(own|propio|proprio|propre|eigener|eigene) (boss|jefe|chefe|patron|chef)",
		"(cambiar|cambiara|change|changer|mudar|mudara|verander*) (your|tu|sua|ta|votre|dein*|la|a|ton|ihr)? (vida|life|vie|leben)",
		"(join|unete|entra|rejoins|rejoindre|mach) (my|mi|meu|mon|ma|mein*|our|nuestr*|noss*|notre|unser*) (team|equipo|equipe|time|groupe|group|grupo|community|comunidad|comunidade|communaute)",
		"(business|negocio|geschaft|biz) (que|that|qui|das|which) ... (cartonn*|explot*|boom*|chang*|cambi*|mud*|verander*|pays|paga|rapporte|lauft)",
		"(trading|forex|crypto|krypto|cripto|signal*) (group|grupo|groupe|gruppe|community|club|academy|signals|sinais|senales)",
	}, Except: []string{yourW + " _? _? (side|passive|business|negocio)", "(make|making) (it|a|the) ... home"}},

	// What is offered: their product or service. "Our platform" says more
	// than "my course".
	{W: 2, Match: []string{
		"(our|nuestr*|noss*|notre|nos|unser*|tenemos|temos|contamos|avons|lance|lanzando|lancando) _? _? " + offerW,
		"(launch*|cree|creado|criei|criado|created|erstellt|lancar|lancei|lancou|lancamos|lanzar|lanzamos|lanzado|lancer|lance|released|gelauncht|gestartet) (" + myW[1:len(myW)-1] + "|" + as + ")" + " _? _? " + offerW,
		ourW + " (new|neu*|nuev*|nov*|nouve*)",
		aW + " _? " + toolW + " (that|which|to|que|qui|die|das)",
		"(tester|testar|probar|try|testen|essayer|provar|ausprobier*|probier*|experimentar|experimenter) (gratuit*|gratis|free|out)? " + ourW,
		"(gratis|kostenlos) testen",
	}, Except: []string{teamX}},
	{W: 1, Match: []string{
		"(my|mi|meu|minha|mon|ma|mein*|tengo|tenho) _? _? " + offerW,
		"(referenz*|arbeitsprobe*)",
		"(partnership*|partenariat*|parceria*|alianza*|kooperation|synerg*)",
		"(looking|seeking|recherch*|busc*|procur*|such*) (for)? _? (partner*|partenaire*|parceir*|socio*|revendeur*|resellers|distribuidor*|distributeur*|vertriebspartner*)",
	}, Except: []string{
		teamX,
		myW + " (portfol*|unterlagen|plan|company|empresa)",
		myW + " (course|curso|kurs|formation|program*) (at|in|en|na|no|an|am|a)",
	}},

	// What a seller sends or shows: a demo, a deck, a case study, a trial,
	// something made for them.
	{W: 2, Match: []string{
		"(demo|demos|demostracion|demonstracao|demonstration|d'essai|deck|pager|brochur*|folleto*|plaquette*|broschure*|catalog*|whitepaper*|loom|video|webina*|masterclass|trial|pilot*|cotizacion*|devis|angebot|vorschlag|propuesta*|proposta*|fallstudie*|teardown|tabela|presentac*|apresentac*|prasentation)",
		"(case|cas|caso|fall) (study|studies|client|cliente|kunde)",
		"(caso|casos|etude|estudo|estudio) de (exito|cas|caso|casos|sucesso)",
		"(erstgesprach|ebook|checklist*|playbook)",
		"(um|uma|nosso|o) case",
		"(early|beta|design|pilot) (access|adopters|users|testers|partner*)",
		"(put|putting) together",
		"(prepared|recorded|drafted|preparado|preparei|preparamos|prepare|grabe|gravei|erstellt|aufgenommen)",
		"(check|mira|confira|veja|conheca|decouvrez|decouvrir|olhada) (out|a|no|na|en|em)? " + mineW,
	}, Except: []string{
		yourW + " ... (demo|pilot|trial|propuesta|proposta|case|study|video|presentac*|apresentac*)",
		"(demo|bande) (day|reel|demo|bookings)",
		"pitch deck",
		"video (call|calls|chat)",
	}},

	// Giving, showing or telling them something.
	{W: 1, Match: []string{
		"(send|show|give|offer|walk|tell|set|introduce) (you|your)",
		"(share|send) (it|a|some|more|over|our)",
		"(happy|glad|love|keen) to (share|send|show|give|offer|help)",
		"(enviar*|mandar*|mostrar*|presentar*|apresentar*|ofrecer*|contarte|contarle|platicarte|explicarte|ensenar*|propon*)",
		youW + " (lo|la|o|a|les|los|as|os)? (envie|mande|mostre|muestre|l'envo*|envio|mando|muestro|comparto|presento|ofrezco|paso|passo|mostro|explico|reserve|guardo|partage|envoie|propose|presente|montre|dejo|deixo|laisse|cuento|conto)",
		"vous (presenter|envoyer|montrer|proposer|partager|faire|transmettre|en|offrir)",
		"(zeig*|schick*|send*) (ich)? (dir|ihnen|euch)",
		"(ihnen|dir|euch) ... ... (zeig*|schick*|zusend*|send*|vorstell*|anbiet*|zukommen|erzahl*)",
		"(portfol*|portafolio|reel|showreel|book|olhada|vistazo) :",
		myW + " (work|trabajo|trabalho|travail|travaux|arbeiten) :",
		"(share|partilh*|compartilh*|compart*|partag*|teil*) (consigo|contigo|details|detalles|detalhes|more|mas|mais|plus|how|what)",
		"(mind|ok|okay) if i (share|send|show)",
		"(posso|puedo|podemos|puis|darf|kann|can|could|may) (je|ich|i|we)? (te|le|lhe|vous|ihnen|dir)? _? (partilhar|compartir|compartilhar|partager|teilen|share|mostrar|show|montrer|zeigen)",
		"(want|like|quieres|queres|quer|voulez|veux|mochten|willst) (to)? (see|ver|voir|sehen|get|receive|recibir|receber|recevoir|bekommen)? (the|los|las|os|as|les|die)? (details|detalles|detalhes|infos|info|einzelheiten)",
		"(see|ver|voir|sehen) (some|algunos|alguns|quelques|einige)? (examples|ejemplos|exemplos|exemples|beispiele|samples|muestras|amostras)",
		"(want|like|quieres|queres|quer|voulez|veux|mochten|willst) (to|que)? (see|ver|voir|sehen|try|probar|testar|essayer|testen) (it|lo|la|o|a|ca|es)?",
		"(take|have|worth|quick|a) (a)? (quick|short)? (look|peek|glance)",
		"(da|dar|de|echa|echar|echale|jetez|jeter|wirf|werfen) (uma|un|una|einen)? (olhada|olhadinha|vistazo|ojeada|oeil|blick)",
	}},

	// A call or a meeting, and time asked for.
	{W: 1, Match: []string{
		"(call*|chat|conversa*|d'echang*|coffee|zoom|meeting|llamada|videollamada|reuni*|chamada|appel*|visio|creneau|rendez|echang*|telefon*|anruf*|bate|s'appelle|kaffee|cafe|cafezinho|termin|calend*|discu*|gesprach*|austausch)",
		"# (min|mins|minut*)",
		"(book|schedule|agend*|marcar|reserv*|planifier|vereinbaren|buchen) " + aW + "?",
	}, Except: []string{
		"(meeting|met) (you|at)",
		yourW + " _? (call*|meeting*|reuni*)",
		"(thanks|thank|dank|gracias|obrigad*|merci) (for|fur|por|pela|pelo|pour) _? (gesprach*|call|chat|conversa*|llamada|appel)",
	}},

	// Asking for their interest or their time.
	{W: 1, Match: []string{
		"(interes*|curious|curios*|curieu*|neugierig) ?",
		youW + " interes*",
		"(interesar*|interessar*|interesser|interessieren|t'interes*|lust|topa*|animas|apetece)",
		"(open|up) to (a|an|hearing|new|being)",
		"worth (a|#)",
		"(lohnt|vaut|vale) (sich|le|a)",
		"(of|de) " + yourW + " (time|tiempo|tempo|temps|zeit)",
		"(let's|lets|shall|can|could) (we)? (talk|chat|speak|collaborate|partner)",
		"(hablamos|charlamos) ?",
		"(bora|podemos|vamos|podriamos|puedo|posso) (te|le|lhe)? (falar|hablar|charlar|ligar)",
		"(explore|explorar|explorer)",
		"ouvert* a",
		"(seriez|etes|serais) (vous)? (disponible|ouvert*)",
		"(disponibilid*|disponibilit*|availability)",
		"(hatten|haben) sie _? (zeit|interesse)",
		"passt (ihnen|dir|es|euch)",
		"(sprechen|telefonieren|treffen) wir",
		"faz sentido",
		"(savoir|saber|learn|erfahren) (plus|mas|mais|more|mehr) ?",
		"mehr erfahren",
		"(dit|tente|interesse) ?",
		"(if|si|se|falls|wenn) _? _? (useful|helpful|sirve|util|utile|hilfreich)",
		"(discuss|explore|hablar|falar|discuter|besprechen|conversar) (de|sobre|about)? " + yourW + " _? _? (goals|needs|challenges|objetivos|necesidades|necessidades|besoins|objectifs|bedarf|ziele|herausforderungen|priorit*)",
		"(tente|tenterait|tenter|tentee)",
		"(on|nous) en (parle|parlons|discute)",
		"(lo|o) (hablamos|falamos|conversamos)",
		"(sollen|wollen|konnen|konnten) wir ... (sprechen|telefonieren|reden|austauschen)",
		"(if|si|se|falls|wenn) _? _? (interes*|interess*)",
		"(hablamos|hablar|falamos|falar|parler|parlons|reden|sprechen|talk) (de|sobre|about|uber|von) (un|una|um|uma|a|an|mon|mi|meu|my|ein*) (negocio|business|opportunit*|oportunidad*|oportunidade*|geschaft|projekt|proyecto|projeto|projet|idea)",
		"(spannend|interessant*|relevant*|nutzlich|wertvoll) (sein|ware|waren)? (konnte|konnten|durfte)",
	}},

	// A promised result: numbers, doubling, cutting, saving.
	{W: 1, Match: []string{
		resultW,
		"(more|mas|mais|plus|mehr) (leads|clientes|clients|customers|kunden|ventas|vendas|umsatz|revenue|ingresos|receita|faturamento|facturacion|sales)",
		"# %",
		"(vender|sell|vendre|verkaufen|facturar|faturar) (mas|mais|more|plus|mehr)",
	}, Except: []string{
		"doubl* (check|degree|major)",
	}},

	// Proof: clients like theirs, work done for others.
	{W: 1, Lines: (`
(similar|ahnliche*) _? @client
@client _? (parecid*|similar*|semelhant*|similaires)
`), Match: []string{
		"(like|como|comme|wie) (la|el|a|o|le)? (yours|voce|usted|tuya|tuyo|suya|suyo|sua|seu|vossa|votre|ihres|ihrem|ihrer|deiner)",
		"(taille|tamano|tamanho|size)",
		"(helped|ajudei|ayude|aide|accompagne|ayudado|geholfen) (a|to)? (#|over|more|plus|mas|mais|uber)",
	}},

	// Free, discounted, guaranteed, scarce: what only a seller offers.
	{W: 2, Note: true, Match: []string{
		"(free|gratis|gratuit*|kostenlos*|unverbindlich*|offert*|guarant*|garanti*|lucrative|complimentary)",
		"(sin|sem|sans|ohne) (compromis*|engagement|kosten|cost*|custo|ris*)",
		"(discount*|descuento*|desconto*|remise|rabatt*|promo|promoc*|coupon|gutschein)",
		"(only|solo|apenas|seulement|nur|wenige|limited|limitad*|limitees|begrenzte) (#|few|pocos|poucas|quelques|wenige)? " + seatW,
		"early bird",
		seatW + " (limit*|begrenzt|left|restantes)",
		"(special|exclusive|limited|especial|exclusiv*|speciale) (offer|deal|oferta|offre|angebot)",
		"(oferta|offre|angebot|condic*|condit*) (exclusiv*|special*|especia*|limit*)",
		"(competitive|affordable|good|top|attraktiv*|buen*|bom|bons|melhor*|meilleur*|gunstig*|fair*) " + priceW,
	}, Except: []string{
		"(feel|you're|youre|are|be|if|when|is|am|i'm) free",
		"(are|were) you free",
		"(the|thanks|thank|gracias|obrigad*|merci|danke) (for)? _? free",
		"free (to|time|on|this|next|tomorrow|today|now|slot|moment|software|speech|will)",
	}},

	// A call to act: book, sign up, message me, a seat kept for them.
	{W: 1, Match: []string{
		"(book|grab|reserv*|agende|buchen) " + aW + "? (slot|spot|seat|time|creneau|horario|termin|demo|aqui)",
		"(dm|message|ping|contact) me",
		"(inscri*|inscreva*|anmelden|regist*|enroll)",
		"n'hesitez pas",
		"(drop|shoot) me",
		"(e|es) so (chamar|falar|avisar|mandar)",
		"(suis|bin) (la|da) !",
		"aqui (estoy|estou|me)",
		"(meld|melde|meldet|melden) (dich|euch|sie)",
		"(me|mi) (chama|chame|llames|escreva|escribe|escribeme)",
		"(fale|hable|habla|parle|parlez|sprich) (comigo|conmigo|moi|mit)",
		"apply here",
		"(join|acompan*|junte|joignez|rejoignez|begleite*) (us|nos|nous|uns)",
		"(you|u|tu|vous|du|voce) (need|must|have|gotta|tienes|precisas|dois|musst) (to|que|de)? (join|entrar|unirte|rejoindre|beitreten|mitmachen)",
		"# (/|per|an|por|pro|de|la|the) (hr|hour|hora|heure|stunde|h)",
		"(like|want|keep|save|reserve|hold|guardo|reservo|garde|reserviere|reservar) (you|te|vous|ihnen|dir)? (a|un|una|uma|une|einen)? (seat|spot|place|plaza|lugar|platz)",
	}},

	// Someone needed, that a freelancer or an agency would supply.
	{W: 1, Match: append([]string{"(if|case|si|se|falls|wenn|caso) ... (need*|necesit*|precis*|besoin|brauch*|bedarf|look*|seek*|cherch*|busc*|procur*|such*)", "bei bedarf", "^ (need|besoin|necesitas|necesitan|precisa|precisam|brauchen|brauchst) ... ?"}, needCue...)},

	// A good fit: a recruiter's word for a role.
	{W: 1, Match: []string{
		"(perfect|ideal|great|strong|good) (fit|match|for)",
		"passt (perfekt|hervorragend|sehr|gut|ideal|genau)",
		"(fit|fits|match*|encaj*|encaix*|correspond*|adequa|adecua) (your|tu|su|seu|votre|ihr*|perfectly|ao|al|muy|bem)",
		"zu (dir|ihnen|euch) (passt|passen)",
		"(pourrait|podria|poderia|could|might|konnte) " + youW + "? (plaire|gustar|agradar|interes*|gefallen|help|save|ayudar|ajudar|aider|helfen)",
		forW + " (you|sie|ti|usted|vous|voce|dich)",
	}},
	{W: 1, Match: []string{"(client|cliente|kunde)"}},

	// What weighs against: a question about the reader's own work, a talk
	// of theirs, asking them for someone else, a job seeker's note.
	{W: -2, Match: questionCue, Except: []string{
		"(mostr*|muestro|explic*|show|montr*|zeig*|cuent*|cont*|saber|know|erklar*|conoc*|conhec*|decouvr*) ... ... ,? (como|comment|wie|how)",
		"(wie|how|que|et) (war's|wars|ware|about|tal|si)",
	}},
	{W: -2, Match: append([]string{congratsW}, topicCue...)},
	{W: -2, Match: []string{
		"(know|conhece|conoces|connaissez|kennen) (anyone|" + someone + ")",
		"(hear|learn|aprender|escuchar|entender|comprendre|apprendre|erfahren) (how|what|como|comment|wie)",
	}},
	// A portfolio or a reel is a freelancer's as much as a job seeker's, and
	// helping others land jobs is a service.
	{W: -3, Note: true, Match: seekerCue, Except: append([]string{
		"(portf*|porta*|reel|showreel)",
		"(you|vous|du|sie|estas|voce) (open|offen|abiert*|abert*|ouvert*)",
		"(land|get|find|conseguir|encontrar|finden) (their|sus|seus|leur*|ihre*|roles|jobs)",
	}, seekerExcept...)},
	// No role to offer: a recruiter who only follows their work.
	{W: -3, Note: true, Match: []string{"(no|not|pas|keine|kein|nao|don't) (tengo|tenho|have|de)? _? " + offeredRoleW}},
}

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
// constants, named in a cue's lines as @name (see wordClasses) and expanded
// when the rule is compiled: the cues stay static text, carried once, not
// code that builds slices when the package loads.

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
	recW         = "(recruiter*|headhunt*|recruteu*|reclutador*|recrutador*|personalberat*|chasseu*|cazatalentos)"
	offeredRoleW = "(role*|position*|posicion*|puesto|puestos|opportunit*|oportunida*|opening*|vacante*|vaga|vagas|poste|postes|stelle*|mandate*|requirement*)"
	agencies     = "agenc*|studio|cabinet|consult*|agentur|beratung"
	agencyW      = "(" + agencies + ")"
	firmW        = "(" + agencies + "|firm|company|business|practice|bureau|buro|startup|start|empresa|entreprise|firma|societe|unternehmen|anbieter|provider|house|" + suppliers + ")"
	// Who makes or supplies goods: a manufacturer, a wholesaler, a distributor.
	suppliers = "fabricant*|manufactur*|hersteller*|proveedor*|fornecedor*|fournisseur*|supplier*|lieferant*|distribu*|mayorist*|grossist*|wholesal*|importad*|importeur*"
	tools     = "plat*|software|logiciel*|tool*|outil*|herramienta*|ferramenta*|app|appli*|aplicativo*|solu*|losung*"
	toolW     = "(" + tools + ")"
	offerW    = "(produ*|" + tools + "|servic*|dienst*|offre*|oferta*|angebot*|course*|curso*|formation*|kurs*|program*|mentoria|leistung*|empresa|company|entreprise|unternehmen|portfol*|linea|linha|plano|plan|ebook|newsletter*|infolettre|boletin|startup|start)"
	// Whom a seller serves.
	clientsW = "(homeowners|bakeries|backereien|panaderias|padarias|boulangeries|therapists|terapeutas|therapeutes|therapeuten|compan*|teams|brands|busines*|startup*|start|founders|clinic*|practices|agenc*|firm*|stores|shops|leaders|managers|fuhrungskraft*|lideres|liderancas|gestores|gerentes|smes|b2b|saas|commerce|ecommerce|empresas|pymes|pme|marca*|negocios|equip*|lojas|entreprises|marque*|dirigeants|unternehmen|firmen|kunden|praxen|kanzleien|kommunen|hotel*|restaurant*|cabinets|dentist*|abogad*|advogad*|avocat*|anwalt*|medic*|arzt*|ongs|tiendas|boutiques|mittelstand*|cade*|chain*|kette*|hospit*|kliniken|school*|escuela*|escola*|ecoles|schulen|groups|grupos|groupes|banks|bancos|banques|banken|retailers|kanzlei*|steuerkanzlei*|cfos|ctos|ceos|executives|insurers|seguradoras|aseguradoras|versicherer|assureurs|artisans|handwerker*|pharmac*|farmacias|apotheken|industries|industriels|industriais|commercants|betriebe|handwerksbetriebe|produktionsbetriebe|maschinenbauer|freiberufler|buyers|compradores|acheteurs|kaufer|creators|creadores|criadores|createurs|artists|artistas|artistes|kunstler*|ferreterias|communes|municipios|municipalities|collectivites|graduates|grads|diplomes|recem|recien|fintechs|assos|associations|asociaciones|associacoes|vereine|boites|laden|geschafte|comercios|commerces|locales|locaux|architects|arquitectos|arquitetos|architectes|architekten|cafes|cafeterias|bars|bares|studios|estudios|gyms|gimnasios|academias|wineries|bodegas|vinicolas|domaines|cooperativas|cooperatives|genossenschaften|podcasters|youtubers|nonprofits|charities|mittelstandler|landlords|caterers|florists|salons|autonomos|selbststandige|independants|geschaftsfuhrer*|fundadores|fondateurs|grunder*|despachos|bufetes|escritorios|consultorios|krankenhauser|krankenhausern|arztpraxen|handwerksbetrieben)"
	// Someone who sells a service: a title or a verb of making.
	serviceW = "(desenvolv*|desarroll*|develop*|entwickel*|build*|hosting|organizing|organising|organisons|organizamos|veranstalt*|generat*|generier*|hago|hacemos|faco|fazemos|fais|faisons|mache|mach|creo|crio|realis*|realiz*|shoot|design*|make|write|creat*|cree|crea|creamos|criamos|creons|erstelle*|gestalte*|produc*|conseil*|trainer*|reda*|" + sellerTitles + ")"
	// A title that sells a service by itself.
	sellerTitles = "coach*|consult*|berat*|photograph*|fotograf*|illustr*|ilustr*|tradu*|translat*|ubersetz*|copywrit*|texter*|redact*"
	// A promised result.
	resultW = "(cut|cuts|cutting|redu*|doubl*|2x|3x|4x|5x|10x|economisez|economiser|economisons|boost*|increas*|save*|improv*|lift|bajar|duplic*|aument*|ahorr*|dobr*|corta|cortar|augment*|gagner|senk*|steiger*|halbier*|verdoppel*|verkurz*|beschleunig*|spar*|diminu*|disminu*|economiz*|mejorar|melhorar|ameliorer|verbessern|automa*|soulag*|allege*|alivi*|relieve*|entlast*|diviser|divise|divisons|erleichter*|vereinfach*|simplif*|facilitar|faciliter|dividir|dividimos|halve|trim*|tripl*)"
	priceW  = "(rates|pric*|tarif*|quotation|quotations|precio*|preco*|prix|preis*|konditionen|condi*|paket|paquete|package|pacote|salar*|gehalt)"
	dispW   = "(ordenes|ordens|disposicion|disposicao|disposition|verfugung)"
	seatW   = "(seats|spots|places|plazas|vagas|cupos|platze|lugares|dates|fechas|datas|termine|creneaux|slots|stands|stande|standflache*|standplatz*|booths|espacos|espacios|flachen|ausstellerflachen)"
	someone = "someone|alguien|alguem|quelqu'un|jemanden"
	teamX   = "(produ*|plat*|app|software|servic*) (team*|manager*|lead*|design*|owner*|org|equipo|equipe)"
	// Someone hired by the job: a photographer, a translator, a copywriter.
	providerW = "(" + sellerTitles + "|texter*|redact*|redakt*|redat*|writer*|videogra*|illustrat*|interpret*|design*|disenador*|graphist*|grafiker*|assistant*|asistente*|assistente*)"
	// Something the sender has for them, named vaguely.
	thingW = "(something|algo|quelque|etwas|was|ding|coisa|idea|idee|ideia|ideas|ideias|idees|ideen|solu*|losung*|angebot*|offer|oferta*|offre*|propo*|opportunit*|oportunid*|moglichkeit)"
	// A seller's own verb of paid work, first person, present: "je rédige",
	// "traduzo", "wir liefern". Forms a student or employee seldom uses of
	// themselves; a noun-like form ("forme", "aide"), "betreue" (an
	// employee's clients too) and a meetup's "j'organise" are left out.
	sellW = "(reformo|reformamos|renovo|renovamos|renovons|renoviere|redige|redigeons|concois|concevons|traduis|traduisons|installons|realisons|developpons|conseillons|fournis|fournissons|fabriquons|optimisons|j'optimise|j'ecris|j'installe|escrevo|desenvolvo|traduzo|presto|atendo|implanto|atuo|atuamos|crio|forneco|fornecemos|organizo|gerencio|produzo|produzimos|fotografo|instalo|ubersetze|fotografiere|berate|beraten|entwickle|organisiere|organisieren|liefere|liefern|installiere|installieren|gestalte|gestalten|erstelle|erstellen|produziere|produzieren|vermittle|vermitteln|optimiere|optimieren|unterstutze|unterstutzen|biete|bieten|ofereco|oferecemos|desenvolvemos)"
	// How many clients: a number, several.
	manyW = "(" + manyL + ")"
)

// manyL: the words of manyW, which someClient extends.
const manyL = "#|several|various|many|few|handful|dozens|hundreds|numerous|varias|varios|diversas|diversos|algunas|algunos|muchas|muchos|algumas|alguns|muitas|muitos|plusieurs|nombreu*|mehrere*|einige*|viele*|two|three|dos|tres|dois|duas|deux|trois|zwei|drei"

// someClient: an indefinite client or a number of them ("a kayak brand",
// "deux boulangeries", "mehrere Kanzleien"): manyW's words, an article, four.
const someClient = "(a|an|una|un|uma|um|une|einen|eine|einem|einer|four|quatre|quatro|vier|" + manyL + ")"

// A recruiter's search for someone in a role, for an employer: "ich suche
// eine Filialleitung für…", "busco jefe de tienda para…". It says who the
// sender is, too.
const searchLines = `
(suche|suchen|busco|buscamos|buscando|procuro|procuramos|procurando|recherche|recherchons|cherche|cherchons|looking|seeking) (for)? @a? _? _? @role /? _? _? _? (for|para|pra|pour|fur) (a|an|un|una|um|uma|une|ein|eine|einen|einer|our|my|nuestro|nuestra|nosso|nossa|notre|unser*|mon|ma|banco|banca|bank|banque|cliente|client|kunden|empresa|company|entreprise|unternehmen|startup|fintech|scale*)
(suche|suchen|busco|buscamos|buscando|procuro|procuramos|procurando|recherche|recherchons|cherche|cherchons) (fur|para|pra|pour) (un|una|um|uma|une|ein|eine|einen|einer) _ ... @role
`

// The sender recruits: a recruiter, a team hiring, a role on offer, a search
// they run for a client ("running a search for a Head of Finance", "a
// position we manage exclusively"). Job-ask counts it against.
const recruiterLines = searchLines + `
(i'm|im|soy|sou|suis|bin|als|somos|sommes|we're) _? _? @rec
@rec (at|with|for|from|en|na|no|da|do|de|chez|bei|von)
talent (partner|acquisition)
(job|emploi|empleo|emprego) (seekers|seeker|chercheurs)
(candidates|candidatos|candidats|kandidaten|interessados|interesados) (interesados|interessados|interested|interesses|interessierte)
(head|director|directora|vp|lead|manager|gerente|responsable|chefe|jefe|jefa) (of|de|du) (talent|recruiting|recruitment|reclutamiento|recrutement|recrutamento)
(vaga|vacante|poste|position|role|search|busqueda|busca) (que)? (estou|estoy|je|i'm|i|ich)? (conduzindo|conduciendo|conduis|gerindo|llevando|leading|running|betreue|handling)
(our|my|nuestro|nosso|notre|unser*|mi|meu|mon|einen|einem) (client|cliente|kunde|kunden|mandant*)
(chez|bei|at|with) (un|une|a|an|einem|einer) (client|cliente|kunden)
^ (poste|vaga|puesto|position|role|stelle|opening) (de|of|als|d'un|d'une)? _ _? _? (chez|at|bei|na|no|en|em) N
(i|je|we|we're|wir|ich|estamos|estoy|estou|nous|i'm|im) (are|am|sommes|sind|currently|gerade|aktuell|derzeit|actuellement|actualmente|atualmente)? (hiring|recruit*|recrut*|contratando|reclutando|besetze*|cubriendo)
(i|we|i've|we've|ich|wir) (have|got|hold|habe|haben) _? _? _? @offered
(tengo|tenemos|tenho|temos|j'ai|avons|hatte) _? _? @offered
(exciting|excellent|top|exceptionnel*|spannend*|lucrative|confidential*) @offered
@for @a _? _? (client*|kunde*|fintech|startup|scale*|groupe|grupo|konzern|healthtech|insurtech|proptech|edtech|legaltech)
(falar|hablar|talk|parler|sprechen) (sobre|about|de|uber) ... @offered
(run*|lead*|conduct*|handl*|gere|gestion*|llev*|conduz*|fuhre|betreue) @a? (search|busqueda|recherche|suche|recrut*|recruitment|reclutamiento|process*|proceso) (for|de|para|pour|fur|d'un|d'une)
(exclusiv*|exklusiv*|retained|confidential*|vertraulich*) ... @offered
(retained|mandated) (to|by|on)
(gestionamos|gerimos|gerons|besetzen|manage|handle) (en|em|in)? (exclusiv*|exklusiv*)
`

// Both of us ("nous travaillons tous les deux dans l'hôtellerie"): something
// shared, not a seller working with a number of clients.
const bothLines = `
(tous|toutes) les (deux|trois)
(we|nous|wir|nosotros|nos) (both|beide|ambos|ambas)
`

// Interest asked only as a condition ("if it's of interest", "si cela vous
// intéresse"): no interest pressed, and evidence against a pitch.
const ifInterestedLine = `
(if|si|se|falls|wenn) (it's|it|cela|ca|c'est|es)? (is|est|ist|of|de)? (te|vous|lhe|dir|ihnen|you|u)? (ever)? (of)? (interes*|interess*)
bei (interesse|bedarf)
(si|se) (te|le|lhe|vos)? (late|cuadra|copa|topa|suena|apetece|animas|anima)
(if|si|se|falls|wenn) (it|that|this|ca|cela|isso|eso|es|das)? (makes|fait|hace|tiene|faz|fizer|ergibt|macht) (sense|sens|sentido|sinn)
`

// A guest spot asked on their podcast or show: the sender promotes
// themselves, so it is no talk of theirs that weighs against a pitch.
const guestSpotLine = `
(guest|invitado|invitada|convidado|convidada|invite|gast) (on|en|no|na|a|in|bei|dans) (your|tu|seu|votre|ton|deinem|ihrem|dein) (podcast|podcasts|show|programa|emission|sendung)
`

// Someone needed: extra hands, reinforcements, whatever they need.
const needLines = `
(hands|manos|refuerzos|reforco|renfort*|verstarkung|extra)
coup de main
(echar|dar|prestar|lend|give|donner) (una|uma|um|un|a)? (mano|mao|hand)
(fresh|another|second|new|otra|outro|novo|nueva|nouveau|neuen|frischen) (eyes|pair|mirada|olhar|regard|blick)
(au|en) cas (ou|de) (besoin)?
(need*|necesit*|precis*|besoin|brauch*) (de|d'un*)? (someone|alguien|alguem|quelqu'un|jemanden|another|otr*|outr*|autre|noch)
(lo|o|whatever|anything|what) (que|you)? (necesit*|precis*|need*)
`

// The sender's own thesis or book, not work sold ("ich erstelle gerade
// meine Bachelorarbeit über Kanzleien").
const studyLines = `
@sell _? _? (tese|these|memoire|dissertac*|tcc|livro|livre|bachelorarbeit|masterarbeit|doktorarbeit|abschlussarbeit|dissertation)
`

// A peer, not a supplier: doing the same work too ("j'accompagne moi
// aussi des équipes"), starting out on one's own, helping one's own team.
const peerLines = `
_ (moi|eu|yo|ich) (aussi|tambem|tambien|auch)
(mache|machen) (mich|uns) ... (selbststandig*|freiberufl*)
(unterstutze|begleite|accompagne|j'accompagne|ajudo|ayudo|help) (als|mon|ma|mi|meu|minha|mein*|my|our|notre|unser*) ... (team|equipe|equipo|equipa)
`

// Easy money and a team to join: what network marketing and side businesses
// promise. Job-ask counts it against: such a sender recruits, never asks.
const easyMoneyLines = `
(nebenbei|nebenberuflich|zusatzlich) ... # ... (monat|month|mes|mois|woche|week)
(nebenbei|nebenberuflich) ... (aufbauen|aufzubauen|verdienen|dazuverdienen)
(solo|only|apenas|seulement|nur|just|somente) (#|eine|einer|one|una|uma|une) (horas|hora|hours|hour|heures|heure|stunden|stunde|h) (al|a|per|por|par|pro|am|each|every)? (dia|day|jour|tag)
(ambitious|motivated|driven|ambiciosas|ambiciosos|motivadas|motivados|ehrgeizige*|ambitieuses|ambitieux) (mums|moms|mamas|women|people|ladies|mujeres|mulheres|femmes|frauen|leute|menschen|personas|pessoas|personnes)
(leute|menschen|people|personas|pessoas|personnes|frauen|women|mujeres|mulheres|femmes) (mit|with|con|com|avec) (ehrgeiz|ambition|ambicion|ambicao|drive|biss)
(join|unirte|unirse|entrar|rejoindre|rejoignez|rejoins|beitreten) (a|in|em|no)? (my|mi|meu|mon|mein|meinem) (team|equipo|equipe|time)
(vaga|lugar|place|plaza|platz) (pra|para|pour|for|fur) (voce|vc|ti|toi|you|dich|vous) (no|na|en|dans|in) (meu|mi|mon|my|mein*) (time|equipo|equipe|team)
(multinivel|multilevel|mlm|multinivelle)
network marketing
marketing (de)? (rede|relacional|multinivel)
vente directe
direktvertrieb
(no|keine|sin|sem|sans|aucune) (experience|erfahrung|experiencia) (needed|need|required|necessary|notig|erforderlich|necesaria|necessaria|requise|necessaire)
(zweites|second|segundo|segunda|deuxieme|secondo) (standbein|income|ingreso|renda|revenu|einkommen)
(opportunit*|oportunidad*|oportunidade*|chance) (in|en|em|dans|im|de|of) (crypto*|cripto*|krypto*|forex|trading|bitcoin)
# % (weekly|semanal|semanais|semanales|hebdo*|wochentlich*|monthly|mensual|mensal|mensuel*|monatlich*|daily|diario|diaria)
(geld|money|dinero|dinheiro|argent|grana) (zu)? (verdienen|machen)
(pays|paga|paie|zahlt) (my|mi|meu|o|mon|meine) (rent|alquiler|aluguel|loyer|miete|bills|facturas|contas|factures|rechnungen)
(freedom|libertad|liberdade|liberte|freiheit) (financiera|financeira|financiere|finanzielle|financial)
(women|ladies|girls|chicas|mujeres|mulheres|meninas|femmes|filles|frauen|madels|mamas|maes|moms|mums|mamans) (emprendedoras|empreendedoras|motivad*|motivee*|ambicios*|ambitieuse*|motiviert*|driven|ambitious)
(team|equipo|equipe|equipa) (of|de|da|aus)? _? (moms|mums|mamas|mamans|maes|mamis|emprendedoras|empreendedoras|women|mujeres|mulheres|femmes|frauen|ladies|chicas|meninas)
(earn*|gana|ganar|ganas|gane|ganan|ganamos|ganh*|gagner|gagnez|generer|verdien*) ... (home|casa|domicile|hause|extra|passiv*|nebenbei|dolares|dollars|euros|krypto*|crypto*|cripto*|forex)
(side|passiv*|extra|second|zweit*|zusatzlich*) (business|income|hustle|einkommen)
(nebenverdienst|zuverdienst|nebeneinkommen|dazuverdien*|dazuzuverdienen|zusatzeinkommen)
(complement|complements) (de|du)? (revenu|revenus|salaire)
(revenu|revenus) (complementaire|complementaires|passif|passifs)
(renda|ingreso|ingresos|rendimento) (extra|pasivo|pasivos|passiva|complementar)
(einmalig*|exceptionnel*|unica|unico|incroyable|increible|incrivel|imperdible|imperdivel) (chance*|opportunit*|oportunid*|gelegenheit*)
(offre|offres|opportunit*|oportunidad*|oportunidade*|chance|gelegenheit) (exceptionnel*|unique|unica|unico|incroyable|increible|incrivel|imperdible|imperdivel|einmalig*)
(earn*|ganar|ganhar|gagner|verdienen) (en|em|in) (dolar|dolares|dollar|dollars|euro|euros)
(trabalhando|trabajando|working|travaillant|arbeiten|trabalhar|trabajar|work|trabalham|trabajan|faturam|facturan) (de|desde|from|em|a|von|depuis) (casa|home|maison|zuhause|hause)
(gagnez|gagner|ganhe|gane|verdienen|verdiene|earn) ... (depuis|de|desde|from|von) (chez|casa|home|zuhause) (vous|toi|soi)?
(von|from|desde|depuis) (zuhause|home|casa|chez) ... ... (verdien*|earn*|ganar|ganhar|gagner)
(business|negocio|negocios|affaires|investment|inversion|investimento|investissement) (opportunit*|oportunidad*|oportunidade*|chance*)
(opportunit*|oportunidad*|oportunidade*) (unique|unica|incroyable|incrivel|increible|amazing|incredible|einmalig*)? (de|of|fur)? (negocio*|affaires|investissement|inversion|investimento|business|investment|renda|ingresos|revenus)
(opportunit*|oportunidad*|oportunidade*) (unique|unica|incroyable|incrivel|increible|amazing|incredible|einmalig*)? (d'investissement|d'affaires)
(consultor*|consultant*|distribuidor*|distributeur*|revendedor*|vendedor*|berater*) (independent*|independient*|independant*|unabhangig*)
(expand*|grow*|aument*|ampli*|crec*|cresc*|agrandi*|erweiter*|vergross*|montando|armando|building) (my|meu|mi|mon|ma|mein*|minha) (time|equipo|team|equipe|equipa)
(tired|cansad*|marre|satt|fed) (of|de|du|des|von|up)? (the|tu|tus|o|os|seu|ton|ta|deinem|deiner|dem|with|trabajar|trabalhar)? (9|jefe|boss|chefe|patron|chef|metro|rutina|rotina|alltag|hamsterrad|nine|pros|para)
(work*|trabaj*|trabalh*|travaill*|arbeit*|gano|ganho|earn*|verdien*|gagne|faturo) (from|desde|pelo|pela|depuis|vom|von|com|on|with) (my|your|mi|tu|meu|seu|o|el|mon|ton|le|meinem|deinem|dem)? (phone|movil|celular|telephone|portable|handy|smartphone|telemovel)
(gano|gana|ganamos|gagne|gagnons|gagnez|ganhe|gane|faturo|faturei|fature|verdiene|verdient|make|made|making|earn*|ganh*|ganar|gagner|verdienen|pulling) ... # €? _? (a|per|im|pro|al|por|par|au|each|every|/) (month|monat|mes|mois|week|woche|semana|semaine|day|tag|dia|jour)
(renda|rendimento*|ingreso*|revenu*|einkommen) (extra|pasivo*|passiv*|complementaire*|residual*)
(segundo|segunda|deuxieme) (ingreso|renda|revenu)
(invest*|invert*|curso|course|cours|kurs|formation) (in|en|em|dans|de|im)? (crypto*|krypto*|cripto*|bitcoin|forex|trade|trading)
(crypto*|krypto*|cripto*|forex|trading) (group|grupo|groupe|gruppe|club|signal*|senales)
(devenez|become|conviertete|torne|werde|werden) (se|sie)? (independ*|unabhangig*|selbststandig*)
(motivated|motiviert*) (people|moms|mums|mamas|leute)
(personas|pessoas|people|personnes|leute|menschen|gente) (emprendedoras|empreendedoras|ambiciosas|motivadas|entrepreneurial|ambitieuses|emprendedores|empreendedores)
(cambiar|mudar|changer|change|verandern|transformar|transformer|transform) (tu|su|de|your|ta|votre|dein|ihr|sua)? (vida|vie|life|leben)
(solo|only|apenas|seulement|nur|just|somente) # (horas|hours|heures|stunden|h) (al|a|per|por|par|pro|am|each|every)? (dia|day|jour|tag)
(business|negocio|geschaft|affaire|projet|projeto) (von|from|desde|de|em|a|depuis|da) (zu)? (hause|home|casa|maison|chez)
(tolles|gutes|hohes|great|good|high|amazing|excelente|excellent|increible|incrivel|otimo|buenos|bons|bon|gros|super|attraktives|top) (einkommen|income|ingreso*|renda|revenu*|ganancias|ganhos|salaire)
(financial|financiera|financeira|financiere|finanziell*) (freedom|libertad|liberdade|liberte|freiheit)
(own|propio|proprio|propre|eigener|propia|propria|eigene) (boss|jefe|chefe|patron|chef|jefa|patronne|chefin)
(generar|gerar|generer|generate) (ingresos|renda|revenus|income|einkommen)
(method|metodo|methode) (que|that|qui|das|der|to) ... (doubl*|tripl*|dupli*|dobr*|verdoppel*|verdreifach*|multipl*)
(coach|mentor|trainer|formateur|formatrice|consultant) (helping|ayudando|ajudando|aidant)
mit (meiner|unserer) (methode|losung|software|strategie|app) (verdoppeln|verdreifachen|steigern|senken|sparen)
(cambi*|chang*|mud*|transform*|verander*) (your|tu|sua|ta|votre|dein*|la|a|des)? (vida|vidas|life|lives|vie|vies|leben)
(business|negocio|geschaft) (que|that|qui|das) ... (cartonn*|explot*|boom*|cambi*|mud*|chang*)
(duplic*|doubl*|dobr*|tripl*|verdoppel*) (tus|your|seus|sua|vos|votre|dein*|ihr*) (ingreso*|income|renda|rendimento*|revenus|einkommen|earnings|ganhos)
(people|pessoas|personas|personnes|leute|gente|moms|maes) (motiv*|ambicios*|ambitious)
(make|making|earn*|ganar|ganh*|gagner|verdien*) ... (money|dinero|dinheiro|grana|argent|online|internet|ligne)
(geld|money|dinero|dinheiro|argent) (verdienen|online|from|desde|von|en|em|na|no|sur|par)
(something|algo|quelque|etwas) (big|huge|grosses|gigante|enorme|enorm|exciting|spannendes|incroyable|increible|incrivel)
(business|negocio|entreprise|geschaft) (from|desde|de|em|a|von) (home|casa|maison|zuhause|hause)
(driven|motivated|ambitious|motivadas|motivados|ambiciosas|motivees|motivierte) (women|people|moms|mujeres|mulheres|femmes|frauen|mamas|maes|ladies|girls|chicas|meninas|filles)
# € ? (im|pro|a|per|al|par|por|au) (monat|month|mes|mois|woche|week|semana|semaine) (verdienen|ganar|ganhar|gagner|earn|extra|nebenbei)
(arrondir|completar|complementar|aufbessern|boost) (tes|vos|tus|seus|sus|deine|dein|your|sua|su|ta|ton)? (fins|fin|renda|ingresos|einkommen|gehalt|income|salaire|salario)
(finanziell|financieramente|financeiramente|financierement|financially) (frei|libre|livre|free|unabhangig|independiente|independente|independant|independent)
(team|equipo|equipe|equipa) (with|con|com|avec|mit) (a|an|una|uma|une|einer)? (wellness|health|beauty|skincare|bienestar|beleza|beaute|gesundheits*)
(socios|socias|partners|associes|partner) (para|for|pour|fur) (mi|my|mon|ma|meu|minha|mein*) _? _? (cripto|crypto|krypto)
(building|armando|montando|aufbauen|suche|busco|procuro|recrute|recruiting|cherche) ... (team|equipo|equipe|equipa) (of|de|da|do|aus)? (moms|mums|mamas|mamans|maes|mamis|emprendedoras|empreendedoras|women|mujeres|mulheres|femmes|frauen|ladies|chicas|meninas)
(moms|mums|mamas|mamans|maes|mamis) (fur|for|para|pour|in) (my|mein*|mi|meu|minha|mon|ma)? (team|equipo|equipe|equipa)
(second|zweit*|segundo|deuxieme) (paycheck|gehalt|salario|salaire|income|ingreso|renda)
(alles|all|todo|tudo|tout) (vom|from|desde|pelo|pela|depuis|do|via) (handy|phone|celular|movil|portable|telephone|smartphone)
`

// A talk, post or paper of theirs: the sentence is about them.
const topicLines = `
@your _? (talk|post|article|thread|paper|keynote|panel|session|sesion|sessao|workshop|webinar|charla|ponencia|articulo|palestra|artigo|beitrag|vortrag|artikel|interview|entrevista|podcast|book|stud*)
`

// A question about the reader's own work.
const questionLines = `
(how|what|why|which) (did|do|does|have|has|would|was|were|are|is) (you|your|they|the)
what's
(como|cual|qual|quais|comment|quel|quels|quelle|quelles|pourquoi|wie|welche*|warum|qu'a*|qu'e*) ... ?
wie (gehen|geht|handhaben|losen|messen|finden|bereiten) (sie|du|ihr|man) ... ... ?
`

var pitchCues = []cue{
	// Who sells: a company that helps, offers or has built something, its
	// founder, a freelancer or broker; work in progress for clients, and
	// how many ("we've been quietly solving that for a few dental groups",
	// "temos trabalhado com três hospitais"); doing their work for them ("I
	// can handle your emails"). It describes the sender, so it counts in
	// every sentence.
	{W: 2, Note: true, Lines: (`
@service ... @for ... @client
(fixed|solved|arregle|resolvi|regle|solucione|resolvemos|fixe|corrige) (the|lo|o|le|un|el)? (same|mismo|mesmo|meme) (issue|problem|problema|probleme|thing|cosa|coisa)? (for|para|pour|fur|pra)
de: (genau)? das (habe|haben) (ich|wir) ... (fur|bei) N ... (behoben|gelost|optimiert|repariert)
(my|mi|meu|minha|mon|ma|mein|meine) (new|nuevo|nueva|novo|nova|nouveau|nouvelle|neues|neuer|neue)? (book|libro|livro|livre|buch|course|curso|cours|kurs|newsletter|ebook|app) ... ... (out|live|available|disponible|disponivel|venta|sortir|sorti|sortie|erschienen|raus|online|lancado|lanzado)
(subscribe|suscribete|suscribite|inscreva|assine|abonnez|abonne|abonniere|abonnieren) ... (my|mi|meu|minha|ma|mon|mein*)
(grab|buy|compra|compre|achetez|kaufen) (a|un|una|um|uma|ein)? (copy|ejemplar|exemplar|exemplaire)
(venta|disponible|disponivel|sortie|erschienen|lancado|lanzado|publicado) ... (mi|my|mon|ma|meu|minha|mein|meine) (new|nuevo|nueva|novo|nova|nouveau|nouvelle|neues)? (book|libro|livro|livre|buch|course|curso|cours|kurs|ebook)
` + guestSpotLine + `
(we|we're|wir|nous) _ ... ... @for ... @client
a gente _ ... @for ... @client
(wir|nous) @for _? @client
fr: @sell ... @client
pt: @sell ... @client
de: @sell ... @client
fr: je (forme|gere|cree|realise|developpe|conseille|coache) ... @client
fr: @sell ... @for ... @client
pt: @sell ... @for ... @client
de: @sell ... @for ... @client
(trabalho|travaille|arbeite) (com|avec|mit) (des|les|os|as|den)? @client
de: (die|das|den|was|weil|da|dass|indem|wobei|womit|denen|dem) (wir|ich) ... (anbieten|anbiete|betreuen|betreue|entwickeln|entwickle|liefern|vertreiben|verkaufen|organisieren|optimieren|erstellen|ubersetze|unterstutze|unterstutzen|begleite|begleiten|berate|beraten)
(help*|ayud*|ajud*|aid*|hilft|helf*|accompagn*|acompan*|begleite*|unterstutz*|permet*|permit*|serve|serving|working|atendemos|trabajamos|trabalhamos|travaillons|arbeiten) (with|con|com|avec|mit|a|as|os|les|los|las|des|aux)? _? @client
(work*|trabaj*|trabalh*|travaill*|arbeite*|help*|ayud*|ajud*|aid*|accompagn*|begleit*|solv*|fix*|resolv*|serv*) ... @many _? @client
(we|i|we've|i've|company|agency|firm) (can|could|just|recently|also|are|am)? (help*|offer*|provid*|supply|sell|build|speciali*|launched|coach|fix*|solv*|partner|produce|deliver|automate)
we (work|partner) with
m / w / d
(ayudar*|ajudar*|aider|helfen|help|helping) (te|le|lhe|vous|you|dir|ihnen|voce|vc|a|o|la)? (a|to|zu)? (crecer|crescer|grow|croitre|wachsen|vender|vendre|sell|verkaufen|escalar|scale|facturar|faturar|despegar|decolar)
@your (besoins|necesidades|necessidades|needs|bedarf) (en|de|in|em|an|for|of|sur|on|about|uber|sobre|around|para|pour|fur)
(our|unsere|unserer|unseren|notre|nuestra|nossa|nuestro|nosso) (checklist*|checkliste|leitfaden|whitepaper|ebook|template*|vorlage|simulateur|simulador|calculator|rechner|calculadora|calculateur|planilla|planilha)
fr: (nous|on) (permet*|aid*|accompagn*|propos*|equip*|form*|concev*|develop*|realis*|automatis*)
(begleite|unterstutze|berate|helfe|coache|trainiere|betreue|schule|biete) ich
(beraten|begleiten|unterstutzen|betreuen|schulen|bieten|entwickeln|liefern|vermitteln) wir
(lancee|lance|lancei|lanzado|started|gestartet) (dans|in|en|em|na|no|into|mit) (la|a|o|el|the|dem|den)? (vente|venda|venta|sale|sales|verkauf|selling)
ich (begleite|coache) _? _? (fuhrungskraft*|manager*|frauen|menschen|paare|eltern)
(work|trabajo|trabalho|travaille|arbeite) (with|con|com|avec|mit) ... ... (and|y|e|et|und) (help|ayudo|ajudo|aide|helfe) (them|les|los|las|os|as|ihnen|sie)
(nosotros|nous|wir|nos|gente) (lo|le|la|das|o)? (solucionamos|arreglamos|resolvemos|resolvons|losen|resolve|solucionamos)
(eso|esto|isso|isto|ca|das) (arreglamos|solucionamos|resolvemos|resolvons|losen)
(como|as|comme|wie) (ya)? (hemos|we've|temos|avons|haben) (hecho|done|feito|fait|gemacht|logrado|conseguido|achieved)
(second|segunda|deuxieme|zweite) (opinion|opiniao|avis|meinung)
(posso|puedo|podemos|can|could|peux|pouvons|kann|konnen) _? (colocar|poner|put|get|mettre|bringen|llevar|levar|posicionar|rank) @your
je (vous|te)? propos* (mes|nos|notre|un|une|des)
nos (encargamos|especializ*|dedicamos)
a gente (ajuda|resolve|cuida|faz|cria|desenvolve|oferece|automatiza)
(can|could|podemos|puedo|posso|pouvons|peux|konnen|kann) (help)? @you? @result
(seleccion|selecao) (en|na|de)
(our|nuestr*|noss*|notre|nos|unser*|my|mi|minha|meu|mon|ma|mein*) _? @agency
(i'm|im) recruiting
(i'm|im|we're) partnering
(built|construiu|construimos|criamos|criou|desenvolv*|creamos|desarroll*|armamos|montamos|monte|montado|point|developpe|cree|creee|concu|entwickelt|gebaut) (something|algo|quelque|etwas|a|an|un|una|um|uma|une|ein|eine|einen)
(wir|ich) ... (geholfen|unterstutzt|begleitet)
(hemos|temos|avons|ja|j'ai) (ayudado|ajudado|aide|acompanado|acompanhado|accompagne|recupere|recuperado|economise|economizado|ahorrado)
(offering|ofreciendo|oferecendo|proposant) ... (services|servicios|servicos|prestations|dienstleistungen|solutions|soluciones|solucoes)
as a service
je recrute
(synergie*|sinergia*|synergy|synergies|synergien)
(for|para|pour|fur) (exactly|exactement|exactamente|exatamente|genau) (that|this|eso|isso|ca|das|esto|isto)
(we|we've|nous|wir|hemos) _? (fix*|solv*|resol*|resuel*|regle|gelost|soluciona*) _? _? @for
(wir|ein|eine|einen) _ ... (entwickelt|gebaut|gelauncht|gestartet|lanciert)
(ayudamos|ayudo|ofrec*|ofrezco|brindamos|fornecemos|forneco|fournissons|fournis|suministramos|proporcionamos|vendo|vendemos|resolvemos|desarrollamos|creamos|disenamos|acompanamos|acompano|ajudamos|ajudo|ajudei|ofere*|acompanhamos|aidons|accompagn*|proposons|j'aide|j'accompagne|represento|automatizamos|implementamos|integramos|digitalizamos|hacemos|fazemos)
(wir|ich|bieten|biete) (digitalisieren|automatisieren|optimieren|helfen|helfe|bieten|biete|unterstutz*|entwickeln|verkaufen|begleite*|betreue*|liefer*|berate*|ubernehm*|wir|ich)
(founder|ceo|owner|fundador*|cofundador*|fondat*|cofondat*|grunder*|representa*|vertrete*) (of|at|de|da|do|von|der|des|bei|chez|a|uma|la)
(run|running|started|starting|founded|own|dirige|dirijo|fonde|fundei) _? _? _? @firm
(run|running|host|hosting|dirijo|imparto|ministro|anime|leite|organizo|organise|j'organise|organisons|organisiere|veranstalte) @a _? _? _? (course|curso|cours|kurs|bootcamp|masterclass|mentoria|programa|programme|program|webinar*|retreat|retiro)
(we're|we|somos|sommes|wir) (are|sind)? @a? ... @firm
(i'm|im|i|soy|sou|suis|bin|ich) (am)? @a _? _? (` + suppliers + `)
(leading|lider|leader|fuhrende*|reference) (` + suppliers + `)
(tengo|tenho|have|j'ai|habe) (un|una|um|uma|une|eine|einen|a|an)? _? _? (agencia|agency|agence|agentur|consultora|consultoria|cabinet)
(our|notre|nuestra|nossa|unsere|unser) (company|entreprise|empresa|firma|unternehmen|societe) (makes|manufactures|fabrique|fabrica|produce|produz|produit|herstellt|supplies|distributes|sells|vende|vend|verkauft|liefert)
(trabajamos|trabalhamos|travaillons|arbeiten|work) (con|com|avec|mit|with) (distribuidores|distribuidoras|distributeurs|distributors|handler|minoristas|varejistas|detaillants|importadores|exportadores)
(je|we|nous|wir|estamos|estou|i'm|we're) (lance|launch*|lanzando|lancando|starte*)
(hemos|temos|avons|haben|we've|acabo|acabei|acabamos|vengo|venho|viens|venons|just) (de)? (lanzado|lancado|lance|gelauncht|gestartet|launched|lanzar|lancar|lancer|publicado|publier|publie|published|released)
(levantando|levanto|raising|leve|levons|sammle|sammeln|captando|captamos) (para|for|fur|pour)? (una|uma|a|un|une|eine|einen)? _? (ronda|rodada|round|tour|runde|seed|financement|financiacion|financiamento|capital|fonds|fondos|fondo|fundo|fund|investimento|inversion)
(freelance|freela|freelancer|freiberufl*|selbststandig*|corretor*|makler|broker|courtier*|formador*|formateur*)
(freie|freier) (texterin|texter|journalistin|journalist|designerin|designer|fotografin|fotograf|autorin|autor|ubersetzerin|ubersetzer|redakteurin|redakteur|lektorin|lektor|grafikerin|grafiker|illustratorin|illustrator)
(covering|cubriendo|cobrindo|couvrant|zustandig) (for)? (your|tu|su|sua|seu|votre|ihre|ihr|ihren|dein|deine) (area|zona|region|regiao|secteur|gebiet|territory|region)
(sommes|sind|somos|we're|soy|sou|suis|bin) (specialis*|spezialis*|especialis*|experts)
(exactly|exactement|exactamente|exatamente|genau|eso|isso|that's|c'est) (es|e|is)? (what|ce|lo|o|das|was) (que)? (we|nous|on|hacemos|fazemos|wir|hago|faco|mache|fais)
(justement|precisement|exactement|exactly|precisely|precisamente|exactamente|exatamente|genau|justamente) (notre|nuestro|nuestra|nosso|nossa|unser|unsere|our|mon|mi|meu|my|mein) (metier|specialite|especialidad|especialidade|job|business|fach|thema|expertise|area|domaine|domain)
(justement|precisement|exactement|exactly|precisely|precisamente|exactamente|exatamente|genau|justamente) (le|el|o|the|das|ce) (probleme|problema|problem|sujet|tema|thema|defi|reto|desafio|challenge) (sur|que|en|no|an|we|on|que|auquel|qu'on|dont)
(podriamos|podemos|poderiamos|pourrions|pouvons|could|konnten) (aportar|aportaros|aportarte|aportarle|aportaros|apporter|trazer|agregar|beitragen) (beaucoup|mucho|muito|viel|valor|valeur|value|much)?
(exactly|exactement|exactamente|exatamente|genau) (what|ce|lo|o|das|was) (que)? (i|je|ich|yo|eu) (do|fais|hago|faco|mache|offer|help)
(where|when|la|ahi|ai|da) (we|i|nous|entramos|entrons|kommen) (usually|typically|often|always)? (come|step|entramos|entrons|intervenons|ins)
(holen|suchen|finden|bekommen) (sich)? (bei)? uns
(nosotros|nous|wir|we) (lo|la|los|las|le|les|es|sie|it|them)? (implantamos|instalamos|implementamos|installons|implementons|mettons|implementieren|installieren|implement|install)
(kommen|vienen|vem|viennent) (zu)? (uns|nosotros|nos|nous)
(we've|we're) (been)? (quietly|already|now)? (solv*|fix*|help*|automat*)
(biete|bieten|bietet) ... ... an
(wir|we|nous|on) (machen|make|build|bauen|entwickeln|develop|faisons|fazemos|hacemos|concevons|editons|sell|verkaufen|vendons) @a? @tool
(i|we|puedo|podemos|posso|je|ich) (can|could|peux|kann)? (handle|manage|cuidar|gerir|gestionar|gerer|ubernehm*) @your
(we|we've) (got|took|brought|pushed|helped) N ... ... #
de: (weil|da|dass) (wir|ich) ... (helfen|helfe|unterstutzen|unterstutze|begleiten|beraten)
(doy|dou|gebe|give|teach|donne|offer|biete) _? _? (clases|aulas|cours|lessons|classes|schulung*|kurse|unterricht|workshops|ateliers|talleres) _? _? (online|particular*|privad*|private|particulier*|ligne|company|empresa*|entreprise*)
(clases|aulas|cours|lessons|classes|schulung*|kurse|unterricht|workshops|ateliers|talleres) ... @for ... @client
(i|we|je|ich|wir|eu|yo|puedo|posso) (can|could|kann|peux)? (make|build|design|hacer|crear|fazer|criar|faire|bauen) @your
(cuidamos|cuido|ocupamos|occupons|kummern) (de|da|do|of|um|uns)? (la|a|o|the|los|las|os|as)? @your
`), ExceptLines: studyLines + peerLines + (`
@client _? (at|chez|bei)
@for @our _? _? @client
@for @my _? _? @client
(te|le|me|nos|les|lhe|se) (ayudo|ajudo)
with (the|you|your|yours|them)
(hacemos|fazemos) parte
(ayudaste|ajudaste|ajudou|helped|aide) (a|as|os)? @your
(armamos|montamos|monte) @a? (cafe|reunion|call|llamada|almuerzo|asado|juntada|encuentro|charla|zoom)
(what|ce|das|was) (que)? (we|nous|on|wir) (try*|tried|want*|need*|look*|cherch*|essay*|brauch*|such*)
(post|article|talk|thread|artigo|palestra|charla|beitrag) ... (freela|freelance|freelancer)
` + bothLines + `(du|sie|you|you're|tu|vous|voce|vc|usted) (are|es|etes|e|bist|sind|went|became|estas|esta|jetzt|now|agora|ahora|maintenant)? (jetzt|now|agora|ahora|maintenant|auch|also)? (selbststandig*|freelanc*|freiberuflich*|independiente*|autonomo|autonoma|independant*)
`)},
	// Helping or working with a number of clients of a kind, told as the
	// sender's business ("we've been helping a few SaaS teams", "estamos
	// ayudando a varias startups", "nous accompagnons plusieurs PME",
	// "trabalho com muitas gerentes de RH"): it often follows a question
	// about how they do it, the pitch dressed as curiosity.
	{W: 2, Note: true, Lines: (`
(we|we've|we're|wir|nous|estamos|temos|tenemos|hemos|gente) ... (help*|ayud*|ajud*|accompagn*|aid*|unterstutz*|begleit*|working|trabaj*|trabalh*|travaill*|arbeit*|support*|coloc*|plac*) ... @many _? _? @client
(trabalho|trabajo|travaille|arbeite|work|trabalhamos|trabajamos|travaillons|arbeiten) (com|con|avec|mit|with) @many _? _? @client
`), ExceptLines: bothLines},
	// A track record in numbers, told by a company: "we've placed 40+ AEs",
	// "hemos colocado más de 40 comerciales", "já estruturamos mais de 30
	// operações".
	{W: 1, Note: true, Lines: (`
(we've|we|i've|ive|hemos|nosotros|nous|avons|wir|haben|temos|gente|ja) ... (placed|colocado|colocamos|places|vermittelt|platziert|estruturamos|estructuramos|structure|structured|implemented|implementamos|implantamos|accompagne|begleitet|helped|ayudado|ajudamos|ajudado|aide|geholfen|trained|formado|formamos|forme|geschult) ... #
(we've|we|hemos|nosotros|nous|avons|wir|haben|temos|gente|ja) ... (more|over|mas|mais|plus|uber|mehr) (than|de|que|als)? #
`)},
	// A seller's verb of paid work in the first person ("je conçois",
	// "presto", "wir liefern"): with a client group or an ask it pitches,
	// by itself it does not; nor does working with someone, unless it is to
	// bring them a result ("trabalho com clínicas para captar pacientes").
	// By language, as some forms are words of
	// another ("presto", "organizo").
	{W: 1, Note: true, ExceptLines: studyLines + peerLines, Lines: (`
de: (baue|bauen|programmiere|programmieren)
(formacion|formacao|formation|formations|training|trainings|schulung*|talleres|workshops|ateliers|cursos|courses|kurse) ... @for _? @client
de: (wir|ich) (stellen|vermitteln|uberlassen) ... (zeitarbeit*|leiharbeit*)
(sob|sur) (medida|mesure)
(quick|kurze|petite|rapida|pequena|breve) (idea|idee|ideia) (for|fur|para|pour|pra)
(paid|pagado|pago|payant|bezahlt*|kostenpflichtig*) (peer|community|group|grupo|groupe|gruppe|mastermind|membership|comunidad|comunidade|communaute|club|circle)
(consultez|consulte|consulta|check|see|veja|schauen) (notre|our|nuestra|nossa|unser*) (offre|offer|oferta|angebot)
(fazer|hacer|faire|make|machen) (uma|una|un|une|a|eine) (parceria|alianza|partenariat|partnership|kooperation)
(metodo|method|methode) (exclusivo|exclusive|exclusif|exklusive|unico|unique|proprio|propio|proprietary)
(feedback|opinion|opiniao|avis|meinung|thoughts) (on|sobre|sur|zu|zur|zum|about) (our|my|nuestra|nuestro|nossa|nosso|notre|mon|ma|unser*|mein*) (beta|app|tool|product|producto|produto|produit|prototype|prototipo|mvp|plataforma|platform|software)
(como|as|comme|als) (proveedor|fornecedor|fournisseur|supplier|lieferant|provider) (de|of|du|von)?
(cuidar|cuide|encargarme|ocuparme|occuper|kummern|handle|take) (care)? (do|da|de|of|del|du|des|um)? (marketing|redes|social|site|web|contabilidad|contabilidade|books|comptabilite|buchhaltung|trafego|trafico|anuncios)
(we|nous|wir|gente|nosotros|on) (do|does|hacemos|fazemos|faisons|fait|machen) (the|la|o|le|die)? _? (maintenance|repairs|installations|cleaning|limpieza|limpeza|nettoyage|reinigung|audits|marketing|branding|websites|webs|sites|photography|fotografia|catering|transport)
fr: @sell
pt: @sell
de: @sell
fr: je (forme|gere|cree|realise|developpe|conseille|coache)
fr: (travaille|travaillons) avec ... pour (aider|augmenter|reduire|structurer|ameliorer|automatiser|vendre|developper|optimiser|attirer|accelerer|digitaliser)
pt: (trabalho|trabalhamos|atuo|atuamos) com ... (para|pra) (ajudar|aumentar|reduzir|estruturar|melhorar|organizar|automatizar|vender|crescer|escalar|otimizar|captar|atrair|digitalizar)
`)},
	// A title that sells a service by itself: a coach, a German compound
	// for a consultant or a trainer.
	{W: 1, Note: true, Lines: (`
(i'm|im|soy|sou|suis|bin|als|as|como|comme) ... (mediador*|mediatrice|expert|experta|experto|experte|expertin|coach*|mentor*|consult*|berat*|photograph*|fotograf*|hochzeitsfotograf*|eventfotograf*|produktfotograf*|illustr*|ilustr*|tradu*|translat*|ubersetz*|copywrit*|texter*|redact*|asesor*|assessor*|conseill*|inmobiliar*|imobiliar*|immobil*|realtor*|advis*|finanzberater*|finanzplaner*)
(financial|wealth) planner
(we|i) (can|could) (totally|definitely|really|certainly|absolutely|easily) (help|support|handle)
(with|avec|con|com|mit) (mes|my|mis|meus|minhas|meine|meinen|nos|our|nuestros|nossos|unseren) (clients|clientes|kunden)
(hacemos|fazemos|faisons|machen|run|creamos|criamos) (campanas|campanhas|campagnes|kampagnen|campaigns)
(sur|a|sob) (mesure|medida)
(bespoke|massgeschneidert*)
(ayudo|ajudo|aide|aidons|helfe|help|helping|ayudamos|ajudamos) (a)? _? (como|like|comme|wie) (tu|you|voce|toi|du|vous|sie|usted)
(i|we) (rep|represent) (a|an)? _? _? (line|brand|brands|label|range|company)
(agent|agente|agentin) (in|en|na|no|em|dans) (your|tu|su|seu|sua|votre|ihrer|deiner) (area|zona|region|regiao|quartier|gegend|city|ciudad|cidade|ville|stadt)
(donors|donantes|doadores|donateurs|spender|foerderer)
support (our|my) (cause|campaign|mission|project|ngo|charity)
(i|we|ich|wir|je|nous) (actually|also|auch|aussi|ja) (consult|advise|coach|freelance|berate|conseille|asesoro|assessoro|assessoramos|asesoramos)
(planejador|planejadora|planificador|planificadora|planificateur) (financeiro|financeira|financiero|financiera|financier|patrimonial)
(temp|temporary|temporal|temporario|temporaria|temporaire|temporaires|interimaire|interimaires|zeitarbeit*|leiharbeit*) (staff|workers|labour|labor|personal|personnel|arbeitskrafte|krafte|mitarbeiter|mao|mano|trabajadores|trabalhadores)?
(independ*|autonomo|autonoma)
@provider (freelance|freelancer|freela)
(at|na|no|chez|bei|en|with) N , @a _? @tool
(account|sales) (executive*|exec|manager*|rep|reps|representative*)
(vertrieb*|verkaufsleiter*)
(we|wir|nous|nosotros|nos) (at|bei|chez|en|na|no) N
(asesor*|agente|agent|advisor|consultor*|corretor*|conseiller*|makler|berater*|broker) (de|of|em|en)? (seguros|seguro|insurance|assurance*|versicherung*|inversion*|investimentos|inversiones|patrimonio|patrimoine)
(te|le|les|os|vos|lhe|lhes|vous|dir|ihnen|euch|you) (puedo|podemos|posso|peux|pouvons|kann|konnen|can) (ayudar|ajudar|aider|helfen|help)
(podemos|pudieramos|podriamos|poderiamos|pouvons|pourrions|konnen|konnten) (ayudarte|ayudarle|ayudaros|ajudar|aider|helfen)
(happy|glad|here) to be (a|your)? (resource|sounding)
(doy|dou|imparto|ministro|j'anime|animons|donne|donnons|gebe|geben|run|teach|host) (un|una|um|uma|une|des|ein|eine|einen|a|an|my|mi|mon|meu|mein)? _? (curso*|taller*|formac*|formation*|mentoria*|kurs*|workshop*|masterclass*|bootcamp*|webinar*|course*|training*|seminar*|seminaire*|seminario*)
(abri|abrimos|opened|opening|open|ouvre|ouvert|ouvrons|eroffne|starte) (a|la|une|uma|eine|new|nueva|nova|nouvelle|neue)? (turma|turmas|cohort|inscri*|anmeld*|kohorte|promo)
(ejecutiv*|executiv*) (de)? (cuenta*|contas|ventas|vendas|comercial*)
(charge*|ingenieur*|responsable) (d'affaires|commercial*)
`), ExceptLines: (`
@provider _? (freelance|freelancer|freela)
`)},
	// Prospecting for the buyer: "are you the right person to talk to
	// about your fleet insurance?", "seriez-vous la bonne personne…".
	{W: 3, Lines: (`
(right|bonne|correct|indicada|indicado|adecuada|adecuado|richtige|richtigen|mejor|melhor) (person|personne|persona|pessoa|ansprechpartner*|contact|contacto|contato) ... ... (budget*|achats|achat|compras|einkauf*|purchas*|procurement|buying|insurance|assurance*|seguro*|versicherung*|tooling|fournisseur*|supplier*|proveedor*|fornecedor*|lieferant*|vendor*|fleet|flotte|flota|frota|flotten*|software|logiciel*|licen*)
(persona|pessoa|personne|contacto|contato) (adecuada|adecuado|indicada|indicado|correcta|correcto|certa|certo|idonea|idoneo) ... ... (budget*|achats|achat|compras|einkauf*|purchas*|procurement|buying|insurance|assurance*|seguro*|versicherung*|tooling|fournisseur*|supplier*|proveedor*|fornecedor*|lieferant*|vendor*|fleet|flotte|flota|frota|flotten*|software|logiciel*|licen*)
`)},
	// A product just launched or being built, shown or opened to them ("on
	// vient de lancer une appli… je vous ouvre un accès ?", "¿te enseño un
	// prototipo?"); doing something together, a partnership's line
	// ("podríamos hacer algo bonito juntos"); the sender's own white paper.
	{W: 2, Lines: (`
(on|nous) (vient|venons) de (lancer|sortir|creer|developper) (une|un|notre) (appli|application|outil|plateforme|logiciel|solution|offre)
(partnership|parceria|partenariat|partnerschaft|alianza|colaboracion|cooperation|kooperation) (between|entre|consigo|contigo|avec|mit|con|com) (us|nos|nous|uns|nosotros|voce|vous|ihnen|usted|ti)
(justo|acabamos|recien) (de)? (hicimos|lanzamos|creamos|sacamos|hacer|lanzar|crear|sacar) (una|un|nuestra|nuestro) (app|herramienta|plataforma|aplicacion|software|solucion)
(acabamos|acabei) de (lancar|criar|desenvolver) (um|uma|o|a|nosso|nossa) (app|aplicativo|ferramenta|plataforma|software|solucao)
(estamos|estoy|we're|estou|estamos) (creando|desarrollando|construyendo|building|developing|desenvolvendo|criando|construindo) (una|un|a|an|um|uma) (herramienta|app|plataforma|aplicacion|software|solucion|tool|platform|ferramenta|aplicativo|product|producto|produto)
(te|le|vous|lhe|dir|ihnen|you) (enseno|muestro|ensenamos|mostramos|ouvre|ouvrons|mostro|zeige|zeigen|show) (un|una|el|la|um|uma|une|ein|einen|o|a|the)? (prototipo|acceso|acces|acesso|prototype|zugang|beta)
(podriamos|poderiamos|pourrions|konnten) (hacer|sumar|crear|fazer|faire|construire|machen|realiser) (algo|mucho|muito|quelque|etwas|grandes|coisas|de)? ... (juntos|juntas|ensemble|zusammen|gemeinsam)
(podriamos|poderiamos|pourrions|konnten|could|podemos|podiamos|pourrait|poderia|podria|might) _? (armar|hacer|montar|crear|fazer|criar|faire|monter|creer|build|set|start|explore|explorar|explorer|machen|starten|aufbauen|form|forge) (up)? (una|uma|une|a|an|eine|einen) _? (alianza|parceria|partenariat|partnership|kooperation|collab|colaboracion|colaboracao|collaboration)
(my|our|mi|nuestro|meu|nosso|mein|unser|unseren|mon|notre) (whitepaper|ebook|leitfaden)
(my|our) white paper
(mon|notre) livre blanc
(my|our|mi|nuestro|nuestra|meu|minha|nosso|nossa|mon|ma|notre) (guia|guide) (gratuito|gratuita|gratis|gratuit|free)
(jetzt|gleich|maintenant) (anfragen|bestellen|buchen|sichern|commandez|reservez)
`)},
	// Booking a stand, counting them among the exhibitors: a fair sells
	// its space. Seeking new clients or orders sells the sender's work.
	{W: 3, Lines: (`
(reservez|reserva|reserve|reservar|book|buchen|sichern) (votre|tu|su|seu|sua|your|ihren|ihr|deinen) (stand|espacio|espaco|booth|platz|emplacement)
(compter|contar|tener|ter|count|begrussen|zahlen) (parmi|entre|con|com|among|unter) (nos|nuestros|nossos|our|unseren) (exposants|expositores|exhibitors|ausstellern)
(suche|busco|procuro|cherche|seeking) (neue|nuevos|novos|nouveaux|new)? (auftrage|clientes|clients|kunden|projetos|proyectos|projets|mandate|mandats)
`)},
	// Scarcity: the last places, the last chance, a discount running out.
	{W: 2, Lines: (`
(last|ultim*|derni*|only|solo|apenas|quedan|restam|restent|noch) (#|few|pocas|poucas|quelques|wenige)? (seats|spots|places|plazas|vagas|cupos|platze|lugares|chance|oportunidad|oportunidade|gelegenheit|chances)
(limited|limitados|limitadas|limitees|limites|begrenzte) (seats|spots|places|plazas|vagas|cupos|platze|lugares)
(seats|spots|places|plazas|vagas|cupos|platze|lugares) (limited|limitados|limitadas|limitees|limites|begrenzt)
(nur|only|solo|apenas|plus) (noch|que)? # (seats|spots|places|plazas|vagas|cupos|platze|lugares)
`)},
	// Presenting something of the sender's company: "gostaria de
	// apresentar nossa metodologia", "vous présenter notre solution".
	{W: 2, Lines: (`
(introduce|present|presentar|presentarte|presentarle|apresentar|apresentarte|presenter|vorstellen|vorzustellen) (you|te|le|lhe|vous|ihnen|dir)? @our
`)},
	// The sender's programme or product, and what it does for them: "mi
	// programa de coaching te ayuda a…", "na minha mentoria eu te ajudo".
	{W: 2, Lines: (`
@my ... @offer ... (te|vous|lhe|dir|ihnen|you)? (ayuda|ajuda|aide|hilft|helps|ayudo|ajudo|helfe)
@our ... @offer ... (te|vous|lhe|dir|ihnen|you)? (ayuda|ajuda|aide|hilft|helps|ayudamos|ajudamos|aidons|helfen)
`)},
	// A web address of the sender's: where a seller sends people (their
	// site, booking page, course). Alone it sells nothing; with a seller
	// and an offer it tips the note.
	{W: 1, Note: true, Lines: (`
@my ... ... U
@our ... ... U
@my _? _? (packages|paquetes|pacotes|forfaits|pakete|tarifs|plaquette*|brochur*|deck|whitepaper*|livre|etude*|case|cases|caso|casos|catalog*|presentac*|apresentac*|material*|guia|guide|leitfaden|report*|rapport|relatorio|informe|fallstudie*) ... :? U
@our _? _? (plaquette*|brochur*|deck|whitepaper*|livre|etude*|case|cases|caso|casos|catalog*|presentac*|apresentac*|book|portfol*|portafolio|material*|guia|guide|leitfaden|report*|rapport|relatorio|informe|fallstudie*) ... :? U
`)},
	// A recruiting firm's candidates on offer: profiles available, CVs
	// sent by the handful ("¿te envío algunos perfiles?").
	{W: 2, Lines: (`
(have|tenemos|temos|avons|haben|tengo|tenho|j'ai|habe) _? _? _? (candidats|candidates|candidatos|kandidaten)
(anonymised|anonymized|anonymise|anonymisiert*|anonimizado|anonimizada|anonyme|anonymen) (profile|cv|profil|perfil|resume|lebenslauf)
(representing|represento|represente|vertrete) (a|an|un|una|um|uma|une|einen|eine) _? _? (candidate|engineer|developer|candidato|candidata|candidat|kandidat*|profil|perfil|profile)
(candidate|candidato|candidat|kandidat|kandidaten|kandidatin) (ideal|excelente|excellent|great|strong|buenisimo|top|idoneo|parfait)? (for|para|pour|fur) (your|vuestra|vuestro|votre|vos|ihre|sua|seu|su|la|a|de) _? _? (open|offene*|vacante|vaga|poste|role|position|stelle|puesto)
(fiche|ficha|datenblatt|datasheet|brochure|catalogue|catalogo|katalog) (de|do|da|du|of)? (notre|our|nuestro|nuestra|nosso|nossa|unsere*)
(coffee|cafe|kaffee|lunch|almuerzo|almoco|dejeuner|mittagessen) (offert|offerts)
(coffee|lunch) on us
(por|a) (nossa|nuestra) (conta|cuenta)
geht auf uns
(good|buenas|boas|bonnes|gute|flexible*) (credit|payment|credito|pago|pagamento|paiement|zahlungs*) (terms|condiciones|condicoes|conditions|bedingungen)
(be|ser|etre|sein) (your|su|seu|votre|ihr*) (supplier|proveedor|fornecedor|fournisseur|lieferant|provider)
(fournir|beliefern|abastecer|suministrar|supply|approvisionner|equiper|ausstatten) (vos|votre|your|ihre|ihr|sus|su|seus|sua|tus|os|as)
de: @their _? _? (beliefern|ausstatten|versorgen|ausrusten)
(c'est|est|es|e|is|ist) (notre|unser|nuestro|nuestra|nosso|nossa|our) (metier|job|trabajo|trabalho|beruf|specialite|especialidad|especialidade|spezialitat|kerngeschaft)
genau das (machen|tun|bieten|losen) wir
(exhibitor*|expositor*|exposant*|aussteller*) (stands|stand|booths|booth|espacos|espacios|space|spaces|flachen|platze)
(stands|stand|espacos|espacios|places|booths) (para|pour|for|fur) (expositores|exposants|exhibitors|aussteller)
(organizamos|organisons|organizando|veranstalten|organising|organizing|hosting) (la|el|a|o|le|the|die|den|das)? _? (feria|feira|salon|messe|expo|fair|summit|congreso|congresso|festival|forum|conference|conferencia|kongress|evento|event)
(valuation|valoracion|avaliacao|estimation|bewertung|wertermittlung|tasacion) (ist|es|e|is|est)? (gratuit*|gratis|free|offerte|kostenlos*)
(buyers|compradores|acquereurs|acheteurs|kaufer|kaufinteressent*) (qualifies|qualified|qualificados|calificados|vorgemerkte)? ,? (cherchant|looking|buscando|procurando|cherchent|qui|que|die|suchen|interessados|interesados)
(get|add|bring|book|deliver|conseguimos|generamos|geramos|obtenons|decrochons|liefern|bringen|vereinbaren) (you|te|vous|ihnen)? (between|entre|de|zwischen)? # ... (meetings|reuniones|reunioes|reunions|rendez|termine|leads|appointments|citas)
(don't|no|nao|ne) (pay|pagas|paga|pague|payez|zahlen)
# €? / (h|hr|hour|hora|heure|stunde|std)
# (€|eur|euros|dollars|usd|reais)? (/|al|por|per|a|par|pro) (dia|day|jour|tag|hora|hour|heure|stunde|hr|h)
(mettons|stellen) ... (disposition|verfugung)
(candidats|candidates|candidatos|kandidaten|profils|perfiles|perfis|profiles|profile) ... (disponi*|available|verfugbar)
(#|zwei|two|deux|dos|dois|drei|three|trois|tres|several|mehrere|plusieurs|varios|varias) _? _? (programmierer|entwickler|engineers|ingenieure|developers|devs|consultants|techniker|fachkrafte|collaborat*) ... (disponi*|available|verfugbar)
(engineers|ingenieros|engenheiros|ingenieurs|ingenieure|devs|developers|desarrolladores|desenvolvedores|developpeurs|entwickler|scientists|consultants|freelances|freelancers|talent|talents|talentos) _? (listos|listas|prontos|prontas|disponi*|ready|available|verfugbar|para|pour|to)
(vermitteln|placons|place|colocamos|alocamos|placamos|provide|staff) ... (entwickler|developer*|freelance*|devs|desarrolladores|desenvolvedores|profile*|talent*|consultants|ingenieure|engineers|ingenieros)
`)},
	// A recruiter with a role to fill: a role at a company left unnamed
	// (a client's), a search they run, a mandate held exclusively.
	{W: 2, Note: true, Lines: (`
^ (got|have) @a _? _? _? @offered
(estou|estamos|to|tamo) com @a? _? @offered
@offered (at|with|en|na|numa|num|chez|bei|dans|in) @a _? (fintech|startup|scale*|company|empresa|entreprise|unternehmen|firm|bank*|banc*|banque|retailer|multinacional|multinational|grupo|groupe|konzern|saas|healthtech|insurer|versicherer|aseguradora|seguradora|assureur)
`) + recruiterLines, ExceptLines: (`
(candidat*|postul*|appl*|beworben|bewerb*) _? _? @offered
(founder*|cofounder*|cofundador*|cofondat*|mitgrunder*|associe|associee|socio|socia)
`)},

	// Something the sender has or found for them, named vaguely: "we may
	// have something that helps", "wir hätten da ein Angebot", "we figured
	// out how to halve it", "what we're building". A veiled offer.
	{W: 2, Lines: (`
(we|i|we've|i've|wir|ich) (have|had|got|haben|hatten|habe|hatte|hab|may|might) (have|got|da|dafur)? @a? _? @thing
(tive|tivemos|tuve|tuvimos|ocurrieron|ocurrio|venu|venues) @a? _? _? _? @thing
fr: (nous|on) (avons|a) @a? _? @thing
fr: j'ai @a? _? @thing
(tenemos|temos|tengo|tenho|hab) (da)? @a? _? @thing
(working|trabajando|trabalhando|travaille|arbeite*|building|construyendo|construindo|creating|creando|criando) (on|en|em|sur|an)? (something|algo|quelque|etwas)
(existe|exists|hay|gibt|geht|there's) _? _? (mieux|better|mejor|melhor|besser|einfacher|easier|simpler|smarter)
(what|was) (we're|we|wir) _? (build*|doing|making|develop*|bauen|machen|entwickel*)
(lo|o|ce) que (estamos|nous|on) _? _? (haciendo|construy*|desarroll*|fazendo|constru*|desenvolv*|faisons|developpons)
(we|we've|on|nous|wir|hemos|temos|avons) (found|figured|cracked|trouve|encontr*|descobr*|descubr*|gefunden|have|a|haben) (found|figured|trouve|gefunden|out)? (how|comment|como|wie|a|un|una|uma|einen) (way|moyen|manera|forma|weg)?
`), ExceptLines: (`
@thing (in|en|em|to|que|a|zu) (common|comun|comum|commun|ask|preguntar|perguntar|demander|fragen)
@thing (similar|parecido|semelhante|similaire|ahnliches)
(what|lo|o|ce|was) (que)? (we|nous|wir|on) _? (doing|haciendo|fazendo|faisons|machen) (at|here|in|en|em|a|with|con|com|avec|mit) ... ?
`)},
	// Taking on work: new clients or projects, work by the project, time
	// free for it ("ab März wieder Kapazität für neue Projekte").
	{W: 2, Lines: (`
(new|nuev*|nov*|nouve*|neue*|weitere*) (proje*|proyect*|client*|kund*|mandat*|auftrag*)
(for|para|pour|fur|por|per|par|pro) (proje*|proyect*|auftrag*|encargo*)
(work|working|trabajar|trabalhar|travailler|arbeiten) (with|con|com|avec|mit|pour|para|for|fur) @your (restaurant*|hotel*|marca|brand*|marque*|shop|store|boutique|tienda|loja|clinic*|praxis|studio)
(projet|projets|projeto|projetos|proyecto|proyectos|project|projects|projekt|projekte) (em|en|ou|where|wo|bei) ... (possa|pueda|puisse|can|could|kann) (ajudar|ayudar|aider|help|helfen)
`), ExceptLines: (`
@your _? _? (proje*|proyect*)
(proje*|proyect*) N
`)},
	// A job to be done for them: if they need or look for a photographer,
	// a translator, a copywriter.
	{W: 2, Lines: (`
(if|should|si|se|caso|case|falls|wenn|sollten|jamais) ... (need*|look*|seek*|cherch*|busc*|procur*|brauch*|precis*|necesit*|besoin) ... @provider
(falls|wenn|sollten) ... ... @provider ... (brauch*|such*)
`)},
	// A soft sell: what worked for others offered, references shown, a
	// test access or a spin offered, their take asked on what the sender
	// builds, a paid collab and its rate card, tickets, agencies offered,
	// an MLM's "I thought of you right away", a project to be considered
	// for ("happy to share what worked for others", "würden Ihnen gern
	// ein paar Referenzprojekte zeigen", "give it a spin", "lembrei de você
	// na hora").
	{W: 2, Lines: (`
(share|partilhar|partilho|compartir|compartilhar|compartilho|partager|teilen|zeigen|show|contar|conto|cuento) ... (what|que|lo|ce|was) (que|qui)? (worked|resultou|funciono|funcionou|marche|funktioniert|a) (for|with|com|con|pour|bei|fur|chez|para) (others|them|clients|eles|elas|ellos|ellas|eux|anderen|autres|otros|outros|teams|companies)
(referenzprojekte|referenzkunden)
(testzugang|zugang|access|acceso|acesso|acces) (schicken|senden|send|enviar|mandar|envoyer|geben|give)?
(give|take) it a (spin|try|whirl|go)
try it (free|out|for)
(building|built|bauen|construyendo|construindo|developpons|desarrollando|desenvolvendo) (something|algo|etwas|quelque|ein|an|a|un|uma|una) ... (take|feedback|opinion|opiniao|avis|meinung|input|thoughts)
(paid|bezahlte|pagada|paga|remuneree) (collab|collaboration|colaboracion|colaboracao|kooperation|partenariat)
(rate|media|press) (card|kit)
(tickets|entradas|ingressos|billets|karten) (gibt's|gibts|here|aqui|ici|hier|at|en|em|sur|unter)
(work|trabajan|trabajais|trabalham|travaillez|arbeiten|arbeitet) (with|con|com|avec|mit) (agencies|agencias|agences|agenturen|recruiters|headhunters|personaldienstleistern)
(pense|pensei|lembrei|thought|pensado|gedacht|acorde|acordei) (a|de|em|of|en|an)? (toi|voce|vc|ti|you|dich|vous) (na|tout|right|immediately|sofort|enseguida|inmediatamente|instantly|de|al|direkt|gleich) (hora|suite|away|inmediato|immediatement|instante)?
(descubra|descubre|discover|decouvrez|entdecken) (quanto|cuanto|how|combien|wie)
(if|si|se) (any|algun|alguno|algum|un|une|ein) (project|proyecto|projeto|projet|projekt)
`)},
	// More of a seller's ways: trying it with their team, a bag to try, an
	// idea sketched for their brand, listings or options to send, a tool
	// being validated, trainings given or sessions organised, the problem
	// the sender solves, a tasting to host them for, the best solution,
	// what was solved for others ("would you be up for trying it with your
	// team?", "se me ocurrió una campaña", "tengo tres opciones que podrían
	// encajar", "c'est exactement le problème que je résous").
	{W: 2, Lines: (`
(trying|try|testar|probar|probarlo|essayer|testen|ausprobieren) (it|lo|la|o|a|le|es|das)? (with|con|com|avec|mit) (your|tu|seu|sua|votre|ton|ihrem|deinem|eurem) (team|equipo|equipe|equipa|time|leute)
(for|para|pour|zum) (you|que|vous|ti|te) (to)? (try|pruebes|pruebe|experimente|experimentar|gouter|goutiez|probieren|testen|testes|probar)
(sketched|drafted|esbozada|esbozado|esboce|esquisse|esquissee|skizziert|entwickelt|desenhei|rascunhei|ocurrio) (a|an|una|un|uma|une|eine|einen)? _? _? (idea|ideia|idee|concept|concepto|conceito|proposal|propuesta|proposta|campana|campanha|campagne|kampagne|label|etiqueta|design|mockup)
(tengo|tenho|habe|have|j'ai|hab|i've) (got)? (aktuell|ahora|agora|currently|actuellement)? (#|two|three|four|dos|tres|cuatro|duas|quatro|deux|trois|quatre|zwei|drei|vier|several|varias|varios|plusieurs|mehrere) (passende|good)? (opciones|opcoes|options|objekte|biens|propiedades|imoveis|properties|listings|inmuebles|buyers|compradores|acheteurs|kaufer|units|flats|apartments|departamentos|apartamentos)
(validando|validating|validant|testando|testing) (una|uma|a|an|un|une|ein|eine|my|mi|minha|mon|our|nuestra|nossa|notre)? (herramienta|ferramenta|tool|outil|app|producto|produto|product|idea|solucion|solution|solucao|plataforma|platform)
(doy|damos|dou|give|run|donne|donnons|gebe|geben|imparto|ministro) (capacitaciones|formaciones|trainings|workshops|talleres|cursos|treinamentos|formations|schulungen|ateliers|seminarios|seminaires)
(puedo|posso|can|peux|kann|podemos|pouvons|konnen) (organiser|organizar|organize|organise|organisieren|run|dar|donner|animer|impartir) (une|una|uma|a|an|eine|einen)? _? (session|sesion|sessao|workshop|formation|training|schulung|taller|oficina|atelier|charla|palestra)
(probleme|problema|problem) (que|that|das|den|qui) (je|i|yo|eu|ich|we|nous|wir|nosotros|nos)? (resous|resuelvo|resolvo|solve|lose|resolvemos|resolvons|losen)
(accueillir|recibir|receber|welcome|host|empfangen) (pour|para|for|zu|zur|zum) (une|un|a|una|uma|einer|einem)? (degustation|degustacion|degustacao|tasting|verkostung|cata|visite|visita|visit|demo|demonstration)
(la|the|a|die) (mejor|best|melhor|meilleure|beste) (solucion|solution|solucao|losung|opcion|option|oferta|offer|offre|plataforma|platform)
(resolvemos|resolved|solved|resolu|resolvimos|gelost) (isso|eso|esto|this|that|ca|das|it) (em|en|in|for|pour|bei|dans|para) (#|two|three|dos|tres|duas|deux|trois|zwei|drei|varias|varios|varias|several|plusieurs|mehreren)
(work|trabajo|trabalho|arbeite|travaille|help|helping|ayudo|ajudo|accompagne) (with)? (leaders|founders|ceos|executives|lideres|dirigeants|fuhrungskrafte|fundadores|fondateurs|grunder) (like|como|comme|wie) (you|tu|ti|voce|vous|toi|sie|dich)
(valuation|tasacion|estimation) (visit|visita|visite|termin)
(planes|planos|plans|offres|ofertas|tarifs|tarifas) (muy|muito|tres|very|sehr|super|bien)? (competitivos|competitivas|competitive|competitifs|attractive|attractifs|gunstig|gunstige)
`)},
	{W: 1, Lines: (`
(if|si|se|falls|wenn) (that's|thats|that|it's|its|it|c'est|ca|isso|eso|das|es) (ever)? (useful|helpful|util|utile|hilfreich|nutzlich)
(gerimos|gestionamos|gerons|gerenciamos|manage|managen|betreuen) ... (para|for|pour|fur) (negocios|businesses|entreprises|unternehmen|empresas|companies|brands|marcas|marques|marken)
`)},
	// The same thing done for someone else, told by the sender's company:
	// the case of a client like them, the pitch's usual opening ("we built
	// something similar for a kayak brand", "on a réglé le même souci pour
	// deux boulangeries", "a gente resolveu isso pra duas software houses").
	{W: 2, Note: true, Lines: (`
(we|we've|on|nous|gente|wir|hemos|temos|avons|nosotros|nos) ... (same|similar|mismo|misma|parecido|parecida|semelhante|mesmo|mesma|meme|similaire|ahnlich*|gleiche*) _? _? (for|para|pour|fur|pra|bei|chez) ` + someClient + `
(resolvemos|resolvimos|resolveu|resolved|solved|fixed|resolu|regle|gelost|behoben|arreglamos|solucionamos) (isso|eso|esto|this|that|it|ca|das|es|le|lo|o|the|el|la|a)? _? _? (for|pour|para|pra|fur|bei|chez) ` + someClient + `
(aide|helped|ayudado|ayudamos|ajudamos|ajudou|geholfen|accompagne) (#|two|three|four|five|deux|trois|quatre|cinq|dos|tres|cuatro|cinco|duas|dois|quatro|zwei|drei|vier|several|plusieurs|varias|varios|mehrere|mehreren)
(we've|we|on|nous|wir|hemos|temos|gente) (have|a|avons|haben)? (developed|developpe|entwickelt|desarrollado|desenvolvemos|desenvolveu|desarrollamos|gebaut) (une|an|a|eine|einen|um|uma|una|un)? (appli|app|outil|tool|solution|plataforma|platform|software|logiciel|losung|ferramenta|herramienta) (pour|for|fur|para|pra) (ca|that|this|das|eso|isso|esto)
(j'ai|i've|i|he|hemos|preparei|prepare|habe|hab) (prepare|prepared|preparado|erstellt)? (un|a|uma|una|einen|eine|ein) (comparatif|benchmark|report|rapport|estudio|estudo|studie|guide|guia|leitfaden|checklist|whitepaper|informe|relatorio)
`)},
	// An offer to tell how it was done: the case study's ask ("je vous
	// raconte comment", "fico à disposição pra contar como", "happy to
	// walk you through how", "happy to pass on what they learned").
	{W: 1, Lines: (`
(je|te|lhe|vous|ihnen|dir) (vous|te|lhe)? (explique|raconte|conto|cuento|explico|muestro|mostro|montre|erzahle|zeige) (?|$|comment|como|wie|quoi)
(pra|para|pour) (contar|explicar|mostrar|raconter|expliquer|montrer) (como|comment)
(erzahle|zeige) (ich) (ihnen|dir|euch) (gern|gerne)? ,? (wie|was)
(happy|glad|love) to (walk|tell|show|explain) (you)? (how|what|through)
(pass|share|send) on what (they|we) (learned|learnt|found|did)
`)},
	// Free to take work on, said outright: capacity the sender has, rates
	// that are friendly, "think of us", "you know where to find me", "that's
	// my day job" ("Ich hab grad Kapazitäten", "pensez à nous !").
	{W: 2, Lines: (`
(hab|habe|have|tengo|tenho|j'ai|ai|haben|hatte|hatten) (grad|gerade|currently|some|spare|free|freie|noch|wieder|aktuell|actuellement|actualmente|atualmente)? (kapazitat*|capacity|bandwidth|capacidad|capacidade|capacite)
(rates|tarifs|tarifas|precios|precos|preise|konditionen|prices) (are|sont|son|sao|sind)? (friendly|flexible|flexibles|flexiveis|competitive|competitivos|competitivas|competitifs|attractive|attractifs|amigables|gunstig|fair|faire)
(pensez|pense|pensa|pensem|piensa|piensen|denkt|denken|think) (a|an|of) (nous|nosotros|nos|uns|us)
(ja|ya|already) (sabe|sabes|sabem|know|sais|savez|weisst|wisst|wissen) (onde|donde|where|ou|wo) (me|nos|us|mich|uns)
(that's|thats|c'est|es|e|ist) (my|mi|meu|mon|mein) (day|main)? (job|trabajo|trabalho|metier|boulot|beruf)
(vc|voce|you|vous|usted|sie|du|tu) ... (procurando|buscando|looking|cherchez|suchen|busca|buscas|procura) (for|um|einen|des|un|de|por)? (fornecedor*|proveedor*|fournisseur*|supplier*|lieferant*|vendor*)
(best|mejores|melhores|meilleures|meilleurs|besten) (deals|ofertas|offres|angebote|precios|precos|prix|preise)
(tengo|tenho|have|j'ai|habe|hab|temos|tenemos|avons|haben) _? (departamentos|apartamentos|propiedades|imoveis|properties|listings|biens|wohnungen|immobilien|lotes|terrenos)
(send|mandar|enviar|envoyer|schicken) (over|you|te|le|lhe|vous|ihnen|dir)? (some|algunas|algumas|des|quelques|ein|einige)? (samples|muestras|amostras|echantillons|muster|proben)
`)},
	// Free to take work on: available, capacity, at their disposal.
	{W: 1, Lines: (`
(available|disponib*|disponiv*|verfugbar|disposi*|verfugung|capaci*|kapazit*|bandwidth)
(si|se|if|falls|wenn) ... (necesit*|precis*|need*|besoin|brauch*) (una|uma|a|un|de|d'un|eine)? (mano|apoio|apoyo|help|hand|coup|unterstutzung|ayuda|ajuda|renfort)
agenda (livre|libre)
(conte|cuente|cuenta|conta|comptez) (comigo|conmigo|sur)
a (la|su|sus|tu|tus|vuestra|vuestras) (orden|ordenes)
`), ExceptLines: (`
(are|were|be|seriez|etes|estas|estaria|seria|sind|waren|ware|bist|you|vous|sie|usted|voce) (you|vous|sie|du|usted|voce|tu)? (disponib*|disponiv*|available|verfugbar)
@your (availability|disponib*)
`)},
	// Easy money and a team to join: network marketing and side
	// businesses. Hardly ever said innocently, except of the reader.
	{W: 3, Note: true, Lines: easyMoneyLines, ExceptLines: (`
@your _? _? (side|passive|business|negocio)
@your _? _? _? (invest*|invert*|course|curso|cours|kurs)
`)},

	// The answer to their problem, ours: "we have the perfect solution for
	// your…", "tengo la solución para tus…", "ich habe die Lösung für
	// deine…"; a company presented ("venho apresentar a minha empresa",
	// "Ihnen unser Unternehmen vorstellen").
	{W: 3, Lines: (`
(solution|solutions|solucion|soluciones|solucao|solucoes|losung|losungen) (ideal|perfect|perfecta|perfeita|parfaite|perfekte)? @for @your
(apresentar|presentar|presentarle|presentarles|presenter|introduce) (you|le|lhe|vous|les|lhes)? (a|la|o|the|minha|nossa|mi|nuestra|notre|mon|ma|our|my) (empresa|entreprise|societe|cabinet|agence|agencia|agency|company|firm|consultoria|consultora|servicos|servicios|services)
(unser|unsere|mein|meine) (unternehmen|firma|agentur|kanzlei|leistungen|dienstleistungen|angebot) (kurz)? vorstellen
(stelle|stellen) (ich|wir)? (ihnen|dir|euch) (gern|gerne|kurz)? (unser*|mein*|das|die|den) ... vor
(darf|durfen|kann|konnen) (ich|wir) (ihnen|dir|euch) (kurz)? (unser*|mein*)
(mussen|must|need|precisa|precisas|necesitas|devez|dois|tienes|tem) (to)? (kennenlernen|conhecer|conocer|decouvrir|see|try|check|ver|voir|probar|testar|essayer|testen) (unser*|our|nosso|nossa|nuestro|nuestra|notre|nos|my|mi|meu|mon|ma|mein*)
(mussen|musst) (unser*|mein*) ... (kennenlernen|testen|sehen|ausprobieren)
(gagnerait|ganharia|ganaria|profitieren|profiterait|benefit|beneficiar*) (a|de|from|em|von)? (utiliser|usar|using|nutzen)? @our
(tengo|tenemos|temos|tenho|j'ai|avons|haben|habe) (una|uma|a|une|eine)? (promo|promocion|promocao|promotion|aktion|oferta|offre|descuento|desconto|remise|rabatt)
(schlage|propose|proposer|propor|proponer|proponho|propongo|suggest|vorschlagen) (ihnen|vous|you|te|lhe|le)? (eine|une|a|uma|una)? (partnerschaft|partenariat|partnership|parceria|alianza|kooperation|collaboration|colaboracion)
(einladen|invite|invitons|convidamos|invitamos|laden|convida*|invita*|inviter) ... (auszustellen|ausstellen|exposer|exponer|expor|exhibit|expositor|expositora|exposant|exhibitor|aussteller)
(standflache*|stand|stande|booth|stands|espacio|espaco) (reservieren|sichern|buchen|reservar|reserver)
(vous|le|lhe|les|ihnen|te) (presenter|presentar|apresentar|vorstellen|montrer|mostrar) (nos|notre|nuestros|nuestra|nuestro|nossos|nossa|nosso|unsere|unser|our)
(our|notre|nuestra|nuestro|nossa|nosso|unser|unsere) (cabinet|agence|agency|empresa|firma|agentur|consultora|consultoria|studio|estudio|societe|company) (aide|aidons|helps|ayuda|ajuda|hilft|accompagne|acompana|acompanha|unterstutzt)
(aumentar|increase|augmenter|steigern|boost|subir|2x|3x|4x|5x|10x|double|doubler|doblar|dobrar|duplicar|triple|tripler|verdoppeln|verdreifachen) (sua|su|your|ur|votre|ihre|tu|seu|vos|tus|seus|dein|deine|ton|ta) (conversao|conversion|conversiones|ventas|vendas|sales|umsatz|ventes|revenue|receita|ingresos|chiffre|leads|income|revenus|einkommen|renda|faturamento|facturacion|pipeline|clientes|clients|kunden)
(i|we) (place|placed)
(introduce|present|presentar|apresentar|presenter|vorstellen|compartirte|compartirle|partager|share|partilhar|compartilhar) @our (approche|approach|enfoque|abordagem|ansatz|methode|method|metodo|offre|offer|oferta|angebot|solution|solucion|solucao|losung|gamme|range|produit|product|producto|produto|service*|servic*|plateforme|platform|plataforma|plattform|outil|tool|herramienta|ferramenta|logiciel|software|erp|crm|app|application|aplicacion|aplicativo)
(rejoignez|rejoins|join|unete|unase|junte|inscrivez|inscreva|inscribete|participez) (vous|se|te|sie)? (a|to|in|em|en|au|na|no)? @our (formation*|curso*|course*|programme|programa|program|training*|kurs*|seminar*|masterclass|mentoria|webinar*|atelier*|taller*|workshop*|bootcamp|academy|academie|academia)
`), ExceptLines: (`
(i|we) placed (first|second|third|fourth|1st|2nd|3rd|4th|top|in|at)
`)},

	// Something free the sender made for people like them, a guide, a
	// template or a session ("un guide gratuit", "einen kostenlosen
	// Leitfaden"); staff and rates of an outsourcing shop ("dedicated
	// resources at a competitive rate"); a sponsor package; our product
	// that can help them.
	{W: 3, Lines: (`
(free|gratis|gratuit|gratuite|gratuito|gratuita|kostenlos*|gratuitement|gratuitamente) (valuation|wertermittlung|bewertung|tasacion|avaliacao|estimation|estudio|estudo|etude|bilan|check|guide|leitfaden|guia|template*|plantilla*|vorlage*|modele*|checklist*|ebook|audit*|diagnostic*|diagnostico|session*|sesion*|sessao|seance|masterclass|webina*|trial|pilot*|consulta*|beratung*|erstgesprach|analyse|analysis|analisis|analise)
(guide|leitfaden|guia|template*|plantilla*|modele*|checklist*|ebook|audit*|diagnostic*|diagnostico|session*|sesion*|sessao|seance|masterclass|webina*|consulta*|analyse|analisis|analise) (gratuit|gratuite|gratuito|gratuita|gratis|offert|offerte|kostenlos)
(we|wir|nous|on|hemos|temos|avons) (have|haben|a|avons|hemos|temos)? (wrote|written|geschrieben|publie|publicado|publicamos|creado|criado|cree|created|made|built|gemacht|erstellt|entwickelt|hecho|feito|redige|prepared|preparado|prepare) @a _? _? (guide|leitfaden|guia|plantilla|template|vorlage|modele|modelo|checklist|ebook|tool|outil|herramienta|ferramenta|plugin|calculator|rechner|calculadora|simulateur|simulador|whitepaper|studie|estudio|estudo|report)
(dedicated|dedicado*|dedie*|dedies|dedizierte*) (resource*|recurso*|ressource*|developer*|desarrollador*|desenvolvedor*|developpeur*|entwickler*|team|equipo|equipe)
(competitive|competitif|competitiv*|competitivo*|attractif|atractivo*) (rate*|price*|tarif*|prix|precio*|preco*|cost*|costo*|custo*)
(rate*|price*|pricing|tarif*|prix|precio*|preco*|custo*|costo*|salar*|gehalt|remunera*) (tres|muy|muito|very|tout|sehr|super|ultra)? (competiti*|attracti*|atractiv*|attraktiv*|wettbewerbsfahig*)
(rentabilidad|rentabilidade|rendite|rendement|return|returns|yield|rende|rinde|rendimiento|rendimento) ... %
# % (rendite|return|returns|yield|rentabilidad|rentabilidade|rendement|rendimiento|rendimento|ao|al|par|pro)
(review|revisar|analisar|analizar|analyser|prufen|uberprufen|comparar|comparer|vergleichen|compare|optimiser|optimizar|otimizar) (your|tu|tus|seu|sua|seus|votre|vos|ihre|ihren|deine) _? (insurance|seguro*|assurance*|versicherung*|portfolio|portafolio|carteira|cartera|finances|finanzas|financas|retirement|jubilacion|aposentadoria|retraite|altersvorsorge|life|coverage|cobertura|couverture)
(proposer|presenter|presentar|apresentar|vorstellen|share|send) (nos|nuestros|nossos|unsere|our) (profils|perfiles|perfis|profiles|consultants|consultores|candidats|candidatos|kandidaten|talents|freelances|developers|developpeurs)
(could|can|podria|poderia|pourrait|konnte) (use|aprovechar|aproveitar|profiter) (us|our|nuestros|nossos|nos|uns)
(mando|mandamos|envio|enviamos|mandar|enviar|send) (te|le|lhe|you)? (el|the|o|nuestro|nosso|our)? dossier
(alocar|allouer|fournir|fornecer|proveer|bereitstellen|provide) (you|vous|te|le|lhe|ihnen)? ... (resource*|recurso*|ressource*|profissionais|profesionales|developers|desenvolvedores|desarrolladores|developpeurs|entwickler)
(sponsor*|patrocin*) (package*|paket*|paquete*|pacote*|slot*|deal*|option*|opcion*|opcoes|unterlagen|deck|kit|dossier|cotas|cuotas|opportunit*|oportunidad*)
(buscamos|buscando|seeking|looking|suchen|cherchons|procuramos|procurando|fechando|closing|cerrando) ... (sponsors|sponsoren|patrocinadores|partenaires|exposants|aussteller|expositores)
(media|midia) kit
@our _? _? (can|puede|pode|peut|kann|konnen|could|podria|poderia|pourrait|konnte) (really|realmente|vraiment|wirklich|definitely)? (help|ayudar|ajudar|aider|helfen|unterstutzen)
`), ExceptLines: (`
@your _? _? (free|gratis|gratuit*|kostenlos*|guide|leitfaden|guia|template|plantilla|checklist|ebook|session*|sesion*|masterclass|webina*)
(thanks|thank|gracias|merci|danke|obrigad*) ... (free|gratis|gratuit*|kostenlos*)
`)},

	// What is offered: their product or service. "Our platform" says more
	// than "my course".
	{W: 2, Lines: (`
(our|nuestr*|noss*|notre|nos|unser*|tenemos|temos|contamos|avons|lance|lanzando|lancando) _? _? @offer
(ofrecemos|oferecemos|offrons|proposons|bieten|offering|prestamos|brindamos) _? _? _? @offer
(launch*|cree|creado|criei|criado|created|lanc*|lanz*|released|gelauncht) (my|mi|mis|meu|meus|minha|mon|ma|mes|mein*|a|an|un|una|um|uma|une|ein|eine|einen) _? _? @offer
@our (new|neu*|nuev*|nov*|nouve*)
@a _? @tool (that|which|to|que|qui|die|das)
(looking|seeking|recherch*|cherch*|busc*|procur*|such*) (for)? _? _? (distribu*|resellers|revendeur*|revendedor*|importad*|importateur*|importeur*|stockists|retailers)
(partners|partenaires|parceiros|socios|partner|partenaire|parceiro|socio) (to|pour|para|zum)? (distribu*|revend*|carry|stock|vertrieb|vertreiben)
(the|la|le|el|o|die|der|das) _? @tool (that|which|que|qui|die|das)
(tester|testar|probar|try|testen|essayer|provar|ausprobier*|experimentar) (gratuit*|gratis|free|out)? @our
(gratis|kostenlos) testen
(peca|pida|solicite|solicita|demandez|request|fordern) (seu|su|un|uma|um|votre|your|a|o|el|ihr|ihren)? (orcamento|presupuesto|devis|quote|cotizacion|cotacao|angebot)
(launched|lancamos|lancei|lanzamos|lance|released|gelauncht) _ @a _? _? @offer
`), ExceptLines: (`
(lance|lanzando|lancando|launch*) @a? (startup|start|empresa|company|entreprise|unternehmen)
(produ*|plat*|app|software|servic*) (team*|manager*|lead*|design*|owner*|org|equipo|equipe)
`)},
	{W: 1, Lines: (`
(my|mi|meu|minha|mon|ma|mein*|tengo|tenho) _? _? @offer
(referenz*|arbeitsprobe*)
(partnership*|partenariat*|parceria*|alianza*|kooperation|synerg*)
(looking|seeking|recherch*|cherch*|busc*|procur*|such*) (for)? _? (partner*|partenaire*|parceir*|socio*|resellers|revendeur*|distribu*)
`), ExceptLines: (`
(produ*|plat*|app|software|servic*|solu*) (team*|manager*|lead*|design*|owner*|org|equipo|equipe|architect*|engineer*|specialist*|exam*|certif*)
@my (portfol*|unterlagen|plan|company|empresa)
@my (course|curso|kurs|formation|program*) (at|in|en|na|no|an|am|a)
`)},

	// What a seller sends or shows: a demo, a deck, a case study, a trial,
	// something made for them.
	{W: 2, Lines: (`
(termine|slots|plazas|creneaux|horarios|disponibilidades) (frei|free|libres|livres|disponibles|disponiveis|open|offen)
(schau|schaut|schauen|passez|pasate|passa|stop) ... ... U
(formation|curso|cours|course|kurs|programme|programa|program|masterclass) (en|em|on)? (ligne|linea|online|line)
online (kurs|course|curso|cours|programm|program|coaching|akademie|academy)
(to|tou|estou|estoy|i'm|im) (vendendo|vendiendo|selling|vendant)
(precisar*|precisem|necesit*|need*|besoin) (de|of)? (um|uma|a|un|une|einen|an)? (fornecedor|proveedor|fournisseur|supplier|lieferant)
(software|dev|development|desarrollo|desenvolvimento) house
(share|send|revert) (with)? (your|ur) (requirement|requirements)
(site|website|brochure|plaquette|catalog*|catalogue|blog|channel|canal|chaine|kanal|info|infos|informacion|informacoes|informations|preise|prices|tarifs|precios|precos|pricing|landing|livre|whitepaper|outlook|guide|guia|leitfaden|agende|agendez|reservez|buchen|olhada|oeil|vistazo) ... :? U
(preise|prices|precios|precos|tarifs|prix|pricing) (unter|at|en|em|sur|on|here|aqui|ici|hier|:)
(suppliers|supplier|vendor|vendors|proveedores|fornecedores|fournisseurs|lieferanten|prestataires) (list|lista|liste)
(ma|my|mi|minha|meine|mon|our|nuestro|nuestra|nosso|nossa|notre|unsere|unser) (carte|menu|carta|cardapio|speisekarte|catalogue|catalog|catalogo|katalog)
(tengo|tenho|j'ai|i've|have) (una|uma|um|un|une|a|an)? (mentoria|mentoring|bootcamp|programa|program|programme|curso|course|formation|kurs|coaching|masterclass) (de|of|para|for|pour|fur)
(schenke|offre|regalo|ofereco|ofrezco|gift|give) (ihnen|dir|vous|te|lhe|you)? ... (session|sitzung|coaching*|sesion|sessao|seance|consultation|beratung|erstgesprach)
(something|algo|quelque|etwas) (we've|we|que|qu'on|das|was) (hemos|temos|avons|wir)? (built|construido|construimos|construit|gebaut|developed|desarrollado|desenvolvemos|developpe|entwickelt)
(we've|we|nous|wir|temos|tenemos) (have|got|avons|proposons|haben)? (a|an|un|una|um|uma|ein|eine)? (programme|program|programa|programm) (that|que|qui|das|which|para|pour|for)
(demo|demos|walkthrough|demostracion|demonstracao|demonstration|d'essai|deck|pager|expose|exposes|brochur*|folleto*|plaquette*|broschure*|catalog*|whitepaper*|loom|video|webina*|masterclass|trial|pilot*|cotizacion*|devis|angebot|vorschlag|propuesta*|proposta*|proposal|proposition|fallstudie*|teardown|tabela|presentac*|apresentac*|prasentation)
(fiz|hice|made|monte|montei|ai) (fait)? (uma|una|un|une|a|an) _? (auditoria|audit|analise|analisis|analyse|diagnostico|diagnostic|mockup|maqueta|prototipo|prototype)
(ideen|ideas|ideias|idees|verbesserung*|mejoras|melhorias|ameliorations|sugerencias|sugestoes|suggestions) (notiert|anotado|anotadas|anotei|notees|noted|jotted|gesammelt|recopilado)
(notiert|noted|jotted|anote|anotei|note|gesammelt) (down)? (a|some|few|ein|einige|algunas|algumas|quelques)? _? (ideas|ideen|ideias|idees|improvements|mejoras|melhorias|ameliorations|verbesserung*|quick)
(case|cas|caso|fall) (study|studies|client|cliente|kunde)
(concernant|regarding|about|sobre|bezuglich|zu) (notre|our|nuestra|nuestro|nossa|nosso|unsere*) (offre|offer|oferta|angebot|solution|solucion|solucao|losung|proposal|proposition|propuesta|proposta|produit|product|producto|produto|produkt)
(anbei|attached|joint|adjunto|segue|voici|here's|heres) ... (unsere*|our|notre|nuestro|nuestra|nosso|nossa) _? (case|katalog|catalogue|catalog|broschure|brochure|offre|angebot|fiche|ficha|datenblatt|datasheet)
(livrer|livrons|entregar|entregamos|deliver|liefern) ... (sous|en|em|in|within|innerhalb) #
(caso|casos|etude|estudo|estudio) de (exito|cas|caso|casos|sucesso)
(erstgesprach|ebook|checklist*|playbook)
(um|uma|nosso|o) case
(early|beta|design|pilot) (access|adopters|users|testers|partner*)
(access|zugang|acceso|acesso|acces) (to|zum|zu|a|al|ao|para|pour)? (test|testen|try|probar|testar|essayer|our|unsere|unserer|nuestra|nossa|notre)
(put|putting) together
(prepared|recorded|drafted|preparado|preparei|preparamos|prepare|grabe|gravei|erstellt|aufgenommen)
(check|mira|confira|veja|conheca|decouvrez|decouvrir|olhada|schau|schaut|schauen|regarde|regardez|olha|dale) (out|a|no|na|en|em|mal|gern|gerne|auf|sur)? (mal|gern|gerne|auf)? @mine
fr: (decouvrez|decouvrir) nos
(t'invite|invite|invito|convido|invitamos|convidamos|invitons|lade|laden) @you? (a|to|ein)? (conocer|conhecer|decouvrir|discover|entdecken|kennenzulernen|probar|testar|try|essayer|testen)
@partner ... (vorstellen|sinnvoll|vantajos*|interessant*|pourrait|poderia|podria|could|imagine|imaginer|imaginar|envisager|halte)
(explore|explorer|explorar|discuss|discuter|discutir|besprechen|proposer|propor|proponer|vorschlagen|sugerir|suggerer) ... @partner
`), ExceptLines: (`
@your ... (demo|pilot|trial|propuesta|proposta|case|study|video|presentac*|apresentac*|teardown|deck|whitepaper*)
(research|thesis|phd|doctoral|dissertation|project|tesis|these|projet|funding|grant|book|talk|paper) (proposal|proposition|proposals|propositions)
(demo|bande) (day|reel|demo|bookings)
(before|after|antes|despues|depois|apres|avant|vor|nach) (the|la|el|a|o|le|der|dem|each|cada|chaque) (demo|pilot|trial)
(saved|rescued|ruined|broke|during) (the|our|my|their|your) (demo|pilot|presentation)
(fotos|photos|pics|pictures|slides|video|videos|grabacion|gravacao|recording|aufnahme*) (da|de|do|of|from|du|des|der|von|vom|del) (la|a|o|the|el|ta|tua|sua|your|deiner|ihrer)? (apresentacao|presentacion|presentation|demo|prasentation|vortrag)
pitch deck
video (call|calls|chat)
(i'm|im|a|an|as|als|soy|sou|suis|bin) (a|an|um|uma|un|une|ein)? (pilot|piloto|pilote)
(montage|edicao|edicion|schnitt) (de|du|der)? (video|videos)
@your ... (checklist*|playbook*|ebook*|webina*|deck)
`)},

	// Something the sender has, to offer or show them: "des biens à vous
	// proposer", "algo que ofrecerte", "etwas anzubieten".
	{W: 2, Lines: (`
(have|got|j'ai|avons|tengo|tenemos|tenho|temos) ... (a|para|pra|que|to) (vous|te|le|lhe|you)? (proposer|offrir|presenter|montrer|ofrecer*|oferecer*|mostrar*|apresentar*|offer|show|present)
(give|show|book|schedule|run|offer|ofrecer|oferecer|proposer|zeigen|vorfuhren) (you|te|lhe|vous|ihnen|dir)? (a|an|un|una|um|uma|une|eine|einen)? _? _? (demo|demos|demostracion|demonstracao|demonstration|vorfuhrung|trial|pilot)
(te|le|lhe|vous|ihnen|dir) (hacer|fazer|faire|zeigen|enseno|ensenar|muestro|mostrar|mostro|montre|montrer|zeige) (a|an|un|una|um|uma|une|eine|einen)? _? _? (demo|demostracion|demonstracao|demonstration|vorfuhrung)
(vip|free|complimentary|gratis|gratuit|kostenlos*) (pass|passes|ticket|tickets|entrada|entradas|ingresso|ingressos|billet|billets)
(recibir|receber|recevoir|erhalten|receive|get) (nuestras|nuestra|nuestro|nuestros|nossa|nossas|nosso|notre|nos|unsere|unseren|our|el|la|o|a|the|le|das|den) (tarifas|tarifs|preise|prices|rates|precios|precos|propuesta|proposta|catalogo|dossier|brochure|presentacion|apresentacao|agenda|info|informacion|informacoes)
(comentarte|comentarle|explicarte|explicarle|presentarte|presentarle) (algunas|algunos|unas|unos|nuestras|nuestros|las|los|mis)? (opciones|propuestas|soluciones|servicios|productos|planes|opcoes)
(platz|platze|spot|seat|vaga|lugar|plaza|place) (sichern|reservieren|secure|garanta|garantiza|reserva|reservez)
de: (habe|haben|hatte|hatten|hab) ... (anzubieten|vorzustellen|vorzuschlagen)
(might|may|could|probably) have (something|solution|idea) (for|that) (you|your|u|could|can|might)
(tengo|tenemos|tenho|temos|j'ai|avons|hatte|hatten|habe|haben) (quizas|quiza|talvez|vielleicht|da)? (algo|quelque|etwas|was) (chose)? (para|pra|pour|fur) (ti|usted|vos|voce|vc|vous|toi|sie|dich|euch|ustedes|voces)
`), ExceptLines: (`
(experience|experiencia|erfahrung|skills|competences|competencias|habilidades|lot|much|mucho|muito|beaucoup|viel) ... (to|a|para|pra|que|anzubieten)
(no|nao|not|don't|n'ai|n'avons|keine|kein|nichts) (have|tengo|tenho|tenemos|temos|habe|haben)?
`)},

	// Giving, showing or telling them something.
	{W: 1, Lines: (`
(send|show|give|offer|walk|tell|set|introduce) (you|your)
(share|send) (it|a|some|more|over|our)
(happy|glad|love|keen) to (share|send|show|give|offer|help|bid|quote|estimate)
(happy|glad|keen) to (set|book|schedule|arrange) (up)? (a|an)
(enviar*|mandar*|mostrar*|presentar*|apresentar*|ofrecer*|contarte|contarle|platicarte|explicarte|ensenar*|propon*)
(lui|leur|vous|te) (presenter|montrer|envoyer|proposer)
(explic*|show|montr*|mostr*|zeig*|erklar*) (you|te|vous|lhe|ihnen|dir)? (melhor|better|mieux|besser)? (how|como|comment|wie)
@you (lo|la|o|a|les|los|as|os)? (envie|mande|mostre|muestre|l'envo*|envio|mando|muestro|comparto|presento|ofrezco|paso|passo|mostro|explico|reserve|guardo|partage|envoie|propose|presente|montre|dejo|deixo|laisse|cuento|conto)
vous (presenter|envoyer|montrer|proposer|partager|faire|transmettre|en|offrir)
(zeig*|schick*|send*) (ich)? (dir|ihnen|euch)
(ihnen|dir|euch) ... ... (zeig*|schick*|zusend*|send*|vorstell*|vorzustell*|anbiet*|anzubiet*|zuzusend*|zukommen|erzahl*)
(portfol*|portefol*|portafolio|reel|showreel|book|olhada|vistazo) :
(freue|freuen) (mich|uns) auf (die|eine)? zusammenarbeit
(looking|hope|hoping|espero|esperamos|hoffe) ... (cooperat*|collaborat*|colaborar|cooperer|collaborer|zusammenzuarbeiten)
(encantaria|adorariamos|adoraria|aimerions|aimerais|love) (colaborar|collaborer|collaborate|zusammenarbeiten)
(pela|por|through|par) (minha|mi|my|mon|ma) (mentoria|programa|program|programme|course|curso|formation|coaching|masterclass)
@my (work|trabajo|trabalho|travail|travaux|arbeiten) :
(share|partilh*|compart*|partag*|teil*) (consigo|contigo|details|detalles|detalhes|more|how|what)
(posso|puedo|podemos|puis|darf|kann) (je|ich)? (te|le|lhe|vous|ihnen|dir)? _? (partilhar|compartir|compartilhar|partager|teilen|mostrar|montrer|zeigen)
(can|could|may|if) i (share|show|send)
(want|like|quieres|queres|quer|voulez|veux|mochten) (to|que)? (see|ver|voir|sehen|try|probar|testar|essayer|testen|experimentar|ausprobieren|the) (it|lo|la|o|a|ca|es|details|detalles|detalhes|examples|ejemplos|exemplos)?
(take|have|quick|short) (a)? (quick)? (look|peek)
(da|dar|echa|echar|jetez|jeter|wirf|werfen) (uma|un|una|einen)? (olhada|vistazo|oeil|blick)
`), ExceptLines: (`
(could|can|would|will|pourriez|pouvez|podrias|podria|puedes|poderia|pode|konnten|konnen|kannst) (you|vous|tu|usted|voce|vc|sie|du) (share|partilh*|compart*|partag*|teil*|send|show|enviar*|mandar*|mostrar*|montr*|zeig*|schick*)
`)},

	// A call or a meeting, and time asked for.
	{W: 1, Lines: (`
(call*|chat|conversa*|d'echang*|kennenlern*|coffee|zoom|meeting|llamada|videollamada|reuni*|chamada|appel*|visio|creneau|rendez|echang*|telefon*|anruf*|bate|s'appelle|kaffee|cafe|cafezinho|termin|calend*|discu*|gesprach*|austausch)
# (min|mins|minut*)
(book|schedule|agend*|marcar|reserv*|planifier|vereinbaren|buchen) @a?
(five|ten|fifteen|twenty|thirty|cinco|diez|quince|veinte|treinta|dez|quinze|vinte|trinta|cinq|dix|vingt|trente|funf|zehn|funfzehn|zwanzig|dreissig) (minutes|min|minutos|minuten)
(want|quieres|queres|quer|voulez|veux|willst|wollen) (an|a|una|um|uma|une|eine|einen)? (invite|invitation|invitacion|convite|einladung)
(confira|check|mira|schau|regarde|veja|visita|visit|besuche|visitez) (out|em|en|at|on|auf|sur|aqui|here|it)? :? U
(pouvons|podemos|podriamos|poderiamos|konnen|can|could) (nous|we|wir)? (en)? (parler|hablar|falar|talk|sprechen|discuter|echanger|conversar)
`), ExceptLines: (`
(meeting|met) (you|at)
(at|the) N? N? (meeting|meetings)
@your _? (call*|meeting*|reuni*)
(thanks|thank|dank|gracias|obrigad*|merci) (for|fur|por|pela|pelo|pour) _? (gesprach*|call|chat|conversa*|llamada|appel)
(gostei|adorei|enjoyed|loved|great|super|tolle*) _? (da|de|the|our|la|das)? _? (conversa*|chat|chatting|echange|gesprach*|conversation|charla)
(plaisir|plaisirs) echanger
(freue|freuen) (mich|uns)? (auf|uber) (den|einen|regen|spannenden|weiteren)? (austausch|gesprach)
`)},

	// Asking for their interest or their time.
	{W: 1, Lines: (`
(interes*|curious|curios*|curieu*|neugierig) ?
(resonate|resonates|resuena|ressoa|parle|parla) ?
(ein|einen) (thema|nerv) ... ?
@you interes*
(may|might|could|would|pourrait|podria|poderia|konnte) (interest|interesser|interesar|interessar|interessieren) (you|vous|te|le|lhe|ihnen|dich)
(interesar*|interessar*|interesser|interessieren|t'interes*|lust|topa*|animas|apetece)
(open|up) to (a|an|hearing|new|being|comparing|compare|trying|testing)
worth (a|#)
(lohnt|vaut|vale) (sich|le|a)
(of|de) @your (time|tiempo|tempo|temps|zeit)
(let's|lets|shall|can|could) (we)? (talk|chat|speak|collaborate|partner)
(hablamos|charlamos) ?
(bora|podemos|vamos|podriamos|puedo|posso|pode|podes|puede|puedes|podria|poderia|podrias|poderias) (te|le|lhe)? (falar|hablar|charlar|ligar|llamar)
(bora|podemos|vamos|podriamos) conversar ?
(hablemos|falemos|parlons) (.|!)
(a|la|the|die|la) (porta|puerta|door|tur|porte) (esta|ta|is|ist|est|fica|queda|bleibt|reste) (aberta|abierta|open|offen|ouverte)
(hablamos|hablemos|falamos|conversamos|charlamos|platicamos|parlons) ... ?
(bater|batemos|bate) (um)? (papo|papinho)
(explore|explorar|explorer)
ouvert* a
(seriez|etes|serais) (vous)? (disponible|ouvert*)
(seriez|serais|seria|serias|estaria|teria|tendria|ware|would) (vous|you|sie|voce|usted)? (be)? (interes*|interess*)
(qui|who|quem|quien|wer) (s'occupe|handles|manages|cuida|gere|gestiona)
(qui|who|quem|quien|wer) ... ... (responsa*|zustandig|verantwortlich|charge)
(avez|have|haben|hast|ja|ya|deja|schon) ... ... (pens*|thought|consider*|nachgedacht|uberlegt)
(disponibilid*|disponibilit*|availability)
(hatten|haben) sie _? (zeit|interesse)
passt (ihnen|dir|es|euch)
(sprechen|telefonieren|treffen) wir
(faz|fazer|tiene|tener|hace|makes|make) (sentido|sense)
(still|already|encore|deja|ainda|ja|todavia|aun|ya|noch) (using|use|utilisez|usa|usan|usam|usando|nutzen|verwenden)
(utilisez|use|usa|usan|usam|nutzen|verwenden) (sie|vous|you|du)? (encore|still|already|deja|ainda|ja|todavia|aun|ya|noch)
@your (enjeux|besoins|needs|challenges|necesidades|necessidades|desafios|retos|herausforderungen|bedarf)
(savoir|saber|learn|erfahren) (plus|mas|mais|more|mehr|como|comment|how|wie) ?
mehr erfahren
(dit|tente|interesse) ?
(if|si|se|falls|wenn) _? _? (useful|helpful|sirve|util|utile|hilfreich)
(tente|tenterait|partant*)
(imagine|imagina|imaginez|imaginem)
(what|et|e|y) (if|si|se)
(stellen|stell) (sie|dir|euch) (sich)? vor
(on|nous) en (parle|parlons)
(lo|o) (hablamos|falamos)
(sollen|wollen|konnen|konnten) wir ... (sprechen|telefonieren|reden|austauschen)
lass* (sie|uns) uns ... (sprechen|telefonieren|reden|austauschen)
(schreibe|melde) (ihnen|dir|euch|mich) ... ,? (weil|da)
(spannend|interessant*|relevant*|nutzlich) (sein)? (konnte|konnten|durfte)
permets de (vous|te) (contacter|ecrire|solliciter)
(contacte|contactons|ecris|ecrivons) (car|parce|au|afin)
(ca|cela) (vous|te) (dirait|dit|tente|tenterait)
`), ExceptLines: (`
(topa*|lust|animas|apetece|partant*|tente) ... (cafe|coffee|kaffee|cafezinho|cerveza|cerveja|beer|bier|biere|lunch|apero)
`) + ifInterestedLine},

	// A promised result: numbers, doubling, cutting, saving.
	{W: 1, Lines: (`
@result
(more|mas|mais|plus|mehr) (leads|clientes|clients|customers|kunden|ventas|vendas|umsatz|revenue|sales|pacientes|patients|patienten)
(that|which|die|que|qui) (sell|verkaufen|venden|vendem|vendent|convert|converts|konvertieren)
# %
(vender|sell|vendre|verkaufen|facturar|faturar) (mas|mais|more|plus|mehr)
(otimiz*|optimiz*|optimise|optimiser|optimisons|optimizar|optimieren|optimiere)
(peux|pouvons|posso|podemos|consigo|conseguimos|kann|konnen|puedo|can) (vous|te|lhe|ihnen|dir|le|la|lo|o|a|es|das|it|that|this|ca)? (fix|corriger|resolver|resoudre|reparer|arreglar|beheben|recuperar|recover|solucionar|regler)
(entrega|delivery|livraison|lieferung|envio|versand) (en|em|in|within|sous|innerhalb) #
(gunstig*|preiswert*|affordable|barat*)
(cheap|cheaper)
`), ExceptLines: (`
doubl* (check|degree|major)
@result (my|me|mi|meu|mon|ma|mein*|mir|mich)
@result (us|nos|nous|uns)
(cut|cuts) (over|off|short)
`)},
	// A promised result with its figure ("cut your bill by 30%") counts
	// once more: with a question of interest, it is the whole pitch.
	{W: 1, Lines: (`
@result ... # %
# % ... @result
`)},

	// Proof: clients like theirs, work done for others.
	{W: 1, Lines: (`
(teams|companies|clients|customers|people|managers|vps|ctos|cfos|ceos|leaders|founders|owners|equipos|empresas|clientes|equipes|entreprises|unternehmen|kunden) (we|que|with|i) (talk|work|speak|hablamos|trabajamos|falamos|conversamos|parlons|travaillons|sprechen|arbeiten) (to|with|con|com|avec|mit)?
(my|mi|meu|minha|ma|mon|mein|meine) (#)? (step|steps|pasos|passos|etapes|schritte)? (method|metodo|methode|framework|sistema|system|formula|formule|programa|programme)
(productores|producers|produtores|producteurs|erzeuger|owners|duenos|donos|proprietaires|inhaber|managers|gerentes) (like|como|comme|wie) (you|tu|ti|voce|vous|toi|du|sie|usted)
(do|hacer|fazer|faire|machen) (the)? (same|mismo|mesmo|pareil|meme|gleiche|dasselbe) (for|para|pour|fur)
(others|otros|otras|outros|outras|d'autres|andere|anderen) ... (have|has|han|ont|haben|hat|found|got|conseguido|conseguiram|logrado|subieron|subiram|ganaron|ganharam|gagne|reduziram|redujeron|halved|cut|doubled|senken|gesenkt|halbiert)
(konnten|haben|hat) (vergleichbare|andere|ahnliche) _
(lo|o|ce|what|was) (que)? (han|ont|have|tem|haben|hat) (conseguido|logrado|obtenu|achieved|erreicht|conquistado|gagne) (otr*|outr*|d'autres|andere|others)
@our _? _? _? @result
(can|could|puede|pueda|pode|possa|peut|puisse|kann|konnen) (try|probar|testar|essayer|testen|ausprobieren) (it|them|lo|la|los|las|o|a|os|as|le|les|es|sie)
(anyone|someone|alguien|alguem|quelqu'un|jemand|jemanden) (you|que|qui|den)? (know|conozcas|conheca|connais|kennst|kennen) ... (need*|necesit*|precis*|besoin|braucht|brauchen)
(similar|ahnliche*) _? @client
@client _? (parecid*|similar*|semelhant*|similaires)
(like|como|comme|wie) (la|el|a|o|le)? (yours|voce|usted|tuya|tuyo|suya|suyo|sua|seu|vossa|votre|ihres|ihrem|ihrer|deiner)
@client (like|como|comme|wie) (ihre|ihren|deine|deinen)
@client (like|como|comme|wie) N
(your|tu|su|seu|sua|teu|tua|votre|ta|ihrer|ihre|deiner|deine|that|this|esa|esse|cette|dieser) (taille|tamano|tamanho|size|porte|grosse)
(helped|ajudei|ayude|aide|accompagne|ayudado|geholfen) (a|to)? (#|over|more|plus|mas|mais|uber)
`)},

	// Free, discounted, guaranteed, scarce: what only a seller offers.
	{W: 2, Note: true, Lines: (`
(free|gratis|gratuit*|kostenlos*|kostenfrei*|unverbindlich*|offert*|guarant*|garanti*|lucrative|complimentary)
(sin|sem|sans|ohne) (compromis*|engagement|kosten|cost*|custo|ris*)
(discount*|descuento*|desconto*|remise|rabatt*|coupon|gutschein)
# % (off|rabatt)
(profitez|aproveite|aprovecha|aproveita|enjoy|get|sichern) (de|of|von|sich)? _? # %
# % (sur|en|em|auf|on) (notre|nuestro|nuestra|nosso|nossa|unser*|our)
# % de (descuento|desconto|remise|reduction)
(promo|promoc*|promotion) (code|codigo|especial*|special*|exclusiv*|limit*|valid*|gultig)
(code|codigo|en|em|in|on) (promo|promoc*)
(running|have|got|tenemos|temos|avons|haben) @a (special|promo*|sale|deal|aktion)
(only|solo|apenas|seulement|nur|wenige|limited|limitad*|limitees|begrenzte) (#|few|pocos|poucas|quelques|wenige)? @seat
(last|dernieres|derniers|ultimas|ultimos|letzte|letzten) (#)? @seat
early bird
fruhbucher*
(#|two|three|few|dos|tres|deux|zwei|drei|duas|dois) (prime)? @seat (are|sont|son|sind)? (still)? (open|left|available|remaining|libres|disponibles|frei|livres|disponiveis)
(angebot|offre|oferta|deal|rabatt|discount|promo) (sichern|secure|profitez|aproveite|aprovecha)
(hold|reserve|guardar|reservar|garder|reservieren) (one|a|un|una|um|uma|einen|eine) (spot|seat|stand|place|platz|lugar|plaza|vaga)? (for|para|pour|fur)
(reply|antworte*|schreib*|respond*|repond*|escrib*|escrev*|comment*|kommentier*|text) ... (yes|sim|oui|ja|info|infos|quero|interesado|interessado)
(noch|still|only|solo|apenas|encore) (ein|a|un|una|um|uma|une)? (platz|place|spot|seat|plaza|vaga|lugar) (frei|libre|livre|left|disponible|disponivel)
(otra|nueva|next|prochaine|proxima|nachste|outra|nova) (edicion|edition|edicao|ausgabe|cohort|cohorte|turma|session|sesion) (de|of|du|da|do)? (mi|my|mon|ma|minha|meu|meines|meiner)
(solo|only|nur|seulement|apenas|somente) (este|this|ce|cette|diesen|diese|esse|essa|neste|nesta) (mes|month|mois|monat|semana|week|semaine|woche|weekend|finde)
@seat (are|is|sont|son|sao|sind)? (limit*|begrenzt|left|restantes)
(special|exclusive|limited|especial|exclusiv*|speciale) (offer|deal|oferta|offre|angebot|package|pricing|price|rate|rates|paket|preis)
(oferta|offre|angebot|condic*|condit*|pacote|paquete|forfait|preco|precio|prix|tarif*) (exclusiv*|special*|especia*|limit*)
(competitive|affordable|good|top|attraktiv*|buen*|bom|bons|melhor*|meilleur*|mejor*|gunstig*|fair*|best) @price
(desde|from|partir|ab|des|only|solo|apenas|seulement|nur) (de|du)? €? # (€|eur|euros|usd|dollars|reais)? (/|al|por|per|a|par|pro|each|every)? (mes|month|mois|monat|mo)
(flexibl*|flexiv*|negociable*|negotiable|accessible*|accesible*|acessive*|abordable*|reasonable|petit*|low) @price
@price (are|is|son|sao|sont|sind)? (very|muy|tres|sehr|muito)? (flexibl*|flexiv*|negociable*|negotiable|verhandelbar|accessible*|accesible*|abordable*|reasonable)
(garanta|garantiza|asegura|secure|sichern|reservez|reserva) _? _? (ja|ya|now|jetzt)? (a|la|o|el)? @your (vaga|lugar|plaza|cupo|seat|spot|place|platz)
(send|share|enviar|mandar|envoyer|schicken|passo|paso) (you|te|lhe|vous|ihnen|dir)? @my (rates|tarifas|tarifs|preise|precos|precios|prices|pricing|honorare|honorarios)
`), ExceptLines: (`
(feel|you're|youre|are|be|if|when|is|am|i'm) free
(are|were) you free
(the|thanks|thank|gracias|obrigad*|merci|danke) (for)? _? free
free (to|time|on|this|next|tomorrow|today|now|slot|moment|software|speech|will)
(making|made|keeping|kept|keep|make) (it|them|this|that|these|everything|all)? (available)? (for)? free
(shar*|compart*|partilh*|partag*|disponibiliz*|teilen) (it|them|this|these|lo|la|los|las|o|a|os|as|les|sie|es)? (for)? (free|gratis|gratuit*|kostenlos*)
`)},

	// A call to act: book, sign up, message me, a seat kept for them.
	{W: 1, Lines: (`
(contact|text|message|melde|meld|contacta|contactez|escribe|escribenos|chama|chame|fala|schreib|schreibt) ... (whatsapp|telegram|signal)
(grab|download|descarga|descargalo|baixe|baixa|telecharge|telechargez) (it|yours|la|lo|o|le)? (at|here|en|aqui|ici|hier|from|em|na|no|sur|auf|:)
@your (website|site|web|webseite|pagina|shop|app|tienda|loja|boutique) ... (slow*|lent|lente|lenta|lento|langsam)
(site|web|loja|app) (de|da|do) (voces|vcs|ustedes) ... (lento|lenta)
(link|enlace|lien|liga) :? U
(te|le|vous|you|jte) (dejo|deixo|laisse|leave) (mi|meu|mon|ma|my) (web|site|catalogo|catalogue|tarjeta|programme|programa|program|formation|curso|cours|offre|oferta|lien|link|enlace)
(comparto|compartilho|partage|share|teile) (la|el|a|o|le|the|die)? (web|site|pagina|link|enlace|catalogo|catalogue|menu|carta) (de|of|do|da|du)? (nuestra|nuestro|nossa|nosso|notre|our|unsere*|mi|my|mon|meu|minha)
(encore|still|todavia|aun|ainda|noch) ... (excel|spreadsheets|planilhas|planillas|hojas|tableur|papel|papier|paper|manuell|manualmente|manually|main|mano)
de: @their (unternehmen|firma|website|webseite|shop) recherchiert
(you'd|you|vous|te|le|ihnen|dir) (find|will|would|trouveriez|trouverez|encontrarias|encontraria|acharia) (find)? (it|this|ca|lo|isso|es)? (useful|helpful|util|utile|nutzlich|hilfreich|valuable)
(muster|samples|muestras|amostras|echantillons)
(mira|look|regarde|veja|schau|schauen) (at)? (lo|what|ce|o|was) (que)? (hicimos|we|nous|fizemos|wir) (did|avons|gemacht)?
(fait|made|hecho|feito|gemacht|pensado|pensada) (pour|for|para|fur) (vous|you|ti|usted|voce|vc|sie|dich|toi)
(researched|recherchiert|investigue|pesquisei) (your|ihr|ihre|votre|tu|su|seu|sua) (company|unternehmen|entreprise|empresa|firma|business)
(their|sus|seus|leurs|ihre) (first)? # (customers|clients|clientes|kunden)
(do|does|hacemos|fazemos|faisons|machen) (exactly|precisamente|exatamente|exactement|genau) (that|this|eso|isso|ca|das)
(revendendo|revender|revendre|reselling|resell|revendiendo) (com|con|avec|with|mit|nossos|nuestros|nos|our)
(send|enviar|mandar|envoyer|envoie|envio|mando|schicken|schicke|senden|sende|passo|paso) (you|te|le|lhe|vous|ihnen|dir)? (the|los|las|os|as|les|die|das|mais|more|plus|mas|mehr|son|su|his|her|sein|seu|o)? (details|detalles|detalhes|infos|info|informacion|informacoes|informations|unterlagen|profile|perfil|profil|cv|cvs)
(when|cuando|quando|quand|wann) ... (last|ultima|derniere|zuletzt) ... (review*|revis*|check*|compar*|prufen|uberpruft|verifie*)
(piensas|pensez|pensa|pensando|thinking|denken) (en|em|a|of|about|uber)? (vender|vendre|selling|verkauf*|sell|einen)
(want|quer|quieres|voulez|soll) (me|que|ich)? (eu|yo|je)? (to)? (draft|write|escreva|escriba|ecrive|entwerfen|schreiben|make|create|fazer|hacer) ... (you|voce|ti|vous|ihnen|dich)
(ware|waere) (das)? (was|etwas) (fur)? (sie|dich|euch)
soll ich (ihnen|dir|euch) ... (entwerfen|schreiben|erstellen|machen|zeigen|schicken|senden)
(on) the house
de graca

(i'm|im) around $
(apuntas|apuntate|inscribete|inscreve|inscreva|anmelden|inscrire|inscrever|inscribir|inscribirte)
(half|mitad|metade|moitie|halben|halfte) (the|del|de|do|da|des|der)? (cost|costo|coste|price|precio|custo|preco|prix|kosten|preis|tarif)
(sigues|segues|continuas|continuez|still) (gestionando|haciendo|usando|fazendo|gerindo|gerant|faisant|utilisant|doing|managing|running|handling|using)
(encantad*|feliz|ravi|ravie|gerne|gern|heureux|heureuse) (de|em|a)? (ayudarte|ayudarle|ayudaros|ajudar|aider|helfen)
(quedan|restam|sobram|restent|reste|remaining|noch) (#|dos|tres|duas|deux|trois|zwei|drei|few|pocas|poucas|quelques|wenige|solo|apenas|seulement|nur)? @seat
(book|grab|reserv*|agende|buchen|pick) @a? _? _? (slot|spot|seat|time|creneau|horario|termin|demo|aqui)
(invite|invito|convido|invitamos|convidamos|invitons|lade|laden) (you|te|vous|voce|sie|dich|lhe)? ... @mine
fr: (invite|invitons) ... nos
(dm|message|ping|contact) me
(sabes|know|sais|savez|sabe|weisst) (donde|where|ou|onde|wo) (estoy|estou|i'm|suis|bin|find|encontrarme|me)
(rufe|call|llamo|appelle|appellerai|ligo|ligarei) (ich)? (sie|dich|you|vous|te|lhe) (an|next|la|semana|semaine|nachste)
(avisame|avisa|avise|avisem|avisad|avisenme) (me)? $
(fais|faites) moi signe
sag* (mir)? bescheid
(inscri*|inscreva*|anmelden|regist*|enroll)
n'hesitez pas
hesite pas
(no|nao) (dudes|dude|hesite|hesites)
(zogern|zogere) (sie|du)? nicht
(don't|dont) hesitate
(dich|euch) _? (gern|gerne|einfach|jederzeit)? melden
(calendar|agenda|kalender|calendario) (is|esta|ist|est)? (always)? (open|aberta|abierta|offen|ouverte|ouvert)
(gosto|plaisir|pleasure|placer|prazer) (em|en|de|to)? (ajudar|ayudar|aider|help|helfen)
(schau*|look|regarde*|jette*|echa*|echale|mira|olha|veja|voir|ver|werfen) ... (my|mi|mis|mon|mes|meu|meus|minha|mein*) (profil|perfil|profile|seite|site|page|pagina|portfolio|portafolio|tarifas|tarifs|preise|precos|prices|rates)
(rufen|ruf) (sie|du)? (mich|uns) an
(call|appelez|appelle|ligue|liga|llame|llamenos) (me|moi|us|nous|nos)
(drop|shoot) me
(e|es) so (me)? (chamar|falar|avisar|mandar)
(suis|bin) (la|da) !
aqui (estoy|estou|me)
(estou|estoy|fico|quedo|sigo) (por)? (aqui|aca|ahi|ai)
(pasale|pasa|passa|passe|pass|give|dale|da|gib) (mi|meu|my|mon|meine|meinen) (contacto|contato|contact|numero|number|card|tarjeta|cartao|nummer|kontakt)
(meld|melde|meldet|melden) (dich|euch|sie)
me (chama|chame|escreva|escribe)
(fale|hable|habla|parlez) (comigo|conmigo|moi)
apply here
(join|acompan*|junte|rejoignez) (us|nos|nous)
# (/|per|por|pro|de|la|an) (hr|hour|hora|heure|stunde|h)
(like|want|keep|save|reserve|guardo|reservo|garde) (you|te|vous)? (a|un|una|uma|une)? (seat|spot|place|plaza|lugar)
(escribeme|escribime|escribenos|escribinos|llamame|marcame|whatsapp*|wsp)
(escreve|escreva|liga|ligue|manda|chama) me
`)},

	// Someone needed, that a freelancer or an agency would supply.
	{W: 1, Lines: (`
(if|case|si|se|falls|wenn|caso) ... (need*|necesit*|precis*|besoin|brauch*|bedarf|look*|seek*|cherch*|busc*|procur*|such*)
bei bedarf
(haben|hatten|avez|auriez) (sie|vous) _? (bedarf|besoin)
(if|si|se|falls|wenn|caso) (vous|you|tu|usted|voce|vc|sie|du)? (avez|have|tienes|tiene|tens|tem|tiver|haben|hast|planeja*|planea*|prevoyez|plant*|pensez|piensas|pensa) (des|un|une|any|some|algun*|algum*|einen|ein|eine|un)? (projet*|project*|proyecto*|projeto*|projekt*|vorhaben|besoin*|need*|necesidad*|necessidade*)
(pour|for|para|fur|por) (tout|toute|tous|any|cualquier|qualquer|todo|jedes|jede|alle|jeden) _? (projet*|project*|proyecto*|projeto*|projekt*|vorhaben|besoin*|need*|necesidad*|necessidade*|anliegen|demande*|solicitud*)
(cualquier|qualquer|any|n'importe) (cosa|coisa|thing|quoi)
(ce|lo|o|what|whatever|was) (dont|que|you|auch)? (vous|tu|usted|voce|sie|du)? (avez|aies|necesites|necesite|precisar|precise|need|brauchen|brauchst) (besoin)?
^ (need|besoin|necesitas|necesitan|precisa|precisam|brauchen|brauchst) ... ?
^ (precisando|necesitando) ,
(falls|wenn|sollten) ... ... (brauch*|benotig*)
`) + needLines},

	// A good fit: a recruiter's word for a role.
	{W: 1, Lines: (`
(perfect|ideal|great|strong|good) (fit|match|for)
passt (perfekt|hervorragend|sehr|gut|ideal|genau)
(fit|fits|match*|encaj*|encaix*|correspond*|adequa|adecua) (your|tu|su|seu|votre|ihr*|perfectly|ao|al|muy|bem)
@your (profil|perfil|profile|background|parcours|trajectoire|trayectoria|trajetoria|werdegang) (correspond*|encaja|encaixa|fits|matches|passt|colle|match)
zu (dir|ihnen|euch) (passt|passen)
passt ... zu (dir|ihnen|euch)
(pourrait|podria|poderia|could|might|konnte) @you? (plaire|gustar|agradar|interes*|gefallen|help|save|ayudar|ajudar|aider|helfen)
(peux|peut|pouvons|puedo|puede|podemos|posso|pode|kann|konnen|can) (vous|te|lhe|ihnen|dir)? (aider|ayudar*|ajudar*|helfen|help)
@for (you|sie|ti|usted|ustedes|vous|voce|voces|dich|euch)
(helps|hilft|ayuda|ajuda|aide|permet|permite) @you
@for @your (company|business|empresa|negocio|entreprise|unternehmen|einrichtung|firma|praxis|clinic*|klinik*|marca|brand|marque)
@you (might|may|could|pourriez|podria|poderia|konnten) (enjoy|like|appreciate|benefit|aimer|gustar|gostar|gefallen)
(colabor*|collabor*|zusammenarbeit*) (con|with|com|avec|mit) @your
(possa|pueda|puisse) @you? (ajudar|ayudar|aider)
`)},
	{W: 1, Lines: (`
(client|cliente|kunde)
`)},

	// What weighs against: a question about the reader's own work, a talk
	// of theirs, asking them for someone else, a job seeker's note.
	// Looking for a co-founder or a partner: a founder's search, not a sale.
	{W: -3, Note: true, Lines: (`
(procurando|procuro|buscando|busco|looking|seeking|cherche|suche|suchen) (for)? (um|uma|a|an|un|une|einen|eine|mon|my|meu|mi)? _? _? (cofundador*|cofounder*|founder*|cofondat*|mitgrunder*|socio|socia|associe|associee)
`)},
	{W: -2, Lines: questionLines, ExceptLines: (`
(mostr*|muestro|explic*|show|montr*|zeig*|cuent*|cont*|saber|know|erklar*|conoc*|conhec*|decouvr*) ... ... ,? (como|comment|wie|how)
(wie|how|que|et) (war's|wars|ware|about|tal|si)
(quelque|quelques|quelqu'un)
`)},
	{W: -2, Lines: (`
@congrats
`) + topicLines, ExceptLines: (`
` + guestSpotLine + `
`)},
	{W: -2, Note: true, Lines: speakerLines},
	// An offer made only if they are interested presses for nothing: a
	// recruiter who names the work that brought them and offers the
	// details "if it's of interest" does not pitch (of 83 such notes
	// without a call, 71 are labelled no pitch). A seller's other cues
	// outweigh it.
	{W: -2, Note: true, Lines: ifInterestedLine, ExceptLines: (`
(chat|call|talk|minutes|min|mins|llamada|hablar|hablamos|conversar|conversa|appel|echanger|telefonat|gesprach|calendly|zoom|meeting|reunion|reuniao) ... ... (if|si|se|falls|wenn)
`)},

	// A buyer looking for suppliers asks to be sold to: "Wir suchen
	// Lieferanten für…", "we're looking at vendors like yours".
	{W: -3, Note: true, Lines: (`
(suchen|suche|buscamos|busco|procuramos|procuro|cherche|cherchons|looking|seeking|evaluating|avaliando|evaluando|evaluons|evaluieren|sourcing) ... (lieferanten|proveedores|fornecedores|fournisseurs|suppliers|vendors|anbieter)
(i'm|im|soy|sou|suis|bin|als) _? _? (einkaufsleiter*|einkaufer*|comprador*|acheteu*|buyer)
(i'm|im|soy|sou|suis|bin|als) _? (gerente|jefe|jefa|responsable|head|director|directora|diretor|diretora|leiter*) (de|of|des|du)? (compras|achats|procurement|purchasing|einkauf)
`)},
	// Thanks for a piece of their work: a peer in the same trade who
	// thanks does not pitch ("I'm a freelance dev… your article saved me
	// a week. Thank you!"). A pitch that thanks too has cues enough to
	// outweigh it; thanks for a chat at a stand is no thanks for their work.
	{W: -2, Note: true, Lines: (`
(thank|thanks|merci|danke|gracias|obrigado|obrigada|agradecer|agradeco|agradezco|bedanken) (you|u)? (so|very|again|encore|nochmals)? (much)? (for|por|pela|pelo|pour|fur) (sharing|compartir|compartilhar|partager|teilen)
(thank|thanks|merci|danke|gracias|obrigado|obrigada|agradecer|agradeco|agradezco|bedanken) (you|u)? (so|very|again|encore|nochmals)? (much)? (for|por|pela|pelo|pour|fur) (your|tu|su|sua|seu|votre|ton|ta|ihre|ihren|deine|deinen|the|el|la|o|a|le|den|die|das)? _? @work
@work ... (saved|salvou|salvo|sauve|gerettet) (me|my|mi|meu|minha|mon|ma|mir|mich)
(queria|quiero|quero|wollte|voulais|wanted) (te|le|lhe|vous)? (agradecer|agradecerte|agradecerle|remercier|thank|danken|bedanken)
`)},
	{W: -2, Lines: (`
(know|conhece|conoces|connaissez|kennen) (anyone|someone|alguien|alguem|quelqu'un|jemanden)
(hear|learn|aprender|escuchar|entender|comprendre|apprendre|erfahren) (how|what|como|comment|wie)
`)},
	// Asking them for a tip: the note seeks advice, it does not sell
	// ("Hättest du einen Tipp, wie du deine ersten Kunden gefunden hast?").
	{W: -2, Note: true, Lines: (`
(hattest|hast|have|any|avez|auriez|tens|tem|tienes|tiene) _? _? (tipp*|tip|tips|advice|conseil*|consejo*|conselho*|dica*)
`)},
	// A portfolio or a reel is a freelancer's as much as a job seeker's, and
	// helping others land jobs is a service.
	{W: -3, Note: true, Lines: seekerLines, ExceptLines: (`
(portf*|porta*|reel|showreel)
(you|vous|du|sie|estas|voce) (open|offen|abiert*|abert*|ouvert*)
(land|get|find|conseguir|encontrar|finden) (their|sus|seus|leur*|ihre*|roles|jobs)
(ayuda*|ajuda*|help*|aide*|hilft|helfe*) (a|to|you|te|vous|lhe|dir|ihnen)? (a|to|zu)? (land|get|find|conseguir|encontrar|finden|trouver|decrocher)
`) + seekerExceptLines},
	// A journalist or a researcher who asks for a conversation wants an
	// interview, not a sale: "soy redactor en SINC y me gustaría
	// preguntarte…", "ich bin Redakteurin beim Standard und recherchiere
	// zur Wohnungsnot", "estou a preparar uma peça sobre…".
	{W: -3, Note: true, Lines: (`
(i'm|im|am|soy|sou|suis|bin|als|as|como|comme) (a|an|un|una|um|uma|une|ein|eine)? _? (journalist|journaliste|jornalista|periodista|reporter|reporterin|redakteur|redakteurin|redactor|redactora|redator|redatora|correspondent|corresponsal|correspondente|korrespondent|korrespondentin|pigiste|doktorand|doktorandin|doctorant|doctorante|doutorando|doutoranda|doctorando|doctoranda|phd|researcher|investigadora|investigador|pesquisador|pesquisadora|chercheur|chercheuse|forscher|forscherin|masterand|masterandin|tesista|doctoral|postdoc)
(recherchiere|recherchieren|researching|investigo|pesquiso|enquete|enquetant) (zur|zum|zu|uber|on|about|sobre|sur|for|para|pour|fur)
(preparing|preparando|preparo|prepare|writing|escribiendo|escrevendo|redige|ecris|schreibe) (a|an|un|una|um|uma|une|ein|eine|einen|my|mi|minha|meu|ma|mon|meine|meinen)? _? (piece|article|artigo|articulo|artikel|reportage|reportagem|reportaje|story|peca|beitrag|bericht|thesis|tesis|tese|these|dissertation|doktorarbeit|masterarbeit|documentary|documental|documentario|dokumentation|feature|cronica|chronique|podcastfolge)
`)},
	// A seller who asks only to keep in touch or to learn from a peer
	// introduces themselves; they do not pitch ("consultor de seguros…, me
	// gustaría mantener el contacto", "Austausch unter Kollegen").
	{W: -2, Note: true, Lines: (`
(mantener|manter|keep|stay|rester|bleiben|seguir|garder) (el|o|in|en|em|le)? (contacto|contato|touch|contact|kontakt|contacto)
(austausch|echange|echanger|intercambio|intercambiar|troca|trocar|exchange|swap|swapping) (unter|entre|between|among|with|con|com|avec|mit) (kollegen|colegas|collegues|colleagues|confreres|pares|peers|fellow)
(value|valoraria|valorizaria|apprecierais|schatzen) (learning|aprender|apprendre|lernen)
(learn|aprender|apprendre|lernen) (from|de|com|con|von) (you|vous|ti|toi|voce|vc|usted|ihnen|dir|your|votre|tu|su|sua|seu|ihrer|deiner)
`)},
	// Selling a place at one's event or show: a sponsorship package, an
	// exhibitor's stand, a paid guest spot, a media kit.
	{W: 2, Lines: (`
(paquete|pacote|package|packages|forfait|angebot|offre|paket) (de|of|fur)? (patrocinio|sponsoring|sponsorship|partenariat|exposant|patrocinador|sponsor|partner|partenaire)
(patrocinio|sponsoring|sponsorship|patrocinadores|sponsors|parrainage) (package|packages|paquete|pacote|spots|slots|espacos|espacios|places|platze|opportunit*|oportunidad*|oportunidade*)
(exhibitor|exposant|exposants|aussteller|expositor|expositores) (booth|booths|stand|stands|space|spaces|flachen|flache|espacio|espaco|espacios|espacos)
(stand|stands|booth|booths|estande|estandes) (partenaire|partenaires|sponsor|sponsored|patrocinado|patrocinados)
(media|medien|midia) (kit|kits)
(mediakit|mediadaten)
(sponsored|paid|patrocinado|patrocinada|payant|bezahlte|pago) (guest|invitado|convidado|invite|gast) (spot|spots|slot|slots|episode|episodio|folge)
(produktionspauschale|pauschale|tarif|tarifa|fee|cuota|taxa|frais) ... (episode|episodio|folge|interview|entrevista|feature|article|articulo|artigo|artikel|reportage)
`)},
	// No role to offer: a recruiter who only follows their work.
	{W: -3, Note: true, Lines: (`
(no|not|pas|keine|kein|nao|don't) (tengo|tenho|have|de)? _? @offered
`)},
}

package rules

// The vague-compliment rule: praise of a profile, experience, background or
// career with nothing specific. A compliment is vague when it praises the
// person's record in general ("tu perfil es impresionante", "votre parcours
// est impressionnant", "Ihr Profil hat mich beeindruckt", "seu perfil é
// incrível", "you're an inspiration"). It is fine when the sentence names
// what it admires: a talk, a post, a project ("especially the Brera museum
// signage", "your experience scaling UPI payments").

// vague-compliment

var vagueCompliment = Rule{
	ID:       "vague-compliment",
	Severity: Warning,
	Advice:   []string{"C4"},
	Guide:    "/guide/what-to-leave-out/#generic-flattery",
	check: &intent{
		Cues: []cue{
			{W: 2, Match: praiseOfRecord, Except: notVaguePraise},
			{W: 1, Match: praisePredicate},
			{W: 1, Match: theirRecord, Except: notVaguePraise},
			{W: -4, Match: praiseSpecific},
		},
		Threshold: 2,
		Msg:       "Praise with nothing specific: {text}. Name the talk, post or project you mean.",
	},
}

// praiseOfRecord: praise of their profile, career or experience as a whole,
// or of the person as an inspiration. Praise matches in a note in any
// language (lines with no language, or "es*:"): a short note ("cooles
// Profil!") is often too short for its language to be told, and "tu perfil
// es impresionante" means nothing else in another language.
var praiseOfRecord = cuePats(`
(your|ur) (linkedin|professional|overall|whole|entire)? @record ... @praise
(your|ur) (linkedin|professional)? @record (really|truly|definitely|certainly)? (impressed|inspired|amazed|wowed|intrigued|inspires|impresses|amazes|stood|stands|speaks|caught|catches|blew|blows)
(your|ur|such|what|quite|really|very|so) (a|an)? @praise @attr
^ (really|very|truly|super|such|so)? (a|an)? @praise @attr
(you|you've) (have|got) (a|an|such) (really|very|truly|seriously)? @praise @record
(your|ur) @record ... caught my (eye|attention)
(impressed|inspired|amazed|blown|inspiring|amazing|impressive) (away)? (by|with|to|at) (see|seeing)? (what|all|everything) (you've|you|youve) (have)? (achieved|accomplished|built|done)
(you've|you|youve) (have)? (built|had|made) (a|an|such) (really|truly)? @praise (career|journey|path|name)
(you're|youre|are) (very|so|truly|really|incredibly|highly) (accomplished|talented|experienced|impressive|inspiring|successful)
(your|ur) @record (really|truly|deeply)? (resonated|resonates) with me
(impressed|inspired|amazed|wowed|intrigued|blown|awed) (away)? (by|with|at) (your|ur) _? @record
(in|of) awe (of|at) (your|ur) _? @record
(impressed|inspired|amazed|wowed|intrigued|blown) (away)? (by|with) (your|ur) (company's|team's) _? @record
(admire|admiring|love|like|enjoy|appreciate|loved|liked|enjoyed|admired|appreciated) (your|ur) @praise? @record
(your|ur) @record and (i)? (was|am|i'm|got|felt)? (really|truly|so|very|quite)? (impressed|inspired|amazed|intrigued|blown)
what (a|an) (career|journey|profile|background|trajectory|path|track)
(you're|youre|are) (such|truly|really|a|an|my)? (a|an|true|real)? (inspiration|legend|icon|rockstar|reference)
(you're|youre|are) (such|truly|really|a|an|my)? (a|an|true|real)? role model
(admire|love|respect) (everything|all) (you've|you|that)
(big|huge|great|longtime) (fan|admirer) of (your|you|yours)
(seem|seems|sound|sounds) like (someone|somebody|a) (person)? (i|we) (could|can|would)
second to none
pt*: (sou)? (seu|sua|teu|tua) (fa|fan|admirador|admiradora|seguidor|seguidora)
es*: (soy)? (tu|su) (fan|admirador|admiradora|seguidor|seguidora)
fr*: (votre|ton) (fan|admirateur|admiratrice)
de*: (ihr|dein) (fan|bewunderer|bewunderin)
pt*: (do|de) (seu|teu) (nivel|calibre)
pt*: (voce|vc) e (uma|um|minha|meu)? (grande)? (referencia|inspiracao|exemplo)
(love|admire|like|appreciate|respect) what (you|you're|youre|you've) (do|doing|are|have|built|achieved)
(doing|do|done) (such)? (great|amazing|incredible|awesome|impressive|fantastic|inspiring) (things|work|stuff)
(really|truly|so|greatly)? (admire|respect) you
(you're|youre|are) (clearly|obviously|truly)? (a|an)? (leader|expert|authority|pioneer|visionary) in (your|the) (field|industry|space)
(you've|you) (have)? had (quite|such|an|a) (the)? @praise? (career|journey|run)
(all|everything) (you've|you|youve) (have)? (achieved|accomplished|built|done)
es*: (tu|su) @record ... @praise
es*: (tu|su) @record (me)? (impresiona|inspira|encanta|fascina|parecio|parece|llamo|llama|impresiono|inspiro|encanto)
es*: (tu|su) @record ... (llamo|llama) ... atencion
es*: (tu|su|que) @praise @record
es*: ^ (muy|super|realmente|que)? @praise @record
es*: (tienes|tiene|tener|tenes) (un|una) @praise @record
es*: (tu|su|que) @record (muy|tan|super|realmente)? @praise
es*: (tienes|tiene|tener|tenes) (un|una) @record (muy|tan|super|realmente)? @praise
es*: (admiro|admiramos|encanta|encanto|impresiona|impresiono|inspira|inspiro|fascina|fascino|sigo|gusta|gusto) (mucho|muchisimo)? (con)? (admiracion)? (tu|su) (profesional)? @record
es*: (impresionado|impresionada|encantado|encantada|inspirado|inspirada|sorprendido|sorprendida) (con|por) (tu|su) @record
es*: que (trayectoria|perfil|carrera|recorrido|experiencia)
es*: (menuda|vaya) (trayectoria|perfil|carrera|recorrido|experiencia)
es*: (admiro|admiramos|sigo) _ (con)? (admiracion)? (tu|su) @record
es*: (tu|su) (perfil|trayectoria|carrera|recorrido) (profesional)? ... @praise
es*: (de|con) (tu|su) (calibre|nivel|talla|trayectoria)
es*: (un|una|gran|excelente) (gran|excelente|increible|tremendo|tremenda)? (profesional|referente|ejemplo|crack)
es*: (me|nos) (re|muy|mucho)? (inspira|inspiras|inspiran)
es*: (tus|sus|tu|su) @record (hablan|habla) por si
es*: (con|tener|tenes|tienes|tiene) (un|una) @record @praise
es*: (eres|es) (una|un|todo|toda|mi) (un|una)? (inspiracion|referente|ejemplo|idolo|crack|maquina|genio)
es*: (admiro|admiracion) ... (todo|tanto) lo que
es*: todo lo que (has|ha) (logrado|conseguido|construido|hecho)
es*: (fan|admirador|admiradora) de (tu|su) (trabajo|carrera|trayectoria)
es*: (admiro|respeto|encanta) (mucho)? lo que (haces|hace|has|ha)
es*: (haces|hace) un trabajo @praise
es*: (te|le) admiro
pt*: (seu|sua|teu|tua) @record ... @praise
pt*: (seu|sua|teu|tua) @record (me)? (impressiona|inspira|encanta|fascina|chamou|chama|impressionou|inspirou|encantou)
pt*: (seu|sua|teu|tua) @record ... (chamou|chama) ... atencao
pt*: (seu|sua|que) @praise @record
pt*: ^ (muito|super|realmente|que)? @praise @record
pt*: tem (um|uma) @praise @record
pt*: (seu|sua|que) @record (muito|tao|super|realmente)? @praise
pt*: tem (um|uma) @record (muito|tao|super|realmente)? @praise
pt*: (impressionado|impressionada|encantado|encantada|inspirado|inspirada) (com|pelo|pela) (o|a)? (seu|sua|teu|tua) @record
pt*: (admiro|admiramos|acompanho|sigo|adoro|adorei) (muito|demais)? (com)? (muita)? (admiracao)? (o|a)? (sua|seu|teu|tua) (profissional)? @record
pt*: que (trajetoria|perfil|carreira|percurso|experiencia) (bonita|bonito|linda|lindo|incrivel|inspiradora)?
pt*: (seu|sua) (perfil|trajetoria|carreira|percurso) (profissional)? ... @praise
pt*: (um|uma|grande|excelente) (grande|excelente|incrivel)? (profissional|referencia|exemplo)
pt*: (me|nos) (inspira|inspiram)
pt*: (seus|suas|seu|sua) @record (falam|fala) por si
pt*: (voce|vc) e (uma|um|minha|meu) (grande)? (inspiracao|referencia|exemplo|idolo|idola)
pt*: (admiro|admiracao) ... (tudo|tanto) (o)? que
pt*: tudo (o)? que (voce|vc) (ja)? (fez|conquistou|construiu|alcancou)
pt*: (voce|vc) tem (uma|um) (bagagem|trajetoria|carreira|historia|curriculo) @praise
pt*: (fa|admirador|admiradora) do (seu|teu) (trabalho|percurso)
pt*: (admiro|respeito|adoro) (muito)? o que (voce|vc)? (faz|fez|tem)
pt*: (faz|fazem) um trabalho @praise
pt*: (te|a|o) admiro
fr*: (votre|ton|ta) @record ... @praise
fr*: (votre|ton|ta) @record (m'a|m'ont|est)? (beaucoup|vraiment|tellement)? (inspire|impressionne|bluffe|epate|interpelle|touche|fascine|m'inspire|m'impressionne|m'interpelle|m'epate|m'inspirent)
fr*: (votre|ton|ta|quel|quelle) @praise @record
fr*: ^ (tres|super|vraiment|quel|quelle)? @praise @record
fr*: (avez|as) (un|une) @praise @record
fr*: (votre|ton|ta|quel|quelle) @record (tres|vraiment|super|tellement|si)? @praise
fr*: (avez|as) (un|une) @record (tres|vraiment|super|tellement|si)? @praise
fr*: ^ @record (tres|vraiment|super|tellement|si)? @praise
fr*: (impressionne|impressionnee|inspire|inspiree|bluffe|bluffee|epate|epatee|admiratif|admirative|touche|touchee) (par|de|devant) (votre|ton|ta) @record
fr*: (j'admire|admire|j'adore|adore|suivi|suis) (beaucoup|enormement|vraiment)? (avec)? (admiration|interet)? (votre|ton|ta) @record
fr*: quel (beau|bel|joli|superbe)? (parcours|profil|cv)
fr*: (tres|super|vraiment|si|trop|bien) @praise @record
fr*: (votre|ton|ta) @record ... (me)? (m'impressionne|m'inspire|m'impressionnent|m'inspirent|m'epate|m'interpelle|bluffe|fascine)
fr*: (force|forcent|suscite|suscitent|impose|inspire) (l'admiration|respect)
fr*: (votre|ton|ta|vos|tes) @record (parle|parlent) (d'elle|d'eux|pour)
fr*: quelle (belle|superbe|jolie)? (carriere|trajectoire|experience)
fr*: (vous|tu) (etes|es) (une|un) (vraie|vrai|veritable)? (inspiration|reference|modele|exemple)
fr*: tout ce que (vous|tu) (avez|as) (accompli|construit|realise|fait)
fr*: fan de (votre|ton) (travail|parcours)
fr*: (j'admire|admire|j'adore|adore) (beaucoup)? ce que (vous|tu) (faites|fais|avez|as)
fr*: (faites|fais) un (travail|boulot) @praise
fr*: je vous admire
de*: (ihr|ihre|ihren|dein|deine|deinen) (beruflicher|beruflichen|berufliche|bisheriger|bisherigen|bisherige|professioneller)? @record ... @praise
de*: (ihr|ihre|ihren|dein|deine|deinen) @record (hat|haben) (mich)? (sehr|wirklich|total)? (beeindruckt|inspiriert|begeistert|fasziniert|angesprochen)
de*: (ihr|ihre|ihren|dein|deine|deinen|fur|so|wirklich|sehr|echt|richtig|total|voll|einfach|ganz) @praise @record
de*: ^ (mega|sehr|wirklich|echt|total|super|richtig|extrem)? @praise @record
de*: (haben|hast) (ein|eine|einen) (sehr|wirklich|echt)? @praise @record
de*: (beeindruckt|begeistert|inspiriert|fasziniert) (von|vom) (ihrem|deinem|ihrer|deiner) @record
de*: (bewundere|bewundern|verfolge) (ich)? (schon)? (lange|seit)? (ihren|deinen|ihre|deine) @record
de*: was fur (eine|ein|einen) @praise? (karriere|werdegang|profil|laufbahn|lebenslauf)
de*: (ihr|dein) (werdegang|profil|lebenslauf) spricht fur sich
de*: (sind|bist) (ein|eine|mein|meine) (echtes|echter|echte|grosses|grosse)? (vorbild|inspiration|idol)
de*: was (sie|du) ... (erreicht|geschafft|aufgebaut|geleistet) (haben|hast)
de*: fan (ihrer|deiner) (arbeit|karriere)
de*: bewundere ... was (sie|du) (machen|machst|tun|tust)
de*: (machen|machst) (einen|eine)? (tollen|tolle|grossartigen|grossartige|super|klasse|hervorragende|hervorragenden|starken|starke) (job|arbeit)
`)

// notVaguePraise: record words that name something specific.
var notVaguePraise = cuePats(`
(your|ur) (profile|page) (photo|picture|pic|headshot|banner)
(impressive|amazing|great) (profile|background) (photo|picture|pic|headshot|image)
@praise (to|for) (connect|connecting|chat|chatting|meet|talk|hear|know)
es*: (foto|fotos) de perfil
pt*: (foto|fotos) (de|do) perfil
fr*: photo de profil
de*: profilbild
`)

// praisePredicate and theirRecord make a vague compliment when they meet
// in one sentence with nothing specific between: "Ihr Werdegang bei Siemens
// ist wirklich beeindruckend", "votre expérience dans le secteur bancaire
// est remarquable".
var praisePredicate = cuePats(`
(is|was|are|looks|seems|sounds|it's|its|that's|thats) (really|very|so|truly|quite|super|incredibly|extremely|pretty|absolutely|genuinely|honestly|such)? (an|a)? @praise
es*: (es|fue|son|resulta|parece|parecio) (muy|tan|super|realmente|increiblemente|sumamente|simplemente)? @praise
es*: (es|son|eres) (un|una|todo|toda) (un|una)? (modelo|ejemplo|referente|inspiracion)
pt*: (e|foi|sao|parece|esta) (muito|tao|super|realmente|extremamente|simplesmente)? @praise
pt*: (e|sao) (um|uma) (modelo|exemplo|referencia|inspiracao)
fr*: (est|etait|semble|sont) (tres|vraiment|super|si|tellement|particulierement|absolument)? @praise
fr*: (est|sont) (un|une) (modele|exemple|reference|inspiration)
fr*: (m'impressionne|m'impressionnent|m'inspire|m'inspirent|m'epate|m'interpelle)
fr*: (m'a|m'ont) (beaucoup|vraiment|enormement|tellement)? (impressionne|impressionnee|inspire|inspiree|bluffe|epate)
fr*: me (bluffe|fascine|bluffent|fascinent)
fr*: ^ (tres|vraiment|super|si|trop) @praise $
de*: (ist|war|sind|klingt|wirkt) (wirklich|sehr|echt|total|einfach|absolut|richtig)? @praise
de*: (ist|sind) (ein|eine) _? (vorbild|beispiel|inspiration)
`)

var theirRecord = cuePats(`
(your|ur) (professional)? @record
es*: (tu|su) @record
pt*: (seu|sua|teu|tua) @record
fr*: (votre|ton|ta|vos) @record
de*: (ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) @record
`)

// praiseSpecific: the sentence names what it admires.
var praiseSpecific = cuePats(`
(especially|particularly|specifically|notably)
in particular
(how|what|why|which) (did|do|made|makes|would)
(experience|background|work|career|path|journey|expertise|portfolio|profile|story|writing) (building|leading|scaling|designing|creating|running|managing|teaching|writing|shipping|turning|moving|bringing|taking|launching|growing|migrating|from|behind|on|with|of|about)
(in|across) both
(because|since) (we|you|i|our)
(your|ur) ... @talk
(your|ur) ... (post|posts|article|articles|paper|papers|book|thread|podcast|video|videos|project|study|report|newsletter|blog|essay|research|launch|app|tool|library|repo|episode|interview|course|thesis|survey|film|album|exhibition|campaign|series|analysis|review|redesign)
es*: (especialmente|concretamente|particularmente)
es*: sobre todo
es*: en (especial|particular)
es*: (tu|su) ... @work
es*: como (lograste|hiciste|pasaste|llegaste)
pt*: (sobretudo|especialmente|principalmente|particularmente)
pt*: em (especial|particular)
pt*: (seu|sua|teu|tua) ... @work
pt*: como (voce|vc)? (fez|conseguiu|chegou|passou)
fr*: (surtout|notamment|particulierement)
fr*: en particulier
fr*: (votre|ton|ta|vos) ... @work
fr*: comment (avez|as)
de*: (besonders|insbesondere)
de*: vor allem
de*: (ihr|ihre|ihren|dein|deine|deinen) ... @work
de*: wie (haben|hast)
`)

// Words of praise and words for someone's record as a whole, per language.
const (
	praiseEN = "(impressive|amazing|great|awesome|incredible|inspiring|fantastic|remarkable|outstanding|excellent|stellar|wonderful|interesting|fascinating|exceptional|brilliant|phenomenal|extraordinary|admirable|cool|nice|superb|terrific|rich|strong|solid|unique|diverse|varied|stunning|beautiful|lovely|top|inspirational|exemplary|enviable|commendable|striking|insane|epic|legendary|goals)"
	attrEN   = "(profile|background|career|journey|credentials|resume|portfolio|achievements|accomplishments|skillset|trajectory|cv|bio|path)"
	recordEN = "(profile|background|experience|career|journey|work|achievements|accomplishments|resume|credentials|expertise|skills|skillset|portfolio|story|trajectory|path|bio|cv|record|leadership|knowledge|dedication|passion|content)"
	praiseES = "(impresionante|increible|excelente|inspirador|inspiradora|interesante|valiosa|valioso|admirable|espectacular|genial|brillante|extraordinario|extraordinaria|impecable|ejemplar|destacado|destacada|notable|envidiable|maravilloso|maravillosa|fascinante|top|buenisimo|buenisima|potente|solido|solida|unico|unica|bonito|bonita|increibles|impresionantes|tremendo|tremenda|espectaculares|brutal)"
	recordES = "(perfil|trayectoria|experiencia|carrera|recorrido|logros|historia|curriculum|cv|camino|bagaje|formacion|trabajo)"
	praisePT = "(impressionante|incrivel|excelente|inspirador|inspiradora|interessante|valiosa|valioso|admiravel|espetacular|genial|brilhante|extraordinario|extraordinaria|impecavel|exemplar|notavel|invejavel|maravilhoso|maravilhosa|fascinante|top|lindo|linda|bonita|bonito|sensacional|fantastico|fantastica|fenomenal|solido|solida|unico|unica|incriveis|demais|foda|show)"
	recordPT = "(perfil|trajetoria|experiencia|carreira|percurso|bagagem|curriculo|cv|historia|conquistas|caminho|jornada|formacao|trabalho|trampo)"
	praiseFR = "(impressionnant|impressionnante|incroyable|excellent|excellente|inspirant|inspirante|interessant|interessante|remarquable|admirable|exemplaire|brillant|brillante|extraordinaire|exceptionnel|exceptionnelle|fascinant|fascinante|formidable|genial|geniale|superbe|top|riche|enviable|bluffant|bluffante|magnifique|super|beau|belle|dingue|passionnant|passionnante|inspire|impressionne|hot|ouf|canon|inspirante|impressionnants)"
	recordFR = "(profil|parcours|experience|carriere|trajectoire|cv|realisations|chemin|itineraire|expertise|travail)"
	praiseDE = "(beeindruckend|beeindruckender|beeindruckende|beeindruckendes|inspirierend|inspirierender|inspirierende|inspirierendes|interessant|interessanter|interessante|interessantes|toll|tolle|toller|tolles|spannend|spannender|spannende|spannendes|bemerkenswert|bemerkenswerter|herausragend|herausragender|hervorragend|beachtlich|beachtlicher|stark|starker|starke|starkes|klasse|super|genial|cool|cooles|coole|cooler|vorbildlich|erstaunlich|faszinierend|grossartig|grossartiger|eindrucksvoll|eindrucksvoller|spitze|top|mega|beeindruckt|inspiriert|bewundernswert|bewundernswerter|krass|krasser|krasse|krasses)"
	recordDE = "(profil|werdegang|erfahrung|karriere|laufbahn|lebenslauf|erfolge|weg|hintergrund|expertise|vita|arbeit)"
)

var vagueComplimentDocs = ruleDocs{
	Title: "Praise with nothing specific",
	Explanation: "“I'm impressed by your profile” could be sent to anyone, and readers know it; the usual answer, if any, is “impressed by what?” " +
		"Name the thing itself: a talk, a post, a project, a decision. One concrete detail proves you read their work and gives them something to reply to.",
	Bad: []Example{
		{Note: "Hi Rohan, I came across your profile and was really impressed. I'd love to connect!", Flag: []string{"your profile and was really impressed"}},
		{Note: "Hello Aiko, your experience is amazing and I would love to learn from you.", Flag: []string{"your experience is amazing"}},
		{Note: "Hi Marcus, impressive background! I'm a finance student at NYU hoping to meet people in banking.", Flag: []string{"impressive background"}},
		{Note: "Hi Helga, I admire your work and hope we can connect.", Flag: []string{"admire your work"}},
		{Note: "Dear Kemi, I'm inspired by your career journey. Looking forward to connecting.", Flag: []string{"inspired by your career journey"}},
		{Note: "Hi Paolo, your portfolio is stunning! I'm a junior designer in Milan.", Flag: []string{"your portfolio is stunning"}},
		{Note: "Hi Dana, you're such an inspiration! Would love to connect.", Flag: []string{"you're such an inspiration"},
			Why: "Praising the person rather than something they did is just as vague."},
		{Note: "Hola Lucía, tu perfil es impresionante. Me encantaría conectar contigo.", Flag: []string{"tu perfil es impresionante"}},
		{Note: "Olá Ana, seu perfil é incrível! Vamos nos conectar?", Flag: []string{"seu perfil é incrível"}},
		{Note: "Bonjour Claire, votre parcours est vraiment impressionnant. Au plaisir d'échanger.", Flag: []string{"votre parcours est vraiment impressionnant"}},
		{Note: "Hallo Jana, Ihr Profil hat mich beeindruckt! Ich würde mich über die Vernetzung freuen.", Flag: []string{"Ihr Profil hat mich beeindruckt"}},
	},
	Good: []Example{
		{Note: "Hi Ayşe, your GopherCon talk on edge caching was superb; the cache-key diagram finally made Vary headers click. I'm a backend dev at Trendyol and would love to follow your work.",
			Why: "The compliment names the talk and what was good about it."},
		{Note: "Hi Rohan, I'm impressed by your experience scaling UPI payments at PhonePe. I'm tackling similar load at a Jakarta fintech and would love your take on retries."},
		{Note: "Hi Aiko, your background in both law and machine learning is rare. I'm a paralegal learning Python and would love to hear which course helped you most."},
		{Note: "Hi Helga, I admire your work on the Oslo heat-pump subsidy. Our council in Bergen is drafting a similar scheme and I'd love to hear what you'd change."},
		{Note: "Hi Kemi, I loved your profile of Lagos's women founders in TechCabal. I'm a journalist in Accra planning a similar series and would love to compare notes."},
		{Note: "Hi Paolo, your portfolio is stunning, especially the Brera museum signage. I'm a junior designer in Milan and would love to hear how you pitched it."},
		{Note: "Hi Omar, I'm a product designer and I'm impressed with your portfolio, especially the Careem checkout redesign. How did you test it with drivers?"},
		{Note: "Hi Ana, your talk on edge caching at GopherCon was superb.", Why: "Praise of a talk names the thing."},
		{Note: "Hi Ana, I admire your career path from nursing to health policy.", Why: "The path is named."},
		{Note: "Hi Ana, I enjoyed your story about the first clinic in Kano."},
		{Note: "Hi Ana, your profile caught my eye because we both coach debate.", Why: "The sentence says what caught their eye."},
		{Note: "Hi Ana, I'm a data engineer with a strong background in Spark and would love to hear how you size clusters.",
			Why: "Praise of the sender's own background is not a compliment."},
		{Note: "Hola Lucía, tu charla en el DevFest fue impresionante, sobre todo la demo con lector de pantalla. Soy diseñadora UX en Bilbao."},
		{Note: "Olá Ana, o seu artigo sobre pricing no Expresso é excelente, sobretudo a parte das marcas próprias."},
		{Note: "Bonjour Claire, votre étude sur les bibliothèques rurales est remarquable, surtout la carte des horaires."},
		{Note: "Hallo Jana, dein Vortrag auf der JavaLand war großartig, vor allem der Teil über Virtual Threads."},
	},
}

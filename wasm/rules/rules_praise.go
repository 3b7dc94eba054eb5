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
			// Their record: your profile, tu trayectoria, Ihr Werdegang.
			{W: 1, Match: cuePats(`
@their (linkedin|professional|profesional|profissional|beruflicher|beruflichen|berufliche|whole|entire)? @record
(lo|o|ce|what|was) (que)? (you|vous|voce|vc|usted|tu|sie|du)? (do|does|haces|hace|hacen|faz|fazes|fazem|fais|faites|machst|machen|tust|tun)
`), Except: notPicture},
			// Praise.
			{W: 1, Match: cuePats(`
@praise
`), Except: notPraise},
			// Praise and record in one phrase: "impressive background",
			// "perfil muito top", "your profile is impressive".
			{W: 2, Match: cuePats(`
@praise @record
@record (muy|muito|tres|sehr|very|so|really|super|tan|tao|si|vraiment|wirklich|echt)? @praise
@their @record ... @praise
@praise ... @their @record
`), Except: patsJoin(notPicture, notPraise)},
			// The person as a whole: "you're an inspiration", "what a career".
			{W: 2, Match: cuePats(`
(you're|youre|eres|es|e|etes|sind|bist|are) (a|an|un|una|um|uma|une|ein|eine|my|mi|minha|meu|mon|ma|mein|meine|such|todo|toda|grande|gran)? _? (inspiration|inspiracion|inspiracao|referente|referencia|reference|vorbild|legend|idolo|idola|rockstar|crack|exemplo|ejemplo|exemple|modele|modelo|model)
(a|an|un|una|um|uma|une|ein|eine|todo|toda|my|mi|minha|meu|mon|ma|mein|meine|such|real|true|vraie|vrai|echtes|echte|grande|gran|great|total) _? (inspiration|inspiracion|inspiracao|referente|referencia|vorbild|legend|idolo|idola|rockstar|crack|exemplo|ejemplo|exemple)
role model
(speaks|spricht|sprechen|habla|hablan|fala|falam|parle|parlent) (for|fur|por|pour)? (itself|themselves|sich|si|d'elle|d'eux|elle|eux)
(big|huge|great|longtime|grand|gran|grande|grosser) (fan|admirer|admirador|admiradora|fa|admirateur|admiratrice|bewunderer)
(fan|fa|admirer|admirador|admiradora|admirateur|admiratrice) (of|de|do|da|von) @their
@their (fa|fan|admirador|admiradora|admirateur|admiratrice|bewunderer)
(doing|do|done|does) (such)? @praise (things|work|stuff|job)
(faz|fazes|hace|haces|fais|faites|machen|machst) (un|um|une|einen|eine)? (trabajo|trabalho|travail|job|boulot|arbeit) @praise
(love|loved|loving|adore|adoro|adorei|amo|amei|encanta|encanto|j'adore|liebe) @their @record
(seem|seems|sound|sounds) like (someone|somebody|a) (person)? (i|we) (could|can|would)
(what|quel|quelle|que|vaya|menuda|fur) (a|an|un|une|eine|ein|beau|bel|belle|linda|bonita|bela)? (career|journey|profile|background|path|carriere|parcours|profil|trayectoria|perfil|carrera|recorrido|trajetoria|carreira|percurso|karriere|werdegang|laufbahn)
(all|everything|todo|tudo|tout|alles|was) ... (achieved|accomplished|done|built|logrado|conseguido|hecho|conquistou|fez|construiu|accompli|fait|construit|erreicht|geschafft|aufgebaut)
`)},
			// Something specific: the talk, "especially", a question.
			{W: -4, Match: cuePats(`
@their ... @work
(especially|particularly|notably|specifically|especialmente|sobretudo|principalmente|particularmente|concretamente|surtout|notamment|particulierement|besonders|insbesondere|because|since|porque|pois|parce|weil)
(sobre|vor|in|en|em) (todo|allem|particular|particulier|especial)
(how|comment) (did|do|you|avez|as|vous|tu)
(como|wie) (lo|la|hiciste|lograste|haben|hast|habt)
@record (building|leading|scaling|designing|creating|running|managing|teaching|writing|shipping|turning|moving|bringing|taking|launching|growing|migrating|from|behind|on|about|of)
(both|ambos|ambas|beiden)
`)},
		},
		Threshold: 2,
		Msg:       "Praise with nothing specific: {text}. Name the talk, post or project you mean.",
	},
}

// notPicture: a profile photo is no record (and praise of it is another rule's).
var notPicture = cuePats(`
(profile|perfil|profil) (photo|picture|pic|foto|bild)
`)

// notPraise: praise of something else than their record.
var notPraise = cuePats(`
(great|perfect|ideal|good|excellent|strong|natural|buen|bom|parfait|perfekt|top) (fit|match|candidate|fits)
@praise (to|for|meeting|chatting|talking|catching|seeing|hearing|connecting|conocerte|conhecer|de)
(encaja|encajas|encajarias|encajaria|encaixa|encaixaria|fit|fits|match|matches) _? @praise
(smile|sourire|sonrisa|sorriso|lacheln|photo|foto|picture|pic|eyes|yeux|ojos|olhos|augen) ... @praise
@praise (smile|sourire|sonrisa|sorriso|lacheln|photo|foto|picture|pic|eyes|yeux|ojos|olhos|augen)
`)

// Words of praise and words for someone's record as a whole.
const (
	praiseW = "(impressive|impressed|inspiring|inspired|inspiration|inspirational|inspires|amazing|amazed|incredible|awesome|great|excellent|excelente|exceptional|excepcional|exceptionnel|remarkable|remarquable|outstanding|stellar|wonderful|fascinating|fascinante|fascinant|faszinierend|brilliant|brillant|brillante|brilhante|phenomenal|fenomenal|extraordinary|extraordinario|extraordinaire|admire|admiration|admirable|admiro|admiracion|admiracao|admiravel|j'admire|l'admiration|stunning|superb|superbe|legendary|increible|incrivel|impresionante|impresiona|impressionante|impressiona|impressionnant|impressionnante|m'impressionne|espectacular|espetacular|genial|valioso|valiosa|fantastic|fantastico|fantastica|notable|notavel|envidiable|invejavel|maravilloso|maravilhoso|sensacional|bluffant|formidable|beeindruckt|klasse|spitze|bewundernswert|vorbildlich|interesting|interesante|interessante|nice|top|mega|super|goals|exemplary|ejemplar|exemplaire|impecable|impecavel|unique|stands|speaks|resonated|caught|llamo|chamou|bravo|wow|brutal|tremendo|encanta|adoro|adorei|j'adore|inspira|m'inspire|inspirant|inspirante|inspirador|inspiradora|inspiriert|beeindruckend*|spannend*|toll*|cool*|krass*|grossartig*|inspirierend*|interessant*|bemerkenswert*|hervorragend*|herausragend*|beachtlich*|erstaunlich*|eindrucksvoll*|beau|belle|bel|lindo|linda)"
	recordW = "(profile|background|experience|career|journey|resume|credentials|achievements|accomplishments|trajectory|path|cv|portfolio|work|expertise|skills|content|perfil|trayectoria|experiencia|carrera|recorrido|logros|trajetoria|carreira|percurso|bagagem|curriculo|conquistas|trabalho|trabajo|trampo|parcours|carriere|trajectoire|profil|travail|chemin|camino|caminho|werdegang|erfahrung|karriere|laufbahn|lebenslauf|erfolge|weg|vita|arbeit)"
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
		{Note: "Dear Kemi, I'm inspired by your career journey. Looking forward to connecting.", Flag: []string{"inspired by your career"}},
		{Note: "Hi Paolo, your portfolio is stunning! I'm a junior designer in Milan.", Flag: []string{"your portfolio is stunning"}},
		{Note: "Hi Dana, you're such an inspiration! Would love to connect.", Flag: []string{"you're such an inspiration"},
			Why: "Praising the person rather than something they did is just as vague."},
		{Note: "Hola Lucía, tu perfil es impresionante. Me encantaría conectar contigo.", Flag: []string{"tu perfil es impresionante"}},
		{Note: "Olá Ana, seu perfil é incrível! Vamos nos conectar?", Flag: []string{"seu perfil é incrível"}},
		{Note: "Bonjour Claire, votre parcours est vraiment impressionnant. Au plaisir d'échanger.", Flag: []string{"votre parcours est vraiment impressionnant"}},
		{Note: "Hallo Jana, Ihr Profil hat mich beeindruckt! Ich würde mich über die Vernetzung freuen.", Flag: []string{"Ihr Profil hat mich beeindruckt"}},
		{Note: "Bonjour Claire, quel parcours ! Je suis consultante à Lyon.", Flag: []string{"quel parcours"}},
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

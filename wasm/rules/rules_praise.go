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
@their (linkedin|professional|profesional|profissional|beruflich*|whole|entire)? @record
`), Except: notPicture},
			// Praise.
			{W: 1, Match: cuePats(`
@praise
`), Except: cuePats(`
(great|perfect|ideal|good|excellent|strong|natural|buen|bom|parfait|perfekt|top) (fit|match|candidate|fits)
@praise (to|for|meeting|chatting|talking|catching|seeing|hearing|connecting|conocerte|conhecer|de)
(encaj*|encaix*|fit|fits|match*) _? @praise
`)},
			// Praise and record in one phrase: "impressive background",
			// "perfil muito top", "your profile is impressive".
			{W: 2, Match: cuePats(`
@praise @record
@record (muy|muito|tres|sehr|very|so|really|super|tan|tao|si|vraiment|wirklich|echt)? @praise
@their @record ... @praise
@praise ... @their @record
`), Except: notPicture},
			// The person as a whole: "you're an inspiration", "what a career".
			{W: 2, Match: cuePats(`
(a|an|un|una|um|uma|une|ein|eine|todo|toda|my|mi|minha|meu|mon|ma|mein*|such|real|true|vraie|vrai|echtes|echte|grande|gran|great|total) (inspiration|inspiracion|inspiracao|referente|referencia|vorbild|legend|idolo|idola|rockstar|crack|exemplo|ejemplo|exemple)
role model
(what|quel|quelle|que|vaya|menuda|fur) (a|an|un|une|eine|ein|beau|bel|belle|linda|bonita|bela|lindo)? (career|journey|profile|background|trajectory|path|track|carriere|parcours|profil|trajectoire|trayectoria|perfil|carrera|recorrido|trajetoria|carreira|percurso|karriere|werdegang|laufbahn|lebenslauf|cv)
(all|everything|todo|tudo|tout|alles|was) ... (achieved|accomplished|done|built|logrado|conseguido|hecho|construido|conquistou|alcancou|fez|construiu|accompli|fait|construit|realise|erreicht|geschafft|geleistet|aufgebaut)
`)},
			// Something specific: the talk, "especially", a question.
			{W: -4, Match: cuePats(`
@their ... @work
(especially|particularly|notably|specifically|especialmente|sobretudo|principalmente|particularmente|concretamente|surtout|notamment|particulierement|besonders|insbesondere|because|since|porque|pois|parce|weil)
(sobre|vor|in|en|em) (todo|allem|particular|particulier|especial)
(how|como|comment|wie) (did|do|you|lo|la|avez|as|haben|hast|vous|voce|vc|tu|sie|du)
@record (building|leading|scaling|designing|creating|running|managing|teaching|writing|shipping|turning|moving|bringing|taking|launching|growing|migrating|from|behind|on|about)
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

// Words of praise and words for someone's record as a whole.
const (
	praiseW = "(impress*|inspir*|amaz*|incredib*|awesome|great|excellent*|excelent*|m'inspir*|m'impression*|m'epat*|m'interpell*|exceptional*|excepcional*|exceptionnel*|remarkab*|remarquab*|outstanding|stellar|wonderful|fascinat*|faszinier*|brilliant*|brillant*|brilhante|phenomenal|fenomenal|extraordinar*|admir*|stunning|superb*|terrific|legendary|increibl*|incrivel|incriveis|impresion*|impression*|espectacular*|espetacular|genial*|valios*|fantast*|notable|notavel|envidiabl*|invejavel|enviable|maravill*|maravilh*|sensacional|bluff*|epat*|formidable|beeindruck*|bemerkensw*|herausragend*|hervorragend*|beachtlich*|toll|tolle|toller|tolles|klasse|spitze|krass*|bewundernsw*|vorbildlich*|erstaunlich*|grossartig*|eindrucksvoll*|interesting|interesante|interessante|interessant|interessanter|cool|cooles|coole|cooler|nice|top|mega|super|lindo|linda|bonita|bonito|beau|belle|magnifique|exemplar*|ejemplar|exemplaire|destacad*|impecabl*|impecavel|unique|rich|riche|stands|speaks|resonat*|caught|llamo|chamou|bravo|wow|spannend*|brutal|tremend*|sublime|encanta|encanto|adoro|adorei|j'adore|adore)"
	recordW = "(profile|background|experience|career|journey|resume|credentials|achievements|accomplishments|trajectory|path|bio|cv|portfolio|work|expertise|skills|skillset|leadership|knowledge|content|perfil|trayectoria|experiencia|carrera|recorrido|logros|curriculum|trajetoria|carreira|percurso|bagagem|curriculo|conquistas|trabalho|trabajo|parcours|carriere|trajectoire|profil|realisations|travail|werdegang|erfahrung|karriere|laufbahn|lebenslauf|erfolge|hintergrund|vita|arbeit)"
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
		{Note: "Hi Dana, you're such an inspiration! Would love to connect.", Flag: []string{"an inspiration"},
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

package rules

// Rules about what a good note contains: a reason, who the sender is, and
// common ground. Each is a required element found from weighed cues.

// no-reason

var noReason = Rule{
	ID:       "no-reason",
	Severity: Warning,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B1"},
	Guide:    "/guide/anatomy-of-a-good-note/#reason",
	check: &required{
		Cues: cuesJoin(groundCues, reasonCues),
		Need: 2,
		Msg:  "Say why you want to connect: what you share, what of theirs you read, or what you hope to learn.",
	},
}

var noReasonDocs = ruleDocs{
	Title: "No reason to connect",
	Explanation: "A good note answers the reader's first question: why me, and why now? " +
		"Without a reason, a request looks like contact collecting, and people who only accept those they know have nothing to go on. " +
		"One plain sentence is enough: what you have in common, what of theirs you read, or what you hope to learn. " +
		"Someone who already knows you needs no reason spelled out.",
	Bad: []Example{
		{Note: "Hi Maria, I'd like to connect with you. Best, Leo"},
		{Note: "Hello Tom, I'm a software engineer at Google. Looking forward to connecting!"},
		{Note: "Hi Priya, I came across your profile and would like to connect."},
		{Note: "Hi Chen, let's connect!"},
		{Note: "Hi Fatou, I am a project manager in Dakar with ten years in construction. Please accept my request."},
		{Note: "Hola Lucía, soy ingeniera de datos en Madrid y me encantaría conectar contigo."},
		{Note: "Olá Ana, vi o seu perfil e gostaria de fazer parte da sua rede.",
			Why: "Seeing someone's profile is no reason to connect."},
		{Note: "Bonjour Claire, je suis consultant en stratégie à Lyon et j'aimerais rejoindre votre réseau."},
		{Note: "Hallo Jana, ich bin Projektmanagerin in Hamburg. Falls Sie Verstärkung suchen, melden Sie sich gern.",
			Why: "Asking for any job going says nothing about why this person."},
	},
	Good: []Example{
		{Note: "Hi Maria, I'm a physiotherapist in Valencia and read your study on running injuries in new marathoners. I'd love to hear how you recruited the runners."},
		{Note: "Hi Tom, we met at the Cardiff AWS meetup on Thursday and I'd love to keep comparing notes on cost alerts. Best, Rhys",
			Options: Options{Relationship: Met}},
		{Note: "Hey Sam! Finally on here. Let's connect.",
			Options: Options{Relationship: Close},
			Why:     "Someone close needs no reason."},
		{Note: "Hi Chen, congratulations on your promotion to head of logistics at SF Express! I'm a supply-chain analyst in Shenzhen."},
		{Note: "Hi Fatou, I'm a project manager in Dakar and also volunteer with Engineers Without Borders. I'd love to hear about your water project in Thiès."},
		{Note: "Hola Lucía, vi tu charla sobre accesibilidad en el DevFest de Valencia. Soy diseñadora UX en Bilbao. ¿Cómo lo probaron con usuarios?"},
		{Note: "Olá Ana, parabéns pela promoção a diretora de pricing! Sou analista financeiro em Lisboa.",
			Why: "A congratulation is a reason."},
		{Note: "Bonjour Claire, je suis consultant en stratégie à Lyon et j'ai vu que vous recrutez des analystes RSE : comment structurez-vous l'équipe ?"},
		{Note: "Hallo Jana, Lukas Weber hat mir empfohlen, mich bei dir zu melden. Ich bin Projektmanagerin in Hamburg."},
	},
}

// no-introduction

var noIntroduction = Rule{
	ID:       "no-introduction",
	Severity: Suggestion,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B2"},
	Guide:    "/guide/anatomy-of-a-good-note/#who-you-are",
	check: &required{
		Cues: introCues,
		Need: 2,
		Msg:  "Add a few words about who you are, such as your role or what you are working on.",
	},
}

var noIntroductionDocs = ruleDocs{
	Title: "No word about who you are",
	Explanation: "A stranger deciding whether to accept wants to know who is asking. " +
		"A few words are enough: your role, your field, or what you are working on. It turns an unknown name into a person they can place.",
	Bad: []Example{
		{Note: "Hi Isabel, I loved your talk on soil carbon at the Rome FAO forum and would love to hear how you measured it."},
		{Note: "Hi Kai, your thread on Rust error handling was great. Would love to learn more from you."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch."},
		{Note: "Hi Svetlana, I've been following your posts on chess pedagogy for a year and would love to connect."},
		{Note: "Hi Moana, as a result of your workshop I rewrote our hiring rubric. Thank you!"},
		{Note: "Hola Lucía, vi tu charla sobre accesibilidad en el DevFest de Valencia. ¿Cómo lo probaron con usuarios?"},
		{Note: "Olá Ana, li o seu artigo sobre pricing no Expresso e adorei. Como mediram a elasticidade?"},
		{Note: "Bonjour Claire, je suis tombé sur votre profil et j'ai lu votre article sur la méthanisation. Seriez-vous disponible pour un échange ?",
			Why: "Coming across a profile says nothing about the sender."},
		{Note: "Hallo Jana, dein Vortrag auf der JavaLand war großartig. Wie habt ihr die Migration geplant?"},
	},
	Good: []Example{
		{Note: "Hi Isabel, I'm an agronomist in Córdoba and loved your talk on soil carbon at the Rome FAO forum. I'd love to hear how you measured it."},
		{Note: "Hi Kai, Rust developer at a Berlin logistics startup here. Your thread on error handling was great, and I'd love to learn more from you."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch.",
			Options: Options{Relationship: Colleague},
			Why:     "A colleague already knows who you are."},
		{Note: "Hi Svetlana, as a chess coach in Novosibirsk I've been following your posts on teaching openings and would love to connect."},
		{Note: "Hi Moana, my name is Tane and I run the volunteer program at Auckland Zoo. Your workshop on hiring rubrics changed ours."},
		{Note: "Hola Lucía, soy diseñadora UX en Bilbao y vi tu charla sobre accesibilidad en el DevFest de Valencia."},
		{Note: "Olá Ana, trabalho com pricing na Sonae e li o seu artigo no Expresso."},
		{Note: "Bonjour Claire, développeuse front à Nantes, j'ai adoré votre conférence à la Web2Day.",
			Why: "In French a role often stands alone before the sentence."},
		{Note: "Hallo Jana, als UX-Designerin bei Zalando habe ich deinen Vortrag auf der JavaLand gesehen."},
	},
}

// no-common-ground

var noCommonGround = Rule{
	ID:       "no-common-ground",
	Severity: Suggestion,
	Quiet:    []Relationship{Colleague, Interviewer, Close},
	Advice:   []string{"B3", "B4", "B5", "B8"},
	Guide:    "/guide/anatomy-of-a-good-note/#common-ground",
	check: &required{
		Cues: groundCues,
		Need: 2,
		Msg:  "Mention what you share or how you found them: a mutual contact, a group or school, an event, or a post of theirs.",
	},
}

var noCommonGroundDocs = ruleDocs{
	Title: "Nothing you share",
	Explanation: "The easiest yes comes from a connection the reader can see: a mutual contact, a school or group you share, an event you both attended, a post of theirs you read. " +
		"Naming it shows you looked at their profile and gives the note a place in their world.",
	Bad: []Example{
		{Note: "Hi Oliver, I'm a UX designer in Manchester and would love to learn from your experience in healthcare design."},
		{Note: "Hi Fernanda, I'm a data scientist in São Paulo interested in credit risk. I'd love to hear your perspective."},
		{Note: "Hi Raj, I'm an architect moving into urban planning and would value your advice."},
		{Note: "Hi Mei, great to connect! I'm a marketing lead at Shopee.",
			Options: Options{Relationship: Met},
			Why:     "Say where you met; they may not remember."},
		{Note: "Hi Dmitri, I came across your profile and I'm a backend engineer in Tbilisi interested in Go."},
		{Note: "Hola Lucía, soy diseñadora UX en Bilbao y me interesa mucho la accesibilidad. Me encantaría conocer tu opinión."},
		{Note: "Olá Ana, sou analista financeiro em Lisboa e trabalho no mesmo setor que você.",
			Why: "The same sector, unnamed, is not something the reader can place."},
		{Note: "Bonjour Claire, je suis consultant en stratégie à Lyon et je m'intéresse à la RSE. J'aimerais avoir votre avis."},
		{Note: "Hallo Jana, ich bin Projektmanagerin in Hamburg und interessiere mich für agile Methoden."},
	},
	Good: []Example{
		{Note: "Hi Oliver, fellow Manchester Met alum here! I'm a UX designer at the NHS and loved your post on patient portals. I'd love to hear how you test with older users."},
		{Note: "Hi Fernanda, Lucas Pereira suggested I reach out. I'm a data scientist in São Paulo working on credit risk and would love your perspective."},
		{Note: "Hi Raj, we both spoke at the Pune urbanism meetup in March. I'm an architect moving into planning and would value your advice."},
		{Note: "Hi Mei, great meeting you at the Singapore marketing summit! I'm the marketing lead at Shopee.",
			Options: Options{Relationship: Met}},
		{Note: "Hi Dmitri, I'm also in the Tbilisi Go user group and enjoyed your talk on generics last month."},
		{Note: "Hola Lucía, las dos pasamos por el bootcamp de Laboratoria. Soy diseñadora UX en Bilbao."},
		{Note: "Olá Ana, a Fernanda Souza sugeriu que eu falasse consigo. Sou analista financeiro em Lisboa."},
		{Note: "Bonjour Claire, nous étions toutes les deux à Sciences Po Lille. Je suis consultante en stratégie à Lyon."},
		{Note: "Hallo Jana, wir haben uns auf der Hannover Messe am Festo-Stand unterhalten. Ich bin Projektmanagerin in Hamburg."},
	},
}

// Shared word lists for patterns.
const (
	looks = "(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely|adorable)"
)

// cuesJoin concatenates lists of cues.
func cuesJoin(a, b []cue) []cue { return append(append([]cue(nil), a...), b...) }

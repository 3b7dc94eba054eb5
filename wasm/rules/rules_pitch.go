package rules

// The sales-pitch rule: selling in a first note.

// sales-pitch

var salesPitch = Rule{
	ID:       "sales-pitch",
	Severity: Warning,
	Advice:   []string{"C1"},
	Guide:    "/guide/what-to-leave-out/#no-pitch",
	check: &intent{
		Cues:      pitchCues,
		Threshold: pitchThreshold,
		Msg:       "Reads as a sales pitch: {text}. A first note should start a relationship, not sell.",
	},
}

var salesPitchDocs = ruleDocs{
	Title: "A sales pitch in the first note",
	Explanation: "Selling in a connection request is like proposing before you know someone's name: it asks for trust you haven't earned. " +
		"Offers, demos, calls and discounts make the invitation look like the top of a sales funnel, and many people decline on sight. " +
		"Connect first; if there is a fit, it will come up once you know each other.",
	Bad: []Example{
		{Note: "Hi Daniel, I'm the founder of LeadLoop. We work with companies like yours to double outbound replies. Can I book a 15-minute demo this week?", Flag: []string{"We work with", "like yours", "double", "book a 15-minute demo"}},
		{Note: "Hi Grace, our scheduling software helps clinics cut no-shows by 40%. Would you be open to a quick call?", Flag: []string{"our scheduling software helps clinics cut", "40%", "open to a", "call"}},
		{Note: "Hello Arjun, I run a design agency in Pune and would love to show you how we rebuilt three SaaS onboarding flows. Free consultation this month!", Flag: []string{"run a design agency", "love to show you", "Free"}},
		{Note: "Hi Noor, special offer for HR leaders: 30% off our onboarding toolkit until Friday.", Flag: []string{"special offer", "30%", "our onboarding toolkit"}},
		{Note: "Hi Lukas, check out my course on Excel automation. It could save you hours every week.", Flag: []string{"check out my course", "could save"}},
		{Note: "Hi Fatima, I help e-commerce brands increase your conversions with better product photos. Let's hop on a call!", Flag: []string{"I help e-commerce", "increase", "hop on", "call"}},
		{Note: "Hi Jonas, read your thread on reconciling payouts by hand. We've built something for exactly this, happy to give you early access.", Flag: []string{"built something", "happy to give you early access"},
			Why: "A veiled pitch is still a pitch: a seller, and something offered."},
		{Note: "Hi Kenji, I'm a tech recruiter at Northwind. We're hiring a Staff Backend Engineer for a fintech client. Would you be open to a quick call?", Flag: []string{"We're hiring", "for a fintech client", "open to a", "call"},
			Why: "A recruiter asking for a call about a role they fill is selling too."},
		{Note: "Hi Tobias, I'm a freelance translator for medical devices. If you ever need an extra pair of hands, I'm around.", Flag: []string{"If you ever need", "extra", "hands"},
			Why: "A freelancer offering their services."},
		{Note: "Hi Ana, can I BOOK A QUICK DEMO with you?", Flag: []string{"BOOK A", "DEMO"}},
		{Note: "Hola Andrés, soy fundador de Cosechapp, un software para cooperativas cafeteras. ¿Te puedo enviar nuestra presentación?", Flag: []string{"enviar", "presentación"}},
		{Note: "Olá Ricardo, a nossa consultoria ajuda PME a reduzir custos em 30%. Podemos marcar uma conversa de 15 minutos?", Flag: []string{"nossa consultoria ajuda PME", "reduzir", "30%", "marcar uma conversa", "15 minutos"}},
		{Note: "Bonjour Karim, je dirige une agence de traduction. Je serais ravi de vous présenter notre offre en 15 minutes.", Flag: []string{"vous présenter notre offre", "15 minutes"}},
		{Note: "Guten Tag Herr Brandt, wir haben dafür ein Tool entwickelt. Darf ich Ihnen unsere Unterlagen schicken?", Flag: []string{"Ihnen unsere Unterlagen schicken"}},
	},
	Good: []Example{
		{Note: "Hi Pauline, I loved your write-up of your pricing page redesign, especially the decoy tier test. I'm a growth designer in Lyon and would love to hear what you'd try next.",
			Why: "Praising their pricing work is not selling yours."},
		{Note: "Hi Femi, I lead research for our product team at Paystack and enjoyed your talk on offline payments in Kano. I'd love to hear how you recruited participants.",
			Why: "Naming your own team is introducing yourself."},
		{Note: "Hi Mateus, your demo of the Flutter hot-reload tooling at DevFest Recife was the highlight of my day. I'm a mobile dev at Nubank and would love to keep learning from your posts.",
			Why: "Their demo, not yours."},
		{Note: "Hi Sam, I'm a student at UCT researching how clinics reduce no-shows. Your article on SMS reminders was so useful, and I'd love to hear how you measured the effect."},
		{Note: "Hi Hana, I'd love to learn how you grow your newsletter's readership without ads. I write a small one on Korean ceramics and admire your issue on onggi kilns."},
		{Note: "Hi Tomasz, I sell logistics software, so your ProMat talk on why WMS rollouts stall hit close to home. How did you get the floor leads on board?",
			Why: "A salesperson who asks about the talk is not pitching."},
		{Note: "Hi Nadia, I'm a product manager at a Cairo fintech, not in sales. I keep seeing your posts on selling to banks. What's the longest cycle you've seen?",
			Why: "A question about their sales work."},
		{Note: "Hi Ana, I have limited time this month but loved your talk."},
		{Note: "Hi Ana, how did you cut your costs after the move to Lisbon?"},
		{Note: "Hi Ana, our product team at Klarna loved your talk on checkout."},
		{Note: "Hi Ana, the demonstrate step of your talk was clear."},
		{Note: "Hi Ana, I loved your write-up of your pricing page redesign."},
		{Note: "Hi Ana, your demo at GopherCon was the best of the day."},
		{Note: "Hi Femi, our product team at Paystack loved your talk on offline payments in Kano. I'm a researcher there and would love to hear how you recruited participants."},
		{Note: "Hola Felipe, trabajo en ventas en una SaaS de logística y vi tu charla en el Foro de Retail. ¿Cómo miden ustedes el último kilómetro?",
			Why: "Working in sales is not selling."},
		{Note: "Olá Sérgio, vi sua palestra na Campus Party. Sou dev Python em Manaus. Podemos marcar um café virtual?"},
		{Note: "Bonjour Claire, commerciale dans le SaaS RH, votre talk sur les entretiens annuels m'a interpellée. Comment avez-vous convaincu vos managers ?"},
		{Note: "Hola Marta, soy reclutadora en Cabify y leí tu hilo sobre pruebas de carga. No tengo vacantes ahora, solo quería seguir tu trabajo.",
			Why: "A recruiter with no role to offer is not selling one."},
		{Note: "Hallo Jan, ich bin im Vertrieb bei einem IT-Dienstleister und habe Ihren Beitrag über Social Selling gelesen. Wie messen Sie den Erfolg?"},
	},
}

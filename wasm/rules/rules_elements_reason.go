package rules

// Cues that the note gives a reason to connect, for no-reason: why this
// person, why now. Common ground is a reason (groundCues); so are a
// congratulation, thanks for something, news of theirs the sender noticed
// ("vi que abrieron búsqueda", "j'ai vu que vous recrutez"), their role or
// company named, and a concrete question about their work ("how did you…",
// "¿cómo lo miden?"). Wanting to connect, admiring a profile, generic
// targeting ("shops like yours") or asking for any job going is not.

// reasonCues weigh towards a reason; with groundCues, two make one.
var reasonCues = []cue{
	// Congratulations, thanks.
	{W: 2, Match: cuePats(`
(congrat*|felicit*|enhorabuena|parabens|gluckwunsch*|glueckwunsch*|gratul*|kudos|bravo|chapeau|merecid*|deserved|verdient)
(thank|thanks|gracias|obrigad*|merci|danke|agradec*|agradeco|valeu|bedank*) (you)? (so|very|again|encore|nochmals|de)? (much|nuevo|novo)? (for|por|pela|pelo|pour|fur|d'avoir|dafur)
`), Except: cuePats(`
(congrat*|felicit*|parabens|bravo|gratul*|gluckwunsch*) (on|for|por|pelo|pela|pour|zu|fur) (all|everything|todo|tudo|tout|allem|alles)
(thank|thanks|gracias|obrigad*|merci|danke|agradec*|agradeco) ... (advance|antemano|adelantado|avance|voraus|time|tiempo|tempo|temps|zeit|consideration|consideracion|attention|atencion|atencao|aufmerksamkeit|lecture|leer|ler|lire|accepting|aceptar|aceitar|accepter|reading)
`)},

	// News of theirs, their role or company, a question about their work.
	{W: 2, Match: cuePats(`
@saw (that|que|dass|,)
@saw (you|you're|youre|your)
@saw N
how (did|do|does|would|have|has|are|is|was|were|you|your|they)
(what|which|why|when|where) _? (did|do|does|would|made|should) (you|your)
como (lo|la|los|las|le|les|se|o|os|as|voces|vcs|voce|vc|ustedes|e|es)
comment (la|le|les|vous|tu|avez|as|etes|es|est|faites|fais|l'avez|l'as|se|s'est)
wie _ (sie|du|ihr)
wie (haben|hast|habt|gehen|geht|sind|bist|seid|ist|hat|macht|lief|kam|kamen)
(hear|learn|understand|know|ask|saber|entender|perceber|ouvir|comprendre|savoir|erfahren|wissen|verstehen|preguntar*|perguntar|demander) (how|what|why|which|whether|about|como|que|cual|porque|sobre|comment|pourquoi|quel*|wie|was|warum|welche*|your|tu|su|seu|sua|votre|ton)
(mehr|etwas) (uber|zu) (ihre*|deine*|die|den|das)
(question*|pregunta*|pergunta*|frage|fragen|questoes|duvida*|consultarte|consultarle|preguntarte|preguntarle) (about|on|regarding|sobre|acerca|sur|au|concernant|zu|zur|zum|uber|da|do)
(you|vous|voce|vc|usted|tu) _? _? (at|chez|na|no|en|em|in|para|for|pour) N
de: (sie|du|ihr) _? _? bei N
(you|vous|sie|du|voce|vc|usted|tu) (work|lead|run|head|manage|handle|leiten|leitest|arbeiten|arbeitest|verantworten|verantwortest|travaillez|travailles|dirigez|pilotez|trabajas|trabaja|diriges|dirige|lideras|lidera|trabalha|trabalhas|gere|gerencia|coordena|coordinas)
@saw (the|la|el|o|a|le|die|den|your|tu|su|seu|sua|votre|ihr*)? (vacante|vaga|job|role|position|opening|poste|offre|stelle|stellenanzeige|anzeige|oferta|posicion|puesto|convocatoria|busqueda|openings|vacancy)
@their (team|company|department|equipo|empresa|equipe|time|entreprise|firma|abteilung|area|unternehmen|experience|background|work|experiencia|trabajo|trabalho|travail|erfahrung|arbeit|trayectoria|trajetoria|parcours|werdegang|profil|perfil|profile|role|position|job|cargo|puesto|poste|rolle|stelle) _? _? _? (at|with|en|con|na|no|chez|bei|em|in|im|de|da|do) N
(fits|matches|suits|encaja*|encaix*|combina|correspond|correspondent|correspondrait|convient)
(similar|same|parecid*|mismo|misma|mesmo|mesma|meme|similaire|ahnlich*|gleich*) (problem*|challenge*|issue|thing|project*|transition|switch|move|desafio*|reto|retos|proyecto|projeto|problema|probleme|projet|sujet|chantier|thema|projekt|situation|situacion|situacao|herausforderung*|fragen|rule|load|scheme|path|caminho|camino)
(something|algo|etwas|quelque) (similar|parecido|semelhante|ahnliches|chose)
`), Except: cuePats(`
@saw (that)? @their (profile|perfil|profil|page|pagina|background|experience|experiencia|trayectoria|trajetoria|parcours|werdegang|cv|photo|foto)
how (are|r|is) (you|u|things|it)
(show|mostrar*|mostrarte|montrer|zeigen) ... (how|como|comment|wie)
(how|como|comment|wie) (we|our|nosotros|nuestr*|nous|notre|nos|wir|unser*|nossa|nosso|can|puede*|pode*|reducir|reduzir)
como (la|el|los|las|o|a|os|as) (tuya|tuyo|tuyas|tuyos|suya|suyo|suyas|suyos|sua|seu|tua|teu|vossa|vosso)
(if|si|se|whether|ob|falls) (it|this|we|there|lo|isso|ca|es|das)? (fits|fit|encaja|encaixa|convient|passt)
`)},
}

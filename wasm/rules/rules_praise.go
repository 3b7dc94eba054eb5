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
	// Between friends praise is affection, not flattery: of 734 notes to a
	// close contact in the corpus, none is labelled vague-compliment.
	Quiet:  []Relationship{Close},
	Advice: []string{"C4"},
	Guide:  "/guide/what-to-leave-out/#generic-flattery",
	check: &intent{
		Cues: []cue{
			// Their record: your profile, tu trayectoria, Ihr Werdegang,
			// what you have built, the work you do, el trabajo que haces.
			{W: 1, Lines: (`
` + yourRecord + `
(the|el|la|o|a|le|die|das|den)? @record (you|you've|you're|que|qui|dont) (do|did|doing|built|you|tu|usted|voce|vc|vous|haces|has|faz|fazes|fais|faites|avez)?
(you|usted|voce|vc|vous|sie|du) (clearly|really)? (have|has|tienes|tiene|tem|tens|avez|as|haben|hast) ... @record
(what|that) (that)? ... (do|does|doing|did|building|` + achievedL + ")" + `
(lo|o|ce|was) (que)? ... (haces|hace|hacen|faz|fazem|fais|faites|font|machst|machen|` + achievedL + ")" + `
`), ExceptLines: notPicture + `
was (machst|machen|macht) (du|sie|ihr)
`},
			// Praise of everything they post: "your posts are always so
			// insightful", "deine Beiträge sind immer so spannend".
			{W: 2, Lines: (`
(always|siempre|sempre|toujours|immer) (so|tan|muy|muito|tres|super|sehr|really|very)? @praise
`)},
			// Praise.
			{W: 1, Lines: (`
@praise
second to none
(hors|sans|sin|sem|ohne) (pair|pareil|igual|gleichen)
(sabes|sabe|sait|sais|weisst|weiss) (muchisimo|muitissimo|muito|mucho|beaucoup|tanto|viel|so) (de|sobre|du|des|uber)?
(top|world) (notch|class)
(hats|hut) (off|ab)
(tirar|tira|quitarse|quito|quitar) (o|el|me)? (chapeu|sombrero)
@record (is|es|e|est|ist)? (next|otro|outro|autre|anderes) (level|nivel|niveau)
(es|e) (una|um|uma) (pasada|maravilha|passada)
(got|gets|made|makes|had) me (thinking|think|reflect*)
(hit|hits) home
auf den punkt
zum nachdenken (gebracht|angeregt)
(m'a|m'ont) (fait)? (reflechir|vraiment)? (parle|reflechir)
me (hizo|hicieron|dejo|fez|fizeram|deixou) (pensar|reflexionar|refletir)
me ha hecho (pensar|reflexionar)
fez me (pensar|refletir)
(you're|youre|you) (are)? (a)? (legend|machine|beast)
@record (is|es|e|est|ist)? @very (something|algo) (else|special|especial|unico)
`), ExceptLines: notPraise},
			// Praise and record in one phrase: "impressive background",
			// "perfil muito top", "your profile is impressive".
			{W: 2, Lines: (`
@praise @record
` + bigW + ` @record
@record (muy|muito|tres|sehr|very|so|really|super|tan|tao|si|vraiment|wirklich|echt)? @praise
` + yourRecord + ` ... @praise
@praise ... ` + yourRecord + `
`), ExceptLines: notPicture + notPraise + ownRecord},
			// The person as a whole: "you're an inspiration", "what a
			// career", "an impressive leader", "you're amazing".
			{W: 2, Lines: (`
@youare @very @a? _? (modele|reference|` + modelL + ")" + `
(a|an|un|una|um|uma|une|ein|eine|todo|toda|my|mi|mon|ma|mein|meine|such|total|gran|grande|great) _? ` + modelW + `
(true|real|genuine|authenti*|autentic*|verdader*|verdadeir*|vrai|vraie|veritable|echte*|wahre*|natural|naturel|born|geborene*) (leader|lider|fuhrungs*|` + modelL + ")" + `
(leader|lider) (nato|nata|natural|naturel|ne|nee|autentico|autentica)
@youare @very @a? @praise $
@praise (tu|su|seu|sua|votre|ta|ton|your|ihre|deine) (forma|manera|jeito|facon|way|estilo|style) (de|of|to|zu)
@youare @very @a? @praise @role
@youare @very @a @very @praise @peer
@youare @very @a @peer @very @praise
@peer (en|de|em) (or|oro|ouro)
@praise (leader|lider|woman|mujer|mulher|femme|` + personL + ")" + `
(source|fuente|fonte) (of|de|da)? (inspiration|inspiracion|inspiracao|d'inspiration)
(role|modelo) (model|a)
(est|es|e|is|ist|c'est) (un|una|um|uma|a|ein) (modele|modelo|model) (pour|para|for|fur|a)
(speaks|speak|spricht|sprechen|habla|hablan|fala|falam|parle|parlent) (for|fur|por|pour)? (itself|themselves|sich|si|elle|eux|volumes)
(big|huge|great|longtime|grand|gran|grande|grosser) ` + fanW + `
` + fanW + ` (of|de|do|da|von) @their
@their ` + fanW + `
(faz|fazes|hace|haces|hacen|fais|faites|machen|machst) (un|um|une|einen|eine)? (trabajo|trabalho|travail|job|boulot|arbeit) @praise
(you|you're|youre|you've) (do|doing|done)? @very @a? @praise (things|work|stuff|job)
(love|loved|like|liked|adore|adoro|adorei|amo|amei|encanta|encanto|j'adore|liebe|mag|mochte) @their @record
(love|loved|adore|j'adore|encanta|adoro) (the|el|la|o|a|le|ce)? @record (you|you're|you've|que|qui)
(shows|show) (in)? (everything|every|all)
(se|nota) (nota|se|ve|voit|percibe|percebe) (en|em|dans)? (cada|tudo|todo|todos|tout|tous|chaque)
(sieht|merkt) man (bei|in|an)? (allem|jedem|jeder)
@their (profile|profil|perfil) (hat|has|a|me)? (mich|me)? (neugierig|curious|curioso|curiosa|curieux|curieuse|intrigued|intrigue|intrigado|intrigada)
(love|loved|liked|enjoyed|adorei|gostei|adore|adoro|encanto|encanta|encantou|j'adore|aime|gefallt|gefiel|mochte|mag) (the|el|la|o|a|le)? @their (recent|latest|last|ultima|ultimo|derniere|dernier|letzter|letzte|letzten|letztes) (post|publication|publicacion|publicacao|beitrag|article|articulo|artigo|artikel|video|posteo|postagem) $
(you|you've|tu|usted|voce|vc|vous|sie|du) (really|truly|so|me|nos|mich)? (inspire|inspired|inspira|inspiras|inspiram|inspiran|inspirez|m'inspirez|m'inspires|inspires|inspirieren|inspirierst)
look* up to
(i'm|soy|sou|suis|bin) (a|un|una|um|uma|une|ein|eine)? (big|huge|grand|gran|grande|grosser)? ` + fanW + `
(be|become|ser|etre|devenir|werden|sein) (like|como|comme|wie) (you|ti|usted|voce|vc|vous|toi|sie|du|dich) $
(be|get|ser|estar|llegar|chegar|etre|arriver) (to|a|ate|la)? (where|donde|onde|ou) (you|tu|usted|voce|vc|vous|estas|esta|etes)
(respect|admiration|l'admiration|d'admiration|admiracion|admiracao|respeto|respeito) (for|por|pela|pelo|pour) (you|ti|usted|voce|vous|toi|what|lo|o|ce|tout|todo|tudo)
(so|such|tantos|tantas|tant|viele) (many|much|de)? @record
(someone|alguien|alguem|quelqu'un|jemand|` + personL + `) (of|de|do|da|du|von) @their (caliber|calibre|stature|level|nivel|niveau|envergure|kaliber)
@youare ... (best|top|leader|leaders|expert|experts|pointure|referente|lider|mejores|melhores|meilleurs|besten) (in|en|em|no|na|dans|du|de|im|of|del|do|da) _? (field|industry|sector|campo|rubro|setor|mercado|area|domaine|secteur|branche|bereich)
(killing|crushing|rocking) it
(manda|mandando|mandas) (muito)? bem
(know|knows|sabes|sabe|connais|connait|kennst|kennt) (your|tu|ton|son|dein|sein|su|seu) (stuff|thing|cosa|truc|sache|oficio|metier|handwerk|oficio)
(reputation|reputacion|reputacao|ruf|renommee) (precedes|precede|eilt)
(reputation|reputacion|reputacao|ruf|renommee) (le|vous|te|lhe|ihnen|dir) (precede|eilt)
(as|aussi|tan|tao|so) _ (as|que|como|wie) (yours|tuya|suya|sua|votre|ihre|deine)
(agregado|agregaram|agrega|added|adds|aportado|aporta|apporte|apportent) (muito|mucho|so|tant|beaucoup|a)? (lot)? (de|of)? (valor|value|valeur)
(admire|admiro|j'admire|bewundere|love|adoro|j'adore) (the|la|el|o|a|le|die|den) (croissance|growth|crecimiento|crescimento|wachstum|evolution|evolucion|evolucao|entwicklung|rise|ascension|ascenso|aufstieg) (de|of|do|da|von|del|du)
@congrats (on|for|por|pela|pelo|pour|zu|zur|zum)? _? _? (career|carrera|carreira|trajetoria|trayectoria|parcours|carriere|werdegang|karriere|laufbahn|percurso|journey)
(love|loved|like|liked) (what|everything) _? _? ` + doneW + `
(seem|seems|sound|sounds) like (someone|somebody|a) (person)? (i|we) (could|can|would)
(what|quite|fur) (a|an|the|ein|eine) @record
(quel|quelle|vaya|menuda|menudo|que) (beau|bel|belle|linda|bonita|bela)? @record (tienes|tiene|tens|tem|avez)? $
(quel|quelle|vaya|menuda|menudo|que|tremenda|tremendo|baita) @record (bonita|bela|linda|belle|incrivel|increible|impresionante|impressionante|impressionnant|impressionnante)? (la|a)? (tuya|suya|sua|tua|vuestra) $
(all|everything|todo|tudo|tout|alles|was) ... ` + achievedW + `
(you've|youve|you|has|as|avez|voce|vc|usted|tu|vous|ja) (have)? ` + achievedW + ` (so|a)? (lot|tanto|much*|muit*|tant|beaucoup)
(much|viel|cuanto|quanto|combien|tant) _? _? ` + achievedW + `
heard ... things about (you|yourself) $
(hablado|hablan|dicen|contado) (maravillas|cosas|muy) ... (de|sobre) (ti|usted) $
(ouco|ouvi|falam|falaram) (coisas|maravilhas|muito) ... (sobre|de) (voce|vc|ti) $
(dit|entendu|parle) ... bien de (vous|toi) $
(gutes|positives|tolles) (uber|von) (dich|sie|ihnen|euch) (gehort|gelesen)?
@praise (by|with|por|com|par|von) (you|voce|vc|vous|toi|ti|usted|dich|ihnen|dir) $
(admire|admiro|j'admire|bewundere|te|vous) (you|vous|voce|sie|admiro|admire)
(gran|buen|bom|otimo|bon|gute|good|great) (trabajo|trabalho|travail|arbeit|work|job) !
inspir* (to|for|para|pra|pour|fur) (someone|people|me|anyone|many|us|alguien|mi|muchos|muitos|mim|moi|beaucoup|nous|mich|viele|uns)
(someone|somebody|people|alguien|alguem|gente|personas|pessoas|quelqu'un|personnes|jemand|menschen|professional|profesional|profissional|professionnelle|professionnel) (like|como|comme|wie) (you|ti|usted|voce|vc|vous|toi|dir|ihnen|dich|sie|du)
(someone|somebody|alguien|alguem|quelqu'un|jemand) (with|con|com|avec|mit) ` + yourRecord + `
@youare (clearly|obviously|claramente|clairement|evidemment|offensichtlich|definitely|certainly) @a? @very @praise @role
@youare @a? (gran|grande|grand|true|real|verdader*|vrai|vraie|echte*|wahre*) @person
` + yourRecord + ` ... (interpelle*|retenu|touche|beruhrt|reconnu*|reconocid*|reconhecid*|renowned|anerkannt*|enrichissant*|enriquecedor*|valuable|valios*|precieu*|wertvoll*)
(admiration|d'admiration|l'admiration|admiracion|admiracao|respect|respeto|respeito) (for|por|pela|pelo|pour|fur) ` + yourRecord + `
(plu|plait|gusta|gusto|gustado|gostei|gefallt|gefallen) ... ` + yourRecord + `
` + yourRecord + ` ... (plu|gustado|gusto|encantado|gefallen)
`), ExceptLines: `
@person (to|para|a|pour|zum|um|for)
(e|es|eres|are|you're|youre|bist|etes|sos|estas|esta|ta) @very @very @looks
(for|para|pour|fur|to) (someone|somebody|people|alguien|alguem|quelqu'un|jemand|gente|personas|pessoas|personnes) (like|como|comme|wie)
`},
			// A gift for saying things, their last post resonating with
			// no topic named, reflections that always make one think, a
			// profile or a team praised in passing ("t'as une façon unique
			// d'expliquer les choses", "your recent post really resonated",
			// "buen perfil el tuyo", "your team is doing cool stuff").
			{W: 2, Lines: (`
(you|tu|vous|du|sie|usted|voce|vc) (have|has|tienes|tiene|tens|tem|as|avez|hast|haben|t'as) (such|a|una|um|uma|une|so|eine|einen|un|this|esa|essa|cette|diese)? _? (way|forma|manera|jeito|facon|art|gift|don|dom|gabe) _? (of|de|to|zu|para|pour|with|expliquer|ecrire|aborder|analyser|animer|enseigner|exprimer|raconter|vulgariser)
@their (recent|latest|last|ultima|ultimo|derniere|dernier|letzter|letzte|letzten|letztes) (post|publication|publicacion|publicacao|beitrag|article|articulo|artigo|artikel|video|posteo|postagem) (really|truly|so|vraiment|echt|wirklich|realmente|muito|me|m'a|hat|mich|just)? (resonated|resonates|resonou|resono|resuena|resonne|rejoint|rejointe|llego|tocou|toco|touche|beruhrt|abgeholt|bewegt|hit|spoke|struck)
(always|siempre|sempre|toujours|immer) (spot|dead|right|on|au|genau) (on|point|target|punto)?
(sempre|always|siempre|toujours|immer) (me|mich|nos|us)? (fazem|faz|hacen|hace|make|makes|font|fait|bringen|bringt) (me|mich|nos|us)? (pensar|think|reflechir|nachdenken|refletir|reflexionar)
(buen|bom|bonito|lindo|great|nice|cool|beau|bel|joli|tolles|schones|super|top|excelente|excellent) (perfil|profile|profil|cv|curriculo|curriculum)
(doing|haciendo|fazendo|faites|machen|macht|makes) (such)? (cool|great|amazing|awesome|incredible|increible|incrivel|genial|top|tolle|coole|super|incroyable) (stuff|things|work|cosas|coisas|choses|sachen|trabajo|trabalho|travail|arbeit)
(it's|its|is|es|e|est|ist|c'est) (a|an|una|um|une|eine)? (masterclass|lesson|lecon|leccion|licao|lektion|clase|aula)
keep (inspiring|shining|rocking|killing)
`), ExceptLines: notPicture + notPraise},
			// Praise alone, of what the sentence before says: "I came
			// across your profile. Really impressive!"; "Weiter so!"
			{W: 0, Prev: true, Lines: (`
^ (really|truly|so|very|just|muy|muito|tres|vraiment|sehr|wirklich|echt|super|mega)? @praise (stuff|work)? (!|.)
`)},
			{W: 1, Prev: true, Lines: (`
keep (it|them|up) (up|coming|the)
(sigue|siga|continue|continua|continuez) (asi|assim|comme)
weiter so
`)},
			// A flirt's praise of their profile is too-personal's, not
			// praise of work: "vi seu perfil e fiquei encantado", "ton
			// profil m'a tapé dans l'œil".
			{W: -3, Lines: (`
(fiquei|quede|fique|suis|bin|was|am) (encantado|encantada|enchante|enchantee|verzaubert|smitten)
tape dans l'oeil
`)},
			// Something specific: the talk, a question, a path from one
			// thing to another.
			{W: -4, Lines: (`
@their ... @work
(because|since|porque|pois|parce|weil) (que)? (qu'on|we|you|of|nos|nous|wir|du|sie|tu|voce|vc|both|the|la|el|o|a|le|der|die|das)
(how|comment) (did|do|avez|as|have|you've)
(como|wie) (lo|la|hiciste|lograste|haben|hast|habt)
@record (in|at|en|em)? (building|leading|scaling|designing|creating|running|managing|teaching|writing|shipping|turning|moving|bringing|taking|launching|growing|migrating|from|behind|on|about|of)
@record (sobre|sur|uber|acerca|zu|zum|zur|regarding|concernant|around|rund)
(what|lo|o|ce|das|was) (que|you)? (contaste|contou|dijiste|disse|said|told|shared|wrote|compartiste|compartilhou|escribiste|escreveu|racontiez|racontais|disiez|disais|ecriviez|erzahlt|erzahltest|gesagt|geschrieben) (sobre|about|on|sur|uber|zu|zum|zur|de|acerca)
@record (en|on|sur|am|an|with|con|com|avec|mit|na|no|em|sobre|for|para|pour|fur|of|de|do|da|du|des|del|von|in|im|dans|zum|zur) ... (refonte|rediseno|app|site|website|tool)
@record (en|on|sur|am|an|with|con|com|avec|mit|na|no|em|sobre|for|para|pour|fur|of|de|do|da|du|des|del|von|in|im|dans|zum|zur) ... @work
@record (de|do|da|du|desde|von|vom) _ _? (a|au|para|pra|zu|zur|nach|into)
@record ... (na|no|nas|nos|en|on|in|sur|dans|bei|beim|im|am|an|with|con|com|avec|mit|for|para|pour|fur) (the|a|o|la|el|le|les|der|die|das|dem|den|os|as|los|las)? @work
(portfolio|portafolio|work|trabajo|trabalho|travail|arbeit|research|investigacion|pesquisa|recherche|forschung) (on|about|sobre|sur|zu|zum|zur|uber|de|of|with|con|com|mit|von)
en: @their N ... @record
@record (on|with|sobre|sur|con|com|avec|chez|bei|na|no|en|em|dans) N
@record (in|en|em|dans|im)? (both|ambos|ambas|beiden)
(how|what|que|como|comment|dont|wie|was) (hace|hacen|fait|font|faz|fazem|macht|machen)? (the|o|a|la|el|le|die|der|das)? N
`), ExceptLines: notSpecific},
			// ... or in the sentence after the praise: "Your career is
			// impressive. The move from Shell to wind power especially…"
			{W: -4, Back: true, Lines: (`
` + especially + `
(sobre|vor|in|en|em|above|acima) (todo|allem|particular|particulier|especial|all|tudo)
` + doneW + ` (with|con|com|avec|mit|on|sur|around)
(how|way|como|forma|comment|facon) (you|tu|vous|voce|vc|usted) _ ... N
(switch|move|transition|passage|passer|transicion|transicao|paso|wechsel) (from|de|du|do|da|desde|von|vom) _ _? (to|a|au|para|pra|zu|zur|in|into)
`), ExceptLines: notSpecific + `
(profit*|benefit*|benefici*|interess*|interes*) ` + especially + `
`},
			// Their posts on a topic name something: "your posts on pricing";
			// so does a fan's named thing ("big fan of the Headspace rebrand").
			{W: -4, Lines: postsOn + `
(fan|fa|fanatico|fanatica) (of|de|do|da|von|des|du) (the|your|tu|seu|sua|votre|ton|ta|o|a|la|el|le|der|die|das|dein|deine|ihr|ihre|los|las|os|as|tus|tes|vos)? _? N
`},
		},
		Threshold: 2,
		Learned:   praiseLearned,
		Msg:       "Praise with nothing specific: {text}. Name the talk, post or project you mean.",
	},
}

// notSpecific: "what I do", "especially your profile" name nothing; nor do
// everything they post ("vos publications, toujours pertinentes") and a last
// post with no topic ("your recent post, it really resonated"). A topic after
// their posts ("your posts on pricing") is a cue of its own (postsOn).
const notSpecific = `
` + theirPosts + ` $
` + theirPosts + ` (avec|with|con|com|mit|and|y|e|et|und|,|!|.|are|son|sao|sont|sind|have|han|tem|ont|haben|hat|always|siempre|sempre|toujours|immer|really|muy|muito|tres|sehr|so|tan|tao|si|faz|hace|for|por|pour|fur|seit|since|desde|depuis|ha)
@their (recent|latest|last|ultima|ultimo|derniere|dernier|letzter|letzte|letzten|letztes) (post|publication|publicacion|publicacao|beitrag|article|articulo|artigo|artikel|video|posteo|postagem) (!|.|,|it|hat|m'a|me|ca|fez|was|war|fue|foi)
ab vor (allem|allen)
@their (posts|publicaciones|publicacoes|publications|beitrage|contenidos|conteudos|contenus|inhalte|videos|articles|articulos|artigos|artikel|content|contenido|conteudo) (are|son|sao|sont|sind)? (always|siempre|sempre|toujours|immer)
(on|en|sur|auf|no|na|em|por|par) (here|linkedin|aqui|ici|hier|this|este|esta)
(sur|par|por) la ($|,|.|!)
(what|how|was|wie) (i|i've|i'm|sie|ihnen|ihr|du|dir|dich)
(because|porque|parce|weil) (of|de|que)? @their _? @record
` + especially + ` @their @record $
(from|de|desde) (afar|lejos|longe|loin)
(work|trabajar|trabalhar|travailler|arbeiten) (with|con|com|avec|mit) (you|u|ti|usted|voce|vc|vous|toi|dir|ihnen|dich)
@their (linkedin|xing)
(how|como|comment) (did|lo)? (you|tu|voce)? (get|got|made|did|do|lograste|hiciste|conseguiu|fez|avez) (it|there|vous)? (fait)? $
` + recordOnRecord

// recordOnRecord: a record whose topic or detail is only more record ("your
// insights on leadership", "especially the career journey", "la pasión en
// cada proyecto", "your contributions to the field", "le travail de votre
// équipe"), or one that speaks for itself: what seems to narrow the praise
// names nothing either.
const recordOnRecord = `
` + especially + ` (the|el|la|o|a|le|die|der|das)? @their? @record @record? ($|,|.|!|and|y|e|et|und)
@record (on|about|sobre|sur|zu|zum|zur|uber|around|de|in|en|em) (the|el|la|o|a|le)? @record ($|,|.|!|and|y|e|et|und|really|realmente|vraiment|wirklich|have|has|ont|han|tem|always|siempre|sempre|toujours|immer)
@record (en|in|em|dans|bei|auf) (cada|every|each|chaque|todo|todos|tout|tous|jedem|jeder|all|allen|alle)
(contrib*|aportes|aportaciones|beitrag|beitrage) (to|a|al|para|au|zur|zum) (the|la|el|o|a|le)? (field|industry|community|sector|campo|industria|comunidad|setor|comunidade|area|domaine|secteur|communaute|branche)
(fala|falam|habla|hablan|speaks|speak|parle|parlent|spricht|sprechen) (por|for|pour|fur)? (si|itself|themselves|elle|eux|sich|volumes)
(work|trabajo|trabalho|travail|arbeit) (de|of|do|da|von|du|der) @their? (equipe|team|equipo|equipa|empresa|company|entreprise|unternehmen|agence|agency|agencia)
`

// theirPosts: everything they post.
const theirPosts = "@their (posts|publications|publicaciones|publicacoes|beitrage|contenidos|conteudos|contenus|inhalte|videos|articles|articulos|artigos|content|contenido|conteudo|posteos|postagens|postings)"

// postsOn: their posts on a topic, which notSpecific does not cover.
const postsOn = theirPosts + " (on|about|sobre|sur|zu|zum|zur|uber|rund|around|regarding|acerca|autour|de|do|da|du|des|in|im|en|em|no|na|dans|auf)"

// notPicture: a profile photo is no record (and praise of it is another rule's).
const notPicture = `
(profile|perfil|profil) (photo|picture|pic|foto|bild)
`

// notPraise: praise of something else than their record.
const notPraise = `
(great|perfect|ideal|good|excellent|strong|natural|buen|bom|parfait|perfekt|top) (fit|match|candidate|fits)
(impressoes|impresiones|impressions|impression|impressao|impresion)
de: (#|meine|meiner|meinen|unsere|unserer|die|der|den|dieser|diese|einer|eine|seine|ihre|ihrer|deine|deiner|welche|welcher|jede|jeder) .? klasse
@praise (to|for|meeting|chatting|talking|catching|seeing|hearing|connecting|conocerte|conhecer|de)
(would|it'd|seria|serait|ware|sei|fue|foi|fut|war) (be)? (muito|muy|tres|vraiment|super|so|really|echt|wirklich)? @praise
` + oppW + ` _? @praise
@praise ` + oppW + `
(pareciste|pareceste|seemed|semble|sembles|semblez|wirkst) ` + very + ` @praise
@praise @event
@praise (sein|etre|ser|be) (konnte|konnten|durfte|kann|could|might|pourrait|podria|poderia)
(could|might|may|pourrait|podria|poderia|konnte|durfte) (be|etre|ser|sein)? @very @praise
(encaja|encajas|encajarias|encajaria|encaixa|encaixaria|fit|fits|match|matches) _? @praise
(photo|foto|picture|pic|profilbild|profilfoto|selfie|headshot|` + featList + ")" + ` ... @praise
@praise (photo|foto|picture|pic|` + featList + ")" + `
`

// ownRecord: the sender praising their own record ("I have great
// experience", "j'ai une belle expérience", "we do amazing work").
const ownRecord = `
` + sender + ` ` + fill + ` ` + fill + ` @praise @record
` + sender + ` _? @record _? @praise
` + sender + ` _? ` + bigW + ` @record
(has|hat|ont) (a|an|un|une|einen|eine)? ` + bigW + ` @record
@mine ` + bigW + ` @record
@mine _? @praise @record
`

// bigW: a great or solid record ("gran trayectoria", "solid track record").
const bigW = "(gran|grande|grand|grosse|grossen|grosser|solid|solida|solido|solide|strong)"

// fill: what stands between the sender and their record ("I have a", "j'ai une").
const fill = "(have|has|tengo|tenho|ai|habe|do|a|an|un|una|um|uma|une|ein|eine|einen|d'une|very|really|muy|muito|tres|sehr)?"

// yourRecord: your profile, your professional background, Ihr bisheriger
// Werdegang, your team's work.
const yourRecord = "@their _? @record"

// especially: what comes next is the specific thing
const especially = "(especially|particularly|notably|specifically|especialmente|sobretudo|principalmente|particularmente|concretamente|surtout|notamment|particulierement|besonders|insbesondere)"

// doneW: what someone does or has done.
const doneW = "(do|does|doing|did|building|creating|haces|hace|faz|fais|faites|machst|machen|" + achievedL + ")"

// Words of praise and words for someone's record as a whole.
const (
	praiseW = "(impress*|m'impressionne|impresion*|beeindruck*|eindrucksvoll*|inspir*|m'inspire|amazing|incredib*|increib*|incriv*|incroyable*|unglaublich*|awesome|great|excellent|excelente|exception*|excepcional|remarkable|remarquable|outstanding|stellar|wonderful|fascina*|faszinier*|bril*|phenomenal|fenomenal|extraordinar*|admir*|j'admire|l'admiration|bewunder*|stunning|superb*|espectacular|espetacular|genial|valios*|fantasti*|notable|notavel|maravil*|sensacional|formidable|klasse|spitze|vorbildlich|interesting|interesante|interessant*|nice|top|mega|super|goals|exempla*|ejemplar|impeca*|stands|stood|speaks|resonat*|caught|angesprochen|aufgefallen|llamo|chamou|bravo|wow|brutal|tremendo|encanta|adoro|adorei|j'adore|spannend*|toll*|cool*|krass*|grossartig*|bemerkenswert*|hervorragend*|herausragend*|beachtlich*|erstaunlich*|blown|awe|curti|bacana|respekt|stark*|talented|talentos*|talentueu*|talentiert*|gifted|beau|belle|bel|lindo|linda|respect|respeto|respeito|kudos|chapeau|amaz*|struck|bluff*|begeist*|asombr*|epat*|accomplished|unmatched|envidiable|enviable|invejavel|demais|valuable|dope|insane|epic|insightful|interesantes|passionnant*|destacad*|pertinent*|wegweisend*|admirable*|inspirador*|inspiradora*)"
	recordW = "(profile|track|rise|background|experience|experiences|experiencias|erfahrungen|vision|career|journey|resume|achievements|accomplishments|path|cv|portfolio|work|expertise|skills|content|story|record|leadership|dedica*|passion|success|insights|energy|energia|energie|vibe|vibes|trajectory|credentials|achievement|perfil|trayectoria|experiencia|carrera|recorrido|logros|historia|liderazgo|lideranca|fuhrung|fuhrungsstil|pasion|exito*|realizaciones|chamba|trajetoria|carreira|percurso|bagagem|curriculo|conquistas|realizacoes|trabalho|trabajo|trampo|jornada|paixao|sucesso|parcours|carriere|profil|travail|chemin|trajectoire|reussite|reussites|realisations|accomplissements|camino|caminho|histoire|werdegang|erfahrung|karriere|laufbahn|lebenslauf|leistung|leistungen|erfolg*|weg|vita|arbeit|leidenschaft|posts|publications|publicaciones|publicacoes|beitrage|contenidos|contenido|conteudo|conteudos|contenus|inhalte|posicionamento|posicionamiento|positionnement)"
	// What someone has done: built, logrado, construiu, accompli, erreicht.
	achievedW = "(" + achievedL + ")"
	achievedL = "done|built|achieved|accomplished|logrado|conseguido|hecho|construido|construyeron|fez|construiu|construiram|conquistou|fait|construit|accompli|erreicht|geschafft|aufgebaut"
	// Words a person is, as a whole: an inspiration, a role model.
	modelW = "(" + modelL + ")"
	modelL = "inspira*|referente|referencia|reference|vorbild|legend*|leyenda|lenda|icon*|idol*|rockstar|crack|genius|genio|genia|fera|trailblazer|powerhouse|pointure|exemplo|ejemplo|exemple|visiona*|pion*"
	// you, you're
	youAre = "(you're|youre|eres|sos|etes|bist|you|voce|vc|vous|tu|du|sie|usted) (are|e|es|etes|bist|sind|seem|seems|parece|pareces)?"
	// a person, a professional
	personW = "(" + personL + ")"
	personL = "professional|professionals|person|profesional|persona|profissional|pessoa|professionnel|professionnelle|personne|mensch|pro|profi"
	// someone to work with: a colleague, a boss, a leader
	peerW = "(colleague|colega|companero|companera|collegue|kollege|kollegin|boss|jefe|jefa|chefe|chef|chefin|mentor|mentora|mentorin|teammate|leader|lider|fuhrungskraft|manager|managerin|gerente|" + personL + ")"
	// a fan, an admirer
	fanW = "(fan|fa|admirer|admiratif|admirative|admirador|admiradora|admirateur|admiratrice|bewunderer)"
	// an opportunity
	oppW = "(opportunity|oportunidad|oportunidade|opportunite|chance|offer|oferta|proposta|propuesta|angebot|vaga|vacante|poste|stelle|role|position)"
	// the sender: I, we, tengo, j'ai, ich habe; with (a strong background)
	sender = "(i|we|i've|we've|ive|tengo|tenemos|tenho|temos|j'ai|avons|ich|wir|eu|je|with|con|com|avec|mit)"
)

var vagueComplimentDocs = ruleDocs{
	Title: "Praise with nothing specific",
	Explanation: "“I'm impressed by your profile” could be sent to anyone, and readers know it; the usual answer, if any, is “impressed by what?” " +
		"Name the thing itself: a talk, a post, a project, a decision. One concrete detail proves you read their work and gives them something to reply to.",
	Bad: []Example{
		{Note: "Hi Rohan, I came across your profile and was really impressed. I'd love to connect!", Flag: []string{"your profile and was really impressed"}},
		{Note: "Bonjour Luc, je lis vos publications depuis un an, toujours très pertinentes. Je suis acheteur dans l'agroalimentaire à Rennes.", Flag: []string{"vos publications", "toujours très pertinentes"},
			Why: "Everything they post, praised, names no post."},
		{Note: "Hi Priya, loved your latest post, it really got me thinking. I'm a product analyst at a Leeds insurer.", Flag: []string{"loved your latest post", "got me thinking"},
			Why: "A latest post with no topic could be any post."},
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
		{Note: "Bonjour Claire, quel parcours ! Je suis consultante à Lyon.", Flag: []string{"quel parcours"}},
		{Note: "Hallo Lena, deine Beiträge sind immer so spannend! Ich bin Entwickler in Graz.", Flag: []string{"deine Beiträge sind immer so spannend"}},
		{Note: "Hi Omar, your posts are always so insightful. Would love to connect.", Flag: []string{"your posts are always so insightful"}},
		{Note: "Olá Marta, o seu percurso é de tirar o chapéu. Seria uma honra conectar.", Flag: []string{"seu percurso", "tirar o chapéu"}},
		{Note: "Oi Bruna, você é uma colega maravilhosa e uma gestora nota dez! Vamos manter contato.", Flag: []string{"você é uma colega maravilhosa"}},
		{Note: "Salut Hugo, tu es un collègue en or ! On garde contact.", Flag: []string{"collègue en or"}},
		{Note: "Hi Sam, you're amazing! I'm a nurse in Leeds and would love to connect.", Flag: []string{"you're amazing"}},
		{Note: "Olá Bia, admiro muito tudo o que você já construiu. Sou analista em Recife.", Flag: []string{"admiro", "tudo o que você já construiu"}},
		{Note: "Hola Sergio, eres un verdadero líder en tu sector. Me encantaría conectar.", Flag: []string{"eres un verdadero líder en tu sector"}},
		{Note: "Hallo Petra, Sie haben in Ihrer Karriere so viel erreicht. Ich würde mich über einen Kontakt freuen.", Flag: []string{"Sie haben in Ihrer Karriere", "viel erreicht"}},
		{Note: "Bonjour Anne, je suis très admirative de votre parcours. Au plaisir d'échanger.", Flag: []string{"admirative de votre parcours"}},
		{Note: "Olá Rui, você é um líder nato! Vamos conectar?", Flag: []string{"líder nato"}},
		{Note: "Hi Tom, I really admire the work you do. I'm a nurse in Leeds and would love to connect.", Flag: []string{"admire the work you do"},
			Why: "The work you do names no work."},
		{Note: "Olá Bia, você me inspira muito! Sou analista em Recife.", Flag: []string{"você me inspira"}},
		{Note: "Hi Tom, I came across your profile. Really impressive!", Flag: []string{"impressive"},
			Why: "Praise alone in a sentence praises what the sentence before names: here, only a profile."},
		{Note: "Bonjour Anne, toutes mes félicitations pour votre parcours ! Je suis consultante à Lyon.", Flag: []string{"félicitations pour votre parcours"}},
		{Note: "Hi Sam, you're clearly one of the best in your field. I'm a junior analyst in Leeds.", Flag: []string{"you're clearly one of the best in your field"}},
		{Note: "Olá Ana, você manda muito bem! Sou designer em Recife.", Flag: []string{"manda muito bem"}},
		{Note: "Hallo Jan, ich bin begeistert von Ihrem Werdegang. Ich studiere Maschinenbau in Aachen.", Flag: []string{"begeistert von Ihrem Werdegang"}},
		{Note: "Hi Sam, I'd love to learn from someone with your experience. I'm a junior analyst in Leeds.", Flag: []string{"someone with your experience"},
			Why: "Someone with your experience, people like you: the person's record in general."},
		{Note: "Bonjour Claire, j'ai beaucoup d'admiration pour votre parcours. Je suis étudiante à Lille.", Flag: []string{"d'admiration pour votre parcours"}},
	},
	Good: []Example{
		{Note: "Hi Priya, loved your latest post on churn cohorts, it really got me thinking. I'm a product analyst at a Leeds insurer.",
			Why: "The post's topic says which post."},
		{Note: "Hi Wen, I'm a data engineer in Leeds. Your posts on dbt testing are always insightful, the one on snapshot tables most of all.",
			Why: "\"Always insightful\" is backed by the posts' subject and the one that helped."},
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
		{Note: "Hi Ana, I have great experience in logistics and would love your advice on freight.",
			Why: "Praise of the sender's own experience is not a compliment."},
		{Note: "Bonjour Claire, votre travail sur les sols viticoles est fascinant ; je prépare un mémoire sur le même sujet.",
			Why: "Work on a named subject is specific."},
		{Note: "Olá Ana, seria ótimo trocar ideias sobre sua experiência com SAP. Sou consultor em Lisboa.",
			Why: "“Seria ótimo” praises the conversation, not their record."},
		{Note: "Hi Priya, I'm a huge fan of how Monzo writes its release notes. I'm a technical writer in Leeds.",
			Why: "Praise of what a named company does, and how, names the thing."},
		{Note: "Salut Marc, fan de ce que fait Qonto sur l'onboarding des freelances. Je suis product designer à Lille."},
		{Note: "Hallo Tim, ich finde großartig, wie Zalando seine Retouren organisiert. Ich arbeite in der Logistik in Erfurt."},
		{Note: "Hi Ade, I build payments infra at Paystack and love what you're doing with merchant credit.",
			Why: "What they are doing with something names the thing."},
		{Note: "Hi Tom, your career is impressive. The move from Shell to offshore wind in 2019 especially caught my eye.",
			Why: "The next sentence names what the praise means."},
		{Note: "Hallo Malte, Glückwunsch zur Series B! Ich schreibe für t3n über Climate-Tech. Weiter so!",
			Why: "“Weiter so” cheers the news the note names, not a vague record."},
		{Note: "Hola Ana, con una sólida trayectoria en logística, me encantaría saber cómo planificáis las rutas.",
			Why: "Praise of the sender's own record is not a compliment."},
		{Note: "Hi Tom, I noticed your experience with Kafka at Zalando and would love to hear how you size partitions."},
		{Note: "Hi Jonas, I'm hiring a Kotlin lead in Munich. Your Ktor plugin work stood out to me. Open to a chat next week?",
			Why: "A named thing in front of their work says which work."},
		{Note: "Hallo Timo, toller Abend beim Kotlin-Meetup in Leipzig! Deine Anekdote zu Coroutines im Zahlungsverkehr ist hängen geblieben.",
			Why: "Praise of an evening you shared is not praise of their record."},
		{Note: "Hallo Frau Berg, ich bin auf Ihr Profil gestoßen und glaube, dass unser Planungstool für Ihr Team spannend sein könnte.",
			Why: "What might interest them is an offer, not praise of their record."},
		{Note: "Oi Bia, que trabalho incrível o de vocês na campanha de vacinação em Manaus! Sou enfermeira e usei os materiais.",
			Why: "Praise that names what it admires (na campanha, on the migration, bei der Kampagne) is specific, however far the name comes after it."},
		{Note: "Cara Inês, estive na sua apresentação no Web Summit sobre design systems. Sou engenheiro no Porto e gostava de trocar impressões.",
			Why: "Impressions traded are no praise (impressões, impresiones, impressions)."},
	},
}

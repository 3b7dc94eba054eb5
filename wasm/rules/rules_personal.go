package rules

// The too-personal rule: remarks on looks, romance and dating, pet names, and
// invitations to dinner or drinks, in the five modelled languages. It weighs
// word classes rather than listing sentences. A word for looks (“gorgeous”,
// “guapa”, “ravissante”, “hübsch”) next to the person (“you're”, “eres”,
// “vous êtes”, “du bist”), a feature (“smile”, “sonrisa”, “sourire”) or a
// photo of them says something about their looks; praise of their work
// (“talk”, “charla”, “Vortrag”) takes it back. Pet names where a name would
// go, questions about their love life and dinner or drinks for two decide
// alone. Words are folded: “süße” is written “susse”, “beauté” “beaute”;
// “schön” folds to “schon” (already), so German looks are other words.

const personalThreshold = 3

const personalMsg = "Too personal for a first note: {text}. Keep it about their work."

// Word classes, shared by every modelled language.
const (
	// Words for looks. Generic praise (“belle carrière”, “lindo trabalho”,
	// “a beautiful writer”) counts only next to the person or a feature.
	looksW = "(" + looksL + ")"
	looksL = "charmos*|gracinha|lindinha|encantador*|beautiful|gorgeous|pretty|cute|stunning|sexy|hot|attractive|guap*|linda|lindo|lindos|lindissim*|hermos*|precios*|bella|bonit*|divina|elegant|atractiva|atractivo|atrativo|atrativa|espectacular|gata|gato|maravilhos*|bela|atraente|deusa|belle|beau|beaux|jolie|joli|ravissante|gira|magnifique|charmante|charmant|sublime|elegante|superbe|rayonnante|bildhubsch*|wunderschon*|schone|schones|schonste*|traumhaft*|bezaubernd*|umwerfend*|attraktiv*|suss|susse|herzig*|heiss|mesmeri*"
	// ... words that say it of a person wherever they stand
	looksOnly = "(augenweide|traumfrau|bildschon*|mujeron|mulherao|susses|handsome|guap*|gostos*|mignonne|craquante|ravissante|seduisante|seduisant|hubsch*|suss|susse|gutaussehend*|hottie|prettiest|cutest|prettier|cuter|sexier)"
	// so, very: between the person and the word for looks
	very = "(so|very|even|still|ainda|aun|encore|noch|mesmo|mismo|realmente|bastante|way|really|truly|absolutely|such|simply|just|todo|toda|einfach|incredibly|super|quite|as|too|the|most|muy|tan|re|mas|muito|tao|bem|mais|aussi|si|tres|vraiment|trop|plus|sehr|echt|wirklich|mega|ganz)?"
	// a smile, eyes
	feat     = "(" + featList + ")"
	featList = "smile|eyes|laugh|sonrisa|ojos|risa|sorriso|olhos|riso|gargalhada|sourire|yeux|rire|lacheln|augen|lachen"
	// the body, a feature or a person: what looks are said of
	body  = "(" + bodyL + ")"
	bodyL = "face|lips|hair|legs|body|figure|curves|woman|lady|girl|women|ladies|girls|mujeres|chicas|mulheres|meninas|femmes|frauen|mirada|labios|cuerpo|piernas|mujer|chica|olhar|rosto|corpo|pernas|mulher|mulherao|menina|moca|regard|visage|corps|jambes|silhouette|femme|gesicht|beine|figur|frau|headshot|selfie|profilbild|profilfoto|" + featList
	// the person: “you're”, “eres”, “du bist”, “someone so ...”
	you = "(you're|youre|ur|eres|sos|estas|pareces|parecido|pareciste|pareceu|sembles|semblez|wirkst|ves|sales|t'es|bist|warst|someone|alguien|alguem|jemand)"
	// a greeting, after which a pet name stands where the name would
	hi = "(hi|hii*|hey|heyy*|hello|morning|evening|afternoon|noches|noite|hola*|oii*|buenas|buenos|tardes|oi|ola|fala|bom|boa|dia|bonjour|coucou|salut|bonsoir|hallo|moin|na)"
	// pet names
	petOnly  = "(" + petOnlyL + ")"
	petSureW = "(" + petSure + ")"
	petOnlyL = "kleine|chaton|bebe|amor|amore|amorzinho|mozao|amour|love|cheri|" + petSure + "|carino|mami|nena|corazon|reina|princesa|princess|schatz*|maus*|chula"
	// pet names that can be nothing else, even after "Hi," ("Hi, love your talk" is not one)
	petSure = "sweetie|sweetheart|babe|baby|honey|darling|cutie|bombon|gatinha|cherie|liebling|mamacita|" + petMore
	// ... what MLM recruiters and strangers who get too familiar call
	// someone: hun, girlie, guapi, florzinha, choupette, Hasi
	petMore = "hun|hunny|babes|luv|sunshine|gatao|girlie|guapi|chiqui|cuqui|muneca|preciosura|florzinha|fofa|fofinha|docinho|princesinha|gatona|bichette|choupette|poulette|cocotte|louloute|biche|hasi|haschen|schnecke|spatzi|herzchen|schnucki|zuckerschnute"
	// admirers, suitors: said of a stranger, about their love life
	suitors = "(admirers|admiradores|pretendientes|pretendentes|pretendants|admirateurs|d'admirateurs|verehrer|suitors)"
	// dinner or drinks ...
	drink = "(dinner|drink*|wine|beer|cena|cenar|copa|copas|vino|cerveza|janta*|vinho|cerveja|chopp|copo|diner|verre|resto|abendessen|essen|wein|bier|trinken)"
	// ... and the invitation around them
	treat = "(lade|invit*|t'inviter|convid*|einlad*|take|buy|grab|have|tomar|tomamos|bora|prendre|boire|gehen|autour|conmigo|comigo|contigo|juntos|ensemble|zusammen|zweit|feierabend|levar|sair|salir|ir|vamos|quedamos|marcar|tal|ware|diriez|meet|free|libre|frei|tete|junto|soir*|me|moi|mir|apetece|fancy|lust|offre|over|pagar|sometime|someday|irgendwann|qualquer|privat|privately|privado|privee)"
)

// pet names, and words for looks used as one (“Hey gorgeous”, “Hi lovely”).
// All the word lists are constants, so that the cues are laid out as data
// when the package is built rather than assembled when it loads.
const pet = "(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely|adorable|preciosa|bonita|guapa|guapo|gata|gostosa|deusa|beaute|belle|susse|hubsche|schone|liebes|" + petOnlyL + ")"

var personalCues = []cue{
	// Looks said of the person, a feature or a photo of them.
	{W: 5, Lines: `
@youre @very @very @looks
pt: (es|ficas) @very @very @looks
(estavas|estabas|eras|etais|warst|fuiste|ficaste|quedaste) @very @very @looks
(you|u|voce|vc|tu|vous|du|sie) (are|r|look|looked|looking|were|e|es|esta|ta|tava|estava|estavas|estabas|eras|fica|ficou|continua|continuas|sigues|etes|etiez|bist|sind|warst) (easily|definitely|by|far|de|loin|facilmente|sin|duda|sem|mit)? @very @very @looks
(those|these|esos|esas|esses|essas|ces|diese|dieses) _? (eyes|ojos|olhos|yeux|augen|lips|labios|levres|lippen)
(you|u|voce|vc|tu|vous|du|sie) (look|looks|looked|looking|tava|estava|estas|estabas|siehst) (even|still|ainda|aun|toujours|noch)? (better|mejor|melhor|mieux|besser|younger|hotter) (than|que|als|ever)
(you|u|voce|vc|tu|vous|du|sie) (look|looks|looked|looking|tava|estava|estas|estabas|siehst) (even|still|ainda|aun|toujours|noch)? (better|mejor|melhor|mieux|besser|younger|hotter) $
(how|que|como|comme|wie) @looks (you|eres|estas|sos|te|voce|vc|tu|vous|du|sie)
@looks @body
@body @very @looks
@their? (profile)? (photo|foto|picture|pic|bild) (de)? (perfil|profil)? (is|are|es|son|e|sao|esta|ta|ficou|est|sont|ist|sind) @very @very @looks
@their? (profile)? (photo|picture|pic) (is|are|was) @very @very lovely
@their? (profile)? @body (is|are|es|son|e|sao|esta|ta|ficou|est|sont|ist|sind) @very @very @looks
(lovely|nice|great|killer|warm|radiant|infectious|charmant*|loveliest|nicest|sweetest|prettiest) @feat
(charme|charm|encanto) (fou|loco|louco|unglaublich|incroyable|irresistible|irresistivel)
@looks ... (als|than|que|qu'en) (auf|in|on|en|na|sur|no)? (dem|der|the|la|a|ta|votre|sua|tu|seu|your|ihrem|deinem)? (foto|photo|picture|pic|bild|profilbild|fotos|photos)
@their (smile|lips|legs|sonrisa|sorriso|sourire|lacheln|beauty|belleza|beleza|beaute|schonheit|charme|charm|encanto|eleganz|elegance|elegancia)
(que|what|quelle|quel|so) (a|une|un|ein|eine|einem|such)? (beaute|beauty|gata|deusa)
(que|what|quelle|quel|so) (a|une|un|ein|eine|einem|such)? @body
was fur (ein|eine|einen|einem)? (schonheit|gata|deusa)
was fur (ein|eine|einen|einem)? @body
(encantad*|enchante*|charme) ... @feat
(you|u|you're|youre) (look|looked|looking) @very (amazing|great|young|fit|good|nice|lovely)
(du|sie) (siehst|sehen|sahst|sahen) ... ... (gut|toll|mega|super|jung) aus
(du|sie) (siehst|sehen|sahst|sahen) ... ... @looks aus
(du|sie) _? @very @looks (aussiehst|aussehen)
(ta|esta|estas|fica|ficou|ficas|estar) cada vez (mais|mas) @looks
(you|u|voce|vc|tu|vous|du|sie) (have|has|got|tem|tens|as|avez|hast|haben) (the|a|such|so|um|uns|os|o|des|de|les|le|un|une|ein|eine)? _? _? @feat
(tienes|tenes) (una|unos|los|la|un)? _? @feat
(you|u|voce|vc|tu|vous|du|sie) (have|has|got|tem|tens|as|avez|hast|haben) (the|a|such|so|um|uma|un|une|ein|eine)? _? _? (face|lips|legs|figure|hair|rosto|visage|gesicht|cabelo|cheveux|haare)
(dress|outfit|suit|vestido|robe|kleid|tenue|traje|terno|anzug|look) ... @looks
@looks on (you|u)
(es|etes|etais|etiez|t'es|t'etais) ... (la|le) plus @looks
@looks (like|como|comme|wie) (you|u|ti|tu|voce|vc|toi|vous|du|sie|usted)
(nice|lovely) (profile)? (photo|foto|pic|picture|bild|selfie)
@looks (profile)? (photo|foto|pic|picture|bild|selfie)
(love|loved|adore|adoro|adorei|encanta|j'adore|liebe) @their (profile)? (photo|pic|picture|foto|bild|profilbild|profilfoto|selfie|headshot) (de)? (perfil|profil)? $
(lovely|nice|silky|killer) (face|hair|lips|legs|figure|body|curves)
(te|tu) (ves|vois) @very (bien|genial)
bien te ves
(eres|sos|voce|vc|tu|you're|youre|bist) (e|es)? (a|un|una|um|uma|such|eine|echt)? (bombon|muneca|gata|gato|deusa|stunner|hottie|babe|beauty|charme|preciosidad|hermosura|belleza|beleza|lindeza|beaute|hubsche|schonheit)
(be|ser|etre|als) (a|un|una|um|uma)? (model|modelo|mannequin)
(good|best|better) looking
(es|e|est|ist) (usted|voce|vous|sie) (muy|muito|tres|sehr|tan|tao|si)? @looks
(encantad*|enchante*|charme|seduit|seduite) ... (photo|foto|picture|pic|bild|profilbild|profilfoto)
(photo|foto|picture|pic|bild|profilbild|profilfoto) ... ... (charme|charmee|seduit|seduite|encantado|encantada|enchante|enchantee|verzaubert|bezaubert)
`, ExceptLines: `
(looks|look) (like|at|for|forward)
(a|aos|in|en|to|vor) @their (ojos|olhos|yeux|augen|eyes)
(role|data|business|language|pricing) model
model (of|for|to|de|para|pour|fur)
`},
	// A word that speaks of looks only, anywhere in the sentence; with the
	// person (you, te, dich) or a feature it decides.
	{W: 2, Lines: "@looksonly"},
	{W: 3, Lines: "(muy|so|very|tres|trop|sehr|echt|re|muito|que|tan|tao) @looksonly"},
	{W: 1, Quiet: true, Lines: `
(you|u|you're|te|ti|eres|sos|usted|pareces|voce|vc|tu|vous|toi|du|dich|dir|sie)
`},
	{W: 1, Quiet: true, Lines: "@looks", ExceptLines: `
(it's|its|i'm|im|this|soy|sou|c'est|bin|here|aqui|from|de|von) (is|es)? (linda|bella|bonita|belle)
(linda|bella|bonita|belle) (from|de|da|do|aus|von|here|aqui|at|with|con|com|avec)
`}, // a name: "it's Linda from the allotments"
	{W: 1, Quiet: true, Lines: `
(find|found|finde|fand|acho|achei|trouve|trouvee|encuentro|parece|pareces|ressemblez|ressembles)
`},
	// Too pretty to be an engineer: looks set against their work.
	{W: 3, Lines: `
too @looks (to|for) (be)? (a|an)
demasiad* @looks para ser
@looks demais (para|pra) ser
trop @looks pour etre
zu (hubsch*|suss|susse|sexy) fur
`},
	// Looks ranked or compared, charm confessed, a date hinted: "you look
	// too young to be a CFO", "like my ex", "even more beautiful in
	// person", "the most beautiful speaker there", "fiquei encantado com
	// você", "votre photo m'a fait craquer", "LinkedIn isn't a dating app,
	// but…". Each decides, even beside praise of their talk ("great talk,
	// and you're even more beautiful in person").
	{W: 5, Lines: `
(you|u) (look|looks) (way|far|so|much)? too young
(like|como|comme|wie) (my|mi|meu|minha|mon|ma|mein|meine) ex
(keine|not|isn't|isnt|no|nao|pas|kein) ... (dating|tinder)
(even|ainda|aun|noch|encore) (more|mais|mas|plus)? (beautiful|prettier|hubscher|schoner|linda|lindo|bonita|bonito|guapa|guapo|belle|jolie|better|cuter) (in|en|em|live|als|que|than|pessoalmente)
(prettier|cuter|hubscher|schoner) (in|live|als|than)
(that|what|such|quel|quelle|quels|quelles|was) (a|an|un|une|fur|ein|einen)? (beautiful|lovely|gorgeous|stunning|beau|beaux|joli|jolis|schones|schone|schoner)? (smile|eyes|sourire|yeux|lacheln|augen)
de: (noch|viel) (besser|schoner|hubscher|junger) aus
(the|la|a|el|die|der) (most|plus|mais|mas|schonste|hubscheste) (beautiful|jolie|bonita|linda|guapa|belle)
(encantado|encantada|enchante|enchantee|charme|charmee) (com|con|avec|par|by|with) (voce|vc|ti|vous|toi|you|usted)
(m'a|m'as|m'avez) (fait)? (craquer|charme|charmee|seduit|seduite)
(resplendissante|resplendissant|radieuse|deslumbrante|radiant|bezaubernd)
(beach|bikini|plage|playa|praia|strand) (pics|photos|fotos|bilder|pictures)
(caring|honest) (woman|lady)
(you're|youre|tu|vous) (are|es|etes)? (cuter|prettier|hotter)
`},
	// Like an actress, a goddess: said of the person.
	{W: 2, Lines: `
(like|como|comme|wie|parece|pareces) (a|un|una|um|uma|une|ein)? (model|modelo|mannequin)
(you|u) (caught|stole) my (eye|attention)
mir (sofort)? aufgefallen
(machst|haces|fais|doing|fazer) ... (wochenende|weekend|finde)
(ausstrahlung|verzaubert|bezaubert|umgehauen|charmee|seduit|seduite|smitten|captivated|mesmeri*|actress|atriz|actriz|actrice|schauspielerin|atrevimiento|atrevimento|goddess|diosa|deesse|gottin|princess|princesa|princesse|prinzessin|mannequin)
`, ExceptLines: "(model|modelo) (de|of|for|para|pour|fur|von|do|da)"},
	{W: 1, Quiet: true, Lines: `
@body
@their (photo|foto|picture|pic|photos|fotos)
`, ExceptLines: `
(frau|lady) N
(women|woman|mujeres|mulheres|femmes|frauen|girls|ladies) (in|en|em|dans|who|que|of|de|do|da|des|der|im|who|on)
`}, // a title ("Grüezi Frau Baumann"); a community ("Women in Cloud")
	// Praise of their work is not a remark on their looks.
	{W: -3, Lines: `
(talk|post|article|writer|book|design|project|career|charla|proyecto|trayectoria|carrera|palestra|projeto|trajetoria|carreira|projet|parcours|carriere|vortrag|beitrag|projekt|werdegang)
(your|the|tu|su|seu|sua|votre|ihre) (work|trabajo|trabalho|travail|arbeit)
(posta|postas|postea|posteas|publicas|publica|escribes|escreve|escreves|publies|publiez|ecris|ecrivez|postest|schreibst|teilst|compartes|compartilha|compartilhas|partages|writes)
(photo|photos|picture|pictures|foto|fotos) (of|from|de|do|da|des|du|del|von|vom|der|at)
`, ExceptLines: `
(photo|foto|fotos|photos) (de|do|da|du|of) (perfil|profil|profile)
(photo|foto|bild) (of|von|de) (you|dir|ti|toi|voce)
`},

	// Romance and dating, and names only a partner uses.
	{W: 5, Lines: `
(ma|mon|mi|meu|minha|my|mein|meine) @petonly $
@hi there? N? ,? @pet $
, @pet $
@hi ,? (beautiful|gorgeous|pretty|cute|sexy|stunning|handsome|lovely|guapa|guapo|preciosa|bonita|linda|gata|gostosa|belle|jolie|susse|hubsche) N $
(are|r|estas|eres|ta|esta|e|etes|bist|sind|you|voce|vc|vous|tu) (you|u|vous|tu|du|sie)? ... (single|married|casada|casado|mariee|comprometida|vergeben|verheiratet) $
(are|r) (you|u) (single|taken|seeing|married) (btw|tho|lol|haha|by)
(in|en|em) (a|um|una|einer)? (relationship|couple|relacion|relacionamento|beziehung) $
(i'm|im|bin) (also|auch)? single $
(you're|youre|ur|eres|estas|t'es|bist) (now|again|ahora|agora|maintenant|jetzt|wieder|still)? (single|soltera|soltero|solteira|solteiro|celibataire|ledig)
single by (any)? chance
single (too|auch)
(solter*|solteir*|celibataire|ledig)
(bist|sind) (du|sie) ... zu haben $
(tienes|tenes|tem|tens|have|hast|haben|avez|as|t'as) (you|du|sie|vous)? (a|un|une|einen|eine)? (novio|novia|namorad*|boyfriend|girlfriend|pareja|freundin|copain|copine|compagn*|companheir*)
(have|got|tienes|tem|avez|as|hast|haben) (you|vous|tu|du|sie)? (any|des|a|un|une|einen|eine)? (kids|children|hijos|filhos|enfants|kinder|partner|partnerin|freund) $
(how|cuantos|quantos|que|qual|quel|wie) (old|anos|edad|idade|age|alt) (are|r|tienes|tiene|tem|tens|voce|vc|as|avez|bist|sind)
@their (age|edad|idade|alter)
(beauty|belleza|beleza|beaute|brains) (and|y|e|et|und) (brains|beauty|inteligencia|intelligence)
lucky (guy|man|one)
(a|my|mi|meu|minha|mon) crush
crush on you
(love|amor) (at|a) (first|primera|primeira) (sight|vista)
coup de foudre
liebe auf den ersten blick
in love with you
fell for you
(verliebt|verknallt)
craque* (sur|pour)
tape dans l'oeil
soulmate
(can't|cannot|couldn't) stop (thinking|looking)
(dejo|dejar|paro|parar) de pensar (en|em)
(ma|mon|mi|meu|minha|my|mein|meine) (belle|jolie|chou|coeur|puce|ange|vida|cielo|engel|hubsche) $
(immer|standig|dauernd|zeit) an (dich|sie) (denken|gedacht)
(seeing|dating) (anyone|someone|somebody) $
(serious|feste*) (relationship|beziehung)
(sweet|dulces|doces|bons|beaux|susse) (dreams|suenos|sonhos|reves|traume)
just (the)? (two|2) of us
(romantic|romantica|romantico|romantique|romantisch) (dinner|cena|jantar|diner|abendessen|evening|noche|noite|soiree|abend|getaway|date)
(you're|youre) my type
(me|tu|vous) (gustas|encantas|plais|plaisez)
(du|sie) (gefallst|gefallen) mir
on a date
(ein|einem|zum|um|un) date
(ask|asking|take|taking) (you|u) out
(go|going) out with me
(salir|sair|sortir) (conmigo|comigo|avec)
mit mir (auszugehen|ausgehen)
get to know you (better)? (personally|privately)
@suitors
`, ExceptLines: `
take (you|u) out of
(profil|parcours|cv|memoire|bundle|candidature|projet|travail|post|article|portfolio|code|these|repo|depot|stand|offre|produit) ... ... tape dans l'oeil
(cambio|cambiado|cambiar|cambia|transformo|salvo|mudou|mudar|muda|mudado|transformou|salvou|en|em|na|de|da|toda|para|pra) (mi|minha) vida
(anos|edad|idade|age|alt) ... (experiencia|experience|empresa|carrera|carreira|mercado|area|setor)
as (a|an) partner
@suitors (of|de|do|da|du|des|von|au|for|in|en|at)
`},
	// Kisses and a "dear" to sign off: from a stranger, too close; between
	// colleagues in Spanish or Portuguese, as ordinary as a handshake ("te
	// lo mereces, un beso grande", "parabéns, minha querida").
	{W: 5, Skip: []Relationship{Colleague}, Lines: `
(ma|mon|mi|meu|minha|my|mein|meine) (dear|querida|querido|liebe|lieber|bem) $
(xoxo|besazo|kusschen|kisses)
(muchos|mil|un|muitos|um) (besos|beijos|beso|beijo)
`, ExceptLines: `
(cambio|cambiado|cambiar|cambia|transformo|salvo|mudou|mudar|muda|mudado|transformou|salvou|en|em|na|de|da|toda|para|pra) (mi|minha) vida
`},
	// Their partner, in passing ("hope your boyfriend won't mind"), and
	// their evening ("¿qué haces esta noche?"): a stranger's business only.
	{W: 3, Skip: []Relationship{Met, Colleague}, Lines: `
@their (boyfriend|girlfriend|husband|wife|hubby|novio|novia|marido|esposa|esposo|namorado|namorada|noivo|noiva|mari|copain|copine|freund|freundin|ehemann|ehefrau|mann)
(machst|haces|fais|faites|doing|up|fazes|libre|livre|frei|free|plans|planes) ... (tonight|soir|abend|noche|noite)
(petit|petite) (ami|amie)
`, ExceptLines: "(freund|freundin|copain|copine) N"},
	// Thinking of them, at night: with "tonight", a heart or a kiss, romance.
	{W: 1, Lines: `
(thinking|thought|pensando|pense|denke) (of|about|en|a|an)? (you|ti|vous|toi|dich)
`, ExceptLines: `
(and|y|e|und) (i|yo|eu|ich)? (immediately|instantly|inmediatamente|enseguida|sofort|logo|directly) (thought|pense|pensei|dachte)
(y|e) (pense|pensei) (en|em) (ti|voce)
`},
	{W: 1, Quiet: true, Lines: `
(tonight|soir)
(esta|heute) (noche|noite|abend)
`},
	// Their private life: a divorce, a pregnancy, an illness.
	{W: 3, Lines: `
(you|u|te|tu|voce|vc|vous|du|sie) ... (divorce*|divorcia*|divorciou|separated|separaste|separou|separe|separee|geschieden|getrennt|pregnant|embarazada|gravida|enceinte|schwanger)
@their (divorce|divorcio|separacion|separacao|separation|scheidung|trennung|pregnancy|embarazo|gravidez|grossesse|schwangerschaft|breakup|ruptura|rupture)
`},
	// Beyond work: with getting to know them, it is personal.
	{W: 2, Lines: `
(outside|beyond|fuera|fora|alla|alem|dehors|ausserhalb) (of|de|del|do|du|der)? (the|lo|o)? (work|trabajo|trabalho|travail|arbeit|profesional)
(nivel|level) personal
(privat|privately)
(en|em) (privado|prive)
solas
(outside|dehors|fuera|fora|ausserhalb) (of|du|del|do|der)? (the|le|o)? (office|job|boulot|curro|linkedin|buro)
(know|conhecer|conocer|connaitre|kennen*) (you|te|ti|voce|vous|toi|dich|sie) (better|mejor|melhor|mieux|besser) $
`},
	{W: 1, Quiet: true, Lines: `
(know|meet|see|conocer*|conhecer*|connaitre|connaissance|rencontrer|kennen*|treffen|sehen)
(better|mejor|melhor|mieux|besser) $
`},
	// Kisses as a sign-off (“Beijinhos”, “Bisous”): how some close any
	// note, flirting only with another cue.
	{W: 2, Lines: "(besitos|beijinhos|bisous|bisou|bussi|bjs|bjos)"},
	// Staring at them or their photo, dreaming of them, being their type;
	// a match on a dating app (the app as a topic says nothing).
	{W: 5, Lines: `
(match|matched|matche|matchado|matcheamos|matchamos|matchen) ... (tinder|bumble|hinge|badoo|happn|okcupid|grindr|meetic|parship|lovoo)
eyes off (you|u|your)
(dejar|deje|dejo|parar|pare|paro|parei|deixar|deixei) de (mirarte|admirarte|te)
(dejar|deje|dejo|parar|pare|paro|parei|deixar|deixei) de (mirar|olhar|admirar) (tu|tus|sua|suas|tua|tuas|a|pra|para)? (foto|fotos|voce|vc|ti|` + featList + `)
(quitar|quito|quite|tirar|tiro|tirei) (los|os|mis|meus)? (ojos|olhos)
(quitter|detacher|decoller) (mes|les|des)? yeux
(augen|blick) (nicht)? (mehr)? von (dir|ihnen|deinem|deinen|ihrem|ihren)
(dream|dreamt|dreamed|dreaming|sonado|sonando|sonhei|sonhado|sonhando|reve|getraumt|traume) (of|about|con|com|de|von) (you|u|ti|voce|vc|toi|vous|dir|ihnen)
(enamor*|apaixon*|amoureu*) (de|por|pelo|pela|du|des) (tu|tua|sua|teu|seu|ton|ta|votre|tus|tuas|suas|tes|vos)? (ti|voce|vc|toi|vous|usted|foto|fotos|photo|photos|` + featList + `)
(es|t'es|etes|trop|vraiment|tellement|aussi|super) canon
(bist|sind|eres|sos|e|es|etes|you're|youre) ... (mein|mi|meu|mon) (typ|tipo|genre|type) $
`},
	// Whether they live alone: a stranger's business only as a date.
	{W: 3, Lines: `
(you|u) (live|living) (all)? alone
(vives|vivis|vive) (sola|solo|solita)
(moras|mora|vive|vives) (sozinha|sozinho|so)
(vis|vivez|habites|habitez) (toute)? (seule|seul)
(wohnst|lebst|wohnen|leben) (du|sie) (allein|alleine)
`},
	// Lower-case pet names that are also first names: Linda, Bella, Flor.
	{W: 3, Lines: `
@hi ,? (linda|lindo|hermosa|bella|cielo|flor|bela|morena|belle|jolie|mama) $
`, ExceptLines: "@hi ,? N"},
	// Greeting with a pet name that can be nothing else ("hey babe,"): too
	// personal even in a sentence about their post.
	{W: 6, Lines: `
@hi ,? @petsure
@hi ,? (hottie|sexy|guapa|preciosa|gostosa|schatzi)
`},
	// Looks in words the lists above lack: superlatives (“bellísima”),
	// slang (“estás buena”, “une bombe”, “Hingucker”), and German “schön”,
	// which folds to “schon” (already) and so counts only where a clause
	// ends on it (“du bist so schön!”, never “Sie sind schon lange …”).
	{W: 5, Lines: `
@youre @very @very (bellisim*|belissim*|mona|niedlich|goldig|hingucker|bombe|mignon|lindona)
(voce|vc|du|sie) (e|ta|esta|bist|sind) @very @very (belissim*|lindona|niedlich|goldig)
(estas|tas) @very (buena|buenisima|buenorra)
(que|tan) mona (eres|estas)
(du|sie) (bist|sind) @very @very schon $
(cuerpazo|corpao|colirio)
`},
	// Their photo or smile caught the sender's eye, made their day, or was
	// too much to resist: looks, unless it is a photo of something (the
	// work cue above takes that back).
	{W: 3, Lines: `
(photo|foto|pic|bild|profilbild|selfie) ... (caught|llamo|chamou|attire|aufgefallen|angesprochen|alegro|alegrou|illumine|versusst|resisti|resistir|widerstehen)
(profile|your) picture ... caught
(photo|pic|picture|smile) made my (day|morning|week)
(photo|pic|picture|foto) made me (stop|smile|blush)
(resist|resistirme|resisti|widerstehen) ,? ... ... (photo|foto|bild|profilbild)
`},
	// Romance: dinner or an evening for just the two of them, a stolen
	// heart, the sender newly single.
	{W: 5, Lines: `
(solo|solos|juste|seulement|nur) (nosotros|nous|wir|uns) (dos|deux|zwei|beide|beiden)
(so|somente|apenas) nos dois
(rien|juste) que (nous|toi) (deux|et)
(solos|solo|solas|sola) (tu|vos) y yo
just (us|you) $
just the two of us
(just|only) (us|we) (two|both)
nur wir (zwei|beide)
just you and me
nur (du|sie) und ich
(dejado|deje|dejo|dejar|parado|parei|pare|parar|arrete|n'arrete|arreter|cesse|cesser|aufhoren) pas? de (pensar|penser) (en|em|a) (ti|voce|vc|vous|toi|usted)
(light|lights) up (every|the|any) room
(so|solo) (os|los) (dois|dos) $
(still|ainda|noch|toujours) single
(ta|tas|esta|estas|anda|andas) namorando
@drink (tu|eu|a|en|zu|para|pra|for) (y|e|deux|dois|dos|tete|zweit|two|solas|voce|vc)
(stole|robaste|robo|roubou|roubaste|vole|conquist*) (el|o|my|mi|meu|mon|le)? (meu)? (heart|corazon|coracao|coeur)
(mein|my) herz (erobert|gestohlen)
(bin|i'm|am) ... single (und|and|seit|since|again|wieder|now|jetzt)
(i'm|im|am|soy|sou|suis|bin) (also|too|tambien|tambem|aussi|auch|ja)? (single|soltero|soltera|solteiro|solteira|celibataire|ledig)
(we're|were|somos|sommes|sind|estamos) (both|ambos|ambas|dois|deux|tous|toutes|beide)? (single|singles|solteros|solteras|solteiros|solteiras|celibataires|ledig)
(recently|recien|recem|recemment|frisch)? (divorced|divorciado|divorciada|divorce|divorcee|geschieden|widower|widow|viudo|viuda|viuvo|viuva|veuf|veuve|witwer|witwe) ,? (and|y|e|et|und)? (looking|buscando|procurando|cherchant|auf)
`},
	// Their weekend, a stranger's friendship: a date's questions.
	{W: 3, Lines: `
(haces|hacer|fazes|fazer|fais|faites|faire) (quoi|tu)? (este|el|no|neste|nesse|o|ce|le) (fin|fim|week) (de|end)
(suche|busco|procuro|cherche|looking|want|quiero|quero) ... (bekanntschaft*|friendship|amistad|amizade|amitie)
`},
	// Looks praised of a thing (Spain's “qué guapo el proyecto”, “que lindo
	// o projeto”): the word is about the work.
	{W: -3, Lines: `
(guap*|precios*|bonit*|lind*|hermos*|bella|bela|belo|beau|belle|joli*|chul*) (el|la|los|las|o|a|os|as|le|les|ese|esa|este|esta|esse|essa|ce|cette) (foto|fotos|photo|web|stand|logo|equipo|equipe)
(guap*|precios*|bonit*|lind*|hermos*|bella|bela|belo|beau|belle|joli*|chul*) (el|la|los|las|o|a|os|as|le|les|ese|esa|este|esta|esse|essa|ce|cette) @work
`},
}

// Dinner or drinks for two: a stranger's invitation reads as a date.
var dinner = cue{W: 3, Lines: `
@treat ... @drink
@drink ... @treat
(tomar|tomamos) algo
(cenamos|jantamos|dinons)
@drink (ausfuhren|auszufuhren)
`, ExceptLines: `
(gala|awards|networking|team|charity|annual|business|client|alumni|company|conference) (dinner|drinks)
(cena|jantar|diner|abendessen) (de|do|des|der) _
(in|aus|nach) essen
(me|te|le|nos|les|se|lo|la) vino
(kaffee|coffee|cafe|cafezinho|tee|tea|cha) (trinken|drink)
@drink (with|con|com|avec|mit) ... (team|group|equipo|equipe|grupo|groupe|gruppe|todos|alumni)
(host|hosting|hosts|organise*|organize*|organizamos|organisons|organizando|offre|offrons|ofrecemos|oferecemos|veranstalten) ... (dinner|diner|cena|jantar|abendessen)
(vamos|vou) (fazer|organizar|ter) (um)? jantar (com|para) (#|os|as)? _
(me|te|re|nos) copa
(exportar|export|exporter|exportieren|vender|vendemos|importar|import|importer) vino
`}

// ... and, with anyone, when the note says it is not about work.
var notWork = cue{W: 1, Note: true, Lines: `
(no|not|pas|nicht|nao) (de|about|du|sobre|uber)? (trabajo|work|travail|trabalho|arbeit|business)
(privat|privately|prive|privee)
(en|em) (privado|prive)
(fuera|fora|dehors|ausserhalb|outside) (del|do|de|des|of)? (ambito|ambiente|trabajo|trabalho|travail|arbeit|work|oficina|escritorio|bureau|buro|laboral|linkedin)
(en|se) (dehors|fuera)
`}

// ... or remarks on their eyes or smile ("adorei seus olhos, rs. Bora
// jantar?").
var eyesAside = cue{W: 1, Note: true, Lines: `
@their @feat
`}

// Texting, missing each other, "not only about work": with a wink or a
// kiss, a date asked of someone the sender has met or works with
// (flirty).
var dateAsk = cue{W: 1, Lines: `
(text|call|whatsapp) me (sometime|later|tonight|anytime|someday)
(miss|missing) (u|you|me)
(saudades|saudade) (minhas|tuas)
(saudades|saudade) de (mim|voce|ti)
me (extranas|echas|manques|manquez)
(vermisst|vermissen) (du|sie) mich
(not|pas|nicht|no|nao) (just|only|seulement|que|nur|solo|so|apenas) (about|for|pour|para|pra|um|de|uber|sobre)
`}

// too-personal

var tooPersonal = Rule{
	ID:       "too-personal",
	Severity: Error,
	Quiet:    []Relationship{Close}, // friends tease and use pet names
	Advice:   []string{"C5"},
	Guide:    "/guide/what-to-leave-out/#match-the-relationship",
	check: anyOf{
		&flirty{in: intent{Cues: personalCues, Threshold: personalThreshold,
			Msg: personalMsg}, date: []cue{dinner, notWork, dateAsk}},
		&intent{Cues: []cue{dinner}, Threshold: personalThreshold, Skip: []Relationship{Met, Colleague},
			Msg: personalMsg},
		&intent{Cues: []cue{dinner, notWork, eyesAside}, Threshold: personalThreshold + 1,
			Msg: personalMsg},
	},
}

// flirty weighs, besides the cues, the emoji a sentence ends or holds: a kiss
// (😘 💋) decides alone, heart eyes and a smirk (😍 🥰 😏) count with a word
// for the person or their looks, a wink or a heart (😉 💕) with two.
// Between people who have met or work together a wink is a joke, and faces
// count only in a note that also asks for a date (drinks, dinner, a
// private evening, "miss me?"), where they weigh one more: "great to meet
// you 😉" is friendly, "let me buy you a drink 😉" is not.
type flirty struct {
	in   intent
	date []cue
}

// A flirtyMatcher is a matcher by pointer, not by value: a method on a value
// brings a wrapper for the pointer along, one more function in the
// WebAssembly binary.
type flirtyMatcher struct {
	m    *intentMatcher
	date cueSet
}

func (f *flirty) compile(b *compiler) matcher {
	return &flirtyMatcher{f.in.compile(b).(*intentMatcher), compileCues(b, f.date)}
}

// dated reports whether the note asks for a date.
func (fm *flirtyMatcher) dated(c *checker) bool {
	for _, h := range c.hits {
		if _, ok := fm.date.cueOf(c, h); ok {
			return true
		}
	}
	return false
}

func flirtW(r rune) int {
	switch r {
	case 0x1F618, 0x1F48B: // 😘 💋
		return 3
	case 0x1F60D, 0x1F970, 0x1F60F, 0x1F61A, 0x1F619, 0x1F63B, 0x1F924: // 😍 🥰 😏 😚 😙 😻 🤤
		return 2
	case 0x1F609, 0x1F495, 0x1F496, 0x1F498, 0x2764, 0x1F497, 0x1F493, 0x1F49E: // 😉 💕 💖 💘 ❤ 💗 💓 💞
		return 1
	}
	return 0
}

func (fm *flirtyMatcher) find(c *checker) {
	m, d := fm.m, &c.d
	m.find(c)
	if len(d.faces) == 0 || len(d.toks) == 0 || !c.lang.modelled() && c.lang != langNone {
		return
	}
	extra := 0
	if r := c.opts.Relationship; r == Met || r == Colleague {
		if !fm.dated(c) {
			return
		}
		extra = 1
	}
	// Faces and hits are in text order: one pass over both, a sentence at
	// a time, keeps a pasted megabyte of emoji linear.
	sentOf := func(f face) int32 { return d.toks[max(f.tok-1, 0)].sent }
	i := 0 // the first hit of the sentence
	for a := 0; a < len(d.faces); {
		s, b, best := sentOf(d.faces[a]), a, 0
		for ; b < len(d.faces) && sentOf(d.faces[b]) == s; b++ {
			best = max(best, flirtW(d.faces[b].r))
		}
		if best > 0 {
			best += extra
		}
		faces := d.faces[a:b]
		a = b
		if best == 0 {
			continue
		}
		for i < len(c.hits) && d.toks[c.hits[i].start].sent < s {
			i++
		}
		cur := m.sentence(c, i)
		if cur.sent != s {
			cur.own, cur.j = 0, i
		}
		w := 0
		for k := range m.cues {
			if cur.own>>k&1 != 0 {
				w += m.cues[k].W
			}
		}
		if best+w < m.threshold || m.fires(cur.own, 0) { // not enough, or found already
			continue
		}
		m.report(c, c.hits[i:cur.j], cur.own, ^uint64(0))
		for _, f := range faces {
			if flirtW(f.r)+extra+w >= m.threshold {
				c.reportSpan(f.us, f.us+2, f.bs, f.bs+4, m.msg)
			}
		}
	}
}

var tooPersonalDocs = ruleDocs{
	Title: "Too personal for a first note",
	Explanation: "A connection request is a professional first contact. Remarks about someone's looks, hints of romance and pet names make people feel watched rather than valued, and many will block or report the sender. " +
		"Keep your warmth for their work, and save the familiar tone for people who already know you that way.",
	Bad: []Example{
		{Note: "Hi Tom, thanks for the call today. By the way, you have the warmest eyes.", Flag: []string{"you have the warmest eyes"},
			Why: "Whatever the word for them, their eyes are their looks."},
		{Note: "Hallo Jana, du siehst auf deinem neuen Profilbild wirklich umwerfend aus.", Flag: []string{"du siehst auf deinem neuen Profilbild wirklich umwerfend aus"}},
		{Note: "Oi Renata, você fica cada vez mais linda nas fotos.", Flag: []string{"fica cada vez mais linda"}},
		{Note: "Hi Elena, you have a beautiful smile and I'd love to get to know you better personally.", Flag: []string{"you have a beautiful smile", "get to know you better personally"}},
		{Note: "Oi Mariana, adorei te conhecer no evento da XP. Você é ainda mais bonita pessoalmente 😍 Vamos jantar qualquer dia?", Flag: []string{"Você é ainda mais bonita pessoalmente", "Vamos jantar qualquer"},
			Why: "Looks compared with their photos, even in praise (encore plus charmante en vrai), are about the person."},
		{Note: "Hi Bianca, saw your talk at Web Summit, great content, and honestly you're even more beautiful in person.", Flag: []string{"even more beautiful in"},
			Why: "Praise of their talk beside it does not make a remark on their looks about work."},
		{Note: "Hola Marta, creo que hicimos match en Tinder hace un mes jaja. No sabía que eras abogada, ¿quedamos para un café?", Flag: []string{"match en Tinder"},
			Why: "A match on a dating app is no professional common ground."},
		{Note: "Hello dear, I came across your profile and I will like to know you better. I am Captain David, US Army.", Flag: []string{"know you better"},
			Why: "Getting to know them better, from a stranger, is not about work."},
		{Note: "Hey gorgeous, I'm a sales manager in Dubai. Are you single?", Flag: []string{"Hey gorgeous", "Are you single"}},
		{Note: "Hi Mei, your profile picture is stunning. I'm a software engineer in Taipei and would like to connect.", Flag: []string{"your profile picture is stunning"}},
		{Note: "Hello dear, I saw your profile and would love to take you out for dinner when I'm in Nairobi.", Flag: []string{"take you out for dinner"},
			Why: "An old-fashioned \"Hello dear\" is a generic greeting, not a pet name; taking them out is the problem."},
		{Note: "Hi Laila, you look stunning in your headshot! Would love to connect with such a pretty lady.", Flag: []string{"you look stunning", "pretty lady"}},
		{Note: "Hi Ana, love at first sight when I saw your photo. I'm a recruiter in São Paulo.", Flag: []string{"love at first sight"}},
		{Note: "Hey babe, congrats on the new job at the BBC!", Flag: []string{"Hey babe"},
			Options: Options{Relationship: Colleague},
			Why:     "Pet names are for people who already use them with you."},
		{Note: "Hi Carlos honey, congrats on the new role at Nubank!", Flag: []string{"Hi Carlos honey"}},
		{Note: "Hi Jakub, I went to Devoxx mostly for your GraalVM talk and, honestly, for your smile too 😏 Single by any chance?", Flag: []string{"your smile", "Single by any chance"}},
		{Note: "Hola guapa! Vi que eres de Murcia como yo. ¿Tomamos algo este finde?", Flag: []string{"Hola guapa", "Tomamos algo"}},
		{Note: "Hola Mónica, además de tener un perfil impresionante, eres muy guapa. Soy consultor SAP en Bogotá.", Flag: []string{"eres muy guapa"}},
		{Note: "Oi Amanda, você é muito bonita, sabia? Tá solteira? Sou engenheiro em Goiânia.", Flag: []string{"você é muito bonita", "solteira"}},
		{Note: "Oi princesa 👸💕💕 me aceita aí!!", Flag: []string{"Oi princesa"},
			Why: "A pet name where a name would go."},
		{Note: "Bonjour Chloé, vous êtes ravissante sur votre photo 😊 On pourrait prendre un verre un de ces jours ?", Flag: []string{"vous êtes ravissante", "prendre un verre"}},
		{Note: "Coucou ma belle, j'ai adoré ta photo de profil. Je suis dans l'immobilier à Abidjan.", Flag: []string{"ma belle", "adoré ta photo de profil"}},
		{Note: "Hallo Sabrina, Sie sehen auf Ihrem Profilbild bezaubernd aus. Gehen wir mal zusammen essen?", Flag: []string{"Sie sehen auf Ihrem Profilbild bezaubernd aus", "Gehen wir mal zusammen essen"}},
		{Note: "Hey Süße, ich bin Unternehmer aus Dortmund und würde dich gern privat kennenlernen 😘", Flag: []string{"Hey Süße", "privat"}},
		{Note: "Hola Lorena, coincidimos en el stand de Asturias en Fitur. ¿Te apetece cenar un día de estos? Y no de trabajo, jeje 😉", Flag: []string{"apetece cenar", "no de trabajo"},
			Options: Options{Relationship: Met},
			Why:     "Dinner with someone you met is a date when the note says it is not about work."},
		{Note: "Salut Julie, depuis que tu as quitté l'équipe, l'open space a perdu sa plus belle vue 😏 Toujours célibataire ?", Flag: []string{"célibataire"},
			Options: Options{Relationship: Colleague}},
		{Note: "Hallo Lena, Sie sehen aus wie eine Schauspielerin. Ich bin Arzt in Köln.", Flag: []string{"Schauspielerin"}},
		{Note: "Hola Marta, ¿cuántos años tienes? Soy ingeniero en Valencia.", Flag: []string{"cuántos años tienes"}},
		{Note: "Hallo Jana, sind Sie verheiratet? Ich bin Berater in Köln.", Flag: []string{"sind Sie verheiratet"}},
		{Note: "Hi Olu, I saw from your posts that you went through a divorce. I'm a financial planner in Lagos.", Flag: []string{"you went through a divorce"}},
		{Note: "Bonjour Inès, j'espère que ton copain ne sera pas jaloux. Je suis commercial à Nice.", Flag: []string{"ton copain"},
			Why: "Their partner, even in passing, is not a stranger's business."},
		{Note: "Hola Elena, ¿qué haces esta noche? Soy arquitecto en Madrid.", Flag: []string{"haces esta noche"}},
		{Note: "Olá Sofia, és muito gira! Sou consultor em Lisboa.", Flag: []string{"és muito gira"}},
		{Note: "Salut toi 😘 on se connecte ?", Flag: []string{"toi", "😘"},
			Why: "A kiss to a stranger is flirting, whatever the words."},
		{Note: "Hi Emma, I can't stop thinking about you since the conference. I'm an engineer at Arup.", Flag: []string{"can't stop thinking about you"}},
		{Note: "Hola Ana, ¿cenamos el viernes? Soy arquitecto en Madrid.", Flag: []string{"cenamos"}},
		{Note: "Hi Priya, saw your photo from the awards night, that dress was stunning on you!", Flag: []string{"dress was stunning on you"}},
		{Note: "Morning gorgeous! Loved your post on cold-chain audits, let's connect x", Flag: []string{"Morning gorgeous"}},
		{Note: "Salut Inès, super rencontre au salon. J'avoue, ces yeux verts m'ont distrait pendant tout le panel 😅", Options: Options{Relationship: Met}, Flag: []string{"ces yeux"}},
		{Note: "Hallo Frau Brandt, danke für das nette Gespräch heute! Vielleicht mal privat auf ein Bier?", Options: Options{Relationship: Interviewer}, Flag: []string{"privat auf ein Bier"}},
		{Note: "Hi Jo, we're both single and both in Leeds, ha. Drinks sometime?", Flag: []string{"we're both single", "Drinks sometime"}},
		{Note: "Hallo Lisa, bist du eigentlich in einer festen Beziehung? Ich bin Berater in Köln.", Flag: []string{"festen Beziehung"}},
		{Note: "Hi Emma, thinking of you tonight ❤️", Flag: []string{"thinking of you"},
			Why: "Thoughts of them at night, with a heart, are romance."},
		{Note: "Bonjour Claire, j'adore ta photo de profil. Je suis commercial à Nice.", Flag: []string{"j'adore ta photo de profil"},
			Why: "Praise of their picture is praise of their looks."},
		{Note: "Hey hun 💕 are you open to a flexible side income? I work with an amazing skincare brand from home.", Flag: []string{"Hey hun"},
			Why: "What a recruiter calls a stranger to sound like a friend is a pet name."},
		{Note: "Oiii flor!! Tô montando uma equipe pra vender cosméticos de casa.", Flag: []string{"Oiii flor"}},
		{Note: "Coucou choupette, tu veux un revenu complémentaire ?", Flag: []string{"Coucou choupette"}},
		{Note: "Hallo Hasi, ich suche motivierte Mamas für mein Team.", Flag: []string{"Hallo Hasi"}},
		{Note: "Hey gorgeous Inês! Still thinking about the offsite, you looked stunning at the gala.", Flag: []string{"Hey gorgeous Inês", "you looked stunning"},
			Options: Options{Relationship: Colleague},
			Why:     "Looks are not a colleague's business either."},
		{Note: "Hi Sarah, you are way too pretty to be an accountant haha", Flag: []string{"you are way too pretty to be an"},
			Why: "Looks set against their job are still about their looks."},
		{Note: "Olá Ana, bonita demais pra ser engenheira kkk", Flag: []string{"bonita demais pra ser"}},
		{Note: "Hi Emma, great to meet you at the summit. Honestly, I couldn't take my eyes off you.", Flag: []string{"eyes off you"},
			Options: Options{Relationship: Met},
			Why:     "Staring at someone is about them, not their work, even after meeting."},
		{Note: "Hallo Jana, du bist genau mein Typ. Ich bin Ingenieur in Ulm.", Flag: []string{"bist genau mein Typ"}},
		{Note: "Olá Carla, você mora sozinha? Sou engenheiro em Campinas.", Flag: []string{"mora sozinha"}},
		{Note: "Hola Valeria, eres bellísima. Soy ingeniero en Lima.", Flag: []string{"eres bellísima"},
			Why: "A superlative the word lists lack is still about her looks."},
		{Note: "Hallo Tanja, du bist so schön! Ich bin Ingenieur in Graz.", Flag: []string{"du bist so schön"},
			Why: "Schön folds to schon (already); a clause that ends on it after \"du bist\" is about looks."},
		{Note: "Hola Andrea, estás buenísima en tu foto jeje. Agrégame", Flag: []string{"estás buenísima"}},
		{Note: "Oi Júlia, vi sua foto e não resisti, precisava te mandar um convite.", Flag: []string{"foto e não resisti"},
			Why: "A photo that made the sender write is a remark on looks."},
		{Note: "Hi Nora, your profile photo really caught my eye. I'm an engineer in Leeds.", Flag: []string{"photo really caught"}},
		{Note: "Olá Rita, sua foto alegrou o meu dia. Sou vendedor em Belém.", Flag: []string{"foto alegrou"}},
		{Note: "Hallo Nina, ich habe dein Profil gesehen. Ein Abendessen, nur wir zwei?", Flag: []string{"nur wir zwei"},
			Why: "Dinner for just the two of them is a date."},
		{Note: "Olá Larissa, adorei seu perfil. Um jantar só nós dois?", Flag: []string{"só nós dois"}},
		{Note: "Hola Elena, me robaste el corazón con esa sonrisa.", Flag: []string{"robaste el corazón"}},
		{Note: "Hallo Marie, ich bin seit kurzem Single und neu in Berlin.", Flag: []string{"bin seit kurzem Single und"}},
		{Note: "Hello dear Grace, I am looking for a true friendship. I am an engineer on an oil rig.", Flag: []string{"looking for a true friendship"},
			Why: "A stranger seeking friendship on a professional network is courting."},
		{Note: "Hola Noelia, ¿qué haces este fin de semana? Soy arquitecto en Madrid.", Flag: []string{"haces este fin de"}},
		{Note: "Hi Dan, congrats on leaving Monzo! Still single? Drinks soon.", Flag: []string{"Still single"},
			Options: Options{Relationship: Colleague}, Why: "Their love life is not a colleague's business either."},
		{Note: "Oi Bia, lembrei de você do curso de UX. Tá namorando?", Flag: []string{"Tá namorando"},
			Options: Options{Relationship: Met}},
		{Note: "Olá Marta, gostei da conversa no congresso. Repetimos, só os dois?", Flag: []string{"só os dois"},
			Options: Options{Relationship: Met}, Why: "Just the two of them is a date, even after meeting."},
		{Note: "Hi Sam, fun chatting at the hackathon. You were the best part of it 😏 Let me buy you a drink next time?", Flag: []string{"You", "😏"},
			Options: Options{Relationship: Met}, Why: "Between people who have met, a smirk with an invitation for drinks asks for a date."},
		{Note: "Oi Rui, o escritório não é o mesmo sem você 😘 Saudades minhas?", Flag: []string{"você", "😘"},
			Options: Options{Relationship: Colleague}},
		{Note: "Hola Dani, un gusto verte en la feria. Me encantaron tus ojos, jeje. ¿Cenamos un día de estos?", Flag: []string{"tus ojos", "Cenamos"},
			Options: Options{Relationship: Met}, Why: "Dinner asked after a remark on their eyes is a date, even after meeting."},
	},
	Good: []Example{
		{Note: "Hi Olu, I'm a family lawyer and enjoyed your talk on mediation in divorce cases at the Bar conference.",
			Why: "Divorce as the topic of their talk is their work."},
		{Note: "Hi Ana, your research on how Tinder and Bumble match users was fascinating. I'm a data scientist at Spotify.",
			Why: "Dating apps as a topic are not a date."},
		{Note: "Hola Carmen, escuché tu entrevista en el pódcast sobre negociar con grandes superficies. Llevo la parte comercial de una conservera en Vigo y me vino al pelo.",
			Why: "“me vino al pelo” is the verb venir, not wine."},
		{Note: "Olá Ana, quantos anos você tem de experiência com SAP? Sou consultor em Lisboa e estou a começar.",
			Why: "Years of experience are not their age."},
		{Note: "Hi Laila, I'm a civil engineer in Amman. Your stunning photos of Petra's old flood channels changed how I see our culvert work, and I'd love to hear how you surveyed them.",
			Why: "Praising their photographs of a site is praising their work."},
		{Note: "Hi Ruth, you're a beautiful writer; your essay on caring for your father stayed with me. I'm a hospice nurse in Cork and would love to share it with our team."},
		{Note: "Hi Sven, I'm a product manager on a dating app in Stockholm and enjoyed your talk on trust and safety at Nordic PM Day. I'd love to compare how you handle reports.",
			Why: "Mentioning a dating product is not flirting."},
		{Note: "Hey love, congrats on the new job at the BBC! So proud of you. Drinks on me when you're back in Glasgow.",
			Options: Options{Relationship: Close},
			Why:     "A close friend can be greeted the way you always greet them."},
		{Note: "Hi Marta, your lovely talk on the romance-novel market at the Frankfurt Book Fair was a highlight. I'm an editor at Penguin and would love to swap notes on debut authors."},
		{Note: "Hi Keiko, I'd love you to meet my colleague Aya, who runs the Osaka UX meetup; she mentioned your research on elderly users.",
			Options: Options{Relationship: Met}},
		{Note: "Hi Ana, I'm a romance novelist and loved your talk on the book market."},
		{Note: "Hi Ana, the first date of our workshop is May 3, and I'd love you to speak on accessible forms."},
		{Note: "Hi Ana, are you single-handedly running the Lagos meetup? I'm a Go developer and would love to help."},
		{Note: "Hi Ana, your course will take you out of your comfort zone, in a good way! I took it last spring."},
		{Note: "Hi Ana, you're so lovely to work with. Congrats on the move to the Lisbon office!",
			Options: Options{Relationship: Colleague}},
		{Note: "Hello dear, I am also from Makerere University, class of 2009. I work with UNICEF Kampala now.",
			Why: "An old-fashioned greeting is not a pet name (generic-salutation speaks to it)."},
		{Note: "Maya!! Still the prettiest girl from our year at Wits 😂 How's Cape Town treating you?",
			Options: Options{Relationship: Close},
			Why:     "Friends tease each other."},
		{Note: "Querida Laura, fue un placer compartir mesa contigo en el desayuno de Mujeres Directivas. Te paso el libro del que hablamos: «Radical Candor».",
			Options: Options{Relationship: Met},
			Why:     "Querida before a name is how Spanish letters open."},
		{Note: "Hola Linda, vi tu charla en la PyCon sobre accesibilidad y me encantó. Soy desarrolladora en Bilbao.",
			Why: "Linda, capitalised after Hola, is her name."},
		{Note: "Olá Márcio, que trajetória bonita a sua! Sou engenheiro em Recife e gostaria de saber como foi a transição para a energia solar."},
		{Note: "Bonjour Paul, je trouve magnifique votre travail sur le viaduc de Millau. Ingénieure structure à Lyon, j'aimerais échanger sur les haubans."},
		{Note: "Hallo Frau Becker, Sie sind schon lange in der Pflegebranche; Ihr Beitrag zu Dienstplänen hat mir sehr geholfen.",
			Why: "Schon (already) folds to the same letters as schön."},
		{Note: "Hi Dev, I'm an SRE at Shopify and enjoyed your KubeCon talk on Terraform drift. If you ever want a second pair of eyes on the module layout, happy to take a look.",
			Options: Options{Account: Premium},
			Why:     "Eyes, without a word for looks, are only eyes."},
		{Note: "Hi Mo, lovely to meet you at the conference dinner last night! I'm the Ocado engineer who asked about cold storage.",
			Why: "A dinner they were both at is common ground, not an invitation."},
		{Note: "Hola Inés, encantada de conocerte ayer en el meetup de Python. Te paso el enlace de la charla que te comenté.",
			Options: Options{Relationship: Met},
			Why:     "Encantada de conocerte is “nice to meet you”."},
		{Note: "Olá Beatriz, parabéns pela linda trajetória na Embraer! Sou engenheira em São José e acompanho o seu trabalho com os E2."},
		{Note: "Bonjour Sophie, votre photo de la cathédrale de Reims est superbe ! Je suis photographe moi aussi et j'aimerais savoir quel objectif vous utilisez."},
		{Note: "Sehr geehrte Frau Lindner, Ihr Werdegang ist wirklich beeindruckend! Ich habe gerade meinen Bachelor in BWL abgeschlossen und interessiere mich für Ihr Traineeprogramm.",
			Why: "A name that begins like a word for looks is a name."},
		{Note: "Hallo Herr Wolf, Ihr Freund Markus Bauer hat mir Ihren Kontakt gegeben. Ich bin Berater in Bonn.",
			Why: "A friend with a name is a mutual contact."},
		{Note: "Hi Ana, excited to join Deloitte as a partner next month. I'm in Lisbon and enjoyed your audit talk."},
		{Note: "Hallo Tim, dein Vortrag zu Kafka war super 😍 Ich bin Entwickler in Köln.",
			Why: "Heart eyes for a talk are for the talk."},
		{Note: "Hola Ana, gracias por tu post sobre precios 😉 te escribo desde Bilbao.",
			Why: "A wink alone is not flirting."},
		{Note: "Hi Joe, great to finally meet at the offsite 😉 Drinks with the whole team next Friday, you in?",
			Options: Options{Relationship: Colleague}, Why: "A wink between colleagues, with drinks for the team, is a joke among friends."},
		{Note: "Salut Inès, ravie de t'avoir croisée au salon 😘 On se refait un déj avec l'équipe bientôt ?",
			Options: Options{Relationship: Met}, Why: "A kiss from someone met, with no date asked, is how some sign off."},
		{Note: "Hi Emma, I thought of you when I read this report on battery recycling; I'm an analyst at BNEF.",
			Why: "Thinking of someone for their work is not romance."},
		{Note: "Olá Ana, adorei sua palestra ❤️ Sou dev em Recife.", Why: "A heart for a talk is for the talk."},
		{Note: "Hi Emma, I'm a data analyst at Monzo. Would you be up for a coffee chat about your move into risk?",
			Why: "A coffee chat about their work is a professional invitation."},
		{Note: "Hallo liebes Orga-Team, danke für den schönen Stammtisch! Ich bin Entwicklerin in Köln.",
			Why: "Liebes before a noun is “dear”, not a pet name."},
		{Note: "Hi Pretty Little Things team, I'm a buyer in Leeds and liked your talk on returns.",
			Why: "A word for looks in a brand's name is a name."},
		{Note: "Bonjour Claire, ta présentation était trop jolie pour un sujet aussi aride ! Je suis auditrice à Lyon.",
			Why: "Too pretty for a dry topic is said of the slides, not of her."},
		{Note: "Hola Pilar, qué ilusión ver que te has hecho socia del despacho. Enhorabuena, te lo mereces. Un beso grande", Options: Options{Relationship: Colleague},
			Why: "Between colleagues, a kiss to sign off is Spanish and Portuguese warmth; from a stranger it is too close."},
		{Note: "Hi Greg, it's Linda from the Maple Street allotments, found you on here by chance! Hope the tomatoes survived the frost.", Options: Options{Relationship: Met},
			Why: "Linda here is the sender's name, not a word for their looks."},
		{Note: "Olá Rita, o seu curso de Excel mudou minha vida! Sou analista em Braga e queria saber se há uma segunda parte. Beijinhos",
			Why: "A kiss as a sign-off is how some close any note; a life changed by a course is not a pet name."},
		{Note: "Hallo Nina, wollen wir mal einen Kaffee trinken gehen und über Kafka reden? Ich bin Entwickler in Köln.",
			Why: "Coffee to talk shop is not a date."},
		{Note: "Hola Lucía, trabajo en el sector privado en Madrid y vi tu charla sobre compras públicas.",
			Why: "The private sector is not a private meeting."},
		{Note: "Olá Marta, só os dois primeiros módulos do seu curso já valeram a pena. Sou analista em Braga.",
			Why: "Only the first two modules: no evening for two."},
		{Note: "Hola Javi, qué guapo el proyecto nuevo, enhorabuena al equipo.", Options: Options{Relationship: Colleague},
			Why: "Guapo said of a project, as Spain says it, praises the work."},
		{Note: "Hi Nora, your post on payroll automation really caught my eye. I'm an accountant in Leeds.",
			Why: "A post that caught their eye is their work."},
		{Note: "Bonjour Zoé, votre photo du pont de Normandie a illuminé ma journée. Je suis photographe à Caen.",
			Why: "A photo of a bridge is their work, not their looks."},
		{Note: "Bonjour Marc, je vous invite à dîner avec notre groupe d'anciens élèves le mois prochain.",
			Why: "Dinner with a group is not a date."},
		{Note: "Hallo Frau Arnold, wie Sie in Ihrem Beitrag ausführen, ist die Datenqualität entscheidend. Ich bin Analyst in Bern."},
		{Note: "Hallo Frau Sommer, wie lange sind Sie schon in der Logistik? Ihr Beitrag zu Lieferketten hat mir geholfen.",
			Why: "Schon (already) mid-clause is not schön."},
	},
}

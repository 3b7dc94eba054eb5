package rules

// The too-personal rule: remarks too personal for a first note, in the five
// modelled languages. Each list is a construction (you are + a word for
// looks; a pet name where a name would go; an invitation to dinner or
// drinks), not a sentence, so that the next wording is caught too. Words are
// folded: "süße" is written "susse", "beauté" "beaute".

// Words for looks. Words that also praise work ("a beautiful writer", "schön",
// which folds to "schon", already) are used only in constructions about the
// person.
const (
	looksES = "(guapa|guapo|linda|lindo|hermosa|hermoso|preciosa|precioso|bella|bello|bonita|bonito|espectacular|guapisima|guapisimo|bellisima|lindisima|hermosisima|divina|divino|sexy|encantadora|buenisima|buenota|radiante)"
	looksPT = "(linda|lindo|bonita|bonito|gata|gato|gostosa|gostoso|maravilhosa|maravilhoso|charmosa|charmoso|deusa|lindissima|belissima|bela|gatinha|gatinho|sexy|gatona|gatissima)"
	looksFR = "(belle|beau|jolie|joli|ravissante|ravissant|magnifique|charmante|charmant|sublime|canon|mignonne|mignon|sexy|splendide|craquante|craquant|superbe|elegante|seduisante|seduisant)"
	looksDE = "(hubsch|hubsche|bildhubsch|bildschon|atemberaubend|bezaubernd|umwerfend|sexy|suss|susse|wunderschon|niedlich|zauberhaft|traumhaft|hinreissend)"
	// very, so: what may stand between "you are" and a word for looks
	veryES = "(muy|tan|super|re|realmente|bastante|demasiado)?"
	veryPT = "(muito|mt|mto|tao|super|bem|demais|realmente|bastante)?"
	veryFR = "(toujours|vraiment)? (aussi|si|tres|vraiment|trop|super|tellement|assez|plutot)?"
	veryDE = "(so|sehr|echt|wirklich|total|richtig|mega|ganz|einfach|verdammt)?"
	// greetings, and the parts of greetings a pet name may follow
	hiES = "(hola*|ola|hey|ey|buenas|buenos|buen|tardes|dias|noches|saludos)"
	hiPT = "(oi|oie|oii|ola|fala|bom|boa|dia|tarde|noite|hey|salve|eai)"
	hiFR = "(bonjour|coucou|salut|bonsoir|hello|hey|cc|re)"
	hiDE = "(hallo|hey|hi|na|morgen|servus|moin|tag|abend|hallihallo)"
)

// too-personal

var tooPersonal = Rule{
	ID:       "too-personal",
	Severity: Error,
	Quiet:    []Relationship{Close}, // friends tease and use pet names
	Advice:   []string{"C5"},
	Guide:    "/guide/what-to-leave-out/#match-the-relationship",
	check: anyOf{
		// Remarks on their looks.
		&phrases{
			Match: lines(`
				(you're|youre|ur) (so|very|really|truly|absolutely|incredibly|super|quite)? ` + looks + `
				(you|u) (are|r) (so|very|really|truly|absolutely|incredibly|super|quite)? ` + looks + `
				(you're|youre|you|ur) (are|r)? (so|very|really)? good looking
				(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely|nice|great|amazing|perfect|killer) (smile|eyes|face|hair|lips|legs|body|figure|looks|skin)
				(your|ur) (smile|eyes|face|hair|lips|legs|body|figure|looks|skin) (is|are|look|looks)? (so|very|really|truly|absolutely)? ` + looks + `
				(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely) profile (photo|picture|pic)
				(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely) (headshot|selfie|dp)
				(your|ur) profile? (photo|picture|pic|headshot|selfie|dp) (is|looks)? (so|very|really|truly|absolutely)? ` + looks + `
				you look (so|very|really|absolutely)? (beautiful|gorgeous|stunning|hot|sexy|pretty|cute|handsome|lovely|amazing|great|young|fit)
				(beautiful|pretty|gorgeous|attractive|hot|sexy|cute|handsome|stunning) (woman|lady|girl|man|guy|gentleman)
				(someone|somebody|anyone) (so|this) (cute|pretty|beautiful|gorgeous|hot|attractive|handsome|sexy|stunning)
				(what|such) a (stunner|hottie|beauty|babe)
				(your|ur) profile? (picture|photo|pic|pics|photos|dp|headshot) (really|totally)? (caught|grabbed|got|stole|made) my (eye|attention|heart)
				how ` + looks + ` (you|u) (are|look|were|r)
				(can't|cannot|cant|couldn't|couldnt) take my eyes off
				(you|u) must get a lot of (attention|compliments)
				(love|like|adore) (your|ur) (dress|outfit|lipstick|hairstyle|hair)
				(beautiful|gorgeous|sexy|seductive|sensual) voice
				(voz|voix) (preciosa|hermosa|linda|magnifique|sublime|sensual|sensuelle|sexy)
				(wunderschone|sexy|erotische|sinnliche) stimme
				(you're|youre|ur) (a|such) (a)? (knockout|stunner|hottie|babe|beauty)
				(augenweide|traumfrau|traummann|ojazos|tipazo)
				(foto|profilbild|profilfoto) gefallt mir
				aus wie (ein|eine)? model
				(une|quelle) bombe
				(buen|bonito|lindo) cuerpo
				(corpo|corpao) (lindo|perfeito|escultural)
				que (corpo|corpao)
				(belle|jolie) silhouette
				(tolle|schone|super|sexy|gute|traumhafte) figur
				(find|found) (you|u) (so|very|really|quite|incredibly|super)? ` + looks + `
				(your|ur) (smile|eyes) (made|makes) my (day|morning|week)
				# es
				(eres|sos|estas) ` + veryES + ` ` + looksES + `
				te (ves|veias|veo) ` + veryES + ` (bien|guapa|guapo|linda|lindo|hermosa|hermoso|preciosa|bella|bonita|espectacular|divina|sexy|radiante)
				bien te (ves|veias)
				(sales|salias|saliste) ` + veryES + ` ` + looksES + ` (en|de) (la|tu|esa|esta) foto
				(pareciste|pareces|parecias) ` + veryES + ` ` + looksES + `
				(que|muy|tan) ` + looksES + ` (eres|estas|sales|te)
				que (guapa|guapo|hermosa|preciosa|guapisima|bellisima) $
				` + looksES + ` (sonrisa|ojos|mirada|cara)
				(sonrisa|mirada|ojos|labios) (tan|mas|muy)? (preciosa|hermosa|linda|bonita|encantadora|espectacular|preciosos|hermosos|lindos|bonitos|divina|bella|bellos)
				` + looksES + ` foto de perfil
				foto de perfil (preciosa|hermosa|linda|bonita|espectacular)
				(tu|su) (sonrisa|mirada) (en|de) (la|tu|su) foto
				(eres|pareces|sos) (muy|tan)? (atractiva|atractivo) $
				(tu|su|tus|sus) (sonrisa|ojos|mirada|cara|labios) (es|son) ` + veryES + ` (preciosa|hermosa|linda|bonita|preciosos|hermosos|lindos|bonitos|bella|bellos|encantadora|espectacular|divina)
				(eres|sos) (un|una) (bombon|monumento|muneca)
				(encanto|encanta|gusto|gusta) tu foto de perfil
				tu belleza
				` + looksES + ` (mujer|chica|dama|muchacha|hombre|chico)
				(mujer|chica|dama|muchacha|hombre|chico|persona) (tan|muy|mas)? ` + looksES + `
				# pt
				(voce|vc|tu) (e|es|ta|esta|estas|fica|ficou) ` + veryPT + ` ` + looksPT + `
				(voce|vc|tu) (e|es) (um|uma) ` + veryPT + ` (gato|gata|gatinha|gatinho|deusa|princesa|gostosa|gostoso|gatona|delicia|charme)
				que ` + looksPT + ` (voce|vc) (e|esta|ta|fica)
				foto (de)? (perfil)? (esta|ta|e|ficou) ` + veryPT + ` (linda|lindo|maravilhosa|perfeita|gata)
				(linda|bela|maravilhosa) foto de perfil
				que (sorriso|olhos|gata|gato|gatinha|deusa|gatona)
				que (linda|lindo|gata) $
				(sorriso|olhos|olhar) (lindo|lindos|encantador|encantadores|maravilhoso|maravilhosos|perfeito|perfeitos)
				(seus|teus) (olhos|sorriso|cabelos|labios) (sao|e)? ` + veryPT + ` (lindos|lindo|maravilhosos|maravilhoso|encantadores|encantador|perfeitos|perfeito)
				encantad* com (os|o|a)? (seus|teus|seu|teu|sua|tua) (olhos|sorriso|olhar|beleza)
				(linda|lindo|gata|gato|gostosa) demais
				(mulher|menina|moca|garota|homem|rapaz) (linda|lindo|bonita|bonito|maravilhosa|gata|gostosa)
				(linda|bela|bonita|maravilhosa) (mulher|menina|moca|garota)
				tua beleza
				(voce|vc) e ` + veryPT + ` atraente $
				(acho|achei) (voce|vc) ` + veryPT + ` ` + looksPT + `
				te (acho|achei) ` + veryPT + ` ` + looksPT + `
				# fr
				(tu|vous) (es|etes|etais|etiez) ` + veryFR + ` ` + looksFR + `
				t'es ` + veryFR + ` ` + looksFR + `
				(es|etes|etais|etiez) ... (la|le) plus (belle|beau|elegante|jolie|joli|charmante|charmant|sexy|ravissante)
				(vous|te) (ai|avais)? (trouve|trouvee|trouvais) ` + veryFR + ` ` + looksFR + `
				t'ai (trouve|trouvee) ` + veryFR + ` ` + looksFR + `
				(un|ton|votre|quel|ce) (sourire|regard) (magnifique|superbe|ravageur|charmant|craquant|sublime|splendide|adorable|envoutant)
				(magnifique|superbe|joli|charmant|ravageur|craquant) sourire
				(beaux|jolis|magnifiques|superbes) yeux
				(belle|jolie|charmante|ravissante) (femme|demoiselle|dame|jeune)
				charme fou
				votre beaute
				(vous|tu) (etes|es) ` + veryFR + ` (attirante|attirant|seduisante|seduisant) $
				(vous|te) (trouve|trouvee|trouvais) ` + veryFR + ` (attirante|attirant|seduisante|seduisant) $
				(ton|ta|tes|votre|vos) (sourire|yeux|regard|visage) (est|sont) ` + veryFR + ` (magnifique|magnifiques|superbe|superbes|ravageur|craquant|sublime|sublimes|splendide|beau|beaux|joli|jolis|envoutant)
				(joli|beau|magnifique|superbe) visage
				(sourire|regard|yeux|photo) (m'a|m'ont) (charme|charmee|seduit|seduite|envoute|envoutee)
				` + looksFR + ` photo de profil
				photo de profil est ` + veryFR + ` ` + looksFR + `
				(adore|aime|j'adore|j'aime) (ta|votre) photo de profil
				# de
				(du|sie) (bist|sind|warst|waren) ` + veryDE + ` ` + looksDE + `
				du siehst ... (hubsch|bezaubernd|umwerfend|attraktiv|sexy|suss|heiss|wunderschon|niedlich|gut|toll|jung|mega|super|klasse|fantastisch|blendend|hammer|traumhaft|zauberhaft|scharf) aus
				sie sehen ... (hubsch|bezaubernd|umwerfend|attraktiv|sexy|wunderschon|zauberhaft|traumhaft|blendend|fantastisch) aus
				(attraktive|hubsche|bildhubsche|schone|bezaubernde|sexy|wunderschone|susse|heisse) (frau|dame|mann|kollegin|frauen|person)
				(charmantes|schones|bezauberndes|hubsches|susses|strahlendes|wunderschones|tolles|umwerfendes) (lacheln|gesicht)
				(schone|wunderschone|hubsche|strahlende|bezaubernde) augen
				(dein|ihr) lacheln (auf|im) (dem|deinem|ihrem)? (profilbild|foto|bild)
				(profilfoto|profilbild) ist ` + veryDE + ` ` + looksDE + `
				(ihr|ihre|dein|deine) (lacheln|augen|gesicht|haare|ausstrahlung|figur|profilbild|profilfoto|foto) (ist|sind|war|waren) ` + veryDE + ` ` + looksDE + `
				sondern auch ` + veryDE + ` ` + looksDE + `
				(bist|sind|dich) ` + veryDE + ` attraktiv $
				(finde|fand) dich ` + veryDE + ` ` + looksDE + `
				(sehen|siehst) ` + veryDE + ` (umwerfend|bezaubernd|hubsch|wunderschon|atemberaubend|sexy|zauberhaft|hinreissend) aus
				(eine|echte|wahre) schonheit
				(profilbild|lacheln|augen|foto) verliebt
				(ihr|dein|ihrem|deinem) aussehen
				(ihre|deine) schonheit
				(foto|profilbild|profilfoto|lacheln|augen|anblick) (hat|haben) mich ... (umgehauen|verzaubert|bezaubert|angesprochen)
				# could be a model
				(you|u) (could|should) (totally|easily|honestly|literally)? be a model
				parece (uma|um)? modelo $
				(podrias|deberias|pareces) (ser)? (una|un)? modelo $
				(devriez|devrais|pourriez|pourrais) (etre|faire)? (mannequin|modele)
				als model arbeiten
			`),
			Unless: []string{"(at|with|to|for|about|on|when|as)", "on paper"},
			Msg:    "A remark on their looks: {text}. Keep the note about their work.",
		},
		&phrases{
			Match: lines(`
				(love|like|adore) your profile? (picture|photo|pic|pics|photos|headshot|selfie|dp)
				(you|u) (are|r) as ` + looks + ` as
				(you're|youre) as ` + looks + ` as
				(brains|brain) and (beauty|looks)
				(beauty|looks) and (brains|brain)
				(you|u) (were|are|r) the most (gorgeous|beautiful|sexy|handsome|cute|pretty|hottest)
				(you're|youre|ur) the most (gorgeous|beautiful|sexy|handsome|cute|pretty|hottest)
			`),
			Unless: []string{"(of|from|on|in|at|for)"},
			Msg:    "A remark on their looks: {text}. Keep the note about their work.",
		},
		&phrases{
			Match: lines(`
				(prettiest|cutest|hottest|sexiest|loveliest) (smile|eyes|face|woman|girl|lady|man|guy|person|engineer)
				most (beautiful|gorgeous|stunning|attractive) (smile|eyes|face|woman|girl|lady|man|guy)
			`),
			Msg: "A remark on their looks: {text}. Keep the note about their work.",
		},
		// Romance and dating.
		&phrases{
			Match: lines(`
				(are|r) (you|u) single $
				single by any chance
				^ single ?
				(are|r) (you|u) married $
				(are|r) (you|u) seeing (anyone|someone|somebody)
				how old are (you|u)
				(cuantos|quantos) anos (tienes|tiene|voce|vc|tem)
				quel age (as|avez)
				wie alt (bist|sind) (du|sie)
				(i'm|im|am) (also)? single (too)? $
				(estoy|soy) (tambien)? (soltero|soltera)
				(estou|sou) (tambem)? (solteiro|solteira)
				suis (aussi)? celibataire
				bin (auch)? single
				just the two of us
				just (you|u) and (me|i)
				(solos|solas) tu y yo
				so nos (dois|duas)
				so eu e (voce|vc|tu)
				(juste|rien) (que)? (tous|toutes) les deux
				(juste|rien) (que)? toi et moi
				nur wir (zwei|beide)
				(you|u) caught my eye
				(sie|du) (sind|bist) mir ... ins auge (gefallen|gestochen)
				tirar os olhos de (voce|ti)
				(send|share) ... (photos|pictures|pics|selfies) of (you|yourself)
				(manda|mandame|envia|enviame|enviarme|mandarme) (mas)? fotos (tuyas|de) (ti)?
				(manda|mande|envia|envie) (mais)? fotos (suas|tuas|de) (voce|vc)?
				(envoyez|envoie|envoyer) (moi)? (d'autres|des|plus)? photos de (vous|toi)
				(schick|schicken|sende|senden) (mir)? ... (fotos|bilder) von (dir|ihnen)
				(know|meet|see) (you|u) outside (of)? (the)? (work|office)
				(connaitre|rencontrer|voir) en dehors du (travail|boulot)
				ausserhalb (der|von) (arbeit|arbeitszeit|buros) (kennenlernen|kennenzulernen|treffen|sehen)
				kennenlernen , auch privat
				(relationship|marital) status
				(do|d) (you|u) have a (boyfriend|girlfriend|husband|wife|partner) $
				(go|going|went) (out)? on a date
				(take|taking|ask|asking) you out $
				(take|taking) you out (for|to)
				(go|going) out with me
				(date|dating) you
				(dinner|coffee|romantic|hot) date
				(be|become) my (girlfriend|boyfriend|wife|husband|valentine)
				marry me
				(crush|feelings) (on|for) you
				love at first sight
				amor a primera vista
				(kopf|herz) verdreht
				rendezvous
				(un|um|uma|ein|einem|zum) date
				(meu|minha|mi|my) crush
				namorar (comigo|voce|contigo)
				amor a primeira vista
				coup de foudre
				liebe auf den ersten blick
				(invitarte|invitarla) a salir
				fell for you
				in love with you
				you're my type
				soulmate
				soul mate
				(can't|cannot|cant) stop thinking about you
				get to know you (better)? (personally|privately|intimately)
				(saw|found) you on (tinder|bumble|hinge)
				matched with you
				(husband|wife|boyfriend|girlfriend|fiance|fiancee) is (a|one|such)? (a)? lucky
				lucky (guy|man|woman|girl|lady|someone) in your life
				(someone|anyone) special in your life
				(take|taking) you (for|to) (dinner|drinks)
				(take|taking) you (for|to) a (drink|date|movie)
				not (just|only) (for|because)? (of)? your (cv|resume|profile|experience|brains)
				# es
				(tienes|tiene|tenes) (novio|novia|pareja|esposo|esposa|marido)
				(estas|eres|sos) (soltera|soltero|casada|casado)
				me (gustas|encantas)
				(salir|cenar) conmigo
				(vino|copa|copas|trago|tragos|cerveza|cena|algo) conmigo
				(ir|salir) a cenar
				(invitarte|invitarla|invitarlo) a cenar
				(te|la|lo) invito a cenar
				una cita (conmigo|contigo)
				(conocerte|conocerla|verte|vernos) fuera del trabajo
				(conhecer|conhece|ver) (voce|te|vc)? fora do trabalho
				# pt
				(tem|tens) (namorado|namorada|marido|esposa|noivo|noiva)
				(ta|esta|es|e) (solteira|solteiro)
				(voce|vc) namora
				(voce|vc) e (casada|casado)
				(jantar|sair|janta|vinho|cerveja|drink|chopp) comigo
				(sair|jantar) juntos
				(sair|jantar) a dois
				depois (janta|jantamos|jantar) $
				# fr
				(es|etes) (vous|tu)? celibataire
				(es|etes) (vous|tu)? (mariee|marie)
				(es|etes) (vous|tu)? en couple
				(tu|vous) me (plais|plaisez)
				(vous|tu) (m'avez|m'as) tape dans l'oeil
				pas (seulement|que|uniquement) pour (ton|votre) (cv|parcours|profil)
				(diner|sortir) avec moi
				(diner|resto) ensemble
				(diner|verre|soiree|rendez) ... en tete a tete
				# de
				mit mir (auszugehen|ausgehen)
				(abendessen|essen|dinner|drink|wein|abend) zu zweit
				uns (mal)? privat (treffen|sehen)
				(hast|haben) (du|sie) (einen|eine) (freund|freundin)
				(dich|sie) (gern|gerne)? privat (kennenlernen|kennenzulernen|treffen|sehen)
				(bist|sind) (du|sie) (noch)? (single|vergeben|verheiratet)
				(du|sie) (gefallst|gefallen) mir
			`),
			Msg: "Reads as romantic interest: {text}. That has no place in a connection request.",
		},
		// Pet names and terms of endearment where a name would go.
		&phrases{
			Match: lines(`
				(hi|hey|hello|hiya|morning) (there)? ,? (gorgeous|beautiful|handsome|sexy|cutie|sweetie|sweetheart|babe|baby|honey|darling|dearie|love|hun|hon|princess|hottie|doll|pretty) $
				(hi|hey|hello|hiya) N ,? (gorgeous|beautiful|handsome|sexy|cutie|sweetie|sweetheart|babe|baby|honey|darling|love|hun|princess) $
				` + hiES + ` N ,? (hermosa|preciosa|guapa|linda|bella|reina|carino|querida) $
				` + hiPT + ` N ,? (linda|gata|querida|princesa|flor) $
				(hi|hey|hello|hiya) ,? (sweetie|sweetheart|babe|honey|darling|cutie|hottie)
				my (darling|sweetheart|sweetie|babe|love) $
				xoxo
				(hugs|kisses) (and|&) (hugs|kisses)
				(sending|big) (hugs|kisses)
				lots of (hugs|kisses)
				(i|we) love (you|ya|u) $
				(besitos|beijinhos|bisous|bisou|bizous|kusschen|kussi|bussi)
				(muchos|mil) besos
				(muitos|mil) beijos
				` + hiES + ` ,? (preciosa|precioso|guapa|guapo|guapisima|guapetona|carino|mami|papi|nena|muneca|princesa|corazon|bombon|mamacita|hermosura|preciosura|chula)
				mi (amor|vida|cielo|reina|princesa|corazon|nina) $
				` + hiPT + ` ,? (gata|gato|gatinha|gatinho|princesa|gostosa|gostoso|deusa|gatona|lindeza|lindona|fofa|benzinho|delicia)
				(meu|minha) (amor|bem|linda|querida|princesa|flor|gata|lindo|querido|anjo) $
				` + hiFR + ` ,? (beaute|princesse|bebe)
				(ma|mon) (belle|cherie|cheri|chou|coeur|puce|biche|beaute|amour|ange|poupee|bichette|choupette|loulou|jolie) $
				(bonjour|coucou|salut|bonsoir|hello|hey) N (ma|mon) (belle|cherie|cheri|chou|coeur|puce|biche|ange)
				` + hiDE + ` ,? (schatz|schatzi|susse|susser|hubsche|hubscher|schnucki|mausi|liebling|hasi|schonheit|prinzessin|zuckerschnecke)
				(mein|meine) (schatz|schatzi|liebling|susse|susser|hase|maus|engel|prinzessin|liebe|lieber|kleine) $
			`),
			Msg: "Too familiar for someone who doesn't know you well: {text}.",
		},
		// Pet names that are also first names (Linda, Bella, Flor): only in
		// lower case, at the end of the greeting.
		&phrases{
			Match: lines(`
				` + hiES + ` ,? (linda|lindo|hermosa|hermoso|bella|bello|bonita|bonito|querida|querido|amor|cielo|reina|flaca) $
				` + hiPT + ` ,? (linda|lindo|querida|querido|amor|flor|bela|bonita|morena|moreno|loira) $
				` + hiFR + ` ,? (belle|cherie|cheri|jolie|mignonne|beau|canon) $
			`),
			Except: lines(hiES + " ,? N\n" + hiPT + " ,? N\n" + hiFR + " ,? N"),
			Msg:    "Too familiar for someone who doesn't know you well: {text}.",
		},
		// Dinner and drinks with a stranger.
		&phrases{
			Match: lines(`
				(grab|get|have) (dinner|drinks) (together|sometime|tonight)
				(grab|get|have) (dinner|drinks) with me
				(grab|get|have) a drink (with|together|sometime|tonight)
				(take|taking) you to dinner
				buy you (a|an)? (drink|dinner|glass)
				you (seem|look|sound) (so|really|very)? (sweet|cute|lovely|hot|sexy|beautiful|pretty|charming)
				(inviter|invite|t'inviter|inviterais) a diner
				(prendre|boire) un verre
				(autour|pour) d'un (verre|diner)
				(zusammen|gemeinsam) essen
				zum (abendessen|dinner|essen) (einladen|ausfuhren)
				auf (ein|einen) (glas|drink|wein|bier|cocktail|glaschen)
				(ein|einen) drink
				(bier|wein|glas|drink|cocktail|glaschen) trinken
				(grab|have) a (beer|glass|cocktail)
				hang out (together|sometime)
				hang out with me
				(tomar|tomamos|tomemos) (uma|umas|um|uns) (cerveja|cerva|breja|cervejinha|gelada|vinho|drink|chopp)
				(tomar|tomamos|tomemos) (una|unas|algo) (copa|copas|cerveza|cervezas|chela|chelas|vino)
				tomar algo $
				(tomamos|tomemos) algo
				(levar|levo|convidar|convido) (voce|vc|te|a|o)? (para|pra) jantar
				(levar|levo|convidar|convido) (voce|vc|te|a|o)? (para|pra) (um|uma) (vinho|drink|cerveja|chopp)
				(chamar|convidar) (voce|vc|te)? (pra|para) sair
				(prendre|boire) un apero
				essen gehen
				(ir|vamos) a cenar
				(sair|ir) (pra|para) jantar
			`),
			Unless: []string{"(to|at|with|for|on)"},
			Skip:   []Relationship{Met, Colleague},
			Msg:    "Too familiar for someone who doesn't know you well: {text}.",
		},
	},
}

var tooPersonalDocs = ruleDocs{
	Title: "Too personal for a first note",
	Explanation: "A connection request is a professional first contact. Remarks about someone's looks, hints of romance and pet names make people feel watched rather than valued, and many will block or report the sender. " +
		"Keep your warmth for their work, and save the familiar tone for people who already know you that way.",
	Bad: []Example{
		{Note: "Hi Elena, you have a beautiful smile and I'd love to get to know you better personally.", Flag: []string{"beautiful smile", "get to know you better personally"}},
		{Note: "Hey gorgeous, I'm a sales manager in Dubai. Are you single?", Flag: []string{"Hey gorgeous", "Are you single"}},
		{Note: "Hi Mei, your profile picture is stunning. I'm a software engineer in Taipei and would like to connect.", Flag: []string{"your profile picture is stunning"}},
		{Note: "Hello dear, I saw your profile and would love to take you out for dinner when I'm in Nairobi.", Flag: []string{"take you out for"},
			Why: "An old-fashioned \"Hello dear\" is a generic greeting, not a pet name; taking them out is the problem."},
		{Note: "Hi Laila, you look stunning in your headshot! Would love to connect with such a pretty lady.", Flag: []string{"you look stunning", "pretty lady"}},
		{Note: "Hi Ana, love at first sight when I saw your photo. I'm a recruiter in São Paulo.", Flag: []string{"love at first sight"}},
		{Note: "Hey babe, congrats on the new job at the BBC!", Flag: []string{"Hey babe"},
			Options: Options{Relationship: Colleague},
			Why:     "Pet names are for people who already use them with you."},
		{Note: "Hi Carlos honey, congrats on the new role at Nubank!", Flag: []string{"Hi Carlos honey"}},
		{Note: "Hi Jakub, I went to Devoxx mostly for your GraalVM talk and, honestly, for your smile too 😏 Single by any chance?", Flag: []string{"Single by any chance"}},
		{Note: "Hola guapa! Vi que eres de Murcia como yo. ¿Tomamos algo este finde?", Flag: []string{"Hola guapa", "Tomamos algo"}},
		{Note: "Hola Mónica, además de tener un perfil impresionante, eres muy guapa. Soy consultor SAP en Bogotá.", Flag: []string{"eres muy guapa"}},
		{Note: "Oi Amanda, você é muito bonita, sabia? Tá solteira? Sou engenheiro em Goiânia.", Flag: []string{"você é muito bonita", "Tá solteira"}},
		{Note: "Oi princesa 👸💕💕 me aceita aí!!", Flag: []string{"Oi princesa"},
			Why: "A pet name where a name would go."},
		{Note: "Bonjour Chloé, vous êtes ravissante sur votre photo 😊 On pourrait prendre un verre un de ces jours ?", Flag: []string{"vous êtes ravissante", "prendre un verre"}},
		{Note: "Coucou ma belle, j'ai adoré ta photo de profil. Je suis dans l'immobilier à Abidjan.", Flag: []string{"ma belle", "adoré ta photo de profil"}},
		{Note: "Hallo Sabrina, Sie sehen auf Ihrem Profilbild bezaubernd aus. Gehen wir mal zusammen essen?", Flag: []string{"Sie sehen auf Ihrem Profilbild bezaubernd aus", "zusammen essen"}},
		{Note: "Hey Süße, ich bin Unternehmer aus Dortmund und würde dich gern privat kennenlernen 😘", Flag: []string{"Hey Süße", "dich gern privat kennenlernen"}},
	},
	Good: []Example{
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
	},
}

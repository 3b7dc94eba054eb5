package rules

// The job-ask rule's cues are word classes too: the sender is looking for
// work (said anywhere, it colours the note), a job noun, an ask (refer me,
// keep me in mind, are you hiring), a CV sent, the wish to join their team,
// availability. A sentence asks for a job when its classes, with the note's,
// weigh jobThreshold. Advice asked, a question about the reader's path, a
// talk of theirs, a recruiter's note, or congratulations weigh against.
// Interest in future roles is fine after an interview: those cues skip the
// interviewer relationship.

const jobThreshold = 3

const (
	// A post to fill: a role, an opening, an internship.
	postCore = "job*|role*|position*|posic*|opportunit*|oportun*|opening*|vacan*|vakanz*|internship*|puesto*|plaza*|vaga*|poste|postes|stelle*|einstieg*|practica*|pasantia*|estagi*|stage|praktik*"
	postW    = "(" + postCore + ")"
	// A job, more loosely: work, a spot, a trainee.
	jobW = "(" + postCore + "|oppurtunit*|intern|empl*|trabajo|laburo|chamba|curro|boulot|taf|emprego*|trampo|freela*|cdi|ausbildung*|anstellung|platz*|ouverture*|" + traineeCore + ")"
	// Something new to take on.
	challengeW = "(challenge*|herausforderung*|defi*|desafio*|reto*|aufgabe*|offres|offers|angebot*)"
	// Looking for.
	seekW = "(looking|searching|seeking|hunting|ready|evaluating|exploring|avaliando|evaluando|explorando|busc*|busq*|procur*|recherche|cherche|suche|ando)"
	// A CV or a portfolio.
	cvCore = "cv|resume|curriculum|curriculo|lebenslauf|bewerbungsunterlagen"
	cvAll  = cvCore + "|hoja|candidature|candidatura|application|bewerbung*|unterlagen|reel|portfol*|portafolio"
	cvW    = "(" + cvAll + ")"
	// What is sent or passed on to HR: a CV, a profile, a name.
	sentW = "(" + cvAll + "|profile|perfil|profil|name|nombre|nome|recursos|" + hrCore + ")"
	// What opens or is needed, after "if".
	condW = "(open*|come*|need*|surg*|libere|bouge|bouger|presente|s'ouvr*|ouvr*|frei|abr*|libre|rolar|tiver|precis*|necesit*|brauch*|besoin*|falta|busca*|cherch*|such*|procur*|anything|something|algo|quelque|quoi|etwas|was|" + hireCore + ")"
	// The people who hire.
	hrCore = "recruiting|recruiters|recrutement|personalabteilung|hr|rrhh|rh|talent"
	hrW    = "(" + hrCore + ")"
	// Hiring.
	hireCore = "hiring|recruiting|contrat*|recrut*|embauch*|einstell*|eingestellt|sucht|suchen"
	hireW    = "(" + hireCore + ")"
	// Working.
	laborW = "(work|trabajar|trabalhar|travailler|arbeiten)"
	// Trainees: interns, apprentices, working students.
	traineeCore = "interns|alternan*|stagiaire*|becari*|pasante*|estagiari*|praktikant*|praktikum*|trainee*|apprenti*|werkstudent*|azubi*|juniors"
	traineeW    = "(" + traineeCore + ")"
	// Partners, not employees.
	partnerW   = "(collab*|colab*|partner*|parceri*|synerg*|business|negocio*|zusammenarbeit)"
	oppPartner = "(opportunit*|oportunida*) ... " + partnerW
	// Sending, attaching or passing it on.
	sendW = "(attach*|adjunt*|anex*|segue|joint|anbei|envi*|mand*|send*|sent|shar*|schick*|zusend*|envoy*|indic*|compart*|partag*|appuy*|support*|apoy*|apoi*|weiterleit*|pass*|pasar*|forward*|transmet*|find|here)"
)

// The sender is looking for work (or "for a change", a seeker's usual
// euphemism), or offers a CV or a portfolio.
const seekerLines = `
@seek ... @job
@seek ... (work|trabalho|recolocacao|d'emploi*|laboral|activ*|ativa|aktiv|mission*|auftrag*)
@seek ... @challenge
@seek ... (change|cambio|mudanca|changement|wechsel|veranderung)
(stellensuche|jobsuche|fresher|unemployed|desemple*|desempreg*|arbeitslos*|initiativ|initiativbewerb*)
job (hunt*|search*|seek*)
(laid|let) (off|go)
(fui|fue|fuimos|fomos|me|nos) (desligad*|demitid*|despedid*|mandad*)
(me|nos) (despidieron|echaron|demitiram|desligaram)
(ete|etait) (licencie|licenciee|licencies|remercie|remerciee)
(gekundigt|entlassen|freigestellt|wegrationalisiert)
raus bei N
(perdi|perdu|verloren|lost) (o|el|mon|my|meinen|meine|mi|meu|mein)? (emprego|empleo|trabajo|trabalho|job|poste|travail|stelle|laburo|curro)
between (jobs|roles)
(closing|close|cerrar|cerrado|cierro|fechar|fechando|fecho|tourner|tourne|boucler|schliesse|abschliessen) (a|an|una|esta|la|um|este|esse|ce|cet|das|ein|mein|my)? (chapter|etapa|ciclo|page|chapitre|kapitel)
(stepped|stepping) (away|back|down)
(taking|take|tomando|prenant|nehme) (a)? (breather|pause|sabbatical|sabatico|sabatica|auszeit)
(orientiere|orientieren) (mich|uns)? (beruflich)? neu
(suche|busco|procuro|cherche) (was|algo|quelque) (neues|nuevo|novo|chose)
neuorientierung
(contract|contrato|contrat|vertrag) ... (end*|wraps|termina|acaba|lauft|finit)
(weighing|exploring) (my)? (new)? (options|next|opportunit*)
(open|offen|abiert*|abert*|ouvert*) (to|a|for|fur|para|aux) _? _? @post
(open|offen|abiert*|abert*|ouvert*) (to|a|for|fur|para|aux) _? _? @challenge
l'ecoute (du|de)? (marche|nouve*|opportunit*|d'opportunit*)
(postule|postulei|candidatei|beworben)
j'ai (candidate|postule)
(applied|applying) (to|for|at) ... @job
(available|disponi*|verfugbar) (immediat*|imediat*|inmediat*|sofort|now)
(immediat*|imediat*|inmediat*|sofort) (available|disponi*|verfugbar)
(available|disponi*|verfugbar) (for|para|pour|fur) (work|trabajo*|trabalho*|travail|arbeit|viag*|viaj*|voyag*|reise*|turnos|shifts|jobs|empleo|emprego)
auf der suche (und|,|.)
(estoy|estou|ando|suis|i'm|im|bin) (en|em|auf|der)? (buscando|procurando|recherche|looking|searching|suche) $
open to work
break into
(to|i|me) (land|secure|get|find) @a? _? @job
(conseguir|encontrar|trouver|decrocher|finden) @a? _? @job
@my @cv
(cv|resume|curriculum|curriculo|lebenslauf|bewerbungsunterlagen)
hoja de vida
@seek (de|for|por)? (something|algo|etwas|quelque) (chose)? (de)? (new|novo|nuevo|nouveau|neues)
`

const seekerExceptLines = `
(the|a|your|their|tu|su) _? job (hunt*|search*)
@your _? @cv
en: (the|a|new|our|their|school|course|core|nursing|medical|training) curriculum
(looking|searching) for (advice|mentor*|feedback|partners)
(we|we're|estamos|nous|wir) (are)? (looking|searching|seeking|buscando|procurando|cherchons|suchen)
@seek (for)? (perfiles|perfis|profils|profiles|candidat*|talent*|kandidat*)
(decroche*|land*|got|consegui*) (mon|my|mi|meu)
(cv|resume|curriculum|lebenslauf) (writing|redaction|redaccion|review|services|schreiben)
@partner (opportunit*|oportunida*)
(opportunit*|oportunida*) ... @partner
(buscabas|buscaste|buscaba|procuravas|procuraste|procurava|cherchais|cherchiez|suchtest|suchten|suchte) ... @job
`

var jobCues = []cue{
	{W: 2, Note: true, Lines: seekerLines, ExceptLines: seekerExceptLines},
	{W: 1, Lines: (`
@job
`)},
	// A job, a CV or the people who hire, in a question: whether there is one.
	{W: 1, Lines: (`
@post ... ... ?
@cv ... ... ?
@trainee ... ... ?
@hr ... ... ?
`), ExceptLines: (`
(opportunit*|oportunida*) ... @partner
`)},
	// Recruiting, the hiring manager; an introduction asked.
	{W: 1, Lines: (`
@hr
hiring (manager*|team*|process*)
(introduce|connect|intro|presentar*|apresentar*|presenter|vorstellen) (me|mich|moi)
(tak*|prend*|nimm*|nehm*|aceit*|acept*|accept*|recib*|receb*|accueil*|vergeb*|vergibt) ... @trainee
pren* ... @trainee
`), ExceptLines: (`
(comment|how|como|wie) _? _? _? _
`)},
	// Offering oneself: count on me, I can step in.
	{W: 2, Lines: (`
count (me|on) (in|me)
(cuent*|cont*) (conmigo|comigo)
compt* sur moi
zahl* _? auf mich
(step|jump|pitch) in
help out
lend (a|an)? _? hand
meld* ... bei mir
me incorporo
(i'm|im|bin|suis|estoy|estou|sigo|quedo) (ab)? (sofort|immediatement|immediatamente|imediatamente|immediately|totalmente|totally)? (verfugbar|disponible|disponivel|available)
`), ExceptLines: (`
(same|the|a|big|that) (jump|step) in
`)},
	// A recommendation asked: an ask when the note is a job seeker's.
	{W: 2, Lines: (`
(a|una|une|eine|uma) (recomendacion|recommendation|recommandation|empfehlung|indicacao)
indicac*
`), ExceptLines: (`
(por|pela|via) indicac*
`)},

	// Asking to be referred, recommended or hired, whether they hire, or
	// for a post outright ("solicitar uma oportunidade de estágio").
	{W: 3, Lines: (`
(refer|recommend|referring|vouch|hire|hiring) me
me (coopter|recommander)
(solicito|solicitando|demando) (un|una|um|uma)? (empleo|trabajo|emprego|trabalho|vacante|vaga|puesto|oportunidad|oportunidade)
(preciso|necesito|necessito) (muito|mucho)? (de)? (uma|una|um|un)? (oportunidad|oportunidade|emprego|empleo|trabajo|trabalho|chance)
(interest|interes|interesse|interet|interessiert|interesado|interesada|interessado|interessada|interesse) (in|en|em|pela|pelo|por|pour|fur|an|am) (the|la|el|o|a|le|die|der|den|your|su|sua|votre|ihre|dieser|this|esta|cette)? _? _? _? (position|role|job|vacancy|opening|stelle|poste|vaga|puesto|vacante|posicion|ausschreibung|offre|oferta)
(indicar|recomendar|recommend|refer|empfehlen|recommander|pasar|passar|forward|weiterleiten) (meu|mi|my|mon|meinen|mein) (nome|nombre|name|nom|cv|curriculo|perfil|profile|profil|lebenslauf)
(disposicao|disposicion|disposition|verfugung|available|disponivel|disponible) (para|for|pour|fur) (novas|nuevas|new|nouvelles|neue)? (oportunidades|opportunities|opportunites|chancen|herausforderungen|desafios|retos|propostas|propuestas|offres|angebote)
(habt|haben|hast) (ihr|sie|du) (noch)? (was|etwas|eine|einen) (stelle|platz|job|minijob)? frei
(stelle|stellen|platz|minijob|ausbildungsplatz) (frei|offen) ?
(estan|estais|tao|estao|are|sind|seid|etes) (tomando|contratando|sumando|incorporando|recrutando|hiring|recruiting|taking|einstellen|recrutant|embauchant) (gente|people|personas|pessoas|leute|staff|perfiles|perfis|someone|alguien|alguem|du)? ... ?
(pensado|planning|plans|planen|plant|prevoyez|prevu|pensando|pensam|piensan) ... (ampliar|aumentar|expandir|grow|growing|expand|erweitern|vergrossern|agrandir|renforcer|reforzar|reforcar|leute|personal|contratar|hire|hiring|recruter|einstellen|einplanen) ... ?
(do|will|would|could) you (take|taking) on (newly|new|qualified|junior|apprentice|apprentices|trainees|another|more|any|graduates)
(prendre|prenez|tomar|aceptar|aceitar|nehmen|accepter|take) (me|moi|mich)? (en|como|comme|as|als|a|for)? (stage|stagiaire|pasante|estagiario|estagiaria|practicante|praktikant|praktikantin|intern|becario|becaria)
(ser|etre|be|being|werden) (indicado|indicada|recommande|recommandee|recommended|referred|empfohlen|recomendado|recomendada) (por|pelo|pela|par|by|von)
(avoir|d'avoir|obtenir|d'obtenir|get|getting|tener|conseguir|ter|bekommen|erhalten|pedir|demander|ask) (une|una|uma|a|eine|your|votre|tu|sua|ihre)? (recomendacion|recommendation|recommandation|empfehlung|indicacao)
(role|position|job|opening|vacancy|vacante|vaga|poste|stelle|puesto|posicion) _? _? (still|todavia|aun|ainda|toujours|encore|noch) _? (open|available|abierta|abierto|disponible|aberta|aberto|disponivel|ouvert|ouverte|offen|frei|vakant|vaga)
(sigue|siguen|segue|seguem) (abierta|abierto|aberta|aberto|disponible|disponivel) (la|el|a|o)? (vacante|vaga|posicion|puesto|plaza)
(ainda|still|todavia|aun|toujours|noch) (ta|esta|is|sigue|est|ist)? (rolando|open|abierta|aberta|ouverte|offen|available|disponivel|disponible|dispo) ?
(name|me) (forward|along)
referral
(put|putting|glisser|dire) (in)? (a|un) (good|bon|petit)? (word|mot)
(throw|toss) (my)? hat in
(want|like|wish) to (do|get) (a)? job
(meinen|my|meu|mi|mon) (namen|name|nome|nombre|nom) ... (weitergeben|spiel|came|come|indicar|pasar|passar|mentionner|nennen)
(bin|i'm|im|suis|estoy|estou|soy|sou) (ab|from|a|des|desde|partir) _ (frei|free|available|disponible|disponivel|verfugbar)
(hueco|sitio|lugar|place|vaga|platz) (para|for|pour|pra|fur) (un|una|a|an|um|uma|einen|eine)? @role
(encadrer|orientar|orienter|betreuen|supervise|supervisar|dirigir|diriger|guide) (ma|mi|meu|o|my|meine|mein|la|le) (meu)? (these|tesis|tese|doutoramento|doutorado|doctorado|phd|promotion|doktorarbeit|dissertation|memoire|tfm|mestrado)
(jobs|job|work|trabajo|trabalho|emprego|empleo|emploi|vaga|vagas|poste|postes|arbeit|stelle|stellen|place) (fur|for|para|pour|pra) (mich|me|mi|moi|mim)
(any|qualquer|cualquier|n'importe|jede|jeden|irgendeine|irgendeinen) (work|trabalho|trabajo|emploi|job|arbeit|vaga|emprego|empleo)
(qualquer|cualquier) (coisa|cosa) (serve|sirve)
(gostaria|quisiera|quiero|quero|would|j'aimerais|hatte) (de|like)? (uma|una|an|a|une|eine)? (oportunidade|oportunidad|opportunity|opportunite|chance) $
(disponible|disponivel|available|verfugbar) (de)? (suite|immediately|sofort|ya|ja|imediatamente|inmediatamente|now)? (pour|for|para|fur) (tout|toute|any|cualquier|qualquer|jeden|jede|todo|toda) _? (poste|job|position|trabajo|trabalho|emprego|vaga|stelle|role|puesto|empleo|emploi|mission)
(motive|motivee|motivado|motivada|motivated|motiviert|interesse|interessee|interessado|interessada|interesado|interesada|interested|interessiert|interesting|intrested) (pour|para|to|in|em|en|a|zu)? (travailler|trabajar|trabalhar|work|working|arbeiten) (dans|en|em|na|no|at|in|bei|for|pour|para|with|avec|con|com) (votre|your|su|sua|seu|ihre|ihrem|ihrer|la|le|the|der|die|vossa)? _
me (refirieras|refieras|refiera|refieres|indique|indiques|indicasse|indicar)
(partilh*|compart*|encaminh*|share|forward|transmet*|weiterleit*) (o|el|the|le|mon|ma)? (meu|mi|my|mon|ma|mein|meinen) (portef*|portf*|cv|curriculo|curriculum|perfil|profile|profil|lebenslauf) (com|con|with|avec|mit|a|au|aux) (a|la|the|le|die|der|o)? (equipa|equipo|equipe|team|rh|hr|rrhh|recruiting|people|personalabteilung)
^ (hiring|contratando|recrutez|recrutement|einstellen) ? $
(glisser|passer|soltar|pasar|passar|dropping|drop|mention|mentionner|mencionar|nennen|weitergeben) @my (nom|nombre|nome|name|cv|profil|perfil|profile)
(gutes|buena|boa|bon|good) (wort|palabra|palavra|mot|word)
(se|si|if|whether|ob|falls|wenn|caso) ... (precisa|precisam|necesita|necesitan|braucht|brauchen|needs|need|cherche|cherchent|cherchez|busca|buscan|sucht|suchen) (de|d'un|d'une|des|um|uma|un|una|a|an|einen|eine|another|otro|outro|noch)? (new|nuevo|novo)? @role
(cherchent|cherchez|buscan|buscais|procuram|suchen|sucht) (du|de)? (monde|gente|people|leute|personal|pessoal|personnel)
(know|conoces|sabes|conhece|connais|kennst|kennen) (of)? (someone|anyone|alguien|alguem|quelqu'un|jemanden|jemand) ... (looking|buscando|procurando|cherche|sucht|hiring|need*|necesit*|precis*) (for)? (a|an|un|una|um|uma|einen|eine)? @role
(send|pass|forward|throw) (it|them|anything|something|any|those|leads)? (my|mi) (way|camino)
coopt*
(cherche|suche|such|busco|procuro|looking|searching) (for|de|du)? (un|a|um|uma|una|eine|einen|nen|ne|dringend|urgent*)? (new|neuen|neue|nouvel|nuevo|novo)? (travail|arbeit|trabajo|trabalho|emprego|empleo|work|job|jobs)
(need|necesito|preciso|brauche) ... (travail|arbeit|trabajo|trabalho|emprego|empleo|job)
(help|assist|ayudar*|ayude*|ayudes|ayudas|ajudar*|ajude*|ajudas|aider|aidez|helfen) (me|mir)? ... ... @job
foot in the door
(are|r|is) (you|u|your|the|there) ... (hiring|recruiting)
(are|is) N ... (hiring|recruiting)
esta* (a)? (contrat*|recrut*) ... ... ?
(recrutez|embauchez|sucht|suchen) (vous|ihr|sie)
(que|si|se) (la|le|el|a|o)? N _? (recrute|recrutent|embauche|embauchent|contrata|contratan|contratam) ... ... ?
(interesse|interes|interest|interet|interesse) (em|en|in|dans|por|pour|an) (oportunidades|vagas|vacantes|opportunities|positions|postes|stellen|opportunites)
(oportunidade|oportunidad|opportunity|opportunite|chance) (de|of|for|para) (estagio|practicas|stage|internship|trainee|emprego|empleo|trabajo|trabalho|job|alternance)
(realizar|hacer|fazer|faire) (mis|minhas|mes|my|unas|umas|des)? (practicas|estagio|stage|internship|pasantia|pasantias)
(accepting|taking) (applica*|candidates|interns)
(tienen|tiene|tendrian|tendriais|hay|tem|teriam|avez|auriez|gibt|haben|habt|hattet|hatten) ... @job ... ... ?
(any|cualquier|qualquer|alguna|algun|alguma|algum|toute|jede*) _? _? @job
(saber|sabes|know|savoir|wissen|wisst|weisst|pregunt*|pergunt*|ask*|demander|fragen|wonder*) ,? (si|se|if|whether|ob|s'il) ... ... @post
(saber|sabes|know|savoir|wissen|wisst|weisst|pregunt*|pergunt*|ask*|demander|fragen|wonder*) ,? (si|se|if|whether|ob|s'il) ... ... @hire
(solicit*|request*|pido|pedir|peco|pedindo|demande|demander|ersuche|bitte) (um|une|un|una|uma|an|a|eine|einen)? _? @post
(me|mich) _? (recomendar|recomiende|referir|indic*|recommander)
mich ... ... (weiterempfehlen|empfehlen|vorschlagen)
(recomendarme|referirme)
stell* (sie|ihr|du) _? ein
t il ... @job
(ech*|dar|da) (la|una|un|uma)? (mano|cable|forca|maozinha)
(etwas|something|anything|algo|alguma|place|plaza|lugar|platz|spot|vaga|poste) @for (me|mi|mim|moi|mich)
jump at the
(room|space|spot|lugar|sitio|espacio|espaco|place|platz) (for|para|pour|fur) (one|another|me|mim|mi|moi|mich|uno|mais|un|noch)
(any|whatever) (capacity|shape|form)
(room|space|spot|lugar|sitio|espacio|espaco|place|platz) (for|para|pour|fur) (a|un|una|um|uma|une|ein|einen) (junior*|new|another|extra)
(algo|anything|something|etwas) (abierto|aberto|open|offen)
me (recomendaras|recomendares|recomiendes|recommandes|recommandiez)
(referenciar|recomendar|recommander|referir) me
(pistonn*|enchufarme)
vouch for me
(encaminh*|reenvi*|llegar|chegar) (o|a|el|la)? @my _? @sent
@send (o|a|el|la)? @my _? (details|datos|dados|profil*|perfil|profile|cv|resume|curriculo|curriculum|lebenslauf|candidatura|candidature|bewerbung*|name|nome|nombre) (to|a|al|ao|an|au|aux|para|zu|zur|with|con|com)
(correspond*|encaj*|adequ*|passend*|match*|fit*) (a|con|com|zu|with|to)? @my (profil*|perfil|profile|background)
`), ExceptLines: (`
referral (swap|swaps|partner|partners|partnership|network|program|programme|scheme|fee|fees|bonus|engine|pipeline|business|system|exchange)
(building|build|built|our) referral
(refer|recommend) me (to)? _? _? (book*|course*|resource*|reading|podcast*)
referral (loop*|program*|programme*|scheme*|traffic|link*|code*|bonus*|marketing|fee*|partner*|network*|engine*|flow*|funnel*|rate*)
(the|our|that) referral (chat|call|conversation|talk|meeting|session)
(thanks|thank|grateful) (you)? (again|so|very)? (much)? for (the|your|that) referral
(thanks|thank|you|much|again|so|encore|nochmals) (for|pour|por|pela|pelo|fur) (referring|recommending) me
(thanks|thank|merci|gracias|obrigado|obrigada|danke) (you)? (again|so|very|encore|nochmals)? (much)? (for|pour|por|pela|pelo|fur) (la|the|die|el|a|o) (cooptation|recommandation|recomendacion|indicacao|empfehlung)
(indic*|recomend*|recommand*|empfehl*) (outr*|otr*|autres|andere*|algun*|alguns|algumas|leituras|lecturas|livros|libros|artigos|articulos|referencias|materia*|bibliografia|lectures|lektur*)
@your _? @post
indic* (me)? _? _? (contact*|contato*|email|nome|nombre|responsa*|pessoa|persona|person)
(como|how|comment|wie|why|pourquoi|warum|porque) ... ... @hire
(recomend*|recommand*|empfehl*|indic*) (me|mir|moi)? @a? _? (livro*|libro*|livre*|buch|book*|curso*|cours|kurs*|course*|formation*|algum|alguma)
(recomend*|recomiend*|recommand*|empfehl*|recommend*|indic*) _? (leer|ler|lire|lesen|read|reading|ver|voir|watch|estudiar|estudar|etudier|studieren|seguir|follow|empezar|comecar|commencer)
(me|nos) (indicou|indico|indicaron|indicaram|recomendou|recomendo|recomendaron|recomendaram|refirio)
(obrigad*|gracias|thanks|thank|merci|danke|agradec*) (you)? (por|pela|pelo|for|pour|fur)? (me|te|mich)? (indicar|recomendar|referir|recommander|empfehlen|referring|recommending|recommande|recommended|referred)
de: intern (ge*|auf*|um*|ein*|ab*|an*|aus*|vor*|zu*|organis*|struktur*|kommuniz*|implement*|realis*|etabl*|dokument*|besprochen|verteilt|erledigt|bearbeitet|entschieden|behandelt)
(necesit*|precis*|braucht|brauchen|needs|need|cherche*|besoin) (de|d'un|d'une|um|uma|un|una|a|an|einen|eine)? @provider
`)},

	// Whether they hire, in a question.
	{W: 2, Lines: (`
@hire ... ... ?
(buscan|buscando|procuram|cherchez) ... ... ?
(alguem|alguien|anyone|quelqu'un|jemand) (precis*|necesit*|need*|hiring|contrat*|cherch*|such*|brauch*)
(you|u|guys|y'all|ya) (have|got) ... @post ... ... ?
`), ExceptLines: (`
(are|r|is) (you|u|your|the|there) ... (hiring|recruiting)
hiring (manager*|team*|process*)
(como|how|comment|wie|why|pourquoi|warum|porque) ... ... @hire
`)},

	// Whether they, their team, are hiring, asked of them in the second
	// person or the plural: "vous recrutez en ce moment ?", "vcs tão
	// contratando?", "¿están buscando gente para logística?".
	{W: 3, Lines: (`
(vous|tu|vc|voce|vcs|voces|ustedes|ihr) (recrutez|recrutes|contratando|contratam|contratan|buscando|suchen|sucht|recrutando|reclutando|procurando) ... ... ?
(estan|estais|estao|tao) (buscando|contratando|reclutando|recrutando|procurando) ... ... ?
^ (estan|estais|estao|tao) (buscando|contratando|reclutando|recrutando|procurando|sumando|incorporando)
(cherche|recrute|embauche|cherchent|recrutent|embauchent) t? (il|elle|on|ils|elles) ... ... ?
`), ExceptLines: (`
(como|how|comment|wie|why|pourquoi|warum|porque|por|que|quel|quelle|qual|cual|was|what|which) ... ... (recrut*|contrat*|busc*|such*|reclut*|procur*)
`)},

	// A post that may open, a place for interns or a PhD asked about:
	// "if a vacancy ever comes up at…", "falls mal eine Stelle frei wird",
	// "si se abre alguna plaza", "ob Ihr Studio Praktikanten sucht", "une
	// possibilité de thèse dans votre laboratoire".
	{W: 3, Skip: []Relationship{Interviewer}, Lines: (`
(if|si|falls|wenn|se|caso|should) ... (vacancy|vacancies|opening*|position*|stelle*|place|poste|vaga*|vacante*|plaza*|puesto*) ... (comes|come|opens|open|frei|libere|libera|surge|surgir|surja|abre|abra|arises|available|disponible|disponivel|aparece|apareca)
(if|si|falls|wenn|se|caso) (se|ever|jamais|alguna|alguma|mal)? (abre|abra|surge|surgir|surja|surgiera|surgisse|surgira|venait|libere|libera|aparece|apareca|opens|comes) ... (vacancy|vaga|plaza|place|poste|puesto|stelle|position|opening|vacante|oportunidad|oportunidade|opportunite|opportunity)
(whether|ob|si|se|if) ... (tak*|prend*|nimm*|nehm*|aceit*|acept*|accept*|such*|busca*|procura*|cherch*) ... @trainee
(promotionsstelle*|doktorandenstelle*|promotionsmoglichkeit*)
` + namedHiringLines + `
de: (ob|falls|wenn) ... @trainee (sucht|suchen|nimmt|nehmen|aufnimmt|einstellt|braucht)
de: (stelle|stellen|platz|position) (frei|offen) (wird|werden|ware|sein)
(possibilit*|posibilidad*|possibilidade*|opportunit*|oportunidad*|place|plaza|vaga|poste|position|spot) (de|of|for|fur)? (these|tesis|tese|phd|doctorat|doctorado|doutorado|promotion)
`), ExceptLines: (`
(como|how|comment|wie|why|pourquoi|warum|porque|que|what|quel|qual|cual|was) ... ... (tak*|prend*|nimm*|nehm*|aceit*|acept*|accept*|such*|busca*|procura*|cherch*)
`)},

	// A way in asked for outright, in its many forms: a job interview (not
	// "an interview", which a journalist or a student asks for too), a
	// place on their team, where one might fit, a CV sent, a student spot,
	// an application made by the note itself ("hiermit bewerbe ich mich").
	{W: 3, Skip: []Relationship{Interviewer}, Lines: (`
(obtenir|bekommen|erhalten) (un|une|ein|einen)? (entretien|vorstellungsgesprach|bewerbungsgesprach)
(possibilite|moglichkeit) (de|fur|auf|zu)? (un|une|ein|einem|einen)? (entretien|vorstellungsgesprach|bewerbungsgesprach)
(vorstellungsgesprach|bewerbungsgesprach) ... (moglich|drin)
(ser|etre|be|being|sein|fazer|hacer|faire|formar) (parte|partie|part|teil) (de|du|da|do|of|von|des|desta|dessa|deste|desse|nesta|nessa|neste|nesse)? (ese|esse|este|esta|essa|your|votre|tu|su|seu|sua|vuestro|ihrem|eurem|deinem|the|el|la|o|a|cette|dieses|diesem|this|that|cette|ce|esta|nova|nueva|new|nouvelle|neuen)? (nova|nueva|new|nouvelle|neuen|next|proxima|prochaine|nachsten)? (team|equipo|equipe|time|equipa|squad|crecimiento|crescimento|croissance|wachstum|growth|proyecto|projeto|projet|projekt|journey|aventura|aventure|fase|etapa|phase|chapter|capitulo|chapitre|kapitel)
where (i|we) (might|could|would|can) fit
(dm|send|sending|share|mandar|mando|enviar|envio|envoyer|envoie|schicken|schicke|passar|passo) (u|you|te|lhe|vous|dir|ihnen)? @my (resume|cv|curriculo|curriculum|lebenslauf)
(joindre|adjunto|anexo|anbei|attach|attached|attaching|segue) (mon|mi|meu|my|mein|meinen)? (cv|resume|curriculum|curriculo|lebenslauf)
(take|takes|taking|accept|accepts|aceita|acepta|nimmt|nehmen|prend|prenez) (summer|new|phd|more)? (students|interns|estudiantes|alunos|estudantes|etudiants|studenten|studierende|doctorants|doctorandos)
(student|summer|intern|trainee|werkstudent*|praktikant*) (spot|place|position|opening|role|job|stelle|platz)
(conversar|talk|chat|hablar|charlar|parler|echanger|sprechen) (sobre|about|de|uber|des|du) (las|as|les|the|die)? (oportunidades|opportunities|opportunites|vagas|vacantes|openings|roles|postes|stellen) (na|no|en|at|chez|bei|in|dentro)
(me|mich) (encaixar|encajar|reinbringen|unterbringen)
(room|space|place|lugar|espacio|espaco|sitio|platz|chance|spot) (for|para|pour|fur|pra) (someone|somebody|alguien|alguem|quelqu'un|jemanden|a|un|una|um|uma|une|einen|eine)? _? (like|como|comme|wie) (me|yo|eu|moi|mich|mim)
(someone|somebody|alguien|alguem|quelqu'un|jemand|jemanden|profile|profil|perfil) (like|como|comme|wie) (me|yo|eu|moi|mich|mine|mio|meu) (to|para|pour|zu|pra)? (land|get|join|entrar|rejoindre|unirse|sumarse|fit|encajar|encaixar)
hiermit bewerbe
(konnten|konnen|wurden) (sie|du) mich ... ... ... (empfehlen|vorschlagen)
mich (intern)? (empfehlen|weiterempfehlen)
(open|offen|abierta|abierto|aberta|aberto|ouverte|ouvert) (to|fur|a)? (remote)? (hires|hiring|candidates|applicants|bewerbungen|candidaturas|candidatures)
(know|ask|inquire|enquire|saber|preguntar|perguntar|savoir|demander) (about|sobre|sur|por|pelas)? (the|las|as|les|os|los)? _? (openings|vacancies|positions|roles|vacantes|vagas|postes)
(tengas|tuvieras|tenga|tuviera|tenhas|tivesse) (presente)
(stellt|stellen) (ihre|eure|deine|die|ihr|euer) _? _? ... ein ?
(like|want|need|love) (an|a) (internship|job|placement|traineeship|apprenticeship)
(en|d'en) faire partie
(uber|auf) (eine|die) (chance|moglichkeit) (freuen|freue)
(mochte|mochten|will|wurde|wurden) (mich)? (gerne|gern|hiermit)? bewerben
(gustaria|quisiera|quiero|queria|gostaria|adoraria|encantaria) (de)? (postular|postularme|postularme|candidatar|aplicar)
(like|love|want|wish) to apply (for|to)
(j'aimerais|souhaite|souhaiterais|voudrais|aimerais) (postuler|candidater)
(if|si|se|falls|wenn) @my (profile|profil|perfil|cv|background|experience|experiencia) (suits|fits|matches|encaja|encaixa|convient|passt|corresponde|correspond)
(love|like|want|dream|keen|eager) to be (a)? part of
(gern|gerne) teil (davon|eures|ihres|deines|des|der)
teil davon (werden|sein)
(aportar|contribuir|apporter|contribuer|beitragen|aportando) (desde|von)? (dentro|innen)
apporter ma pierre
(who|whoever|wer|quien|quem) (hires|recruits|recrute|recruta|contrata|selecciona|seleciona|einstellt|rekrutiert)
wer ... (stellen|stelle) ... (besetzt|vergibt)
(lleva|gestiona|cuida) (la)? (seleccion|contratacion|reclutamiento|selecao|contratacao)
(personne|person|persona|pessoa) (qui|who|que|die) (recrute|hires|recruits|contrata|recruta|einstellt|rekrutiert)
(anything|something|algo|quelque|etwas) (opens|comes|open|surge|surgir|abre|s'ouvre|frei) (up)?
(aqui|here) (tienes|teneis|tiene|you) (have)? (a)? (alguien|someone)
(send|share) (over|across|along)? @my (background|profile|perfil|profil|experience|experiencia)
`), ExceptLines: (`
(part|parte|partie|teil) ... (network|networks|netzwerk*|red|rede|reseau|contacts|kontakte|contactos|contatos|comunidad|community|communaute)
`)},

	// Softer asks: keep me in mind, consider me, pass on any lead. After an
	// interview, these are welcome.
	{W: 3, Skip: []Relationship{Interviewer}, Lines: (`
(piensa|pensad|piense|piensen|pensa|pense) (en|em) (mi|mim)
(si|se|caso|falls|wenn|if) ... (necesit*|precis*|besoin|brauch*|busca*|cherch*|procur*|such*|need|needs) (de|a)? (alguien|alguem|quelqu'un|jemanden|jemand|reforco|refuerzo|renfort|verstarkung|unterstutzung|someone|somebody)
(necesitas|necesitais|necesitan|precisas|precisam|precisa|brauchst|braucht|brauchen|cherchez|cherches|need) (a)? (alguien|alguem|quelqu'un|jemanden|someone|somebody) (para|pra|pour|fur|for|en|em|im|in|no|na|dans)
(open|offen|abierto|abierta|aberto|aberta|ouvert|ouverte) (to|a|para|pour|fur) (conversations|conversaciones|conversas|echanges|gesprache|explorar|explorer|y|contribuer|contribuir) ... (there|ahi|ali|la|dort|y)
(place|lugar|sitio|endroit|ort) (i'd|i|me|j'aimerais|ich) ... (go|ir|aller|gehen|work|trabajar|trabalhar|travailler|arbeiten) (next|despues|depois|ensuite)
(tenedme|tenednos)
(think|thinking|thought) of me
pens* en mi $
(be|being) considered
(ser|be|etre) (lembrad*|recordad*|remembered|considerad*|considere*)
(consider|considerer) (me|ma)
(consider*|berucksichtig*|tener|levar|prendre|tenir) (en|em)? (cuenta|conta|compte)? @my (profile|perfil|profil|cv|resume|application|candidatura|candidature|bewerbung)
(considerarme|considerame)
(consider*|hire|hiring|contrat*|embaucher|einstellen|take) (a)? (someone|somebody|alguem|alguien|quelqu'un|jemanden) (like|como|comme|wie) (me|mim|mi|moi|mich|yo|eu)
jemanden wie mich _? (einstellen|nehmen|brauchen|gebrauchen)
(tenerme|tenme|tengame|tenganme) en cuenta
me (ten*|tuv*|tien*|tom*) (muy)? en cuenta
pens* a moi
(denk*) _? _? an mich
(me|mich|cv|resume|profil*|perfil) (on|in|en|em|im|sous|sur) (file|mind|radar|tete|mente|hinterkopf|coude)
mich ... ... im hinterkopf
(futur*|zukunftig*|kunftig*|proxim*|kommend*|upcoming|eventu*|potential*|posibl*|possib*|possiv*) @post
berucksichtig*
lembr* (se)? de mim
(acuerdate|acordate|acuerdese|recuerdame|recordame) de mi
an mich denk*
(me|mi) (da|de|dar) (um|un) (toque|grito|aviso)
heads up
(hat|name) in the (ring|hat|mix)
(be|me) in the running
(me|be|stay|get|mich) (on|in|auf) @your radar
(keep|put) me in the loop
(be|stay) in the loop
any chance (they|you|ur|your|the) _? _? (need|needs|hiring|hire)
(if|si|se|falls|wenn|caso) (the|la|le|el|o|a|das|die|your|votre|ton|ta|tu|su|seu|sua|ihr|ihre|euer|eure|dein|deine)? _? (team|equipe|l'equipe|equipo|equipa|service|area|abteilung|bureau|office|escritorio|oficina|buro) (grows|s'agrandit|crece|cresce|wachst|expands|grandit|aumenta|agrandit|grandisse|crescer|crecer|expanda|expand)
(if|si|se|falls|wenn|caso) ... (need|needs|needing|necesitas|necesitan|necesitais|precisar|precisarem|precisam|besoin|brauchen|braucht|brauchst) (a|an|un|una|um|uma|einen|eine|d'un|d'une|another|otro|otra|outro|outra|autre)? _? @role
just (putting|throwing|put|throw) it out there
(si|se|if|falls|wenn) (sabes|sabe|saben|sabeis|know|hear|hears|entends|entendez|erfahrt|erfahrst|souber|souberes|ouvir) (de|of|about|von)? (algo|something|anything|quelque|etwas|alguma|algo)
(cualquier|qualquer|any|toute) (dato|dica|pista|lead|leads|piste|tip|tips|hint|info) (se|e|is|sera|will)? (agradece|agradecida|agradecido|bienvenido|bienvenida|welcome|appreciated|bem|bienvenue)
(even|aunque|aun|mesmo|meme|auch|incluso) (sea)? (unpaid|gratis|benevole|unbezahlt|voluntario|voluntaria|free)
(contribuer|contribuir|contribute|beitragen|aportar) (a|to|zu|al|ao|para|en)? (son|su|sus|seu|sua|its|their|your|votre|vos|ihrer|ihrem|vuestro|vuestra|la|le|el|o|a|the)? (developpement|desarrollo|desenvolvimento|growth|crecimiento|crescimento|croissance|wachstum|entwicklung|succes|exito|sucesso|success|aventure|proyecto|projeto|projet|mission|mision|missao)
(cas|caso) (ou|de|que|em) ... (constitu*|recrut*|renforc*|mont*|besoin*|necesit*|precis*|arm*|form*)
(take|takes|taking) on (new|newly|junior|more|recently)? (qualified)? (graduates|juniors|apprentices|interns|trainees|technicians|staff|people|hires|grads)
(stellt|stellen|stellst|nimmt|nehmen) ... (ein|auf) ?
(needing|necesitando|precisando|brauchen) (a|an|un|una|um|uma|einen|eine)? @role
(ich) (bin) da $
(hatte|hab|habe) (grosse|richtig|total|echt|sehr)? lust $
(case|portfolio|arbeiten|trabajos|trabalhos|projets|projekte|lebenslauf|cv) (studies)? (findest|finden|encuentras|encontras|encontra|trouvez|trouveras|find) (du|sie|you|vous)? (im|in|en|no|na|sur|on|auf) (mein|meinem|my|mi|meu|mon)? (profil|profile|perfil)
(that's|thats|c'est|es|e|ist) (pretty|exactly|totally|genau|exactement|exactamente|exatamente)? (much)? (my|mon|mi|meu|mein) (thing|truc|rollo|praia|ding|domaine|campo)
(formar|fazer|faire|be|sein) (parte|partie|part|teil) (de|of|von)? (algo|something|quelque|etwas|isso|eso|ca) (asi|assim|comme|like|so|parecido)?
(si|se|if) (sabes|sabe|know|hear|entends|souber|souberes) (de|of|about|von)? (algun|alguna|algum|alguma|any|some|un|une|einen|eine) _? (que|that|who|qui|der|die) (busque|busca|procure|procura|cherche|sucht|needs|seeks|need|necesite|precise)
(apoyaria|ayudaria|ajudaria|apoiaria|aiderais|aiderai|helfen|help) ... (si|if|se|falls) (lo|me|you|vous|sie)? (requieren|requiere|necesitan|necesita|need|needs|precisam|precisar|besoin|brauchen|braucht)
me (dirais|dirias|diria)
(staffing|gearing|ramping|tooling) up
short (handed|staffed)
(estar|ficar|rester|bleiben|be|stay|being) (en|no|on|sur|auf|in) (el|o|le|dem|the)? radar
(d'en|en) faire partie
(fazer|formar) parte (da|do|del|de|dela|dele) _? (equipa|equipe|equipo|time)
(offen|open|abierto|abierta|aberto|aberta|ouvert|ouverte|disponible|disponivel) (fur|to|a|para|pour) (einen|a|un|una|um|uma|une)? (wechsel|move|change|cambio|mudanca|changement)
(if|si|se|falls|wenn) (crews|teams|team|equipos|equipo|equipas|equipa|equipes|equipe|l'equipe|el|la|o|a|die|das|the)? ... (put|formed|built|assembled|arman|arma|forman|montan|monta|constitue|construit|formar|montar|aufgebaut|gebildet|aufstellt|aufgestellt|staffing|grows|crece|cresce|grandit|wachst)
(buscabais|buscaban|buscabas|buscaba|procuravam|procuravas|procurava|cherchiez|cherchais|cherchait|suchtet|suchten|suchtest) _? (un|una|um|uma|un|une|einen|eine|a|an)? @role
(take|taking|use|hire|hiring|bring) (on)? (freelance|freelancers|contractors|subcontractors|freelancer|temps|externos|externe|freies|freie)
(i'm|im) in $
(any|toutes|todas) (les|las)? (lead|leads|pistes|pistas)
(think|thinking) (on|about) me
lembr* te de mim
moi en tete
`), ExceptLines: (`
(thanks|thank|cheers|gracias|merci|danke|obrigado|obrigada) (you)? (for)? (the|your)? heads
heads (up)? :
^ (ainda|still|todavia|aun|encore|noch)? (te|tu|se|vous)? (lembra|lembras|recuerdas|remember|erinnerst|souviens|souvenez) (se|te|tu|you|du|vous)? (de|of|dich|an)? (mim|mi|me|mich|moi) ?
(auditoria|consultoria|assessoria|asesoria|mentoria|traduccion|traducao|traduction|formacion|formacao|formation|audit|audits)
`)},

	// Let me know, tell me: an ask when the note is a job seeker's.
	{W: 1, Skip: []Relationship{Interviewer}, Lines: (`
(avisame|bescheid|hazme)
(parlons|discutons) en
me (avisa|avise|fala|diz)
(dis|dites|sag|sagt) (moi|mir)
let me know
fais moi signe
hear from you
me (chama|chame|escreve|escrib*|avises)
(melde|meld) dich
(uber|sur|por|de) (eine|un|una|uma|um) (nachricht|message|mensaje|mensagem)
`)},

	// Offering their services, wanting to join their team, work for them.
	{W: 2, Skip: []Relationship{Interviewer}, Lines: (`
(join|joining) (your|the)
(join|joining) N
(entrar|ingresar|entrer) (en|a|em|na|no|chez|dans) _? (empresa|equip*|team|company|entreprise|firma|time)
(rejoindre|integrer|integrar|integrarme|unirme|sumarme)
@my (servic*|dienst*)
(motiv*|eager|keen|hungry)
me (sumo|apunto)
(be|being) (a)? part of
(formar|fazer|faire|ser) (parte|partie)
dabei (sein|ware|waren)
(ware|waren) (ich|wir)? (gern|gerne) ... dabei
(sumar|aportar|apportant|apporter) (mi|ma|mon)? (granito|grain|pierre|experiencia|experience)
(be|being) in the (conversation|mix|running)
(a|afim) fim? de (uma|um)? @post
(offene|open|abiertas|abertas|ouverts|ouvertes|vacantes|disponibles) (stellen|positionen|positions|roles|posiciones|posicoes|vagas|postes)
teil (eures|ihres|deines)
(start*|begin*|empez*|comenz*|comec*|commenc*|debut*|anfang*|einsteig*) (as|como|comme|als)
(contribute|contribuir|contribuer|anpacken|solliciter|sollicite|einzusteigen|mitzuarbeiten|mitarbeiten|mitwirken)
(interest*|interes*|interess*) ... @job
@labor (with|for|at|con|para|en|na|no|chez|bei) N
(in|bei|fur|an) @their ... (arbeiten|anfangen|einsteigen)
(bei|fur) N (zu)? (arbeiten|anfangen|einsteigen)
(chance|moglichkeit|possibilit*|opportunit*|oportunida*) (in|at|with|en|na|no|dans|bei|im) @your
(hacer|fazer|faire|machen|absolvieren) _? (practicas|estagio|stage|praktikum)
(i'd|i|me|i'm) (be|would|could|will|a) ... (fit|asset|addition)
preneur
(gern|gerne) dabei
dabei (sein|zu)
(trabajar|trabalhar|travailler) (en|em|na|no|chez|dans|para|pour) (a|o|la|el)? @your
(to|love|like) (work|working) (in|at|for) @your _? (team*|company|firm|organi*)
(interest*|interes*|interess*) (in|en|em|an|de|to)? (working|work|trabajar|trabalhar|travailler|mitarbeit|joining|rejoindre|integrar*)
mitarbeit
(apporter|aportar|contribuer|contribuir|beitragen) (ma|mon|mi|mis|minha|meu|meine|meinen)? (pierre|grano|grao|contribution|contribucion|contribuicao|experience|experiencia|expertise|erfahrung)
(under|sous|bajo|sob|unter) (your|votre|ta|su|sua|seu|tua|ihrer|deiner) (supervision|direction|direccion|direcao|orientacao|betreuung|leitung|guidance|tutela)
(ravi|ravie|heureux|heureuse|content|contente) d'en etre
(springe|springen) (ich|wir) (gern|gerne)? ein
(i'm|im) your (girl|guy|man|woman|person|gal|lad)
(pair|set) of hands
(i'd|i) (would)? jump at
(sais|know|sabes|weisst) (ou|where|donde|onde|wo) (me|mich) (trouver|find|encontrar|findest)
know where to find me
(interesa|interessa|interesse|interested|interessiert|interesado|interesada|interessado|interessada) (en|in|em|a|de)? (formar|fazer|faire|joining|join|rejoindre|integrar|sumarme|being)
(estar|participar|trabajar|trabalhar|etre|sein) (nesse|neste|desse|deste|ese|este|ce|cette|diesem|dem)? (projeto|proyecto|projet|projekt|equipo|equipe|time|team) (com|con|avec|mit) (voces|vcs|ustedes|vous|euch|ihnen)
(seat|spot|room|espaco|espacio|platz) (for|para|pour|fur) (a|an|un|una|um|uma|une|ein|eine|einen|me|mim|moi|mich)
(espaco|espacio|place|room|platz) (no|en|dans|in|na|im) (grupo|equipe|equipo|time|team|labo|lab|laboratorio|gruppe) (para|pour|for|fur)
`), ExceptLines: (`
(eager|keen) to (hear|learn|know|see|read|follow|compare|swap|chat|talk)
@your (trabajo|trabalho)
(parte|part|partie|teil|join|joining|rejoindre|integrer|integrar|integrarme|unirme|sumarme) ... (network|networks|netwrok|netowrk|newtork|netwok|red|rede|reseau|rete|contacts|contactos|contatos|connections|relations|contatti|netzwerk*)
(pessoas|people|personas|personnes|leute|gente|someone|alguien|alguem|profil*|perfil*) (motiv*|eager|keen|hungry)
(offene|open|abiertas|abertas|ouverts|ouvertes|vacantes) _ ... (besetzen|fill|filling|cubrir|preencher|pourvoir)
(fill|filling|cubrir|preencher|pourvoir|besetzen) (your|their|vos|sus|suas|seus|ihre)? (offene|open|abiertas|abertas|ouverts|ouvertes|vacantes)
`)},

	// Applying.
	{W: 1, Skip: []Relationship{Interviewer}, Lines: (`
(apply|applied|applying|aplicar|aplico|postular*|postule*|postulo|candidat*|bewerbe|bewerben|beworben)
`), ExceptLines: (`
(candidat*) (a|an|au|para|zum)? _? (phd|doctora*|master)
`)},

	// Asking for a relative: a son, a niece, a partner who seeks work or
	// has just qualified ("mein Sohn hat seine Ausbildung abgeschlossen",
	// "my sister just qualified as a physio").
	{W: 2, Note: true, Skip: []Relationship{Interviewer}, Lines: (`
(my|mi|mis|meu|minha|mon|ma|mein|meine|meinem|meiner) (son|daughter|sister|brother|nephew|niece|partner|wife|husband|cousin|cousine|sohn|tochter|schwester|bruder|neffe|nichte|hijo|hija|hermana|hermano|sobrino|sobrina|pareja|filho|filha|irma|irmao|sobrinho|sobrinha|fils|fille|soeur|frere|neveu|niece|companera|companero|esposa|esposo|marido|mulher) ... ... (seeks|looking|sucht|busca|procura|cherche|qualified|graduated|finished|abgeschlossen|formado|formada|formou|diplome|diplomee|termino|terminou|acabo|se|moving|umzieht|muda|demenage|adorava|adoraria|would|wurde|quiere|quer|veut)
`)},
	// Their team's plans asked about, the sender being one who could
	// join: "Plant ihr bei SAP noch Leute ein?", "¿tenéis pensado ampliar
	// el equipo?", "comment allez-vous constituer l'équipe ?"; and the
	// sender's own wish to move, or days free.
	{W: 1, Note: true, Skip: []Relationship{Interviewer}, Lines: (`
(plant|plan|planning|plans|pensado|pensando|pensar|planeais|planean|prevoyez|comptez|allez) ... ... (team|teams|equipo|equipa|equipe|l'equipe|leute|staff|people|gente|personal|side|lado|mannschaft|belegschaft) ... ... ?
`)},
	// The two add up: "What are Monzo's plans for the platform team?
	// Asking with one eye on my own next move."
	{W: 1, Note: true, Skip: []Relationship{Interviewer}, Lines: (`
(my|mi|meu|mon|mein|meinen) (own)? (next|proximo|proxima|prochain|prochaine|nachsten|nachste|nachster) (move|thing|step|role|chapter|challenge|paso|passo|etape|schritt|gig|job)
(mirando|pensando|querendo|envie|lust|looking) (de|to|a|auf|para)? (cambiar|mudar|changer|wechseln|move|switch)
changer d'air
(bin|am|i'm|estoy|estou|suis) (ich)? (frei|free|libre|livre)
(free|frei|libre|livre|disponible|disponivel|available) (from|ab|desde|a|des|partir) #?
`)},
	// Someday, one day: the wish behind a soft ask.
	{W: 1, Skip: []Relationship{Interviewer}, Lines: (`
(someday|irgendwann|ojala)
(one|algun|um|un|eines) (day|dia|jour|tages)
`)},

	// Available.
	{W: 1, Lines: (`
(available|disponi*|verfugbar|immediat*|imediat*|inmediat*|sofort|around|kapazitat*|parages|partant*)
(ping|contact|message|schreib*|meld*) (me|mich|mir|moi)
me (contact*|contat*)
(message|call|email) away
aqui me tien*
(ready|listo|lista|pronto|pronta|pret|prete|bereit) (to|para|a|pour|zu)? (start*|empez*|comenz*|comec*|commenc*|demarr*|anfang*|loslegen)
(startklar|startloch*)
(aqui|aca|por) (estoy|estou|to|ando|aqui)
@disp
`), ExceptLines: (`
(is|are|ist|sind|est|sont|esta*) _? (available|disponi*|verfugbar)
`)},

	// A CV sent, attached or passed on to HR.
	{W: 1, Lines: (`
@send ... @sent
@sent ... @send
pt: (indica*|compartilh*)
`), ExceptLines: (`
(por|pela|via) indicac*
indic* (me)? _? _? (contact*|contato*|email|nome|nombre|responsa*|pessoa|persona|person)
`)},

	// If a role opens, if they need someone.
	{W: 1, Skip: []Relationship{Interviewer}, Lines: (`
(if|should|si|se|caso|case) ... @cond
(falls|wenn) ... ... @cond
`)},
	// Whether their team grows or takes people like the sender, asked
	// outright: "is the mobile team growing with the new round?", "Bauen
	// Sie das Team in St. Gallen gerade aus?", "¿Buscáis perfiles así?".
	// With the sender's own trade told just before, a job ask.
	{W: 3, Skip: []Relationship{Interviewer}, Lines: (`
(team|teams|equipo|equipe|l'equipe|equipa|time|abteilung|crew|squad) ... (growing|expanding|crece|creciendo|cresce|crescendo|grandit|s'agrandit|wachst) ... ?
(agrandir|renforcer|etoffer|ampliar|expandir|grow|expand|erweitern|vergrossern) ... (team|equipe|l'equipe|equipo|equipa|time) ... ?
(baut|bauen|baust|erweitert|erweitern|verstarkt|verstarken) (sie|ihr|du)? ... (team|abteilung|bereich|standort) ... ... aus ?
(buscais|buscan|buscas|procuram|procuras|cherchez|cherches|sucht|suchen|need|needs) (perfiles|perfis|profils|profiles|gente|leute|pessoas|personnes|people)
(rollen|roles|puestos|vagas|postes|stellen|plazas|sitio|lugar|platz|room|place) (fur|for|para|pour|pra) (leute|people|gente|pessoas|personnes|perfiles|perfis|profils|profiles) (wie|like|como|comme) (mich|me|moi|mim|yo|eu|mi)
(perfiles|perfis|profils|profiles) (asi|assim|pareils|similares|semelhantes|similar|similaires)
`), ExceptLines: (`
(how|como|comment|wie|what|que|quel|quelle|qual|cual|was|why|pourquoi|warum|porque|where|donde|onde|wo|quanto|cuanto|combien|wieviel|fast|quickly|rapido|vite|schnell) ... ... (growing|expanding|crece|creciendo|cresce|crescendo|grandit|s'agrandit|wachst|agrandir|renforcer|ampliar|expandir|grow|expand|erweitern|baut|bauen|aus)
`)},
	// If their team grows or is short of people.
	{W: 2, Skip: []Relationship{Interviewer}, Lines: (`
short (on|of|an)? (people|staff|hands|capacity|leuten|personal)
(if|si|se|wenn|falls) ... (grow*|expand*|crec*|cresc*|agrandi*|s'agrandi*|wachs*|etoff*|verstark*)
(if|si|se|wenn|falls) ... (building|armando|montando|formando|constituindo|construyendo|construisez|construis|montez|aufbaut|aufbaust|aufbauen) _? _? (team|equipo|equipe|equipa|time|l'equipe)
`)},
	{W: 1, Lines: (`
(someone|alguien|alguem|quelqu'un|jemanden) (like|with|como|com|con|comme|wie|mit) (me|my|mi|meu|mon|mein*)
(one|un|una|um|uma|ein|einen|eine) (more|mas|mais|weitere*)
(another|otro|otra|outro|outra|autre|weitere*) @role
`) + needLines},

	// Their team growing, told as news ("Fernway is growing its platform
	// team", "la métropole renforce son équipe"): with an offer to join, a
	// job ask, wherever in the note it is told.
	{W: 1, Note: true, Skip: []Relationship{Interviewer}, Lines: (`
(growing|expanding|building|scaling|crece|ampliando|expandiendo|montando|reforcando|renforce|agrandit|etoffe|baut|erweitert|verstarkt) (its|their|the|son|sa|leur|ses|su|sus|seu|sua|o|a|la|el|le|das|die|den)? _? _? (team|teams|equipe|equipo|time|abteilung|gruppe|departamento|departement)
(ihr|ihre|seine|das|die|den) _? _? (team|abteilung|gruppe) (ausbauen|ausbaut|erweitert|erweitern|verstarkt|verstarken|aufbauen|aufbaut)
`), ExceptLines: (`
(we|we're|i'm|nous|on|wir|ich|estamos|estoy|estou|somos|sommes|sind) (are|am|sommes|sind)? (growing|expanding|building|scaling|montando|ampliando|renforcons|ausbauen|baut|erweitern)
`)},

	// Their team or company.
	{W: 1, Lines: (`
@your _? (team*|company|firm|equipo|empresa|area|equipe|equipa|entreprise|service|cabinet|abteilung|unternehmen|side|lab*|depart*|klinik|clinic*|agen*|studio|curro|boite|boulot|taf|laburo|chamba|trampo|bude|laden|crew|cuadrilla)
(seu|teu|desse|deste|nesse|neste|o) time
(equipe|team|equipo|equipa) (comme|like|como|wie) _? (votre|yours|tuyo|suyo|seu|sua|teu|tua|ihr*|dein*)
(chez|bei) (vous|ihnen|euch)
(ai|aqui) na
(equipe|equipo|time|team) de (voces|ustedes)
(quadro|plantilla|effectif*|belegschaft)
@your _? firma
`)},

	// What weighs against: advice asked, a question about their path, a
	// talk of theirs, a recruiter writing, congratulations.
	{W: -3, Note: true, Lines: (`
(advice|guidance|tips|pointers|insight*|consejo*|conselho*|dica*|conseil*|ratschlag*|tipps|feedback)
(mir|me) (raten|empfehlen|conseiller|aconsejar|aconselhar)
(welchen|einen|deinen|ihren|um) rat
not (asking|looking) for a job
(olhar|look|mirar|regarder|revisar|review) (at|a|um|uma|em|no|un|sur)? _? @my (portfol*|portafolio|reel|book|work|trabalho*|trabajo*)
(help|helping|ayudo|ayudamos|ajudo|ajudamos|aide|aidons|helfe|helfen|coach|coaching|accompagne) (a|to)? _? _? _? (land|conseguir|encontrar|find|trouver|decrocher|finden|get) (a|un|una|um|uma|their|sus|seus|leur|leurs|ihren|ihre)? _? (job|jobs|roles|role|trabajo|trabalho|emprego|empleo|poste|postes|stelle|stellen)
`), ExceptLines: (`
(vendeur|vendeuse|cabinet|cabinets|societe|secteur|metier|metiers|poste|postes) (de|du|en)? conseil
`)},
	{W: -2, Lines: questionLines, ExceptLines: (`
(jemanden|jemand|alguien|alguem|leute|personas|pessoas|profile|perfiles|perfis|people|gente|personnes|profils|profiles) (wie|como|comme|like)
`)}, // "jemanden wie mich" compares; it asks no "how"
	// A note that asks for advice or for their story: what it says of the
	// sender's search is context, not the ask.
	{W: -2, Note: true, Lines: (`
(which|what|how|cual|qual|quais|quel|quels|quelle*|comment|welche*) ... ... ?
^ (que|o) (que)? _ ... ... ?
(tell|share|contar*|cuentame|dire|raconter|erzahl*) ... (how|what|como|que|qual|comment|wie|was)
(what|which|quel*|qual*|cual*|welche*) (skills|skill|competenc*|kompetenz*|habilidades|qualific*|qualifik*)
`)},
	{W: -1, Lines: topicLines},
	// A freelancer's service: work made for clients, or the trade named
	// with "freelance" after it ("traductor freelance"). A pitch, not a job ask.
	{W: -2, Note: true, Lines: (`
@service ... @for ... @client
@provider (freelance|freelancer|freela)
(i'm|im|soy|sou|suis|bin|als|as) @a? _? _? (photograph*|fotograf*|videograf*|videograph*|illustr*|ilustr*|tradu*|translat*|ubersetzer*|copywrit*|texter*|redact*|hochzeitsfotograf*|eventfotograf*|produktfotograf*)
`)},
	{W: -3, Note: true, Lines: easyMoneyLines},
	{W: -3, Note: true, Lines: "executive search"}, // a headhunter's trade: vacancies they fill, not seek
	{W: -3, Note: true, Lines: recruiterLines, ExceptLines: (`
habe mich
j'ai (candidate|postule)
(you're|youre|you|u|voce|vc|vous|tu|du|sie|usted|eres|es|e|bist|sind|etes|ur|ser) (are|r|a|an|um|uma|un|una|une|ein|eine|als|as|como|comme)? _? _? (talent|recruiter*|recrut*|reclut*|headhunt*|personalberat*)
(the|la|le|el|o|des|for|pour|para|of|recrute|recruiting|hiring|sucht|contratando) _? talent (partner*|acquisition)
talent (partner*|acquisition) _? _? (position|role|job|poste|stelle|vaga|puesto|vacante|opening)
`)},
	{W: -1, Lines: (`
@congrats
`)},
	// A word put in for the sender is asked for, interview or not
	// ("könnten Sie ein gutes Wort für mich einlegen?").
	{W: 5, Note: true, Lines: (`
(word|wort|palabra|palavra|mot) (for|fur|por|pour) (me|mich|mi|mim|moi)
(put|putting) in a (good)? word
(falar|hablar|parler|sprechen|speak) (bien|bem|gut|well) (de|von|uber|of)? (mim|mi|moi|mir|mich|me)
(recomendar|indicar|recommander|empfehlen|recommend) (me|mich|moi)? (con|a|to|bei|aupres|para|pra) (alguien|alguem|someone|somebody|quelqu'un|jemandem|jemanden)
(put|putting|pass|passing|drop|dropping) my name (in|forward|through)
(palavrinha|palabrita|petit) (por|para|pour) (mim|mi|moi)
(toucher|glisser|dire) (un|deux) (mot|mots) (a|au|pour)
mich _? weiterempfehlen
`)},
	// Thanks for an interview: whatever follows about future roles is the
	// welcome kind, as with the interviewer relationship.
	{W: -5, Note: true, Lines: (`
(thank*|merci|gracias|obrigad*|danke|dank) (you)? (so|very|beaucoup|mucho|muito)? (much)? (for|pour|por|pela|pelo|fur) (the|la|el|a|o|das|our|this)? (interview|entretien|l'entretien|entrevista|vorstellungsgesprach*)
`), ExceptLines: (`
(interview|entretien|entrevista) (tips|advice|prep*|questions|consejos|dicas|conseils|tipps)
`)},
}

package rules

// Cues that the note names common ground, for no-common-ground (and, since
// shared ground is a reason to connect, for no-reason): something of theirs
// the sender read, watched or attended ("vi tu charla", "j'ai lu votre
// article", "Ihr Vortrag auf der JavaLand"), an event both were at, a school,
// group or employer both belong to, a mutual contact, or a named achievement
// of theirs. Seeing their profile, or the job they hold, is not common
// ground.

// groundCues weigh towards common ground; two make it.
var groundCues = []cue{
	// A talk, post or paper of theirs, something they made, said or led.
	{W: 2, Lines: (`
@their ... _? @work
`), ExceptLines: (`
(for|para|pour|fur) @their (project|projects|proyecto|proyectos|projeto|projetos|projet|projets|projekt|projekte)
@their (posts|publicaciones|publicacoes|publications|beitrage|contenidos|conteudos|contenus|inhalte|content) (are|son|sao|sont|sind)? (always|siempre|sempre|toujours|immer)
(para|for|pour|fur) (una|an|a|une|ein|um|uma)? (entrevista|interview|entretien)
@grow (su|sus|seu|sua|seus|suas)
`)},

	// A talk, post or paper of theirs praised or named; something of theirs
	// the sender uses or builds on ("uso seus roteiros", "j'utilise vos
	// fiches", "the Kotlin port of your parser"); hearing of them through a group or a person ("soube pelo
	// grupo de alunos", "heard through Local 597"); a conversation of
	// ours ("suite à notre échange"). One list, to weigh less.
	{W: 2, Lines: (`
@their (team's|studio's|lab's)
@their " ... " _? _? @work
@their _ : _ _? @work
(organizas|dinamizas|coordenas|coordinas|fundaste|organisez|animez|organisierst|moderierst)
you (were|was) (on|in|at|part)
(you|que|that) (you|voce|vc|usted|tu|vous)? (made|graduated|wrote|built|created|gave|published|posted|shared|designed|organized|hosted|presented|founded|escribiste|publicaste|presentaste|diste|creaste|hiciste|lideraste|escreveu|publicou|apresentou|postou|criou|fundou|projetou|liderou)
(habeis|has|han|avez|haben|hast|habt) (construido|creado|hecho|lanzado|disenado|desarrollado|publicado|construit|cree|lance|gebaut|entwickelt)
(you|voce|vc|usted|vous|sie|du|que) (voce|vc)? (organiza|dinamiza|coordena|coordina|fundou|criou|organise|organize|run|host|founded|organisez|animez|organisieren)
(you|vous|voce|vc|usted|sie|du|tu) (write|wrote|say|said|argue|argued|recommend|recommended|mentioned|conseillez|dites|ecrivez|escribes|escribiste|dices|dijiste|diz|disse|escreve|escreveu|falou|falaste|mencionaste|mencionou|comentaste|comentou|contaste|contou|sagtest|meintest|erwahntest)
(schreiben|sagen|empfehlen|meinen|schreibst|sagst) (sie|du)
(loved|enjoyed|liked|read|watched|attended|adore|aime|lei|li|adorei|gostei|curti|assisti|asisti|lu|gelesen|gesehen|followed|acompanhei|segui|suivi) (the|la|el|o|a|le|los|las|os|as|les|der|die|das|den) ... @work
(thank|thanks|gracias|obrigado|obrigada|merci|danke|dank|agradecer|agradecerte|agradecerle|agradezco|agradeco|bedanken|remercier|remercie) ... @work
(chapter|capitulo|chapitre|kapitel|episode|episodio|folge) # (on|about|sobre|sur|zu|uber|de|da|do|du|von|was|fue|foi|war|est)
(chapter|capitulo|chapitre|kapitel|episode|episodio|folge) # (deines|ihres|deiner|ihrer|of|de|do|da|du|von|your|tu|su|seu|sua|votre|ton)
de: (habe|hab|haben) (sie|dich|euch) (im|in|auf|bei|beim|am) ... ... (gehort|gesehen|gelesen|erlebt)
de: (meinte|sagte|erwahnte|empfahl) ,? (sie|du|ihr|dass|mich|mir)
(said|mentioned|suggested|disse|dijo|dice|diz|falou|comento|comentou|menciono|mencionou|sagte|meinte|erwahnte) (me|mir|moi)? (that|que|dass)? (you|you're|youre|voce|vc|usted|tu|vous|sie|du)
(denselben|gleichen|same|mismo|mesmo|meme) (weg|path|camino|caminho|chemin|parcours|route)
(hab|habe|read|finished|lu|devore|lei|li|leido|termine|terminei|acabe) "
(thank|thanks|gracias|obrigado|obrigada|merci|danke|dank) ... (help|aide|hilfe|ayuda|ajuda|support|apoyo|apoio|soutien|unterstutzung|feedback|advice|conseils|consejo|rat)
@their _? _? work (on|about|around|sobre|sur|zu|uber)
@their (portfolio|portafolio) (de|of|on|en|no|na|sur|auf)
@their (team|company|lab|group|equipo|equipe|time|empresa|entreprise|firma) (published|released|launched|shipped|wrote|built|ran|publico|lanzo|publicou|lancou|veroffentlicht)
(app|aplicativo|aplicacion|appli|produto|producto|produit|campanha|campana|campagne|podcast|canal|loja|tienda|boutique) ... (de|da|do|of) (voces|vcs|vos|vosotros|vous|you|ustedes)
(vuestra|vuestro|vossa|vosso|votre|eure|euer) (app|aplicacion|appli|producto|produit)
(uso|usei|use|used|using|tried|nutze|utilise|j'utilise|probe) (a|o|la|el|le|your|tu|su|seu|sua|votre|ihr|ihre|dein|deine)? _? (app|tool|product|producto|produto|herramienta|ferramenta|outil|logiciel|plataforma|platform|library|beta)
(talk|panel|session|atelier|workshop|demo|webinar|aula) (at|auf|en|na|no|au|a|beim|bei|in|de|du|da|do|from) (the|der|dem|la|le|el|o)? N
(fui|was|j'etais|war) (sua|seu|tu|su|your|votre|ton|ta|ihr|ihre|dein|deine) (aluna|aluno|alumna|alumno|student|etudiant|etudiante|estagiario|estagiaria|eleve|studentin|intern|mentee)
(vai|vas|va|will|going) (palestrar|hablar|falar|speak|presentar|parler|intervenir|sprechen)
(te|le|vous|dich|sie) (vi|vimos|escuche|escuchamos|vu|vue|ouvi|gehort|gesehen|entendu) (en|na|no|a|au|auf|bei|beim|hablar|falar|parler|sprechen|correr|presentar|moderar)
@saw you (in|on|at|speak|speaking|present|presenting)
@saw (you're|youre) (speaking|presenting|talking|hosting|running|on|at|giving|teaching|organising|organizing|moderating|judging)
@saw (you're|youre) in (the|our|my)
@saw (you|u) _? @work
^ (great|excellent|amazing|brilliant|strong|superb|gran|buena|excelente|genial|otima|otimo|boa|belle|beau|super|toller|tolle|starker|starke|spannender|spannende|klasse) @work
(found|came|discovered|encontre|encontrei|descubri|descobri|trouve|gefunden) (you|across|upon|te|lo|la|vous|sie|dich) ... (while|when|through|researching|searching|looking|mientras|enquanto|investigando|buscando|pesquisando|procurando|cherchant|recherchant|recherche|suche|recherchiert)
(use|using|used|uso|usamos|usei|utilizo|utilise|utilisons|j'utilise|nutze|nutzen|verwende|maintain|mantengo|mantenho|maintiens) @their
(port|fork|version|translation|traduccion|traducao|traduction|ubersetzung|based|basado|basada|baseado|basee|basiert) (of|on|de|del|da|do|du|des|en|em|sur|auf|von) @their
(heard|learned|learnt|soube|supe|entere|appris|erfahren|ouvi|escuche) (through|via|pelo|pela|por|par|uber|durch|thanks) _
(our|notre|nuestra|nossa|unser|unserem|unseren) (echange|conversation|call|chat|appel|conversacion|charla|llamada|conversa|gesprach|telefonat|austausch|rencontre|encuentro|encontro)
`), ExceptLines: (`
(use|using|uso|usar|utiliser|nutzen) @their (help|advice|expert*|experien*|insight*|time|feedback|support|data|dados|datos)
(via|through|por|par|uber|durch|from|von) linkedin
`)},

	// An event, or a meeting somewhere.
	{W: 2, Lines: (`
(at|during|after|by|en|durante|tras|despues|na|no|nas|nos|depois|au|aux|lors|pendant|apres|auf|beim|bei|am|im|nach|vom|zur|zum|from) ... @event
fr: a ... @event
for the ... @event
`), ExceptLines: (`
@mine ... @event
fr: nos ... @event
(organising|organizing|organiser|organizar|organise|hosting|host|running|join|unete|inscribete|inscreva|rejoignez|anmelden|invite|invitar|invitarte|convidar|einladen|register) ... @event
`)},
	{W: 2, Lines: (`
(met|meeting|chatted|spoke|crossed|conoci|conocimos|conocido|conocerte|coincidimos|coincidir|cruzamos|conversamos|charlamos|rencontre|rencontree|rencontres|rencontrees|croise|croisee|parle|echange|kennengelernt|getroffen|unterhalten|conhecer|conheci|conhece|conhecelo|conhecela|falamos) _? (at|in|en|na|no|au|aux|a|lors|auf|beim|bei|am|im|on|durante|during|chez)
de: (auf|bei|beim|im|am) (der|dem|den)? _ :? (und|&)? _? ... ... (kennengelernt|kennenzulernen|getroffen|gesprochen|unterhalten|ausgetauscht|zugehort|erlebt|gequatscht)
`), ExceptLines: (`
(never|nunca|jamais|nie|not|no|nao|pas|nicht) ... (met|crossed|rencontre|rencontres|croise|croises|getroffen|conocido|conoci|cruzamos|begegnet|kennengelernt|gesprochen|unterhalten|ausgetauscht)
`)},
	{W: 2, Lines: (`
(i'll|ill|will|vou|vamos|serai|serons|werde) (be|estar|aussi|auch|egalement)? (at|there|la|no|na|a|au|auf|beim|dort|bei)
de: (uns|wir|dich|sie|euch) ... (auf|beim|bei|am|im|in|an) ... ... (kennengelernt|getroffen|unterhalten|gesprochen|ausgetauscht|treffen|kennenzulernen|wiederzusehen|wiedergesehen|begegnet)
(nebeneinander|zusammen) (sassen|standen|gesessen)
`)},

	// A school, employer, group or trade both share.
	{W: 2, Lines: (`
(comme|como|wie) (vous|toi|tu|usted|voce|vc|sie|du|moi|yo|eu) (,|y|e|et|und|je|ich|yo|eu|i)
(como|comme|wie) (yo|eu|moi|ich)
(igual|tal) (que|como) (tu|usted|voce|a|o)
like you (,|did|do)
(worked|studied|trabajamos|estudiamos|trabalhamos|estudamos|bosse|travaille|etudie|estudie|trabaje|estudei|trabalhei) (together|juntos|juntas|ensemble|contigo|consigo)
(work|worked|working|study|studied) (with|alongside) you _? (at|in)
zusammen (im|an|bei|studiert|gearbeitet)
(in|on|en|no|na|dans|im) ... (group|slack|discord|community|grupo|comunidad|comunidade|groupe|communaute|gruppe|verein|club|chapter|circle)
`), ExceptLines: (`
(someone|people|professionals|companies|teams|leaders|shops|alguien|personas|gente|profesionales|empresas|alguem|pessoas|profissionais|caras|quelqu'un|personnes|gens|entreprises|leute|jemand) (like|como|comme|wie)
@mine ... (group|slack|discord|community|grupo|comunidad|comunidade|groupe|communaute|gruppe|verein|club|chapter|circle)
fr: nos ... (groupe|communaute|club|slack|discord)
(en|in|na|no) (grupo|group|groupe|gruppe) N
(never|nunca|jamais|nie|not|no|nao|pas|nicht) ... (together|ensemble|juntos|juntas|zusammen|worked|studied)
`)},
	{W: 2, Lines: (`
(fellow|alum|alumni|alumna|alumnus|classmate|classmates|batchmate|exalumno|exalumna|exalumnos|exalumnas|kommilitone|kommilitonin|camarade|camarades|companero|companera|companeros|companeras)
(ex|ancien|ancienne|anciens|anciennes|old) (alunos|alunas|aluno|aluna|eleve|eleves|student|students|de|du|des|colega|colegas)
(colega|colegas|collegue|collegues|kollege|kollegin) (de|da|do|du|des|del|aus|im|vom)
(como|comme|als|enquanto) (colega|collegue|kollege|kollegin|companero|companera|confrere|consoeur)
(ambos|ambas|beide)
(estudiaste|estudaste|estudou|studied|studiert|studiertest|etudie|etudiez|etudies) (lo|o|the|das|la|le)? (mismo|mesmo|same|gleiche|meme)
(another|otro|otra|outro|outra|autre|anderer|andere|weiterer|weitere|fellow) ... (grad|graduate|alum|alumna|alumnus|egresado|egresada|exalumno|exalumna|exaluno|exaluna|ancien|ancienne|absolvent|absolventin)
(na|en|a|at|zur|in|dans|durante|during) (la|a|the|der|die)? (mesma|misma|meme|same|gleichen|selben) (epoca|time|periode|zeit|tiempo|tempo|periodo)
(vi|saw|vu|gesehen|li|lei|read|lu) (que|that|dass)? (compartiste|compartilhou|compartilhaste|shared|partage|partagez|geteilt|publicaste|publicou|posted|escribiste|escreveu|ecrit)
(t'ai|t'avons|t'avais) (vu|vue|entendu|entendue|croise|croisee|rencontre|rencontree|ecoute|ecoutee) (a|au|aux|lors|pendant|chez|en|parler|presenter|intervenir|animer)
(we|we're|us|you) (are|were)? both
both (at|in|from|went|studied|worked|attended|spoke|work|members|alumni)
(los|las|os|as|nos) (dos|dois|duas)
(tous|toutes) les (deux|trois)
(i'm|im|am|soy|sou|suis|bin) (also|too|aussi|auch|ebenfalls|tambien|tambem) (a|an|un|una|um|uma|une|ein|eine|from|de|du|aus|at|bei|chez|member|miembro|membro|membre|mitglied|alum|alumni|alumna|graduate|egresado|egresada|formado|formada|diplome|diplomee|ex)
(moi|yo|eu|ich) (aussi|tambien|tambem|auch)
auch (ich|wir)
(travaille|bosse|trabajo|trabalho|arbeite|work|studied|studiert|estudie|estudei|etudie) (aussi|tambien|tambem|auch|too)
(soy|sou|suis|bin|i'm|im) (also|aussi|auch|ebenfalls|tambien|tambem|selbst|selber) @role
de: (arbeite|grunde|studiere|forsche) selbst
(also|tambien|tambem|aussi|egalement|auch|ebenfalls) (work|worked|studied|estudie|trabajo|trabaje|trabalho|trabalhei|estudei|travaille|etudie|arbeite|studiere|went|attended|use|uso|pase|passei|fui|estuve|estive|vengo|venho|from|de|aus|at|bei|chez)
(you|voce|vc|tu|usted|vous|sie|du) (also|tambem|tambien|aussi|auch)
(same|mismo|misma|mesmo|mesma|meme|gleiche|gleichen|selben) _? (kurs|vorlesung|seminar|lehrgang|klasse|school|university|uni|company|team|class|program|course|escuela|universidad|empresa|equipo|promo|curso|facultad|universidade|equipe|turma|faculdade|escola|ecole|universite|classe|prepa|firma|schule|jahrgang|abteilung|network|red|rede|reseau|netzwerk|associa*|asociacion|verein|club|cohort*|programa|programme|incuba*|accelera*|acelera*|group|groups|grupo|grupos|groupe|gruppe|comunidad|comunidade|community|communaute|slack|discord|meetup|chapter|capitulo|chapitre|forum|foro|forum)
(also|tambien|tambem|aussi|auch|ebenfalls|too) (me|mich)? (formei|forme|gradue|graduei|recibi|licencie|graduated|diplome|diplomee|promoviert|abgeschlossen)
de: auch (an|in|bei|am|im) ... (studiert|gearbeitet|gelernt|promoviert|abgeschlossen|gemacht)
(egresad*|graduad*|formad*|alumn*|estudie|estudei|studied|graduated|diplome*|ex) ... (como|like|comme) (vos|tu|voce|vc|usted|you|toi|vous)
de: wie (sie|du) (bin|habe|hab|an|am|bei|in|im|auch|war|komme|arbeite)
de: (habe|bin|war|ich) wie (sie|du)
(where|onde|donde|ou) (you|voce|vc|tu|vous)? (se|te)? (studied|graduated|worked|formou|estudou|trabalhou|graduaste|estudiaste|trabajaste|avez)
`)},

	// Someone both know, or who sent the sender.
	{W: 2, Lines: (`
(suggested|recommended|referred|introduced|mentioned|told|sugeriu|sugirio|recomendou|recomendo|indicou|empfahl) (me|i|that|you|you'd|you're|your|que|mir)
(he|she|they) (said|says|thinks|thought|mentioned|suggested) (you'd|you're|you|i|i'd)
(assiste|assisti|attended|asisti|participei|participe|teilgenommen|besucht) (a|an|em|en|in|au|na|no|to|do|da|del|al|du|dem|der|zum|zur)? @their? (formation|formacao|formacion|capacitacion|capacitacao|treinamento|training|fortbildung|seminar*|curso|cours|kurs|course|workshop|atelier|taller|oficina|clase|aula|webinar)
(our|notre|nuestra|nossa|unser*) (discussion|conversation|conversa|charla|echange|gesprach|chat|talk) (at|au|a|en|na|no|beim|auf|bei|lors|during|durante)
(war|was|were|estive|estuve|etais|fui|sat) (in|en|na|no|au|a|at|dans|im) (ihrer|ihrem|ihren|your|su|sua|seu|votre|ta|ton|tu|deiner|deinem)
(thank|thanks|gracias|obrigado|obrigada|merci|danke) (you)? (for|por|pela|pelo|pour|fur) (opening|visiting|coming|hosting|venir|visitar|vir|receber|recibir|accueillir|recevoir|inaugurer|joining|attending|tuning|participating|participar|participer|assister)
(thank|thanks|gracias|obrigado|obrigada|merci|danke) (you)? (por|pour|d'avoir) (ter|haber|avoir)? (participado|participe|assiste|asistido|venido|vindo|venu|venue)
(danke|dank) fur? (die|deine|ihre|eure) (teilnahme|besuch)
(round|ronda|rodada|levee|funding|seed|series|serie|raise) ... @congrats
@congrats ... (inauguration|inauguracao|inauguracion|eroffnung|apertura|abertura|ouverture|election|eleicao|eleccion|wahl|aprobacion|aprovacao|adoption)
(reencontrar|reencontrarte|wiederzusehen|reencuentro|reencontro|conheceu|conhecemos|conocimos) _? _? (no|na|en|at|au|a|auf|beim|em)
de: (uns|wir) ... (auf|beim|bei|am|im|in|an) ... ... gesehen
(mutual|common|gemeinsame|gemeinsamen) (friend|friends|contact|contacts|connection|connections|colleague|colleagues|kontakte|bekannte|freunde)
(contactos|contatos|contacts|contact|amigos|amis|ami|amie|conocidos|conexiones|conexoes|relations|relation|connaissance|contacto|contato) (en|em)? (comun|comum|comuns|commun*)
me (recomendo|sugirio|paso|dio|hablo|dijo|presento|comento|comentou|conto|contou|menciono|mencionou|indicou|recomendou|sugeriu|passou|falou|apresentou|recomendaron|sugirieron)
(m'a|m'ont) (conseille|recommande|suggere|parle|donne|oriente|presente|transmis)
(hat|haben) mir ... (empfohlen|geraten|gegeben|vorgeschlagen|erzahlt)
(empfehlung|recomendacion|recomendacao|recommandation) (von|de|da|do)
@their (sister|brother|colleague|friend|boss|cofounder|hermana|hermano|colega|amigo|amiga|jefe|jefa|irma|irmao|chefe|soeur|frere|collegue|ami|amie|schwester|bruder|kollege|kollegin|chef|chefin)
(found|came) (you|across)? (you)? (through|via|thanks)
(member|membre|miembro|membro|mitglied|absolvent*|alumni|alumnus|alumna|egresad*) (like|comme|como|wie) (you|vous|usted|voce|sie|toi|tu|du|ti)
de: (absolvent*|alumn*|student*|mitglied) ... wie (sie|du)
(nous|we|wir|nosotros|nos) (sommes|are|sind|somos)? (tous|both|beide|ambos|todos)? (membres|members|mitglieder|miembros|membros) (de|of|der|des|do|da|del)
(tant|as) (que)? (membres|members|mitglieder|miembros|membros|confreres|colleagues|colegas|collegues)
(te|vous|dich|sie|you|voce|vc|le|la) (veo|vejo|vois|sehe|see) (todos|tous|every|jeden|todas|toda|chaque|cada) (los|les|as|os|die)?
(teilen|share|compartimos|partageons|compartilhamos|sharing) (uns)? ... (werkstatt|office|oficina|bureau|atelier|espace|space|coworking|taller|escritorio|lab|labor|studio|estudio|buro)
(sie|du|you|vous|usted|voce|vc) (haben|hast|have|avez|ha|has|tem) (an|auf|bei|in|at|au|a|en|na|no|am|beim) ... (gezeigt|vorgestellt|gesprochen|prasentiert|presented|showed|shown|spoke|presente|presentado|apresentou|hablado|parle|referiert)
(haben|hast) (sie|du) (uber|zu|zum|zur|von) ... (gesprochen|referiert|berichtet|erzahlt)
(great|amazing|loved|fantastic|brilliant|tolle*|toller|excelente|genial|super|superbe|otima|otimo|increible|incrivel) (session|talk|keynote|panel|webinar|charla|palestra|vortrag|conference|conf|presentation|ponencia|intervention|sessao|sesion) (today|yesterday|hoy|ayer|hoje|ontem|heute|gestern|aujourd'hui|hier|this)
(long|tiempo|temps|tempo|years|anos|ans|jahre|decade|decada|decennie|ages) ... (since|desde|depuis|seit|que) _ _? (at|in|en|na|no|em|a|au|an|bei|im|am|de|da|do) (la|el|the|a|o|le|der|dem|die)? N
de: (unser|unsere|unseren|unserem) _ (in|an|bei|am|im) N ... (her|jahre|lange)
(call|meeting|reunion|reuniao|gesprach|telefonat|conversation|conversa|conversacion|echange|entretien) (with|con|com|avec|mit) (you|usted|voce|vous|ihnen|lhe|ti|toi|dir|vc)
(sequencia|following|suite|seguimiento|nachgang|anschluss) (da|do|de|to|of|a|an|zu|zur|zum|du)? (la|a|o|the|le|das|den|die|nuestra|nossa|notre|our|unser*|ihr*)? (reunion|reuniao|meeting|call|gesprach|telefonat|conversa|conversacion|conversation|echange|entretien)
(great|amazing|loved|fantastic|brilliant|tolle*|toller|cool|cooler|coolen|mega|starker|starken|klasse|spannender|spannenden|excelente|genial|genialer|super|superbe|otima|otimo|increible|incrivel|incroyable|inspiring|inspirador|inspiradora|interesante|interessante|gran|grande|buen|bom|boa|belle|beau|bel|bonita|bonito|lindo|linda|excellent|brillante) @work (bei|beim|auf|at|on|in|en|em|na|no|sur|au|about|uber|zu|zum|zur|sobre|von|vom|im|am|del|do|da|du)
(sur|on|en|no|na|auf|onstage) (scene|stage|escenario|palco|buhne)
(que|what|quel|quelle|welch*) (talk|palestra|charla|keynote|vortrag|session|sessao|sesion|apresentacao|conferencia|conference|presentation|panel|painel|ponencia) ... (no|na|at|en|au|a|auf|bei|beim|in|do|da)
` + theirWorkLines + sameSchoolLines + `
(your|tu|su|seu|votre|ihr|dein) (name|nombre|nome|nom) (came|comes|keeps|kept|salio|sale|surgiu|surge|apareceu|aparece|est|revient|fiel|fallt|taucht)
(meinte|sagte|said|dijo|disse|falou) ,? (that|que|ich|i|eu|yo)? (should|solle|sollte|deberia|devia|deveria)
(peguei|consegui|recebi|got|obtuve) (seu|teu|o|your|tu|su) (contato|contacto|contact|nome|name|details|datos|dados)
`)},

	// Someone who told the sender to write: "Julia Brenner meinte, ich soll
	// mich bei dir melden", "Priya said I should reach out" (not "as I
	// said, I'd love to connect").
	{W: 2, Lines: (`
(meinte|sagte|said|told|dijo|disse|falou|comento|comentou|suggested|recommended|empfahl|riet|conseille|recommande) ,? (me|mir|moi|i|ich|yo|eu|je|que|dass|that|we|wir|nous|nos) ... (melden|reach|contact|contactar|contatar|contacter|escribirte|escrever|ecrire|schreiben|connect|conectar|write|talk|hablar|falar|parler|sprechen|kontaktieren|escribir|chat|meet|conocer|conhecer|rencontrer|treffen|kennenlernen)
`), ExceptLines: (`
(i|ich|je|yo|eu|we|wir|nous|as|wie|comme|como) (said|sagte|told|dijo|disse|falou|thought|pensait|meinte|sagten|dije|disse)
`)},

	// A named achievement of theirs: "congrats on the Series A". A new
	// role or job is news of theirs, not something the sender shares,
	// unless it names the employer (below).
	{W: 2, Lines: (`
(congrats|congratulations|congratulation|kudos|felicidades|felicitaciones|felicito|felicitarte|felicitarle|felicitar|enhorabuena|parabens|parabenizar|felicitations|felicite|feliciter|bravo) ... _? _? N
(gluckwunsch|gluckwunsche|glueckwunsch|gratuliere|gratulation) ... (von|bei|an|fur|in|mit|der|des) N
@congrats ... @work
@congrats ... (round|ronda|rodada|levee|funding|seed|series|serie|raise)
(gluckwunsch|gratulation|gratuliere|gratulieren) (zum|zur) _
@saw (que|that|dass)? (la|el|a|o|le|the|der|die|das)? N ... (launched|opened|went|raised|posted|released|shipped|won|announced|heading|lanzo|abrio|lancou|abriu|ganhou|lance|ouvert|gagne|gestartet|eroffnet|gewonnen|amplia|amplio|ampliou|fete|fetait|celebra*|feiert|reopen*|lanza|lanca|launch*|renforcait|renforce|montez|monte|published|publicou|publico|publicaron|publicaram|publie|veroffentlicht|veroffentlichte)
@saw N _? _? _? _? (pledge|announcement|expansion|launch|opening|reopening|anuncio|expansion|expansao|annonce|ankundigung|erweiterung)
de: (gesehen|gelesen) ,? dass ... (bei|von) N (ausbauen|aufbauen|erweitern|eroffnen|starten|wachst|wachsen)
`), ExceptLines: (`
(dear|querida|querido|chere|cher|liebe|lieber|caro|cara) N
@saw ... ... (vaga*|vacan*|opening*|position*|hiring|trainee*|stelle*|poste*|plaza*|puesto*|team|equipe|equipa|equipo|contrat*|recrut*)
fr: @congrats ... nomination
@congrats ... (promotion|promocion|ascenso|promocao|cargo|role|rol|job|gig|trabajo|trabalho|emprego|empleo|position|puesto|poste|appointment|rejoint|joined|joining|move|rolle|stelle|chapter|etapa|capitulo|chapitre|challenge|reto|desafio|defi|aufgabe|funcao|fonction)
`)},

	// Congratulations on a new role at a named employer: the labels count
	// it as following them (20 notes to 5), unlike a new role unnamed.
	{W: 2, Lines: (`
@congrats ... (at|en|na|no|chez|bei|beim|in|a|zur|zum|pela|pelo|por) (the|la|el|o|a|der|die|dem|den)? N
@congrats ... (role|rol|job|position|posicion|puesto|cargo|poste|stelle|rolle|funcao|fonction|nomination|nombramiento) ... ... (at|en|na|no|chez|bei|beim|a|zur|zum|da|do|de) (the|la|el|o|a|der|die|dem|den)? N
`)},

	// Thanks for something they gave the sender: a training, a tour, a
	// talk, tips ("merci pour la formation HACCP", "danke für die Führung
	// durch das Werk"). Thanks for one's time or for reading is politeness.
	{W: 2, Lines: (`
(thank|thanks|gracias|obrigado|obrigada|merci|danke) (you)? (so|very|again|encore)? (much)? (for|por|pela|pelo|pour|fur) (the|la|el|a|o|le|les|los|las|das|die|den|ce|cette|this|that)
(dank|danke) dafur
(for|por|pela|pelo|pour|fur) (your|votre|ton|tu|su|sua|seu|ihre|deine|vos|tes) (accueil|hospitality|welcome|tour|visite|visit|visita|fuhrung|empfang|hospitalidad|hospitalidade|recepcion)
(obrigado|obrigada) (pela|pelo)
`), ExceptLines: (`
(for|por|pela|pelo|pour|fur) ... (time|tiempo|tempo|temps|zeit|consider*|aten*|atten*|aufmerksamkeit|opportun*|oportun*|gelegenheit|chance|read*|lect*|leitura|connect*|conex*|invit*|accept*|patien*|pacien*|interes*|repl*|respo*|respu*|repon*|antwort|inspira*)
`)},

	// A conversation at a place or an event ("great to meet you at TOC
	// Europe", "conversar no TDC Floripa"), or what was agreed there ("wie
	// auf der LogiMAT besprochen", "comme convenu").
	{W: 2, Lines: (`
(meet|chat|chatting|talking|discuss|conversar|charlar|hablar|falar|discuter|echanger|parler) (with|com|con|avec)? (you|voce|vous)? (at|in|en|no|na|au|a|lors|auf|beim|bei|am|im) _? N
(meet|met|meeting|conocerte|conhecer|rencontrer|kennenzulernen|kennengelernt) (you|te|vous|dich|sie)? (at|in|en|no|na|au|a|auf|beim|bei|am|im) (the|la|el|o|a|le|der|die|dem)? _? _? @event
(vimos|conocimos|cruzamos|croises|croisees|croise|vus|vues|rencontres|rencontrees|conhecemos|falamos|esbarramos) (en|na|no|au|a|aux|em|lors|pendant|durante|dans) (la|el|le|o|a|les|los|las)? _? N
(auf|bei|beim|im|am) (der|dem|den)? _? _ ... (unterhalten|getroffen|kennengelernt|gesprochen|ausgetauscht)
(as|comme|como|conforme) (discussed|agreed|promised|convenu|promis|prometido|combinado|hablado|falado)
de: wie ... (besprochen|versprochen|vereinbart)
`)},

	// Something of theirs on a topic, or in a thing named with an article:
	// "tu trabajo en el relanzamiento de Colombina", "Ihre Arbeit zu
	// Bodenmikroben", "your work with the river trusts". Their work in a
	// field ("tu trabajo en compras") is not something the two share.
	{W: 2, Lines: (`
@their _? (work|trabajo|trabalho|travail|arbeit|story|historia|histoire|geschichte|demo|estudio) (on|of|about|around|sobre|acerca|sur|zu|zum|zur|uber|von)
@their _? (work|trabajo|trabalho|travail|arbeit|story|historia|histoire|geschichte|demo) (in|en|na|no|dans|im|em|with|con|com|avec|mit) (the|el|la|los|las|o|a|os|as|le|les|der|dem|den)
`), ExceptLines: (`
(in|en|na|no|em) _? (field|area|sector|setor|secteur|bereich|campo|domaine)
`)},

	// Someone who works with them ("trabajé con tu socia Paula"), a
	// contact in common, knowing each other through someone.
	{W: 2, Lines: (`
@their (socio|socia|partner|associe|associee|cofund*|cofounder|mitgrunder*|teammate|companer*|companheir*)
(kennen|conocemos|conhecemos|connaissons) (uns|nous)? (uber|durch|por|pela|pelo|par|via|aus)
`)},

	// News of theirs: half of common ground. Congratulations on it make
	// the other half ("j'ai vu l'ouverture de votre usine, félicitations
	// !"), but not on a new job, which is theirs alone.
	{W: 1, Lines: newsCues, ExceptLines: newsExcept},
	// Named news noticed, whole: "saw Ryder is opening a cross-dock",
	// "leí que Cosapi va a contratar", "j'ai vu que les HUG ouvrent".
	{W: 2, Lines: namedNewsLines, ExceptLines: namedNewsExcept},
	{W: 1, Lines: (`
@congrats
`), ExceptLines: (`
@congrats ... (promotion|promocion|ascenso|promocao|cargo|role|rol|job|gig|trabajo|trabalho|emprego|empleo|position|puesto|poste|appointment|nomination|rejoint|joined|joining|move|rolle|stelle|chapter|etapa|capitulo|chapitre|challenge|reto|desafio|defi|aufgabe|funcao|fonction|anniversary|aniversario|anniversaire|jubilaum|new|nuevo|nueva|novo|nova|nouveau|nouvelle|neuen|neue|neuer)
`)},

	// Hints that need another: an event named, a cohort, "too". To
	// someone the sender has met, the event named is where they met: it
	// is enough.
	{W: 1, Lines: (`
@event
`), ExceptLines: (`
(never|nunca|jamais|nie|pas) ... @event
`)},
	{W: 1, Skip: []Relationship{Stranger}, Lines: (`
@event
`), ExceptLines: (`
(never|nunca|jamais|nie|pas) ... @event
(avoir|ai|avons|t'avoir) rencontre*
`)},
	{W: 1, Lines: (`
(promo|promocion|generacion|class|turma|jahrgang|batch) (of|de|da)? #
`)},
	{W: 1, Lines: (`
too $
(follow|following|sigo|acompanho|verfolge) (your|tu|su|seu|sua|vos|votre|ton|ihr|ihre|ihren|dein|deine|deinen|te|le|voce)
`)},

	// Something the two did side by side: sat or stood together, a run
	// with them, the same table or train, or the sender named as the one
	// they saw there ("wir saßen im ICE am selben Tisch", "good run with
	// you at the parkrun", "soy el de la camiseta de Star Wars", "it's
	// Linda from the allotments"): they met.
	{W: 2, Lines: (`
(wir|we) (sassen|standen|liefen|sat|stood|ran|queued|shared)
(same|selben|gleichen|mismo|misma|mesmo|mesma|meme) (table|tisch|mesa|startblock|row|reihe|fila|flight|flug|vuelo|voo|vol|train|zug|tren|comboio|bus|boat|panel|workshop|taller|atelier|tour)
(run|race|ride|walk|hike|chat|lunch|dinner|coffee|game|match|round|shift) with you (at|on|in|yesterday|today|last|this|the)
(i'm|im) the (one|guy|girl|woman|man|lady|person|dad|mum|mom) (who|from|in|with|that|at)
(soy|sou) (el|la|o|a) (de|del|da|do|que)
(soy|sou) (la|el|a|o) (mama|mae|papa|pai|vecina|vecino|vizinha|vizinho) (de|do|da|del)
(c'est|suis) (celui|celle) (qui|de|du|avec)
(it's|its) _ from (the|your|our)
`)},

	// Seeing them at an event, a time there judged, a visit they hosted,
	// a matter the two share ("ich habe gesehen, dass Sie auf der DMEXCO
	// waren", "war nett auf der gamescom!", "gracias por recibirnos ayer",
	// "te agrego por lo de la comunidad de vecinos"). Their employer is not
	// an event, so a place must follow a word for one or be named.
	{W: 2, Lines: (`
(saw|noticed|seen|gesehen|vu|vi|visto|notei|remarque) (that|que|dass)? (you|sie|vous|du|tu|voce|vc|usted) (were|was|waren|warst|etiez|etais|estuviste|estuvo|estiveste|esteve) (at|a|au|auf|en|em|na|no) (the|der|dem|la|el|o|a|le)? N
(saw|noticed|seen|gesehen|vu|vi|visto|notei|remarque) (that|que|dass)? (you|sie|vous|du|tu|voce|vc|usted) (visited|attended|participaste|participo|participou|besucht|visite|visitou|asististe|assistiu) (at|a|au|auf|en|em|na|no|in)? (the|der|dem|la|el|o|a|le)? N
(war|was|fue|foi|etait|c'etait) (nett|schon|toll|super|great|nice|good|cool|fun|lovely|bueno|buenisimo|genial|bom|otimo|legal|sympa|chouette|top) (auf|bei|beim|at|en|na|no|au|a|in|im) (der|dem|the|la|el|o|a|le)? N
(recibirnos|recibirme|recebernos|receberme|accueillis|accueillie|accueilli|empfangen) (ayer|ontem|hier|gestern|en|em|na|no|a|au|in|bei)?
(hosting|having) (us|me) (yesterday|today|last|at|in|on)
(por|pelo) (lo|o) (de|do|da) (la|el|a|o)? _
`)},

	// A conversation the two had, judged or thanked for ("great chatting
	// in the coffee queue", "valeu pela conversa", "content de t'avoir
	// jasé", "danke für das gute Gespräch", "la charla que tuvimos"):
	// wherever it happened, having talked is ground.
	{W: 2, Lines: (`
(nice|great|good|lovely|fun|pleasure|enjoyed|loved|adorei|gostei) (chatting|talking|speaking|chatten|conversar|charlar|platicar|hablar|falar|echanger|discuter|jaser)
(thanks|thank|merci|gracias|obrigado|obrigada|valeu|danke) (you)? (for|por|pela|pelo|pour|fur) (the|our|la|el|a|o|notre|le|das|den|die|unser|unsere|unseren|nuestra|nossa|ce|cet|cette)? _? (chat|talk|conversation|conversa|charla|platica|gesprach|austausch|echange|discussion|papo|unterhaltung)
(great|nice|good|lovely|super|toll|tolle|tolles|gute|gutes|schones|schone|buena|buen|boa|bom|bonne|belle|excelente|otima|otimo|genial|enjoyed|loved|adorei|gostei|encanto) (the|our|la|el|a|o|le|notre|die|das|nuestra|nossa|ce|cet|cette)? (chat|talk|conversation|conversa|charla|platica|gesprach|austausch|echange|papo|unterhaltung)
(content|contente|ravi|ravie|encantado|encantada|gusto|prazer|plaisir|heureux|heureuse) (de|d'avoir|em)? (t'avoir|vous|avoir|haber|ter|te)? (avoir)? (jase|parle|echange|discute|charlado|hablado|conversado|platicado|falado)
(conversation|chat|talk|charla|platica|conversa|papo|echange|discussion|gesprach|austausch) (we|que|qu'on|que|das|den) (had|tuvimos|tivemos|avons|a|eu|hatten|gefuhrt)
(chatting|talking|speaking|chatted|talked|spoke) (with|to) (you|u) (after|at|during|in|on|over|about)
(was|fue|foi|war|etait|c'etait) _? _? (nice|great|good|lovely|fun|a|un|una|um|uma|ein|schon|toll|genial|super|bom|bueno|buen|muy|muito|tres|sehr|very|so|really) ... (talk|chat|speak|charlar|hablar|conversar|falar|reden|sprechen|plaudern|echanger|parler|discuter)
`)},
	// A piece of theirs listened to or watched, named by what it holds
	// ("the podcast episode where you talk about…", "die Folge deines
	// Podcasts", "ouvi o episódio em que falas").
	{W: 2, Lines: (`
(episode|episodio|folge|podcast|balado|interview|entrevista|entretien|video|live|emission|sendung) ... (where|donde|onde|wo|ou|que|em|en|in) (you|tu|usted|voce|vc|vous|du|sie|falas|hablas|fala|habla|parlez|parles|sprichst|sprechen|contas|cuentas)
(folge|episode|ausgabe|interview) (deines|ihres|deiner|ihrer|eures)
(listened|escuche|ouvi|ecoute|gehort|horte|watched|vi|assisti|regarde|mire|gesehen) (to)? (the|el|la|o|a|le|die|den|das)? _? (episode|episodio|folge|podcast|balado|interview|entrevista|entretien|emission|sendung|table|mesa|panel|painel)
(your|votre|ton|tu|su|seu|sua|teu|tua|ihr|ihre|dein|deine) (rfc|writeup|balado|table|mesa|modelo|model|framework|playbook|toolkit|checklist|template|plantilla|modele|vorlage)
(suite|apres|after|tras|depois|nach) (a|au|de|the|la|el|votre|ta|ton|your|tu|su|seu|sua|ihrem|ihrer|deinem|deiner) _? (table|mesa|panel|painel|talk|conference|atelier|keynote|session|vortrag|charla|palestra|intervention)
`)},
	// A visit to the sender's booth ("gracias por pasar por nuestro stand",
	// "merci d'être passée à notre kiosque"), meeting again at an event
	// ("que bom te rever no DevParaná", "great to see you again at"), a
	// chat in slang or with an elided article ("trocar ideia",
	// "l'échange"): they met.
	{W: 2, Lines: (`
(pasar|pasaste|paso|passer|passee|passe|stopping|stopped|dropping|dropped|came|coming|visiting|visited|visita|visitar|passou|passar|vorbeigekommen|vorbeizuschauen|besuch) ... (stand|booth|kiosque|kiosk|estande|stand)
(stand|booth|kiosque|kiosk|estande) ... (waren|warst|visite|visita|visitado|visited)
(sie|du|ihr) (an|am) (unserem|unserer) (stand|messestand)
(rever|revoir|revu|revue|verte|wiederzusehen|wiedergesehen|again) (no|na|au|a|en|auf|beim|bei|at|in|on)
(bom|otimo|legal|massa|bacana|prazer) (trocar|ter) (trocado)? (uma)? (ideia|ideias) (no|na|em)
(pour|por|pela|pelo|for) (l'echange|l'entretien|l'appel)
`)},

	// Done together, said as old friends say it ("wir hatten zusammen
	// Statistik", "fuimos compas en el cole", "its dan from the GA
	// cohort"); a contact in common who sent them ("une amie de nadia,
	// elle m'a dit…", "got ur profile from carla", "bonne intro de Marc").
	{W: 2, Lines: (`
(fuimos|eramos|estuvimos|estivemos|fomos|etions|etait|waren|hatten|were|did|took|hicimos|fizemos|faisions|faisait|avions|worked|studied|trabajamos|trabalhamos|estudiamos|estudamos|gearbeitet|studiert) ... (zusammen|juntos|juntas|ensemble|together)
zusammen ... ... (studiert|gearbeitet|gemacht|belegt|besucht|gesungen|gespielt|gewohnt)
(eramos|fuimos|fomos|etions|were|waren|faisions) (del|do|de|da|in|en|au|im|partie)? (the|du|dem|der)? (mismo|misma|mesmo|mesma|meme|same|gleichen|selben)
(interveniez|intervenu|intervenue|intervenait|palestrou|palestrava|spoke|presented|presentaste|hablaste|talked) (au|a|no|na|at|en|in|on|sur|the)? (the|la|el|o|le)? N
(auf|bei|beim) (der|dem)? N ... (gesprochen|vorgetragen|referiert)
(fuimos|eramos|somos|fomos|erais|etions) (compas|companeros|companeras|colegas|amigos|amigas|vecinos|vizinhos|voisins|camarades|potes)
(from|von|aus|vom) (the|der|die|dem|das)? _? _? (cohort|cohorte|kohorte|turma|promo|promocion|jahrgang|bootcamp|kurs|curso|cours|course|class|klasse|clase|classe)
(ne|eine|ein|une|un|una|uma|um|a) (friend|freund|freundin|amigo|amiga|ami|amie|colleague|colega|collegue|kollege|kollegin) (of|de|da|do|von|del|der|des)
(who|que|qui|der|die|she|he|ella|ela|ele|elle|il|sie|er) (said|told|mentioned|suggested|recommended|dijo|disse|falou|meinte|sagte|empfahl)
(qui|elle|il) m'a (dit|parle|conseille|recommande|suggere)
(got|gave|passed|paso|passou|donne|gab|tengo|tenho) (ur|your|tu|seu|ton|votre|dein|deinen|ihr|ihren) (profile|contact|perfil|contato|contacto|profil|kontakt|number|numero|nummer) (from|de|da|do|von|par|via)
(intro|introduction|presentacion|apresentacao|vorstellung) (de|from|by|da|do|von|par|via) N
`), ExceptLines: (`
(never|nunca|jamais|nie|not|no|nao|pas|nicht) ... (together|ensemble|juntos|juntas|zusammen)
`)},

	// Something of theirs the sender read, heard, attended or applies,
	// whatever it is called ("heard your segment on KVPR", "j'ai assisté à
	// votre audition", "habe Ihre Anhörung … verfolgt"), or ranked among
	// what they have read ("the clearest I've read"). Their profile, page
	// or company is not it.
	{W: 2, Lines: (`
(read|heard|watched|attended|followed|listened|caught|visited|assiste|entendu|ecoute|suivi|leido|escuche|segui|asisti|ouvi|assisti|acompanhei|visitei|acompanho|applique|aplico|aplicamos|appliquons|nutze|nutzen) (to|a|an|au)? @their _
(habe|hab|haben) @their _ ... ... (verfolgt|gelesen|gehort|besucht|angehort|angeschaut|gesehen)
(where|onde|donde|wo|ou) (you|voce|vc|tu|usted|vous|du|sie|o|a) (senhor|senhora|senor|senora)? _
(dich|sie|euch|ihnen) (auf|bei|beim|am|im|an) ... (treffen|getroffen|kennenzulernen|kennengelernt|gesehen|wiederzusehen|zu)
(sassen|sass|sat|sentamos|sentados|sentadas|sentei|assis|assises) ... (nebeneinander|next|together|juntos|juntas|ensemble|beside|side|lado|cote)
(course|workshop|training|class|session|webinar|talk|tour|kurs|schulung|fuhrung|curso|taller|charla|oficina|aula|cours|atelier|formation|visite|visita) (you|que|den|die|das) (you|vous|tu|du|sie|usted|voce)? (ran|gave|taught|led|hosted|organised|organized|held|diste|impartiste|dictaste|deste|ministrou|ministraste|donne|donnee|anime|animee|gehalten|geleitet|gegeben|organisiert)
(showing|showed|show|mostrarme|mostrar|montrer|zeigen|gezeigt) (me|us|nos|moi|nous|mir|uns)? (round|around|por|la|le)
(your|ur|tu|tus|su|sus|seu|sua|seus|suas|teu|tua|votre|vos|ton|ta|tes|dein|deine|deinen|deinem|deiner|eure|euer) _ _? (on|about|sobre|sur|zu|zum|zur|uber|acerca|before|vor|devant|ante|perante)
@their _ _? ... (nutze|nutzen|verwende|verwenden|lese|lesen|hore|horen|zitiere|zitieren) (ich|wir)
(saw|caught|watched|vi|assisti|vu|gesehen|mire|regarde|visitei|visited|visite) "
(saw|caught|watched|vi|assisti|vu|gesehen|mire|regarde|visitei|visited|visite) '
(clearest|best|sharpest|finest|mejor|melhor|meilleur|meilleure|beste|besten|klarste|klarsten) ... (i've|ive|i|que|j'ai|ich) (ever)? (read|seen|found|heard|lei|li|leido|visto|vi|lu|vu|trouve|gelesen|gesehen|gefunden|gehort)
`), ExceptLines: (`
(tu|vous|du|sie) (es|etes|e|as|avez|bist|sind)
(ta|ton|tes|votre|vos|your|ur|tu|su|sua|seu|teu|tua|dein|deine) (photo*|foto*|picture*|pic|pics|bild|selfie|smile|sonrisa|sorriso|sourire|lacheln|eyes|ojos|olhos|yeux|augen|face|cara|rosto|visage|gesicht|look|looks|body|cuerpo|corpo|corps|korper)
(where|onde|donde|wo|ou) (you|voce|vc|tu|usted|vous|du|sie|o|a) (senhor|senhora|senor|senora)? (got|get|reached|chegou|chegar|llegaste|llego|llegar|arrive|arrivee|arriver|gekommen|angekommen|work|works|worked|trabajas|trabaja|trabalha|travaillez|travailles|arbeitest|arbeiten|live|lives|vives|vive|mora|habitez|habites|wohnst|wohnen|are|is|estas|esta|etes|es|bist|sind|can|could|puedes|pode|pouvez|kannst|konnen|want|quieres|quer|voulez|willst|wollen|need|necesitas|precisa|have|tienes|tem|avez|hast|haben)
@their _? (work|trabajo|trabalho|travail|arbeit|career|carrera|carreira|carriere|karriere|trajetoria|trayectoria|trajectoire|path|journey|content|contenido|conteudo|contenu|inhalte|posts|beitrage)
@their _? (thoughts|opinion|opiniao|avis|meinung|view|views|take|input|feedback|advice|consejo|conselho|conseil|rat|perspective|perspectiva|sicht|help|ayuda|ajuda|aide|hilfe|support|apoyo|apoio|soutien|time|tiempo|tempo|temps|zeit|interest|interes|interesse|expertise|knowledge|experiencias|erfahrungen|insights|insight|take|focus|enfoque|foco|emphasis|passion|pasion|paixao|dedication|commitment|engagement|leadership|liderazgo|lideranca|network|networks|netzwerk|netzwerks|red|rede|reseau|brain|cerebro|cabeza|cerveau|website|site|web|linkedin|profil)
@their (profile|perfil|profil|page|pagina|photo*|foto*|picture*|pic|bild|profilbild|background|experience|experiencia|cv|werdegang|parcours|trayectoria|trajetoria|company|empresa|entreprise|firma|unternehmen|team|equipo|equipe|job|stelle|vacancy|vaga|vacante|offre|annonce|anzeige|name|nombre|nome|message|mensagem|mensaje|nachricht|email|mail|request|invitation|convite|smile|sonrisa|sorriso|sourire|lacheln|voice|voz|voix|stimme)
`)},

	// To someone the sender has met, the occasion named is how they met:
	// "auf der BAU in München", "at SaaStr Europa", "no churrasco do
	// Marcão". Unnamed ("at the conference") it is not enough, and the
	// sender's own employer ("I'm in supply chain at Unilever") is no
	// occasion. German capitalises every noun, so there a name is two
	// capitalised words or one followed by its town.
	{W: 2, Skip: []Relationship{Stranger}, Lines: (`
(at|en|na|no|nas|nos|au|aux|durante|during|lors|pendant|dans|del|do|da) (the|el|la|los|las|o|a|os|as|le|les|una|um|uma|un|une)? N
de: (auf|bei|beim|im|am|zur|zum|vom) (der|dem|den)? N N
de: (auf|bei|beim|im|am|zur|zum|vom) (der|dem|den)? N (in|im|am|aus) N
`), ExceptLines: (`
(i'm|im|i|ich|je|soy|sou|trabajo|trabalho|work|working|arbeite|bin|suis|estoy|estou|we|nous|wir|somos|sommes) ... ... (at|en|na|no|da|do|chez|au|a|bei|in|im) (the|el|la|o|a|le|der|dem)? N
@role ... (at|en|na|no|da|do|chez|au|a|bei|in|im) (the|el|la|o|a|le|der|dem)? N
linkedin
(team|equipa|equipo|equipe|time) _? _? (at|of|da|do|de|del|chez|bei) N
(aqui|here|aca|ici|hier) (no|na|en|in|a|au|em|im) N
`)},

	// Both of us: "nous sommes tous deux bénévoles", "nous deux"; alumni in
	// two words ("antiguos alumnos de ICADE", "ehemalige Kommilitonen").
	{W: 2, Lines: (`
(tous|toutes) (deux|trois)
nous deux
(etions|etait|estabamos|estavamos|were|waren) (ensemble|juntos|juntas|together|zusammen) (a|au|aux|en|na|no|em|at|in|auf|bei|beim|im|dans|sur)
(antiguos|antiguas|antigos|antigas|ehemalige|ehemaligen|former) (alumnos|alumnas|alunos|alunas|alumni|students|classmates|kommilitonen|kommilitoninnen|mitschuler|companeros|colegas)
(da|de|do|of|from|aus|du|in) (la|a|the|der|dem)? (turma|promo|promocion|jahrgang|generacion|batch|cohort) (de|da|do|of|du|von)
`)},

	// A piece of their work that caught the eye ("your open-source operator caught
	// my eye", "seu repositório chamou minha atenção"), a chat at an event
	// ("we spoke by the coffee queue at AfricArena", "un placer charlar
	// contigo en el after de la Commit Conf").
	{W: 2, Lines: (`
@their ... @work ... (caught|chamou|llamo|stood|aufgefallen|begeistert|pinned|marque|tape)
(you|sie|tu|vous|voce|vc|usted|du) (asked|fragten|fragtest|preguntaste|pregunto|demandiez|demandais|perguntou|perguntaste|perguntava) ... (whether|if|ob|si|se|who|anyone|alguien|alguem|quelqu'un|jemand)
(preguntaste|pregunto|perguntou|perguntaste|demandiez|demandais|fragten|fragtest|asked) (en|no|na|auf|sur|on|in) (linkedin|twitter|x|slack|reddit)
(m'a|me|hat|has|have) (dit|dijo|disse|told|suggested|sugirio|sugeriu|sugerido|suggere|gesagt|empfohlen|recommended|recomendo|recomendou|conseille) (me)? (que|that|dass|we|you|de)
(suggested|sugirio|sugeriu|suggere|meinte|empfahl|recommended) (we|que|dass|i|that|de)? (talk|connect|hablemos|conversemos|falemos|parlions|sprechen|reach|escribir|escrever|ecrire|contacter|contactar)
(spoke|talked|chatted|charlamos|conversamos|falamos|hablamos|echange|parle|discute|gesprochen|unterhalten) ... ... (at|en|na|no|au|a|auf|bei|beim|im|am|lors) (la|le|el|the|der|dem|die|o|a)? N
(placer|gusto|prazer|ravi|ravie|great|nice|lovely|good|schon|toll|encantado|encantada|adorei|loved) ... (charlar|platicar|conversar|hablar|falar|conocerte|conhecer|parler|echanger|discuter|refait|sprechen|treffen|kennenzulernen|meet|meeting|chatting|talking|chat|talk) ... (en|na|no|at|au|a|auf|bei|beim|im|am|lors|apres|after|nach|despues|depois)
`)},
}

// newsExcept: seeing their profile or photos is no news of theirs.
const newsExcept = `
(veo|vi|vejo|vois|see) que (es|eres|e|etes) (usted|voce)? (un|una|um|uma|une|muy|muito|tres|toda|todo)
@saw (that)? @their (profile|perfil|profil|page|pagina|background|experience|experiencia|trayectoria|trajetoria|parcours|werdegang|cv|photo*|foto*|picture*|bilder)
`

// namedNewsLines: news of someone named (their employer, a place of
// theirs) noticed by the sender: what is opened, grown, launched or
// recruited for. The hard cases count it as a reason and as common ground
// both; a name must stand between the noticing and the news, so that
// the sender's own plans are not read as theirs.
const namedNewsLines = `
@saw (that|que|dass|,|q)? ... ... N ... (` + newsVerbs + `)
`

// namedNewsExcept: a job opening is hiring news ("saw the SDET opening at
// Monzo", "vi que DHL abrió vacantes").
const namedNewsExcept = `
(the|an|a|one|new) _? _? (opening|openings)
(` + newsVerbs + `) _? _? @post
`

// namedHiringNewsLines: their hiring, noticed. A reason to write to them
// (the job ask it leads to names the employer), but no common ground:
// the corpus's authors, 20 notes to 1 before this was written, do not
// count "saw Alinea is hiring" as something shared.
const namedHiringNewsLines = `
@saw (that|que|dass|,|q)? ... ... N ... (` + hiringVerbs + `)
`

// newsVerbs: what an employer or a place does that makes news; hiringVerbs:
// its hiring.
const (
	newsVerbs   = "opening|opens|opened|expanding|expands|expanded|launching|launched|launches|raised|abre|abrira|abrio|abrieron|abriendo|amplia|ampliando|amplio|lanzo|lanzaron|lanzando|inaugura|inauguro|abriu|ampliou|lancou|lancando|inaugurou|expandindo|ouvre|ouvrent|ouvrira|lance|lancent|agrandit|inaugure|eroffnet|eroffnen|offnet|plant|planen|startet|starten|expandiert"
	hiringVerbs = "hiring|recruiting|growing|grows|crece|creciendo|contratar|contratando|incorporando|cresce|crescendo|recrute|recrutait|recrutent|embauche|embauchent|sucht|suchen|wachst|wachsen"
)

// newsCues: the sender noticed something of theirs: "saw that you're
// hiring", "vi que", "j'ai vu que", "habe gesehen, dass".
const newsCues = `
@saw (that|que|dass|,|q|k)
@saw (you|you're|youre|u|you've|youve)
@saw @their
@saw N
(gesehen|gelesen|gehort|mitbekommen|bemerkt|erfahren) (habe|hab|hatte) (,|dass)
`

// Verbs after which "su", "seu" are a third party's, not the reader's: "we
// help clinics (to) fill their agenda", "ajudamos empresas a aumentar seu
// faturamento".
const growW = "(aument*|mejor*|melhor*|reduc*|reduz*|optimi*|otimi*|duplic*|dobr*|llen*|ench*|escal*|crec*|cresc*|vend*|capt*|atra*|automati*|digitali*|posicion*|fideli*)"

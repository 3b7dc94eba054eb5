package rules

// Cues that the note names common ground, for no-common-ground (and, since
// shared ground is a reason to connect, for no-reason): something of theirs
// the sender read, watched or attended ("vi tu charla", "j'ai lu votre
// article", "Ihr Vortrag auf der JavaLand", "li seu post"), an event both
// were at, a school, group or employer both belong to, a mutual contact, or
// a named achievement of theirs. Seeing their profile, or the job they hold,
// is not common ground.

// groundCues weigh towards common ground; two make it.
var groundCues = []cue{
	{W: 2, Match: theirWorkSeen, Except: notTheirWork},
	{W: 2, Match: sharedEvent, Except: notSharedEvent},
	{W: 2, Match: sharedPlace, Except: notShared},
	{W: 2, Match: mutualContact},
	{W: 2, Match: namedAchievement},
	{W: 1, Match: groundWeak, Except: notTheirWork},
}

// theirWorkSeen: a post, talk, paper or project of theirs.
var theirWorkSeen = cuePats(`
en: (your|ur) _ (content|posts|videos|writing)
en: (your|ur) ... @work
en: (your|ur) (team|company|lab|group) (published|released|launched|shipped|wrote|built|ran|put)
en: speaker (for|at) (the|your) ... @event
en: (you|you've)? (organise|organize|run|host|lead|founded|started|cofounded|created) (the)? N
en: where you (studied|graduated|worked|trained)
en: (in|at) the same (boat|position|situation|spot|stage)
en: (saw|heard|watched|caught) you (speak|speaking|present|presenting|talk|talking|perform|performing|at|on|in)
en: (read|follow|watch|watched|subscribe|subscribed|listen) (to)? your N
en: @work (that)? (you|you've) (maintain|wrote|built|run|host|created|gave|published|shared|posted|organised|organized|lead|led|made|designed|started|recorded)
en: just like you
en: (read|saw|watched|heard|enjoyed|loved|liked|attended|followed|listened|caught|found|remember|appreciated|saw|used|use|quote|cited|cite|shared) (to)? (the|that|this|a|an|all|every)? ... @work
en: (saw|noticed|see) N ... @work
en: you (wrote|built|created|launched|published|posted|shared|designed|organised|organized|hosted|spoke|presented|gave|made|founded) (the|a|an|that|your|about|on|at|in)
en: (your|ur) (work|research) (on|around|with)
en: (your|ur) write up
en: (your|ur) (team's|company's|firm's|studio's|lab's|startup's|org's) _? @work
en: (your|ur) " ... " _? _? @work
en: (your|ur) _ : _ ... @work
en: (your|ur) (answer|answers|question|reply|replies|comment|comments|study) (on|about|to|in|at|during|under|regarding)
en: @work ... of (your|ur)
en: (your|ur) ... (helped|saved|taught|changed|got|gave|showed|pushed|inspired) me
en: (mentoring|mentored|taught|trained|coached|interviewed|supervised|hired|onboarded) me
en: (thanks|thank) (you)? (again)? for your (help|support)
es: gracias (de|otra)? (nuevo|vez)? (por|de) (tu|su) (ayuda|apoyo)
pt: (obrigado|obrigada) (de)? (novo|novamente)? (pela|por) (sua|tua) (ajuda|apoio)
fr: merci (encore)? (pour|de) (ton|ta|votre) (aide|soutien)
de: danke (nochmals|nochmal)? fur (deine|ihre) (hilfe|unterstutzung)
en: (saw|noticed|see|heard|read) (that)? N ... (is|are|was|were|has|have|just|recently|posted|opened|launched|went|raised|announced|won|released|shipped|started)
en: @talk (at|during) (the)? N
es: (tu|tus|su|sus|vuestra|vuestro|vuestras|vuestros) _? @work
es: (probe|use|uso|usamos|utilizo|descargue|instale|compre) (la|el|tu|su|vuestra|vuestro|los|las|sus|tus) _
es: (organizas|organiza|diriges|dirige|lideras|lidera|fundaste|fundo|creaste|coordinas|coordina) (el|la|los|las) N
es: donde (te|se)? (graduaste|graduo|estudiaste|estudio|trabajaste|trabajo|formaste)
es: (en|a) (el|la) (mismo|misma) (punto|situacion|momento|etapa)
es: (tu|su|vuestra|vuestro|tus|sus) (respuesta|pregunta|comentario|comentarios|estudio|entrevista) (sobre|en|de|a|acerca|con)
es: igual que (tu|usted|vos)
es: (te|le) (vi|vimos|escuche|escuchamos|conoci) (correr|jugar|tocar|cantar|bailar|competir|hablar|presentar|moderar|exponer|dar|en|el|la)
es: (organizas|organiza|organizan|organizais|diriges|dirige|lideras|lidera|coordinas|coordina|moderas|modera|presentas|conduces|conduce) (el|la|los|las)? ... @event
es: (coincidir|coincidimos|cruzarnos|cruzamos) en N
es: (fui|fuimos) (su|tu) (alumno|alumna|alumnos|alumnas|estudiante|becario|becaria|practicante|companero|companera)
es: (vi|visto|vimos|lei|leido|escuche|asisti|segui|mire|disfrute|encontre|descubri|sigo|use|uso|cito|vi|conoci|recuerdo|comparti) (a)? (la|el|los|las|tu|su|tus|sus|un|una|esa|ese|esta|este)? ... @work
es: (gracias|agradecerte|agradecerle) por (la|el|tu|su|tus|sus) ... @work
es: (te|le|los|las) (vi|escuche|segui|leo|sigo) (en|moderar|hablar|presentar|exponer|dar|desde)
es: (como|segun) (contaste|dijiste|explicaste|escribiste|comentaste|publicaste|mostraste|contabas|decias)
es: (tu|su) (respuesta|pregunta|comentario|estudio|trabajo) (a|en|sobre|de|acerca|con)
es: @work (de|del) (tu|su|vuestro|vuestra)
es: @talk (en|del) (el|la)? N
es: (arme|hice|monte|construi) ... (basad*|inspirad*)
pt: (seu|sua|seus|suas|teu|tua|teus|tuas|vosso|vossa) _? @work
pt: (usei|uso|testei|experimentei|baixei|instalei|comprei|usamos) (o|a|os|as|seu|sua)? _
pt: (app|aplicativo|produto|cartao|plataforma|campanha|projeto|site|loja) ... (de|da|do) (voces|vcs)
pt: (voce|vc|tu)? (organiza|organizas|dinamiza|dinamizas|coordena|coordenas|lidera|lideras|fundou|fundaste|criou|criaste|apresenta|apresentas) (o|a|os|as) N
pt: (voce|vc|tu)? (organiza|organizas|dinamiza|dinamizas|coordena|coordenas|lidera|lideras|fundou|fundaste|criou|criaste) (o|a|os|as) (rede|comunidade|grupo|programa|meetup|evento)
pt: (vai|vais) (palestrar|falar|apresentar|estar) (no|na|em) N
pt: (sigo|acompanho) (a|o) N
pt: onde (voce|vc|tu)? (se)? (formou|estudou|trabalhou|fez|formaste|estudaste)
pt: (tal|assim) como (a|o)? (voce|tu|senhora|senhor)
pt: (no|na) (mesmo|mesma) (ponto|situacao|momento|fase)
pt: (peguei|consegui|recebi) (seu|teu|o) (contato|contacto) (com|pela|pelo|atraves)
pt: @work que (voce|vc)? (mantem|escreveu|publicou|deu|criou|compartilhou|organizou|apresentou|lidera|postou|gravou|fez|liderou|desenhou|dirigiu)
pt: (assim|tal) como (voce|tu)
pt: (vi|li|assisti|ouvi|acompanho|acompanhei|sigo|segui|curti|adorei|gostei|uso|usei|citei|cito|conheci|lembro|acompanhando|assistindo|fui) (a|o|as|os|na|no|sua|seu|suas|seus|tua|teu|da|do|pela|pelo|essa|esse|aquela|aquele)? ... @work
pt: (que|qual) (voce|vc) (postou|publicou|escreveu|compartilhou|apresentou)
pt: (sua|seu) (resposta|pergunta|comentario|estudo|trabalho) (a|na|no|sobre|em|de|com)
pt: @work (do|da|de) (seu|sua|teu|tua|vosso|vossa)
pt: (seu|sua|teu|tua|seus|suas) ... (me)? (ajudou|ajudaram|inspirou|ensinou|salvou|mudou|fez|levou)
pt: (fui|fomos) (sua|seu|tua|teu) (aluno|aluna|alunos|alunas|estagiario|estagiaria|orientando|orientanda|mentorado|mentorada)
pt: @talk (no|na|do|da|em) N
pt: (vi|vimos) que (a|o) (sua|seu|vossa|vosso) _ (fez|lancou|publicou|criou|produziu|ganhou)
fr: (votre|vos|ton|ta|tes) _? _? @work
fr: (vous|tu)? (organisez|organises|animez|animes|dirigez|diriges|avez|as) (fonde|cree|lance)? (le|la|les) N
fr: ou (vous|tu) (avez|as) (etudie|travaille)
fr: au meme (point|stade)
fr: dans la meme (situation|etape)
fr: tout comme (vous|toi)
fr: (j'ai|ai|avez|avoir|avons) (lu|vu|ecoute|suivi|assiste|adore|aime|apprecie|decouvert|regarde|parcouru|entendu|lue|vue|utilise|cite|partage) (a|au|aux|avec)? (votre|vos|ton|ta|tes|la|le|les|un|une|cette|ce)? ... @work
fr: je (suis|lis|ecoute|regarde|utilise|cite|relis|partage) (vos|votre|ton|tes|ta) ... @work
fr: je (suis|lis|ecoute|regarde) (vos|votre|ton|tes|ta) (publications|posts|travaux|articles|ecrits|interventions)
fr: (votre|ta|ton) (reponse|question|commentaire) (a|au|lors|sur|pendant|dans)
fr: @work (de|du) (votre|ton|ta|vos|tes)
fr: @talk (a|au|aux|lors|de|du) (la)? N
fr: (l'article|l'intervention|l'atelier|l'etude|l'interview|l'enquete|l'expose|l'episode|l'album|l'ouvrage|l'analyse|l'emission|l'entretien) (de|sur|du|que|dans|publie|parue)
fr: (merci|remercier) (pour|encore|de|d'avoir) (votre|ta|ton|vos|tes|la|le)? ... @work
fr: @work ... (sur|de|avec) (votre|ton|ta|vos|tes)
de: (ihr|ihre|ihren|ihrem|ihrer|ihres|dein|deine|deinen|deinem|deiner|deines|euer|eure|euren|eurem|eures) _? _? @work
de: (ihr|ihre|ihren|ihrem|dein|deine|deinen|deinem) N (uber|zur|zum)
de: (ihrem|deinem) N ... (schreiben|schreibst|sagen|sagst|empfehlen|empfiehlst) (sie|du)
de: wie (sie|du) (bin|habe|hab|war|arbeite|komme|an|bei|in|im)
de: wie (sie|du) ... (studiert|gearbeitet|gewechselt|angefangen|gemacht)
de: (am|an) (selben|gleichen) punkt
de: (nebeneinander|zusammen) (sassen|standen)
de: (beim|auf|im) (der|dem)? N ... (sassen|sprachen|plauderten|diskutierten|standen)
de: (getroffen|kennengelernt) zu haben
de: wo (sie|du) ... (studiert|gearbeitet)
de: @work , (die|den|das|der) (sie|du|ihr)
de: genau wie (sie|du)
de: (gelesen|gesehen|gehort|verfolge|verfolgt|besucht|teilgenommen|gefolgt|zitiere|nutze|lese|hore|schaue) (ihren|deinen|ihre|deine|ihr|dein|den|die|das)? ... @work
de: (danke|dank|bedanken|bedanke) fur (ihren|deinen|ihre|deine|ihr|dein|den|die|das) ... @work
de: (ihre|deine|ihren|deinen) (antwort|frage|kommentar) (auf|zu|zur|zum|im|unter|in|uber|an)
de: @work (ihres|deines|ihrer|deiner|eures|eurer)
de: (ihrem|deinem|ihrer|deiner|ihren|deinen|ihre|deine|ihr|dein) N ... (teilgenommen|gelesen|gesehen|gehort|besucht|angeschaut|genutzt|verfolgt)
de: @talk (auf|beim|bei|im|am|zur|zum) (der|dem)? N
`)

// sharedEvent: an event both were at, or a meeting somewhere.
var sharedEvent = cuePats(`
en: (at|during|after) (the|this|last|yesterday's|today's|a|an|that)? ... @event
en: (meet|met|meeting|chat|chatted|chatting|talk|talked|talking|spoke|speaking|sat|sitting|see|seeing|saw|discuss|discussed|crossed) (with|next)? (to)? you (briefly|again|yesterday|today|last)? (at|in|during|after|by|on|near)
en: we (met|spoke|talked|chatted|sat|crossed) (briefly)? (at|in|during|after|on|by)
en: (also|too) (attending|going|speaking|presenting|heading) (to)?
en: (will|i'll|ill) be at ... (too|also|as)
en: (attended|attending|at) your
es: (en|durante|tras|desde) (el|la|los|las)? ... @event
es: (conocerte|conocerla|conocerlo|conocernos|conocimos|conocido|conocida|coincidimos|coincidido|compartir|compartimos|compartido|cruzamos|saludarte) (mesa|contigo|con)? (usted)? (brevemente|rapidamente|ayer|hoy)? (en|durante|tras|ayer|el)
es: (hablamos|charlamos|conversamos|vimos|vi|hablado|charlado|conversado) (brevemente|rapidamente|ayer)? (en|durante) (el|la|los|las)? ... @event
es: (estudiamos|trabajamos|coincidimos|estuvimos|fuimos) (en|a)
es: (estuve|estuvimos|fui|fuimos|asisti|asistimos|participe|participamos|estaba) (en|a) (el|la|los|las|tu|su)? ... @event
pt: (na|no|nas|nos|durante|depois) (sua|seu|da|do)? ... @event
pt: (conhecer|conhece|conheci|conhecemos|conversar|conversamos|falamos|vimos|cruzamos|encontramos|te|voce) (te|la|lo|voce|com)? (voce)? (rapidamente|brevemente|ontem|hoje)? (no|na|em|durante|pelo|pela)
pt: (estive|estivemos|fui|fomos|participei|participamos|assisti|estava) (na|no|em|a|ao|nas|nos) ... @event
pt: (vou|vamos) (estar|la)
fr: (au|aux|lors|pendant|durant|a|apres) (la|le|les|du|de|des)? ... @event
fr: (croise|croisee|croises|croisees|rencontre|rencontree|rencontres|rencontrees|vu|vue|parle|echange|discute|partage|remarque|remarquee) (avec)? (vous|toi|avec)? (brievement|rapidement|hier)? (au|a|aux|lors|pendant|chez|sur|dans|hier|au)
fr: (nous|on) (etions|etait) (tous|toutes)? (les)? (deux)? (au|a|aux|dans|chez|en|ensemble)
de: (auf|beim|im|am|bei|nach|vom|zur|zum) (der|dem|den|des)? ... @event
de: uns ... (unterhalten|kennengelernt|getroffen|gesprochen|gesehen|ausgetauscht)
de: uns (auf|beim) (der|dem)? N
de: (auf|beim|im|am) (der|dem)? N ... (unterhalten|kennengelernt|getroffen|gesprochen|aufgefallen|gesehen)
de: (waren|war|sind|bin) (beide|auch|ebenfalls) (beim|auf|bei|am) (der|dem)? N
de: (sie|du) (dort|da) (sprechen|sprichst|vortragen|auftreten|referieren|sind|bist)
`)

// notSharedEvent: an event of the sender's, offered rather than shared.
var notSharedEvent = cuePats(`
en: (my|our) ... @event
en: (organising|organizing|hosting|running) (a|an|the|our|my)? ... @event
es: (mi|nuestro|nuestra|nuestros) ... @event
es: (unete|inscribete|apuntate|invito|invitarte) ... @event
pt: (meu|minha|nosso|nossa) ... @event
fr: (mon|ma|mes|notre|nos) ... @event
fr: (organise|organisons) ... @event
de: (mein|meine|meinem|meiner|unser|unsere|unserem|unserer) ... @event
de: (nie|nicht) ... (unterhalten|kennengelernt|getroffen|gesprochen|begegnet|gesehen)
`)

// sharedPlace: a school, employer, group or field both belong to.
var sharedPlace = cuePats(`
en: (fellow|alum|alumni|alumna|alumnus|alumnae|classmate|classmates|batchmate|cohort|schoolmate|coursemate)
en: old (student|students|boy|girl)
en: (we're|were|we) (are|were)? (both|all) (at|in|from|of|went|studied|worked|attended|spoke|love|use|work|members|part|on|alumni|grads)?
en: (you|us) both
en: both (at|in|from|went|studied|worked|attended|spoke|work|members)
en: (i'm|im|am) (also|too) (a|an|from|at|in|on|part|based|graduate|member)
en: i am (also|too) (a|an|from|at|in|on|part|based|graduate|member)
en: i (also|too) (work|worked|studied|study|attended|went|live|lived|use|run|lead|teach|build|volunteer|moved|migrated|came|come|switched|made)
en: (the|your) same (school|university|college|company|team|group|class|program|programme|firm|city|batch|course|lab)
en: (at|from|in) the same
en: (like|as) you (,|did|do|.)
en: (i'm|im) ... too
en: i am ... too
en: (work|worked|working|study|studied) (with|alongside) you (at|in)
en: (thanks|thank) (you)? for (the|our) (chat|talk|conversation|call|coffee|meeting|discussion|exchange|intro)
en: (booth|stand|table) (at|in) N
en: (worked|work|working|studied|study) together
en: (we|our) (paths|desks)
en: (same|similar) (switch|move|transition|jump|path|problem|migration|rule|challenge)
en: (in|on) the ... (group|slack|community|circle|chapter|network|forum|club|society|association|discord) (too|also)
en: (also|too) (in|on) the
es: (ambos|ambas)
es: (los|las) (dos|tres) (estuvimos|trabajamos|estudiamos|pasamos|fuimos|somos|estamos|coincidimos|participamos|en|de)
es: (tambien|tb|tmb) (trabajo|soy|estudie|estudio|estuve|fui|migre|migramos|uso|vivo|pase|participe|asisti|sigo|estoy|me|hago|lidero|he|trabaje|vengo|corro|juego)
es: como (yo|nosotros|nosotras)
es: como (tu|usted|vos) (,|.|y)
es: como (tu|usted|vos) $
es: (mismo|misma|mismos|mismas) (empresa|promo|universidad|equipo|grupo|programa|curso|ciudad|facultad|colegio|escuela|bootcamp|generacion|promocion|clase|carrera|master|oficina|comunidad)
es: (estudie|estudiamos|trabaje|trabajamos|coincidimos|crecimos|jugamos) (contigo|juntos|juntas)
es: (trabaje|trabajamos|estudie) con (tu|su) (hermana|hermano|colega|amigo|amiga|jefe|jefa|companero|companera|socio|socia|prima|primo|esposa|esposo|pareja)
es: (exalumno|exalumna|exalumnos|exalumnas|alumni|egresados|companero|companera|companeros|companeras)
es: (somos|fuimos|eramos) colegas
es: (generacion|promocion) (#|de)
pt: (os|as|nos) (dois|duas) (estivemos|trabalhamos|estudamos|passamos|fomos|somos|estamos|pela|pelo|na|no|em)?
pt: (passamos|passamos|estudamos|trabalhamos|estivemos|fomos|somos) (juntas|juntos|os|as|ambos|ambas|ex|pela|pelo)
pt: (tambem|tb|tbm) (vim|venho|trabalho|trabalha|trabalhamos|sou|e|somos|estudei|estudou|estudamos|estive|esteve|fui|foi|uso|usa|moro|mora|corro|corre|migramos|migrei|passei|passou|participei|participou|sigo|estou|esta|atuo|atua|faco|faz|lidero|tenho|tem|vou|vai|jogo|joga)
pt: (mesmo|mesma|mesmos|mesmas) (empresa|universidade|equipe|time|grupo|programa|curso|cidade|faculdade|escola|turma|projeto|transicao|problema|caminho|desafio)
pt: (ex|antigo|antiga) (aluno|aluna|alunos|alunas|colega|colegas)
pt: (colega|colegas|turma) (de|da|do)
pt: alumni
pt: (fui|fomos) (sua|seu|seus|suas) (aluno|aluna|alunos|alunas|colega|colegas)
pt: como eu
pt: como (voce|voces|tu) (,|.|e)
pt: como (voce|voces|tu) $
fr: (tous|toutes) les (deux|trois)
fr: comme moi
fr: comme (vous|toi) (,|.|je|et|a|au|chez)
fr: comme (vous|toi) $
fr: (ancien|ancienne|anciens|anciennes) (de|du|des|eleve|eleves|camarade|camarades|collegue|collegues)
fr: (camarade|camarades|promo|promotion) (de|du|#)
fr: alumni
fr: (meme|memes) (entreprise|ecole|universite|equipe|groupe|promo|promotion|prepa|ville|programme|classe|cursus|master|formation|boite|chantier|reseau|association|club)
fr: (travaille|etudie|vis|habite|utilise|bosse|etions) (aussi|egalement)
fr: moi (aussi|egalement)
fr: (aussi|egalement) (chez|passe|passee|ancien|ancienne|diplome|diplomee)
fr: (avons|a) (bosse|travaille|etudie|fait) (ensemble|tous|toutes)
fr: (nous|on) (etions|etait) (dans|a|au|aux|chez|ensemble)
de: (wir|uns) (beide|alle)
de: (waren|sind|haben|hatten|studierten|arbeiteten) (wir)? beide
de: beide (an|bei|im|in|auf|beim|am|aktiv|studiert|gearbeitet|waren|sind)
de: (ich|bin|arbeite|war|komme|studiere|wohne) (auch|ebenfalls) (bei|an|als|aus|mitglied|aktiv|alumni|absolvent|absolventin)
de: (ebenfalls|auch) (im|in|bei|an) (der|dem|den)? (bereich|branche|team|verein|netzwerk|gruppe)
de: (gleiche|gleichen|gleicher|selbe|selben|selber) (firma|team|uni|universitat|gruppe|stadt|verein|programm|jahrgang|schule|studiengang|abteilung)
de: (alumni|alumna|alumnus|kommilitone|kommilitonin|kommilitonen|jahrgang|absolvent|absolventin)
de: (damals|zusammen) (bei|an|im|in)
de: (wie|so) (sie|du) (,|.|auch)
`)

// notShared: "someone like you" is not something shared.
var notShared = cuePats(`
pt: (alguem|pessoas|gente|profissionais|perfis|empresas|lideres|caras) como (voce|tu)
en: (someone|people|anyone|somebody|professionals|candidates|folks|companies|teams|leaders) like you
en: (never|not) (worked|studied|met|crossed|spoken|talked|been) ... (together|paths)?
es: (alguien|personas|gente|profesionales|perfiles|empresas|lideres) como (tu|usted|vos)
fr: (quelqu'un|personnes|gens|profils|professionnels|entreprises) comme (vous|toi)
`)

// mutualContact: someone both know, or who sent the sender.
var mutualContact = cuePats(`
en: (suggested|recommended|referred|introduced|mentioned) (me|i|that|you|your|you'd|youd|you're|youre)
en: (mutual|common) (friend|friends|contact|contacts|connection|connections|colleague|colleagues)
en: found you (through|via|on|in|at)
en: (through|via) (our|a) (mutual|common)
en: (gave|passed|shared) me your (name|details|contact|profile)
en: (your|ur) (sister|brother|colleague|friend|boss|manager|cousin|wife|husband|teammate|cofounder|mentor|professor|father|mother|dad|mum|mom|son|daughter)
es: me (recomendo|sugirio|recomendaron|sugirieron|hablo|hablaron|paso|pasaron|dio|dieron|comento|comentaron|conecto|dijo|dijeron|pidio|presento) (tu|su|que|de|contactarte|escribirte|hablar|contactar)
es: (contactos|amigos|conocidos|contacto|amigo|amiga|conocido|conocida|conexiones) en comun
es: (tu|su) (hermana|hermano|colega|amigo|amiga|jefe|jefa|companero|companera|socio|socia|prima|primo|esposa|esposo|mentor|mentora|padre|madre|hijo|hija)
es: (recomendacion|sugerencia) de N
pt: me (indicou|recomendou|sugeriu|passou|falou|apresentou|indicaram|recomendaram|sugeriram|passaram|falaram) (seu|sua|o|voce|sobre|de|que)
pt: (contatos|contactos|amigos|conexoes|contato|contacto|amigo|amiga|conhecido|conhecida) em (comum|comuns)
pt: (sua|seu|tua|teu) (irma|irmao|colega|amigo|amiga|chefe|socio|socia|prima|primo|esposa|marido|mentor|mentora|pai|mae|filho|filha)
pt: (sugeriu|indicou|recomendou|disse) que eu
fr: (m'a|m'ont) (conseille|recommande|suggere|parle|donne|transmis|oriente|presente|indique)
fr: (contacts|relations|amis|connaissances|contact|ami|amie) en commun
fr: (votre|ton|ta) (soeur|frere|collegue|ami|amie|associe|associee|cousin|cousine|femme|mari|mentor|mentore|pere|mere|fils|fille)
fr: de la part (de)
de: (gemeinsame|gemeinsamen|gemeinsamer) (kontakte|kontakt|bekannte|bekannten|freunde|freund|freundin|kollegen|kollegin)
de: (auf|nach) (empfehlung|anraten|hinweis) (von|meines|meiner)
de: (hat|haben) mir (ihren|deinen|ihre|deine|sie|dich|ihr|dein) ... (empfohlen|genannt|gegeben|weitergeleitet|vorgeschlagen)
de: (hat|haben) mir (geraten|empfohlen|vorgeschlagen)
de: (ihrer|deiner|ihrem|deinem|ihre|deine|ihr|dein|ihren|deinen) (schwester|bruder|kollegin|kollege|kollegen|freundin|freund|chefin|chef|mitgrunder|mitgrunderin|cousine|cousin|frau|mann|mentor|mentorin|vater|mutter|sohn|tochter)
`)

// namedAchievement: congratulations on something named: "congrats on the
// Series A", "félicitations pour la levée de fonds de Pilotix".
var namedAchievement = cuePats(`
en: (congrats|congratulations|congratulation|congrat|congratz|kudos) ... N
en: (congrats|congratulations|congratulation|congrat|congratz|kudos) ... ... N
en: (congrats|congratulations|congratulation|congrat|congratz|kudos) ... ... ... N
es: (felicidades|felicitaciones|enhorabuena|felicito|felicitarte|felicitarle) ... N
es: (felicidades|felicitaciones|enhorabuena|felicito|felicitarte|felicitarle) ... ... N
pt: (parabens|felicitacoes|parabenizo|parabenizar) ... N
pt: (parabens|felicitacoes|parabenizo|parabenizar) ... ... N
fr: (felicitations|bravo|chapeau) ... N
fr: (felicitations|bravo|chapeau) ... ... N
de: (gluckwunsch|glueckwunsch|gratuliere|gratulation|gluckwunsche|gratulieren) ... (von|bei|an|fur|in|mit) N
`)

// groundWeak: hints of shared context that need another to count.
var groundWeak = cuePats(`
en: (tried|used|use|using|downloaded|installed|bought) (your|the) _
en: (conference|meetup|summit|webinar|hackathon|keynote|workshop|podcast|newsletter|forum|panel|congress|symposium)
en: (congrats|congratulations|congratulation|congrat|congratz)
en: too $
es: (mismo|misma) (sector|area|rubro|campo|industria|ambito)
es: (congreso|conferencia|meetup|hackaton|hackathon|cumbre|summit|webinar|feria|foro|jornadas|podcast|bootcamp)
es: (te|le) sigo
es: (tu|su) trabajo (en|sobre)
pt: (congresso|conferencia|meetup|hackathon|summit|webinar|feira|forum|podcast|bootcamp)
pt: (acompanho|sigo) (voce|vc|seu|sua|o|a)
fr: (suis|fais|ai|viens|sommes) (aussi|egalement)
fr: (aussi|egalement) (dans|en)
fr: (conference|salon|meetup|hackathon|sommet|summit|webinaire|webinar|forum|colloque|podcast|rencontres)
fr: je (vous|te) (suis|lis|ecoute)
de: (konferenz|messe|meetup|hackathon|kongress|summit|gipfel|webinar|forum|tagung|barcamp|podcast)
de: (bin|arbeite|sind) (auch|ebenfalls) (im|in)
de: (beim|auf) (der|dem)? N
de: (kennengelernt|unterhalten|getroffen|gesprochen|begegnet)
`)

// Things of theirs a sender may have read, watched or used, per language.
const (
	workEN = "(talk|talks|post|posts|article|articles|panel|podcast|book|paper|papers|thread|threads|newsletter|video|videos|presentation|workshop|keynote|session|webinar|blog|essay|piece|research|project|launch|relaunch|writeup|tutorial|guide|study|report|episode|interview|course|repo|library|lib|demo|lecture|class|thesis|photos|photographs|pictures|maps|map|drawings|designs|dataset|code|survey|film|documentary|app|game|album|song|exhibition|exhibit|show|campaign|tool|site|zine|series|redesign|rebrand|sequence|trial|trials|experiment|experiments|findings|results|model|method|methods|protocol|framework|speech|slides|deck|analysis|review|reel|portfolio|carousel|notebooks|notebook|pr|breakdown|column|commentary|channel|stream|fieldwork|titles|parser|plugin|package|proposal|sharing|writing|tips|mentoring|mentorship|teaching|lectures)"
	workES = "(charla|charlas|post|posts|publicacion|publicaciones|articulo|articulos|hilo|hilos|ponencia|ponencias|conferencia|presentacion|podcast|libro|libros|paper|papers|tesis|investigacion|proyecto|proyectos|video|videos|taller|curso|clase|newsletter|blog|columna|informe|reporte|analisis|resena|libreria|repo|panel|keynote|webinar|seminario|masterclass|canal|serie|documental|ensayo|tribuna|encuesta|episodio|directo|app|herramienta|paper|intervencion|talk|exposicion|contenidos|contenido|mentoria|videos|clases|canal|campana|portafolio|portfolio|app|aplicacion)"
	workPT = "(palestra|palestras|post|posts|postagem|publicacao|publicacoes|artigo|artigos|thread|fio|talk|apresentacao|entrevista|podcast|livro|paper|tese|estudo|pesquisa|projeto|video|videos|oficina|workshop|curso|aula|newsletter|blog|coluna|relatorio|analise|live|canal|serie|intervencao|painel|keynote|webinar|seminario|episodio|lib|biblioteca|repo|case|clipe|documentario|reportagem|fala|lives|relato|depoimento|portfolio|conteudo|conteudos|mentoria|aulas|materiais|material)"
	workFR = "(article|articles|post|posts|publication|publications|billet|fil|thread|conference|intervention|presentation|talk|keynote|atelier|webinaire|webinar|interview|podcast|livre|album|ouvrage|these|etude|enquete|rapport|recherche|recherches|projet|video|videos|cours|newsletter|blog|tribune|chronique|analyse|serie|panel|episode|reportage|documentaire|travaux|papier|bibliotheque|repo|live|session|seminaire|expose|masterclass|keynote|livre|thread|carte|cartes|slides|outil|contenus|contenu|chaine|mentorat|cours|videos|emission|retour|retours|temoignage|guide|guides|billet)"
	workDE = "(vortrag|vortrags|beitrag|beitrags|beitrage|post|posts|artikel|talk|keynote|workshop|webinar|interview|podcast|buch|paper|studie|projekt|projekte|video|videos|kurs|vorlesung|newsletter|blog|blogpost|kolumne|analyse|reportage|thread|prasentation|panel|session|folge|episode|forschung|dissertation|tipp|tipps|konzept|leitfaden|bericht|umfrage|seminar|rede|dokumentation|veroffentlichung|publikation|aufsatz|gastbeitrag|vortrage|talks|recherche|referat|masterarbeit|bachelorarbeit|doktorarbeit|ratgeber|inhalte|kanal|mentoring|beitragen|seminar|vorlesungen)"
)

// Talks and the like, given at an event, per language.
const (
	talkEN = "(talk|keynote|panel|session|presentation|workshop|demo|lecture|speech|masterclass)"
	talkES = "(charla|ponencia|conferencia|presentacion|taller|keynote|panel|intervencion|exposicion|masterclass|talk)"
	talkPT = "(palestra|talk|apresentacao|oficina|painel|keynote|fala|aula|intervencao|masterclass)"
	talkFR = "(talk|conference|intervention|presentation|atelier|keynote|expose|masterclass|table)"
	talkDE = "(vortrag|talk|keynote|workshop|panel|session|prasentation|masterclass|impuls|rede)"
)

// Events, per language.
const (
	eventEN = "(conference|meetup|summit|webinar|hackathon|expo|fair|forum|panel|keynote|workshop|festival|congress|symposium|seminar|bootcamp|retreat|booth|stand|session|day|days|week|fest|camp|convention|gala|breakfast|dinner|lunch|party|event|meeting|roundtable|programme|program|course|class|accelerator|incubator|cohort|circle|fellowship|show)"
	eventES = "(congreso|conferencia|feria|meetup|hackaton|hackathon|foro|jornada|jornadas|encuentro|cumbre|summit|evento|taller|seminario|bootcamp|webinar|panel|charla|desayuno|almuerzo|cena|fiesta|simposio|festival|expo|salon|stand|fest|conf|day|days|week|camp|forum)"
	eventPT = "(congresso|conferencia|feira|meetup|hackathon|forum|jornada|encontro|summit|evento|oficina|workshop|seminario|bootcamp|webinar|painel|palestra|almoco|jantar|festa|simposio|festival|expo|stand|churrasco|party|conf|day|days|week|camp|trends|reuniao)"
	eventFR = "(conference|salon|meetup|hackathon|forum|journee|journees|rencontres|rencontre|sommet|summit|evenement|atelier|seminaire|bootcamp|webinaire|webinar|table|panel|dejeuner|diner|soiree|colloque|festival|stand|congres|camp|day|days|week|conf|fest|assemblee|afterwork|apero)"
	eventDE = "(konferenz|messe|meetup|hackathon|forum|tagung|kongress|summit|gipfel|veranstaltung|event|workshop|seminar|bootcamp|webinar|panel|barcamp|stand|feier|weihnachtsfeier|festival|treffen|stammtisch|camp|fachtagung|symposium|day|days|week|conf|fest|podium|podiumsdiskussion|kongresses|messestand|vortrag)"
)

// notTheirWork: phrases that mention the recipient without any sign of
// having read them: seeing a profile is not common ground or a reason.
var notTheirWork = cuePats(`
en: (saw|found|came|viewed|noticed|read|spotted|stumbled|visited|checked|went|looked) (across|upon|out|through|at|on)? your (profile|page|name|linkedin|background|experience|resume|cv|bio|feed)
en: (your|ur) (profile|page|background|experience|career|journey|cv|resume|photo|picture|smile)
es: (vi|visto|encontre|revise|mire|lei) (tu|su) (perfil|pagina|cv|trayectoria|experiencia)
es: (tu|su) (perfil|trayectoria|experiencia|carrera|curriculum|foto)
pt: (vi|encontrei|li|olhei|visitei) (o)? (seu|sua|teu|tua) (perfil|pagina|cv|trajetoria|experiencia|foto)
pt: (seu|sua|teu|tua) (perfil|trajetoria|experiencia|carreira|curriculo|foto)
fr: (vu|parcouru|consulte|decouvert|lu|regarde|tombe|tombee) (sur)? (votre|ton) (profil|page|parcours|cv|photo)
fr: (votre|ton|ta|vos) (profil|parcours|experience|carriere|trajectoire|cv)
de: (ihr|ihren|dein|deinen|ihre|deine) (profil|werdegang|lebenslauf|profilbild|erfahrung|karriere|laufbahn)
de: (auf|uber) (ihr|dein) profil
`)

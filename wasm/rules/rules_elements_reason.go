package rules

// Cues that the note gives a reason to connect, for no-reason: why this
// person, why now. Common ground is a reason (groundCues); so are a
// congratulation, thanks for something, news of theirs the sender noticed
// ("vi que abrieron búsqueda", "j'ai vu que vous recrutez"), a role that fits
// them, and a concrete question about their work ("how did you…", "¿cómo lo
// miden?"). Wanting to connect, admiring a profile or asking for any job
// going is not.

// reasonCues weigh towards a reason; with groundCues, two make one.
var reasonCues = []cue{
	{W: 2, Match: reasonStrong, Except: notReason},
	{W: 2, Match: theirDoing, Except: notReason},
	{W: 2, Match: theirRecordFits},
	{W: 1, Match: reasonWeak, Except: notReason},
}

// reasonStrong: a reason on its own.
var reasonStrong = cuePats(`
en: (congrats|congratulations|congratulation|congrat|congratz|kudos)
en: well deserved
en: (thank|thanks) (you)? (so|very)? (much)? (for|again)
en: (saw|see|noticed|notice|heard|read|learned|learnt|spotted) (that)? (you|your|you're|youre)
en: (saw|see|noticed|notice|heard|read|learned|learnt|spotted|know|hear) (that)? N (is|are|was|were|has|have|just|recently|posted|opened|launched|went|raised|announced|won|hit|released|shipped|started|got|moved)
en: (hear|heard) (great|good|amazing|wonderful|so|a) (things|lot|much) (about|of)
en: (given|because|thanks) (of|to)? your
en: how (did|do|does|would|have|are|is|was|were|has) (you|your|they|the)
en: what (do|did|would|made|was|is|has|have) (you|your)
en: what's (the|your) ... you
en: (why|when|where|which) (did|do|would) you
en: (love|like|want|keen|eager|glad|happy|hoping|hope) to (hear|learn|understand|know|ask|compare|swap|exchange|discuss|pick) (how|what|why|which|where|whether|about|your|notes|ideas)
en: (your|ur) ... (is|are) (hiring|growing|expanding|scaling|recruiting)
en: (saw|see|noticed|heard|read) ... (hiring|growing|expanding|scaling|opened|posted)
en: (hiring|openings|roles|positions|jobs|vacancies) (at|in) N
en: (like|as) yours
en: (hiring|growing|expanding|scaling) (your|the|its)
en: (i'll|ill) be (at|in|attending)
en: (i|we) will be (at|in|attending)
en: (similar|same) (problem|challenge|issue|thing|project|rule|transition|switch|move|pattern|load|scheme|question)
en: (questions|question) (about|on) (your|the)
en: (could|would|can) you (point|share|tell|explain|walk)
es: (felicidades|felicitaciones|felicitarte|felicitarle|felicito|enhorabuena|bravo)
es: (gracias|agradecerte|agradecerle|agradecer|agradezco) (por|de|la|el|tu|su|que)
es: (vi|visto|veo|vimos|note|entere|lei|supe|escuche|leido|notado) que
es: (vi|visto|veo) (la|tu|su|una) (vacante|oferta|busqueda|convocatoria|posicion)
es: (encaja|encajas|encajaria|encajarias|encajan|encajarian)
es: perfil (ideal|perfecto)
es: como (lo|la|los|las|le|les|se)? (miden|midieron|hicieron|hiciste|manejan|manejaron|resolvieron|resolviste|lograron|lograste|organizan|estructuran|convencieron|convenciste|reclutaron|consiguieron|conseguiste|gestionan|abordan|abordaron|llegaste|pasaste|aprendiste|empezaste|empezaron|validaron|validaste|eligieron|elegiste|decidieron|manejas|mides|haces|hacen|estan)
es: (que|cuales) (datos|herramientas|metodologia|fuentes|criterios|metricas) (usaste|usaron|usas|usan|utilizaste|utilizaron)
es: (preguntarte|preguntarle|consultarte|consultarle) (sobre|por|como|que|cual|cuales|acerca)
es: (me)? quede (con|pensando)
es: (buscais|buscan) (perfiles|gente|personas|talento)
es: (vacante|posicion|puesto|oferta) de N
es: (voy|vamos) a (estar|ir)
es: (algo|proyecto) (parecido|similar)
pt: (parabens|felicitacoes|parabenizo|parabenizar)
pt: (obrigado|obrigada|agradeco|agradecer|valeu) (pela|pelo|por|a|o|sua|seu)
pt: (vi|li|soube|reparei|percebi|notei|vimos|ouvi) que
pt: (tem|tudo) (tudo)? a ver com (o)? (seu|sua|teu|tua|voce)
pt: (combina|encaixa|alinha) (com|muito|bem|perfeitamente)
pt: como (voce|voces|vcs|vc|o|a|tu)? (senhor|senhora)? (fez|faz|fizeram|fazem|estrutura|estruturam|convenceram|convenceu|resolveram|resolveu|mediram|mediu|mede|medem|lidam|lida|lidaram|comecou|chegou|chegaram|conseguiu|conseguiram|organiza|organizam|escolheu|escolheram|decidiu|decidiram|validou|validaram|gerenciam|gerencia)
pt: o que (voce|vc|voces|tu)? (faria|fez|fizeram|recomenda|recomendaria|mudaria)
pt: (entender|saber|perceber|ouvir|conversar|trocar) (melhor)? (ideias)? (sobre)? (como|porque|se)
pt: (entender|saber|perceber) (o|por|em) (que)
pt: (abriu|abriram|abre|publicou|publicaram) (vagas|vaga|processo|processos)
pt: (vaga|posicao|cargo) (de|para) N
pt: (vagas|contratando|recrutando|contratar|oportunidades) (na|no|em) N
pt: como (a|o) (sua|seu)
pt: (vou|vamos) estar (la|no|na)
pt: (mesmo|mesma|parecido|parecida|similar) (problema|desafio|tema|projeto|caminho|transicao)
pt: (algo|projeto) (parecido|similar)
fr: (felicitations|bravo|chapeau|felicite)
fr: (merci|remercier|remercie) (pour|encore|de|d'avoir|beaucoup)
fr: (j'ai|je|on) (vu|vois|remarque|appris|lu|entendu|constate|note) que
fr: (correspond|correspondent|correspondrait|colle|collent|convient|conviennent) (parfaitement|bien|tout|exactement|au|a)?
fr: comment ... (vous|tu)
fr: (comment|pourquoi|quand) (avez|as|etes|es) (vous|tu)
fr: (poser|demander) (quelques|des|deux|trois|une)? (questions|question) (sur|a|au|concernant)
fr: (echanger|discuter|parler) avec (vous|toi) (sur|de|au|du|des)
fr: (echanger|discuter) sur
fr: (recrute|recrutent|recrutez|embauche) (beaucoup|activement)
fr: (poste|offre|stage) (de) N
fr: (ouvertures|postes|recrutez|recrutement|stage|alternance|opportunites) (chez|a) N
fr: comme (la|le) (votre|tienne|tien)
fr: (serai|serons) (aussi|egalement)? (a|au|present|presente)
fr: (meme|similaire) (chantier|probleme|sujet|projet|constat|chose|question)
fr: projet similaire
fr: la meme chose
de: (gluckwunsch|glueckwunsch|gratuliere|gratulation|gluckwunsche|gratulieren)
de: (danke|dank|bedanke) (fur|dafur|fuer)
de: bedanken
de: vielen dank (fur|dafur)
de: (gesehen|gelesen|gehort|mitbekommen|bemerkt) , dass
de: (passt|passen|passe) (perfekt|gut|ideal|genau)? (zu|auf) (ihrem|deinem|ihr|dein|ihnen|dir)
de: wie gemacht fur
de: wie (haben|hast|habt|gehen|geht|messen|misst|organisiert|organisieren|formulierst|formulieren|sind|bist|seid|werten|wertet|lost|losen|macht|machen|gestaltet|gestalten|finanziert|nutzt|nutzen|handhabt|handhaben|lief|lauft|kam|kamen)
de: (fragen|frage) (zu|zur|zum|uber|an)
de: (mehr|etwas) (uber|zu) (ihre|deine|ihren|deinen|ihr|dein|ihrem|deinem|die|den|das)
de: (austausch|austauschen) (zu|zur|zum|uber)
de: (sucht|suchen) ... (noch|gerade) ... (leute|werkstudenten|verstarkung|mitarbeiter|jemanden|entwickler)
de: (ahnlichen|ahnliche|gleichen|gleiche|selben) (fragen|thema|projekt|problem|situation|herausforderung)
de: (stehen|stehe) ... vor (ahnlichen|dem|den|der)
de: (ahnliches|ahnlichen) (programm|projekt|thema)
de: (ahnlichen|ahnliche|vergleichbaren) (unternehmen|mittelstandlern|firmen|kunden|teams|kliniken|handlern|betrieben)
de: (bei|in) N (noch)? (werkstudenten|stellen|leute|praktikanten|jemanden|verstarkung|entwickler)
`)

// theirDoing: something of theirs named as what they made or led, or said:
// a reason to write to them, though not ground the sender shares.
var theirDoing = cuePats(`
en: (your|ur) (team|department|group) at N
en: (that|which) you (led|built|designed|wrote|published|ran|organised|organized|launched|created|directed|made|produced|said)
en: (your|ur) _? (brand|site|website|app|store|shop|product|feature|quote|motto|flow|onboarding|checkout|pricing|homepage|funnel)
en: (role|position|opening|vacancy) (on|in) your (team|department|group)
en: (anything|something|roles|openings|opportunities) (at|with) N
es: que (lideraste|lidero|hiciste|hizo|hicisteis|disenaste|diseno|dirigiste|dirigio|coordinaste|construiste|creaste|escribiste|publicaste|presentaste|organizaste|lanzaste|dijiste|decias)
pt: (vosso|vossa|vossos|vossas) (grupo|empresa|negocio|equipa|equipe|restaurante|hotel|marca|loja)
pt: (se)? (adequa|adequam|encaixa|encaixam) (ao|a|com) (seu|sua|teu|tua|o)
pt: como (voce|vc)? (esteve|trabalhou|passou|foi|liderou|atuou)
es: como (estuviste|trabajaste|pasaste|fuiste|lideraste)
de: (sie|du) (arbeiten|arbeitest|leiten|leitest|sind|bist|verantworten|verantwortest) ja
de: (ihre|deine) (arbeit|arbeiten) (an|zu|zur|zum|uber|bei)
de: (passt|passen) (sehr|perfekt|gut|ideal|genau)
de: mich (bei|fur) N ... beworben
es: (postule|aplique|postulando) ... (en|a|para) N
pt: (me)? (candidatei|candidatando) ... (na|no|em|para) N
fr: (postule|candidate|candidature) ... (chez|a) N
en: applied (for|to) ... (at|with) N
es: que (habeis|has|han|ha) (construido|creado|hecho|lanzado|disenado|desarrollado|publicado|montado) (en|para|con)
es: (tu|vuestra|vuestro|tus) (marca|web|app|aplicacion|tienda|producto|productos|funcion|coleccion|restaurante|frase|frases|palabras|lema|cita|reflexion)
es: (tu|su|vuestro|vuestra) (area|equipo|departamento|empresa) (de|en) ... N
pt: que (voce|vc)? (liderou|fez|desenhou|dirigiu|coordenou|construiu|criou|escreveu|publicou|apresentou|organizou|lancou|disse|projetou|assinou|fundou)
pt: (seu|sua|vossa|vosso) (time|equipe|equipa|area|departamento) (de|na|no|em) ... N
fr: que (vous|tu) (avez|as) (dirige|mene|concu|cree|ecrit|publie|presente|organise|lance|pilote|realise|construit|fonde|dit)
fr: (votre|ton|ta|vos|tes) (marque|site|appli|application|boutique|produit|produits|fonctionnalite|collection|restaurant|phrase|devise|citation|formule)
de: (ihre|deine|ihr|dein|ihren|deinen|eure|euer) (marke|website|app|shop|produkt|produkte|funktion|kollektion|restaurant|satz|zitat|motto)
`)

// theirRecordFits: their record named with a place or said to fit, as a
// recruiter writes ("your background at Zomato", "roles that match your
// background"): a reason, though "your background" alone is not.
var theirRecordFits = cuePats(`
en: (your|ur) _? (work|experience|background|projects) (at|with|on) N
en: (fits|matches|suits|match|fit|suit) (your|ur) (profile|background|experience|skills|skillset)
es: (tu|su) (experiencia|trabajo|perfil) (con|en) N
pt: (sua|seu) (experiencia|trabalho|perfil) (com|na|no|em) N
fr: (votre|ton|ta) (experience|travail|profil) (chez|avec|sur) N
de: (ihre|deine|ihr|dein) (erfahrung|arbeit|profil) (bei|mit|an) (der|dem)? N
`)

// reasonWeak: half a reason: wanting to learn from them in general, a
// question to them.
var reasonWeak = cuePats(`
en: learn (from|about|more)
en: (your|any) (advice|thoughts|take|perspective|insight|insights|view|views|opinion|input|feedback|guidance|tips)
en: (advice|tips|guidance|insight|insights|perspective) (on|about|for)
en: (interested|curious) (in|about|how|what|why|whether)
en: (since|because) (i|we|you)
en: (exactly|just) what (we|our|i)
en: (is|are) (hiring|growing|expanding|scaling)
pt: (trabalhar|entrar|mudar|juntar|estagiar|estagio) (me)? (na|no|em|para) (a|o)? N
en: (work|join|intern) (at|with)? N
en: (you're|youre) (hiring|growing|expanding|scaling|recruiting)
fr: (vous|tu) (recrutez|recrutes|embauchez|cherchez|recherchez)
pt: (esta|estao|estava) (a)? (contratando|contratar|recrutando|recrutar|crescendo|crescer|expandindo|expandir|abrindo|lancando|lancar)
es: (estan|estais|esta|estas) (contratando|buscando|creciendo|reclutando|incorporando|sumando|ampliando)
es: como (la|el|los|las) (tuya|tuyo|tuyas|tuyos|suya|suyo|suyas|suyos|vuestra|vuestro)
es: aprender (de|con|mas)
en: (great|good|perfect|strong|natural|ideal|excellent) (fit|match)
es: (tu|su) (consejo|opinion|mirada|vision|perspectiva|experiencia) (sobre|en|con)
pt: aprender (com|mais|sobre)
pt: (conselho|conselhos|dicas|mentoria) (para|sobre|em)
fr: apprendre (de|aupres|sur)
fr: (votre|ton) (avis|regard|conseil|point|experience) (sur|en|dans)
fr: (conseils|avis) (pour|sur)
de: (lernen|erfahren)
de: (ihren|deinen|ihre|deine) (rat|meinung|einschatzung|sicht|erfahrung) (zu|zur|zum|fur|im|in)
de: (rat|tipps|empfehlung) (fur|zu|zum)
`)

// notReason: phrases that look like a reason but are not.
var notReason = patsJoin(notTheirWork, cuePats(`
en: (if|case|whenever) (you're|you|your) ... (hiring|looking|need|needs)
en: (congrats|congratulations|kudos) (on|for) (all|everything)
en: thank (you)? (for|in) (your)? (consideration|time)
en: (saw|see|noticed) (that)? your (profile|page|background|experience)
en: how (are|is) (you|your|things)
en: how (are|r) (you|u) (doing|keeping)?
en: (thank|thanks) (you)? (for|in) (your|the)? (time|consideration|attention|advance|reading|accepting)
en: what (do|did) you (think|say)
en: how (do|did) you (do|feel)
es: (veo|vi|noto|note) que (es|eres) (usted)? (un|una|muy|toda|todo)
es: todo lo que (has|ha|habeis|han)
pt: tudo (o)? que (voce|vc)? (ja)? (fez|conquistou|construiu|alcancou)
fr: tout ce que (vous|tu) (avez|as)
de: alles , was (sie|du)
en: (all|everything) (you've|you|youve) (have)? (achieved|accomplished|built|done)
es: (gracias|agradezco) (de|por) (antemano|adelantado|leer|aceptar)
es: si (estan|estas|esta|estais) (contratando|buscando)
es: (felicidades|felicitaciones) por (todo|tanto)
es: (gracias|agradezco) por (tu|su|la) (tiempo|atencion|consideracion)
es: (vi|visto|veo|note) que (trabajas|trabajais|trabaja|trabajan|estas|esta) (en|para|con)
pt: (obrigado|obrigada|agradeco) (pela|por|desde) (sua|seu|a)? (atencao|tempo|leitura|aceitar|ja)
pt: se (voces|voce|vcs|vc)? (estiverem|estiver|estao|esta) (contratando|recrutando|procurando|buscando)
pt: (parabens|parabenizo) (por|pela|pelo) (tudo|toda|todo)
pt: (vi|notei|reparei) que (voce|vc|o|a)? (senhor|senhora)? (trabalha|esta) (na|no|em|com)
fr: merci d'avance
fr: merci par avance
fr: merci (de|pour) (votre|ton) (attention|temps|consideration|lecture|retour)
fr: merci de me lire
fr: merci de (considerer|examiner|prendre|lire)
fr: si (vous|tu) (recrutez|recrutes|cherchez|cherches|avez|as)
fr: (bravo|felicitations) pour (tout|l'ensemble)
fr: (j'ai|je) (vu|vois) que (vous|tu) (travaillez|travailles|etes|es) (chez|a|dans|en)
de: (falls|wenn|sollten) (sie|ihr|du) ... (suchen|sucht|brauchen|braucht|benotigen)
de: (gluckwunsch|gratulation) (zu|fur) (allem|alles)
de: danke im voraus
de: danke fur (ihre|deine) (zeit|aufmerksamkeit)
`))

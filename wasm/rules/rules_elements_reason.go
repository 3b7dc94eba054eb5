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
	{W: 1, Match: reasonWeak, Except: notReason},
}

// reasonStrong: a reason on its own.
var reasonStrong = join(
	tag("en", "(congrats|congratulations|congratulation|congrat|congratz|kudos)", "well deserved", "(thank|thanks) (you)? (so|very)? (much)? (for|again)",
		"(saw|see|noticed|notice|heard|read|learned|learnt|spotted) (that)? (you|your|you're|youre)", "(saw|see|noticed|notice|heard|read|learned|learnt|spotted|know|hear) (that)? N (is|are|was|were|has|have|just|recently|posted|opened|launched|went|raised|announced|won|hit|released|shipped|started|got|moved)",
		"(hear|heard) (great|good|amazing|wonderful|so|a) (things|lot|much) (about|of)", "(given|because|thanks) (of|to)? your",
		"(great|good|perfect|strong|natural|ideal|excellent) (fit|match)", "(fits|matches|suits) your",
		"how (did|do|does|would|have|are|is|was|were|has) (you|your|they|the)", "what (do|did|would|made|was|is|has|have) (you|your)", "what's (the|your) ... you",
		"(why|when|where|which) (did|do|would) you", "(love|like|want|keen|eager|glad|happy|hoping|hope) to (hear|learn|understand|know|ask|compare|swap|exchange|discuss|pick) (how|what|why|which|where|whether|about|your|notes|ideas)",
		"(you're|youre) (hiring|growing|expanding|scaling|recruiting)", "(your|ur) ... (is|are) (hiring|growing|expanding|scaling|recruiting)", "(saw|see|noticed|heard|read) ... (hiring|growing|expanding|scaling|opened|posted)", "(hiring|openings|roles|positions|jobs|vacancies) (at|in) N", "(like|as) yours", "(hiring|growing|expanding|scaling) (your|the|its)", "(open|opening) (role|roles|position|positions) (on|in|at) your",
		"(i'll|ill) be (at|in|attending)", "(i|we) will be (at|in|attending)", "(working|work|worked) on (a|an|the|something)? (similar|same)",
		"(similar|same) (problem|challenge|issue|thing|project|rule|transition|switch|move|pattern|load|scheme|question)", "(questions|question) (about|on) (your|the)",
		"(could|would|can) you (point|share|tell|explain|walk)"),
	tag("es", "(felicidades|felicitaciones|felicitarte|felicitarle|felicito|enhorabuena|bravo)", "(gracias|agradecerte|agradecerle|agradecer|agradezco) (por|de|la|el|tu|su|que)",
		"(vi|visto|veo|vimos|note|entere|lei|supe|escuche|leido|notado) que", "(vi|visto|veo) (la|tu|su|una) (vacante|oferta|busqueda|convocatoria|posicion)",
		"(encaja|encajas|encajaria|encajarias|encajan|encajarian)", "perfil (ideal|perfecto)", "(ideal|perfecto|perfecta) para (ti|usted|vos)",
		"como (lo|la|los|las|le|les|se)? (miden|midieron|hicieron|hiciste|manejan|manejaron|resolvieron|resolviste|lograron|lograste|organizan|estructuran|convencieron|convenciste|reclutaron|consiguieron|conseguiste|gestionan|abordan|abordaron|llegaste|pasaste|aprendiste|empezaste|empezaron|validaron|validaste|eligieron|elegiste|decidieron|manejas|mides|haces|hacen|estan)",
		"(que|cuales) (datos|herramientas|metodologia|fuentes|criterios|metricas) (usaste|usaron|usas|usan|utilizaste|utilizaron)",
		"(preguntarte|preguntarle|consultarte|consultarle) (sobre|por|como|que|cual|cuales|acerca)", "(me)? quede (con|pensando)", "como (la|el|los|las) (tuya|tuyo|tuyas|tuyos|suya|suyo|suyas|suyos)",
		"(vacantes|posiciones|busquedas|contratando|buscando|incorporando) (en|para) N", "(en|a) N (estan|esta) (contratando|buscando|creciendo)",
		"(estan|estais|esta|estas) (contratando|buscando|creciendo|reclutando|incorporando|sumando|ampliando)", "(abrieron|abrio|abren|publicaron) (una|la)? (busqueda|vacante|vacantes|posiciones|convocatoria)",
		"(buscais|buscan) (perfiles|gente|personas|talento)", "(vacante|posicion|puesto|oferta) de N", "(voy|vamos) a (estar|ir)", "(mismo|misma|parecido|similar) (problema|reto|desafio|tema|proyecto|camino|paso)",
		"(algo|proyecto) (parecido|similar)"),
	tag("pt", "(parabens|felicitacoes|parabenizo|parabenizar)", "(obrigado|obrigada|agradeco|agradecer|valeu) (pela|pelo|por|a|o|sua|seu)",
		"(vi|li|soube|reparei|percebi|notei|vimos|ouvi) que", "(tem|tudo) (tudo)? a ver com (o)? (seu|sua|teu|tua|voce)", "(combina|encaixa|alinha) (com|muito|bem|perfeitamente)",
		"como (voce|voces|vcs|vc|o|a|tu)? (senhor|senhora)? (fez|faz|fizeram|fazem|estrutura|estruturam|convenceram|convenceu|resolveram|resolveu|mediram|mediu|mede|medem|lidam|lida|lidaram|comecou|chegou|chegaram|conseguiu|conseguiram|organiza|organizam|escolheu|escolheram|decidiu|decidiram|validou|validaram|gerenciam|gerencia)",
		"o que (voce|vc|voces|tu)? (faria|fez|fizeram|recomenda|recomendaria|mudaria)", "(entender|saber|perceber|ouvir|conversar|trocar) (melhor)? (ideias)? (sobre)? (como|porque|se)", "(entender|saber|perceber) (o|por|em) (que)",
		"(esta|estao|estava) (a)? (contratando|contratar|recrutando|recrutar|crescendo|crescer|expandindo|expandir|abrindo|lancando|lancar)", "(abriu|abriram|abre|publicou|publicaram) (vagas|vaga|processo|processos)",
		"(vaga|posicao|cargo) (de|para) N", "(vagas|contratando|recrutando|contratar|oportunidades) (na|no|em) N", "(na|no|a|o) N (esta|estao) (a)? (contratando|recrutando|contratar|recrutar|crescendo)",
		"como (a|o) (sua|seu)", "(vou|vamos) estar (la|no|na)", "(mesmo|mesma|parecido|parecida|similar) (problema|desafio|tema|projeto|caminho|transicao)", "(algo|projeto) (parecido|similar)"),
	tag("fr", "(felicitations|bravo|chapeau|felicite)", "(merci|remercier|remercie) (pour|encore|de|d'avoir|beaucoup)",
		"(j'ai|je|on) (vu|vois|remarque|appris|lu|entendu|constate|note) que", "(correspond|correspondrait|colle|convient) (parfaitement|bien|tout|exactement)?", "(parfait|parfaite|ideal|ideale) pour (vous|toi)",
		"comment ... (vous|tu)", "(comment|pourquoi|quand) (avez|as|etes|es) (vous|tu)", "(poser|demander) (quelques|des|deux|trois|une)? (questions|question) (sur|a|au|concernant)",
		"(echanger|discuter|parler) avec (vous|toi) (sur|de|au|du|des)", "(echanger|discuter) (sur|autour)", "(vous|tu) (recrutez|recrutes|embauchez|cherchez|recherchez)", "(recrute|recrutent|recrutez|embauche) (beaucoup|activement)",
		"(poste|offre|stage) (de) N", "(ouvertures|postes|recrutez|recrutement|stage|alternance|opportunites) (chez|a) N", "comme (la|le) (votre|tienne|tien)", "(serai|serons) (aussi|egalement)? (a|au|present|presente)", "(meme|similaire) (chantier|probleme|sujet|projet|constat|chose|question)", "projet similaire", "la meme chose"),
	tag("de", "(gluckwunsch|glueckwunsch|gratuliere|gratulation|gluckwunsche|gratulieren)", "(danke|dank|bedanke) (fur|dafur|fuer)", "bedanken", "vielen dank (fur|dafur)",
		"(gesehen|gelesen|gehort|mitbekommen|bemerkt) , dass", "(passt|passen|passe) (perfekt|gut|ideal|genau)? (zu|auf) (ihrem|deinem|ihr|dein|ihnen|dir)", "wie gemacht fur",
		"wie (haben|hast|habt|gehen|geht|messen|misst|organisiert|organisieren|formulierst|formulieren|sind|bist|seid|werten|wertet|lost|losen|macht|machen|gestaltet|gestalten|finanziert|nutzt|nutzen|handhabt|handhaben|lief|lauft|kam|kamen)",
		"(fragen|frage) (zu|zur|zum|uber|an)", "(mehr|etwas) (uber|zu) (ihre|deine|ihren|deinen|ihr|dein|ihrem|deinem|die|den|das)", "(austausch|austauschen) (zu|zur|zum|uber)",
		"(sucht|suchen) ... (noch|gerade) ... (leute|werkstudenten|verstarkung|mitarbeiter|jemanden|entwickler)", "(ahnlichen|ahnliche|gleichen|gleiche|selben) (fragen|thema|projekt|problem|situation|herausforderung)",
		"(stehen|stehe) ... vor (ahnlichen|dem|den|der)", "(ahnliches|ahnlichen) (programm|projekt|thema)",
		"(ahnlichen|ahnliche|vergleichbaren) (unternehmen|mittelstandlern|firmen|kunden|teams|kliniken|handlern|betrieben)", "(bei|in) N (noch)? (werkstudenten|stellen|leute|praktikanten|jemanden|verstarkung|entwickler)"),
)

// reasonWeak: half a reason: wanting to learn from them in general, a
// question to them.
var reasonWeak = join(
	tag("en", "learn (from|about|more)", "(your|any) (advice|thoughts|take|perspective|insight|insights|view|views|opinion|input|feedback|guidance|tips)",
		"(advice|tips|guidance|insight|insights|perspective) (on|about|for)", "(interested|curious) (in|about|how|what|why|whether)", "(since|because) (i|we|you)", "(exactly|just) what (we|our|i)", "(is|are) (hiring|growing|expanding|scaling)"),
	tag("es", "aprender (de|con|mas)", "(tu|su) (consejo|opinion|mirada|vision|perspectiva|experiencia) (sobre|en|con)", "(consejo|consejos|recomendacion|recomendaciones) (para|sobre)"),
	tag("pt", "aprender (com|mais|sobre)", "(sua|seu) (opiniao|visao|conselho|perspectiva|experiencia) (sobre|em|com)", "(conselho|conselhos|dicas|mentoria) (para|sobre|em)"),
	tag("fr", "apprendre (de|aupres|sur)", "(votre|ton) (avis|regard|conseil|point|experience) (sur|en|dans)", "(conseils|avis) (pour|sur)"),
	tag("de", "(lernen|erfahren)", "(ihren|deinen|ihre|deine) (rat|meinung|einschatzung|sicht|erfahrung) (zu|zur|zum|fur|im|in)", "(rat|tipps|empfehlung) (fur|zu|zum)"),
)

// notReason: phrases that look like a reason but are not.
var notReason = join(notTheirWork,
	tag("en", "(saw|see|noticed|read) (that)? (you|you're) (work|are|were) (at|in|with|for)", "(if|case|whenever) (you're|you|your) ... (hiring|looking|need|needs)",
		"(congrats|congratulations|kudos) (on|for) (all|everything)", "thank (you)? (for|in) (your)? (consideration|time)", "(saw|see|noticed) (that)? your (profile|page|background|experience)",
		"how (are|is) (you|your|things)", "how (are|r) (you|u) (doing|keeping)?", "(thank|thanks) (you)? (for|in) (your|the)? (time|consideration|attention|advance|reading|accepting)",
		"what (do|did) you (think|say)", "how (do|did) you (do|feel)"),
	tag("es", "(gracias|agradezco) (de|por) (antemano|adelantado|leer|aceptar)", "si (estan|estas|esta|estais) (contratando|buscando)", "(felicidades|felicitaciones) por (todo|tanto)", "(gracias|agradezco) por (tu|su|la) (tiempo|atencion|consideracion)", "(vi|visto|veo|note) que (trabajas|trabajais|trabaja|trabajan|estas|esta) (en|para|con)"),
	tag("pt", "(obrigado|obrigada|agradeco) (pela|por|desde) (sua|seu|a)? (atencao|tempo|leitura|aceitar|ja)", "se (voces|voce|vcs|vc)? (estiverem|estiver|estao|esta) (contratando|recrutando|procurando|buscando)",
		"(parabens|parabenizo) (por|pela|pelo) (tudo|toda|todo)", "(vi|notei|reparei) que (voce|vc|o|a)? (senhor|senhora)? (trabalha|esta) (na|no|em|com)"),
	tag("fr", "merci d'avance", "merci par avance", "merci (de|pour) (votre|ton) (attention|temps|consideration|lecture|retour)", "merci de me lire", "merci de (considerer|examiner|prendre|lire)",
		"si (vous|tu) (recrutez|recrutes|cherchez|cherches|avez|as)", "(bravo|felicitations) pour (tout|l'ensemble)", "(j'ai|je) (vu|vois) que (vous|tu) (travaillez|travailles|etes|es) (chez|a|dans|en)"),
	tag("de", "(gesehen|gelesen) , dass (sie|du) bei _ (arbeiten|arbeitest|tatig)", "(falls|wenn|sollten) (sie|ihr|du) ... (suchen|sucht|brauchen|braucht|benotigen)", "(gluckwunsch|gratulation) (zu|fur) (allem|alles)", "danke im voraus", "danke fur (ihre|deine) (zeit|aufmerksamkeit)"),
)

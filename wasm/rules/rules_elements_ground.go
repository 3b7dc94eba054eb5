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
	// A talk, post or paper of theirs.
	{W: 2, Match: cuePats(`
@their ... _? _? @work
@their " ... " _? _? @work
@work (that|que|which|die|den|das)? (you|you've|vous|voce|vc|usted|sie|du)
(you|que|that) (you|voce|vc|usted|tu|vous)? (wrote|built|created|gave|published|posted|shared|designed|organized|organised|hosted|presented|founded|escribiste|publicaste|presentaste|diste|creaste|organizaste|compartiste|escreveu|publicou|apresentou|postou|criou|organizou|compartilhou)
(loved|enjoyed|liked|read|watched|attended|adore|aime|lei|li|assisti*|asisti*|lu|gelesen|gesehen) (the|la|el|o|a|le|los|las|os|as|les|der|die|das|den) ... @work
(thank*|gracias|obrigad*|merci|danke|dank) ... @work
@their work (on|about|around|sobre|sur|zu|uber)
@work ... (sur|sobre|about|on|uber) @their
(talk|talks|keynote|panel|session|presentation|vortrag|charla|ponencia|palestra|conferencia|intervention|intervencion|atelier|workshop|taller|oficina|demo|webinar|aula) (at|auf|en|na|no|au|a|beim|bei|in|de|du|da|do|from) (the|der|dem|la|le|el|o)? N
(fui|fomos|was|were|j'etais|war) (sua|seu|tu|su|your|votre|ton|ta|ihr*|dein*) (aluna|aluno|alumna|alumno|student|etudiant*|estagiari*|becari*|eleve|studentin|praktikant*|intern|mentee)
`), Except: cuePats(`
(for|para|pour|fur) @their (project*|proyecto*|projeto*|projet*|projekt*)
`)},

	// An event, or a meeting somewhere.
	{W: 2, Match: cuePats(`
fr: a ... @event
(at|during|after|by|en|durante|tras|na|no|nas|nos|depois|au|aux|lors|pendant|apres|auf|beim|bei|am|im|nach|vom|zur|zum|from) ... @event
(i'll|ill|will|vou|vamos|serai|serons|werde) (be|estar|aussi|auch|egalement)? (at|there|la|no|na|a|au|auf|beim|dort|bei)
uns (auf|beim|bei|am|im|an) (der|dem)? N
(met|meeting|chatted|chatting|spoke|crossed|conoci*|coincidimos|cruzamos|conversamos|charlamos|hablamos|rencontre*|croise*|parle|echange|kennengelernt|getroffen|unterhalten|conhecer|conheci|conhece|falamos|encontramos) _? (at|in|en|na|no|au|aux|a|lors|auf|beim|bei|am|im|on|durante|during|chez)
(beim|auf|am|im) (der|dem)? N ... (unterhalten|kennengelernt|getroffen|gesprochen)
`), Except: cuePats(`
@mine ... @event
(organi*|host*|running|join|unete|inscrib*|apunta*|inscreva|rejoign*|anmeld*|invit*|register) ... @event
(never|nunca|jamais|nie|not|no|nao|pas|nicht) ... (met|crossed|rencontre*|croise*|getroffen|conoci*|cruzamos|begegnet)
`)},

	// A school, employer, group or trade both share.
	{W: 2, Match: cuePats(`
(fellow|alum|alumni|alumna|alumnus|classmate|classmates|batchmate|exalumno|exalumna|exalumnos|exalumnas|kommilitone|kommilitonin|camarade|camarades|companero|companera|companeros|companeras)
(ex|ancien|ancienne|anciens|anciennes|old) (alunos|alunas|aluno|aluna|eleve|eleves|student|students|de|du|des|colega|colegas)
(ambos|ambas|beide)
(we|we're|us|you) (are|were)? both
both (at|in|from|went|studied|worked|attended|spoke|work|members|alumni)
(los|las|os|as|nos) (dos|dois|duas)
(tous|toutes) les (deux|trois)
(i'm|im|am|soy|sou|suis|bin) (also|too|aussi|auch|ebenfalls|tambien|tambem)
(also|tambien|tb|tmb|tambem|tbm|aussi|egalement|auch|ebenfalls) (work*|studi*|estudi*|trabaj*|trabalh*|travaill*|arbeit*|bosse|went|attend*|vivo|moro|use|uso|usamos|run|lead|lidero|teach|migr*|moved|came|switched|pase|passei|fui|estuve|estive|sou|soy|suis|bin|am|vengo|venho|from|in|at|de|aus|en|em|na|no|bei|chez|im|member|miembro|membro|membre|mitglied|alum*|graduate*|egresad*|formad*|diplom*)
(same|mismo|misma|mesmo|mesma|meme|memes|gleiche*|selbe*) (school|university|uni|college|company|team|firm|group|class|batch|program*|course|lab|escuela|universidad|empresa|equipo|grupo|promo*|curso|facultad|colegio|bootcamp|generacion|clase|universidade|equipe|time|turma|faculdade|escola|ecole|universite|groupe|classe|prepa|boite|firma|schule|jahrgang|gruppe|abteilung|verein|studiengang|programa|programme)
(comme|como|wie) (vous|toi|tu|usted|voce|vc|sie|du|moi|yo|eu) ,
(comme|como) (moi|yo|eu)
like you (,|did|do)
(worked|studied|trabajamos|estudiamos|trabalhamos|estudamos|bosse|travaille|etudie|estudie|trabaje|estudei|trabalhei) (together|juntos|juntas|ensemble|contigo|consigo)
(work*|stud*) (with|alongside) you (at|in)
zusammen (im|an|bei|studiert|gearbeitet)
(in|on|en|no|na|dans|im) ... (group|slack|discord|community|grupo|comunidad|comunidade|groupe|communaute|gruppe|verein|club|chapter|circle)
(you|voce|vc|tu|usted|vous|sie|du) (also|tambem|tambien|aussi|auch)
`), Except: cuePats(`
(en|in|na|no) (grupo|group|groupe|gruppe) N
(never|nunca|jamais|nie|not|no|nao|pas|nicht) ... (together|ensemble|juntos|juntas|zusammen|worked|studied)
(someone|people|anyone|professionals|candidates|folks|companies|teams|leaders|shops|brands|alguien|personas|gente|profesionales|empresas|alguem|pessoas|profissionais|quelqu'un|personnes|gens|profils|entreprises|leute|jemand|menschen) (like|como|comme|wie)
@mine ... (group|slack|discord|community|grupo|comunidad|comunidade|groupe|communaute|gruppe|verein|club|chapter|circle)
`)},

	// Someone both know, or who sent the sender.
	{W: 2, Match: cuePats(`
(suggested|recommended|referred|introduced|mentioned|told|sugeriu|sugirio|recomendou|recomendo|indicou|empfahl) (me|i|that|you|que|mir)
(mutual|common|gemeinsame*) (friend*|contact*|connection*|colleague*|kontakt*|bekannte*|freund*|kolleg*)
(contactos|contatos|contacts|amigos|amis|conocidos|conexiones|conexoes|relations|contacto|contato|contact) (en|em) (comun|comum|comuns|commun)
me (recomendo|sugirio|paso|dio|hablo|dijo|presento|indicou|recomendou|sugeriu|passou|falou|apresentou|recomendaron|sugirieron)
(m'a|m'ont) (conseille|recommande|suggere|parle|donne|oriente|presente|transmis)
(hat|haben) mir ... (empfohlen|geraten|gegeben|vorgeschlagen)
(empfehlung|recomendacion|recomendacao|recommandation) (von|de|da|do)
@their (sister|brother|colleague|friend|boss|manager|cofounder|mentor|hermana|hermano|colega|amigo|amiga|jefe|jefa|companero|companera|irma|irmao|chefe|soeur|frere|collegue|ami|amie|schwester|bruder|kollege|kollegin|freund|freundin|chef|chefin)
(found|came) (you|across)? (you)? (through|via|thanks)
`)},

	// A named achievement of theirs: "congrats on the Series A".
	{W: 2, Match: cuePats(`
(congrat*|felicit*|enhorabuena|parabens|kudos|bravo) ... _? _? N
(gluckwunsch*|glueckwunsch*|gratul*) ... (von|bei|an|fur|in|mit|der|des) N
`), Except: cuePats(`
(dear|querida|querido|chere|cher|liebe|lieber|caro|cara) N
`)},

	// Hints that need another: an event named, a cohort, "too".
	{W: 1, Match: cuePats(`
@event
`)},
	{W: 1, Match: cuePats(`
(promo|promocion|generacion|class|turma|jahrgang|batch) (of|de|da)? #
`)},
	{W: 1, Match: cuePats(`
too $
(follow|following|sigo|acompanho|verfolge) (your|tu|su|seu|sua|vos|votre|ton|ihr*|dein*|te|le|voce)
`)},
}

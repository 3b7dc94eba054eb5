package rules

// Rules about what a good note contains: a reason, who the sender is, and
// common ground. Each is a required element found from weighed cues.

// no-reason

var noReason = Rule{
	ID:       "no-reason",
	Severity: Warning,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B1"},
	Guide:    "/guide/anatomy-of-a-good-note/#reason",
	check: &required{
		Cues: []cue{{W: 1, Match: reasonCues, Except: notTheirWork}, {W: 1, Match: groundCues, Except: notTheirWork}},
		Msg:  "Say why you want to connect: what you share, what of theirs you read, or what you hope to learn.",
	},
}

var noReasonDocs = ruleDocs{
	Title: "No reason to connect",
	Explanation: "A good note answers the reader's first question: why me, and why now? " +
		"Without a reason, a request looks like contact collecting, and people who only accept those they know have nothing to go on. " +
		"One plain sentence is enough: what you have in common, what of theirs you read, or what you hope to learn. " +
		"Someone who already knows you needs no reason spelled out.",
	Bad: []Example{
		{Note: "Hi Maria, I'd like to connect with you. Best, Leo"},
		{Note: "Hello Tom, I'm a software engineer at Google. Looking forward to connecting!"},
		{Note: "Hi Priya, I came across your profile and would like to connect."},
		{Note: "Hi Chen, let's connect!"},
		{Note: "Hi Fatou, I am a project manager in Dakar with ten years in construction. Please accept my request."},
	},
	Good: []Example{
		{Note: "Hi Maria, I'm a physiotherapist in Valencia and read your study on running injuries in new marathoners. I'd love to hear how you recruited the runners."},
		{Note: "Hi Tom, we met at the Cardiff AWS meetup on Thursday and I'd love to keep comparing notes on cost alerts. Best, Rhys",
			Options: Options{Relationship: Met}},
		{Note: "Hey Sam! Finally on here. Let's connect.",
			Options: Options{Relationship: Close},
			Why:     "Someone close needs no reason."},
		{Note: "Hi Chen, congratulations on your promotion to head of logistics at SF Express! I'm a supply-chain analyst in Shenzhen."},
		{Note: "Hi Fatou, I'm a project manager in Dakar and also volunteer with Engineers Without Borders. I'd love to hear about your water project in Thiès."},
	},
}

// no-introduction

var noIntroduction = Rule{
	ID:       "no-introduction",
	Severity: Suggestion,
	Quiet:    []Relationship{Met, Colleague, Interviewer, Close},
	Advice:   []string{"B2"},
	Guide:    "/guide/anatomy-of-a-good-note/#who-you-are",
	check: &required{
		Cues: []cue{{W: 1, Match: introCues, Except: notIntro}},
		Msg:  "Add a few words about who you are, such as your role or what you are working on.",
	},
}

var noIntroductionDocs = ruleDocs{
	Title: "No word about who you are",
	Explanation: "A stranger deciding whether to accept wants to know who is asking. " +
		"A few words are enough: your role, your field, or what you are working on. It turns an unknown name into a person they can place.",
	Bad: []Example{
		{Note: "Hi Isabel, I loved your talk on soil carbon at the Rome FAO forum and would love to hear how you measured it."},
		{Note: "Hi Kai, your thread on Rust error handling was great. Would love to learn more from you."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch."},
		{Note: "Hi Svetlana, I've been following your posts on chess pedagogy for a year and would love to connect."},
		{Note: "Hi Moana, as a result of your workshop I rewrote our hiring rubric. Thank you!"},
	},
	Good: []Example{
		{Note: "Hi Isabel, I'm an agronomist in Córdoba and loved your talk on soil carbon at the Rome FAO forum. I'd love to hear how you measured it."},
		{Note: "Hi Kai, Rust developer at a Berlin logistics startup here. Your thread on error handling was great, and I'd love to learn more from you."},
		{Note: "Hi Alejandro, congratulations on the new role at Mercado Libre! I'd love to stay in touch.",
			Options: Options{Relationship: Colleague},
			Why:     "A colleague already knows who you are."},
		{Note: "Hi Svetlana, as a chess coach in Novosibirsk I've been following your posts on teaching openings and would love to connect."},
		{Note: "Hi Moana, my name is Tane and I run the volunteer program at Auckland Zoo. Your workshop on hiring rubrics changed ours."},
	},
}

// no-common-ground

var noCommonGround = Rule{
	ID:       "no-common-ground",
	Severity: Suggestion,
	Quiet:    []Relationship{Colleague, Interviewer, Close},
	Advice:   []string{"B3", "B4", "B5", "B8"},
	Guide:    "/guide/anatomy-of-a-good-note/#common-ground",
	check: &required{
		Cues: []cue{{W: 1, Match: groundCues, Except: notTheirWork}},
		Msg:  "Mention what you share or how you found them: a mutual contact, a group or school, an event, or a post of theirs.",
	},
}

var noCommonGroundDocs = ruleDocs{
	Title: "Nothing you share",
	Explanation: "The easiest yes comes from a connection the reader can see: a mutual contact, a school or group you share, an event you both attended, a post of theirs you read. " +
		"Naming it shows you looked at their profile and gives the note a place in their world.",
	Bad: []Example{
		{Note: "Hi Oliver, I'm a UX designer in Manchester and would love to learn from your experience in healthcare design."},
		{Note: "Hi Fernanda, I'm a data scientist in São Paulo interested in credit risk. I'd love to hear your perspective."},
		{Note: "Hi Raj, I'm an architect moving into urban planning and would value your advice."},
		{Note: "Hi Mei, great to connect! I'm a marketing lead at Shopee.",
			Options: Options{Relationship: Met},
			Why:     "Say where you met; they may not remember."},
		{Note: "Hi Dmitri, I came across your profile and I'm a backend engineer in Tbilisi interested in Go."},
	},
	Good: []Example{
		{Note: "Hi Oliver, fellow Manchester Met alum here! I'm a UX designer at the NHS and loved your post on patient portals. I'd love to hear how you test with older users."},
		{Note: "Hi Fernanda, Lucas Pereira suggested I reach out. I'm a data scientist in São Paulo working on credit risk and would love your perspective."},
		{Note: "Hi Raj, we both spoke at the Pune urbanism meetup in March. I'm an architect moving into planning and would value your advice."},
		{Note: "Hi Mei, great meeting you at the Singapore marketing summit! I'm the marketing lead at Shopee.",
			Options: Options{Relationship: Met}},
		{Note: "Hi Dmitri, I'm also in the Tbilisi Go user group and enjoyed your talk on generics last month."},
	},
}

// Shared word lists for patterns.
const (
	looks   = "(beautiful|gorgeous|pretty|cute|hot|sexy|stunning|handsome|attractive|lovely|adorable)"
	praise  = "(impressive|amazing|great|awesome|incredible|inspiring|fantastic|remarkable|outstanding|excellent|stellar|wonderful|interesting|fascinating|exceptional|brilliant|phenomenal|extraordinary|admirable|cool|nice|superb|terrific|rich|strong|solid|unique|diverse|varied|stunning|beautiful|lovely|top|inspirational)"
	generic = "(profile|background|experience|career|journey|work|achievements|accomplishments|resume|credentials|expertise|skills|skillset|portfolio|story|trajectory)"
)

// Cues that the note gives a reason to connect.
var reasonCues = []string{
	"(because|since|cause|cos|coz)",
	"as (i|i'm|im|we|we're|you|you're|your)",
	"(reaching|reach) out",
	"(writing|messaging) (to|because|as)",
	"the reason",
	"(hope|hoping|hoped) to",
	"(love|like|want|wanted|keen|eager|glad|happy|hoping) to (learn|hear|swap|chat|talk|compare|exchange|stay|keep|follow|ask|pick|trade|share|discuss|collaborate|work|understand|read|see|meet|invite|introduce|support|help|contribute|join|volunteer|mentor|interview|feature|thank|say|congratulate)",
	"(love|like|want|appreciate|value|welcome|valued|appreciated) (your|any) (advice|thoughts|take|perspective|insight|insights|view|views|opinion|input|feedback|guidance|tips|help|recommendation|recommendations)",
	"(advice|tips|guidance|insight|insights|perspective) (on|about|for)",
	"learn (from|about|more|how|what|why)",
	"(interested|curious) (in|about|how|what|why|to|whether)",
	"(working|work) on",
	"(exploring|researching|studying|moving|transitioning|switching|pivoting|planning|organizing|organising|preparing|tackling|drafting)",
	"(thank|thanks) (you)? (for|again)",
	"(stay|keep) in (touch|contact)",
	"(stay|keep) connected",
	"catch up",
	"(miss|missed) (our|you|working|the)",
	"keep up with",
	"(follow|following) (your|along|you)",
	"(congrat*|kudos|bravo)",
	"well deserved",
	"(your|the) _? " + theirWork,
	"(your|the) (promotion|answer|question|feedback|advice|recent|new)",
	"we (met|spoke|talked|chatted|both|worked|studied|share|shared|overlapped|sat)",
	"(met|meeting|seeing|chatting|speaking|talking) with? you",
	"(great|good|perfect|strong|natural|ideal) fit",
	"(matches|fits|suits|match|fit|suit) your (profile|background|experience|skills|skillset)",
	"what (do|did|would|are|is|was|made)",
	"how (do|did|would|are|is|was|you)",
}

// Cues that the note names common ground: something shared, or how the
// sender found the recipient.
var groundCues = []string{
	"(mutual|fellow|both|alum|alumni|alumna|alumnus|alumnae|classmate|classmates|cohort|same)",
	"also (a|an|work|worked|working|study|studied|studying|live|lived|attended|went|from|in|at|love|use|run|volunteer|lead|teach|build|based|on)",
	"too $",
	"(suggested|recommended|mentioned|introduced|referred)",
	"(told|pointed|sent) me",
	"(conference|meetup|summit|webinar|hackathon|group|community|forum|slack|discord|chapter|club|society|association|bootcamp|expo|fair|panel|keynote|workshop|talk|podcast|episode|post|article|thread|newsletter|comment|video|paper|book|blog|essay|presentation|interview|course|lecture|event|session|retreat|fellowship|report|study|piece|festival|congress|symposium|seminar|lecture|thesis|writeup|tutorial)",
	"(read|saw|watched|heard|enjoyed|loved|liked|attended|listened|noticed|found|spotted|follow|followed|following|admire|admired) (to)? your",
	"(congrat*|kudos)",
	"(your|the) (recent)? (promotion|award|launch|funding|raise|grant|win|move)",
	"new (role|job|position|book|lab|venture)",
	"(met|meeting|metting)",
	"(seeing|chatting|talking|speaking) with? you",
	"(since|from|at) (uni|university|college|school)",
	"(worked|work|working) together",
	"(worked|work|working) with you",
	"(at|from) the same",
	"(interview|interviewing|interviewed)",
	"(heard|saw|watched) you (speak|present|talk|perform|play|at|on|in)",
	"your _ (work|research|paper|project|study|talk|post|book) (on|in|at|with|about)",
	"(thank|thanks) (you)? for",
	"your (team|company|lab|startup|school|university|department|org|organization|organisation)",
	"your _? " + theirWork,
	"your (work|research|time) (on|in|at|with|around|as)",
}

// Things of theirs a sender may have read, watched or used.
const theirWork = "(talk|post|article|panel|podcast|book|paper|thread|newsletter|video|comment|presentation|workshop|keynote|session|webinar|blog|essay|piece|research|project|launch|writeup|tutorial|guide|study|report|episode|interview|course|repo|library|demo|lecture|class|thesis|photos|photographs|pictures|maps|map|drawings|designs|design|data|dataset|code|survey|film|documentary|app|game|album|song|exhibition|exhibit|show|campaign|tool|site|zine|series|speech|slides|deck|analysis|review|list|reel|portfolio)"

// Phrases that mention the recipient without any sign of having read them:
// seeing a profile is not common ground or a reason.
var notTheirWork = []string{
	"(saw|found|came|viewed|noticed|read|spotted|stumbled|visited|checked|went) (across|upon|out|through)? your (profile|page|name|linkedin)",
}

// Cues that the sender says who they are.
var introCues = []string{
	"(i'm|im) " + selfWords,
	"i am " + selfWords,
	"(i'm|im|it's) N",
	"this is N",
	"i am N",
	"my (name|name's|names)",
	"(i|we) (work|worked|lead|led|run|ran|manage|managed|teach|taught|study|studied|research|design|build|built|coach|own|founded|cofounded|started|joined|volunteer|organise|organize|organised|organized|write|edit|host|produce|curate|develop|engineer|consult|advise|mentor|recruit|graduated|trained|moved|relocated|switched|specialise|specialize|focus|handle|support|analyse|analyze|code|program|practise|practice|coordinate|teach|sell|farm|nurse|treat)",
	"i (recently|just|currently|also) (joined|graduated|started|moved|finished|completed|launched|relocated|switched|became|work|lead|run|study|teach)",
	"(i've|ive) (been|spent|worked|led|built|run|managed|taught|written|studied|designed|shipped|launched|founded|started|joined|trained|moved|covered|reported|practised|practiced)",
	"my (team|company|startup|lab|research|thesis|dissertation|role|job|work|background|field|practice|studio|agency|business|clinic|school|students|class|department|career|shop|firm|project|podcast|newsletter|book|phd|masters|degree|course|program|programme|experience|day|ward|unit|restaurant|farm|colleagues)",
	"as (a|an) _",
	"(fellow|alum|alumni|alumna|alumnus)",
	"we (met|spoke|talked|chatted|worked|studied|both|sat|overlapped|shared)",
	roles + " here",
	roles + " (at|from|in|with|for|of)",
	"(currently|now) (a|an|working|studying|leading|building|based)",
}

// Words that name someone's job.
const roles = "(engineer|designer|developer|researcher|student|nurse|teacher|analyst|recruiter|consultant|scientist|marketer|lawyer|architect|writer|founder|manager|journalist|editor|photographer|pharmacist|physician|chemist|economist|accountant|dev|pm|intern|graduate|grad|chef|pilot|farmer|coach|doctor|midwife|paramedic|librarian|translator|artist|musician|producer)"

// Words after "I'm" that describe the sender.
const selfWords = "(a|an|the|currently|also|now|part|based|on|in|at|with|from|studying|building|leading|running|working|researching|writing|pursuing|finishing|completing|transitioning|moving|learning|training|starting|launching|organizing|organising|teaching|designing|developing|new|one|still|recently|head|senior|junior|lead|principal|staff|chief|founder|cofounder|co|self|freelance|former|retired|doing|preparing|applying|hiring|fellow|mid|early|late|responsible|in)"

// Phrases that look like an introduction but are not.
var notIntro = []string{
	"as (a|an) (result|matter|whole|rule|reminder|side|bonus|way|start|first|thank|follow|quick|heads|token|gesture|courtesy|favour|favor|fan|reader|listener|follower)",
	"(i've|ive) been (following|reading|watching|meaning|hoping|wanting|thinking|enjoying|admiring|listening|looking|trying|waiting)",
	"(i'm|im) (on|in|at|with|from) (your|the)? (page|profile|linkedin|feed|list|way)",
	"i am (on|in|at|with|from) (your|the)? (page|profile|linkedin|feed|list|way)",
}

package rules

// The catalog: every rule as plain data of one of the kinds in kinds.go,
// followed by its documentation and the example notes that must and must not
// trigger it. Phrase patterns use the small language described in
// pattern.go. Adding a rule means adding its two values here and naming them
// in the two lists below.

// catalog lists the rules in the order of the site's rules page.
var catalog = []*Rule{
	&defaultMessage,
	&tooLong,
	&placeholder,
	&wrongName,
	&tooPersonal,
	&salesPitch,
	&jobAsk,
	&vagueCompliment,
	&noReason,
	&genericSalutation,
	&link,
	&never,
	&noGreeting,
	&noIntroduction,
	&noCommonGround,
	&closedQuestion,
	&shouting,
}

// docs holds each rule's documentation, in catalog order. Only Catalog and
// Lookup use it, so the WebAssembly checker, which needs neither, is built
// without it: the linker leaves the prose and the examples out.
var docs = []*ruleDocs{
	&defaultMessageDocs,
	&tooLongDocs,
	&placeholderDocs,
	&wrongNameDocs,
	&tooPersonalDocs,
	&salesPitchDocs,
	&jobAskDocs,
	&vagueComplimentDocs,
	&noReasonDocs,
	&genericSalutationDocs,
	&linkDocs,
	&neverDocs,
	&noGreetingDocs,
	&noIntroductionDocs,
	&noCommonGroundDocs,
	&closedQuestionDocs,
	&shoutingDocs,
}

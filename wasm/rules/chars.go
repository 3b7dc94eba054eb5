package rules

import "unicode/utf8"

// Character classes and folding: what counts as a letter, its case, and the
// folded form words are compared in.

// foldRune writes the folded form of a letter: lower case, with the accents
// of Latin and Greek letters removed (é → e, ł → l, ễ → e, ά → α, æ → ae).
func foldRune(b *builder, r rune) {
	r, _ = letterCase(r)
	s := ""
	switch {
	case 0xC0 <= r && r < 0xC0+rune(len(latinFold)):
		s = latinFold[r-0xC0 : r-0xC0+1]
	case 0x1E00 <= r && r < 0x1E00+rune(len(latinExtraFold)):
		s = latinExtraFold[r-0x1E00 : r-0x1E00+1]
	}
	if s == "" || s == "." {
		s = ""
		for _, f := range specialFolds {
			if f.from == r {
				s = f.to
				break
			}
		}
	}
	if s == "" {
		b.writeRune(r)
		return
	}
	b.writeString(s)
}

// specialFolds are the letters that fold to something other than one ASCII
// letter.
var specialFolds = [...]struct {
	from rune
	to   string
}{
	{'æ', "ae"}, {'ß', "ss"}, {'œ', "oe"}, {'þ', "th"}, {'ĳ', "ij"}, {'ſ', "s"},
	{'ά', "α"}, {'έ', "ε"}, {'ή', "η"}, {'ί', "ι"}, {'ϊ', "ι"}, {'ΐ', "ι"},
	{'ό', "ο"}, {'ύ', "υ"}, {'ϋ', "υ"}, {'ΰ', "υ"}, {'ώ', "ω"}, {'ς', "σ"},
	{'ё', "е"},
}

// latinFold maps U+00C0 to U+024F to the base letter, or '.' to keep the rune.
const latinFold = "" +
	"aaaaaa.ceeeeiiiidnooooo.ouuuuy..aaaaaa.ceeeeiiiidnooooo.ouuuuy.y" + // U+00C0
	"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii..jjkk.lllllll" + // U+0100
	"lllnnnnnn...oooooo..rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz." + // U+0140
	"b......................i........oo.............uu....zz........." + // U+0180
	".............aaiioouuuuuuuuuu.aaaa....ggkkoooo..j...gg..nnaa...." + // U+01C0
	"aaaaeeeeiiiioooorrrruuuusstt..hh......aaeeooooooooyy............" + // U+0200
	"................" // U+0240

// latinExtraFold maps U+1E00 to U+1EFF (Latin Extended Additional, which
// holds most Vietnamese letters) to the base letter.
const latinExtraFold = "" +
	"aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" + // U+1E00
	"mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" + // U+1E40
	"wwwwwwwwwwxxxxyyzzzzzzhtwy......aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" + // U+1E80
	"eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy......" // U+1EC0

// runeAt returns the rune at byte i of s, or 0 past its end. (Not inlined:
// its copies in the tokenizer weighed on the WebAssembly binary more than
// the calls cost, on the rare text that is not ASCII.)
//
//go:noinline
func runeAt(s string, i int) rune {
	if i >= len(s) {
		return 0
	}
	r, _ := decodeRune(s[i:])
	return r
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

// utf16LenString counts s in UTF-16 code units, each invalid byte as one
// (it decodes to U+FFFD, as in a range loop and in a browser).
//
//go:noinline
func utf16LenString(s string) int {
	n := 0
	for _, r := range s {
		n += utf16Len(r)
	}
	return n
}

// Character classes. The unicode package's tables would cost more in the
// WebAssembly binary than the rest of this package, so these are written out
// for what notes need: letters are told from punctuation and symbols by
// block, and letter case is known for the alphabets names are most often
// written in (Latin, Greek, Cyrillic, Armenian). Other scripts count as
// having no case, so a word in them reads as capitalised, like a name.

// isLetter reports whether r can be part of a word. Beyond ASCII that is
// anything but white space, punctuation, symbols, emoji, invisible
// characters and invalid bytes; combining marks and non-ASCII digits count as
// letters, since they belong to the word they sit in.
func isLetter(r rune) bool {
	if r < utf8.RuneSelf {
		r |= 0x20
		return 'a' <= r && r <= 'z'
	}
	return r != utf8.RuneError && r <= utf8.MaxRune && !isSpace(r) && !isPunct(r) && !isEmoji(r) && !isInvisible(r)
}

func isDigit(r rune) bool { return '0' <= r && r <= '9' }

func isWordRune(r rune) bool { return isLetter(r) || isDigit(r) }

// isSpace reports white space other than line breaks.
func isSpace(r rune) bool {
	switch {
	case r == ' ' || r == '\t' || r == '\v' || r == '\f':
		return true
	case r < utf8.RuneSelf:
		return false
	}
	return r == 0xA0 || r == 0x1680 || 0x2000 <= r && r <= 0x200A || r == 0x202F || r == 0x205F || r == 0x3000
}

// isPunct reports punctuation and symbols beyond ASCII.
func isPunct(r rune) bool {
	switch {
	case r < 0xC0: // Latin-1 punctuation and symbols: ¡ ¿ « » © °
		return true
	case r < 0x300:
		return r == 0xD7 || r == 0xF7
	case r < 0x1000:
		switch r {
		case 0x37E, 0x387, 0x589, 0x5BE, 0x5C0, 0x5C3, 0x5C6, 0x5F3, 0x5F4, // Greek, Armenian, Hebrew
			0x60C, 0x60D, 0x61B, 0x61E, 0x61F, 0x66A, 0x66B, 0x66C, 0x66D, 0x6D4, // Arabic
			0x964, 0x965, 0x970, 0xE4F, 0xE5A, 0xE5B: // Devanagari, Thai
			return true
		}
		return 0x55A <= r && r <= 0x55F
	case r < 0x2000:
		return r == 0x10FB || 0x1360 <= r && r <= 0x1368 || r == 0x166D || r == 0x166E ||
			0x17D4 <= r && r <= 0x17DA || 0x1800 <= r && r <= 0x180A
	case r < 0x2C00: // general punctuation to miscellaneous symbols and arrows
		return true
	case r < 0xFE00:
		return 0x2E00 <= r && r <= 0x2E7F || 0x3000 <= r && r <= 0x303F && (r < 0x3005 || r > 0x3007) || r == 0x30FB
	case r < 0x10000:
		return 0xFE10 <= r && r <= 0xFE1F || 0xFE30 <= r && r <= 0xFE6F || 0xFF00 <= r && r <= 0xFF0F ||
			0xFF1A <= r && r <= 0xFF20 || 0xFF3B <= r && r <= 0xFF40 || 0xFF5B <= r && r <= 0xFF65 || r >= 0xFFF0
	}
	return 0x1F000 <= r && r <= 0x1FBFF
}

// letterCase returns the lower-case form of r and its case: 1 for upper,
// -1 for lower, 0 for none (or an alphabet not covered).
func letterCase(r rune) (rune, int8) {
	switch {
	case r < utf8.RuneSelf:
		switch {
		case 'A' <= r && r <= 'Z':
			return r + 0x20, 1
		case 'a' <= r && r <= 'z':
			return r, -1
		}
		return r, 0
	case r < 0xC0 || r == 0xD7 || r == 0xF7:
		return r, 0
	case r <= 0xDE:
		return r + 0x20, 1
	case r <= 0xFF:
		return r, -1
	case r <= 0x17F:
		switch {
		case r == 0x130: // İ
			return 'i', 1
		case r == 0x131 || r == 0x138 || r == 0x149 || r == 0x17F:
			return r, -1
		case r == 0x178: // Ÿ
			return 0xFF, 1
		case 0x139 <= r && r <= 0x148 || 0x179 <= r && r <= 0x17E:
			return pairCase(r, false)
		}
		return pairCase(r, true)
	case 0x180 <= r && r <= 0x24F:
		if 0x200 <= r && r <= 0x233 {
			return pairCase(r, true)
		}
		return r, -1
	case 0x386 <= r && r <= 0x3AB:
		switch {
		case r == 0x386:
			return 0x3AC, 1
		case 0x388 <= r && r <= 0x38A:
			return r + 0x25, 1
		case r == 0x38C:
			return 0x3CC, 1
		case r == 0x38E || r == 0x38F:
			return r + 0x3F, 1
		case 0x391 <= r && r != 0x3A2:
			return r + 0x20, 1
		}
		return r, -1
	case 0x3AC <= r && r <= 0x3CE:
		return r, -1
	case 0x400 <= r && r <= 0x40F:
		return r + 0x50, 1
	case 0x410 <= r && r <= 0x42F:
		return r + 0x20, 1
	case 0x430 <= r && r <= 0x45F:
		return r, -1
	case 0x460 <= r && r <= 0x481 || 0x48A <= r && r <= 0x4BF || 0x4D0 <= r && r <= 0x52F:
		return pairCase(r, true)
	case 0x531 <= r && r <= 0x556:
		return r + 0x30, 1
	case 0x561 <= r && r <= 0x587:
		return r, -1
	case 0x1E00 <= r && r <= 0x1E95 || 0x1EA0 <= r && r <= 0x1EFF:
		return pairCase(r, true)
	case r == 0x1E9E: // ẞ
		return 0xDF, 1
	case 0xFF21 <= r && r <= 0xFF3A:
		return r + 0x20, 1
	case 0xFF41 <= r && r <= 0xFF5A:
		return r, -1
	}
	return r, 0
}

// pairCase handles blocks where upper and lower case alternate; evenUpper
// says whether the upper-case letter has the even code point.
func pairCase(r rune, evenUpper bool) (rune, int8) {
	if (r%2 == 0) == evenUpper {
		return r + 1, 1
	}
	return r, -1
}

// isMark reports combining diacritical marks (the dots of a decomposed ë),
// which words keep but their folded form drops.
func isMark(r rune) bool {
	return 0x300 <= r && r <= 0x36F || 0x1AB0 <= r && r <= 0x1AFF || 0x1DC0 <= r && r <= 0x1DFF ||
		0x20D0 <= r && r <= 0x20FF || 0xFE20 <= r && r <= 0xFE2F
}

// isInvisible reports format characters that change nothing a reader sees:
// zero-width spaces and joiners, direction marks and overrides, the byte-order
// mark, the soft hyphen, and variation selectors.
// (Not inlined: its copies in its callers weighed on the WebAssembly binary
// more than the calls cost.)
//
//go:noinline
func isInvisible(r rune) bool {
	switch {
	case r == 0xAD || r == 0x34F || r == 0x61C || r == 0x180E || r == 0xFEFF:
		return true
	case 0x200B <= r && r <= 0x200F, 0x202A <= r && r <= 0x202E, 0x2060 <= r && r <= 0x206F:
		return true
	case 0xFE00 <= r && r <= 0xFE0F, 0xE0000 <= r && r <= 0xE0FFF:
		return true
	}
	return false
}

func isApostrophe(r rune) bool {
	return r == '\'' || r == '’' || r == '‘' || r == '′' || r == 'ʼ' || r == '`' || r == '´'
}

func isQuote(r rune) bool {
	return r == '"' || r == '“' || r == '”' || r == '„' || r == '‟' || r == '«' || r == '»' || r == '″'
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }
func isDash(r rune) bool   { return r == '–' || r == '—' || r == '―' || r == '‒' || r == '−' }

func isRegional(r rune) bool { return 0x1F1E6 <= r && r <= 0x1F1FF }

// isEmoji approximates Unicode's Extended_Pictographic property with the
// blocks that hold nearly all emoji.
// (Not inlined, like isInvisible.)
//
//go:noinline
func isEmoji(r rune) bool {
	switch {
	case 0x1F000 <= r && r <= 0x1FAFF:
		return !(0x1F100 <= r && r <= 0x1F1E5) // enclosed alphanumerics are not emoji
	case 0x2600 <= r && r <= 0x27BF, 0x2B00 <= r && r <= 0x2BFF:
		return true
	case r == 0x231A || r == 0x231B || r == 0x2328 || 0x23E9 <= r && r <= 0x23FA:
		return true
	}
	return false
}

package boiler

import (
	"strings"
	"unicode"

	"golang.org/x/text/width"

	"spantag/lang"
)

// normalise is the form lines are compared in, for repetition and for wording: lower
// case, every run of digits as "#" (so "2h ago" and "16h ago", or two dates, are the
// same), spaces collapsed, bullets and separators at either end dropped, and the
// fullwidth forms of ASCII that Chinese and Japanese pages write ("：", "（", "１５")
// as ASCII (readable), the typographic apostrophe as typed ("Editor’s note" is
// "editor's note"), and Greek without its accents, as menus in capitals write it
// ("ΣΧΟΛΙΑ" and "Σχόλια" are "σχολια"), and Arabic and Hebrew without their vowel
// marks, which some pages write and others not ("التبرّع" is "التبرع").
func normalise(line string) string {
	line = readable(line)
	var b strings.Builder
	space, digit := false, false
	for _, r := range lang.PlainGreek(strings.ToLower(line)) {
		switch {
		case unicode.IsDigit(r):
			if !digit {
				if space {
					b.WriteByte(' ')
				}
				b.WriteByte('#')
			}
			digit, space = true, false
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
		case vowelMark(r):
			continue
		default:
			if space {
				b.WriteByte(' ')
			}
			if r == '’' {
				r = '\''
			}
			b.WriteRune(r)
			space = false
		}
		digit = false
	}
	return strings.TrimFunc(b.String(), isSeparator)
}

// vowelMark tells whether r is an Arabic vowel mark (fatha, damma, kasra, their
// tanwin, shadda, sukun, the dagger alif) or the stretching tatweel, or a Hebrew
// point or cantillation mark: a word is the same word with them or without.
func vowelMark(r rune) bool {
	return r >= 0x064B && r <= 0x065F || r == 0x0670 || r == 0x0640 ||
		r >= 0x0591 && r <= 0x05C7 && r != 0x05BE && r != 0x05C0 && r != 0x05C3 && r != 0x05C6
}

// isSeparator tells the characters that frame a line without being part of what it
// says: bullets, bars, dashes, middle dots, arrows, spaces, and the brackets of a note
// such as a wire story's "(Reporting by …)".
func isSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("|•·–—-►▶›»«‹>*()", r)
}

// hashLine is the key a normalised line is counted under: 64 bits of FNV-1a, so a
// corpus keeps counts, never lines. (Written out, as hash/fnv's would copy the string.)
func hashLine(norm string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for i := 0; i < len(norm); i++ {
		h ^= uint64(norm[i])
		h *= prime
	}
	return h
}

// hasLetter tells whether s holds a letter: lines of digits and signs alone (a clock
// time, a separator) say nothing about a site's template.
func hasLetter(s string) bool {
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// readable is a line as the rules read it: the fullwidth forms of ASCII that Chinese and
// Japanese pages write as ASCII ("（１５分）" as "(15分)"), halfwidth katakana as
// fullwidth, and the fullwidth colon, which no space follows, as a colon and a space, as
// fields are written elsewhere ("料理：和食" as "料理: 和食").
func readable(line string) string {
	if !strings.ContainsFunc(line, isWidthForm) {
		return line
	}
	return width.Fold.String(strings.ReplaceAll(line, "：", ": "))
}

// isWidthForm tells the runes of Unicode's block of halfwidth and fullwidth forms.
func isWidthForm(r rune) bool { return r >= 0xff00 && r <= 0xffef }

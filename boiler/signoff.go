package boiler

import (
	"slices"
	"strings"
	"unicode"
)

// maxGreetingWords is the most words of a blogger's greeting above their name
// ("Happy walking,", "Groet van tuin 9,"); maxAfterSignOff the most lines of body
// prose after a sign-off (a postscript, an update).
const (
	maxGreetingWords = 5
	maxAfterSignOff  = 2
)

// keepSignOffs makes body text of a blogger's sign-off that only repetition decides
// boilerplate, as every post of the blog ends with it: right after body text, and
// with at most a postscript after it, a greeting that ends with a comma, a first name
// alone (signOffName) that a longer line of the page gives, or that every page gives
// with the post's furniture right after it, or the greeting then the name ("Groet van
// tuin 9," then "Wim"). The corpus's writers label sign-offs body; a first name alone
// is no byline, which gives the full name.
func keepSignOffs(lines []line) {
	for i := range lines {
		l := &lines[i]
		name := signOffName(l.text)
		if l.class != bad || !l.repeated || !(greeting(*l) || name != "") {
			continue
		}
		if name != "" && (!namedElsewhere(lines, name) && !(l.everywhere && endsText(lines, i)) || masthead(lines, i)) {
			continue
		}
		prev := prevLine(lines, i)
		if prev < 0 || lines[prev].class != good {
			continue
		}
		if howMany(lines[i+1:], func(after line) bool { return after.class == good && after.f.prose() }) > maxAfterSignOff {
			continue // not where the text ends
		}
		l.class, l.strong, l.score = good, false, scoreHeading
		l.reason = "a blogger's sign-off after the text (" + l.reason + ")"
	}
}

// keepSalutations makes body text of a greeting that opens the text though every
// letter or newsletter of the dataset has it ("Liebe Leserinnen und Leser,", "Dear
// all,"): a short line that ends with a comma, with body prose right after it.
func keepSalutations(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.class != bad || !l.repeated || !greeting(*l) {
			continue
		}
		if next := nextLine(lines, i, anyLine); next >= 0 && lines[next].class == good && lines[next].f.prose() {
			l.class, l.strong, l.score = good, false, scoreHeading
			l.reason = "a greeting that opens the text (" + l.reason + ")"
		}
	}
}

// endsText tells whether, past at most maxAfterSignOff lines of prose (a postscript),
// the page ends after line i or goes on with boilerplate that its own words or a region
// decided: the post's tags, its date, links to other posts (not a line of the template
// that repetition alone decides, which a heading such as "Galerie" heads).
func endsText(lines []line, i int) bool {
	next := nextLine(lines, i, anyLine)
	for n := 0; n < maxAfterSignOff && next >= 0 && !lines[next].strong && lines[next].f.prose(); n++ {
		next = nextLine(lines, next, anyLine)
	}
	return next < 0 || lines[next].strong && !lines[next].repeated
}

// greeting tells whether l is a short line that ends with a comma.
func greeting(l line) bool {
	return l.f.words <= maxGreetingWords && strings.HasSuffix(strings.TrimSpace(l.text), ",")
}

// signOffName is the first name a sign-off is: one capitalised word of letters, perhaps
// after a dash or a slash and before kisses or a heart ("Jo x", "— Hélène", "/Ulla",
// "Anna ♥"); else "".
func signOffName(text string) string {
	words := strings.Fields(strings.TrimLeft(text, "-–—~/ "))
	if len(words) == 2 && (strings.Trim(strings.ToLower(words[1]), "xo") == "" || !strings.ContainsFunc(words[1], unicode.IsLetter)) {
		words = words[:1]
	}
	if len(words) != 1 || !startsUpper(words[0]) || strings.ContainsFunc(words[0], func(r rune) bool { return !unicode.IsLetter(r) }) {
		return ""
	}
	return words[0]
}

// masthead tells whether line i gives the site's name that the page's head gives: the
// same line above the body's first prose ("Marcaje" atop the page and at its foot).
func masthead(lines []line, i int) bool {
	for _, l := range lines[:i] {
		if l.class == good && l.f.prose() {
			return false
		}
		if l.text == lines[i].text {
			return true
		}
	}
	return false
}

// namedElsewhere tells whether name is a word of a longer line of the page: the
// blogger's box or byline ("Moi, c'est Hélène"), which a word such as "Galerie" above
// a site's pictures lacks.
func namedElsewhere(lines []line, name string) bool {
	return slices.ContainsFunc(lines, func(l line) bool {
		return l.f.words > 1 && slices.ContainsFunc(strings.FieldsFunc(l.text, func(r rune) bool { return !unicode.IsLetter(r) }), func(w string) bool { return w == name })
	})
}

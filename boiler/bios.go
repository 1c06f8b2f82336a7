package boiler

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// An author's bio under an article ("Ruth Calloway worked as a surveyor …") reads as
// prose; what gives it away is the author's name, from the byline. maxNameWords is the
// most words of a name; a first name alone starts a bio only within bioDistance lines
// of a line that is the whole name ("Priya Castellan", "Optics editor", "Priya has …").
const (
	maxNameWords = 3
	// a name's particles ("de la", "van der", "i"): at most this many, this long each
	maxParticles     = 2
	maxParticleBytes = 3
	bioDistance      = 2
	scoreBio         = 0.8
)

// bylineNames are the names a byline gives after its phrase ("By Ruth Calloway,
// Property editor" gives "Ruth Calloway"; "Av Ingvild Haugland, Eirik Moen og Tor
// Lien" all three): runs of capitalised words (any words, in a script without
// capitals), at most maxNameWords each, parted by commas or a word for "and" (joins).
func bylineNames(text string, p phrase) []string {
	fields := strings.Fields(strings.TrimLeftFunc(text, isSeparator))
	fields = fields[min(len(strings.Fields(p.text)), len(fields)):]
	var names, name []string
	add := func() {
		if len(name) >= 2 { // a first name alone, or a site's name ("By Reuters"), says too little
			names = append(names, strings.Join(name, " "))
		}
		name = nil
	}
	for _, f := range fields {
		word := strings.TrimRight(f, ",;|،")
		switch {
		case startsName(word) && len(name) < maxNameWords:
			name = append(name, word)
		case len(name) > 0 && joins[word]:
			add()
			continue
		default:
			add()
			return names
		}
		if word != f {
			add()
			if !strings.HasSuffix(f, ",") && !strings.HasSuffix(f, "،") {
				break
			}
		}
	}
	add()
	return names
}

// bareName tells whether a line is a person's name and nothing else: two or three
// capitalised words without figures or stop words (German capitalises "Die Anlage"),
// perhaps joined by particles in lower case, which may be stop words ("Marta Solé i
// Bertran", "Ana de la Torre").
func bareName(l line) bool {
	words := strings.Fields(l.text)
	if len(words) < 2 || strings.ContainsFunc(l.text, unicode.IsDigit) || !startsUpper(words[0]) || !startsUpper(words[len(words)-1]) {
		return false
	}
	particles := 0
	for _, w := range words {
		if !startsUpper(w) {
			if len(w) > maxParticleBytes {
				return false
			}
			particles++
		}
	}
	named := len(words) - particles
	return named >= 2 && named <= maxNameWords && particles <= maxParticles && l.f.stops*float64(l.f.words) <= float64(particles)
}

// plainByline returns the lines of a byline that is a name alone after line i,
// perhaps with a role under it ("Laura Kettering", "Transport reporter"), when a line
// decided by itself follows (a date, a share button); else none.
func plainByline(lines []line, i int) []int {
	name := nextLine(lines, i, anyLine)
	if name < 0 || lines[name].strong || !bareName(lines[name]) {
		return nil
	}
	byline := []int{name}
	next := nextLine(lines, name, anyLine)
	if next >= 0 && !lines[next].strong && lines[next].f.words <= maxNameWords && !lines[next].f.prose() {
		byline = append(byline, next) // a role
		next = nextLine(lines, next, anyLine)
	}
	if next < 0 || !lines[next].strong {
		return nil
	}
	return byline
}

// markPlainByline makes boilerplate of the plain byline under the standfirst (line
// standfirst, -1 if none); its name is the author's, as a byline's.
func markPlainByline(lines []line, standfirst int) {
	if standfirst < 0 {
		return
	}
	byline := plainByline(lines, standfirst)
	for _, i := range byline {
		lines[i].class, lines[i].score, lines[i].reason = bad, scoreBio, "a byline: a name alone under the standfirst, and a date or a button after it"
	}
	if len(byline) > 0 {
		lines[byline[0]].authors = []string{strings.TrimSpace(lines[byline[0]].text)}
	}
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// startsCaseless tells whether s starts with a letter of a script without capitals
// (Chinese, Japanese, Korean, Arabic, Hebrew, Thai …), where no capital can mark a name.
func startsCaseless(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r) && !unicode.IsUpper(r) && !unicode.IsLower(r) && !unicode.IsTitle(r)
}

// startsName tells whether s starts as a name may: with a capital, or with a letter of
// a script without capitals.
func startsName(s string) bool {
	return startsUpper(s) || startsCaseless(s)
}

func startsLower(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLower(r)
}

// markBios makes boilerplate, below the body's first line, of the lines that are an
// author's name alone and of the prose that starts with it, or with its first name
// right below it: the box about the author. The authors are the names of the bylines,
// and the names alone on a line above the body text; below it, a byline's name, or a
// name alone with prose below it that starts with it (a crawl keeps the box, not the
// byline), heads the bio too.
func markBios(lines []line, body int) {
	if body < 0 {
		return
	}
	authors := map[string]bool{}
	for i, l := range lines {
		switch {
		case len(l.authors) > 0:
			for _, name := range l.authors {
				authors[name] = true
			}
		case i < body && l.class != good && bareName(l):
			authors[strings.TrimSpace(l.text)] = true
		}
	}
	lastName, lastAt := "", -1 // the name line last seen, and where
	for i := body + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.empty {
			continue
		}
		text := strings.TrimSpace(l.text)
		switch {
		case authors[text] && len(l.authors) == 0: // not the byline itself
			l.class, l.strong, l.score, l.reason = bad, true, scoreBio, "the author's name, as in the byline"
			lastName, lastAt = text, i
		case len(l.authors) > 0: // a byline below the text, the bio under it ("By Sophie Tremlett")
			lastName, lastAt = l.authors[0], i
		case !l.strong && bareName(*l) && bioBelow(lines, i, text):
			l.class, l.strong, l.score, l.reason = bad, true, scoreBio, "the author's name alone, the bio below it starts with it"
			lastName, lastAt = text, i
		case l.f.prose() && !l.strong && startsBio(text, authors, lastName, countLines(lines, lastAt, i)):
			l.class, l.strong, l.score, l.reason = bad, true, scoreBio, "the author's bio: it starts with the byline's name; "+l.reason
			if countLines(lines, lastAt, i) <= bioDistance {
				markBetween(lines, lastAt, i)
			}
		}
	}
}

// bioBelow tells whether a line of prose within bioDistance lines after line i starts
// with name, or with its first word, as an author's bio does (startsBio), with no body
// text after it: the box at the page's end.
func bioBelow(lines []line, i int, name string) bool {
	for j, n := nextLine(lines, i, anyLine), 1; j >= 0 && n <= bioDistance; j, n = nextLine(lines, j, anyLine), n+1 {
		if lines[j].f.prose() && startsBio(strings.TrimSpace(lines[j].text), nil, name, n) {
			return !slices.ContainsFunc(lines[j+1:], func(l line) bool { return l.class == good })
		}
	}
	return false
}

// markNamedBoxes makes boilerplate, below the body's first line, of an author's box
// with no heading: a name alone, the bio under it (prose that need not start with the
// name: "Vive tra Imperia e Torino …"), then a line that its own evidence decides
// boilerplate and that names the author again ("Tutte le ricette di Paola (22)",
// "Alle Rezepte von Benedikt Aumüller").
func markNamedBoxes(lines []line, body int) {
	if body < 0 {
		return
	}
	for i := body + 1; i < len(lines); i++ {
		if lines[i].empty || lines[i].strong || !bareName(lines[i]) {
			continue
		}
		bio := nextLine(lines, i, anyLine)
		if bio < 0 || lines[bio].strong || !lines[bio].f.prose() {
			continue
		}
		link := nextLine(lines, bio, anyLine)
		if link < 0 || !lines[link].strong || lines[link].class != bad || !namesAgain(lines[link].text, lines[i].text) {
			continue
		}
		for _, j := range []int{i, bio} {
			lines[j].class, lines[j].strong, lines[j].score = bad, true, scoreBio
			lines[j].reason = "the author's box: a name alone and a bio, then a link that names them again; " + lines[j].reason
		}
	}
}

// namesAgain tells whether text ends with name, or with its first word, perhaps
// before a count in brackets: a link to the author's other pages ("Tutte le ricette
// di Marco (19)", "Más artículos de Inés Barrachina").
func namesAgain(text, name string) bool {
	text = strings.TrimSpace(text)
	if open := strings.LastIndex(text, " ("); open > 0 && strings.HasSuffix(text, ")") {
		text = text[:open]
	}
	name = strings.TrimSpace(name)
	first, _, _ := strings.Cut(name, " ")
	return strings.HasSuffix(text, " "+name) || strings.HasSuffix(text, " "+first)
}

// markBetween makes boilerplate of the lines between an author's name (line from) and
// their bio (line to): a role, a picture's credit.
func markBetween(lines []line, from, to int) {
	for j := from + 1; j < to; j++ {
		if !lines[j].empty && !lines[j].strong {
			lines[j].class, lines[j].score, lines[j].reason = bad, scoreBio, "between the author's name and bio"
		}
	}
}

// startsBio tells whether text starts with an author's name, or with the first name of
// the name line distance lines above, followed by a word in lower case, perhaps after a
// comma or a place and year in brackets ("Ruth Calloway worked", "Henrike Saalfeld,
// geboren 1974", "Amparo Villegas (Puente Ormeño, 1979) es bióloga", not "Ruth
// Calloway: I did").
func startsBio(text string, authors map[string]bool, lastName string, distance int) bool {
	starts := func(name string) bool {
		rest, named := strings.CutPrefix(text, name)
		if inBrackets, ok := strings.CutPrefix(rest, " ("); ok {
			_, rest, _ = strings.Cut(inBrackets, ")")
		}
		rest, spaced := strings.CutPrefix(strings.TrimPrefix(rest, ","), " ")
		r, _ := utf8.DecodeRuneInString(rest)
		return named && spaced && unicode.IsLower(r)
	}
	for name := range authors {
		if starts(name) {
			return true
		}
	}
	first, _, _ := strings.Cut(lastName, " ")
	return lastName != "" && distance <= bioDistance && starts(first)
}

// countLines is how many non-empty lines stand from line from to line to, to counted;
// a large number if from is -1.
func countLines(lines []line, from, to int) int {
	if from < 0 {
		return len(lines)
	}
	n := 0
	for j := from + 1; j <= to; j++ {
		if !lines[j].empty {
			n++
		}
	}
	return n
}

// maxPublisherWords is the most words of a publisher's name alone over its blurb.
const maxPublisherWords = 4

// markPublisherBlocks makes boilerplate of the publisher's box that a crawl keeps in a
// block of its own, or under the site's lines: the publisher's name alone, with an
// empty line or a line decided by itself above it, over a line that starts with the
// name ("Caspian Meridian", "Caspian Meridian is a Baku-based news service …"; in a
// script without capitals, perhaps with a particle glued to it), then an empty line or
// a line decided by itself (its lists), when no prose of the text follows (a review's
// subheading over its paragraph); or the name given twice, over any such line (147
// times in the corpus, never the text's).
func markPublisherBlocks(lines []line) {
	for i := 1; i+1 < len(lines); i++ {
		name, blurb := lines[i], &lines[i+1]
		text := strings.TrimSpace(name.text)
		twice := strings.TrimSpace(lines[i-1].text) == text
		if !lines[i-1].empty && !lines[i-1].strong && !twice || name.empty || blurb.empty || i+2 < len(lines) && !lines[i+2].empty && !lines[i+2].strong ||
			name.f.words > maxPublisherWords || name.f.closes || !twice && (!namesPublisher(text, strings.TrimSpace(blurb.text)) || textGoesOn(lines, i+2)) {
			continue
		}
		if !name.strong {
			lines[i].decideStrong(scoreBio, "the publisher's name alone, over its blurb in a block of their own")
		}
		if twice && !lines[i-1].strong {
			lines[i-1].decideStrong(scoreBio, "the publisher's name alone, given twice over its blurb")
		}
		if !blurb.strong {
			blurb.decideStrong(scoreBio, "the publisher's blurb, under its name in a block of their own; "+blurb.reason)
		}
	}
}

// namesPublisher tells whether blurb starts with name, a name with a capital then a
// space, or a name in a script without capitals.
func namesPublisher(name, blurb string) bool {
	switch {
	case startsUpper(name):
		return strings.HasPrefix(blurb, name+" ")
	case startsCaseless(name):
		return len(blurb) > len(name) && strings.HasPrefix(blurb, name)
	}
	return false
}

// textGoesOn tells whether a line of body prose stands at line i or below it: the
// text goes on.
func textGoesOn(lines []line, i int) bool {
	return i < len(lines) && slices.ContainsFunc(lines[i:], textProse)
}

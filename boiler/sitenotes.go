package boiler

import (
	"slices"
	"strings"
	"unicode"

	"spantag/lang"
)

// A site's name has 2 to maxSiteNameWords words: a page's first line of one word is more
// often a menu's item or a button ("Menu", "Anleitungen") than the masthead, unless
// every page of the dataset has it ("Alpendre"; a menu's item is wording).
const maxSiteNameWords = 5

// minNoteWords is the fewest words of a note about the site: shorter lines that name it
// ("Support the Lantern") are buttons, which other evidence decides.
const minNoteWords = 6

// markSiteNotes makes boilerplate of the notes about the site itself ("The Allenmouth
// Lantern is a not-for-profit newsroom …", "Maré Cheia é uma revista independente …",
// "Sidelong is published by the Sidelong Trust …"): the lines of at least minNoteWords
// words that start with the site's name, which the page's first line gives (the
// masthead) when it is no prose and its own words do not decide it (repeating may).
// Its leading stop words ("The", "Il") are left out on both sides, and a line may name
// the site by the name's last two words or more ("Maré Cheia" of "Revista Maré
// Cheia"). The first line of prose is the article's own, though it may start with the
// name (a press release's sender). It runs before the neighbours are weighed, which then see the notes as
// boilerplate.
func markSiteNotes(lines []line, language string) {
	first := nextLine(lines, -1, anyLine)
	if first < 0 || lines[first].class == good || lines[first].strong && !lines[first].repeated {
		return // prose, or a line its own words decide (a byline, a menu)
	}
	name := withoutLeadingStops(fields(lines[first].text), language)
	if len(name) < 2 && !(len(name) == 1 && lines[first].everywhere) || len(name) > maxSiteNameWords {
		return
	}
	lead := true // the first line of prose: the article's, which may open with the sender's name (a press release)
	for i := first + 1; i < len(lines); i++ {
		l := &lines[i]
		if l.empty || l.class != good || l.f.words < minNoteWords {
			continue
		}
		if lead {
			lead = false
			continue
		}
		if namesSite(withoutLeadingStops(fields(opening(l.text)), language), name) && !speaker(l.text) {
			l.class, l.strong, l.score, l.reason = bad, true, scoreWording, "a note about the site: it starts with the site's name, the page's first line"
		}
	}
}

// opening is text's first sentence, or text: a note starts with the site's name, past
// stop words within that sentence only ("So that's the name. The Parish Pump was …"
// is no note).
func opening(text string) string {
	if first, ok := firstSentence(text); ok {
		return first
	}
	return text
}

// speaker tells whether text starts with a name of at most maxSiteNameWords words and
// a colon: an interview's speaker, the site's name for its questions ("Querverkehr: Und
// Ihre Pläne?").
func speaker(text string) bool {
	name, _, ok := strings.Cut(text, ":")
	return ok && len(strings.Fields(name)) <= maxSiteNameWords
}

// namesSite tells whether words start with the name, or with its last two words or
// more, compared without case.
func namesSite(words, name []string) bool {
	for from := 0; from == 0 || len(name)-from >= 2; from++ {
		suffix := name[from:]
		if len(words) >= len(suffix) && equalFold(words[:len(suffix)], suffix) {
			return true
		}
	}
	return false
}

func equalFold(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// fields is the words of a line as its spaces part them, without the punctuation at
// their ends: a name in a compound ("Sidelong-style") is not the name.
func fields(text string) []string {
	words := strings.Fields(text)
	for i, w := range words {
		words[i] = strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	return words
}

// withoutLeadingStops is words without the stop words they start with.
func withoutLeadingStops(words []string, language string) []string {
	for len(words) > 0 && lang.IsStop(language, strings.ToLower(words[0])) {
		words = words[1:]
	}
	return words
}

// maxBoxFill is the most lines a template's box fills with each page's data.
const maxBoxFill = 4

// markTemplateBoxes makes boilerplate of the lines of a block between its first and its
// last line when both are lines every page of the dataset has, and the at most
// maxBoxFill lines between them none prose: a widget of the template that each page
// fills with its own data ("Weather on the trail", today's forecast, "Data:
// WeatherService"); not the heading of the article's own list ("Ingredients"), nor
// the rows of the article's table of cells (cellBlock) under its heading.
func markTemplateBoxes(lines []line) {
	for _, b := range blocksOf(lines) {
		if b[1]-b[0] < 2 {
			continue
		}
		fill := lines[b[0]+1 : b[1]]
		if len(fill) > maxBoxFill || lines[b[0]].ownList || !lines[b[0]].everywhere || !lines[b[1]].everywhere ||
			slices.ContainsFunc(fill, func(l line) bool { return l.f.prose() }) || cellBlock(lines[b[0]:b[1]+1]) {
			continue
		}
		for k := b[0] + 1; k < b[1]; k++ {
			lines[k].decideStrong(scoreFurniture, "a box of the template's, between its lines every page has")
		}
	}
}

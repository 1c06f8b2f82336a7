package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// The page's headline: found from the shape of its lines (keepTitle, keepHeadlineAlone),
// from its <h1> (keepH1), and given again as a recipe card's title (keepCardTitles).

// keepTitle makes body text of the page's headline and standfirst: the last two
// neighbouring lines that nearly read as prose, and that nothing decides boilerplate by
// itself, if they come before any prose. Between the menu and the byline they would
// otherwise be taken for boilerplate. A line of that kind alone may be the site's name.
// The headline may repeat in other documents, whose lists of headlines give it, and in
// its own (a recipe's card); one in every document, as a site's tagline is too, only
// with a byline or date after its standfirst, and not always after the same line (a
// tagline under the site's name: glued). A pair with a byline after it is taken
// over a later one without, and one with a name or a date after it over a later one
// whose standfirst reads as prose with other boilerplate after it (an advert under the
// body's first paragraph). It returns the standfirst's line, or -1.
func keepTitle(lines []line, initial []class) int {
	candidate := func(i int) bool {
		return !lines[i].strong && (initial[i] >= nearGood || unmarkedTitle(lines, initial, i))
	}
	signature := func(i int) bool { // a byline or a date after line i
		after := nextLine(lines, i, anyLine)
		return after >= 0 && signs(lines[after]) || len(plainByline(lines, i)) > 0
	}
	byline := func(i int) bool { // boilerplate after line i: a byline, a date, a share button …
		after := nextLine(lines, i, anyLine)
		return after >= 0 && lines[after].strong || signature(i)
	}
	// A listed headline of few stop words ("Rovers 2 Hobbs Cross 1: late header …")
	// needs its standfirst to have a byline after it.
	listed := func(i int) bool {
		l, next := lines[i], nextLine(lines, i, anyLine)
		return (l.repeated || l.duplicate) && (l.f.prose() || l.f.nearProse() ||
			l.f.words >= minHeadlineWords && next >= 0 && candidate(next) && byline(next))
	}
	textAfter := func(i int) bool { // the body text right after line i
		after := nextLine(lines, i, anyLine)
		return after >= 0 && initial[after] == good
	}
	// So does a headline of names and few stop words ("Maurice Ferrand, founder of
	// Ferrand Patisserie, dies aged 91"), or the body text after the standfirst.
	named := func(i int) bool {
		l, next := lines[i], nextLine(lines, i, anyLine)
		return !l.strong && l.f.words >= minHeadlineWords && next >= 0 && candidate(next) && (byline(next) || textAfter(next))
	}
	summary := slices.IndexFunc(lines, func(l line) bool { return l.summary })
	headline := func(i int) bool { // not a live blog's time or key point, nor a quantity
		text := strings.TrimSpace(lines[i].text)
		first, _ := utf8.DecodeRuneInString(text)
		return (candidate(i) || listed(i) || named(i)) && !startsWithTime(text) && !quantityLine(text) && (!isSeparator(first) || opensQuotation(text)) &&
			(summary < 0 || i < summary)
	}
	// The last run of such lines before the body text: the headline begins it, the site's
	// name and tagline may be an earlier one. A standfirst that reads as prose has
	// boilerplate after it (a byline, a date); else it is the body's beginning.
	standsAlone := func(i int) bool { return initial[i] != good || byline(i) }
	// A pair with a byline after it outweighs a later one without (a route card's fields
	// under the byline are no headline).
	title, standfirst, runStart, last, signed, undersigned := -1, -1, -1, -1, -1, -1
	for i := nextLine(lines, -1, headline); i >= 0 && initial[i] != good; i = nextLine(lines, i, headline) {
		if last < 0 || nextLine(lines, last, anyLine) != i {
			runStart = i
		}
		next := nextLine(lines, i, anyLine)
		pair := next >= 0 && candidate(next) && standsAlone(next) && (!lines[i].everywhere || byline(next) && !lines[i].glued)
		if pair && title < runStart {
			title, standfirst = i, next
		}
		if pair && byline(next) {
			signed = i
		}
		if pair && signature(next) {
			undersigned = i
		}
		last = i
	}
	if signed >= 0 && signed < title && !byline(standfirst) {
		title, standfirst = signed, nextLine(lines, signed, anyLine)
	}
	if undersigned >= 0 && undersigned < title && initial[standfirst] == good && !signature(standfirst) {
		title, standfirst = undersigned, nextLine(lines, undersigned, anyLine)
	}
	if title >= 0 && signedBelowMenu(lines, initial, standfirst, headline) {
		return -1 // the pair is the site's name and its tagline, above its menu
	}
	if title >= 0 {
		lines[title].keepAsHeadline("the last line before the body text that nearly reads as prose with a standfirst after it")
		lines[standfirst].keepAs("the headline's standfirst: it follows the page's headline and nearly reads as prose")
		keepSummaryPoints(lines, standfirst, candidate)
	}
	return standfirst
}

// signedWithin is how many lines after an unmarked headline or standfirst its byline
// or date may stand (unmarkedTitle).
const signedWithin = 4

// unmarkedTitle tells whether line i may be the headline or the standfirst of a page
// whose language no stop words tell, which ends neither with a closing mark (as
// Hebrew and Arabic sites set them): a line of minHeadlineWords words or more with a
// byline or a date within signedWithin lines after it, and no line that reads as prose
// between (the body's first paragraph under the headline, its byline below).
func unmarkedTitle(lines []line, initial []class, i int) bool {
	l := lines[i]
	if l.f.stops >= 0 || l.f.closes || l.f.words < minHeadlineWords {
		return false
	}
	for j, n := nextLine(lines, i, anyLine), 0; j >= 0 && n < signedWithin && initial[j] != good; j, n = nextLine(lines, j, anyLine), n+1 {
		if signs(lines[j]) || len(plainByline(lines, prevLine(lines, j))) > 0 {
			return true
		}
	}
	return false
}

// maxSummaryPoints is the most lines of a summary under a standfirst.
const maxSummaryPoints = 4

// keepSummaryPoints makes body text of the lines right after the standfirst, two to
// maxSummaryPoints, that nearly read as prose and that nothing decides boilerplate by
// itself, when boilerplate follows them (a byline): a live blog's summary, point by
// point, above its byline.
func keepSummaryPoints(lines []line, standfirst int, candidate func(int) bool) {
	var points []int
	i := nextLine(lines, standfirst, anyLine)
	for ; i >= 0 && len(points) < maxSummaryPoints && candidate(i) && !lines[i].f.prose(); i = nextLine(lines, i, anyLine) {
		points = append(points, i)
	}
	if len(points) < 2 || i < 0 || !lines[i].strong {
		return
	}
	for _, p := range points {
		lines[p].keepAs("a point of the summary under the headline's standfirst, above its byline")
	}
}

// signedBelowMenu tells whether, after line from and before the body text, a menu or a
// breadcrumb stands, and below it a line that headline allows (the body's first line
// too, which may read as a headline does) over a byline or a date,
// or, under a tagline (line from) of at most maxTaglineWords words, a date over a line
// right above the text: the page's headline under the site's name and tagline and the
// site's menu.
func signedBelowMenu(lines []line, initial []class, from int, headline func(int) bool) bool {
	menu, signed, entries := false, false, 0
	for i := nextLine(lines, from, anyLine); i >= 0; i = nextLine(lines, i, anyLine) {
		next := nextLine(lines, i, anyLine)
		if menu && headline(i) && next >= 0 && signs(lines[next]) {
			return true
		}
		if initial[i] == good {
			return false // the body text, which may read as the headline does
		}
		if menu && lines[i].dated && lines[from].f.words <= maxTaglineWords && datedHeadline(lines, initial, next) {
			return true
		}
		signed = signed || signs(lines[i])
		if entries++; lines[i].f.words > maxEntryWords {
			entries = 0
		}
		menu = menu || lines[i].menu > 0 || !signed && entries >= minMenuLines
	}
	return false
}

// signs tells whether l is a byline or a date: a date, a byline's names, or a year on
// a line its own words decide ("Publicado el 8 de septiembre de 2025 por Remedios
// Alarcón"), or a year and a time of day that no sentence gives ("10.11.2024 - 19:24 |
// Güncelleme: 19:51", a table's cells to the rules).
func signs(l line) bool {
	return l.dated || len(l.authors) > 0 || l.strong && !l.repeated && hasYear(l.text) || !l.f.prose() && hasYear(l.text) && clock.MatchString(l.text)
}

// datedHeadline tells whether line h, under a date, may be the page's headline: two
// words or more that nothing decides by itself, the body text right after them.
func datedHeadline(lines []line, initial []class, h int) bool {
	after := nextLine(lines, h, anyLine)
	return h >= 0 && (!lines[h].strong || lines[h].repeated || lines[h].duplicate) && lines[h].f.words >= 2 && after >= 0 && initial[after] == good
}

// A menu may give its entries a line each: at least minMenuLines lines in a row of at
// most maxEntryWords words ("Home", "Route reports", "Things I've Made"), above any
// byline or date (a review's byline, date and buttons, then its book's details). A
// site's tagline has at most maxTaglineWords words; a standfirst, mostly more.
const (
	minMenuLines    = 3
	maxEntryWords   = 4
	maxTaglineWords = 12
)

// maxBylineLines is the most lines of byline, date and the like between a headline
// and the body text; maxOpeningLines the most lines the text may start with before its
// first that reads as prose.
const (
	maxBylineLines  = 4
	maxOpeningLines = 2
)

// keepHeadlineAlone makes body text of the headline of a page with no standfirst (the
// text's short first lines may have been taken for one by keepTitle): the line right
// above the text, past at most maxOpeningLines lines that are not prose nor a heading
// given twice ("Right.", a subheading), when a date stands above it (datedAbove); else
// the line before one to maxBylineLines lines decided boilerplate by themselves (its
// byline, its date) and nothing else between it and the body text but a box of facts
// (a match's score and scorers, a route's facts), when it is
//   - given again below the body text (a link to the post in its comments, a recipe's
//     card, the site's list of headlines): a line that was boilerplate only for
//     appearing twice, with no other copy above it but one right before it (a
//     breadcrumb); three times as many lines may stand between (a recipe's buttons, a
//     line each);
//   - or nearly prose, with nothing deciding it by itself, and a byline, a date or a
//     line that gives a year ("Published: 3 March 2026 · …") among the lines after it
//     (three times as many under a menu or breadcrumb: a recipe's buttons, an agency's
//     share buttons);
//     or so, but for repeating in some documents, not all (their lists of posts), when
//     the byline stands right above the text;
//
// or the line right above the text, when it is a headline given again below, over a
// standfirst and its byline (keepHeadlineOverText).
func keepHeadlineAlone(lines []line, initial []class, body int) {
	if body < 0 {
		return
	}
	h, n, signed := prevLine(lines, body), 0, false
	for h >= 0 && !lines[h].strong && (lines[h].tableRow() || teamScore.MatchString(lines[h].text) || boxField(lines[h])) {
		h = prevLine(lines, h) // a box of facts over the text: a match's score, its scorers, a route's facts
	}
	above := h // the last line above the text and its box

	for k := 0; k < maxOpeningLines && h >= 0 && !lines[h].strong && !lines[h].duplicate; k++ { // "Right.", a subheading
		h = prevLine(lines, h)
	}
	opening := h // the last line above the text's opening lines
	if datedAbove(lines, h) {
		lines[h].repeated, lines[h].duplicate = false, false
		lines[h].keepAsHeadline("its date above it, the body text below, and other pages list it")
		return
	}
	for ; h >= 0 && n < 3*maxBylineLines && lines[h].strong && !givenAgain(lines[h]) && !listedHeadline(lines[h]); n++ {
		signed = signed || len(lines[h].authors) > 0 || lines[h].dated || hasYear(lines[h].text)
		h = prevLine(lines, h)
	}
	if n == 0 && h == opening && keepHeadlineOverText(lines, h, body) {
		return
	}
	if h < 0 || n == 0 || n > maxBylineLines && !givenAgain(lines[h]) && !(signed && nearProseUnderMenu(lines, initial, h)) {
		return
	}
	switch {
	case givenAgain(lines[h]) && lines[h].f.words >= headingWords:
		if first := firstCopy(lines, h); first < 0 || first == prevLine(lines, h) {
			lines[h].strong, lines[h].repeated = false, false
			lines[h].keepAsHeadline("given again below, it stands before the body text and its byline")
		}
	case signed && !lines[h].strong && initial[h] == nearGood:
		lines[h].keepAsHeadline("its byline follows it, then the body text")
	case signed && listedHeadline(lines[h]) && opening == above:
		lines[h].strong, lines[h].repeated = false, false
		lines[h].keepAsHeadline("its byline follows it, then the body text, and other pages list it")
	case signed && !lines[h].strong && initial[h] == short && lines[h].f.words >= 2 && sharesWord(lines[h].text, lines[body].text):
		lines[h].keepAsHeadline("its byline follows it, then the body text, which uses its words")
	}
}

// keepHeadlineOverText makes body text of line h, right above the body text, of at
// least minHeadlineWords words, given again below it and not above, when a byline or
// a date follows the text's first line: the page's headline over its standfirst. It
// tells whether it did.
func keepHeadlineOverText(lines []line, h, body int) bool {
	if h < 0 || !givenAgain(lines[h]) || lines[h].f.words < minHeadlineWords || firstCopy(lines, h) >= 0 || !bylineBelow(lines, body) {
		return false
	}
	lines[h].strong, lines[h].repeated = false, false
	lines[h].keepAsHeadline("given again below, it stands right above the body text, a byline or date below that")
	return true
}

// bylineBelow tells whether a byline or a date stands among the maxBylineLines lines
// after line i (a standfirst's).
func bylineBelow(lines []line, i int) bool {
	for j, n := nextLine(lines, i, anyLine), 0; j >= 0 && n < maxBylineLines; j, n = nextLine(lines, j, anyLine), n+1 {
		if signs(lines[j]) {
			return true
		}
	}
	return false
}

// teamScore is a side's line of a match's score: its name and its goals or points
// ("Pellworth Town 2", "Hessington 1").
var teamScore = regexp.MustCompile(`^\p{Lu}[\pL.'’-]*( [\pL.'’-]+){0,3} \d{1,3}$`)

// listedHeadline tells whether l may be a headline that other pages list: it repeats
// in some of the dataset's documents, not all, and nearly reads as prose.
func listedHeadline(l line) bool {
	return l.repeated && !l.everywhere && l.f.nearProse() && !l.f.prose()
}

// datedAbove tells whether line h, right above the body text, is a headline with its
// date above it, as a blog sets a post: a line that is not prose, repeated in other
// documents but not in most of them (their links to the post), or given again at
// least minListedBelow lines below it in its own (the sidebar's latest posts),
// under a date, with prose below it.
func datedAbove(lines []line, h int) bool {
	if h < 0 {
		return false
	}
	l, prev := lines[h], prevLine(lines, h)
	listed := l.repeated && !l.common || l.duplicate && firstCopy(lines, h) < 0 && proseBelow(lines, h, 1) && copyAfter(lines, h) >= h+minListedBelow
	return listed && !l.f.prose() && l.f.words >= 2 && prev >= 0 && lines[prev].dated
}

// minListedBelow is how many lines below a headline its own page lists it again at
// least (the sidebar's latest posts, after the text).
const minListedBelow = 10

// copyAfter is the line of the next copy of line h, or -1.
func copyAfter(lines []line, h int) int {
	return nextLine(lines, h, func(j int) bool { return lines[j].norm == lines[h].norm })
}

// proseBelow tells whether the n lines right below line h read as prose.
func proseBelow(lines []line, h, n int) bool {
	for ; n > 0; n-- {
		if h = nextLine(lines, h, anyLine); h < 0 || !lines[h].f.prose() {
			return false
		}
	}
	return true
}

// givenAgain tells whether l is given twice in its document and was decided for it,
// or for repeating in other documents (a recipe's title, above the post and its card,
// which every page may list).
func givenAgain(l line) bool {
	return l.duplicate || l.repeated && l.copies > 1
}

// minSharedLetters is the fewest letters of a word a short headline shares with the
// text below it ("Seeded rye crackers" … "a packet of crackers").
const minSharedLetters = 5

// sharesWord tells whether a and b have a word of minSharedLetters letters or more in
// common, compared without case.
func sharesWord(a, b string) bool {
	words := map[string]bool{}
	for _, w := range fields(strings.ToLower(b)) {
		words[w] = true
	}
	for _, w := range fields(strings.ToLower(a)) {
		if utf8.RuneCountInString(w) >= minSharedLetters && words[w] {
			return true
		}
	}
	return false
}

// keepH1 makes body text of the page's top-level headings that are not links nor,
// among the page's first siteNameLines lines, lines of every other document: the
// headline, as the page sets it, whatever its words, neighbours or other pages' lists of
// it say (a live blog's "– live", a menu right above it, every page listing the newest
// post). A site's name set as <h1> is a link home, or tops every page. The text's
// first paragraph below it, which other pages may quote, is the article's too.
func keepH1(lines []line) {
	for i, n := 0, 0; i < len(lines); i++ {
		l := &lines[i]
		if l.empty {
			continue
		}
		if n++; l.headline && !(l.everyPage && n <= siteNameLines) {
			l.class, l.strong, l.score, l.reason, l.titled = good, false, scoreHeading, "the page's headline (<h1>)", true
			keepOpening(lines, i)
		}
	}
}

// siteNameLines is how many of a page's first lines may give the site's name.
const siteNameLines = 3

// keepOpening decides again, from its own words, the first line of prose below the
// headline at line h, past at most maxBylineLines lines that decided themselves (its
// byline, its date), when a sentence other documents quote decided it: the text's
// first paragraph, which other pages' lists of posts quote as a teaser.
func keepOpening(lines []line, h int) {
	j := nextLine(lines, h, anyLine)
	for n := 0; j >= 0 && n < maxBylineLines && lines[j].strong && !lines[j].quoted; n++ {
		j = nextLine(lines, j, anyLine)
	}
	if j < 0 || !lines[j].quoted || !lines[j].f.prose() {
		return
	}
	l := &lines[j]
	l.strong, l.quoted = false, false
	l.classifyText()
	l.reason = "the text's first paragraph under the <h1>, though other pages quote it: " + l.reason
}

// nearProseUnderMenu tells whether line h nearly reads as prose, with nothing deciding
// it by itself, right under a menu or a breadcrumb, or under a menu of an entry a line
// (at least minMenuLines lines in a row of at most maxEntryWords words: "Video",
// "Newsletters", "World", "Middle East"): a recipe's headline, whose byline, rating and
// buttons may take three times maxBylineLines lines, or an agency's, whose byline,
// times and share buttons may.
func nearProseUnderMenu(lines []line, initial []class, h int) bool {
	above := prevLine(lines, h)
	if lines[h].strong || initial[h] != nearGood || above < 0 {
		return false
	}
	entries := 0
	for i := above; i >= 0 && entries < minMenuLines && !lines[i].f.prose() && lines[i].f.words <= maxEntryWords; i = prevLine(lines, i) {
		entries++
	}
	return lines[above].menu > 0 || entries >= minMenuLines
}

package boiler

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/lang"
)

// An article's own tables and lists (a match's line-ups and results, a review's
// details, an election's figures) read as neither prose nor headlines, so the
// neighbours would take them for boilerplate. Their lines show figures or fields.
const (
	// minTableLines is how many lines of figures or fields make a table.
	minTableLines = 3
	// maxFieldWords is the most words the name of a field may have ("Opening hours:"),
	// maxFieldValueWords of its value when it holds neither figures nor a list.
	maxFieldWords = 3
	// maxLongFieldWords is the most words of a field's name, and of its value, in a
	// row between two others (longFigureField).
	maxLongFieldWords  = 6
	maxFieldValueWords = 2
	// maxQuantityWords is the most words of a line that starts with a quantity.
	maxQuantityWords = 8
	// maxTableHeadingWords is the most words of a table's heading ("Line-ups", "The
	// details"); maxTableHeadings the most short lines between a table and the body below.
	maxTableHeadingWords = 4
	maxTableHeadings     = 2
)

// amount is a quantity's number: "200", "1,5", "1/2", "½" (not a time: "12h01", "16:42").
var amount = regexp.MustCompile(`^(\d+([.,/]\d+)?|[½¼¾⅓⅔])$`)

// yearEntry is a line of a timeline: a year, or years, then a colon ("1991 : naissance
// à Lanchère.", "2013-2020: apprenticeship in Cremona"), or a month's name before the
// year ("březen 2024: zahájení stavby", "May 2026: works resume").
var (
	yearEntry  = regexp.MustCompile(`^\d{4}(\s?[-–/]\s?\d{2,4})?\s?:\s`)
	monthEntry = regexp.MustCompile(`^(\pL+\.?)\s\d{4}\s?:\s`)
)

// timelineEntry tells whether text is a line of a timeline (yearEntry, monthEntry).
func timelineEntry(text string) bool {
	if yearEntry.MatchString(text) {
		return true
	}
	m := monthEntry.FindStringSubmatch(text)
	return m != nil && lang.IsMonth(m[1])
}

// score is a result or a range between figures: "2-1", "31–17", "12:12".
var score = regexp.MustCompile(`\d\s?[-–:]\s?\d`)

// tableRow tells whether a line, not boilerplate by its own evidence but for
// appearing twice in the document (a recipe needs flour for the dough and for the
// topping), shows figures (two numbers, or a score), a quantity ("200 g Zucker") or a
// field ("Referee: Claire Hennessy").
func (l *line) tableRow() bool {
	// The crawl's date before its first paragraph is not the paragraph's figure.
	text := l.text
	if strings.HasPrefix(text, "date ") {
		text = strings.TrimPrefix(text, crawlDate.FindString(text))
	}
	numbers := 0
	for _, w := range strings.Fields(text) {
		if strings.ContainsFunc(w, unicode.IsDigit) {
			numbers++
		}
	}
	// A field with a date ("Closing: 1 July 2026") may be a row, and a span of dates
	// ("28 February to 21 June 2026", "6–8 March 2026": a run's, not a byline's), and a
	// timeline's year, and one a few articles share.
	dates := l.dated && (field(text) || numbers >= 3 || score.MatchString(text) || untilDate(text) || timelineEntry(text))
	// A field with a figure that a few other pages give alike ("Servings: 4") is
	// theirs by chance; a template's is in most pages. So is one that other pages
	// give with other values ("Schwierigkeit: leicht", "Schwierigkeit: mittel").
	chance := l.repeated && (l.rare || !l.common && field(l.text) && figured(l.text) || l.varies || !l.everywhere && oneWordValue(l.text))
	if l.empty || l.offer || l.strong && !l.duplicate && !dates && !chance {
		return false
	}
	return l.cells || numbers >= 2 || quantityLine(text) || score.MatchString(text) || field(text) || timelineEntry(text) || bareField.MatchString(text) ||
		hasLeader(text) && leaderRow.MatchString(text)
}

// oneWordValue tells whether text is a field whose value is a single word ("Vaccinated:
// yes", "Heating: gas"): pages of one site share such values by chance.
func oneWordValue(text string) bool {
	value, ok := fieldValue(text)
	return ok && len(strings.Fields(value)) == 1
}

// hasLeader tells cheaply whether text may hold dot leaders, before leaderRow looks.
func hasLeader(text string) bool {
	return strings.Contains(text, "....") || strings.Contains(text, "……") || strings.Contains(text, "····")
}

// leaderRow is a price list's row: a name, dot leaders, then a figure ("Khao soi
// ....... 89 baht"); three dots alone may end a sentence.
var leaderRow = regexp.MustCompile(`\S\s*(?:\.{4,}|…{2,}|·{4,})\s*\S*\d`)

// bareField is a recipe card's field without its colon: a capitalised word, a figure,
// perhaps a unit ("Serves 4", "Prep 15 mins", "Cook 1 hr").
var bareField = regexp.MustCompile(`^\p{Lu}\p{Ll}+ \d+(\s\pL{1,8}\.?)?$`)

// field tells whether text starts with a capitalised name of a field, a colon and a
// value: figures, a list, or a name ("Referee: Claire Hennessy"), not a headline under
// its section ("Wetter: Nachtfrost kehrt zurück").
func field(text string) bool {
	value, ok := fieldValue(text)
	n := len(strings.Fields(value))
	return ok && (strings.ContainsFunc(value, unicode.IsDigit) || strings.Count(value, ",")+strings.Count(value, ";") >= 2 ||
		n >= 1 && n <= maxFieldValueWords || names(value))
}

// joins are the words that join names in a list, in the corpus's languages.
var joins = map[string]bool{"and": true, "&": true, "und": true, "et": true, "y": true, "e": true, "i": true, "en": true,
	"och": true, "og": true, "a": true, "oraz": true, "ja": true, "ve": true, "и": true, "та": true, "і": true}

// names tells whether a field's value lists names, at most maxLooseValueWords words
// of them, joined by commas or joins ("Bruno Ariztegui y Olga Santamans": a film's
// writers; "Wrexley Racecourse, Malton Road": a fair's venue).
func names(value string) bool {
	words := strings.Fields(value)
	joined := false
	for i, w := range words {
		switch {
		case joins[w] && i > 0 && i < len(words)-1:
			joined = true
		case !startsUpper(w):
			return false
		case strings.HasSuffix(w, ",") && i < len(words)-1:
			joined = true
		}
	}
	return joined && len(words) <= maxLooseValueWords
}

// longFigureField tells whether text is a field whose name is longer than a table's
// usual, with a figure in its value, as a box's rows between two others give it
// ("Länge des Netzes zur größten Ausdehnung: 41 Kilometer").
func longFigureField(text string) bool {
	name, value, ok := strings.Cut(text, ": ")
	words := strings.Fields(name)
	return ok && len(words) <= maxLongFieldWords && startsUpper(name) && strings.ContainsFunc(value, unicode.IsDigit) && len(strings.Fields(value)) <= maxLongFieldWords
}

// fieldValue is the value of text when it starts with a capitalised name of a field
// (or one in a script without capitals) of at most maxFieldWords words and a colon.
func fieldValue(text string) (string, bool) {
	name, value, ok := cutField(unbulleted(text))
	words := strings.Fields(name)
	return value, ok && len(words) > 0 && len(words) <= maxFieldWords && startsName(words[0])
}

// maxIdeographicNameRunes is the most characters of a field's name in a script
// written without spaces.
const maxIdeographicNameRunes = 12

// cutField cuts text at the colon after its field's name: a colon and a space, or, in
// Chinese and Japanese, a colon, full-width or not, with no space after it ("泉質:単純
// 温泉", "地址：…"), after a name of at most maxIdeographicNameRunes characters.
func cutField(text string) (name, value string, ok bool) {
	if name, value, ok := strings.Cut(text, ": "); ok {
		return name, value, true
	}
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana) {
		return "", "", false
	}
	i := strings.IndexAny(text, ":：")
	if i < 0 {
		return "", "", false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	name, value = text[:i], strings.TrimSpace(text[i+size:])
	return name, value, value != "" && utf8.RuneCountInString(name) <= maxIdeographicNameRunes
}

// unbulleted is text without the bullet of a list's item at its start ("- Loại hợp
// đồng: Trọn gói", "• Material: steel").
func unbulleted(text string) string {
	for _, bullet := range []string{"- ", "• ", "· ", "– ", "* "} {
		if rest, ok := strings.CutPrefix(strings.TrimSpace(text), bullet); ok {
			return rest
		}
	}
	return text
}

// untilWords start a date that ends or starts a run ("Until 4 April 2026",
// "Bis 12. Mai 2026", "Jusqu'au 3 mai 2026"), in the corpus's languages.
var untilWords = map[string]bool{"until": true, "till": true, "from": true, "bis": true, "ab": true, "jusqu'au": true,
	"jusqu’au": true, "hasta": true, "desde": true, "fino": true, "dal": true, "tot": true, "vanaf": true, "t/m": true,
	"do": true, "od": true, "até": true, "från": true, "fra": true, "til": true}

// untilDate tells whether text starts with one of untilWords.
func untilDate(text string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	return untilWords[strings.ToLower(first)]
}

// maxLooseValueWords is the most words of a field's value that holds neither
// figures nor a list, in a box of fields ("Balisage : jaune jusqu'au lac Bleu, puis
// cairns").
const maxLooseValueWords = 12

// looseField tells whether text is a field whatever its value, of up to
// maxLooseValueWords words: a row of a box of fields above the text (a route's
// card) once another row came before it (alone, "Wetter: Nachtfrost kehrt zurück"
// is a headline under its section; below the text, a box of a pattern's details
// may be the site's).
func looseField(text string) bool {
	value, ok := fieldValue(text)
	n := len(strings.Fields(value))
	return ok && n >= 1 && n <= maxLooseValueWords
}

// looseRow tells whether line i is a field whatever its value, as a row of a box that
// rows rows start already: above the body's first line, any such field; below it, one
// whose value names, after two rows and before another field.
func looseRow(lines []line, i, body, rows int) bool {
	l := lines[i]
	if rows == 0 || l.strong || l.f.prose() || !looseField(l.text) {
		return false
	}
	return i < body || rows >= 2 && namedField(l.text) && beforeField(lines, i) || betweenRows(lines, i)
}

// betweenRows tells whether the lines right before and after line i are a table's rows.
func betweenRows(lines []line, i int) bool {
	prev, next := prevLine(lines, i), nextLine(lines, i, anyLine)
	return prev >= 0 && next >= 0 && lines[prev].tableRow() && lines[next].tableRow() && field(lines[prev].text) && field(lines[next].text)
}

// beforeField tells whether the line after line i is a field whatever its value: a
// box of fields below the text's start goes on past a field of a long value only to
// another field ("Impresa: Edilcorte di Giorgio Maero, Montechiaro d'Asti").
func beforeField(lines []line, i int) bool {
	next := nextLine(lines, i, anyLine)
	return next >= 0 && (lines[next].tableRow() || !lines[next].strong && !lines[next].f.prose() && looseField(lines[next].text))
}

// namedField tells whether text is a field whose value names, unquoted: at least
// half its words capitalised ("Luogo: Moncucco Alto (Asti)"), not a headline under a
// name or a section ("Sanjurjo: «Este equipo ha aprendido a sufrir»", "Galería: las
// imágenes de …").
func namedField(text string) bool {
	value, ok := fieldValue(text)
	words := strings.Fields(value)
	capitalised := 0
	for _, w := range words {
		if startsUpper(strings.TrimLeft(w, "(")) {
			capitalised++
		}
	}
	return ok && !strings.ContainsAny(value, "\"«»“”„") && 2*capitalised >= len(words)
}

// datedField tells whether l is a field whose value is a date, whatever decided it
// ("Published: 23 April 2026"): a row of a box of fields above the text (a book's
// details) when two rows came before it, else a byline's.
func datedField(l line) bool {
	return field(l.text) && l.f.words <= maxDateWords && hasYear(l.text) && moreThanYear(l.text)
}

// quantityLine tells whether a line starts with an amount and is short: an ingredient.
func quantityLine(text string) bool {
	words := strings.Fields(text)
	return len(words) > 0 && len(words) <= maxQuantityWords && amount.MatchString(words[0])
}

// keepTables makes body text of the runs of at least minTableLines table rows, with
// the short headings between them, below the first line of body text or right above it
// (a recipe's ingredients; a ticker of scores at the top is the site's).
func keepTables(lines []line, body int) {
	if body < 0 {
		return
	}
	for i := nextLine(lines, -1, anyLine); i >= 0; {
		run, rows := tableRun(lines, i, body)
		run, rows = withoutHeader(lines, run, rows, body)
		if rows >= minTableLines && (i > body || leadsTo(lines, run, body)) && !bylineFacts(lines, run, body) {
			for _, j := range run {
				lines[j].keepAs(fmt.Sprintf("a table or list of the article: %d lines of figures or fields (%s)", rows, lines[j].reason))
			}
		}
		i = pastRun(lines, i, run)
	}
}

// withoutHeader leaves out of a run its lines in the block of the text's first line (a
// crawl's byline and date glued under its first paragraph, above a table of the
// article), when the rows below, past an empty line, still make a table.
func withoutHeader(lines []line, run []int, rows, body int) ([]int, int) {
	if body < 0 || len(run) == 0 || run[0] <= body {
		return run, rows
	}
	n, end := 0, blockEnd(lines, body)
	for n < len(run) && run[n] <= end {
		n++
	}
	if n == 0 || n == len(run) || run[n] <= end || rows-n < minTableLines {
		return run, rows
	}
	return run[n:], rows - n
}

// bylineFacts tells whether a run of rows is a byline's dates and counts between
// other lines of the byline ("Haber: …", "Yayınlanma: 14.02.2026 - 10:32",
// "Güncelleme: …", "1.284 okunma", "Paylaş") under the standfirst (line body, the
// text's first): dated, with lines decided by themselves right before and after it,
// the one before right under the standfirst.
func bylineFacts(lines []line, run []int, body int) bool {
	before, after := prevLine(lines, run[0]), nextLine(lines, run[len(run)-1], anyLine)
	return before >= 0 && prevLine(lines, before) == body && lines[before].strong && after >= 0 && lines[after].strong &&
		slices.ContainsFunc(run, func(i int) bool { return lines[i].dated })
}

// leadsTo tells whether the line after a run is line body, or one of a few short lines
// right above it ("Salt, pepper", "Method").
func leadsTo(lines []line, run []int, body int) bool {
	next := nextLine(lines, run[len(run)-1], anyLine)
	for n := 0; n < maxTableHeadings && next >= 0 && next != body && lines[next].f.words <= maxTableHeadingWords && !lines[next].strong; n++ {
		next = nextLine(lines, next, anyLine)
	}
	return next == body
}

// tableRun is the run of table rows, and of short headings right above one, from line
// i on, and how many of them are rows.
func tableRun(lines []line, i, body int) (run []int, rows int) {
	for ; i >= 0; i = nextLine(lines, i, anyLine) {
		l := &lines[i]
		switch {
		case l.tableRow(), looseRow(lines, i, body, rows), i < body && rows >= 2 && datedField(*l),
			rows > 0 && !l.strong && longFigureField(l.text) && headsRow(lines, i):
			rows++
		case tableHeading(*l):
			if !headsRow(lines, i) {
				return run, rows
			}
		default:
			return run, rows
		}
		run = append(run, i)
	}
	return run, rows
}

// tableHeading tells whether l may be a short heading of a table ("Line-ups", "The
// details"), or the name of what a box of fields describes ("Het nachtveer").
func tableHeading(l line) bool {
	return !l.empty && !l.strong && l.f.words <= maxTableHeadingWords && !l.f.prose()
}

// headsRow tells whether a table's row follows line i, right after it or after a name
// (a play's title, then its company: "De verhuizing", "Toneelgroep Kwartslag", "Regie:
// …"), or a box's first field whatever its value, above a field ("Dove: Pella
// Superiore (Novara), sul lago d'Orta" over "Superficie: 74 mq").
func headsRow(lines []line, i int) bool {
	next := nextLine(lines, i, anyLine)
	if next >= 0 && tableHeading(lines[next]) && named(lines[next].text) {
		next = nextLine(lines, next, anyLine)
	}
	return next >= 0 && (lines[next].tableRow() || looseBoxStart(lines, next))
}

// looseBoxStart tells whether line i is a field whatever its value with two fields
// right after it.
func looseBoxStart(lines []line, i int) bool {
	after := nextLine(lines, i, anyLine)
	then := nextLine(lines, after, anyLine)
	return !lines[i].strong && !lines[i].f.prose() && looseField(lines[i].text) && after >= 0 && then >= 0 &&
		lines[after].tableRow() && field(lines[after].text) && lines[then].tableRow() && field(lines[then].text)
}

// named tells whether text is a name of two words or more, each with a capital.
func named(text string) bool {
	words := strings.Fields(text)
	return len(words) >= 2 && !slices.ContainsFunc(words, func(w string) bool { return !titleWord(w) })
}

// keepCellRows makes body text of an HTML page's table rows: lines set in a table's
// cells, two or more on the line, that nothing decided by itself, though their
// neighbours (an ad's label, a "Read also" box) made them boilerplate.
func keepCellRows(lines []line) {
	for i := range lines {
		l := &lines[i]
		if l.f.cell && strings.Contains(l.text, "\t") && !l.strong && l.class == bad {
			l.class, l.score, l.reason = good, scoreShortInBody, "a row of the page's table: "+l.reason
		}
	}
}

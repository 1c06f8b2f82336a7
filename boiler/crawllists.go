package boiler

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/lang"
)

// A crawl keeps the text's own lists in blocks of their own, between empty lines: a
// programme's entries, a job's terms, a notice's dates. Their items read as neither
// prose nor headlines, so the buttons and teasers around them would make them
// boilerplate.

// minProgrammeLines is the fewest lines of a block that all start with a time and make
// a programme of the text ("18.00 – Opening of the fair", "19.30 – Concert").
const minProgrammeLines = 2

// keepProgrammes makes body text of a programme in a page whose paragraphs stand
// between empty lines, with the short heading alone above it (its day), though its
// neighbours are buttons: a block of lines that each start with a time and a dash
// (dashedProgramme), or a timetable with the text's prose below it.
func keepProgrammes(lines []line) {
	for i := 1; i < len(lines); i++ {
		if !lines[i-1].empty || lines[i].empty {
			continue
		}
		end := blockEnd(lines, i)
		block := lines[i : end+1]
		why := ""
		switch {
		case dashedProgramme(block):
			why = "an entry of the text's programme: a time and a dash"
		case timetable(block) && proseLinesFrom(lines, end+1) > 0:
			why = "a line of the text's timetable: its times go up, the text's prose below"
		}
		if why != "" {
			for k := i; k <= end; k++ {
				lines[k].keepAs(why + " (" + lines[k].reason + ")")
			}
			keepHeadingAlone(lines, i, headingWords, "programme")
		}
		i = end
	}
}

// keepHeadingAlone makes body text of the line alone above line i, of at most words
// words, that nothing decides by itself and that does not read as prose: the heading of
// the text's programme or list that starts at line i.
func keepHeadingAlone(lines []line, i, words int, what string) {
	if h := prevLine(lines, i); h >= 0 && alone(lines, h) && !lines[h].strong && !lines[h].f.prose() && lines[h].f.words <= words {
		lines[h].keepAs("the heading of the text's " + what + " (" + lines[h].reason + ")")
	}
}

// dashedProgramme tells whether a block is at least minProgrammeLines lines that each
// start with a time and a dash and that nothing decides by itself.
func dashedProgramme(block []line) bool {
	return len(block) >= minProgrammeLines && !slices.ContainsFunc(block, func(l line) bool { return l.strong || !programmeEntry(l.text) })
}

// minTimetableEntries is the fewest entries of a timetable; maxTimetableHeadingWords
// the most words of a heading between them.
const (
	minTimetableEntries      = 3
	maxTimetableHeadingWords = 6
)

// timetable tells whether a block is a programme, a timetable or a list of fixtures:
// at least minTimetableEntries lines that start with a time, the times going up (a
// feed of other pages goes down), and short headings between them that start them
// again ("Sobota 14. září", "Linha 3 – Centro > Hospital"), none of them decided by
// itself but for a date or a copy in the page (a day again).
func timetable(block []line) bool {
	entries, last := 0, -1
	for _, l := range block {
		if l.strong && !l.dated && !l.duplicate {
			return false
		}
		at, ok := startTime(l.text)
		switch {
		case ok && at >= last:
			entries, last = entries+1, at
		case ok || l.f.prose() || l.f.phraseWords > maxTimetableHeadingWords:
			return false
		default:
			last = -1
		}
	}
	return entries >= minTimetableEntries
}

// maxTimeWordLetters is the most letters of a word for "at" before a time.
const maxTimeWordLetters = 3

// startTime is the time a line starts with (startsWithTime), perhaps after a word for
// "at" in lower case, in minutes of the day.
func startTime(text string) (int, bool) {
	first, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	if !startsWithTime(first) && utf8.RuneCountInString(first) <= maxTimeWordLetters && startsLower(first) {
		first, _, _ = strings.Cut(rest, " ") // after a word for "at" ("klo 16.00", "um 9.30")
	}
	if !startsWithTime(first) {
		return 0, false
	}
	figures := strings.FieldsFunc(first, func(r rune) bool { return !unicode.IsDigit(r) }) // the hour, perhaps its minutes
	at := 0
	for i, f := range figures[:min(len(figures), 2)] {
		n, _ := strconv.Atoi(f)
		at += n * []int{60, 1}[i]
	}
	return at, true
}

// programmeEntry tells whether text starts with a time and a dash ("18.00 – ", "9:30 - ").
func programmeEntry(text string) bool {
	_, rest, _ := strings.Cut(strings.TrimSpace(text), " ")
	return startsWithTime(text) && (strings.HasPrefix(rest, "– ") || strings.HasPrefix(rest, "- "))
}

// bullet is a list item's mark at a line's start, and the space after it (none after
// Japanese's middle dot).
var bullet = regexp.MustCompile(`^([•·▪◦\-–—*✓✔]\s|・)`)

// keepListBlocks makes body text, in a crawled page, of a block of its own that is
// a list of the text (listBlock), when the text's prose goes on below it: a job's
// requirements, a guide's materials, a notice's dates, which a few terse items would
// otherwise make boilerplate with their neighbours.
func keepListBlocks(lines []line) {
	if !crawledPage(lines) {
		return
	}
	for i := 1; i < len(lines); i++ {
		if !lines[i-1].empty || lines[i].empty {
			continue
		}
		end := blockEnd(lines, i)
		if listBlock(lines[i:end+1]) && slices.ContainsFunc(lines[end+1:], textProse) {
			for k := i; k <= end; k++ {
				lines[k].keepAs("an item of the text's list, in a block of its own (" + lines[k].reason + ")")
			}
			keepHeadingAlone(lines, i, maxTableHeadingWords, "list")
		}
		i = end
	}
}

// listBlock tells whether a block is a list of the text: at least two items, each with
// a bullet, a field's name and a colon ("Salaire : …") or a quantity ("400 g flour"),
// perhaps under a short heading ("Profil recherché"), an event's title over its fields,
// or a lead-in ending with a colon ("You will need:"), under which any short line is an
// item ("a pinch of salt"); with nothing deciding any item by itself but a date or a
// copy in the page (a street's collection days in two weeks); half of the items or more
// reading (nearly) as prose, or long in a language not told, unless a lead-in, or
// fields or a calendar's entries alone, make it a list.
func listBlock(block []line) bool {
	items, ledIn, titled := block, false, false
	if first := block[0]; !listItem(first) {
		ledIn = leadIn(first)
		if !ledIn && (first.strong || first.f.words > maxTitleWords || first.f.prose()) {
			return false
		}
		items, titled = block[1:], !ledIn
	}
	worded, fields := 0, 0
	for _, l := range items {
		shortItem := ledIn && l.f.words <= maxLedItemWords && !l.f.prose()
		if !listItem(l) && !shortItem || l.strong && !l.dated && !l.duplicate {
			return false
		}
		if l.f.prose() || l.f.nearProse() || l.f.stops < 0 && l.f.words >= minUntoldItemWords {
			worded++
		}
		if labelled(l.text) || entry(l.text) {
			fields++
		}
	}
	if len(items) < 2 || titled && block[0].f.words > maxTableHeadingWords && fields < minTableLines && 2*worded < len(items) {
		return false // a longer heading over terse items is an event's title, over its fields
	}
	return ledIn || 2*worded >= len(items) || fields == len(items) && fields >= minTableLines
}

// A list's heading has at most maxTableHeadingWords words, an event's title over its
// fields maxTitleWords; an item under a lead-in at most maxLedItemWords.
const (
	maxTitleWords   = 8
	maxLedItemWords = 12
	// minUntoldItemWords is the fewest words of an item that, in a language not told
	// (no stop words to read), is as long as a sentence and no headline.
	minUntoldItemWords = 16
	// maxEntryNameWords is the most words of the name before an entry's dash.
	maxEntryNameWords = 3
)

// listItem tells whether l starts with a bullet, a field's name and a colon, a
// quantity, or a time or a day and a dash (entry).
func listItem(l line) bool {
	return bullet.MatchString(l.text) || labelled(l.text) || quantityLine(l.text) || entry(l.text)
}

// entry tells whether text is an entry of a programme, a calendar or a list of places:
// a time, a day and its month (perhaps its year), or a name, of at most
// maxEntryNameWords words, then a dash ("18.00 – Opening", "4 febbraio – Tecnica del
// colombino", "6 October 2024 – Blockade begins", "Kurotani – landslides cut the road").
func entry(text string) bool {
	if programmeEntry(text) {
		return true
	}
	text = strings.TrimSpace(text)
	name, rest, ok := strings.Cut(text, " – ")
	if !ok {
		name, rest, ok = strings.Cut(text, " - ")
	}
	words := strings.Fields(name)
	if !ok || len(words) == 0 || len(words) > maxEntryNameWords || len(strings.Fields(rest)) == 0 {
		return false
	}
	dated := len(words) > 1 && amount.MatchString(strings.TrimSuffix(words[0], ".")) && lang.IsMonth(strings.TrimSuffix(words[1], ","))
	return dated || startsUpper(name) && len(strings.Fields(rest)) >= 2
}

// labelled tells whether text starts with a field's name of at most maxLongFieldWords
// words, the first capitalised, and a colon ("Date limite de candidature : 15 juin").
func labelled(text string) bool {
	name, _, ok := cutField(strings.TrimSpace(text))
	words := strings.Fields(name)
	return ok && len(words) > 0 && len(words) <= maxLongFieldWords && startsName(words[0])
}

// keepBoxRest makes body text, in a crawled page, of the short lines left in a block
// that is mostly the text's already (a box of a work's details after the review, its
// dates and prices smoothed away by the tags below it): fields or dates, no prose, that
// nothing but a date decides by itself, or, when the text goes on below the block, a
// contact's e-mail address under its label (a notice's contacts).
func keepBoxRest(lines []line) {
	if !crawledPage(lines) {
		return
	}
	for _, b := range blocksOf(lines)[1:] {
		block := lines[b[0] : b[1]+1]
		kept := howMany(block, func(l line) bool { return l.class == good })
		fields := howMany(block, func(l line) bool { return labelled(l.text) })
		if len(block) < minTableLines || 2*kept <= len(block) || kept == len(block) || fields < 2 {
			continue
		}
		inText := textGoesOn(lines, b[1]+1)
		rest := func(l line) bool {
			byItself := l.strong && !l.dated && !(inText && labelled(l.text) && addressAlone(l.text))
			return l.class == good || !l.f.prose() && !byItself && (labelled(l.text) || givesDate(l.text))
		}
		if !slices.ContainsFunc(block, func(l line) bool { return !rest(l) }) {
			for i := range block {
				block[i].keepAs("a line of a box the text's lines fill (" + block[i].reason + ")")
			}
		}
	}
}

// A contact under the text has minContactLines to maxContactLines lines, its
// heading at most maxContactHeadingWords words.
const (
	minContactLines        = 3
	maxContactLines        = 6
	maxContactHeadingWords = 6
	minContactFields       = 3
)

// keepContactBlocks makes body text, in a crawled page, of a contact right under a line
// of the text (contactBlock): the press officer or the coordinator a notice names, the
// office it sends its readers to, or, where the text goes on below it, the details of
// the person or the place the page is about (a lecturer's office and e-mail). The
// site's own contact in its footer is not under the text, and its lines are the same
// on most pages. A heading keeps its decision: writers part on whether "Media
// contact:" is the notice's or the site's.
func keepContactBlocks(lines []line) {
	if !crawledPage(lines) {
		return
	}
	blocks := blocksOf(lines)
	for k := 1; k < len(blocks); k++ {
		above, block := lines[blocks[k-1][1]], lines[blocks[k][0]:blocks[k][1]+1]
		if above.class != good || above.strong {
			continue
		}
		from, ok := contactBlock(block)
		if !ok {
			continue
		}
		for i := from; i < len(block); i++ {
			block[i].keepAs("a contact the text gives, under its line (" + block[i].reason + ")")
		}
	}
}

// contactBlock tells whether a block is a contact's, and from which of its lines: a
// short heading ending with a colon ("For enquiries about this notice:", "Contact
// presse :") over a person's name (and role), or at least minContactFields fields
// ("Telephone: …", "Email: …", "Office hours: …"), perhaps under an office's name or a
// heading every page of the site gives ("Contacts"); its lines terse, no menu, most of
// the dataset's documents not sharing them, one of them an e-mail address or a phone
// number.
func contactBlock(block []line) (from int, ok bool) {
	if len(block) < minContactLines || len(block) > maxContactLines {
		return 0, false
	}
	heading := strings.TrimSpace(block[0].text)
	switch {
	case strings.HasSuffix(heading, ":") && block[0].f.words <= maxContactHeadingWords && namesSomeone(block[1]):
		from = 1
	case howMany(block, func(l line) bool { return labelled(l.text) }) < minContactFields:
		return 0, false
	}
	reached := false
	for i, l := range block[from:] {
		if l.f.prose() || l.menu > 0 || l.common && (i > 0 || labelled(l.text)) {
			return 0, false
		}
		reached = reached || email.MatchString(l.text) || phoneDigits.MatchString(l.text)
	}
	return from, reached
}

// namesSomeone tells whether a contact's line may name its person (and role): a few
// words from a capital, with no digit or address.
func namesSomeone(l line) bool {
	return l.f.words <= maxTitleWords && startsName(l.text) && !strings.ContainsFunc(l.text, unicode.IsDigit) && !email.MatchString(l.text)
}

// keepSectionBlocks makes body text, in a crawled page, of a block that a short
// heading of its own opens ("Programme", "Performers"; other pages of the site may give
// it too), its other lines short and nothing deciding any of them by itself, next to the
// text's prose: right under it (but for the crawl's first paragraph, whose next block
// is the page's header), or right over a block that opens with it (or with a heading
// over it), or next to such a block, or, under a heading other pages give, right under
// the text's rows: a page's sections of items (a concert's works, a department's staff,
// a wine's dishes).
func keepSectionBlocks(lines []line) {
	if !crawledPage(lines) {
		return
	}
	blocks := blocksOf(lines)
	kept := make([]bool, len(blocks))
	for k, b := range blocks { // downwards, from the prose above, below the first block
		kept[k] = k > 1 && underText(lines, blocks, kept, k) && sectionBlock(lines[b[0]:b[1]+1])
	}
	for k := len(blocks) - 2; k >= 0; k-- { // upwards, from the prose below
		b, next := blocks[k], blocks[k+1]
		kept[k] = kept[k] || (kept[k+1] || proseOpens(lines, next)) && sectionBlock(lines[b[0]:b[1]+1])
	}
	for k, b := range blocks {
		for i := b[0]; kept[k] && i <= b[1]; i++ {
			lines[i].keepAs("an item of the text's section, under its heading (" + lines[i].reason + ")")
		}
	}
}

// underText tells whether block k follows the text: a section kept above it, the
// text's prose, or, under a heading other pages of the site give, the text's rows (a
// wine's details over its dishes, "Food pairing").
func underText(lines []line, blocks [][2]int, kept []bool, k int) bool {
	prev := blocks[k-1]
	return kept[k-1] || textProse(lines[prev[1]]) || templateHeading(lines[blocks[k][0]]) && bodyRows(lines, prev)
}

// bodyRows tells whether block b holds the text's rows: minTableLines lines or more of
// body text the neighbours decided, under its heading whatever decided that.
func bodyRows(lines []line, b [2]int) bool {
	for i := b[0] + 1; i <= b[1]; i++ {
		if !bodyLine(lines, i) {
			return false
		}
	}
	return b[1]-b[0] >= minTableLines
}

// proseOpens tells whether the text's prose opens block b, or its second line, under
// a heading.
func proseOpens(lines []line, b [2]int) bool {
	return textProse(lines[b[0]]) || b[1] > b[0] && textProse(lines[b[0]+1])
}

// maxSectionHeadingWords is the most words of a section's heading over its items, as the
// wording lists count them ("What you will learn on this course"; in Japanese, some two
// letters to a word).
const maxSectionHeadingWords = 8

// sectionBlock tells whether a block is a section of items: a heading of at most
// maxSectionHeadingWords words over two or more lines, none prose, none decided by
// itself but for repetition in fewer than half the site's pages, and at most half of
// them so (a room's amenities, "Free Wi-Fi" in some other rooms' lists too); under a
// heading most pages of the site give, at most half of them priced (other items on
// offer: "Goes well with").
func sectionBlock(block []line) bool {
	if len(block) < 3 || block[0].f.phraseWords > maxSectionHeadingWords || block[0].f.prose() || block[0].strong && !templateHeading(block[0]) {
		return false
	}
	items := block[1:]
	shared := func(l line) bool { return l.repeated && !l.common && !l.worded }
	return !slices.ContainsFunc(items, func(l line) bool { return l.strong && !shared(l) || l.f.prose() }) &&
		2*howMany(items, shared) <= len(items) &&
		!(block[0].common && 2*howMany(items, pricedItem) >= len(items))
}

// pricedItem tells whether l gives a price: an item on offer.
func pricedItem(l line) bool {
	return rowPrice.MatchString(l.text)
}

// templateHeading tells whether l, decided by itself, is so for repeating in other
// pages of the dataset (a site's section heading, "Facilities"), not for its wording.
func templateHeading(l line) bool {
	return l.repeated && !l.worded
}

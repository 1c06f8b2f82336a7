package boiler

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/annotations"
	"spantag/lang"
)

// DefaultThreshold is the score from which a line is boilerplate.
const DefaultThreshold = 0.5

// Range is a run of bytes of a document's text, [Start, End), as the core's.
type Range = annotations.Range

// Page is one document to decide on: its text and, when it was imported from HTML,
// which of its bytes were inside links (<a>), inside a nav, footer or aside,
// inside a picture's caption (<figcaption>), inside a top-level heading (<h1>),
// inside an element whose class or id names site furniture ("comment-body"), and
// inside list items and a table's cells.
type Page struct {
	Text      string
	HTML      bool    // the ranges below are known
	Links     []Range // sorted, not overlapping
	Furniture []Range // sorted, not overlapping
	Captions  []Range // sorted, not overlapping
	H1        []Range // sorted, not overlapping
	Classed   []Range // inside an element whose class or id names site furniture; sorted, not overlapping
	Items     []Range // inside list items (<li>); sorted, not overlapping
	Cells     []Range // inside a table's cells (<td>, <th>); sorted, not overlapping
}

// Decision is what was decided for one line of a document.
type Decision struct {
	Line        int // 0-based line number
	Start, End  int // the line's bytes in the text, without its "\n"
	Boilerplate bool
	Score       float64 // 0 (body) to 1 (boilerplate); Boilerplate is Score ≥ the threshold
	Reason      string  // why, for a person
}

// Why is the decision's reason with its score, as a suggestion gives it.
func (d Decision) Why() string { return fmt.Sprintf("%s (%.2f)", d.Reason, d.Score) }

// Decide returns a decision for every line of the page (empty lines are never
// boilerplate). c holds the dataset's line counts, the page's own or not; it may be
// nil, and then repetition is no evidence.
func (c *Corpus) Decide(p Page, threshold float64) []Decision {
	decisions, _, _ := c.decide(p, threshold)
	return decisions
}

// decide is Decide, with the lines decided and the evidence of the dataset.
func (c *Corpus) decide(p Page, threshold float64) ([]Decision, []line, evidence) {
	language, _ := lang.Detect(p.Text)
	lines := splitLines(p.Text)
	ev := c.evidenceFor(p.Text, lines)
	markEchoes(lines)
	markTables(lines)
	for i := range lines {
		lines[i].classify(p, language, ev)
	}
	unlistBeforeProse(lines)
	markGlued(lines, ev)
	keepSectionHeadings(lines)
	keepStockSentences(lines)
	markTeaserSummaries(lines)
	markTeaserBlocks(lines)
	markPublisherBlocks(lines)
	markEmbeddedPosts(lines)
	markTestimonials(lines)
	markOfferRows(lines)
	markSiteNotes(lines, language)
	smooth(lines)
	keepH1(lines)
	keepCardTitles(lines)
	keepCellRows(lines)
	markStepCaptions(lines)
	markCaptionsAboveCredits(lines)
	markGalleryCaptions(lines)
	decisions := make([]Decision, len(lines))
	for i, l := range lines {
		decisions[i] = Decision{Line: i, Start: l.start, End: l.end,
			Boilerplate: !l.empty && l.score >= threshold, Score: l.score, Reason: l.reason}
	}
	return decisions, lines, ev
}

// line is one line being decided.
type line struct {
	text, norm string
	start, end int
	empty      bool
	f          features
	class      class
	echo       bool     // one of a headline's two lines in a list of links (markEchoes)
	strong     bool     // evidence the neighbours do not overturn
	repeated   bool     // the strong evidence is repetition alone, which a heading may overturn
	everywhere bool     // repeated in every document of the dataset
	common     bool     // repeated in more than half of the documents of the dataset
	rare       bool     // repeated in only one other document of a dataset of at least rareDocs
	varies     bool     // a field whose line repeats, whose name other documents give with other values
	named      bool     // a field whose name other documents give
	pair       bool     // repeated in only one other document of a dataset of at least everywhereDocs, or in a few of a large one
	glued      bool     // everywhere, and always after the same line, near the page's top (markGlued)
	reply      bool     // a comment's reply button (wording of kind '>')
	embed      bool     // an embedded post's header (embedHeader)
	buy        bool     // a shop item's buy button (wording of kind '<')
	deal       bool     // an affiliate's price at a shop or its button (wording of kind '/')
	copies     int      // how many lines of the document are this one (docKey)
	vote       bool     // a poll's button (wording of kind '?')
	box        bool     // a box's heading, its blurb below (wording of kind '@')
	contents   bool     // the heading of the page's contents (wording of kind '|')
	postEnd    bool     // the post's end: its tags, where it is filed or its comments' heading (wording of kind '}')
	list       bool     // the heading of a list of other pages (wording of kind '&')
	teaser     bool     // wording with a headline after its colon ("Read also: …")
	listWord   bool     // such a heading by one word ("More …", "Mehr …"; unlistBeforeProse)
	summary    bool     // the heading of the article's own summary (wording of kind '+')
	ownList    bool     // the heading of the article's own list (wording of kind ':')
	item       bool     // an item of the article's numbered list (keepNumbered)
	authors    []string // the names a byline gives (wording of kind '~')
	duplicate  bool     // decided for appearing twice in its document
	dated      bool     // decided for being a date
	menu       int      // the items of a menu or breadcrumb the line is (menu.go), else 0
	cells      bool     // a table's row, its cells split as its neighbour's (markTables)
	headline   bool     // the page's <h1>, no link (keepH1)
	titled     bool     // kept as the page's headline (keepAsHeadline, keepH1)
	credited   bool     // a caption decided by its credit
	everyPage  bool     // a headline that every other document of the dataset has
	quoted     bool     // decided for a sentence that other documents start or end a line with
	echoed     bool     // prose other documents hold too, too few of them for repetition to decide it
	worded     bool     // decided by the wording lists (wording)
	offer      bool     // a row of another item on offer (markOfferRows)
	calls      bool     // a call to follow the site (its handle, a network or its app, follow.go), or to press Ctrl+Enter
	review     bool     // a reader's review: a name or text by five stars (starredReview)
	score      float64
	reason     string
}

// splitLines cuts text into its lines, a trailing "\r" left out of each, each as the
// rules read it (readable).
func splitLines(text string) []line {
	var lines []line
	start := 0
	for part := range strings.SplitSeq(text, "\n") {
		end := start + len(strings.TrimSuffix(part, "\r"))
		l := line{text: readable(text[start:end]), start: start, end: end}
		l.norm = normalise(l.text)
		l.empty = strings.TrimSpace(l.text) == ""
		l.menu = menuItems(l.text)
		lines = append(lines, l)
		start += len(part) + 1
	}
	return lines
}

// Teaser lists of scraped pages give a headline twice, once with its section or tag
// after it ("Is the Deal Done? Economy" above "Is the Deal Done?"): two lines next to
// each other where one is the other and one to maxEchoExtra words more are such a
// pair, when the shorter has at least minEchoWords words; so are two where one is the
// other with its topic glued before or after it, as crawls of the seed's kind give them
// ("EconomyFuel prices rise again" above "Fuel prices rise again").
const (
	minEchoWords = 3
	maxEchoExtra = 4
)

// markEchoes marks the lines that are one of such a pair.
func markEchoes(lines []line) {
	for i := 1; i < len(lines); i++ {
		a, b := &lines[i-1], &lines[i]
		if echoes(a.norm, b.norm) || echoes(b.norm, a.norm) || gluedTopic(b.text, a.text) {
			a.echo, b.echo = true, true
		}
	}
}

// echoes tells whether long is short and one to maxEchoExtra words after it, short
// saying at least minEchoWords words with letters (not a timetable's row of minutes,
// "07시 | 00 10 20 30" over "07시 | 00 10 20 30 40 50").
func echoes(short, long string) bool {
	if !strings.HasPrefix(long, short+" ") || letteredWords(short) < minEchoWords {
		return false
	}
	return len(strings.Fields(long[len(short):])) <= maxEchoExtra
}

// letteredWords is how many words of s hold a letter.
func letteredWords(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		if strings.ContainsFunc(w, unicode.IsLetter) {
			n++
		}
	}
	return n
}

// gluedTopic tells whether long is short with a word glued before it (in a script
// without case, up to maxEchoExtra words), or up to maxEchoExtra words glued after it,
// the part of short next to the topic a capital or a letter of a script without case
// (not "Voorbereiding: 20 min" over "Bereiding: 30 min", nor "30 minuten" after "30
// min"); words counted as the wording lists count them (a Thai headline of many).
func gluedTopic(short, long string) bool {
	short, long = strings.TrimSpace(short), strings.TrimSpace(long)
	if topic, ok := strings.CutSuffix(long, short); ok && topic != "" && phraseWords(lang.Words(short)) >= minEchoWords {
		last, _ := utf8.DecodeLastRuneInString(topic)
		first, _ := utf8.DecodeRuneInString(short)
		topicGlued := !strings.ContainsFunc(topic, unicode.IsSpace) || startsCaseless(short) && len(strings.Fields(topic)) <= maxEchoExtra
		return letterOrMark(last) && !unicode.IsLower(first) && topicGlued
	}
	if topic, ok := strings.CutPrefix(long, short); ok && topic != "" && phraseWords(lang.Words(short)) >= minEchoWords {
		first, _ := utf8.DecodeRuneInString(topic)
		return unicode.IsLetter(first) && !unicode.IsLower(first) && phraseWords(lang.Words(topic)) <= maxEchoExtra
	}
	return false
}

// letterOrMark tells whether r is a letter or a mark on one (a vowel sign, a virama).
func letterOrMark(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsMark(r)
}

// markGlued marks the lines among the page's first headerLines that every document of
// the dataset has right after the same line: the template's run (a site's name, then
// its tagline), not a headline that every page lists.
func markGlued(lines []line, ev evidence) {
	prev, n := -1, 0
	for i := range lines {
		if !hasLetter(lines[i].norm) {
			continue
		}
		if n == headerLines {
			return
		}
		if prev >= 0 && lines[i].everywhere && ev.others(pairKey(lines[prev].norm, lines[i].norm))+1 == ev.docs {
			lines[i].glued = true
		}
		prev, n = i, n+1
	}
}

// evidence is what the dataset and the rest of the document say about lines.
type evidence struct {
	docs   int              // documents in the dataset, this one included
	others func(uint64) int // how many other documents hold a line (hashLine), a first sentence (leadKey) or a last one (tailKey)
	inDoc  map[string]int   // how often each line occurs in this document, by docKey
	// numbered holds the normalised forms of the short lines of one figure that this
	// document gives with at least minNumbered different figures: an article's numbered
	// steps or days ("Step 1" … "Step 6"), which another recipe of the site has too, or
	// its items' fields ("Diamètre : 60 cm"); not a gallery's "Photo 2 of 9", nor
	// prices, a shop's as often as the article's.
	numbered map[string]bool
}

// minNumbered is the fewest different numbers of a numbered sequence of lines;
// maxNumberedWords the most words of one of its lines.
const (
	minNumbered      = 3
	maxNumberedWords = 4
)

// numberedLines finds evidence.numbered among lines.
func numberedLines(lines []line) map[string]bool {
	texts := map[string]map[string]bool{}
	for _, l := range lines {
		if strings.Count(l.norm, "#") != 1 || strings.ContainsAny(l.norm, "£$€¥") || !hasLetter(l.norm) || len(strings.Fields(l.norm)) > maxNumberedWords {
			continue
		}
		if texts[l.norm] == nil {
			texts[l.norm] = map[string]bool{}
		}
		texts[l.norm][strings.ToLower(strings.TrimSpace(l.text))] = true
	}
	numbered := map[string]bool{}
	for norm, seen := range texts {
		if len(seen) >= minNumbered {
			numbered[norm] = true
		}
	}
	return numbered
}

// matchMinute is a line that starts at a minute of a match, as a sports live blog's
// entries do ("88' GOAL! Harwick 2-2 Saltmoor", "120+2'").
var matchMinute = regexp.MustCompile(`^\s*\d{1,3}(\+\d{1,2})?['’′]`)

// docKey is what makes two lines of one document the same: their normalised form, or,
// when figures are much of what they say, it gives a time of day or a match's minute
// (matchMinute) or a price in euros or a currency written as a word (priced), their
// text (a roundup's "£32 for 50ml" and "£24 for 40ml" are two prices, not one line
// given twice, and so are its "Da 140 euro a notte." and "Da 85 euro a notte.", and an
// agenda's "Sabato 4 maggio, ore 21:00" and "Sabato 18 maggio, ore 17:30" two events;
// "Storm hits coast · 3 min read" is a teaser's headline wherever its figure differs).
func docKey(l line) string {
	if figured(l.text) || itemDetails(l.text) || priced.MatchString(l.text) {
		return strings.ToLower(strings.TrimSpace(l.text))
	}
	return l.norm
}

// minItemWords is the fewest words of a line of several figures that is the same
// as another of its document only with the same figures (itemDetails);
// minMeasureWords the fewest when one of its figures is a measure ("14km, about 4
// hours": a day's walk).
const (
	minItemWords    = 6
	minMeasureWords = 4
)

// itemDetails tells whether text is an item's details, of minItemWords words or
// more and two figures or more: two books' ("Verlag Frieling & Nöhr, 264 Seiten,
// 32 Euro") are two lines, where a teaser's "Storm hits the coast · 5 min read",
// of one figure, is one line whatever its figure; or a shorter line of two figures,
// one of them a measure, written with its unit or currency ("19km, about 7 hours",
// not a gallery's "Photo 2 of 6").
func itemDetails(text string) bool {
	words := strings.Fields(text)
	figures, measures := 0, 0
	for _, w := range words {
		if strings.ContainsFunc(w, unicode.IsDigit) {
			figures++
			if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.Is(unicode.Sc, r) }) {
				measures++
			}
		}
	}
	return figures >= 2 && (len(words) >= minItemWords || len(words) >= minMeasureWords && measures > 0)
}

// priced is an amount of money in euros or in a currency written as a word: a figure
// with its sign or word ("Da 140 euro a notte.", "ab 32,99 €", "450 kr"). (Pounds and
// dollars are left out: counted apart, a shop's "£74 at …" lines lowered a frozen set.)
var priced = regexp.MustCompile(`(?i)\d\s?(€|euros?\b|eur\b|kr\b|zł|kč|chf\b)|€\s?\d`)

// figured tells whether figures are much of what a line says, or it gives a time of
// day or a match's minute, or it is a field whose value holds a figure (a recipe
// card's "Backzeit: 22 Min."): such lines are the same only with the same figures.
func figured(text string) bool {
	if value, ok := fieldValue(text); ok && strings.ContainsFunc(value, unicode.IsDigit) {
		return true
	}
	digits, letters := 0, 0
	for _, r := range text {
		switch {
		case unicode.IsDigit(r):
			digits++
		case unicode.IsLetter(r):
			letters++
		}
	}
	return digits > 0 && (3*digits >= digits+letters || strings.ContainsRune(text, ':') && clockTime.MatchString(text) || matchMinute.MatchString(text))
}

// repeatKey is the key a line is counted under across the dataset's documents: its
// normalised form's, or, for a line figures make (figured), its text's, so that two
// pages' prices or ratings ("93 puntos · 11,50 €", "90 puntos · 8,90 €") are not a
// template's line. The salt keeps it apart from a normalised line's.
func repeatKey(text, norm string) uint64 {
	if figured(text) {
		return hashLine(strings.ToLower(strings.TrimSpace(text))) ^ 0x2545f4914f6cdd1d
	}
	return hashLine(norm)
}

func (c *Corpus) evidenceFor(text string, lines []line) evidence {
	ev := evidence{docs: 1, others: func(uint64) int { return 0 }, inDoc: map[string]int{}, numbered: numberedLines(lines)}
	for _, l := range lines {
		if hasLetter(l.norm) {
			ev.inDoc[docKey(l)]++
		}
	}
	if c == nil {
		return ev
	}
	c.mu.Lock()
	self := c.seen[hashLine(text)]
	ev.docs = len(c.seen)
	c.mu.Unlock()
	if !self {
		ev.docs++
	}
	ev.others = func(key uint64) int {
		n := c.count(key)
		if self {
			n--
		}
		return n
	}
	return ev
}

package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
)

// Scores of the decisions the neighbours make.
const (
	scoreHeading       = 0.25
	scoreShortInBody   = 0.3
	scoreShortInBoiler = 0.7
	scoreNearInBody    = 0.35
	scoreNearInBoiler  = 0.6
	// maxHeadingDistance is how many bytes of text may stand between a heading and the
	// body text it heads (jusText's max_heading_distance).
	maxHeadingDistance = 200
	headingWords       = 4
	// minHeadlineWords is the fewest words of a listed headline that reads as a list of
	// names and figures.
	minHeadlineWords = 6
)

// smooth revises the context-free classes from the neighbouring lines, as jusText's
// context-sensitive step: a short line takes the class of its neighbours when they
// agree, and is body next to body unless, above the body text, boilerplate stands on
// its other side with only a nearly-prose line between; a nearly-prose line is
// boilerplate only between boilerplate. Then the page's headline and standfirst, the
// article's tables, a menu's dishes (menus.go) and lists, the headings of body text, a
// live blog's times, a crawl's first line, its headline or title under the site's
// header (crawled.go) and the text's lists in a crawl's blocks, a programme's entries
// among them (crawllists.go), are body; and what headings and buttons head (heads.go),
// readers' comments in a thread (threads.go), the author's box (bios.go), and the
// page's header that a crawl left under the first paragraph and a call to action's
// other line in a crawl's block of two (crawled.go) boilerplate. Comments are found
// before the headings, so that a comment's prose makes no heading of the shop's line
// above it. Empty lines are not neighbours.
func smooth(lines []line) {
	if keepTiny(lines) {
		return
	}
	initial := classes(lines)
	body := slices.Index(initial, good) // where the body text begins
	underLead := -1
	if crawledLead(lines) {
		underLead = nextLine(lines, 0, func(j int) bool { return initial[j] == good })
	}
	for i := range lines {
		if !lines[i].empty && initial[i] == short {
			lines[i].reviseShort(neighbour(initial, lines, i, -1, true), neighbour(initial, lines, i, +1, true),
				neighbour(initial, lines, i, -1, false), neighbour(initial, lines, i, +1, false), body < 0 || i < body, i < underLead)
		}
	}
	settled := classes(lines)
	for i := range lines {
		if initial[i] == nearGood {
			lines[i].reviseNear(neighbour(settled, lines, i, -1, true), neighbour(settled, lines, i, +1, true))
		}
	}
	standfirst := keepTitle(lines, initial)
	keepHeadlineAlone(lines, initial, body)
	markPlainByline(lines, standfirst)
	keepTables(lines, textStart(lines, body))
	keepMenus(lines)
	keepNumbered(lines, body)
	keepLists(lines)
	keepPunctuatedLists(lines)
	keepSummaries(lines)
	keepOwnLists(lines, body)
	markComments(lines)
	markThreads(lines, body)
	markAfterPostEnd(lines)
	promoteHeadings(lines, body)
	keepRareRepeats(lines)
	keepSignOffs(lines)
	keepSalutations(lines)
	keepEntryTimes(lines)
	keepListEntries(lines)
	keepProgrammes(lines)
	keepShowings(lines)
	keepListBlocks(lines)
	keepSectionBlocks(lines)
	keepEntryBlocks(lines)
	keepBoxRest(lines)
	keepContactBlocks(lines)
	keepFieldBoxes(lines)
	keepSectionBlocks(lines) // again: a section under the rows of a box of details just kept
	keepCellBlocks(lines)
	keepTemplateSections(lines)
	markDatedTeasers(lines)
	markVideoBlocks(lines)
	markPolls(lines)
	markBoxes(lines)
	markLists(lines, body)
	keepCrawledLead(lines)
	markHeaderUnderLead(lines)
	keepCrawledHeadline(lines)
	keepBreadcrumbTitle(lines)
	markCallBlocks(lines)
	markAppealBlocks(lines)
	markTeaserLists(lines)
	markEchoedLists(lines)
	markBios(lines, body)
	markNamedBoxes(lines, body)
	markAboutBoxes(lines)
	keepEditedHeadings(lines)
	markNumberedContents(lines)
	keepBookContents(lines)
	keepCode(lines, body)
	markTemplateBoxes(lines)
}

// textStart is where the body text begins for its tables: at the crawl's first
// paragraph, though its stop words are too few to read as prose by themselves, or
// rather at the end of its block, where the crawl glues the page's header to it.
func textStart(lines []line, body int) int {
	if end := blockEnd(lines, 0); crawledLead(lines) && (body < 0 || end < body) {
		return end
	}
	return body
}

// maxTinyLines is the most lines of a document too small to be a page: a sentence or
// two of a dataset of sentences, with no menu or footer around them.
const maxTinyLines = 2

// keepTiny makes body text of the lines of a document of at most maxTinyLines lines
// that nothing decides boilerplate by itself, and tells whether it did: with no page
// around them, their words and neighbours tell nothing (its edges would count as
// boilerplate neighbours).
func keepTiny(lines []line) bool {
	if len(lines)-howMany(lines, func(l line) bool { return l.empty }) > maxTinyLines {
		return false
	}
	for i := range lines {
		if l := &lines[i]; !l.empty && !l.strong {
			l.class, l.score, l.reason = good, scoreProse, "a document of one or two lines: no page around it, "+l.reason
		}
	}
	return true
}

// howMany is how many lines meet ok.
func howMany(lines []line, ok func(line) bool) int {
	n := 0
	for _, l := range lines {
		if ok(l) {
			n++
		}
	}
	return n
}

// entryTime is a live blog entry's time alone on its line: "17:04", "16:42 Uhr",
// "4.15pm GMT", "12h01".
var entryTime = regexp.MustCompile(`^\d{1,2}([:.h]\d{2})?\s?(am|pm|a\.m\.|p\.m\.)?(\s?(uhr|h|gmt|bst|cet|cest|utc|et))?$`)

// startsWithTime tells whether a line starts with a time, perhaps with a colon after it
// ("19:58 The numbers at a glance", "18h00: Lễ khai mạc"): an item of a live blog's key
// events or of a programme, not a headline.
func startsWithTime(text string) bool {
	first, _, _ := strings.Cut(strings.TrimSpace(text), " ")
	first = strings.TrimSuffix(first, ":")
	return entryTime.MatchString(first) && strings.ContainsAny(first, ":.h")
}

// minuteAlone is a match's minute alone on its line, as a sports live blog gives its
// entries: "79 min", "90+2'", "61 mins".
var minuteAlone = regexp.MustCompile(`^\d{1,3}(\+\d{1,2})?\s?(min|mins|minutes|['’′])$`)

// minMatchMinutes is how many lines of minutes make a page a match's live blog: one is
// a reading time.
const minMatchMinutes = 3

// matchMinutes tells whether the page gives minMatchMinutes minutes or more alone on
// their lines.
func matchMinutes(lines []line) bool {
	n := 0
	for _, l := range lines {
		if l.f.words <= 2 && minuteAlone.MatchString(strings.ToLower(strings.TrimSpace(l.text))) {
			n++
		}
	}
	return n >= minMatchMinutes
}

// keepEntryTimes makes body text of a time alone on its line with body text right
// after it, or after one line more (the entry's author) or two (its title, body text
// too, and its author; or only its title, when a post embedded in the entry follows
// it), past such a post: a live blog entry's (or a match's minute, on a page of
// minMatchMinutes of them), also when the page gives the time twice (a list of key
// events above the entries) or other documents give it (counted with its digits as
// one, "14h05" is every "#h#").
func keepEntryTimes(lines []line) {
	minutes := matchMinutes(lines)
	for i := range lines {
		l := &lines[i]
		text := strings.ToLower(strings.TrimSpace(l.text))
		switch {
		case l.class == good:
			continue
		case minutes && minuteAlone.MatchString(text): // "79 min", though a reading time is worded so
		case l.strong && !l.duplicate && !l.repeated || !entryTime.MatchString(text):
			continue
		}
		var between []int // the entry's title, its author
		embedded := false
		next := nextLine(lines, i, anyLine)
		for next >= 0 && lines[next].class != good && len(between) < 2 {
			if lines[next].embed { // a post embedded in the entry, before its text
				next, embedded = nextLine(lines, next, func(j int) bool { return !lines[j].strong }), true
				continue
			}
			between = append(between, next)
			next = nextLine(lines, next, anyLine)
		}
		if next < 0 || lines[next].class != good || len(between) == 2 && !strings.ContainsFunc(text, notDigit) {
			continue // a figure alone ("1") is no time above a title and an author
		}
		l.class, l.strong, l.score, l.reason = good, false, scoreShortInBody, "a live blog entry's time: body text follows it"
		// A title, with its author; or alone right above the post, no author's name.
		titled := len(between) == 2 || len(between) == 1 && embedded && !named(lines[between[0]].text)
		if !titled {
			continue
		}
		if title := &lines[between[0]]; !title.strong && !title.f.prose() {
			title.class, title.score, title.reason = good, scoreShortInBody, "a live blog entry's title: its time above it, its author and text below"
		}
	}
}

// minEntries is how many entries' times kept as body make a page a live blog, whose
// other entries may hold no prose (a title over a list of advice).
const minEntries = 3

// keepListEntries makes body text of the entries of a live blog, one of minEntries
// entries kept or more, whose text is no prose: a time alone on its line, with three to
// listLines lines after it down to the next time or a line its own words, a region or
// links decide (a title, "The council asks residents to:", the items of a list).
func keepListEntries(lines []line) {
	if howMany(lines, func(l line) bool { return l.class == good && entryTimeLine(l) }) < minEntries {
		return
	}
	for i := range lines {
		l := &lines[i]
		if l.class == good || l.strong && !l.duplicate && !l.repeated || !entryTimeLine(*l) {
			continue
		}
		var entry []int
		for j := nextLine(lines, i, anyLine); j >= 0 && len(entry) < listLines && !lines[j].strong && !entryTimeLine(lines[j]); j = nextLine(lines, j, anyLine) {
			entry = append(entry, j)
		}
		if len(entry) < 3 {
			continue // a list of the latest headlines under their times
		}
		l.keepAs("a live blog entry's time, above its title and a list")
		for _, j := range entry {
			lines[j].keepAs("in a live blog's entry: its time above it")
		}
	}
}

// entryTimeLine tells whether l is a time alone on its line (entryTime).
func entryTimeLine(l line) bool {
	return entryTime.MatchString(strings.ToLower(strings.TrimSpace(l.text)))
}

// anyLine is nextLine's condition for the next line whatever it is.
func anyLine(int) bool { return true }

// prevLine is the nearest line before line i that is not empty, or -1.
func prevLine(lines []line, i int) int {
	i--
	for i >= 0 && lines[i].empty {
		i--
	}
	return i
}

// pastRun is where a scan from line i goes on after the run of lines it found there:
// the line after the run's last, or after line i when it found none.
func pastRun(lines []line, i int, run []int) int {
	if len(run) > 0 {
		i = run[len(run)-1]
	}
	return nextLine(lines, i, anyLine)
}

// nextLine is the first line after line i that is not empty and meets ok, or -1.
func nextLine(lines []line, i int, ok func(int) bool) int {
	for j := i + 1; j < len(lines); j++ {
		if !lines[j].empty && ok(j) {
			return j
		}
	}
	return -1
}

// keepAs makes a line body text for the reason given.
func (l *line) keepAs(reason string) {
	if l.class != good {
		l.class, l.strong, l.score, l.reason = good, false, scoreHeading, reason
	}
}

// keepAsHeadline makes body text of the page's headline, for the reason why.
func (l *line) keepAsHeadline(why string) {
	l.keepAs("the page's headline: " + why)
	l.titled = true
}

func classes(lines []line) []class {
	cs := make([]class, len(lines))
	for i, l := range lines {
		cs[i] = l.class
	}
	return cs
}

// bodyLine tells whether line i is body text that nothing decided by itself.
func bodyLine(lines []line, i int) bool {
	return i >= 0 && lines[i].class == good && !lines[i].strong
}

// neighbour is the class of the nearest line before (step -1) or after (+1) line i that
// is not empty or short, and, if skipNear, not nearly prose; past either end, bad.
func neighbour(classes []class, lines []line, i, step int, skipNear bool) class {
	for j := i + step; j >= 0 && j < len(lines); j += step {
		c := classes[j]
		if lines[j].empty || c == short || skipNear && c == nearGood {
			continue
		}
		return c
	}
	return bad
}

// reviseShort decides a short line from its neighbours: prev and next skip nearly-prose
// lines, prevNear and nextNear do not. Above the body text (header), a short line
// between boilerplate and a nearly-prose line is the menu's, above a headline; further
// down, it is a list's item (a recipe's servings, a match's line-ups). Under a crawl's
// first paragraph, above the text's next prose (underLead), a short line before
// boilerplate is the page's header (a menu over the breadcrumb, the site's name over its
// motto), as jusText decides a short line between body and boilerplate.
func (l *line) reviseShort(prev, next, prevNear, nextNear class, header, underLead bool) {
	switch {
	case prev == bad && next == bad:
		l.class, l.score, l.reason = bad, scoreShortInBoiler, "short line between boilerplate lines"
	case prev == good && next == good:
		l.class, l.score, l.reason = good, scoreShortInBody, "short line between body lines"
	case header && (prev == bad && nextNear == nearGood || next == bad && prevNear == nearGood):
		l.class, l.score, l.reason = bad, scoreShortInBoiler, "short line between boilerplate and a line that nearly reads as prose"
	case next == good:
		l.class, l.score, l.reason = good, scoreShortInBody, "short line before body text (a subheading)"
	case underLead && next == bad:
		l.class, l.score, l.reason = bad, scoreShortInBoiler, "short line under the first paragraph, before boilerplate: the page's header"
	default:
		l.class, l.score, l.reason = good, scoreShortInBody, "short line after body text"
	}
}

// reviseNear decides a nearly-prose line from its nearest decided neighbours.
func (l *line) reviseNear(prev, next class) {
	if prev == bad && next == bad {
		l.class, l.score, l.reason = bad, scoreNearInBoiler, l.reason+", between boilerplate lines"
		return
	}
	l.class, l.score, l.reason = good, scoreNearInBody, l.reason+", next to body text"
}

// notDigit tells whether r is no decimal digit.
func notDigit(r rune) bool { return !unicode.IsDigit(r) }

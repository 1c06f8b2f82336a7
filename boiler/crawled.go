package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// A crawl that takes the text from the article's first paragraph on may leave the
// page's header (its section, byline, date, reading time) under that paragraph: at
// most maxLeftHeaderLines lines of at most maxLeftHeaderWords words each, or lines
// decided by themselves (a credited photo's caption).
const (
	maxLeftHeaderLines  = 6
	maxLeftHeaderWords  = 6
	maxHeaderFieldWords = 10
)

// markHeaderUnderLead makes boilerplate of such a header: when the page starts with a
// paragraph that reads as prose and an empty line (or none, when the paragraph is the
// crawl's first line, after its date), the lines after it up to the body
// text that reads as prose, ends a sentence (an interview's first question) or leads
// in a list with a colon, or up to the heading of the article's summary ("Key
// points"), when all of them are short (a field a little longer) or decided by
// themselves and one of them is a byline, a date or a breadcrumb, or a name alone with
// another line (a section's name; alone, it may be a subheading, as German capitalises
// its nouns); but for the text's subheading at its end (withoutSubheading) and for a
// work's box of details (detailsBox). When more lines follow than a header has, the block
// right under the paragraph may be the header alone (headerBlock).
func markHeaderUnderLead(lines []line) {
	lead := nextLine(lines, -1, anyLine)
	if lead < 0 || !lines[lead].f.prose() || lead+1 == len(lines) || !lines[lead+1].empty && !crawlDate.MatchString(lines[lead].text) {
		return
	}
	var header []int
	signed, named := false, false
	for i := nextLine(lines, lead, anyLine); i >= 0; i = nextLine(lines, i, anyLine) {
		l := lines[i]
		if l.summary || l.class == good && (l.f.prose() || l.f.closes || l.f.colon) {
			if signed || named && len(header) > 1 {
				markLeftHeader(lines, withoutSubheading(lines, header))
			}
			return
		}
		if len(header) == maxLeftHeaderLines || !l.strong && (longInHeader(l) || l.f.closes) {
			markLeftHeader(lines, headerBlock(lines, lead))
			return
		}
		header = append(header, i)
		signed, named = signed || signs(l) || l.menu > 0, named || bareName(l)
	}
}

// minDecidedInHeader is the fewest lines of a block right under a crawl's first
// paragraph that their own evidence decides (a rating, a buy button, a wish list's)
// that make it the page's header, with no byline or date: a shop's or an app's.
const minDecidedInHeader = 2

// headerBlock is, in a crawled page, the block right under the first paragraph when it
// is such a header by itself: two lines or more, each short or decided by itself, one a
// byline, a date or a breadcrumb ("Culture · Film review", "By …", "09.10.2024"),
// whatever short lines follow it (a film's details, a player's controls).
func headerBlock(lines []line, lead int) []int {
	first := nextLine(lines, lead, anyLine)
	if first < 0 || !crawlDate.MatchString(lines[lead].text) || blockEnd(lines, first) == first {
		return nil
	}
	var block []int
	signed, decided := false, 0
	for i := first; i <= blockEnd(lines, first); i++ {
		l := lines[i]
		if l.summary || !l.strong && (longInHeader(l) || l.f.closes) {
			return nil
		}
		block = append(block, i)
		signed = signed || signs(l) || l.menu > 0
		if l.strong && l.class == bad && !l.repeated {
			decided++
		}
	}
	if !signed && decided < minDecidedInHeader {
		return nil
	}
	return block
}

// withoutSubheading is the header without its last lines when they are the text's: one
// right above the text with no empty line between (an event's title over its
// description), and then one alone between empty lines under a line decided by itself
// (a byline, a date, a reading time) or a block with a byline, a date or a menu; each that
// nothing else (a name alone, a caption) decides.
func withoutSubheading(lines []line, header []int) []int {
	own := func(l line) bool { return !l.strong && !signs(l) && !bareName(l) }
	n := len(header)
	if n > 1 && !lines[header[n-1]+1].empty && own(lines[header[n-1]]) {
		n--
	}
	if n > 1 && alone(lines, header[n-1]) && (lines[header[n-2]].strong || signedBlock(lines, header[n-2])) && own(lines[header[n-1]]) {
		n--
	}
	return header[:n]
}

// signedBlock tells whether the block that line i ends holds a byline, a date or a
// menu ("Posted by … on 9 July 2023" over "House projects", "Home / Weddings / Rooms"
// over "UA | EN").
func signedBlock(lines []line, i int) bool {
	for ; i >= 0 && !lines[i].empty; i-- {
		if signs(lines[i]) || lines[i].menu > 0 {
			return true
		}
	}
	return false
}

// blockEnd is the last line of the block, between empty lines, that line i is in or
// starts.
func blockEnd(lines []line, i int) int {
	for i+1 < len(lines) && !lines[i+1].empty {
		i++
	}
	return i
}

// alone tells whether line i stands between empty lines (or the page's edges).
func alone(lines []line, i int) bool {
	return (i == 0 || lines[i-1].empty) && (i+1 == len(lines) || lines[i+1].empty)
}

// longInHeader tells whether l is longer than a header's line: more than
// maxLeftHeaderWords words, or more than maxHeaderFieldWords for a field ("Skribent:
// Ingrid Sundberg och Per-Olof Hedman").
func longInHeader(l line) bool {
	return l.f.words > maxLeftHeaderWords && (l.f.words > maxHeaderFieldWords || !labelled(l.text))
}

// minBoxFields is the fewest fields of a work's box of details (detailsBox).
const minBoxFields = 3

// detailsBox tells whether the lines are a box of a work's details over the page's
// header: minBoxFields fields or more, fewer than half of them the wording lists decide
// ("Titre : …", "Éditeur : …", "Parution : …"), the next block the header's, two of
// its lines or more worded ("Publié le : …", "Temps de lecture : …").
func detailsBox(lines []line, header []int) bool {
	fields, worded := 0, 0
	for _, i := range header {
		if labelled(lines[i].text) {
			fields++
			if lines[i].worded {
				worded++
			}
		}
	}
	if fields < minBoxFields || 2*worded >= fields {
		return false
	}
	next := nextLine(lines, header[len(header)-1], anyLine)
	if next < 0 || !lines[next-1].empty {
		return false
	}
	below := lines[next : blockEnd(lines, next)+1]
	return howMany(below, func(l line) bool { return l.worded }) >= 2
}

// markLeftHeader makes boilerplate of the lines of such a header, unless they are a
// work's box of details; a name alone there is the author's, whose bio may end the
// page (markBios).
func markLeftHeader(lines []line, header []int) {
	if detailsBox(lines, header) {
		return
	}
	for _, i := range header {
		l := &lines[i]
		if l.class != bad {
			l.class, l.score, l.reason = bad, scoreBio, "the page's header under the article's first paragraph, with a byline or a date"
		}
		if bareName(*l) && len(l.authors) == 0 {
			l.authors = []string{strings.TrimSpace(l.text)} // the author's, as a byline's
		}
	}
}

// markTeaserBlocks makes boilerplate of a teaser of another article in a page whose
// paragraphs stand between empty lines, in a block of its own: a teaser (wording with a
// headline after its colon, "Read also: …") and its summary, a line of prose; or the
// teaser's headings (teaserHeads), a headline (perhaps one the page or the dataset
// gives again) and its summary.
func markTeaserBlocks(lines []line) {
	for i := 1; i < len(lines); i++ {
		if !lines[i-1].empty || lines[i].empty {
			continue
		}
		end := blockEnd(lines, i)
		// the headline given first and again, as the seed gives it, whatever it reads as
		twice := end >= i+3 && lines[i].norm == lines[end-1].norm
		if lines[i].f.prose() && !teaserHeadline(lines[i]) && !twice { // a question may head it
			i = end
			continue
		}
		switch {
		case end == i+1 && lines[i].strong && lines[i].teaser && summaryLine(lines[end]):
			lines[end].decideStrong(scoreDuplicate, "a teaser's summary, under it in its block; "+lines[end].reason)
		case end >= i+2 && teaserHeads(lines[i:end-1], lines[end-1]) && (teaserHeadline(lines[end-1]) || repeatedHeadline(lines[end-1]) || twice) && lines[end].f.prose():
			for k := i; k < end-1; k++ {
				if !lines[k].strong || lines[k].repeated {
					lines[k].decideStrong(scoreDuplicate, "a teaser's heading, over its headline in its block; "+lines[k].reason)
					lines[k].repeated = false // no heading of the text below
				}
				lines[k].list = false // the block is all it heads
			}
			if h := &lines[end-1]; !h.strong || h.repeated {
				h.decideStrong(scoreDuplicate, "a teaser's headline, under its heading in its block; "+h.reason)
				h.repeated = false
			}
			if !lines[end].strong {
				lines[end].decideStrong(scoreDuplicate, "a teaser's summary, under its headline in its block; "+lines[end].reason)
			}
		}
		i = end
	}
}

// teaserHeads tells whether the lines above a teaser's headline in its block are its
// headings: one decided by itself ("ALSO ON THE BULLETIN"), or the headline itself
// given first (the seed's "headline", "Other Topics of Interest", "headline"), or a
// heading the wording lists decide ("Read also", "Related") over other headings,
// each decided by itself, short and not prose ("Also on the Niemen Post"), or a copy
// of the headline; under the headline given first, any heading shorter than it. Not
// the heading of the text's own list or summary.
func teaserHeads(heads []line, headline line) bool {
	first := heads[0]
	again := first.norm == headline.norm
	if first.ownList || first.summary {
		return false // the heading of the text's own list ("Ingredients") or summary
	}
	if len(heads) == 1 {
		return first.strong || again
	}
	return (first.worded || again) && !slices.ContainsFunc(heads[1:], func(l line) bool {
		heading := !l.f.prose() && l.f.words <= maxTeaserHeadingWords || again && shorter(l, headline)
		return !l.strong && l.norm != headline.norm && !heading
	})
}

// shorter tells whether l has fewer letters than headline: a heading between a headline
// given twice, in whatever script ("เรื่องที่คุณอาจสนใจ", which reads as a sentence).
func shorter(l, headline line) bool {
	return utf8.RuneCountInString(l.text) < utf8.RuneCountInString(headline.text)
}

// maxTeaserHeadingWords is the most words of a teaser's heading below its first.
const maxTeaserHeadingWords = 6

// repeatedHeadline tells whether l may be a teaser's headline given again in the page
// or in another of the dataset: minEchoWords words or more, not prose, decided for it.
func repeatedHeadline(l line) bool {
	return (l.duplicate || l.repeated) && !l.f.prose() && l.f.words >= minEchoWords
}

// summaryLine tells whether l may be a teaser's summary: prose nothing else decides.
func summaryLine(l line) bool {
	return !l.strong && l.f.prose()
}

// teaserHeadline tells whether l may be a teaser's headline: minEchoWords words or more,
// not prose but for a question ("… but at what cost?"), nothing else decides.
func teaserHeadline(l line) bool {
	question := strings.HasSuffix(strings.TrimSpace(l.text), "?") && l.f.words <= maxQuestionHeadlineWords
	return !l.strong && (!l.f.prose() || question) && l.f.words >= minEchoWords
}

// maxQuestionHeadlineWords is the most words of a teaser's headline that asks a question.
const maxQuestionHeadlineWords = 16

// crawlDate is how the crawler of the seed's shape starts a page: "date 2025-02-28 "
// and then the article's first paragraph, on the same line.
var crawlDate = regexp.MustCompile(`^date \d{4}-\d{2}-\d{2} `)

// crawledPage tells whether the page is such a crawl: its first line starts with the
// crawl's date.
func crawledPage(lines []line) bool {
	return len(lines) > 0 && crawlDate.MatchString(lines[0].text)
}

// keepCrawledLead makes body text of the page's first line when it is the crawl's date
// and the article's first paragraph, of prose that nothing decides boilerplate by
// itself, though its stop words are few (a wire's agency in brackets, a language whose
// list is short) and a call to action follows it.
func keepCrawledLead(lines []line) {
	if crawledLead(lines) {
		lines[0].keepAs("the crawl's first paragraph, after the date it gives")
	}
}

// crawledLead tells whether the page's first line is the crawl's date and the
// article's first paragraph (keepCrawledLead).
func crawledLead(lines []line) bool {
	return crawledPage(lines) && !lines[0].strong && lines[0].f.closes && lines[0].f.words >= proseWords
}

// keepCrawledHeadline makes body text, in a crawled page, of the page's headline that
// the crawl left under the site's header, above the text's next paragraph: a line of
// a few words that nothing decides by itself, no byline, sharing a word with the text
// around it (its first paragraph, its next), under a line of the site's (the header, a
// section's label: "ANALYSIS"), with a byline right after it (bylineAt); or, when it
// nearly reads as prose (or has a headline's words in a language of unknown stop
// words), with a date right after it, or after its standfirst (a line of a few words
// more that nothing decides by itself) within maxBylineLines lines. A call to action's
// other line has none after it.
func keepCrawledHeadline(lines []line) {
	if !crawledLead(lines) {
		return
	}
	text := nextLine(lines, 0, func(i int) bool { return lines[i].f.prose() })
	if text < 0 {
		return
	}
	titleLike := func(l line) bool {
		return !l.strong && !l.everywhere && len(l.authors) == 0 && l.menu == 0 && !separated(l.text) && l.f.words >= headingWords
	}
	headline := func(l line) bool { return titleLike(l) && (l.f.nearProse() || l.f.words >= minHeadlineWords) }
	for i := nextLine(lines, 0, anyLine); i >= 0 && i < text; i = nextLine(lines, i, anyLine) {
		prev, next := prevLine(lines, i), nextLine(lines, i, anyLine)
		if prev <= 0 || lines[prev].class != bad || !titleLike(lines[i]) || next < 0 ||
			!sharesWord(lines[i].text, lines[0].text) && !sharesWord(lines[i].text, lines[text].text) {
			continue
		}
		if bylineAt(lines, next) || headline(lines[i]) && lines[next].dated && lines[i].f.words >= minHeadlineWords {
			lines[i].keepAsHeadline("a crawl left it under the site's header, its byline or date after it")
			return
		}
		if headline(lines[i]) && headline(lines[next]) && shortBylineBelow(lines, next) {
			lines[i].keepAsHeadline("a crawl left it under the site's header, with its standfirst and byline or date after it")
			lines[next].keepAs("the headline's standfirst: a crawl left them under the site's header, its byline or date after it")
			markBylineAbove(lines, next)
			return
		}
	}
}

// bylineAt tells whether line i is a byline: names, or a name alone over a date, right
// under the line above it (a heading's block is no byline).
func bylineAt(lines []line, i int) bool {
	if len(lines[i].authors) > 0 {
		return true
	}
	date := nextLine(lines, i, anyLine)
	return bareName(lines[i]) && !separated(lines[i].text) && !lines[i-1].empty && date >= 0 && signs(lines[date])
}

// shortBylineBelow tells whether a byline or a date stands among the maxBylineLines
// lines after line i (a standfirst's), with only short lines between, no field (the
// byline's other names, not a review's "Venue: …").
func shortBylineBelow(lines []line, i int) bool {
	for j, n := nextLine(lines, i, anyLine), 0; j >= 0 && n < maxBylineLines; j, n = nextLine(lines, j, anyLine), n+1 {
		switch {
		case signs(lines[j]):
			return true
		case lines[j].f.prose() || lines[j].f.words > maxHeaderFieldWords || strings.Contains(lines[j].text, ":"):
			return false
		}
	}
	return false
}

// separated tells whether text holds a menu's separator or a search box's brackets, as
// a menu, a breadcrumb, a box's fields or a search box set them ("Home > Events", "CDI ·
// Temps plein", "[Search]").
func separated(text string) bool {
	return strings.ContainsAny(text, "[]") || containsAny(text, menuSeparators)
}

// markBylineAbove makes boilerplate of the lines between a standfirst (line i) and the
// byline or date below it: the rest of the byline ("Anna Greaves and Dev Sandhu at the
// count", over "Last updated: …").
func markBylineAbove(lines []line, i int) {
	for j := nextLine(lines, i, anyLine); j >= 0 && !signs(lines[j]); j = nextLine(lines, j, anyLine) {
		if !lines[j].strong {
			lines[j].decideStrong(scoreDate, "between the crawled headline's standfirst and its date: its byline")
		}
	}
}

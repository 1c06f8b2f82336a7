package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minBoxRows is the fewest fields of a page's own box of details (fieldBox).
const minBoxRows = 3

// matchResult is a match's result between spaced dashes ("Vân Khê FC 3 – 1 Hòa Lĩnh"),
// not a span of times ("10.30–12.30", "9:00 – 17:00").
var matchResult = regexp.MustCompile(`(?:^|\s)\d{1,2} [–-] \d{1,2}(?:\s|$)`)

// keepFieldBoxes makes body text, in a crawled page, of a box of the page's own details
// below the text's first paragraph (fieldBox): a programme's degree, length and fees,
// a tour's duration and group size. The site's template gives every page the box and
// its fields' names, and some values alike ("Duration: 4 years"), but not all of them.
func keepFieldBoxes(lines []line) {
	keepCrawledBlocks(lines, fieldBox, "a box of the page's own details, whose values are not all other pages'")
}

// keepCrawledBlocks makes body text, in a crawled page, of each block below its first
// that is accepts; each line's reason is why, then what had decided it.
func keepCrawledBlocks(lines []line, is func([]line) bool, why string) {
	for _, b := range crawledBlocks(lines) {
		block := lines[b[0] : b[1]+1]
		if !is(block) {
			continue
		}
		for i := range block {
			block[i].keepAs(why + " (" + block[i].reason + ")")
		}
	}
}

// fieldBox tells whether a block is a box of the page's details: at least minBoxRows
// fields ("Degree: …", "Length: …"), perhaps under a heading of at most
// maxSectionHeadingWords words that only repetition decides, none prose or decided by
// itself but for its repetition (an e-mail address or a date allowed: "Cut-off mark
// 2024-2025: 6,718"), no match's result or network; the site's template's, as other
// pages give its heading or one of its fields, and the page's own, as no other page
// gives one of its fields, or other pages give it with other values; not a widget that
// the template's lines open and close, which each page fills (the weather on the trail,
// its source on every page), unless the closing line is a field of a figure
// (figureValued).
func fieldBox(block []line) bool {
	from, templated := 0, false
	if len(block) > 0 && !labelled(block[0].text) {
		h := block[0]
		if h.f.prose() || h.f.phraseWords > maxSectionHeadingWords || h.strong && !templateHeading(h) {
			return false
		}
		from, templated = 1, templateHeading(h)
	}
	rows := block[from:]
	if len(rows) < minBoxRows || slices.ContainsFunc(rows, func(l line) bool {
		return !labelled(l.text) || l.f.prose() || l.calls || l.strong && !l.repeated && !addressAlone(l.text) && !l.dated || matchResult.MatchString(l.text)
	}) {
		return false
	}
	if templated && templateCloses(rows) {
		return false // a widget the template closes too (markTemplateBoxes)
	}
	templated = templated || slices.ContainsFunc(rows, func(l line) bool { return l.repeated })
	return templated && slices.ContainsFunc(rows, func(l line) bool { return !l.repeated || l.varies })
}

// keepCellBlocks makes body text of a block of the article's table, its cells apart
// (a crawl keeps them between tabs), wherever it stands (a forecast's hours between the
// site's blocks; no sidebar in the corpus sets its table so): three rows or more of as
// many cells, perhaps under a short heading, nothing deciding any of them by itself but
// for repeating in other pages (a timetable's heading and its columns' names, which
// every line's page gives, over rows of its own), some row not on every page.
func keepCellBlocks(lines []line) {
	for _, b := range blocksOf(lines) {
		if !cellBlock(lines[b[0] : b[1]+1]) {
			continue
		}
		for i := b[0]; i <= b[1]; i++ {
			lines[i].keepAs("a table of the article, its cells apart (" + lines[i].reason + ")")
		}
	}
}

// cellBlock tells whether a block is rows of cells between tabs under at most a short
// heading (keepCellBlocks).
func cellBlock(block []line) bool {
	rows := block
	if !strings.Contains(block[0].text, "\t") { // a heading
		if block[0].f.words > maxTableHeadingWords || block[0].strong && !templateHeading(block[0]) {
			return false
		}
		rows = block[1:]
	}
	if len(rows) < minTableLines {
		return false
	}
	cells, own := strings.Count(rows[0].text, "\t"), false
	for _, l := range rows {
		if cells == 0 || strings.Count(l.text, "\t") != cells || l.strong && !templateHeading(l) {
			return false
		}
		own = own || !l.everywhere
	}
	return own
}

// templateCloses tells whether the last of a box's rows is a line that every page
// gives alike, the template's (a widget's source, "Data: MeteoBalt"), not a field of
// a figure (figureValued).
func templateCloses(rows []line) bool {
	last := rows[len(rows)-1]
	return last.everywhere && !last.varies && !figureValued(last.text)
}

// crawledBlocks are the blocks of a crawled page below its first (the crawl's first
// paragraph and what it glued to it); none for another page.
func crawledBlocks(lines []line) [][2]int {
	if !crawledPage(lines) {
		return nil
	}
	return blocksOf(lines)[1:]
}

// figureValued tells whether a field's value starts with a figure ("Fee per credit:
// 18,50 €"), which the page's box gives with its own figures, though repetition counts
// any figure alike; a widget's closing line names its source ("Data: MeteoBalt").
func figureValued(text string) bool {
	_, value, ok := cutField(text)
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(value))
	return ok && unicode.IsDigit(r)
}

// keepTemplateSections makes body text, in a crawled page, of a section of the page's
// own lines under the heading that the site's template gives every page (a tender's
// "Buyer" over the buyer's name, address and contact; its "Criteria" over their
// weights), which repetition alone decided and its neighbours took with it
// (templateSectionBlock).
func keepTemplateSections(lines []line) {
	keepCrawledBlocks(lines, templateSectionBlock, "a section of the page's own lines under the template's heading")
}

// templateSectionBlock tells whether a block is a template's heading of at most
// maxSectionHeadingWords words that only repetition decides, over at least minBoxRows
// lines that nothing decides by itself but a field's repetition ("Price: 40 %"), no
// call, at least half of them the page's own (not repeated) and one a field whose name
// other pages give ("Contact: …"): not a list of other pages' headlines, whose names
// no other page gives ("Pigments: which colours for rust?"), nor a widget that the
// template closes (fieldBox).
func templateSectionBlock(block []line) bool {
	h, rows := block[0], block[1:]
	if len(rows) < minBoxRows || !templateHeading(h) || h.f.prose() || h.f.phraseWords > maxSectionHeadingWords {
		return false
	}
	own, fields := 0, 0
	for _, l := range rows {
		if l.strong && !(l.repeated && labelled(l.text)) || l.calls {
			return false
		}
		if !l.repeated {
			own++
		}
		if l.named {
			fields++
		}
	}
	return !templateCloses(rows) && 2*own >= len(rows) && fields > 0
}

package boiler

import (
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// An article's own lists (a recipe's steps, a guide's items, a list article's numbered
// entries) read as neither prose nor headlines, so the neighbours would take them for
// boilerplate.

// A list between body lines has minListLines to maxListLines lines (keepLists); a line
// alone there, bad by its words, may be a teaser of another article.
const (
	minListLines = 2
	maxListLines = 12
)

// keepLists makes body text of the runs of minListLines to maxListLines lines between two body
// lines that nothing decides boilerplate by itself, but for short headings other pages
// have too ("Pros", "Ingredients"): an article's lists, which the neighbours would
// otherwise take for boilerplate. The line above may also be the list's lead-in, which
// is kept with it.
func keepLists(lines []line) {
	for i := nextLine(lines, -1, anyLine); i >= 0; i = nextLine(lines, i, anyLine) {
		if lines[i].class != good && !leadIn(lines[i]) {
			continue
		}
		var run []int
		j := nextLine(lines, i, anyLine)
		for ; j >= 0 && lines[j].class != good && len(run) <= maxListLines && listLine(lines[j]); j = nextLine(lines, j, anyLine) {
			run = append(run, j)
		}
		if j >= 0 && lines[j].class == good && len(run) >= minListLines && len(run) <= maxListLines && !allCommon(lines, run) {
			for _, k := range run {
				lines[k].keepAs("a list of the article, between body lines (" + lines[k].reason + ")")
			}
			lines[i].keepAs("the lead-in of a list of the article, body text below it")
		}
	}
}

// allCommon tells whether every line of a run repeats in most documents of the
// dataset, with no figure: a template's buttons between the text's lines ("Book a
// viewing", "Call the agent"), not the article's list (a recipe's "Prep 30 minutes",
// "Cook 30 minutes" have figures that other recipes give alike, as digits normalise).
func allCommon(lines []line, run []int) bool {
	for _, k := range run {
		if !lines[k].repeated || !lines[k].common || strings.ContainsFunc(lines[k].text, unicode.IsDigit) {
			return false
		}
	}
	return true
}

// leadIn tells whether l may introduce a list of the article: a line ending with a
// colon that nothing decides boilerplate by itself ("The districts affected are:").
func leadIn(l line) bool {
	return !l.strong && strings.HasSuffix(strings.TrimSpace(l.text), ":")
}

// minPunctuatedItems is the fewest items ending with a semicolon that make a list
// punctuated as a sentence (keepPunctuatedLists).
const minPunctuatedItems = 2

// keepPunctuatedLists makes body text of a list punctuated as one sentence, as
// official texts set it: a line ending with a colon that nothing decides boilerplate
// by itself, then minPunctuatedItems items or more ending with a semicolon, and the last
// with a full stop ("… can apply for evacuation:", "by phone …;", "through the village
// heads;", "in person at the centre."); with the short heading right above it.
func keepPunctuatedLists(lines []line) {
	for i := nextLine(lines, -1, anyLine); i >= 0; i = nextLine(lines, i, anyLine) {
		if lines[i].strong || !strings.HasSuffix(strings.TrimSpace(lines[i].text), ":") {
			continue
		}
		items, j := 0, nextLine(lines, i, anyLine)
		for ; j >= 0 && !lines[j].strong && strings.HasSuffix(strings.TrimSpace(lines[j].text), ";"); j = nextLine(lines, j, anyLine) {
			items++
		}
		if items < minPunctuatedItems || j < 0 || lines[j].strong || !strings.HasSuffix(strings.TrimSpace(lines[j].text), ".") {
			continue
		}
		if h := prevLine(lines, i); h >= 0 && !lines[h].strong && lines[h].f.words <= maxTableHeadingWords && !lines[h].f.prose() {
			lines[h].keepAs("the heading of a list of the article punctuated as a sentence")
		}
		for k := i; k >= 0 && k <= j; k = nextLine(lines, k, anyLine) {
			lines[k].keepAs("a list of the article punctuated as a sentence: a colon, items ending with semicolons, a full stop")
		}
		i = j
	}
}

// listLine tells whether a line may be in an article's list: no evidence of its own
// makes it boilerplate, or only that other pages have it too, as a short heading.
func listLine(l line) bool {
	return !l.strong || l.repeated && l.f.words <= maxFieldWords
}

// A list article's items are numbered in order, each with a line or two of its own
// below it (most-read lists are numbered too, without them); at most maxItemLines lines
// stand between two items.
const (
	minItems     = 3
	maxItemLines = 6
)

// item is a numbered item's number and title: "4. Walking the old canal towpath".
var item = regexp.MustCompile(`^(\d{1,2})[.)]\s+\S`)

// keepNumbered makes body text of a list article's items below the body's first line,
// numbered in order, and of what each says below it, down to the next boilerplate.
func keepNumbered(lines []line, body int) {
	if body < 0 {
		return
	}
	var items []int // the current run of items numbered in order
	for i := nextLine(lines, body, anyLine); i >= 0; i = nextLine(lines, i, anyLine) {
		n, ok := itemNumber(lines[i])
		if !ok {
			continue
		}
		if len(items) > 0 {
			prev, _ := itemNumber(lines[items[len(items)-1]])
			if n != prev+1 || countLines(lines, items[len(items)-1], i) > maxItemLines {
				keepItems(lines, items)
				items = nil
			}
		}
		items = append(items, i)
	}
	keepItems(lines, items)
}

// itemNumber is the number of a line that is a numbered item, in the digits of any
// script ("৩. …").
func itemNumber(l line) (int, bool) {
	m := item.FindStringSubmatch(asciiDigits(l.text))
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// keepItems makes body text of the items of a run, if it has minItems of them and
// its first item a line of its own that nearly reads as prose, and of those lines, down
// to the next boilerplate by its own evidence (the last item's too, at most maxItemLines);
// or, if most items read as prose themselves (a method's steps, each over its photo),
// of the items alone.
func keepItems(lines []line, items []int) {
	described := len(items) >= minItems && describes(lines, items[0], items[1])
	if len(items) < minItems || !described && !proseItems(lines, items) {
		return
	}
	for k, i := range items {
		lines[i].keepAs("an item of the article's numbered list (" + lines[i].reason + ")")
		lines[i].item = true
		if !described {
			continue
		}
		end := len(lines)
		if k+1 < len(items) {
			end = items[k+1]
		}
		keepDescription(lines, i, end)
	}
}

// keepDescription makes body text of what item i says, the lines after it before line
// end, down to the next boilerplate by its own evidence, at most maxItemLines.
func keepDescription(lines []line, i, end int) {
	j := nextLine(lines, i, anyLine)
	for n := 0; j >= 0 && j < end && !lines[j].strong && n < maxItemLines; n++ {
		lines[j].keepAs("what an item of the article's numbered list says (" + lines[j].reason + ")")
		j = nextLine(lines, j, anyLine)
	}
}

// proseItems tells whether more than half of the items read as prose.
func proseItems(lines []line, items []int) bool {
	prose := 0
	for _, i := range items {
		if lines[i].f.prose() {
			prose++
		}
	}
	return 2*prose > len(items)
}

// describes tells whether a line between lines from and to, not boilerplate by its own
// evidence, nearly reads as prose: an item's description, not its byline or time.
func describes(lines []line, from, to int) bool {
	for j := nextLine(lines, from, anyLine); j >= 0 && j < to; j = nextLine(lines, j, anyLine) {
		if !lines[j].strong && (lines[j].f.prose() || lines[j].f.nearProse()) {
			return true
		}
	}
	return false
}

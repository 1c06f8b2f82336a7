package boiler

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// keepSectionHeadings decides again, from their words alone, the lines that were
// boilerplate for appearing twice in the document, when the second copy stands right
// before prose, a list (startsList) or an item and its text (proseAfter), and the first
// copy at least tocDistance lines above, next to another such line, or the other copy,
// above or below (the contents may follow the text), among the short lines right under
// the contents' heading ("Contents", "On this page"): a section's heading, listed in the
// page's table of contents with the others. (A headline given twice a line or two
// apart, or given alone, is a teaser of another article.)
func keepSectionHeadings(lines []line) {
	for i := range lines {
		if !lines[i].duplicate || editLink(lines[i]) {
			continue
		}
		other := otherCopy(lines, i)
		next := nextLine(lines, i, anyLine)
		listed := other >= 0 && (other < i && i-other >= tocDistance && inList(lines, other) || underContents(lines, other))
		if listed && next >= 0 && !lines[next].strong && (lines[next].f.prose() || startsList(lines, next) || proseAfter(lines, next)) {
			lines[i].strong = false
			lines[i].classifyText()
			lines[i].reason = "a section's heading (its other copy lists it): " + lines[i].reason
		}
	}
}

// keepEditedHeadings makes body text of a section's heading over a wiki's edit link
// ("Storia", then "[modifica | modifica wikitesto]"), with the text's prose below the
// link: the link is the site's, and makes neither the heading nor its block the site's.
func keepEditedHeadings(lines []line) {
	for i := 1; i < len(lines); i++ {
		heading, next := &lines[i-1], nextLine(lines, i, anyLine)
		if !editLink(lines[i]) || heading.empty || heading.f.prose() || heading.f.words > maxTitleWords || heading.worded && !heading.repeated || next < 0 || lines[next].class != good || !lines[next].f.prose() {
			continue
		}
		heading.keepAs("a section's heading, over its edit link (" + heading.reason + ")")
	}
}

// markNumberedContents makes boilerplate of the page's contents numbered under their
// heading ("Indice", then "1 Storia", "2 Descrizione"), each entry's name given again
// below as its section's heading: figures would make them a table's rows.
func markNumberedContents(lines []line) {
	for h := range lines {
		if !lines[h].contents {
			continue
		}
		for i := h + 1; i < len(lines) && i <= h+maxContentsLines && !lines[i].empty; i++ {
			m := sectionNumber.FindStringSubmatch(asciiDigits(strings.TrimSpace(lines[i].text)))
			if m == nil {
				break
			}
			if name := normalise(m[1]); !slices.ContainsFunc(lines[i+1:], func(l line) bool { return l.norm == name }) {
				break
			}
			lines[i].decideStrong(scoreFurniture, "an entry of the page's contents, numbered: its section's heading is given below")
		}
	}
}

// minBookContents is the fewest entries under a contents heading that make a book's or
// a report's table of contents.
const minBookContents = 3

// keepBookContents makes body text of the contents a page gives of a book or a report
// it describes: minBookContents entries or more right under the contents' heading
// ("Inhaltsverzeichnis", then "1. Die Sudhäuser …", "Register"), short lines that
// nothing decides by itself but a date ("Chapter 1: Allotments, 1933–1948"), none given
// again in the page (a page's own contents name its sections, whose headings follow),
// and the heading with them.
func keepBookContents(lines []line) {
	for h := range lines {
		if !lines[h].contents {
			continue
		}
		var entries []int
		for i := h + 1; i < len(lines) && len(entries) < maxContentsLines && !lines[i].empty; i++ {
			l := lines[i]
			if l.strong && !l.dated || l.f.prose() || l.f.words > maxTitleWords || l.copies > 1 || givenBelow(lines, i) {
				break
			}
			entries = append(entries, i)
		}
		if len(entries) < minBookContents {
			continue
		}
		lines[h].strong = false
		lines[h].keepAs("the heading of a book's contents: its entries are not the page's sections (" + lines[h].reason + ")")
		for _, i := range entries {
			lines[i].keepAs("an entry of a book's contents, not a section of the page (" + lines[i].reason + ")")
		}
	}
}

// givenBelow tells whether line i's words, without a section's number, head a line
// further down, alone or before a wiki's edit link: a page's section named in its
// contents.
func givenBelow(lines []line, i int) bool {
	name := lines[i].norm
	if m := sectionNumber.FindStringSubmatch(asciiDigits(strings.TrimSpace(lines[i].text))); m != nil {
		name = normalise(m[1])
	}
	return slices.ContainsFunc(lines[i+1:], func(l line) bool { return l.norm == name || strings.HasPrefix(l.norm, name+"[") })
}

// sectionNumber is a section's number before its name ("2 Descrizione", "3.1 Origins"),
// in ASCII digits (asciiDigits).
var sectionNumber = regexp.MustCompile(`^\d+(?:\.\d+)*\.?\s+(\S.*)$`)

// editLink tells whether l is a wiki's edit link: wording in square brackets, or words
// in square brackets the page gives again and again.
func editLink(l line) bool {
	return (l.worded || l.duplicate) && inSquareBrackets(l.text)
}

// inSquareBrackets tells whether text is nothing but words in square brackets ("[edit]").
func inSquareBrackets(text string) bool {
	text = strings.TrimSpace(text)
	return strings.HasPrefix(text, "[") && strings.HasSuffix(text, "]")
}

// keepStockSentences decides again, from their words alone, the lines of prose
// that were boilerplate for repeating in other documents when prose the page's
// own words leave undecided stands right above and right below: a sentence news
// writing repeats ("The council did not respond to a request for comment."),
// inside an article's text, not a template's appeal around it.
func keepStockSentences(lines []line) {
	for i := range lines {
		l := &lines[i]
		if !l.repeated || !l.f.prose() {
			continue
		}
		prev, next := prevLine(lines, i), nextLine(lines, i, anyLine)
		if prev >= 0 && next >= 0 && !lines[prev].strong && lines[prev].f.prose() && !lines[next].strong && lines[next].f.prose() {
			l.strong, l.repeated = false, false
			l.classifyText()
			l.reason = "a sentence inside the text, though other documents have it: " + l.reason
		}
	}
}

// maxContentsLines is the most entries a page's contents list under their heading.
const maxContentsLines = 12

// underContents tells whether line i is one of the short lines right under the
// heading of the page's contents.
func underContents(lines []line, i int) bool {
	for j, n := prevLine(lines, i), 0; j >= 0 && n < maxContentsLines; j, n = prevLine(lines, j), n+1 {
		if lines[j].contents {
			return true
		}
		if lines[j].f.prose() {
			return false
		}
	}
	return false
}

// startsList tells whether line j and the next are both lines short of prose that
// nothing decides by itself: a list that the heading above heads ("You will need", then
// the tools).
func startsList(lines []line, j int) bool {
	k := nextLine(lines, j, anyLine)
	return k >= 0 && !lines[j].strong && !lines[k].strong && !lines[j].f.prose() && !lines[k].f.prose()
}

// inList tells whether a neighbour of line i appears twice in the document too: as a
// line given twice, or, whatever decided it, again further down as another section's
// heading, prose after it ("How we test" beside "Our top picks" is wording too).
func inList(lines []line, i int) bool {
	listed := func(k int) bool {
		return k >= 0 && (lines[k].duplicate || lines[k].copies > 1 && headsLater(lines, k))
	}
	return listed(prevLine(lines, i)) || listed(nextLine(lines, i, anyLine))
}

// headsLater tells whether line k is given again below, with prose right after it.
func headsLater(lines []line, k int) bool {
	for j := k + 1; j < len(lines); j++ {
		if lines[j].norm == lines[k].norm && proseAfter(lines, j) {
			return true
		}
	}
	return false
}

// proseAfter tells whether the line after line j reads as prose (an item's name, then
// its text).
func proseAfter(lines []line, j int) bool {
	k := nextLine(lines, j, anyLine)
	return k >= 0 && !lines[k].strong && lines[k].f.prose()
}

// givenTwice tells whether line i is the same as the line right above it.
func givenTwice(lines []line, i int) bool {
	prev := prevLine(lines, i)
	return prev >= 0 && lines[prev].norm == lines[i].norm
}

// firstCopy is the first line before line i that is the same, or -1.
func firstCopy(lines []line, i int) int {
	return slices.IndexFunc(lines[:i], func(l line) bool { return l.norm == lines[i].norm })
}

// otherCopy is the first line above line i that is the same as it, else the first
// below it (the contents listed after the text, "On this page"), or -1.
func otherCopy(lines []line, i int) int {
	if first := firstCopy(lines, i); first >= 0 {
		return first
	}
	later := slices.IndexFunc(lines[i+1:], func(l line) bool { return l.norm == lines[i].norm })
	if later < 0 {
		return -1
	}
	return i + 1 + later
}

// markEmbeddedPosts makes boilerplate of the line right after an embedded post's
// header: the post.
func markEmbeddedPosts(lines []line) {
	for i := range lines {
		if next := nextLine(lines, i, anyLine); lines[i].embed && next >= 0 && !lines[next].strong {
			lines[next].decideStrong(scoreFurniture, fmt.Sprintf("an embedded post, under its header (line %d)", i+1))
		}
	}
}

// markTeaserSummaries makes boilerplate of the prose line right after a headline that
// stays boilerplate for appearing again in the document: a teaser's summary of another
// article, or a site's blurb under its name given twice. A line of fewer than
// minEchoWords words counts only right under its copy: a live blog's author, above
// each of their entries, does not; nor does a forum's reply title ("Re: …") over each
// reply, nor a wiki's edit link over each section.
func markTeaserSummaries(lines []line) {
	for i := range lines {
		if !lines[i].duplicate || !lines[i].strong || lines[i].f.words < minEchoWords && !givenTwice(lines, i) || firstCopy(lines, i) < 0 || replyTitle(lines[i].text) || editLink(lines[i]) {
			continue // the first copy may be the page's own headline
		}
		next := nextLine(lines, i, anyLine)
		if next >= 0 && !lines[next].strong && lines[next].f.prose() {
			l := &lines[next]
			l.decideStrong(scoreDuplicate, "a teaser's summary: it follows a headline given again in this page; "+l.reason)
		}
	}
}

// replyPrefixes start a forum reply's title, the thread's title after them: "Re:", and
// the German "Aw:", the Polish "Odp:", the Scandinavian "Sv:".
var replyPrefixes = []string{"re:", "aw:", "odp:", "sv:"}

// replyTitle tells whether text is a forum reply's title ("Re: Croquetas que se abren").
func replyTitle(text string) bool {
	prefix, _, ok := strings.Cut(strings.ToLower(strings.TrimSpace(text)), " ")
	return ok && slices.Contains(replyPrefixes, prefix)
}

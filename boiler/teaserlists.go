package boiler

import "regexp"

// parameterLine is a reference page's parameter over its description, as numpydoc
// writes it ("path : str or os.PathLike"), no teaser's headline.
var parameterLine = regexp.MustCompile(`^\s*[A-Za-z_][\w.]* : `)

// maxListedSummaryWords is the most words of a summary in a list of teasers.
const maxListedSummaryWords = 35

// minListedTeasers is the fewest teasers, each a headline over its summary, in a list.
const minListedTeasers = 2

// markTeaserLists makes boilerplate, in a crawled page, of a block that lists other
// pages under a short heading, each a headline over a sentence or two of its summary
// ("Dalla stessa sala", "Viviendas similares"), right above the site's lines or the
// page's end (teaserList); above more of the text, such a block is the text's (a
// glossary's terms and their meanings).
func markTeaserLists(lines []line) {
	for _, b := range crawledBlocks(lines) {
		block := lines[b[0] : b[1]+1]
		if !teaserList(block) {
			continue
		}
		if next := nextLine(lines, b[1], anyLine); next >= 0 && !siteBlockAt(lines, next) {
			continue
		}
		for i := range block {
			if !block[i].strong {
				block[i].decideStrong(scoreDuplicate, "in a list of other pages' headlines over their summaries; "+block[i].reason)
			}
		}
	}
}

// teaserList tells whether a block is a short heading over at least minListedTeasers
// pairs of a headline (teaserHeadline, no sentence, no parameter) and its summary
// (summaryLine).
func teaserList(block []line) bool {
	h, pairs := block[0], block[1:]
	if h.f.prose() || h.f.closes || h.f.words > maxTeaserHeadingWords || len(pairs) < 2*minListedTeasers || len(pairs)%2 != 0 {
		return false
	}
	for i := 0; i < len(pairs); i += 2 {
		title, summary := pairs[i], pairs[i+1]
		if !teaserHeadline(title) || title.f.closes || parameterLine.MatchString(title.text) || !summaryLine(summary) || summary.f.words > maxListedSummaryWords {
			return false
		}
	}
	return true
}

// markEchoedLists makes boilerplate of a block that lists other pages under a heading
// most pages of the site give ("Our other rooms"): two or more of its items lines of
// prose that other pages give too, though perhaps only one other page, too few for
// repetition alone to decide prose ("The Hayloft – our largest room, under the beams.
// From € 98." is on some other rooms' pages), and at most a third of them on this page
// alone (a room no other page lists).
func markEchoedLists(lines []line) {
	for _, b := range blocksOf(lines) {
		block := lines[b[0] : b[1]+1]
		h, items := block[0], block[1:]
		if !templateHeading(h) || !h.common || h.f.prose() || h.f.phraseWords > maxSectionHeadingWords ||
			howMany(items, func(l line) bool { return l.echoed || l.f.prose() && l.repeated }) < minListedTeasers ||
			3*howMany(items, func(l line) bool { return !l.echoed && !l.repeated }) > len(items) {
			continue
		}
		for i := range block {
			if !block[i].strong || block[i].class != bad {
				block[i].decideStrong(scoreDuplicate, "in a list of other pages under the site's heading, its items on other pages too: "+block[i].reason)
			}
		}
	}
}

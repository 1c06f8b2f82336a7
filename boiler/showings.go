package boiler

import "slices"

// minShowings is the fewest dates of a page's own showings among their buttons.
const minShowings = 2

// keepShowings makes body text, in a crawled page below its text's prose (past the
// crawl's first paragraph), of the dates of the page's own showings, each over its
// button ("Sat 15 March 2025, 19:00 · Main stage" over "Buy tickets", "Sold out"): a
// play's performances, a tour's concerts. The buttons stay the site's; the heading
// over the run ("Upcoming dates"), which the site's other pages may give too, is the
// text's.
func keepShowings(lines []line) {
	blocks := crawledBlocks(lines)
	for _, b := range blocks {
		for i := b[0]; i <= b[1]; i++ {
			n := showingsFrom(lines, i, b[1])
			if n < minShowings || !slices.ContainsFunc(lines[blocks[0][0]:i], textProse) {
				continue
			}
			if h := prevLine(lines, i); i == b[0]+1 || i == b[0] && h >= 0 && alone(lines, h) {
				keepShowingsHeading(&lines[h]) // the block's first line, or alone above it
			}
			for k := 0; k < n; k++ {
				l := &lines[i+2*k]
				l.keepAs("one of the page's own showings: a date over its button (" + l.reason + ")")
			}
			i += 2*n - 1
		}
	}
}

// showingsFrom is how many showings, each a date over its button, follow one another
// from line i to line end, their buttons worded or one of them given twice ("Buy
// tickets" under the first and the third): no other items' titles, each repeated on
// other pages, under their dates.
func showingsFrom(lines []line, i, end int) int {
	n, seen, worded, twice := 0, map[string]bool{}, true, false
	for ; i+1 <= end && showing(lines[i]) && showingButton(lines[i+1]); i += 2 {
		button := lines[i+1]
		n, worded, twice = n+1, worded && button.worded, twice || seen[button.norm]
		seen[button.norm] = true
	}
	if !worded && !twice {
		return 0
	}
	return n
}

// showing tells whether l gives a date by its figures or a time, not as prose, nothing
// deciding it by itself but its date.
func showing(l line) bool {
	return (hasYear(l.text) || clock.MatchString(l.text) || cjkDate.MatchString(l.text)) && !l.f.prose() && (!l.strong || l.dated)
}

// showingButton tells whether l is a button the site gives: a few words (maxButtonWords) that
// their wording or their repetition decides.
func showingButton(l line) bool {
	return l.strong && (l.worded || l.repeated) && l.f.words <= maxButtonWords
}

// keepShowingsHeading makes body text of h, the heading over the page's showings, when
// it is a few words, no prose, that nothing but their repetition decides.
func keepShowingsHeading(h *line) {
	if !h.f.prose() && h.f.phraseWords <= maxSectionHeadingWords && (!h.strong || templateHeading(*h)) {
		h.keepAs("the heading of the page's own showings (" + h.reason + ")")
	}
}

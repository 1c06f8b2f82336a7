package boiler

import (
	"strings"
	"unicode"
)

// headingAt tells whether line i could be a title or subheading: at least headingWords
// words, not prose, and no wording, region, date or links that make it boilerplate
// (repetition may: a page's title is in other pages' lists of headlines; but not a line
// of fewer than minHeadlineWords words that every page has, a button such as "Save to
// my garden", where a headline every page lists is longer, nor a tagline glued to the
// site's name); and not starting with a small letter ("in Rifugi, Itinerari", "a cura
// della redazione") unless it is a list's item after a colon.
func headingAt(lines []line, i int) bool {
	l := &lines[i]
	return !l.empty && l.f.words >= headingWords && !l.f.prose() &&
		(!l.strong || l.repeated && !(l.everywhere && (l.f.words < minHeadlineWords || l.glued))) && l.f.linkShare <= maxLinkShare &&
		(!startsLower(strings.TrimSpace(l.text)) || afterColon(lines, i))
}

// afterColon tells whether line i is in a run of lines in small letters right below
// a line that ends with a colon.
func afterColon(lines []line, i int) bool {
	prev := prevLine(lines, i)
	for prev >= 0 && startsLower(strings.TrimSpace(lines[prev].text)) {
		prev = prevLine(lines, prev)
	}
	return prev >= 0 && strings.HasSuffix(strings.TrimSpace(lines[prev].text), ":")
}

// promoteHeadings makes body text of a heading-like line decided boilerplate that
// stands before prose within maxHeadingDistance bytes with no other heading-like line
// between (jusText's last step, which has the HTML's headings where spantag guesses);
// below the body's first line, not one that most pages of the dataset have, unless it
// heads a section of the text as the site's template does (templateSection).
func promoteHeadings(lines []line, body int) {
	for i := range lines {
		l := &lines[i]
		if l.class == bad && i > body && shortSharedHeading(lines, i) {
			l.class, l.strong, l.score, l.reason = good, false, scoreHeading, "heading of the body text below, which a few other documents share ("+l.reason+")"
			continue
		}
		if l.class == bad && i > body && templateSection(lines, i) {
			l.class, l.strong, l.score, l.reason = good, false, scoreHeading, "the template's heading of a section of the text, over its prose ("+l.reason+")"
			continue
		}
		if l.class != bad || !headingAt(lines, i) || l.common && i > body {
			continue // a line most pages have, inside the text: the template's
		}
		distance := 0
		for j := i + 1; j < len(lines) && distance <= maxHeadingDistance; j++ {
			if lines[j].class == good && lines[j].f.prose() {
				l.class, l.strong, l.score, l.reason = good, false, scoreHeading, "heading of the body text below ("+l.reason+")"
				break
			}
			if headingAt(lines, j) {
				break
			}
			distance += len(lines[j].text)
		}
	}
}

// templateSection tells whether line i is a heading of at most maxSectionHeadingWords
// words that only its repetition in other pages decides, opening a block, over prose
// of the text's own: the site's template gives its pages' sections ("How to take it",
// "Side effects") their headings. Right over the prose, it may follow the site's lines
// (the last of a row of buttons over a recipe's card, "Print", "Rate", opens no
// block); alone in its block, it follows the text's lines and gives no figure (not a
// button, "Book a consultation", under the page's header, nor a price's teaser).
func templateSection(lines []line, i int) bool {
	l := lines[i]
	if !templateHeading(l) || l.f.prose() || l.f.phraseWords > maxSectionHeadingWords || i > 0 && !lines[i-1].empty {
		return false
	}
	if i+1 < len(lines) && textProse(lines[i+1]) {
		return true
	}
	next, prev := nextLine(lines, i, anyLine), prevLine(lines, i)
	return i+1 < len(lines) && lines[i+1].empty && next >= 0 && textProse(lines[next]) &&
		prev >= 0 && lines[prev].class == good && !lines[prev].strong && !strings.ContainsFunc(l.text, unicode.IsDigit)
}

// shortSharedHeading tells whether line i is a heading shorter than headingWords
// words ("What happens next", "Dove mangiare") that only its repetition in a few other
// documents decides, right above prose.
func shortSharedHeading(lines []line, i int) bool {
	l, next := lines[i], nextLine(lines, i, anyLine)
	return l.strong && l.repeated && !l.common && !l.everywhere && l.f.words >= 2 && l.f.words < headingWords && !l.f.prose() &&
		next >= 0 && lines[next].class == good && lines[next].f.prose()
}

// keepRareRepeats makes body text of the lines that stand, alone or in a run, between
// body lines and are repeated in only one other document (of at least everywhereDocs),
// or in one in fewShare of a large dataset: headings or fields that a few articles of
// the dataset share (a site's two reviews of one film, two patterns' "Finishing",
// recipes' "Conservazione"), not a template's.
func keepRareRepeats(lines []line) {
	shared := func(l line) bool { return l.class == bad && l.pair }
	for i := 0; i < len(lines); i++ {
		if !shared(lines[i]) {
			continue
		}
		end := i // the run's last line
		for next := nextLine(lines, i, anyLine); next >= 0 && shared(lines[next]); next = nextLine(lines, next, anyLine) {
			end = next
		}
		if bodyLine(lines, prevLine(lines, i)) && bodyLine(lines, nextLine(lines, end, anyLine)) {
			for j := i; j <= end; j++ {
				if !lines[j].empty {
					lines[j].class, lines[j].strong, lines[j].score = good, false, scoreHeading
					lines[j].reason = "between body lines, a line only one other document shares (" + lines[j].reason + ")"
				}
			}
		}
		i = end
	}
}

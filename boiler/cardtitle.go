package boiler

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A recipe card gives the recipe's title again above its lists: the headline's copy, or
// its start.

// cardLines is how many lines below a recipe card's title its list's heading
// ("Ingredients") may stand, past its rating, buttons, times, servings, fields and
// equipment.
const cardLines = 20

// keepCardTitles makes body text of a line given twice in the document that the
// heading of the article's own list follows within cardLines lines, and of its first
// copy, when that is body or boilerplate only for being given twice or for repeating
// in other documents over a byline (signedRepeat), and more than tocDistance lines
// above: a recipe card's title and the headline, not a teaser of another page nor a
// section's heading right under its entry in the contents.
func keepCardTitles(lines []line) {
	for i := range lines {
		l := &lines[i]
		first := -1
		if l.copies > 1 && l.score >= DefaultThreshold && l.f.words >= minEchoWords {
			first = firstCopy(lines, i)
		}
		if first < 0 && ownListWithin(lines, i, cardLines) {
			keepShortCardTitle(lines, i)
			keepRepeatedCardTitle(lines, i)
			keepRatedCardTitle(lines, i)
		}
		if first < 0 || i-first <= tocDistance || lines[first].score >= DefaultThreshold && !lines[first].duplicate && !signedRepeat(lines, first) || !ownListWithin(lines, i, cardLines) {
			continue
		}
		l.class, l.strong, l.score, l.reason = good, false, scoreHeading,
			fmt.Sprintf("a recipe card's title: the headline (line %d) given again above the card's list", first+1)
		if h := &lines[first]; h.score >= DefaultThreshold {
			h.class, h.strong, h.score, h.reason = good, false, scoreHeading,
				fmt.Sprintf("the headline: a recipe card's title (line %d) gives it again", i+1)
		}
	}
}

// keepRepeatedCardTitle makes body text of line i, above a recipe card's list, that
// only its repetition in other documents decides (their lists of other recipes), with
// the card's description right under it (a line of prose), when the page gives no
// headline (a crawl that starts at the text's first paragraph).
func keepRepeatedCardTitle(lines []line, i int) {
	l, next := &lines[i], nextLine(lines, i, anyLine)
	if !l.repeated || l.copies > 1 || l.f.prose() || next != i+1 || !lines[next].f.prose() || lines[next].class == bad || !crawledPage(lines) {
		return
	}
	l.class, l.strong, l.score, l.reason = good, false, scoreHeading,
		"a recipe card's title over its description, above the card's list, though other pages list it"
}

// maxCardTitleWords is the most words of a recipe card's title over its rating.
const maxCardTitleWords = 10

// keepRatedCardTitle makes body text of line i, in a crawled page, above a recipe
// card's list, when it starts a block where the card's rating follows it ("★★★★★ 4,9
// (57 αξιολογήσεις)") and its times and servings, two fields or more, follow that: the
// card's title, whatever stands above it (a step photo's caption).
func keepRatedCardTitle(lines []line, i int) {
	l := &lines[i]
	if l.empty || l.strong || l.f.prose() || l.f.phraseWords > maxCardTitleWords || i+1 == len(lines) || !readersRating.MatchString(lines[i+1].text) || i > 0 && !lines[i-1].empty || !crawledPage(lines) {
		return
	}
	if howMany(lines[i:blockEnd(lines, i)+1], func(l line) bool { return labelled(l.text) }) < 2 {
		return // no card's times and servings in its block
	}
	l.keepAs("a recipe card's title over the card's rating, above the card's list")
}

// signedRepeat tells whether line i is decided by its repetition in other documents
// (the sidebar's popular recipes) and a byline or a date follows it: a headline.
func signedRepeat(lines []line, i int) bool {
	next := nextLine(lines, i, anyLine)
	return lines[i].repeated && next >= 0 && (len(lines[next].authors) > 0 || lines[next].dated)
}

// keepShortCardTitle makes body text of line i, above a recipe card's list, when the
// page's headline, more than tocDistance lines above it, starts with it and says more
// ("Drentse kniepertjes van oma Aaltje, knapperig opgerold" over the card's "Drentse
// kniepertjes"); and of that headline: both whatever their copies that repetition
// alone decides (the sidebar's popular recipes).
func keepShortCardTitle(lines []line, i int) {
	title := lines[i].norm
	if lines[i].f.words < 2 || lines[i].strong && !lines[i].repeated || strings.ContainsAny(lines[i].text, "★☆") {
		return // a rating's line ("★★★★★ 5 from 41 votes") starts another's ("… · 18 comments")
	}
	for h := 0; h < i-tocDistance; h++ {
		if lines[h].empty || lines[h].strong && !lines[h].repeated && !lines[h].duplicate || !startsWithMore(lines[h].norm, title) {
			continue
		}
		if lines[i].score >= DefaultThreshold {
			lines[i].class, lines[i].strong, lines[i].score, lines[i].reason = good, false, scoreHeading,
				fmt.Sprintf("a recipe card's title: the headline (line %d) starts with it, above the card's list", h+1)
		}
		if lines[h].score >= DefaultThreshold {
			lines[h].class, lines[h].strong, lines[h].score, lines[h].reason = good, false, scoreHeading,
				fmt.Sprintf("the headline: a recipe card's title (line %d) starts it", i+1)
		}
		return
	}
}

// startsWithMore tells whether text starts with the words of start and has more after
// them.
func startsWithMore(text, start string) bool {
	rest, ok := strings.CutPrefix(text, start)
	next, _ := utf8.DecodeRuneInString(rest)
	return ok && rest != "" && !isWordRune(next)
}

// ownListWithin tells whether the heading of the article's own list stands within n
// lines below line i.
func ownListWithin(lines []line, i, n int) bool {
	for j := i + 1; j < len(lines) && j <= i+n; j++ {
		if lines[j].ownList {
			return true
		}
	}
	return false
}

package boiler

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
)

// What some lines say heads the lines after or above them: a list of other pages, a
// box about the author, a reader's comment above its reply button, a poll above its
// button, and, body text, the article's own summary.
const (
	scoreComment = 0.8
	scoreBox     = 0.8
	scoreList    = 0.75
	// listLines is the most lines a list's heading makes boilerplate;
	// maxListHeadingWords the most words of such a heading.
	listLines           = 10
	maxListHeadingWords = 6
	listFrom            = 4
	// resumeCardLines is the most lines between a subheading's prose and the heading of
	// a recipe card's list below it (its buttons, times and servings).
	resumeCardLines = 6
	// minParagraphWords is the fewest words of a line of prose under a subheading that
	// is the body's paragraph, longer than a teaser's summary (an interview's answer).
	minParagraphWords = 40
	// minResumingWords is the fewest words of a line of prose under a list's heading
	// that is the body's paragraph when a subheading over the body follows it (a
	// teaser's headline or summary, shorter, may read as prose too).
	minResumingWords = 25
	// boxLines is the most lines a box's heading makes boilerplate (a name, a role, a
	// photo's caption, the blurb).
	boxLines = 4
)

// markLists makes boilerplate of what the heading of a list of other pages ("Most
// read", "Sur le même thème", "Comments") heads: its headlines and their summaries, at
// most listLines lines, down to where two lines in a row read as prose (the body text
// goes on), or a long one over a subheading of the body, or to the next item of the
// article's numbered list. Only below the body's first line and past the page's first
// listFrom tenths: higher up, "Comments (8)" is a link under the byline, and the
// article follows it; but a crawl that kept no header (the text at the page's top) sets
// teasers among the text's first paragraphs, below minProseBeforeEnd of them. A heading
// with a headline after it on its line ("Related: …") is a link alone. In a crawl whose
// paragraphs stand between empty lines, the heading and a headline in a block and a
// line of prose alone below it, shorter than minResumingWords, are a teaser with its
// summary, though the body's prose follows.
func markLists(lines []line, body int) {
	prose := 0 // lines of body prose above line i
	for i := range lines {
		if lines[i].class == good && lines[i].f.prose() {
			prose++
		}
		crawled := body < maxBylineLines && prose >= minProseBeforeEnd // no header above the text, paragraphs of it above
		if !lines[i].list || i < body || i < len(lines)*listFrom/10 && !crawled || lines[i].f.phraseWords > maxListHeadingWords {
			continue
		}
		j, glued := nextLine(lines, i, anyLine), false
		for n := 0; j >= 0 && n < listLines; n++ {
			next := nextLine(lines, j, anyLine)
			l := &lines[j]
			summary := glued && alone(lines, j) && l.f.words < minResumingWords // a crawl's teaser: its summary below the block of its heading and headline
			if l.f.prose() && !l.strong && !summary && (proseAt(lines, next) || l.f.words >= minResumingWords && next >= 0 && resumes(lines, next)) || l.item || l.ownList && quantitiesAfter(lines, j) || resumes(lines, j) {
				break // the body again, or the heading of a recipe's ingredients ("Ingrédients")
			}
			glued = n == 0 && j == i+1 && !l.f.prose() && l.f.words >= minEchoWords && j+1 < len(lines) && lines[j+1].empty
			if !l.strong {
				l.class, l.score, l.reason = bad, scoreList, fmt.Sprintf("in a list headed %q: %s", lines[i].text, l.reason)
			}
			j = next
		}
	}
}

// proseAt tells whether line i reads as prose and nothing decides it boilerplate by itself.
func proseAt(lines []line, i int) bool {
	return i >= 0 && lines[i].f.prose() && !lines[i].strong
}

// resumes tells whether line i is a subheading with two lines of prose after it, or
// one of minParagraphWords words or more, or an item of the article's numbered list (a
// roundup's), or rows of a table (or of a box of facts) and then prose or a photo's
// credited caption (the article's, at its end), or a live blog entry's time over its
// text: the body going on below a list of other pages set in the text ("Read Next", a
// teaser, "Second half", "Final standings"). (A list of other pages may have figures
// too, times or prices, but no prose of the body nor a caption after them.)
func resumes(lines []line, i int) bool {
	l, next := lines[i], nextLine(lines, i, anyLine)
	if l.strong || l.f.prose() || l.f.phraseWords > maxListHeadingWords || next < 0 {
		return false
	}
	if lines[next].item {
		return true
	}
	after := nextLine(lines, next, anyLine)
	if entryTimeLine(l) && (proseAt(lines, next) || !lines[next].strong && proseAt(lines, after)) {
		return true // a live blog's entry: its time, perhaps its title, its text
	}
	if proseAt(lines, next) && (proseAt(lines, after) || lines[next].f.words >= minParagraphWords || after >= 0 && lines[after].item || ownListWithin(lines, next, resumeCardLines)) {
		return true // prose, then more, the article's numbered list or a recipe's card ("Ingredients")
	}
	rows := 0
	for ; next >= 0 && (lines[next].tableRow() || rows > 0 && boxField(lines[next])); next = nextLine(lines, next, anyLine) {
		rows++
	}
	return !l.tableRow() && rows >= minTableLines && (proseAt(lines, next) || next >= 0 && lines[next].credited)
}

// boxField tells whether l may be a field of a box of facts among its rows, its name
// too long for field ("Familienabend am Samstag ab 17 Uhr: Eintritt frei").
func boxField(l line) bool {
	return !l.strong && !l.f.prose() && l.f.words <= maxPrefixWords && strings.Contains(l.text, ": ")
}

// keepSummaries makes body text of the heading of an article's own summary ("Key
// points", "Das Wichtigste in Kürze") and of what it heads: the lines of at least
// nearWords words after it, at most listLines, that nothing decides boilerplate by itself.
func keepSummaries(lines []line) {
	for i := range lines {
		if !lines[i].summary {
			continue
		}
		lines[i].keepAs("the heading of the article's summary")
		for j, n := nextLine(lines, i, anyLine), 0; j >= 0 && n < listLines && !lines[j].strong && lines[j].f.words >= nearWords; j, n = nextLine(lines, j, anyLine), n+1 {
			lines[j].keepAs(fmt.Sprintf("in the article's summary headed %q", lines[i].text))
		}
	}
}

// maxOwnListLines is the most lines of an article's own list under its heading.
const maxOwnListLines = 30

// keepOwnLists makes body text of the heading of an article's own list ("Ingredients",
// "You will need", "Zutaten") and of the lines after it, at most maxOwnListLines, down
// to the first that reads as prose (the text goes on) or that its own words, a
// region or links decide boilerplate (a recipe card's buttons): its items, short as
// they are, between buttons and a card's fields. Repetition does not stop it: a site's
// recipes all have "Ingredients", and their lists share lines ("1 bay leaf"); lines
// every page has, in a run (templateRun), do. Only
// below the body's first line (above it, "Equipment" is a menu's item) unless amounts
// follow it (a recipe whose text starts with its method), and not a heading given
// twice in the document (a table of contents lists it).
func keepOwnLists(lines []line, body int) {
	for i := range lines {
		if !lines[i].ownList || body < 0 || i < body && !quantitiesAfter(lines, i) || lines[i].duplicate {
			continue
		}
		lines[i].keepAs("the heading of the article's own list")
		lines[i].strong = false
		keepCard(lines, i, body)
		for j, n := nextLine(lines, i, anyLine), 0; j >= 0 && n < maxOwnListLines; j, n = nextLine(lines, j, anyLine), n+1 {
			l := &lines[j]
			if widget.MatchString(strings.TrimSpace(l.text)) {
				continue // the list's servings stepper, under its heading
			}
			if l.f.prose() || l.strong && !l.repeated && !l.duplicate || l.ownList || templateRun(lines, j) {
				break
			}
			l.strong = false
			l.keepAs(fmt.Sprintf("in the article's list headed %q", lines[i].text))
		}
	}
}

// minTemplateRun is the fewest lines in a row, each one that every document of the
// dataset has, that are the site's template, not an article's list.
const minTemplateRun = 3

// templateRun tells whether line i and the lines right after it, minTemplateRun in
// all, are lines every document has: a sidebar's menu below a list, where a list's
// items that other recipes share ("1 bay leaf") stand among the list's own.
func templateRun(lines []line, i int) bool {
	for n := 0; n < minTemplateRun; n, i = n+1, nextLine(lines, i, anyLine) {
		if i < 0 || !lines[i].everywhere {
			return false
		}
	}
	return true
}

// quantitiesAfter tells whether at least minTableLines of the maxCardLines lines after
// line i start with an amount: a recipe's ingredients under their heading, above the
// body's first line on a page whose text starts with the method.
func quantitiesAfter(lines []line, i int) bool {
	n := 0
	for j, k := nextLine(lines, i, anyLine), 0; j >= 0 && k < maxCardLines; j, k = nextLine(lines, j, anyLine), k+1 {
		if quantityLine(lines[j].text) {
			n++
		}
	}
	return n >= minTableLines
}

// maxCardLines is the most lines of a recipe's card above its list ("Serves 4",
// "Prep: 15 minutes", "Bake: 20–25 minutes"); maxCardSkips the most lines without a
// figure between them and the list, left as decided ("Author Freya Lockhart").
const (
	maxCardLines = 5
	maxCardSkips = 3
)

// keepCard makes body text of the short lines with a figure right above the heading
// of an article's own list (line list), below the body's first line, that only
// repetition or the neighbours make boilerplate: a recipe's card, whose fields every
// recipe of a site has with other figures. It stops at prose, at a line its own words
// decide (a rating's, the nutrition's) but for a field without a figure ("Course:
// Preserve · Cuisine: Spanish"), and at a line without a figure but for fields
// ("Cuisine: Japanese", any number) and maxCardSkips boilerplate lines, left as decided
// ("Vegetarian", "Author Freya Lockhart").
// A line with a figure given twice in the document is the card's ("Prep 20 mins" in
// each of a page's two recipes).
func keepCard(lines []line, list, body int) {
	skipped := 0
	for j, n := prevLine(lines, list), 0; j > body && n < maxCardLines; j = prevLine(lines, j) {
		l := &lines[j]
		figured := strings.ContainsFunc(l.text, unicode.IsDigit)
		if l.f.prose() || l.f.words > maxQuantityWords || l.strong && !l.repeated && !l.duplicate && (figured || !strings.Contains(l.text, ": ")) {
			return
		}
		if !figured {
			if field(l.text) {
				continue // the card's field without a figure ("Cuisine: Japanese"), left as decided
			}
			if skipped++; l.class != bad || skipped > maxCardSkips {
				return
			}
			continue
		}
		l.strong = false
		l.keepAs(fmt.Sprintf("a recipe card's line above the list headed %q (%s)", lines[list].text, l.reason))
		n++
	}
}

// markBoxes makes boilerplate of what a box's heading ("About the author") heads: the
// lines after it, down to the first that reads as prose (the blurb), at most boxLines,
// but not the page's headline (a menu's "About me" above it).
func markBoxes(lines []line) {
	for i := range lines {
		if !lines[i].box {
			continue
		}
		j := nextLine(lines, i, anyLine)
		for n := 0; j >= 0 && !lines[j].strong && !lines[j].titled && n < boxLines; n++ {
			l := &lines[j]
			l.class, l.score, l.reason = bad, scoreBox, fmt.Sprintf("in a box headed %q: %s", lines[i].text, l.reason)
			if l.f.prose() {
				break
			}
			j = nextLine(lines, j, anyLine)
		}
	}
}

// A comment's other buttons may stand between its text and its reply button, one a
// line ("Quote", "♥ 11"): at most commentButtons of at most buttonWords words.
const (
	commentButtons = 2
	buttonWords    = 3
)

// maxShopItems is the most items a shop's box beside the article offers.
const maxShopItems = 2

// maxItemNameWords is the most words of a shop item's name ("Ribbon Trimming Tool Set
// (4 pieces)").
const maxItemNameWords = 10

// markComments makes boilerplate of the readers' comments: the body text right above a
// reply button and the comment's other buttons, and the short lines right above that
// (the commenter's name, a date). And of a shop's items the same way: the text above a
// buy button and its price, and the item's name above that, unless the page has more
// than maxShopItems or an affiliate's deal (a shopping guide or a review, whose items
// are the article). Unless the comments hold more lines of prose than the body text
// before the first of them (none, or a forum's first post), or a reply button comes
// before it in a crawl (under the first post, the crawl's first line): then the page is
// a forum's thread or a question's answers, whose posts are its content.
func markComments(lines []line) {
	if !slices.ContainsFunc(lines, func(l line) bool { return l.reply || l.buy }) {
		return
	}
	before := slices.Clone(lines)
	markReplies(lines)
	first := slices.IndexFunc(lines, func(l line) bool { return l.reason == commentReason })
	if first < 0 {
		return
	}
	said := slices.IndexFunc(lines, func(l line) bool { return l.reason == commentReason && l.f.prose() })
	replied := slices.IndexFunc(lines, func(l line) bool { return l.reply }) < said // the crawl's first post has its own button
	commented := howMany(lines, func(l line) bool { return l.reason == commentReason && l.f.prose() })
	if commented > howMany(before[:first], func(l line) bool { return l.class == good && l.f.prose() }) || replied && crawledPage(lines) {
		copy(lines, before) // a forum's thread: its posts are what the page is for
	}
}

const commentReason = "a reader's comment: a reply button follows it"

// markReplies does markComments's work.
func markReplies(lines []line) {
	const comment, item = commentReason, "an item of a shop: a buy button follows it"
	guide := howMany(lines, func(l line) bool { return l.buy }) > maxShopItems || howMany(lines, func(l line) bool { return l.deal }) > 0
	prose := func(f features) bool { return f.prose() || f.nearProse() }
	for i := range lines {
		if !lines[i].reply && !lines[i].buy {
			continue
		}
		above := i
		for range commentButtons {
			k := prevLine(lines, above)
			if k < 0 || !lines[k].strong || lines[k].f.words > buttonWords {
				break
			}
			above = k
		}
		if lines[i].reply {
			j := markBack(lines, above-1, comment, prose)
			markBack(lines, j, comment, func(f features) bool { return f.words < nearWords })
			continue
		}
		if guide {
			continue
		}
		j := markBack(lines, above-1, item, prose)
		if j >= 0 && lines[j].class == good && !lines[j].f.prose() && lines[j].f.words <= maxItemNameWords {
			lines[j].class, lines[j].score, lines[j].reason = bad, scoreComment, item
		}
	}
}

// A poll: a question, its options, at most maxPollOptions lines of at most
// maxOptionWords words, then its button; a short heading may stand above the question.
const (
	maxPollOptions = 6
	maxOptionWords = 8
)

// markPolls makes boilerplate of the poll above a poll's button ("Vote"): its options
// up to the question, a line ending with a question mark, and the heading above that.
func markPolls(lines []line) {
	for i := range lines {
		if !lines[i].vote {
			continue
		}
		options := []int{}
		j := prevLine(lines, i)
		for ; j >= 0 && len(options) < maxPollOptions && !lines[j].strong && !isQuestion(lines[j].text); j = prevLine(lines, j) {
			if lines[j].f.words > maxOptionWords {
				break
			}
			options = append(options, j)
		}
		if j < 0 || len(options) < 2 || !isQuestion(lines[j].text) {
			continue
		}
		options = append(options, j)
		if h := prevLine(lines, j); h >= 0 && lines[h].f.words < nearWords {
			options = append(options, h)
		}
		for _, k := range options {
			l := &lines[k]
			l.class, l.score, l.reason = bad, scoreBox, "in a poll: "+l.reason
		}
	}
}

func isQuestion(text string) bool {
	return strings.HasSuffix(strings.TrimSpace(text), "?")
}

// markBack makes boilerplate of the body lines from line i backwards that meet ok,
// skipping empty lines, for the reason given, and returns the index of the first line
// that stopped it.
func markBack(lines []line, i int, reason string, ok func(features) bool) int {
	for ; i >= 0 && (lines[i].empty || lines[i].class == good && ok(lines[i].f)); i-- {
		if !lines[i].empty {
			lines[i].class, lines[i].score, lines[i].reason = bad, scoreComment, reason
		}
	}
	return i
}

// unlistBeforeProse decides again, from its own words, a line that one word made a
// list's heading ("More …") when it nearly reads as prose, with no label's colon, and
// prose follows it: a headline above its standfirst or a subheading above its paragraph
// ("More than a hundred homes"), not a list of headlines ("Related coverage", "Comments
// (23)" above the rules for comments).
func unlistBeforeProse(lines []line) {
	for i := range lines {
		l := &lines[i]
		next := nextLine(lines, i, anyLine)
		if !l.listWord || !l.f.nearProse() || strings.Contains(l.text, ":") || next < 0 || !lines[next].f.prose() {
			continue
		}
		l.strong, l.list, l.listWord = false, false, false
		l.classifyText()
		l.reason += "; it starts as a list's heading does, but prose follows it"
	}
}

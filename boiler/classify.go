package boiler

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
	"unicode"
)

// class is jusText's context-free class of a line.
type class int

const (
	bad class = iota
	short
	nearGood
	good
)

// Scores of the context-free decisions; the smoothing's are in smooth.go.
const (
	scoreFurniture = 0.9
	scoreWording   = 0.95
	scoreRepeated  = 0.9
	scoreDuplicate = 0.85
	scoreDate      = 0.85
	scoreLinks     = 0.7 // and up with the share of links
	scoreFewStops  = 0.75
	scoreShort     = 0.5
	scoreNearProse = 0.4
	scoreProse     = 0.1
	// maxLinkShare is the share of a line's text in links above which it is
	// boilerplate whatever else it shows (jusText's max_link_density is 0.2 for a
	// paragraph); strongLinkShare is where the neighbours no longer matter.
	maxLinkShare    = 0.2
	strongLinkShare = 0.5
	// A line that reads as prose is boilerplate by repetition only if it repeats in at
	// least proseRepeats other documents, proseRepeatShare of the dataset.
	proseRepeats     = 2
	proseRepeatShare = 0.3
	// tocDistance is how many lines below its first copy a section's heading stands at
	// least, a table of contents between.
	tocDistance = 3
	// A line repeated in every document of a dataset of at least everywhereDocs is the
	// template's (with two, each page's headline may be in the other's list); one in more
	// than half of them is common: not a heading of one page's text.
	everywhereDocs = 3
	// In a dataset of at least rareDocs documents, a line that only one other has, or
	// at most one in fewShare of them, may be a heading or a field a few articles share
	// ("What happens next", "Servings: 4", "Conservazione").
	rareDocs = 20
	fewShare = 50
	// maxDateWords is the most words a line with a year may have to be a dateline.
	maxDateWords = 6
	// maxCallWords is the most words of a call to write in ("Got a story? Email …").
	maxCallWords = 60
)

// classify decides a line from itself, the page's regions and the dataset's counts.
func (l *line) classify(p Page, language string, ev evidence) {
	if l.empty {
		l.class, l.score, l.reason = short, 0, "empty line"
		return
	}
	l.f = measure(l.text, language)
	if l.menu == 0 && l.f.stops <= maxSpacedMenuStops {
		l.menu = spacedMenuWords(l.text) // a menu without separators: its stop words known now
	}
	l.copies = ev.inDoc[docKey(*l)]
	if p.HTML {
		l.f.linkShare = share(p.Links, l.start, l.end)
		l.f.furniture = share(p.Furniture, l.start, l.end) > 0.5
		l.f.caption = share(p.Captions, l.start, l.end) > 0.5
		l.f.h1 = share(p.H1, l.start, l.end) > 0.5
		l.f.classed = share(p.Classed, l.start, l.end) > 0.5
		l.f.item = share(p.Items, l.start, l.end) > 0.5
		l.f.cell = share(p.Cells, l.start, l.end) > 0.5
	}
	l.headline = l.f.h1 && !l.f.furniture && !l.f.caption && l.f.linkShare <= strongLinkShare
	l.everyPage = l.headline && everyPageHas(l, ev) // asked of the <h1> only: a hash and a count a line
	switch {
	case l.f.furniture:
		l.decideStrong(scoreFurniture, "inside a nav, footer or aside of the page")
	case l.f.caption:
		l.decideStrong(scoreFurniture, "a picture's caption (figcaption) of the page")
	case l.f.classed && !l.f.h1:
		l.decideStrong(scoreFurniture, "inside an element of the page whose class or id names site furniture (comments, sidebar, share …)")
	case l.f.linkShare > strongLinkShare:
		l.decideStrong(scoreLinks+0.3*l.f.linkShare, fmt.Sprintf("%.0f%% of its text is links", 100*l.f.linkShare))
	case l.wording(language):
	case l.f.words <= maxContainsWords && pointsAway(l.text):
		l.decideStrong(scoreFurniture, "a link to another page: an arrow at its end")
	case priceAtShop(l.text, l.f.words):
		l.decideStrong(scoreWording, "a price at a shop: an amount of money, then the shop's name")
		l.deal = true
	case l.f.words <= maxDatedCaptionWords && datedCaption(l.text):
		l.decideStrong(scoreFurniture, "a photo's caption: the month and year it was taken at its end")
	case l.f.words <= maxCaptionWords && labelledCredit(l.text):
		l.decideStrong(scoreFurniture, "a caption: its credit at its end, under a label and a colon")
	case capitalCredit(l.text):
		l.decideStrong(scoreFurniture, "a caption: its photographer's name in capitals at its end")
		l.credited = true
	case l.f.words <= maxCaptionWords && slashCredit.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a caption: its credit at its end, the photographer after a slash")
		l.credited = true
	case signingInitials.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a writer's initials alone, signing an item")
	case deskInitials.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a wire desk's initials between slashes, or in brackets")
	case bracketedCredits(l.text):
		l.decideStrong(scoreFurniture, "a wire story's credits in brackets")
	case l.f.words <= maxContainsWords && embedHeader.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "an embedded post's header: an account by its handle, and a colon")
		l.embed = true
	case l.f.words <= maxContainsWords*2 && liveScores(l.text):
		l.decideStrong(scoreFurniture, "live scores of other games: two or more, their minutes or states in brackets")
	case l.f.words <= maxCaptionWords && starredReview(l.text):
		l.decideStrong(scoreFurniture, "a reader's review: a rating of five stars, its text or its date after it")
		l.review = true
	case l.f.words <= maxContainsWords && readersRating.MatchString(l.text):
		l.decideStrong(scoreFurniture, "readers' rating: stars and an average")
	case l.f.words <= maxCaptionWords && pointsAtPhoto(l.text):
		l.decideStrong(scoreFurniture, "a photo's caption: a mark at its start points at the photo")
	case reactionCounts(l.text, l.f.phraseWords):
		l.decideStrong(scoreFurniture, "readers' reactions or votes, counted")
	case ratingRow.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a row of readers' ratings: a number of stars and how many gave it")
	case widget.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a control of the page: stars to rate with, a stepper")
	case fileSize.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a link to download a file: its size in brackets at its end")
	case l.f.phraseWords <= maxContainsWords && strings.Contains(l.norm, "ctrl") && ctrlEnter.MatchString(l.text):
		l.decideStrong(scoreWording, "a correction prompt: Ctrl and Enter to press")
		l.calls = true
	case !l.cells && l.f.words <= maxContainsWords && archiveLinks(l.text):
		l.decideStrong(scoreFurniture, "links to the archive's months or issues between separators")
	case strings.HasPrefix(strings.TrimSpace(l.text), "[") && bracketButtons.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a row of buttons, each in square brackets")
	case l.f.phraseWords <= maxContainsWords && strings.ContainsAny(l.text, "kK") && searchKeys.MatchString(l.text):
		l.decideStrong(scoreFurniture, "a search box: its prompt and the keys that open it")
	case l.f.phraseWords <= maxContainsWords && pictographCall(l.text):
		l.decideStrong(scoreFurniture, "a call to action, a pictograph at its start")
	case l.f.phraseWords <= maxContainsWords && pagerLink(l.text):
		l.decideStrong(scoreFurniture, "a link to the previous or the next post: its button, an arrow and its headline")
	case galleryPhoto.MatchString(strings.TrimSpace(l.text)):
		l.decideStrong(scoreFurniture, "a gallery's caption: the photo's number of the gallery's")
	case hashtagsAlone(l.text):
		l.decideStrong(scoreFurniture, "hashtags alone: the post's tags")
	case namesHandle(l.text, l.f.phraseWords):
		l.decideStrong(scoreFurniture, "names an account to follow: @ and its name")
		l.calls = true
	case namesNetwork(l.text, l.norm, l.f.phraseWords):
		l.decideStrong(scoreFurniture, "names a social network or a messaging app: a call to follow")
		l.calls = true
	case appPrompt(l.text, l.norm, l.f.phraseWords):
		l.decideStrong(scoreFurniture, "offers the site's app: its stores, or iOS and Android")
		l.calls = true
	case replyMention(l.text):
		// not decided strongly, so that the thread it is in is found (threads.go)
		l.class, l.score, l.reason = bad, scoreFewStops, "a reply to a reader: @ and their name at its start"
	case addressAlone(l.text):
		l.decideStrong(scoreFurniture, "an e-mail address to write to, alone or with a label")
	case l.menu > 0 && !l.f.prose():
		l.decideStrong(scoreFurniture, menuReason(l))
	case l.f.words <= maxContainsWords && !l.cells && endsWithButton(l.norm):
		l.decideStrong(scoreFurniture, "a row of items with a button at its end: a shop's item or a showing")
	case l.f.words <= maxDateWords && !l.f.prose() && !l.cells && !l.tabulated() && hasYear(l.text) && moreThanYear(l.text) && !chapterMark(l.text, l.f.words) && !yearSentence(l.text) && !askedOrQuoted(l.text):
		l.decideStrong(scoreDate, "a date: a year and at most "+fmt.Sprint(maxDateWords)+" words")
		l.dated = true
	case !l.f.prose() && !l.cells && datedFacts(l.text):
		l.decideStrong(scoreDate, "a post's facts between separators, its date among them")
		l.dated = true
	case ev.numbered[l.norm]:
		l.classifyText()
		l.reason = "one of the document's numbered lines (\"Step 1\", \"Step 2\" …): " + l.reason
	case l.repeats(ev):
	case l.copies > 1 && inSquareBrackets(l.text):
		l.decideStrong(scoreDuplicate, fmt.Sprintf("a link in square brackets, %d times in this document: a wiki's edit link", l.copies))
		l.duplicate = true
	case ev.inDoc[docKey(*l)] > 1 && l.f.words >= 2 && !l.f.prose() && !pullQuote(l.text, l.f.words):
		l.decideStrong(scoreDuplicate, fmt.Sprintf("appears %d times in this document", ev.inDoc[docKey(*l)]))
		l.duplicate = true
	case l.echo:
		l.decideStrong(scoreDuplicate, "a headline given twice, once with a few words more (a list of links)")
	case l.f.words <= maxCallWords && strings.Contains(l.text, "?") && email.MatchString(l.text):
		l.decideStrong(scoreWording, "a call to write in: a question and an e-mail address")
	default:
		l.classifyText()
	}
}

// decideStrong makes the line boilerplate on its own evidence (strong): context smoothing
// leaves it alone.
func (l *line) decideStrong(score float64, reason string) {
	l.class, l.strong, l.score, l.reason = bad, true, score, reason
}

// tabulated tells whether the HTML page set the line in a table's cells, or as a list
// item with no link: a table's row or a fact box's item ("Opened in 1932"), not a
// dateline, though it gives a year.
func (l *line) tabulated() bool {
	return l.f.cell || l.f.item && l.f.linkShare == 0
}

// everyPageHas tells whether every other document of a dataset of two or more has the
// line: a site's name, or the newest post's headline that every page lists.
func everyPageHas(l *line, ev evidence) bool {
	others := ev.others(repeatKey(l.text, l.norm))
	return ev.docs > 1 && others+1 == ev.docs
}

// wording decides the line if it says what site furniture says; the heading of the
// article's summary it leaves to keepSummaries.
func (l *line) wording(language string) bool {
	p, ok := matchWording(l.text, l.norm, l.f.phraseWords, l.f.prose())
	p = p.inLanguage(language).alone(l.norm)
	if ok && p.kind == '+' {
		l.summary = l.f.phraseWords <= maxListHeadingWords
		return false
	}
	if ok && p.kind == ':' {
		l.ownList = true
		return false
	}
	if ok {
		l.decideStrong(scoreWording, fmt.Sprintf("says %q (%s wording)", p.text, p.lang))
		l.worded = true
		l.reply = p.kind == '>'
		l.buy = p.kind == '<'
		l.deal = p.kind == '/'
		l.vote = p.kind == '?'
		l.box = p.kind == '@'
		l.contents = p.kind == '|'
		l.postEnd = p.kind == '}'
		l.list = p.kind == '&'
		l.listWord = l.list && p.oneWord()
		l.dated = p.ago()
		l.credited = p.kind == '$' || creditedCaption(l.text, l.f.words)
		l.teaser = !l.credited && headlineAfterColon(l.text) // a caption's credit names no headline
		if p.kind == '~' {
			l.authors = bylineNames(l.text, p)
		}
	}
	return ok
}

// repeats decides the line if other documents of the dataset hold it too.
func (l *line) repeats(ev evidence) bool {
	if !hasLetter(l.norm) {
		return false
	}
	others := ev.others(repeatKey(l.text, l.norm))
	if label, ok := labelKey(l.text); ok {
		l.named = ev.others(label) > 0
	}
	enough := others >= 1
	if l.f.prose() {
		enough = others >= proseRepeats && float64(others+1) >= proseRepeatShare*float64(ev.docs)
	}
	if !enough {
		l.echoed = others > 0
		return l.leadRepeats(ev)
	}
	l.decideStrong(scoreRepeated, fmt.Sprintf("repeats in %d of %d documents", others+1, ev.docs))
	l.repeated = true
	l.everywhere = ev.docs >= everywhereDocs && others+1 == ev.docs
	l.common = ev.docs >= everywhereDocs && 2*(others+1) > ev.docs
	l.rare = ev.docs >= rareDocs && others == 1
	if label, ok := labelKey(l.text); ok {
		l.varies = ev.others(label) > others
	}
	l.pair = ev.docs >= everywhereDocs && others == 1 || ev.docs >= rareDocs && (others+1)*fewShare <= ev.docs
	return true
}

// leadRepeats decides a line whose first sentence starts a line, or a line of prose
// whose last sentence ends one, in enough other documents of the dataset, as a repeated
// line of prose needs (a headline that other pages list in other words is no prose).
func (l *line) leadRepeats(ev evidence) bool {
	if lead, ok := leadKey(l.text, l.norm); ok && l.sentenceRepeats(ev, lead, "first") {
		return true
	}
	tail, ok := tailKey(l.norm)
	return ok && l.f.prose() && l.sentenceRepeats(ev, tail, "last")
}

// sentenceRepeats decides the line if its sentence (which, counted under key) starts
// or ends a line in enough other documents.
func (l *line) sentenceRepeats(ev evidence, key uint64, which string) bool {
	others := ev.others(key)
	if others < proseRepeats || float64(others+1) < proseRepeatShare*float64(ev.docs) {
		return false
	}
	l.decideStrong(scoreRepeated, fmt.Sprintf("its %s sentence repeats in %d of %d documents", which, others+1, ev.docs))
	l.quoted = true
	return true
}

// classifyText decides the line from its own words, as jusText's context-free step.
func (l *line) classifyText() {
	f := l.f
	switch {
	case f.prose():
		l.class, l.score, l.reason = good, scoreProse, "reads as prose: "+f.describe()
	case f.linkShare > maxLinkShare:
		l.class, l.score, l.reason = bad, scoreLinks, fmt.Sprintf("%.0f%% of its text is links", 100*f.linkShare)
	case f.nearProse():
		l.class, l.score, l.reason = nearGood, scoreNearProse, "nearly reads as prose: "+f.describe()
	case f.words < proseWords:
		l.class, l.score, l.reason = short, scoreShort, "short: "+f.describe()
	case lineUp(l.text):
		l.class, l.score, l.reason = nearGood, scoreNearProse, "a line-up: names after a label and a colon (a team's, a vote's)"
	case f.capitals >= headlineCaps:
		l.class, l.score, l.reason = bad, scoreFewStops, fmt.Sprintf("headline-like: %.0f%% of its words capitalised, %s", 100*f.capitals, f.describe())
	default:
		l.class, l.score, l.reason = bad, scoreFewStops, "few stop words: "+f.describe()
	}
}

// A line-up names minLineUpNames or more, each of at most maxLineUpWords words.
const (
	minLineUpNames = 5
	maxLineUpWords = 3
)

// bracketed is a part of a line in brackets ("(46. Lipiec)", a substitute).
var bracketed = regexp.MustCompile(`\([^)]*\)`)

// lineUp tells whether text is a line-up: a label of at most maxFieldWords words and a
// colon, then minLineUpNames names or more, each with a capital, parted by commas or
// dashes, down to the first full stop ("Orzeł: Kosmala – Grzelak, Wiśniewski (46.
// Lipiec), …", "For: Cllrs Okeke, Brandon, Cheung, Lister, Marwood").
func lineUp(text string) bool {
	if !strings.Contains(text, ": ") {
		return false // most lines: no label, and no brackets to take out
	}
	label, names, ok := strings.Cut(bracketed.ReplaceAllString(text, ""), ": ")
	if !ok || len(strings.Fields(label)) > maxFieldWords {
		return false
	}
	names, _, _ = strings.Cut(names, ". ")
	items := strings.FieldsFunc(strings.TrimSuffix(strings.TrimSpace(names), "."), func(r rune) bool { return strings.ContainsRune(",–—", r) })
	if len(items) < minLineUpNames {
		return false
	}
	for _, item := range items {
		words := strings.Fields(item)
		if len(words) == 0 || len(words) > maxLineUpWords || !startsUpper(words[0]) || strings.ContainsFunc(item, unicode.IsDigit) {
			return false
		}
	}
	return true
}

// describe says what the line's words showed.
func (f features) describe() string {
	s := fmt.Sprintf("%d words", f.words)
	if f.stops >= 0 {
		s += fmt.Sprintf(", %.0f%% stop words", 100*f.stops)
	}
	if f.closes {
		s += ", ends a sentence"
	}
	return s
}

// share is how much of [start, end) the sorted ranges cover, from 0 to 1.
func share(ranges []Range, start, end int) float64 {
	if end <= start {
		return 0
	}
	i := sort.Search(len(ranges), func(i int) bool { return ranges[i].End > start })
	covered := 0
	for ; i < len(ranges) && ranges[i].Start < end; i++ {
		covered += min(end, ranges[i].End) - max(start, ranges[i].Start)
	}
	return float64(covered) / float64(end-start)
}

// headlineAfterColon tells whether a line gives, after its first colon, at least
// minEchoWords words starting with a capital: a headline after a label.
func headlineAfterColon(text string) bool {
	_, after, found := strings.Cut(text, ":")
	after = strings.TrimSpace(after)
	return found && len(strings.Fields(after)) >= minEchoWords && startsName(after)
}

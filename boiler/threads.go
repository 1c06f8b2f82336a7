package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/lang"
)

// Readers' comments with no reply button: each is the commenter's name, a date or a
// time ("4 October 2025 at 8:12 pm", "2 hours ago") and the text, which reads as prose.
const (
	// commentLines is the most lines of one comment's text.
	commentLines = 4
	// minThread is the fewest comments in a row that make a thread: one alone is too
	// like an article's byline, its date and the first paragraph.
	minThread = 2
	// maxCommenterWords is the most words of a commenter's name ("Mags in Dundee").
	maxCommenterWords = 4
	// maxPlaceWords is the most words of the place after a commenter's name and a
	// comma ("J.K., Caddon Fell (over the road)").
	maxPlaceWords = 6
	// minWeekdayLetters is the fewest letters of a day's name that is no commenter's.
	minWeekdayLetters = 3
)

// clockTime is a time of day written with a colon ("at 9:12 pm", "14:05").
var clockTime = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// markThreads makes boilerplate of the readers' comments of a thread: at least minThread
// comments in a row, each a name and a date before at most commentLines lines of text
// that nothing decides boilerplate by itself (and the replies among them: replyAt),
// below the body's first line and past the page's first listFrom tenths (as lists are),
// and of the thread's heading if it counts them (threadHeading); on a forum's page
// (forumPosts), of the comments' heads only, their posts being the page's text.
func markThreads(lines []line, body int) {
	forum := forumPosts(lines)
	from := max(body+1, len(lines)*listFrom/10)
	for i := from; i < len(lines); i++ {
		comments, dated := threadAt(lines, i)
		if dated < minThread {
			continue
		}
		for _, c := range comments {
			for _, k := range c {
				if !lines[k].strong && !(forum && lines[k].f.prose()) {
					l := &lines[k]
					l.class, l.score, l.reason = bad, scoreComment, "a reader's comment: a name and a date head it, as they head the comments next to it"
				}
			}
		}
		if h := prevLine(lines, i); h > body && threadHeading(lines[h]) {
			l := &lines[h]
			l.class, l.strong, l.score, l.reason = bad, true, scoreComment, "the heading of the readers' comments below it: it counts them"
		}
		last := comments[len(comments)-1]
		i = last[len(last)-1]
	}
}

// forumPosts tells whether most lines of prose of a page come right under a date
// decided by itself: each a post under its author's name and date, the page a forum's
// thread or a question's answers, whose posts are its text (an article's paragraphs
// come under no date, its readers' comments each under theirs).
func forumPosts(lines []line) bool {
	dated, other := 0, 0
	for i, l := range lines {
		if !l.f.prose() || l.strong {
			continue
		}
		if i > 0 && lines[i-1].strong && (lines[i-1].dated || clockTime.MatchString(lines[i-1].text)) {
			dated++
		} else {
			other++
		}
	}
	return dated > other
}

// threadAt returns the comments in a row from line i on, each as its lines: its head
// (commentAt) and its text, or a reply after the first (replyAt); and how many are
// dated, not replies.
func threadAt(lines []line, i int) (comments [][]int, dated int) {
	comment, next := commentAt(lines, i)
	for comment != nil {
		comments = append(comments, comment)
		j := pastButtons(lines, next)
		if comment, next = commentAt(lines, j); comment != nil {
			dated++
		} else {
			comment, next = replyAt(lines, j)
		}
	}
	return comments, dated + min(len(comments), 1)
}

// replyAt returns the lines of the reply that starts at line i, in a thread, and the line
// after it, or nil: a line of at most maxCommenterWords+3 words ending with a colon
// ("Reply from the author:", "Ulla wrote:") above at most commentLines lines of prose
// that nothing decides boilerplate by itself.
func replyAt(lines []line, i int) ([]int, int) {
	if i < 0 || !commenterName(lines[i]) || !strings.HasSuffix(strings.TrimSpace(lines[i].text), ":") {
		return nil, -1
	}
	reply := []int{i}
	j := nextLine(lines, i, anyLine)
	for ; j >= 0 && len(reply) <= commentLines && !lines[j].strong && lines[j].f.prose(); j = nextLine(lines, j, anyLine) {
		reply = append(reply, j)
	}
	if len(reply) == 1 {
		return nil, -1
	}
	return reply, j
}

// maxThreadHeadingWords is the most words of a thread's heading ("Seven thoughts on this").
const maxThreadHeadingWords = 6

// threadHeading tells whether l can be the heading of a thread of comments: a short line,
// not prose, that counts them with a figure or a number's word in any language
// ("Svampsnack (4)", "Three thoughts on this", "Ein Kommentar").
func threadHeading(l line) bool {
	if l.f.words > maxThreadHeadingWords || l.f.prose() {
		return false
	}
	return strings.ContainsFunc(l.text, unicode.IsDigit) || slices.ContainsFunc(lang.Words(l.text), func(w string) bool {
		return slices.ContainsFunc(lang.Languages(), func(code string) bool { return lang.IsNumberWord(code, w) })
	})
}

// pastButtons is the first line from line j on that is not one of a comment's buttons
// (a reply button, a report link): a short line decided by itself that starts no comment.
func pastButtons(lines []line, j int) int {
	for j >= 0 && lines[j].strong && lines[j].f.words <= maxCommenterWords &&
		!commentHead(lines, j) && !signedDate(lines[j]) && !commenterName(lines[j]) {
		j = nextLine(lines, j, anyLine)
	}
	return j
}

// commentAt returns the lines of the comment that starts at line i, and the line after
// it, or nil: its commenter's name and a date above at most commentLines lines of text
// (commentHead), or the name and the date on one line ("Luisa · 16 marzo 2026",
// signedDate), or both before the text on its line (inlineComment), or the name above
// the text and the date below it, as Blogger sets them ("Ros said…", the text, "22
// March 2026 at 10:12"), or the text signed below it (signedBelow). A comment's text
// starts with no time of day: under a day's name and date, that is a programme's entry
// ("10.30 Uhr Hochamt mit Kirchenchor").
func commentAt(lines []line, i int) ([]int, int) {
	if i < 0 {
		return nil, -1
	}
	var comment []int
	inline := false
	switch {
	case inlineComment(lines[i]):
		comment, inline = []int{i}, true
	case commentHead(lines, i):
		comment = []int{i, nextLine(lines, i, anyLine)}
	case signedDate(lines[i]):
		comment = []int{i}
	case commenterName(lines[i]):
		comment = []int{i}
		j := nextLine(lines, i, anyLine)
		for ; j >= 0 && len(comment) <= commentLines && !lines[j].strong; j = nextLine(lines, j, anyLine) {
			comment = append(comment, j)
		}
		if len(comment) == 1 || j < 0 || !datedAlone(lines[j]) {
			return nil, -1
		}
		return append(comment, j), nextLine(lines, j, anyLine)
	default:
		return signedBelow(lines, i)
	}
	head := len(comment)
	j := nextLine(lines, comment[head-1], anyLine)
	for j >= 0 && len(comment)-head < commentLines && !lines[j].strong && !commentHead(lines, j) && !signedDate(lines[j]) && !inlineComment(lines[j]) && !startsWithTime(lines[j].text) {
		comment = append(comment, j)
		j = nextLine(lines, j, anyLine)
	}
	if len(comment) == head && !inline {
		return nil, -1 // a name and a date with no text: a byline
	}
	return comment, j
}

// inlineComment tells whether l is a comment on one line, its head before a colon then
// its text: the commenter's name and the date in brackets ("Bent, Lyngbjerg (7. feb.):
// Seks grader er ingenting.") or after a separator, as signedDate gives them, the name of
// more than one word or with a place ("Q. Sylvie, à Kerbrenn, le 2 mars : Est-ce que …";
// not an edit's "Update, 5 February: …").
func inlineComment(l line) bool {
	head, text, ok := strings.Cut(l.text, ":")
	if !ok || strings.TrimSpace(text) == "" || countWords(head) > maxCommenterWords+maxPlaceWords+maxDateWords {
		return false
	}
	head = strings.TrimSpace(head)
	if name, date, ok := strings.Cut(head, "("); ok && strings.HasSuffix(head, ")") {
		return commenter(strings.TrimSpace(name)) && commentDate(strings.TrimSuffix(date, ")"))
	}
	name, ok := signedText(head)
	return ok && len(strings.Fields(name)) > 1
}

// signedBelow returns the lines of the comment that starts at line i with its text,
// at most commentLines lines that decided nothing themselves, signed below with the
// name and the date on one line after a dash ("— Jodie P, 24 February 2026"), and the
// line after it, or nil. Boilerplate or the comment before it, signed, stands above it.
func signedBelow(lines []line, i int) ([]int, int) {
	if prev := prevLine(lines, i); prev < 0 || !lines[prev].strong && !signedDate(lines[prev]) {
		return nil, -1 // the article's last paragraph, above a comment's head (commentAt)
	}
	var comment []int
	j := i
	for ; j >= 0 && len(comment) < commentLines && !lines[j].strong && !signedDate(lines[j]); j = nextLine(lines, j, anyLine) {
		comment = append(comment, j)
	}
	if len(comment) == 0 || j < 0 || !signedDate(lines[j]) || !startsWithDash(lines[j].text) {
		return nil, -1 // a signature starts with a dash; a name first heads the comment below
	}
	return append(comment, j), nextLine(lines, j, anyLine)
}

// startsWithDash tells whether text starts with a dash or a tilde, as a signature does.
func startsWithDash(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return strings.ContainsRune("—–-~", r)
}

// commentHead tells whether line i is a commenter's name with a date after it: a line of
// at most maxCommenterWords words that is neither prose nor decided by itself (but for
// repeating in other documents: a regular commenter, the blogger replying; or for its
// stars: a reader's review), then a date, a time ago or a time of day (not a live
// blog's time alone).
func commentHead(lines []line, i int) bool {
	if i < 0 || lines[i].empty || lines[i].strong && !lines[i].repeated && !lines[i].review || lines[i].f.words > maxCommenterWords || lines[i].f.prose() {
		return false
	}
	date := nextLine(lines, i, anyLine)
	if date < 0 {
		return false
	}
	d := lines[date]
	return d.strong && d.f.words <= maxDateWords && (d.dated || clockTime.MatchString(d.text)) &&
		!entryTimeLine(d) // a live blog entry's author and time
}

// dayOrHour is a day of the month or an hour: a number of one or two digits.
var dayOrHour = regexp.MustCompile(`(^|\D)\d{1,2}(\D|$)`)

// commentSeparators part a commenter's name from the date on one line.
var commentSeparators = []string{", ", " · ", " | ", " – ", " — ", " - "}

// signedDate tells whether l is a commenter's name and a date on one line, perhaps
// after a dash, a reply's arrow or the comment's number ("Jacqueline, le 2 février 2026
// à 17 h 40", "Luisa · 16 marzo 2026", "— Mo, 25 February 2026", "1. Sjoerd — 2 weken
// geleden", "↳ Gittan · 8 okt 20.44", "⤷ Ragnhild svarer · 10. feb. kl. 21.30"), the name perhaps with a place after a comma
// ("R.A., Northby-on-Wend · 1 Feb"); not a live blog's entry, which gives a time alone,
// nor a wine and its vintage ("Barolo Riserva, 2016").
func signedDate(l line) bool {
	if l.empty || l.f.prose() || l.f.words > maxCommenterWords+maxDateWords {
		return false
	}
	_, ok := signedText(l.text)
	return ok
}

// signedText tells whether text is a commenter's name and a date, as signedDate, and
// if so the name.
func signedText(text string) (string, bool) {
	text = commentNumber.ReplaceAllString(strings.TrimLeftFunc(text, leadMark), "")
	for _, sep := range commentSeparators {
		for at := strings.Index(text, sep); at >= 0; at = nextIndex(text, sep, at) {
			if commenter(text[:at]) && commentDate(text[at+len(sep):]) {
				return text[:at], true
			}
		}
	}
	return "", false
}

// leadMark tells whether r may lead a commenter's name: a space, a dash or a tilde (a
// signature), or an arrow (a reply: "↳", "⤷").
func leadMark(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("—–-~", r) ||
		0x2190 <= r && r <= 0x21FF || 0x27F0 <= r && r <= 0x27FF || 0x2900 <= r && r <= 0x297F
}

// nextIndex is the index of sep in text after the one at at, or -1.
func nextIndex(text, sep string, at int) int {
	next := strings.Index(text[at+1:], sep)
	if next < 0 {
		return -1
	}
	return at + 1 + next
}

// commenter tells whether name is a commenter's: at most maxCommenterWords words that
// start with a capital, with no figure, colon or full stop, perhaps with a place after a
// comma ("J.K., Caddon Fell (over the road)"); not a day of the week's name ("Sobota, 18
// kwietnia" heads a day's fixtures), but for a short one, a nickname too ("Mo").
func commenter(name string) bool {
	first, place, _ := strings.Cut(name, ", ")
	words := strings.Fields(first)
	if len(words) == 1 && utf8.RuneCountInString(words[0]) >= minWeekdayLetters && lang.IsWeekday(words[0]) {
		return false
	}
	return len(words) > 0 && len(words) <= maxCommenterWords && len(strings.Fields(place)) <= maxPlaceWords &&
		startsUpper(name) && !strings.ContainsFunc(name, unicode.IsDigit) &&
		!strings.Contains(name, ":") && !slices.ContainsFunc(strings.Fields(name), endsSentenceWord)
}

// commentDate tells whether text is a comment's date: with a year and a day or an hour,
// a time ago, or a day and a month's name with no year, perhaps with the time ("1 Feb",
// "8 okt 20.10", "Mar 22").
func commentDate(text string) bool {
	return hasYear(text) && dayOrHour.MatchString(text) || timeAgo(text) || dayAndMonth(text)
}

// dayMonth is a day and a word, either first, perhaps after a short word ("le", "am"),
// perhaps with a time of day after them, perhaps after a short word ("at", "kl.").
// (Not "28 de janeiro": "Quarta-feira, 28 de janeiro" heads a diary's day.)
var dayMonth = regexp.MustCompile(`^(?:\pL{1,3}\s+)?(?:\d{1,2}\.?\s+(\pL+\.?)|(\pL+\.?)\s+\d{1,2})(?:,?\s+(?:\pL{1,3}\.?\s+)?\d{1,2}[:.]\d{2})?$`)

// dayAndMonth tells whether text is a day and a month's name ("1 Feb", "okt. 8 20.10",
// "le 2 mars"), not a figure and its unit ("14 euros").
func dayAndMonth(text string) bool {
	m := dayMonth.FindStringSubmatch(strings.TrimSpace(text))
	return m != nil && lang.IsMonth(m[1]+m[2])
}

// commentNumber is a comment's number before its commenter's name ("3. Lies — …").
var commentNumber = regexp.MustCompile(`^#?\d{1,3}[.)]?\s+`)

// timeAgo tells whether text is a time ago as the wording lists give it ("2 weken
// geleden", "3 days ago").
func timeAgo(text string) bool {
	text = strings.TrimSpace(text)
	norm := normalise(text)
	p, ok := matchWording(text, norm, len(strings.Fields(text)), false)
	return ok && p.ago()
}

// endsSentenceWord tells whether a word ends a sentence: a full stop after more than
// an initial or an abbreviation ("Corbacho.", not "B." nor "f.d.").
func endsSentenceWord(w string) bool {
	return strings.HasSuffix(w, ".") && utf8.RuneCountInString(w) > 2 && !strings.Contains(w[:len(w)-1], ".")
}

// commenterName tells whether l is a commenter's name above the text, as Blogger sets
// it in every language ("Sue from Hebbleton said…", "Le voisin du dessus a dit…"): a short line
// that is not prose and ends with an ellipsis or a colon.
func commenterName(l line) bool {
	text := strings.TrimSpace(l.text)
	return !l.empty && !l.f.prose() && l.f.words <= maxCommenterWords+3 &&
		(strings.HasSuffix(text, "…") || strings.HasSuffix(text, "...") || strings.HasSuffix(text, ":"))
}

// datedAlone tells whether l is a date with a year alone on its line, decided by itself.
func datedAlone(l line) bool {
	return l.strong && l.f.words <= maxDateWords && hasYear(l.text) && (l.dated || clockTime.MatchString(l.text))
}

// minProseBeforeEnd is the fewest lines of body prose above the post's end (its tags,
// its comments' heading) that make it so, not a line of the post's head (tags under the
// headline, a count of comments under the byline).
const minProseBeforeEnd = 3

// markAfterPostEnd makes boilerplate of what follows the post's end, its tags, where it
// is filed or its comments' heading ("Tags: …", "Filed under …", "Comments (4)":
// wording of kind '}'), below minProseBeforeEnd lines of body prose or more: the
// comments, the links to other posts, the sidebar and the footer, down to the heading
// of the article's own list (a recipe's card after the tags).
func markAfterPostEnd(lines []line) {
	prose := 0
	for i, l := range lines {
		if l.postEnd && prose >= minProseBeforeEnd {
			for j := i + 1; j < len(lines) && !lines[j].ownList; j++ {
				if after := &lines[j]; after.class == good && !after.empty {
					after.class, after.score, after.reason = bad, scoreComment, "below the post's end (its tags, its comments' heading): the page's furniture ("+after.reason+")"
				}
			}
			return
		}
		if l.class == good && l.f.prose() {
			prose++
		}
	}
}

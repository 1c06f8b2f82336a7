package boiler

import (
	"regexp"
	"strings"
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
)

// clockTime is a time of day written with a colon ("at 9:12 pm", "14:05").
var clockTime = regexp.MustCompile(`\b\d{1,2}:\d{2}\b`)

// markThreads makes boilerplate of the readers' comments of a thread: at least minThread
// comments in a row, each a name and a date before at most commentLines lines of text
// that nothing decides boilerplate by itself, below the body's first line and past the
// page's first listFrom tenths (as lists are).
func markThreads(lines []line, body int) {
	from := max(body+1, len(lines)*listFrom/10)
	for i := from; i < len(lines); i++ {
		comments := threadAt(lines, i)
		if len(comments) < minThread {
			continue
		}
		for _, c := range comments {
			for _, k := range c {
				if !lines[k].strong {
					l := &lines[k]
					l.class, l.score, l.reason = bad, scoreComment, "a reader's comment: a name and a date head it, as they head the comments next to it"
				}
			}
		}
		last := comments[len(comments)-1]
		i = last[len(last)-1]
	}
}

// threadAt returns the comments in a row from line i on, each as its lines: the name,
// the date, the text.
func threadAt(lines []line, i int) [][]int {
	var comments [][]int
	for commentHead(lines, i) {
		date := nextLine(lines, i, anyLine)
		comment := []int{i, date}
		j := nextLine(lines, date, anyLine)
		for j >= 0 && len(comment)-2 < commentLines && !lines[j].strong && !commentHead(lines, j) {
			comment = append(comment, j)
			j = nextLine(lines, j, anyLine)
		}
		if len(comment) == 2 {
			break // a name and a date with no text: a byline
		}
		comments = append(comments, comment)
		for j >= 0 && lines[j].strong && !commentHead(lines, j) && lines[j].f.words <= maxCommenterWords {
			j = nextLine(lines, j, anyLine) // a reply button, a report link
		}
		if i = j; i < 0 {
			break
		}
	}
	return comments
}

// commentHead tells whether line i is a commenter's name with a date after it: a line of
// at most maxCommenterWords words that is neither prose nor decided by itself (but for
// repeating in other documents: a regular commenter, the blogger replying), then a
// date, a time ago or a time of day (not a live blog's time alone).
func commentHead(lines []line, i int) bool {
	if i < 0 || lines[i].empty || lines[i].strong && !lines[i].repeated || lines[i].f.words > maxCommenterWords || lines[i].f.prose() {
		return false
	}
	date := nextLine(lines, i, anyLine)
	if date < 0 {
		return false
	}
	d := lines[date]
	return d.strong && d.f.words <= maxDateWords && (d.dated || clockTime.MatchString(d.text)) &&
		!entryTime.MatchString(strings.ToLower(strings.TrimSpace(d.text))) // a live blog entry's author and time
}

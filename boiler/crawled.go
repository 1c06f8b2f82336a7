package boiler

// A crawl that takes the text from the article's first paragraph on may leave the
// page's header (its section, byline, date, reading time) under that paragraph: at
// most maxLeftHeaderLines lines of at most maxLeftHeaderWords words each, or lines
// decided by themselves (a credited photo's caption).
const (
	maxLeftHeaderLines = 6
	maxLeftHeaderWords = 6
)

// markHeaderUnderLead makes boilerplate of such a header: when the page starts with a
// paragraph that reads as prose and an empty line, the lines after it up to the next
// that reads as prose, when there are such lines, all of them short or decided by
// themselves, one of them a byline or a date, or a name alone with another line (a
// section's name; alone, it may be a subheading, as German capitalises its nouns), and
// text follows.
func markHeaderUnderLead(lines []line) {
	lead := nextLine(lines, -1, anyLine)
	if lead < 0 || !lines[lead].f.prose() || lead+1 == len(lines) || !lines[lead+1].empty {
		return
	}
	var header []int
	signed, named := false, false
	i := nextLine(lines, lead, anyLine)
	for ; i >= 0 && !(lines[i].class == good && lines[i].f.prose()); i = nextLine(lines, i, anyLine) {
		l := lines[i]
		if len(header) == maxLeftHeaderLines || !l.strong && (l.f.words > maxLeftHeaderWords || l.f.closes) {
			return
		}
		header = append(header, i)
		signed, named = signed || signs(l), named || bareName(l)
	}
	if i < 0 || !signed && !(named && len(header) > 1) {
		return
	}
	for _, h := range header {
		if l := &lines[h]; l.class != bad {
			l.class, l.score, l.reason = bad, scoreBio, "the page's header under the article's first paragraph, with a byline or a date"
		}
	}
}

package boiler

import (
	"regexp"
	"strings"
)

// minDatedTeasers is the fewest headlines with their dates in a row that make a list of
// other pages.
const minDatedTeasers = 3

// minProseAfterTeasers is the fewest lines of prose below a run of headlines with their
// dates that make them the text's: a call to subscribe, written as a sentence, may
// follow other pages' headlines.
const minProseAfterTeasers = 2

// dateTail is a date at a line's end, after a dash or in brackets, in words of any
// language: a day, a month's name and a year ("— 18 Mbudzi 2023"), the month first
// ("(Apuli 15, 2024)"), or figures ("– 12.03.2024").
var dateTail = regexp.MustCompile(`(?:\s[—–-]\s+|\s\()(?:\d{1,2}\.?\s\pL+\.?,?\s\d{4}|\pL+\.?\s\d{1,2},?\s\d{4}|\d{1,2}[./]\d{1,2}[./]\d{2,4})\)?$`)

// markDatedTeasers makes boilerplate of a run of at least minDatedTeasers lines each a
// headline with its date at its end (dateTail), and of a short heading right above it,
// below the text's prose where it ends (a line of prose at most below): other pages'
// headlines, whatever the language of their months, which their figures would
// otherwise make a table's rows.
func markDatedTeasers(lines []line) {
	for _, b := range blocksOf(lines) {
		from := b[0]
		if !datedTeaser(lines[from]) {
			from++
		}
		run := lines[from : b[1]+1]
		if len(run) < minDatedTeasers || howMany(run, datedTeaser) < len(run) || !proseBefore(lines, b[0]) || proseLinesFrom(lines, b[1]+1) >= minProseAfterTeasers {
			continue
		}
		for i := b[0]; i <= b[1]; i++ {
			if !lines[i].strong && !lines[i].f.prose() && (i >= from || lines[i].f.words <= maxTableHeadingWords) {
				lines[i].decideStrong(scoreFurniture, "other pages' headlines with their dates, where the text has ended: "+lines[i].reason)
			}
		}
	}
}

// datedTeaser tells whether l may be a headline with its date at its end.
func datedTeaser(l line) bool {
	return !l.empty && !l.f.prose() && dateTail.MatchString(strings.TrimSpace(l.text))
}

// proseLinesFrom is how many lines from line i on read as prose the rules keep.
func proseLinesFrom(lines []line, i int) int {
	return howMany(lines[min(i, len(lines)):], func(l line) bool { return l.class == good && l.f.prose() && !l.strong })
}

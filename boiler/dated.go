package boiler

import (
	"regexp"
	"slices"
	"strconv"
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

// cjkDateTail is a day of a month at a line's end as Chinese, Japanese and Korean
// write it, perhaps with its year before and its time after ("　9月10日 18時00分",
// "2024년 3월 5일").
var cjkDateTail = regexp.MustCompile(`[\s\x{3000}](?:\d{4}\s?[年년]\s?)?\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일](?:\s?\d{1,2}\s?[時时시]\s?\d{2}\s?[分분])?$`)

// markDatedTeasers makes boilerplate of a run of at least minDatedTeasers lines each a
// headline with its date at its end (dateTail, cjkDateTail), or each after its time or
// its date, the times or dates going down (countsDown, datesDown), and of a short
// heading right above it, below the text's prose where it ends (a line of prose at most
// below), a link to them all perhaps under it: other pages' headlines, whatever the
// language of their months, which their figures would otherwise make a table's rows.
func markDatedTeasers(lines []line) {
	for _, b := range blocksOf(lines) {
		from := b[0]
		if !feedLine(lines[from]) {
			from++
		}
		last := b[1]
		for last > from && lines[last].strong && lines[last].class == bad && !feedLine(lines[last]) {
			last-- // a link to them all below them ("All news »")
		}
		run := lines[from : last+1]
		if len(run) < minDatedTeasers || howMany(run, datedTeaser) < len(run) && !countsDown(run) && !datesDown(run) || !proseBefore(lines, b[0]) || proseLinesFrom(lines, b[1]+1) >= minProseAfterTeasers {
			continue
		}
		for i := b[0]; i <= b[1]; i++ {
			if !lines[i].strong && !lines[i].f.prose() && (i >= from || lines[i].f.phraseWords <= maxTableHeadingWords) {
				lines[i].decideStrong(scoreFurniture, "other pages' headlines with their dates, where the text has ended: "+lines[i].reason)
			}
		}
	}
}

// feedLine tells whether l may be a line of such a run: a headline with its date at its
// end, or after its time or its date.
func feedLine(l line) bool {
	return datedTeaser(l) || feedTime.MatchString(l.text) || leadDate(l.text) > 0
}

// datedTeaser tells whether l may be a headline with its date at its end.
func datedTeaser(l line) bool {
	text := strings.TrimSpace(l.text)
	return !l.empty && !l.f.prose() && (dateTail.MatchString(text) || cjkDateTail.MatchString(text))
}

// feedTime is a time at a line's start, perhaps after a day's date or name, a headline
// after it ("18:42 …", "17.9. klo 21.40 …", "Tegnap 21:05 …"): the day, the hour
// and the minutes.
var feedTime = regexp.MustCompile(`^((?:\S+\s){0,2}?)([01]?\d|2[0-3])[:.]([0-5]\d)\s+\S`)

// countsDown tells whether each line of run is a headline after its time (feedTime),
// the times of one day going down, once at least: a feed of other pages, its newest
// first (a programme's times go up, a day's and the next day's).
func countsDown(run []line) bool {
	day, last, down := "", 0, false
	for i, l := range run {
		m := feedTime.FindStringSubmatch(l.text)
		if m == nil || l.f.prose() {
			return false
		}
		hour, _ := strconv.Atoi(m[2])
		minutes, _ := strconv.Atoi(m[3])
		at := hour*60 + minutes
		switch {
		case i == 0 || m[1] != day: // the first line, or another day's
		case at < last:
			down = true
		default:
			return false
		}
		day, last = m[1], at
	}
	return down
}

// dateHead is a date in figures at a line's start, a headline after it: the day first
// ("28. 8. 2024 – …", "28.08. | …"), the year first ("2023.10.20　…"), or the month
// and day in brackets ("[03-05] …"). Without a year, a dash, a bar, a dot or an
// ideographic space must part it from the headline ("12.5 million …" is no date).
var dateHead = regexp.MustCompile(`^(?:\[(\d{1,2})-(\d{1,2})\]\s*|(\d{1,4})\s?[./-]\s?(\d{1,2})(?:\s?[./-]\s?(\d{2,4})\.?\s*(?:[—–|·:-]\s*|\x{3000})?|\.?\s*(?:[—–|·:-]\s*|\x{3000})))\S`)

// leadDate is the date at a line's start (dateHead) as a number that orders dates,
// year, month and day, else 0.
func leadDate(text string) int {
	m := dateHead.FindStringSubmatch(strings.TrimSpace(text))
	if m == nil {
		return 0
	}
	n := func(s string) int { v, _ := strconv.Atoi(s); return v }
	var year, month, day int
	switch {
	case m[1] != "": // [month-day]
		month, day = n(m[1]), n(m[2])
	case len(m[3]) == 4: // year.month.day
		if m[5] == "" {
			return 0
		}
		year, month, day = n(m[3]), n(m[4]), n(m[5])
	default: // day.month(.year)
		day, month, year = n(m[3]), n(m[4]), n(m[5])
		if year > 0 && year < 100 {
			year += 2000
		}
	}
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return 0
	}
	return year*10000 + month*100 + day
}

// datesDown tells whether each line of run is a headline after its date (leadDate),
// the dates going down, once at least, and never up: the site's news, its newest
// first (a history's dates go up).
func datesDown(run []line) bool {
	last, down := 0, false
	for i, l := range run {
		at := leadDate(l.text)
		if at == 0 || l.f.prose() || i > 0 && at > last {
			return false
		}
		down = down || i > 0 && at < last
		last = at
	}
	return down
}

// textProse tells whether l is a line of the text's prose: it reads as prose, the rules
// keep it, and nothing decided it by itself.
func textProse(l line) bool {
	return l.class == good && l.f.prose() && !l.strong
}

// proseLinesFrom is how many lines from line i on read as prose the rules keep.
func proseLinesFrom(lines []line, i int) int {
	return howMany(lines[min(i, len(lines)):], textProse)
}

// videoLength is a video's length alone on its line: "1:52", "00:38", "1:02:10".
var videoLength = regexp.MustCompile(`^\d{1,2}:\d{2}(:\d{2})?$`)

// Limits of a video player's leftovers in a crawl: its lines, and each line's words.
const (
	minVideoLines     = 3
	maxVideoLines     = 7
	maxVideoLineWords = 30
)

// maxDayLineWords is the most words of a day's line over an event's time ("Piatok 13. 9.").
const maxDayLineWords = 4

// dayLine tells whether l names a day, short: a programme's day over its event's time.
func dayLine(l line) bool {
	return l.f.phraseWords <= maxDayLineWords && datedEntry(l)
}

// markVideoBlocks makes boilerplate of what a video player leaves in a crawl: a block
// of its own, minVideoLines to maxVideoLines short lines, its length alone on one of
// them below its title or label ("Video", "Watch: …", "1:48", "Autoplay", its caption),
// one line of prose at most; a live blog's time heads its entry's block instead, a
// programme's day is above its event's time, and a timetable gives more times than one.
func markVideoBlocks(lines []line) {
	for _, b := range blocksOf(lines) {
		if !videoBlock(lines[b[0] : b[1]+1]) {
			continue
		}
		for i := b[0]; i <= b[1]; i++ {
			if !lines[i].strong {
				lines[i].decideStrong(scoreFurniture, "a video player's leftovers: its length below its title, its buttons, its caption; "+lines[i].reason)
			}
		}
	}
}

// videoBlock tells whether a block is a video player's (markVideoBlocks): its length
// alone on a line below another, not under a day's line, once; minVideoLines to
// maxVideoLines short lines, one of prose at most.
func videoBlock(block []line) bool {
	length := func(l line) bool { return videoLength.MatchString(strings.TrimSpace(l.text)) }
	at := slices.IndexFunc(block, length)
	if at < 1 || dayLine(block[at-1]) || howMany(block, length) > 1 || len(block) < minVideoLines || len(block) > maxVideoLines {
		return false
	}
	return howMany(block, func(l line) bool { return l.f.prose() }) <= 1 &&
		!slices.ContainsFunc(block, func(l line) bool { return l.f.phraseWords > maxVideoLineWords })
}

package boiler

import (
	"regexp"
	"slices"
	"strings"

	"spantag/lang"
)

// A crawl keeps a text's entries (a club's fixtures, a theatre's season, a course's
// sessions) as blocks of a few short lines each, one giving the date or the time:
// names, titles and places that read as neither prose nor headlines, so the buttons
// around the text would make them boilerplate.

// Limits of a run of entries' blocks: how many blocks in a row, how many lines each,
// how many words each line.
const (
	minEntryBlocks     = 2
	minEntryLines      = 3 // of an entry in a block of several (entriesBlock)
	maxEntryBlockLines = 6
	maxEntryLineWords  = 25
)

// keepEntryBlocks makes body text, in a crawled page, of a run of at least
// minEntryBlocks blocks of their own that are each one of the text's entries
// (entryBlock), or of one block that holds such a run (entriesBlock), inside the text:
// its prose above the run and going on below it.
func keepEntryBlocks(lines []line) {
	if !crawledPage(lines) {
		return
	}
	blocks := blocksOf(lines)
	block := func(b int) []line { return lines[blocks[b][0] : blocks[b][1]+1] }
	for b := 0; b < len(blocks); {
		n := 0
		for b+n < len(blocks) && entryBlock(block(b+n)) {
			n++
		}
		run := n >= minEntryBlocks || n <= 1 && entriesBlock(block(b))
		n = max(n, 1)
		if run && b > 0 && proseBefore(lines, blocks[b][0]) && b+n < len(blocks) && textGoesOn(lines, blocks[b+n][0]) {
			for _, entries := range blocks[b : b+n] {
				for i := entries[0]; i <= entries[1]; i++ {
					lines[i].keepAs("one of the text's entries, a block of short lines with a date (" + lines[i].reason + ")")
				}
			}
		}
		b += n
	}
}

// blocksOf is the first and last line of each block of lines between empty lines.
func blocksOf(lines []line) [][2]int {
	var blocks [][2]int
	for i := 0; i < len(lines); i++ {
		if !lines[i].empty {
			end := blockEnd(lines, i)
			blocks = append(blocks, [2]int{i, end})
			i = end
		}
	}
	return blocks
}

// entryBlock tells whether a block is one of the text's entries: two to
// maxEntryBlockLines lines of at most maxEntryLineWords words, none prose and none decided by
// itself but for a date or a copy in the page (the same ground again), one of them
// giving a date ("Lör 13 april, 14.00", "23 novembre 2024, 16 h").
func entryBlock(block []line) bool {
	return len(block) >= 2 && len(block) <= maxEntryBlockLines && !slices.ContainsFunc(block, notEntryLine) && slices.ContainsFunc(block, datedEntry)
}

// entriesBlock tells whether a block holds a run of the text's entries with no empty
// line between them: at least minEntryBlocks lines giving a date, as many lines apart
// each time, at least minEntryLines (a festival's events, each its name, its date and
// its place, perhaps under a heading; not a list of headlines, each over its date),
// none prose nor decided by itself but for a date or a copy.
func entriesBlock(block []line) bool {
	var dated []int
	for i, l := range block {
		if datedEntry(l) {
			dated = append(dated, i)
		}
	}
	if len(dated) < minEntryBlocks || slices.ContainsFunc(block, notEntryLine) {
		return false
	}
	gap := dated[1] - dated[0]
	for k := 2; k < len(dated); k++ {
		if dated[k]-dated[k-1] != gap {
			return false
		}
	}
	return gap >= minEntryLines
}

// notEntryLine tells whether l cannot be a line of an entry: too long, prose, or
// decided by itself for something else than a date or a copy in the page.
func notEntryLine(l line) bool {
	return l.f.phraseWords > maxEntryLineWords || l.f.prose() || l.strong && !l.dated && !l.duplicate
}

// datedEntry tells whether l gives an entry's date or time.
func datedEntry(l line) bool {
	return l.dated || givesDate(l.text)
}

// clock is a time of day: "14.00", "20:30", "20 h 30", "16 h", "1.30pm", "10am".
var clock = regexp.MustCompile(`\b\d{1,2}(?:(?:[:.]\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.)|[:.]\d{2}\b|\s?h(?:\s?\d{2})?\b)`)

// cjkDate is a day of a month or an hour as Chinese, Japanese and Korean write them:
// "5月11日", "5월 11일", "午後6時".
var cjkDate = regexp.MustCompile(`\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|\d{1,2}\s?[時时시]`)

// givesDate tells whether text names a month or a weekday, or gives a year or a time.
func givesDate(text string) bool {
	if hasYear(text) || clock.MatchString(text) || cjkDate.MatchString(text) {
		return true
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(" ,.;()", r) }) {
		if lang.IsMonth(w) || lang.IsWeekday(w) {
			return true
		}
	}
	return false
}

// proseBefore tells whether a line of the text's prose stands above line i.
func proseBefore(lines []line, i int) bool {
	return slices.ContainsFunc(lines[:i], textProse)
}

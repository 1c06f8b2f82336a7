package boiler

import (
	"regexp"
	"strings"

	"spantag/lang"
)

// A crawl keeps a text's entries (a club's fixtures, a theatre's season, a course's
// sessions) as blocks of a few short lines each, one giving the date: names, titles
// and places that read as neither prose nor headlines, so the buttons around the text
// would make them boilerplate.

// Limits of a run of entries' blocks: how many blocks in a row, how many lines each,
// how many words each line.
const (
	minEntryBlocks     = 3
	maxEntryBlockLines = 6
	maxEntryLineWords  = 12
)

// keepEntryBlocks makes body text, in a crawled page, of a run of at least
// minEntryBlocks blocks of their own that are each one of the text's entries
// (entryBlock), with a line of the text's prose in the block right above the run (or
// above its heading alone) and the text's prose going on below it.
func keepEntryBlocks(lines []line) {
	if len(lines) == 0 || !crawlDate.MatchString(lines[0].text) {
		return
	}
	blocks := blocksOf(lines)
	for b := 0; b < len(blocks); {
		n := 0
		for b+n < len(blocks) && entryBlock(lines[blocks[b+n][0]:blocks[b+n][1]+1]) {
			n++
		}
		if n >= minEntryBlocks && proseAbove(lines, blocks, b) && b+n < len(blocks) && textGoesOn(lines, blocks[b+n][0]) {
			for _, block := range blocks[b : b+n] {
				for i := block[0]; i <= block[1]; i++ {
					lines[i].keepAs("one of the text's entries, a block of short lines with a date (" + lines[i].reason + ")")
				}
			}
		}
		b += max(n, 1)
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
	if len(block) < 2 || len(block) > maxEntryBlockLines {
		return false
	}
	dated := false
	for _, l := range block {
		if l.f.words > maxEntryLineWords || l.f.prose() || l.strong && !l.dated && !l.duplicate {
			return false
		}
		dated = dated || l.dated || givesDate(l.text)
	}
	return dated
}

// clock is a time of day: "14.00", "20:30", "20 h 30", "16 h".
var clock = regexp.MustCompile(`\b\d{1,2}(?:[:.]\d{2}|\s?h(?:\s?\d{2})?)\b`)

// givesDate tells whether text names a month or a weekday, or gives a year or a time.
func givesDate(text string) bool {
	if hasYear(text) || clock.MatchString(text) {
		return true
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(" ,.;()", r) }) {
		if lang.IsMonth(w) || lang.IsWeekday(w) {
			return true
		}
	}
	return false
}

// proseAbove tells whether the block right above block b holds a line of the text's
// prose, or is a heading alone (a short line nothing decides by itself) right under one
// that does.
func proseAbove(lines []line, blocks [][2]int, b int) bool {
	if b > 0 && proseIn(lines, blocks[b-1]) {
		return true
	}
	if b < 2 || blocks[b-1][0] != blocks[b-1][1] {
		return false
	}
	heading := lines[blocks[b-1][0]]
	return !heading.strong && !heading.f.prose() && heading.f.words <= maxEntryLineWords && proseIn(lines, blocks[b-2])
}

// proseIn tells whether a block holds a line of the text's prose.
func proseIn(lines []line, block [2]int) bool {
	for i := block[0]; i <= block[1]; i++ {
		if l := lines[i]; l.class == good && l.f.prose() && !l.strong {
			return true
		}
	}
	return false
}

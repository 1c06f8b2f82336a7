package render

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"spantag/annotations"
)

// A very long line (a 60 MB document on one line) is drawn as several
// block elements inside its line element, cut after whitespace, so that
// the browser lays out only the blocks on screen (content-visibility) and
// an edit redraws only the blocks it touches. #doc's text stays exactly the
// document's: a cut only ends one block and starts the next. A span over a
// cut is drawn as one part in each block, as a span over a line break is
// drawn in each line.

// BlockBytes is how long a line may be before it is drawn in blocks, and
// about how long each block is.
const BlockBytes = 16 << 10

// Long reports whether line i of d is drawn in blocks.
func Long(d *annotations.Document, i int) bool {
	l := d.Lines()[i]
	return l.Next-l.Start > BlockBytes
}

// Blocks returns the blocks line i of d is drawn in, in text order, as
// lines of their own: a block's End is its Next but for the last block,
// which ends the line as the line does. A line that is not Long is one
// block, the line itself.
func Blocks(d *annotations.Document, i int) []annotations.Line {
	l := d.Lines()[i]
	if !Long(d, i) {
		return []annotations.Line{l}
	}
	var blocks []annotations.Line
	for start := l.Start; ; {
		cut := blockEnd(d.Text, start, l.End)
		if cut >= l.End {
			return append(blocks, annotations.Line{Start: start, End: l.End, Next: l.Next})
		}
		blocks = append(blocks, annotations.Line{Start: start, End: cut, Next: cut})
		start = cut
	}
}

// blockEnd is where the block starting at start ends, before end: after the
// first whitespace past BlockBytes, or, in a run of text with none, at the
// next character boundary past twice that.
func blockEnd(text string, start, end int) int {
	from := start + BlockBytes
	if from >= end {
		return end
	}
	limit := min(end, start+2*BlockBytes)
	if i := strings.IndexAny(text[from:limit], " \t\u00a0\u2009\u3000"); i >= 0 {
		_, n := utf8.DecodeRuneInString(text[from+i:])
		return from + i + n
	}
	for limit < end && !utf8.RuneStart(text[limit]) {
		limit++
	}
	return limit
}

// BlockAt is the index, among Blocks(d, i), of the block holding byte b of
// line i.
func BlockAt(blocks []annotations.Line, b int) int {
	k, found := slices.BinarySearchFunc(blocks, b, func(l annotations.Line, b int) int { return l.Start - b })
	if !found {
		k--
	}
	return max(k, 0)
}

// BlocksHTML renders blocks from..to-1 of line i of d (Blocks), the content
// of a long line's element, each a block element with the byte offset it
// starts at.
func BlocksHTML(d *annotations.Document, i, from, to int, selected annotations.Span) string {
	blocks := Blocks(d, i)[from:to]
	var b strings.Builder
	c := newCover(spansOn(d, i))
	for _, bl := range blocks {
		writeBlock(&b, d, bl, c.over(bl.Start, bl.Next), selected)
	}
	return b.String()
}

// BlockInnerHTML renders the content of block bl of line i (one of
// Blocks(d, i), as Redraws gives it): a change redraws it inside the block
// element it had, which keeps what the browser knows of that element (its
// size, whether it is on screen), so that redrawing every block of a line
// lays out only those in view.
func BlockInnerHTML(d *annotations.Document, i int, bl annotations.Line, selected annotations.Span) string {
	var b strings.Builder
	writeParts(&b, d, bl, newCover(spansOn(d, i)).over(bl.Start, bl.Next), selected)
	return b.String()
}

// writeBlock writes one block element of a long line.
func writeBlock(b *strings.Builder, d *annotations.Document, bl annotations.Line, on []annotations.Span, selected annotations.Span) {
	b.WriteString(`<div class="` + ClassBlock + `" ` + AttrAt + `="`)
	b.WriteString(strconv.Itoa(bl.Start))
	b.WriteString(`">`)
	writeParts(b, d, bl, on, selected)
	b.WriteString("</div>")
}

// cover walks the spans of a text from its start: over returns the spans
// that overlap each range asked, the ranges asked in text order.
type cover struct {
	spans []annotations.Span // sorted by Start, not yet reached
	open  []annotations.Span // reached, and may still overlap what comes
}

func newCover(spans []annotations.Span) *cover { return &cover{spans: spans} }

func (c *cover) over(from, to int) []annotations.Span {
	for len(c.spans) > 0 && c.spans[0].Start < to {
		c.open = append(c.open, c.spans[0])
		c.spans = c.spans[1:]
	}
	c.open = slices.DeleteFunc(c.open, func(s annotations.Span) bool { return s.End <= from })
	return c.open
}

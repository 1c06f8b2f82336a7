package render

import (
	"cmp"
	"iter"
	"slices"
	"strings"

	"spantag/annotations"
)

// DrawAtOnce is the size of the largest document drawn in one assignment
// of #doc's HTML; a larger one is drawn in steps (DrawSteps), a slice of
// time at a time, so that no task is long: drawn at once, the 1 MB
// article's HTML and its parsing were one task of 370 ms.
const DrawAtOnce = StepBytes

// StepBytes is about how much text one step of drawing carries.
const StepBytes = 64 << 10

// DrawStep is one step of drawing a large document: HTML to append to
// section element Section (Line < 0; a section not drawn yet is the next
// one, appended to #doc empty first), or to the element of line Line (blocks
// of a long line). Done is about how many bytes of the text are drawn once
// it is applied, for the progress shown.
type DrawStep struct {
	Section, Line int
	HTML          string
	Done          int
}

// DrawSteps returns the steps that draw d from scratch, in order: chunks
// of lines in steps of about StepBytes, a long line's element empty at
// first and its blocks appended to it in the steps that follow. The lines
// NodeLines lists are left empty, as DocHTML leaves them.
func DrawSteps(d *annotations.Document, selected annotations.Span) iter.Seq[DrawStep] {
	return func(yield func(DrawStep) bool) {
		var b strings.Builder
		c := newCover(drawn(d))
		lines := d.Lines()
		for k := range Chunks(d) {
			writeChunks(&b, d, k, k+1, c, selected, false)
			long := longLines(d, k)
			done := lines[min((k+1)*LinesPerChunk, len(lines))-1].Next
			if len(long) > 0 {
				done = lines[long[0]].Start // the blocks follow
			}
			if b.Len() < StepBytes && len(long) == 0 && k+1 < Chunks(d) && (k+1)%ChunksPerSection != 0 {
				continue
			}
			if !yield(DrawStep{Section: k / ChunksPerSection, Line: -1, HTML: b.String(), Done: done}) {
				return
			}
			b.Reset()
			for _, i := range long {
				if !blockSteps(d, i, selected, yield) {
					return
				}
			}
		}
	}
}

// longLines are the lines of chunk k drawn in blocks.
func longLines(d *annotations.Document, k int) []int {
	var long []int
	for i := k * LinesPerChunk; i < min((k+1)*LinesPerChunk, len(d.Lines())); i++ {
		if Long(d, i) && !AsNodes(d, i) {
			long = append(long, i)
		}
	}
	return long
}

// blockSteps yields the steps that fill long line i with its blocks.
func blockSteps(d *annotations.Document, i int, selected annotations.Span, yield func(DrawStep) bool) bool {
	var b strings.Builder
	c := newCover(spansOn(d, i))
	blocks := Blocks(d, i)
	for n, bl := range blocks {
		writeBlock(&b, d, bl, c.over(bl.Start, bl.Next), selected)
		if b.Len() < StepBytes && n+1 < len(blocks) {
			continue
		}
		if !yield(DrawStep{Line: i, HTML: b.String(), Done: bl.Next}) {
			return false
		}
		b.Reset()
	}
	return true
}

// Redraw is one element that a change redraws: line Line's element, or,
// when Block >= 0, that block of the long line Line.
type Redraw struct {
	Line, Block int
	Part        annotations.Line // the block's text (Blocks), when Block >= 0
	Bytes       int              // of text it holds
}

// Redraws lists the elements that text [start, end) of d is drawn in, in
// text order: the lines it touches, and of a long line only the blocks it
// touches.
func Redraws(d *annotations.Document, start, end int) []Redraw {
	var r []Redraw
	lines := d.Lines()
	for i := d.LineAt(start); i <= d.LineAt(max(end-1, start)); i++ {
		l := lines[i]
		if !Long(d, i) || AsNodes(d, i) {
			r = append(r, Redraw{Line: i, Block: -1, Bytes: l.Next - l.Start})
			continue
		}
		blocks := Blocks(d, i)
		for k := BlockAt(blocks, max(start, l.Start)); k <= BlockAt(blocks, min(end-1, l.Next-1)); k++ {
			r = append(r, Redraw{Line: i, Block: k, Part: blocks[k], Bytes: blocks[k].Next - blocks[k].Start})
		}
	}
	return r
}

// EditRedraws lists the elements that e's changes are drawn in, in text
// order and each once: those of each span and suggestion it adds or takes
// away, not every line between its first and last change (a patterns
// file's 1,715 matches over an article touch a third of its lines).
func EditRedraws(d *annotations.Document, e annotations.Edit) []Redraw {
	changed := e.Drawn()
	slices.SortFunc(changed, func(a, b annotations.Span) int { return cmp.Compare(a.Start, b.Start) })
	var r []Redraw
	for i := 0; i < len(changed); {
		start, end := changed[i].Start, changed[i].End
		for i++; i < len(changed) && changed[i].Start <= end; i++ {
			end = max(end, changed[i].End)
		}
		for _, x := range Redraws(d, start, end) {
			if len(r) == 0 || r[len(r)-1].Line != x.Line || r[len(r)-1].Block != x.Block {
				r = append(r, x)
			}
		}
	}
	return r
}

// ChunksOf lists the chunks of the lines that redraws r are in, in order
// and each once: the span list's groups to redraw with them.
func ChunksOf(r []Redraw) []int {
	var chunks []int
	for _, x := range r {
		if k := x.Line / LinesPerChunk; len(chunks) == 0 || chunks[len(chunks)-1] != k {
			chunks = append(chunks, k)
		}
	}
	return chunks
}

// RedrawInSteps reports whether the redraws r are a long job, run in
// slices of time, rather than done at once.
func RedrawInSteps(r []Redraw) bool { return RedrawBytes(r) > 4*StepBytes }

// RedrawBytes is how much text the redraws r hold.
func RedrawBytes(r []Redraw) int {
	bytes := 0
	for _, x := range r {
		bytes += x.Bytes
	}
	return bytes
}

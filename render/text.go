package render

import (
	"slices"
	"strconv"
	"strings"

	"spantag/annotations"
)

// The page shows each line as one element whose content is the line's
// text, strictly escaped, with every stretch that spans cover wrapped in
// one <mark> per covering span. The #doc element's textContent therefore
// equals Document.Text exactly, and a change re-renders only the lines it
// touches.

// DocHTML renders every line of d, LinesPerChunk lines to a chunk element
// and ChunksPerSection chunks to a section element; selected (which may be
// the zero Span) is drawn as the selected span. Line i is child
// i%LinesPerChunk of the chunk that is child k%ChunksPerSection of section
// k/ChunksPerSection, k being i/LinesPerChunk. The lines NodeLines lists
// are left empty, for the page to fill from Segments.
func DocHTML(d *annotations.Document, selected annotations.Span) string {
	var b strings.Builder
	b.Grow(len(d.Text) + len(d.Text)/4 + len(d.Spans)*96)
	c := newCover(drawn(d))
	for k := 0; k < Chunks(d); k += ChunksPerSection {
		b.WriteString(`<div class="` + ClassSection + `">`)
		writeChunks(&b, d, k, min(k+ChunksPerSection, Chunks(d)), c, selected, true)
		b.WriteString(`</div>`)
	}
	return b.String()
}

// writeChunks writes chunks first..last-1 of d; c gives the spans from the
// first chunk's start on. A long line's blocks are written too if blocks,
// else its element is left empty.
func writeChunks(b *strings.Builder, d *annotations.Document, first, last int, c *cover, selected annotations.Span, blocks bool) {
	lines := d.Lines()
	for i := first * LinesPerChunk; i < min(last*LinesPerChunk, len(lines)); i++ {
		if i%LinesPerChunk == 0 {
			b.WriteString(`<div class="` + ClassChunk + `">`)
		}
		on := c.over(lines[i].Start, lines[i].Next)
		if Long(d, i) && !blocks {
			writeLineStart(b, i)
			b.WriteString("</div>")
		} else {
			writeLine(b, d, i, on, selected)
		}
		if i%LinesPerChunk == LinesPerChunk-1 || i == len(lines)-1 {
			b.WriteString(`</div>`)
		}
	}
}

// LineHTML renders line i alone, for re-rendering what an edit touched.
func LineHTML(d *annotations.Document, i int, selected annotations.Span) string {
	var b strings.Builder
	writeLine(&b, d, i, spansOn(d, i), selected)
	return b.String()
}

// spansOn returns the spans, and the suggestions, that cover some of line i.
func spansOn(d *annotations.Document, i int) []annotations.Span {
	l := d.Lines()[i]
	var on []annotations.Span
	for _, s := range d.Spans {
		if s.Start >= l.Next {
			break
		}
		if s.End > l.Start {
			on = append(on, s)
		}
	}
	for _, g := range d.SuggestionsOn(l.Start, l.Next) {
		if _, isSpan := d.Find(g.Span); !isSpan {
			on = append(on, g.Span)
		}
	}
	return on
}

// writeLine writes line i's element; on holds the spans that may cover it.
func writeLine(b *strings.Builder, d *annotations.Document, i int, on []annotations.Span, selected annotations.Span) {
	l := d.Lines()[i]
	writeLineStart(b, i)
	switch {
	case !parsedExactly(d.Text[l.Start:l.Next]):
		// drawn from Segments
	case Long(d, i):
		c := newCover(on)
		for _, bl := range Blocks(d, i) {
			writeBlock(b, d, bl, c.over(bl.Start, bl.Next), selected)
		}
	default:
		writeParts(b, d, l, on, selected)
	}
	b.WriteString("</div>")
}

// writeLineStart writes the start tag of line i's element.
func writeLineStart(b *strings.Builder, i int) {
	b.WriteString(`<div class="` + ClassLine + `" ` + AttrLine + `="`)
	b.WriteString(strconv.Itoa(i))
	b.WriteString(`">`)
}

// writeParts writes the text of l (a line or a block) with its marks.
func writeParts(b *strings.Builder, d *annotations.Document, l annotations.Line, on []annotations.Span, selected annotations.Span) {
	eachPart(d.Text, l, on, func(from, to int, cover []annotations.Span) {
		for _, s := range cover {
			openMark(b, s, markClass(s, from, to, selected), suggested(d, s))
		}
		escapeText(b, d.Text[from:to])
		for range cover {
			b.WriteString("</mark>")
		}
	})
}

// eachPart calls part for every stretch [from, to) of line l under the
// same spans, in text order, with the spans of on that cover it, outermost
// first; the line break comes last, under none.
func eachPart(text string, l annotations.Line, on []annotations.Span, part func(from, to int, cover []annotations.Span)) {
	cuts := []int{l.Start, l.End}
	for _, s := range on {
		cuts = append(cuts, max(s.Start, l.Start), min(s.End, l.End))
	}
	slices.Sort(cuts)
	cuts = slices.Compact(cuts)
	for k := 0; k+1 < len(cuts); k++ {
		from, to := cuts[k], cuts[k+1]
		if from < l.Start || to > l.End {
			continue
		}
		part(from, to, covering(on, from, to))
	}
	if l.End < l.Next {
		part(l.End, l.Next, nil)
	}
}

// covering returns the spans that contain [from, to), longest (outermost) first.
func covering(on []annotations.Span, from, to int) []annotations.Span {
	var c []annotations.Span
	for _, s := range on {
		if s.Start <= from && to <= s.End {
			c = append(c, s)
		}
	}
	slices.SortStableFunc(c, func(x, y annotations.Span) int { return (y.End - y.Start) - (x.End - x.Start) })
	return c
}

// markClass is the class of span s's part over [from, to): whether the span
// starts or ends there, and whether it is the selected one.
func markClass(s annotations.Span, from, to int, selected annotations.Span) string {
	var class []string
	if from == s.Start {
		class = append(class, ClassStarts)
	}
	if to == s.End {
		class = append(class, ClassEnds)
	}
	if s == selected {
		class = append(class, ClassSelected)
	}
	return strings.Join(class, " ")
}

// openMark writes the start tag of one span's part: its label, its offsets
// (so a click finds the span) and its class.
func openMark(b *strings.Builder, s annotations.Span, class string, suggestion bool) {
	b.WriteString(`<mark `)
	if suggestion {
		b.WriteString(AttrSuggested + ` `)
	}
	b.WriteString(AttrLabel + `="`)
	escapeText(b, s.Label)
	b.WriteString(`" ` + AttrStart + `="`)
	b.WriteString(strconv.Itoa(s.Start))
	b.WriteString(`" ` + AttrEnd + `="`)
	b.WriteString(strconv.Itoa(s.End))
	b.WriteString(`"`)
	if class != "" {
		b.WriteString(` class="`)
		b.WriteString(class)
		b.WriteString(`"`)
	}
	b.WriteString(">")
}

// escapeText writes s as HTML text that parses back to exactly s: markup
// characters become entities, and so does a carriage return, which the HTML
// parser would otherwise turn into a line feed. It looks bytes up in a
// table: strings.IndexAny takes a rune at a time on the short parts
// between spans, most of drawing a document in wasm.
func escapeText(b *strings.Builder, s string) {
	from := 0
	for i := 0; i < len(s); i++ {
		if e := entities[s[i]]; e != "" {
			b.WriteString(s[from:i])
			b.WriteString(e)
			from = i + 1
		}
	}
	b.WriteString(s[from:])
}

// entities are the bytes that escapeText replaces, and by what.
var entities = [256]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\r': "&#13;"}

// Escape escapes s for use as HTML text or a quoted attribute value.
func Escape(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}

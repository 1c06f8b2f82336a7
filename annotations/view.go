package annotations

import (
	"slices"
	"strconv"
	"strings"
)

// The render plan: the page shows each line as one element whose content is
// the line's text, strictly escaped, with every stretch that spans cover
// wrapped in one <mark> per covering span. The #doc element's textContent
// therefore equals Document.Text exactly, and a change re-renders only the
// lines it touches.

// LinesPerChunk is how many line elements the page groups in one chunk
// element: the page lets the browser skip the style and layout of chunks
// off screen (content-visibility), and a few hundred chunks cost far less
// to track than thousands of lines.
const LinesPerChunk = 32

// HTML renders every line of the document, LinesPerChunk lines to a
// <div class="chunk">; selected (which may be the zero Span) is drawn as the
// selected span. Line i is child i%LinesPerChunk of chunk i/LinesPerChunk.
func (d *Document) HTML(selected Span) string {
	var b strings.Builder
	b.Grow(len(d.Text) + len(d.Text)/4 + len(d.Spans)*96)
	spans := d.Spans
	var open []Span // spans that started before the current line and may continue
	lines := d.Lines()
	for i, l := range lines {
		if i%LinesPerChunk == 0 {
			b.WriteString(`<div class="chunk">`)
		}
		open = slices.DeleteFunc(open, func(s Span) bool { return s.End <= l.Start })
		for len(spans) > 0 && spans[0].Start < l.Next {
			open = append(open, spans[0])
			spans = spans[1:]
		}
		d.writeLine(&b, i, l, open, selected)
		if i%LinesPerChunk == LinesPerChunk-1 || i == len(lines)-1 {
			b.WriteString(`</div>`)
		}
	}
	return b.String()
}

// LineHTML renders line i alone, for re-rendering what an edit touched.
func (d *Document) LineHTML(i int, selected Span) string {
	l := d.Lines()[i]
	var on []Span
	for _, s := range d.Spans {
		if s.Start >= l.Next {
			break
		}
		if s.End > l.Start {
			on = append(on, s)
		}
	}
	var b strings.Builder
	d.writeLine(&b, i, l, on, selected)
	return b.String()
}

// LinesTouched returns the first and last line index whose rendering e changes.
func (d *Document) LinesTouched(e Edit) (first, last int, ok bool) {
	start, end, ok := e.Touched()
	if !ok {
		return 0, 0, false
	}
	return d.LineAt(start), d.LineAt(end - 1), true
}

// writeLine writes one line's element; on holds the spans that may cover it.
func (d *Document) writeLine(b *strings.Builder, i int, l Line, on []Span, selected Span) {
	b.WriteString(`<div class="ln" data-line="`)
	b.WriteString(strconv.Itoa(i))
	b.WriteString(`">`)
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
		cover := covering(on, from, to)
		for _, s := range cover {
			openMark(b, s, from, to, s == selected)
		}
		escapeText(b, d.Text[from:to])
		for range cover {
			b.WriteString("</mark>")
		}
	}
	escapeText(b, d.Text[l.End:l.Next])
	b.WriteString("</div>")
}

// covering returns the spans that contain [from, to), longest (outermost) first.
func covering(on []Span, from, to int) []Span {
	var c []Span
	for _, s := range on {
		if s.Start <= from && to <= s.End {
			c = append(c, s)
		}
	}
	slices.SortStableFunc(c, func(x, y Span) int { return (y.End - y.Start) - (x.End - x.Start) })
	return c
}

// openMark writes the start tag of one span's part over [from, to): its label,
// its offsets (so a click finds the span), and whether it starts or ends here.
func openMark(b *strings.Builder, s Span, from, to int, selected bool) {
	b.WriteString(`<mark data-label="`)
	escapeText(b, s.Label)
	b.WriteString(`" data-start="`)
	b.WriteString(strconv.Itoa(s.Start))
	b.WriteString(`" data-end="`)
	b.WriteString(strconv.Itoa(s.End))
	b.WriteString(`"`)
	var class []string
	if from == s.Start {
		class = append(class, "s")
	}
	if to == s.End {
		class = append(class, "e")
	}
	if selected {
		class = append(class, "sel")
	}
	if len(class) > 0 {
		b.WriteString(` class="`)
		b.WriteString(strings.Join(class, " "))
		b.WriteString(`"`)
	}
	b.WriteString(">")
}

// escapeText writes s as HTML text that parses back to exactly s: markup
// characters become entities, and so does a carriage return, which the HTML
// parser would otherwise turn into a line feed.
func escapeText(b *strings.Builder, s string) {
	for {
		i := strings.IndexAny(s, "&<>\"\r")
		if i < 0 {
			b.WriteString(s)
			return
		}
		b.WriteString(s[:i])
		b.WriteString(entities[s[i]])
		s = s[i+1:]
	}
}

var entities = map[byte]string{'&': "&amp;", '<': "&lt;", '>': "&gt;", '"': "&#34;", '\r': "&#13;"}

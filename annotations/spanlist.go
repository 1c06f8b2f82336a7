package annotations

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
)

// SpanListHTML renders the side list of the document's spans in text order,
// in one <ol class="spans-of-chunk"> per chunk of lines (see LinesPerChunk) holding
// the spans that start in it, so that an edit redraws only the groups of
// the chunks it touched (SpanGroupHTML). Each entry is a button carrying its
// span's label and offsets; the selected one is marked.
func (d *Document) SpanListHTML(selected Span) string {
	var b strings.Builder
	for k := range d.Chunks() {
		b.WriteString(`<ol class="spans-of-chunk">`)
		d.writeGroup(&b, k, selected)
		b.WriteString(`</ol>`)
	}
	return b.String()
}

// SpanGroupHTML renders the entries of group k of the span list.
func (d *Document) SpanGroupHTML(k int, selected Span) string {
	var b strings.Builder
	d.writeGroup(&b, k, selected)
	return b.String()
}

// Chunks is how many chunks of LinesPerChunk lines the document has.
func (d *Document) Chunks() int { return (len(d.Lines()) + LinesPerChunk - 1) / LinesPerChunk }

// ChunkOf is the chunk holding byte offset b.
func (d *Document) ChunkOf(b int) int { return d.LineAt(b) / LinesPerChunk }

func (d *Document) writeGroup(b *strings.Builder, k int, selected Span) {
	lines := d.Lines()
	start := lines[k*LinesPerChunk].Start
	end := len(d.Text) + 1
	if next := (k + 1) * LinesPerChunk; next < len(lines) {
		end = lines[next].Start
	}
	i, _ := slices.BinarySearchFunc(d.Spans, start, func(s Span, b int) int { return cmp.Compare(s.Start, b) })
	for ; i < len(d.Spans) && d.Spans[i].Start < end; i++ {
		d.writeSpanItem(b, d.Spans[i], d.Spans[i] == selected)
	}
}

func (d *Document) writeSpanItem(b *strings.Builder, s Span, selected bool) {
	b.WriteString(`<li><button type="button"`)
	if selected {
		b.WriteString(` class="sel" aria-pressed="true"`)
	}
	b.WriteString(` data-label="`)
	escapeText(b, s.Label)
	b.WriteString(`" data-start="`)
	b.WriteString(strconv.Itoa(s.Start))
	b.WriteString(`" data-end="`)
	b.WriteString(strconv.Itoa(s.End))
	b.WriteString(`"><span class="tag">`)
	escapeText(b, s.Label)
	b.WriteString(`</span><span class="text">`)
	escapeText(b, d.Excerpt(s, 80))
	b.WriteString("</span></button></li>")
}

// Counts returns how many spans the document has of each label in labels.
func (d *Document) Counts(labels LabelSet) []int {
	n := make([]int, len(labels))
	for _, s := range d.Spans {
		for i, l := range labels {
			if s.Label == l.Name {
				n[i]++
			}
		}
	}
	return n
}

// Excerpt is the text of s, cut to at most max code points with an ellipsis
// and with line breaks shown as spaces.
func (d *Document) Excerpt(s Span, max int) string {
	text := strings.Join(strings.Fields(d.Text[s.Start:s.End]), " ")
	r := []rune(text)
	if len(r) <= max {
		return text
	}
	return string(r[:max-1]) + "…"
}

// EscapeHTML escapes s for use as HTML text or a quoted attribute value.
func EscapeHTML(s string) string {
	var b strings.Builder
	escapeText(&b, s)
	return b.String()
}

package annotations

import (
	"strconv"
	"strings"
)

// SpanListHTML renders the side list of the document's spans in text order:
// one button per span carrying its label and offsets, the selected one marked.
func (d *Document) SpanListHTML(selected Span) string {
	var b strings.Builder
	for _, s := range d.Spans {
		b.WriteString(`<li><button type="button"`)
		if s == selected {
			b.WriteString(` class="sel" aria-pressed="true"`)
		}
		b.WriteString(` data-label="`)
		escapeText(&b, s.Label)
		b.WriteString(`" data-start="`)
		b.WriteString(strconv.Itoa(s.Start))
		b.WriteString(`" data-end="`)
		b.WriteString(strconv.Itoa(s.End))
		b.WriteString(`"><span class="tag">`)
		escapeText(&b, s.Label)
		b.WriteString(`</span><span class="text">`)
		escapeText(&b, d.Excerpt(s, 80))
		b.WriteString("</span></button></li>")
	}
	return b.String()
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

package render

import (
	"cmp"
	"iter"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"spantag/annotations"
)

// SpanListHTML renders the side list of d's spans in text order, in one
// list per chunk of lines (see LinesPerChunk) holding the spans that start
// in it, so that an edit redraws only the groups of the chunks it touched
// (SpanGroupHTML). Each entry is a button carrying its span's label and
// offsets; the selected one is marked.
func SpanListHTML(d *annotations.Document, selected annotations.Span) string {
	var b strings.Builder
	for k := range Chunks(d) {
		b.WriteString(`<ol class="` + ClassSpanGroup + `">`)
		writeGroup(&b, d, k, selected)
		b.WriteString(`</ol>`)
	}
	return b.String()
}

// SpanGroupHTML renders the entries of group k of the span list.
func SpanGroupHTML(d *annotations.Document, k int, selected annotations.Span) string {
	var b strings.Builder
	writeGroup(&b, d, k, selected)
	return b.String()
}

// Chunks is how many chunks of LinesPerChunk lines d has.
func Chunks(d *annotations.Document) int { return (len(d.Lines()) + LinesPerChunk - 1) / LinesPerChunk }

// ChunkOf is the chunk holding byte offset b of d.
func ChunkOf(d *annotations.Document, b int) int { return d.LineAt(b) / LinesPerChunk }

func writeGroup(b *strings.Builder, d *annotations.Document, k int, selected annotations.Span) {
	lines := d.Lines()
	start := lines[k*LinesPerChunk].Start
	end := len(d.Text) + 1
	if next := (k + 1) * LinesPerChunk; next < len(lines) {
		end = lines[next].Start
	}
	i, _ := slices.BinarySearchFunc(d.Spans, start, func(s annotations.Span, b int) int { return cmp.Compare(s.Start, b) })
	for ; i < len(d.Spans) && d.Spans[i].Start < end; i++ {
		writeSpanItem(b, d, i, d.Spans[i] == selected)
	}
}

func writeSpanItem(b *strings.Builder, d *annotations.Document, i int, selected bool) {
	s := d.Spans[i]
	b.WriteString(`<li><button type="button"`)
	if selected {
		b.WriteString(` class="` + ClassSelected + `" aria-pressed="true"`)
	}
	b.WriteString(` ` + AttrLabel + `="`)
	escapeText(b, s.Label)
	b.WriteString(`" ` + AttrStart + `="`)
	b.WriteString(strconv.Itoa(s.Start))
	b.WriteString(`" ` + AttrEnd + `="`)
	b.WriteString(strconv.Itoa(s.End))
	b.WriteString(`"><span class="` + ClassTag + `">`)
	escapeText(b, s.Label)
	b.WriteString(`</span><span class="` + ClassText + `">`)
	escapeText(b, Excerpt(d, s, 80))
	b.WriteString("</span>")
	writeWhere(b, d, func(j int) annotations.Span { return d.Spans[j] }, i)
	b.WriteString("</button></li>")
}

// maxLookBack is how many entries before one writeWhere compares it with.
const maxLookBack = 50

// writeWhere writes, for screen readers, where the span of entry i of a list in text
// order (spanAt gives its spans) is: its line, and which of the same words on that line
// it is (" (line 12)", " (line 12, 2nd)"). A list may hold the same words many times,
// and each entry needs a name of its own. Only the maxLookBack entries before it are
// compared: past them, no ordinal is given.
func writeWhere(b *strings.Builder, d *annotations.Document, spanAt func(int) annotations.Span, i int) {
	s := spanAt(i)
	line, nth := d.LineAt(s.Start), 1
	for j := i - 1; j >= 0 && j >= i-maxLookBack; j-- {
		o := spanAt(j)
		if o.Start < d.Lines()[line].Start {
			break
		}
		if d.Text[o.Start:o.End] == d.Text[s.Start:s.End] {
			nth++
		}
	}
	b.WriteString(`<span class="` + ClassHidden + `"> (line ` + strconv.Itoa(line+1))
	if nth > 1 {
		b.WriteString(", " + ordinal(nth))
	}
	b.WriteString(")</span>")
}

// ordinal is n as an English ordinal: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st.
func ordinal(n int) string {
	suffix := "th"
	if n%100 < 11 || n%100 > 13 {
		switch n % 10 {
		case 1:
			suffix = "st"
		case 2:
			suffix = "nd"
		case 3:
			suffix = "rd"
		}
	}
	return strconv.Itoa(n) + suffix
}

// Excerpt is the text of s, cut to at most max code points with an ellipsis
// and with every run of white space (line breaks too) shown as one space.
// It reads no further than it shows: a span may cover 60 MB.
func Excerpt(d *annotations.Document, s annotations.Span, max int) string {
	var out []rune
	space := false
	for _, r := range d.Text[s.Start:s.End] {
		if unicode.IsSpace(r) {
			space = len(out) > 0
			continue
		}
		if space {
			out, space = append(out, ' '), false
		}
		if out = append(out, r); len(out) > max {
			return string(out[:max-1]) + "…"
		}
	}
	return string(out)
}

// ListSteps returns the span list's HTML (SpanListHTML) in steps of about
// StepBytes, for a long list drawn a slice of time at a time.
func ListSteps(d *annotations.Document, selected annotations.Span) iter.Seq[string] {
	return func(yield func(string) bool) {
		var b strings.Builder
		for k := range Chunks(d) {
			b.WriteString(`<ol class="` + ClassSpanGroup + `">`)
			writeGroup(&b, d, k, selected)
			b.WriteString(`</ol>`)
			if b.Len() < StepBytes && k+1 < Chunks(d) {
				continue
			}
			if !yield(b.String()) {
				return
			}
			b.Reset()
		}
	}
}

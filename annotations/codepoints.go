package annotations

import (
	"errors"
	"fmt"
	"slices"
	"unicode/utf8"
)

// Spans are kept in byte offsets and written in code points. Converting a
// span at the end of a 60 MB text counts the code points of all of it, so
// the Writer counts them a piece at a time as it writes the text
// (exportSpansInBytes, then codePointTable.countTo and convert).

// exportSpan is a span as written: in code points, with its text.
type exportSpan struct {
	Span       // in bytes
	start, end int
	text       string
	origin     Origin // where an accepted suggestion came from, if it was one
}

// exportSpans converts d's spans to code points, sorted and without
// duplicates, refusing one that cannot be written.
func exportSpans(d *Document) ([]exportSpan, error) {
	spans, cps, err := exportSpansInBytes(d)
	if err != nil {
		return nil, err
	}
	cps.countTo(d.Text, len(d.Text))
	cps.convert(spans)
	return spans, nil
}

// exportSpansInBytes is exportSpans but for the code points, which the
// table returned counts once told how far (countTo) and then converts.
func exportSpansInBytes(d *Document) ([]exportSpan, *codePointTable, error) {
	spans := make([]exportSpan, 0, len(d.Spans))
	for _, s := range d.Spans {
		e, err := exportOne(d, s)
		if err != nil {
			return nil, nil, fmt.Errorf("cannot write span %v: %w", s, err)
		}
		spans = append(spans, e)
	}
	// Byte order is code point order.
	byBytes := func(a, b exportSpan) int { return compareSpans(a.Span, b.Span) }
	slices.SortFunc(spans, byBytes)
	spans = slices.CompactFunc(spans, func(a, b exportSpan) bool { return a.Span == b.Span })
	return spans, newCodePointTable(d.Spans), nil
}

// exportOne checks that s can be written and gives it its text, not yet
// its code points.
func exportOne(d *Document, s Span) (exportSpan, error) {
	if s.Label == "" {
		return exportSpan{}, errors.New("it has no label")
	}
	if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
		return exportSpan{}, fmt.Errorf("it does not fit the text, which is %d bytes long", len(d.Text))
	}
	for _, b := range []int{s.Start, s.End} {
		if b < len(d.Text) && !utf8.RuneStart(d.Text[b]) {
			return exportSpan{}, &OffsetError{b, Bytes, "falls inside a code point"}
		}
	}
	text := d.Text[s.Start:s.End]
	if allSpace(text) {
		return exportSpan{}, errors.New("it holds only white space")
	}
	origin, _ := d.Origin(s)
	return exportSpan{Span: s, text: text, origin: origin}, nil
}

// codePointTable holds the code point offset of each byte offset where a
// span of a text starts or ends, counted in one pass over the text: the
// spans of a long document convert without an Index lookup each.
type codePointTable struct {
	bytes, cps []int // cps holds the code points of the first bytes counted
	count      codePointCounter
}

func newCodePointTable(spans []Span) *codePointTable {
	t := &codePointTable{}
	for _, s := range spans {
		t.bytes = append(t.bytes, s.Start, s.End)
	}
	slices.Sort(t.bytes)
	t.bytes = slices.Compact(t.bytes)
	return t
}

// countTo counts the code points of the table's byte offsets up to b.
func (t *codePointTable) countTo(text string, b int) {
	for len(t.cps) < len(t.bytes) && t.bytes[len(t.cps)] <= b {
		t.cps = append(t.cps, t.count.to(text, min(max(t.bytes[len(t.cps)], 0), len(text))))
	}
}

// at converts byte offset b, one the table was made with and counted, to
// code points.
func (t *codePointTable) at(b int) int {
	i, _ := slices.BinarySearch(t.bytes, b)
	return t.cps[i]
}

// convert gives spans, which the table was made with, their code points.
func (t *codePointTable) convert(spans []exportSpan) {
	for i := range spans {
		spans[i].start, spans[i].end = t.at(spans[i].Start), t.at(spans[i].End)
	}
}

// codePointCounter converts increasing byte offsets of one text to code
// points in a single pass over it.
type codePointCounter struct{ byteAt, at int }

func (c *codePointCounter) to(text string, b int) int {
	if b == c.byteAt+1 && text[c.byteAt] < utf8.RuneSelf { // a space between tokens
		c.byteAt, c.at = b, c.at+1
		return c.at
	}
	c.at += utf8.RuneCountInString(text[c.byteAt:b])
	c.byteAt = b
	return c.at
}

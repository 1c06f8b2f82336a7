package annotations

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// Report is what reading a file found besides its documents.
type Report struct {
	Errors   []*LineError // lines that could not be loaded, in file order
	Anchors  []Anchor     // spans moved to where their text is, or kept aside
	Warnings []*LineError // lines loaded with a change or a choice said, in file order
}

// Anchor is what the Reader did with a span whose offsets do not hold the
// text the file gives it: it moved the span to where that text is, or, when
// the text is not in the document or it cannot tell which of several places
// is meant, kept the span aside in the document's "_kept_aside" key, which
// every export writes back unchanged. Nothing is dropped or shifted unseen.
type Anchor struct {
	Line   int    // the line of the file the document starts on, from 1
	Doc    int    // which of the documents read it belongs to, from 0
	Span   string // how the file names the span: "span 2", "annotation 1 result 3", "item 4"
	Label  string
	Text   string // the span's text as the file gives it
	From   [2]int // [start, end) as the file gives them; zero when it gives none
	To     [2]int // [start, end) in code points where the span is now; zero when kept aside
	Aside  bool   // the span was kept aside, for Reason
	Reason string
}

func (a Anchor) String() string {
	s := fmt.Sprintf("line %d: %s", a.Line, a.Span)
	if a.Label != "" {
		s += " " + a.Label
	}
	if a.Text != "" { // a span kept aside may have no label, or no text of its own and none at its offsets
		s += " " + quoteShort(a.Text)
	}
	if !a.Aside {
		return s + fmt.Sprintf(" moved from [%d,%d) to [%d,%d)", a.From[0], a.From[1], a.To[0], a.To[1])
	}
	if a.From != [2]int{} { // an empty span is refused before, so zero means none given
		s += fmt.Sprintf(" [%d,%d)", a.From[0], a.From[1])
	}
	return s + " kept aside: " + a.Reason
}

// asideKey is the document key that holds the spans kept aside.
const asideKey = "_kept_aside"

// anchor places s by its text, for a span whose offsets do not hold it or
// that has none: at the occurrence whose surroundings best match s's prefix
// and suffix, then the one nearest to s's offsets. The Anchor reports a
// move, or that s is to be kept aside; it is nil when s had no offsets to
// move from and its text was found.
func (d *Document) anchor(s spanIn) (Span, *Anchor, error) {
	quote := *s.text
	if allSpace(quote) {
		return Span{}, nil, &spanError{s.where(), " holds only white space"}
	}
	a := &Anchor{Span: s.name, Label: s.label, Text: quote}
	if s.units != nil {
		a.From = [2]int{s.start, s.end}
	}
	at, n := d.bestMatch(s)
	switch {
	case n == 0:
		a.Aside, a.Reason = true, "its text is not in the document"
		return Span{}, a, nil
	case at < 0:
		a.Aside, a.Reason = true, fmt.Sprintf("its text occurs %d times and nothing tells which", n)
		return Span{}, a, nil
	}
	span := Span{Start: at, End: at + len(quote), Label: s.label}
	if s.units == nil {
		return span, nil, nil
	}
	x := d.Index()
	start, _ := x.FromByte(span.Start, CodePoints) // a match of UTF-8 in UTF-8 starts and ends on code points
	end, _ := x.FromByte(span.End, CodePoints)
	a.To = [2]int{start, end}
	return span, a, nil
}

// bestMatch returns the byte offset of the occurrence of s's text that fits
// s best and how many occurrences there are; at is -1 when several fit
// equally and s has no offsets to choose the nearest by.
func (d *Document) bestMatch(s spanIn) (at, n int) {
	quote := *s.text
	positioned := s.units != nil
	at, best, nearest, tie := -1, -1, 0, false
	for i := strings.Index(d.Text, quote); i >= 0; i = nextIndex(d.Text, quote, i) {
		n++
		score := commonSuffix(d.Text[:i], s.prefix) + commonPrefix(d.Text[i+len(quote):], s.suffix)
		dist := 0
		if positioned {
			cp, _ := d.Index().FromByte(i, CodePoints)
			dist = abs(cp - s.start)
		}
		switch {
		case score > best || score == best && positioned && dist < nearest:
			at, best, nearest, tie = i, score, dist, false
		case score == best && !positioned:
			tie = true
		}
	}
	if tie {
		return -1, n
	}
	return at, n
}

// nextIndex finds quote in text after the occurrence at i; occurrences may
// overlap.
func nextIndex(text, quote string, i int) int {
	j := strings.Index(text[i+1:], quote)
	if j < 0 {
		return -1
	}
	return i + 1 + j
}

func abs(n int) int { return max(n, -n) }

// commonSuffix counts the bytes at the end of a that end b too.
func commonSuffix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[len(a)-1-n] == b[len(b)-1-n] {
		n++
	}
	return n
}

// commonPrefix counts the bytes at the start of a that start b too.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// appendAside appends the JSON kept of span s set aside as a says: its
// offsets as the file gave them, label, text (the file's, else the text at
// its offsets, if any) and context.
func appendAside(b []byte, s spanIn, a *Anchor) []byte {
	b = append(b, '{')
	if s.units != nil {
		b = append(b, `"start":`...)
		b = strconv.AppendInt(b, int64(s.start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.end), 10)
		b = append(b, ',')
	}
	b = append(b, `"label":`...)
	b = appendJSONString(b, s.label)
	if s.text != nil || a.Text != "" {
		b = append(b, `,"text":`...)
		b = appendJSONString(b, a.Text)
	}
	if s.prefix != "" {
		b = append(b, `,"prefix":`...)
		b = appendJSONString(b, s.prefix)
	}
	if s.suffix != "" {
		b = append(b, `,"suffix":`...)
		b = appendJSONString(b, s.suffix)
	}
	b = append(b, `,"reason":`...)
	b = appendJSONString(b, a.Reason)
	return append(b, '}')
}

// keepAside adds entries, JSON objects separated by commas, to the list in
// the asideKey field of extra, which the reader has checked is an array.
func keepAside(extra []Field, entries []byte) []Field {
	i := slices.IndexFunc(extra, func(f Field) bool { return f.Key == asideKey })
	if i < 0 {
		return append(extra, Field{Key: asideKey, Value: slices.Concat([]byte("["), entries, []byte("]"))})
	}
	old := extra[i].Value[:len(extra[i].Value)-1] // without its ']'
	if len(old) > 1 {
		old = append(old, ',')
	}
	extra[i].Value = slices.Concat(old, entries, []byte("]"))
	return extra
}

package render

import (
	"strings"

	"spantag/annotations"
)

// The HTML parser does not give back every text it is given: in the body
// it drops U+0000, and it replaces the character reference &#0; with
// U+FFFD, so no escaping brings a NUL through. (A carriage return, which
// it turns into a line feed, survives as &#13;, and every other character
// passes unchanged.) A line holding a NUL is therefore drawn as DOM nodes,
// whose text is kept exactly, and every other line through the HTML fast
// path.

// parsedExactly reports whether the escaped HTML of text parses back to it.
func parsedExactly(text string) bool { return strings.IndexByte(text, 0) < 0 }

// NodeLines returns the indexes of the lines that DocHTML and LineHTML leave
// empty, to be drawn as DOM nodes from Segments, in increasing order.
func NodeLines(d *annotations.Document) []int {
	if !d.HasNUL() {
		return nil // found once, not at each drawing
	}
	var lines []int
	for at := 0; ; {
		i := strings.IndexByte(d.Text[at:], 0)
		if i < 0 {
			return lines
		}
		n := d.LineAt(at + i)
		lines = append(lines, n)
		at = d.Lines()[n].Next
	}
}

// Segment is a stretch of a line's text under the same spans, the
// innermost text node of its marks.
type Segment struct {
	Text  string
	Marks []Mark // outermost first
}

// Mark is one span's part over a segment: the attributes of its <mark>
// element, as DocHTML writes them.
type Mark struct {
	Label      string
	Start, End int
	Class      string
	Suggested  bool // a suggestion's part, not a span's
}

// Segments returns line i as the segments of text that make it, its line
// break last: the content of its element when it is drawn as DOM nodes.
func Segments(d *annotations.Document, i int, selected annotations.Span) []Segment {
	var segs []Segment
	eachPart(d.Text, d.Lines()[i], spansOn(d, i), func(from, to int, cover []annotations.Span) {
		seg := Segment{Text: d.Text[from:to]}
		for _, s := range cover {
			seg.Marks = append(seg.Marks, Mark{Label: s.Label, Start: s.Start, End: s.End, Class: markClass(s, from, to, selected), Suggested: suggested(d, s)})
		}
		segs = append(segs, seg)
	})
	return segs
}

// AsNodes reports whether line i of d is drawn as DOM nodes from Segments,
// its element left empty by DocHTML and LineHTML.
func AsNodes(d *annotations.Document, i int) bool {
	if !d.HasNUL() {
		return false // a line of 60 MB is not scanned at each edit
	}
	l := d.Lines()[i]
	return !parsedExactly(d.Text[l.Start:l.Next])
}

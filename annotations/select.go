package annotations

import (
	"strings"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// SpanFromSelection turns what the annotator highlighted, [start, end) in
// unit u, into a span labelled label: whitespace at either end is trimmed,
// then each end moves outward to a token boundary (snap) or, character-exact,
// to a grapheme cluster boundary, so a visible character is never cut.
func (d *Document) SpanFromSelection(start, end int, u Unit, label string, snap bool) (Span, error) {
	if start > end {
		start, end = end, start // a selection made right to left
	}
	x := d.Index()
	bs, err := x.ToByte(start, u)
	if err != nil {
		return Span{}, err
	}
	be, err := x.ToByte(end, u)
	if err != nil {
		return Span{}, err
	}
	r, ok := trimRange(d.Text, bs, be)
	if !ok {
		return Span{}, ErrEmptySpan
	}
	first, _ := d.pieceAt(r.Start, snap)
	last, _ := d.pieceAt(r.End-1, snap)
	return Span{Start: min(first.Start, r.Start), End: max(last.End, r.End), Label: label}, nil
}

// pieceAt returns the token (whole) or grapheme cluster (!whole) holding byte b.
func (d *Document) pieceAt(b int, whole bool) (Range, bool) {
	l := d.Lines()[d.LineAt(b)]
	from, to := wordWindow(d.Text, l, b)
	tokenised.Add(1)
	for _, t := range appendTokens(nil, d.Text, from, to) {
		if t.Start <= b && b < t.End {
			if whole {
				return Range{t.Start, t.End}, true
			}
			return graphemeAt(d.Text, t.Start, t.End, b), true
		}
	}
	return Range{b, b}, false
}

// windowBytes is how long a line may be before pieceAt tokenises only the
// words around the byte it looks for (a document of 60 MB may be one line).
const windowBytes = 1024

// wordWindow is a stretch of line l around byte b that starts and ends on
// word boundaries, so that its tokens are the line's: the whole line when it
// is short, else from just after a space followed by an ASCII character
// (which no rule of UAX #29 joins to the space) to the next space.
func wordWindow(text string, l Line, b int) (from, to int) {
	if l.Next-l.Start <= windowBytes {
		return l.Start, l.Next
	}
	from, to = l.Start, l.Next
	if i := strings.IndexByte(text[b+1:l.Next], ' '); i >= 0 {
		to = b + 1 + i
	}
	for at := b; at > l.Start; {
		i := strings.LastIndexByte(text[l.Start:at], ' ')
		if i < 0 {
			break
		}
		sp := l.Start + i
		if next := text[sp+1]; next < utf8.RuneSelf && next != ' ' {
			return sp + 1, to
		}
		at = sp
	}
	return from, to
}

// graphemeAt returns the grapheme cluster of text[start:end] holding byte b.
func graphemeAt(text string, start, end, b int) Range {
	rest := text[start:end]
	state := -1
	at := start
	for len(rest) > 0 {
		var g string
		g, rest, _, state = uniseg.FirstGraphemeClusterInString(rest, state)
		if b < at+len(g) {
			return Range{at, at + len(g)}
		}
		at += len(g)
	}
	return Range{b, b}
}

// BlockSpan is a span labelled label over the whole line holding byte b,
// less the whitespace at its ends.
func (d *Document) BlockSpan(b int, label string) (Span, error) {
	l := d.Lines()[d.LineAt(b)]
	r, ok := trimRange(d.Text, l.Start, l.End)
	if !ok {
		return Span{}, ErrEmptySpan
	}
	return Span{Start: r.Start, End: r.End, Label: label}, nil
}

// LineSpans is a span labelled label over each line from the one holding
// byte from to the one holding byte to, less the whitespace at its ends;
// blank lines get none.
func (d *Document) LineSpans(from, to int, label string) []Span {
	lines := d.Lines()
	var spans []Span
	for i := d.LineAt(from); i <= d.LineAt(to); i++ {
		if r, ok := trimRange(d.Text, lines[i].Start, lines[i].End); ok {
			spans = append(spans, Span{Start: r.Start, End: r.End, Label: label})
		}
	}
	return spans
}

package annotations

import "strings"

// A long document's lines and whether it holds a NUL are found ahead of
// their first use, a piece at a time (BuildLines), so that a 60 MB text is
// never scanned in one long task of the page: its first drawing needs both.

// linesPiece is how much text BuildLines reads between two pauses.
const linesPiece = 1 << 20

// BuildLines finds the document's lines and whether it holds a NUL ahead
// of their first use, calling pause after each megabyte of text. A Lines
// or HasNUL call meanwhile finds them at once.
func (d *Document) BuildLines(pause func() error) error {
	s := lineSplitter{text: d.Text}
	nul := false
	for d.lines == nil && !s.done {
		from := s.scanned
		s.splitTo(from + linesPiece)
		nul = nul || strings.IndexByte(d.Text[from:s.scanned], 0) >= 0
		if err := pause(); err != nil {
			return err
		}
	}
	if d.lines == nil {
		d.lines = s.lines
		d.setNUL(nul)
	}
	return nil
}

// HasNUL reports whether the text holds a NUL (U+0000), which the page's
// HTML cannot carry; found on first use.
func (d *Document) HasNUL() bool {
	if d.nul == nulUnknown {
		d.setNUL(strings.IndexByte(d.Text, 0) >= 0)
	}
	return d.nul == nulSome
}

func (d *Document) setNUL(some bool) {
	d.nul = nulNone
	if some {
		d.nul = nulSome
	}
}

// What a document knows of the NULs in its text.
const (
	nulUnknown = iota
	nulNone
	nulSome
)

// splitLines finds the lines of text in one go.
func splitLines(text string) []Line {
	s := lineSplitter{text: text}
	s.splitTo(len(text))
	return s.lines
}

// lineSplitter finds the lines of a text from its start, a window at a
// time. Within a window the line breaks are found with IndexByte, which
// runs far faster than IndexAny over a long line: the next "\r" is looked
// for only once the last one is passed, so that a window with none is
// scanned for it once. The lines are not counted first: strings.Count has
// no fast path in wasm, and took most of the time of a million short lines.
type lineSplitter struct {
	text    string
	lines   []Line
	start   int // where the line being read starts
	scanned int // text[start:scanned] holds no line break
	done    bool
}

// splitTo finds the lines that end before limit, and the last one once
// limit reaches the text's end.
func (s *lineSplitter) splitTo(limit int) {
	text := s.text
	limit = min(limit, len(text))
	cr := -1 // the next "\r" at or after scanned (limit: none before it)
	for s.scanned < limit {
		if cr < s.scanned {
			cr = indexIn(text, s.scanned, limit, '\r')
		}
		end := min(cr, indexIn(text, s.scanned, limit, '\n'))
		if end == limit {
			s.scanned = limit
			break
		}
		next := end + 1
		if text[end] == '\r' && next < len(text) && text[next] == '\n' {
			next++
		}
		s.lines = append(s.lines, Line{s.start, end, next})
		s.start, s.scanned = next, next
	}
	if limit == len(text) && !s.done {
		s.done = true
		if s.start < len(text) || len(s.lines) == 0 {
			s.lines = append(s.lines, Line{s.start, len(text), len(text)})
		}
	}
}

// indexIn is the offset of the first c in text[from:limit], or limit when
// there is none.
func indexIn(text string, from, limit int, c byte) int {
	if i := strings.IndexByte(text[from:limit], c); i >= 0 {
		return from + i
	}
	return limit
}

package annotations

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"unicode/utf8"
)

// Span is a labelled stretch of a document's text in byte offsets, end exclusive.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
}

func (s Span) String() string { return fmt.Sprintf("%s[%d,%d)", s.Label, s.Start, s.End) }

func compareSpans(a, b Span) int {
	return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
}

// overlaps reports whether the two spans share at least one byte.
func (s Span) overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }

// Find returns the position of s in the document's spans and whether it is there.
func (d *Document) Find(s Span) (int, bool) {
	return slices.BinarySearchFunc(d.Spans, s, compareSpans)
}

// Add plans adding s: nothing if an identical span exists; otherwise s joined
// with every span of the same label it overlaps, which the edit removes.
// Spans of different labels may overlap and nest freely.
func (d *Document) Add(s Span) (Edit, error) {
	if err := d.checkSpan(s); err != nil {
		return Edit{}, err
	}
	if _, ok := d.Find(s); ok {
		return Edit{}, nil
	}
	merged := s
	var absorbed []Span
	for _, o := range d.Spans {
		if o.Label == s.Label && o.overlaps(s) {
			absorbed = append(absorbed, o)
			merged.Start = min(merged.Start, o.Start)
			merged.End = max(merged.End, o.End)
		}
	}
	if len(absorbed) == 1 && absorbed[0] == merged {
		return Edit{}, nil // s lies inside a span of its label already
	}
	return d.keepOrigins(Edit{Remove: absorbed, Add: []Span{merged}, Unsuggest: d.heldSuggestions([]Span{merged})}), nil
}

// heldSuggestions are the open suggestions that a span of spans of their label
// holds: once it is made, accepting them would change nothing, so the edit that
// makes it takes them away (and its undo offers them again).
func (d *Document) heldSuggestions(spans []Span) []Suggestion {
	if len(d.Suggestions) == 0 {
		return nil
	}
	held := newHolders(spans)
	var list []Suggestion
	for _, g := range d.Suggestions {
		if held.hold(g.Span) {
			list = append(list, g)
		}
	}
	return list
}

// AddAll plans adding every span of ss as one edit, each joined with the
// spans of its label it overlaps as Add joins it, those of ss included.
func (d *Document) AddAll(ss []Span) (Edit, error) {
	after := &Document{Text: d.Text, Spans: slices.Clone(d.Spans), index: d.Index()} // the index is d's: the text is the same
	for _, s := range ss {
		e, err := after.Add(s)
		if err == nil {
			err = after.Apply(e)
		}
		if err != nil {
			return Edit{}, err
		}
	}
	var e Edit
	for _, s := range d.Spans {
		if _, ok := after.Find(s); !ok {
			e.Remove = append(e.Remove, s)
		}
	}
	for _, s := range after.Spans {
		if _, ok := d.Find(s); !ok {
			e.Add = append(e.Add, s)
		}
	}
	e.Unsuggest = d.heldSuggestions(e.Add)
	return e, nil
}

// Delete plans removing s, which must be one of the document's spans; a
// span accepted from a suggestion is rejected too (rejectAccepted).
func (d *Document) Delete(s Span) (Edit, error) {
	if _, ok := d.Find(s); !ok {
		return Edit{}, fmt.Errorf("no span %v to delete", s)
	}
	return d.rejectAccepted(d.keepOrigins(Edit{Remove: []Span{s}}), s), nil
}

// rejectAccepted adds to e, which takes away span s, the rejection of the
// suggestion s was accepted from, if it was: the annotator who deletes it,
// or gives it another label, says the suggestion was wrong, and a source
// must not offer it again (nor a later accept-all put it back).
func (d *Document) rejectAccepted(e Edit, s Span) Edit {
	if o, ok := d.Origin(s); ok && (o.Pattern != "" || o.Source != "") && !d.Rejects(s) {
		e.Reject = append(e.Reject, s)
	}
	return e
}

// Relabel plans giving span s the label to; it merges with overlapping spans
// of that label as Add does.
func (d *Document) Relabel(s Span, to string) (Edit, error) {
	if _, ok := d.Find(s); !ok {
		return Edit{}, fmt.Errorf("no span %v to relabel", s)
	}
	if s.Label == to {
		return Edit{}, nil
	}
	moved := Span{s.Start, s.End, to}
	add, err := d.Add(moved)
	if err != nil {
		return Edit{}, err
	}
	if add.Empty() {
		add.Add = nil // an identical span of the new label exists already
	}
	add.Remove = append([]Span{s}, add.Remove...)
	add.Origins = nil
	return d.rejectAccepted(d.keepOrigins(add), s), nil
}

// SpansAt returns the spans that contain byte offset b, outermost first.
func (d *Document) SpansAt(b int) []Span {
	var at []Span
	for _, s := range d.Spans {
		if s.Start > b {
			break
		}
		if b < s.End {
			at = append(at, s)
		}
	}
	slices.SortStableFunc(at, func(x, y Span) int { return cmp.Compare(y.End-y.Start, x.End-x.Start) })
	return at
}

// SelectAt is the span, or open suggestion, to select for a caret at byte
// offset b (or right after a span, at its end): the innermost there, or,
// when selected is one of those, the one around it, round to the
// innermost again; false when there is none.
func (d *Document) SelectAt(b int, selected Span) (Span, bool) {
	at := d.SpansAt(b)
	if len(at) == 0 && b > 0 {
		at = d.SpansAt(b - 1)
	}
	for _, g := range d.Suggestions { // after the spans: the spans first
		if g.Start <= b && b < g.End || len(at) == 0 && g.End == b && b > g.Start {
			at = append([]Span{g.Span}, at...)
		}
	}
	if len(at) == 0 {
		return Span{}, false
	}
	slices.Reverse(at) // innermost first
	i := slices.Index(at, selected)
	return at[(i+1)%len(at)], true
}

// ErrEmptySpan is returned for a selection that holds no text but whitespace.
var ErrEmptySpan = errors.New("the selection holds only whitespace")

func (d *Document) checkSpan(s Span) error {
	if s.Label == "" {
		return errors.New("span has no label")
	}
	if s.Start < 0 || s.End > len(d.Text) {
		return fmt.Errorf("span %v lies outside the text (length %d bytes)", s, len(d.Text))
	}
	if s.Start >= s.End {
		return fmt.Errorf("span %v is empty or ends before it starts", s)
	}
	for _, b := range []int{s.Start, s.End} {
		if !d.codePointAt(b) {
			return fmt.Errorf("span %v: %w", s, &OffsetError{b, Bytes, "falls inside a code point"})
		}
	}
	return nil
}

// codePointAt reports whether a code point starts at byte b of the text
// (or b is its end). Text known to be UTF-8 answers from its byte at b:
// building the offset index to ask it cost restoring each stored document
// a pass over its text (a long task for one of 60 MB); other text asks the
// index, which reads a byte that is not UTF-8 as a code point of its own.
func (d *Document) codePointAt(b int) bool {
	if d.utf8 {
		return b == len(d.Text) || utf8.RuneStart(d.Text[b])
	}
	_, err := d.Index().FromByte(b, CodePoints)
	return err == nil
}

// bounded is a piece of the text, a Token or a Range, by its byte offsets.
type bounded interface{ bounds() (start, end int) }

func (t Token) bounds() (int, int) { return t.Start, t.End }

func (r Range) bounds() (int, int) { return r.Start, r.End }

// overlapped returns the first and last (inclusive) of items, which are in
// order and apart, that s overlaps: the tokens or the sentences a span
// covers. A span that holds more than white space overlaps one at least.
func overlapped[T bounded](items []T, s Span) (first, last int) {
	first = sort.Search(len(items), func(i int) bool { _, end := items[i].bounds(); return end > s.Start })
	last = sort.Search(len(items), func(i int) bool { start, _ := items[i].bounds(); return start >= s.End }) - 1
	return first, last
}

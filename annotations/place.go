package annotations

// Placing the spans a file states in the document's text: in the unit
// their offsets count, or by their text (anchor.go).

import (
	"errors"
	"fmt"
	"slices"
	"strings"
)

// document checks the task's text and places its spans in it; spans that
// cannot be placed by their text are kept aside.
func (t *task) document(labels LabelSet) (*Document, []Anchor, error) {
	if t.text == nil {
		return nil, nil, errors.New(`no text: expected "text" or "data": {"text": ...}`)
	}
	if *t.text == "" {
		return nil, nil, errors.New("the text is empty")
	}
	if t.w3c { // the W3C export writes these anew
		t.extra = slices.DeleteFunc(t.extra, func(f Field) bool { return f.Key == "@context" || f.Key == "type" })
	}
	d := &Document{Text: *t.text, Meta: t.meta, Answer: t.answer, Extra: t.extra}
	var anchors []Anchor
	var aside []byte
	for _, s := range t.spans {
		span, a, err := d.place(s, labels)
		if err != nil {
			return nil, nil, err
		}
		if a != nil {
			anchors = append(anchors, *a)
		}
		if a != nil && a.Aside {
			if len(aside) > 0 {
				aside = append(aside, ',')
			}
			aside = appendAside(aside, s, a.Reason)
			continue
		}
		d.Spans = append(d.Spans, span)
	}
	d.Spans = mergeSpans(d.Spans)
	if len(aside) > 0 {
		d.Extra = keepAside(d.Extra, aside)
	}
	return d, anchors, nil
}

// spanIn is a span as a file states it: offsets in a unit yet to be worked
// out, and the text it covers when the file says, with the text around it
// when the file says that too.
type spanIn struct {
	name           string // how the user finds it in the file: "span 2"
	start, end     int
	label          string
	text           *string
	prefix, suffix string
	units          []Unit // to try its offsets in, in order; nil when it has none
}

// where names s and its offsets for a message.
func (s spanIn) where() string {
	if s.units == nil {
		return s.name
	}
	return fmt.Sprintf("%s [%d,%d)", s.name, s.start, s.end)
}

var codePointsOnly = []Unit{CodePoints}

// place finds where s lies in d's text: in the first of its units under
// which it fits and its text matches, or else by its text (see anchor).
func (d *Document) place(s spanIn, labels LabelSet) (Span, *Anchor, error) {
	if err := s.check(labels); err != nil {
		return Span{}, nil, err
	}
	var err error
	for _, u := range s.units {
		var span Span
		if span, err = d.placeIn(s, u); err == nil {
			return span, nil, nil
		}
	}
	if s.text == nil {
		return Span{}, nil, err
	}
	return d.anchor(s)
}

// check refuses a span without a label of the set or whose offsets cannot
// be those of any text.
func (s spanIn) check(labels LabelSet) error {
	where := s.where()
	switch {
	case s.label == "":
		return fmt.Errorf("%s has no label", where)
	case !labels.Has(s.label):
		return fmt.Errorf("%s: unknown label %q (known: %s)", where, s.label, strings.Join(labels.Names(), ", "))
	case s.units == nil:
		return nil
	case s.end < s.start:
		return fmt.Errorf("%s ends before it starts", where)
	case s.end == s.start:
		return fmt.Errorf("%s is empty", where)
	case s.start < 0:
		return fmt.Errorf("%s starts before the text", where)
	}
	return nil
}

func (d *Document) placeIn(s spanIn, u Unit) (Span, error) {
	where := s.where()
	if u != CodePoints {
		where += " in " + u.String()
	}
	x := d.Index()
	if s.end > x.Len(u) {
		return Span{}, fmt.Errorf("%s ends after the text, which is %d %s long", where, x.Len(u), u)
	}
	start, err := x.ToByte(s.start, u)
	end := 0
	if err == nil {
		end, err = x.ToByte(s.end, u)
	}
	if err != nil {
		var off *OffsetError
		errors.As(err, &off)
		return Span{}, fmt.Errorf("%s: offset %d %s", where, off.Offset, off.Reason)
	}
	covered := d.Text[start:end]
	if s.text != nil && *s.text != covered {
		return Span{}, fmt.Errorf("%s: its text %s differs from the text at those offsets, %s", where, quoteShort(*s.text), quoteShort(covered))
	}
	if allSpace(covered) {
		return Span{}, fmt.Errorf("%s holds only white space", where)
	}
	return Span{Start: start, End: end, Label: s.label}, nil
}

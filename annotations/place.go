package annotations

// Placing the spans a file states in the document's text: in the unit
// their offsets count, or by their text (anchor.go).

import (
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// parsed is one document read, with the spans it re-anchored.
type parsed struct {
	doc     *Document
	anchors []Anchor
	placed  []placedSpan // the spans placed, before merging, for a version's relations
}

// documents checks the task's text and makes its documents: one, or one per
// version (see readAnnotations).
func (t *task) documents(labels LabelSet) ([]parsed, []string, error) {
	if t.text == nil {
		return nil, nil, errors.New(`no text: expected "text" or "data": {"text": ...}`)
	}
	if *t.text == "" {
		return nil, nil, errors.New("the text is empty")
	}
	if t.w3c { // the W3C export writes these anew
		t.extra = slices.DeleteFunc(t.extra, func(f Field) bool { return f.Key == "@context" || f.Key == "type" })
	}
	if len(t.versions) == 0 {
		p, warnings, err := t.document(t.answer, t.extra, t.spans, labels)
		if err == nil && t.w3c {
			dropWrittenID(p.doc)
		}
		return []parsed{p}, warnings, err
	}
	var docs []parsed
	var warnings []string
	for _, v := range t.versions {
		p, said, err := t.document(v.answer(t.answer), v.extra(t.extra), slices.Concat(t.spans, v.spans), labels)
		if err != nil {
			return nil, nil, err
		}
		said = append(said, v.checkRelations(p)...)
		docs, warnings = append(docs, p), append(warnings, said...)
	}
	return docs, append(versionsSaid(t.versions), warnings...), nil
}

// dropWrittenID drops the "id" of a W3C page that spantag's W3C export gave
// it from the document's own id (documentIRI): the export writes it anew,
// and a round trip gives back the document as it was.
func dropWrittenID(d *Document) {
	at := slices.IndexFunc(d.Extra, func(f Field) bool { return f.Key == "id" })
	if at < 0 {
		return
	}
	var id string
	if json.Unmarshal(d.Extra[at].Value, &id) != nil {
		return
	}
	without := *d
	without.Extra = slices.Delete(slices.Clone(d.Extra), at, at+1)
	if id == documentIRI(without.ID()) {
		d.Extra = without.Extra
		if len(d.Extra) == 0 {
			d.Extra = nil // as a document read without extra keys has
		}
	}
}

// document places spans in the task's text; spans that cannot be placed by
// their text are kept aside, and so are spans merged with others, which the
// warnings say.
func (t *task) document(answer Answer, extra []Field, spans []spanIn, labels LabelSet) (parsed, []string, error) {
	d := &Document{Text: *t.text, Meta: t.meta, Answer: answer, Extra: extra}
	var anchors []Anchor
	var aside []byte
	if len(spans) > 0 { // placing them needs the offset index: built pausing
		if err := d.BuildIndex(t.pause); err != nil {
			return parsed{}, nil, err
		}
	}
	placed := make([]placedSpan, 0, len(spans))
	for i, s := range spans {
		if i%spansBetweenPauses == spansBetweenPauses-1 {
			if err := t.pause(); err != nil {
				return parsed{}, nil, err
			}
		}
		span, a, err := d.place(s, labels)
		var unusable *spanError
		if t.keepUnusable && errors.As(err, &unusable) { // kept aside, as a span whose text is not found
			a, err = d.unusable(s, unusable), nil
		}
		if err != nil {
			return parsed{}, nil, err
		}
		if a != nil {
			anchors = append(anchors, *a)
		}
		if a != nil && a.Aside {
			aside = appendAsideEntry(aside, appendAside(nil, s, a))
			continue
		}
		placed = append(placed, placedSpan{s.name, span})
		if s.origin != (Origin{}) {
			o := s.origin
			o.Span = span
			d.Origins = append(d.Origins, o)
		}
	}
	warnings := unsureSaid(d.Text, spans)
	kept := parsed{doc: d, anchors: anchors}
	if len(t.versions) > 0 {
		kept.placed = slices.Clone(placed)
	}
	var merges []string
	d.Spans, aside, merges = d.mergePlaced(placed, aside)
	warnings = append(warnings, merges...)
	d.keepPlacedOrigins()
	if len(aside) > 0 {
		d.Extra = keepAside(d.Extra, aside)
	}
	return kept, warnings, nil
}

// unsureSaid says which spans were read in code points though their
// offsets may count UTF-16 units, when a character outside the Basic
// Multilingual Plane (an emoji), which the two count differently, comes
// before their end: nothing in the file tells which was meant.
func unsureSaid(text string, spans []spanIn) []string {
	wide, at := -1, 0
	for _, r := range text {
		if r > 0xFFFF {
			wide = at
			break
		}
		at++
	}
	if wide < 0 {
		return nil
	}
	var names []string
	for _, s := range spans {
		if s.unsure && s.end > wide {
			names = append(names, s.where())
		}
	}
	if len(names) == 0 {
		return nil
	}
	return []string{fmt.Sprintf("%s read in code points; Label Studio's editor may count UTF-16 units, in which U+%04X at code point %d counts twice, and without the region's \"text\" nothing tells which was meant: check where they fall", listNames(names), []rune(text)[wide], wide)}
}

// listNames names up to three spans and says how many more there are.
func listNames(names []string) string {
	if len(names) <= 3 {
		return strings.Join(names, ", ")
	}
	return fmt.Sprintf("%s and %d more", strings.Join(names[:3], ", "), len(names)-3)
}

// spansBetweenPauses is how many spans are placed between two pauses: some
// 5 ms of the page's work.
const spansBetweenPauses = 1000

// appendAsideEntry appends one entry to the list of spans kept aside.
func appendAsideEntry(aside, entry []byte) []byte {
	if len(aside) > 0 {
		aside = append(aside, ',')
	}
	return append(aside, entry...)
}

// placedSpan is a span placed in the text, with its name in the file.
type placedSpan struct {
	name string
	Span
}

// mergePlaced returns spans sorted, without exact duplicates, and with the
// spans of one label that overlap merged into one, as the editor merges
// them. Each merge is said, and the spans it merged are kept aside as they
// were, appended to aside.
func (d *Document) mergePlaced(spans []placedSpan, aside []byte) ([]Span, []byte, []string) {
	slices.SortStableFunc(spans, func(a, b placedSpan) int { return cmp.Or(cmp.Compare(a.Label, b.Label), compareSpans(a.Span, b.Span)) })
	spans = slices.CompactFunc(spans, func(a, b placedSpan) bool { return a.Span == b.Span })
	var merged []Span // nil for none, as a document without spans has
	if len(spans) > 0 {
		merged = make([]Span, 0, len(spans))
	}
	var warnings []string
	for i := 0; i < len(spans); {
		group := spans[i : i+1]
		end := spans[i].End
		for j := i + 1; j < len(spans) && spans[j].Label == spans[i].Label && spans[j].Start < end; j++ {
			group = spans[i : j+1]
			end = max(end, spans[j].End)
		}
		one := Span{spans[i].Start, end, spans[i].Label}
		merged = append(merged, one)
		i += len(group)
		if len(group) == 1 {
			continue
		}
		var names []string
		for _, s := range group {
			names = append(names, s.name+" "+d.cpRange(s.Span))
			aside = appendAsideEntry(aside, d.appendMerged(nil, s.Span, one))
		}
		warnings = append(warnings, fmt.Sprintf("%s spans overlap: %s merged into %s; the spans as they were are kept in %s",
			one.Label, inWords(names), d.cpRange(one), asideKey))
	}
	slices.SortFunc(merged, compareSpans)
	return merged, aside, warnings
}

// cpRange writes s's offsets in code points: "[3,9)".
func (d *Document) cpRange(s Span) string {
	x := d.Index()
	start, _ := x.FromByte(s.Start, CodePoints)
	end, _ := x.FromByte(s.End, CodePoints)
	return fmt.Sprintf("[%d,%d)", start, end)
}

// appendMerged appends the entry of _kept_aside for span s, merged into
// one: its offsets in code points, label, text and why it is there.
func (d *Document) appendMerged(b []byte, s, into Span) []byte {
	x := d.Index()
	start, _ := x.FromByte(s.Start, CodePoints)
	end, _ := x.FromByte(s.End, CodePoints)
	b = appendInt(append(b, `{"start":`...), start)
	b = appendInt(field(b, "end"), end)
	b = appendJSONString(field(b, "label"), s.Label)
	b = appendJSONString(field(b, "text"), d.Text[s.Start:s.End])
	b = appendJSONString(field(b, "reason"), "merged with the "+s.Label+" spans it overlaps into "+d.cpRange(into))
	return append(b, '}')
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
	origin         Origin // its "pattern" or "source" and its "id", without its Span
	unsure         bool   // its offsets may count UTF-16 units, and no text tells (a Label Studio region without "text")
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
	var problem string
	switch {
	case s.label == "":
		problem = " has no label"
	case !labels.Has(s.label):
		problem = fmt.Sprintf(": unknown label %q (known: %s)", s.label, strings.Join(labels.Names(), ", "))
	case s.units == nil:
		return nil
	case s.end < s.start:
		problem = " ends before it starts"
	case s.end == s.start:
		problem = " is empty"
	case s.start < 0:
		problem = " starts before the text"
	default:
		return nil
	}
	return &spanError{s.where(), problem} // named only on error: where formats
}

// spanError is why a span cannot be placed: where names it, problem says why
// (" is empty", ": unknown label …").
type spanError struct{ where, problem string }

func (e *spanError) Error() string { return e.where + e.problem }

// reason is the problem as the reason a span was kept aside: "it is empty",
// "unknown label …".
func (e *spanError) reason() string {
	if r, ok := strings.CutPrefix(e.problem, ": "); ok {
		return r
	}
	return "it" + e.problem
}

// unusable is the Anchor of span s, which cannot be placed for the reason e
// gives: kept aside, with the text at its offsets when it has none and they
// fit, so that the entry kept is whole.
func (d *Document) unusable(s spanIn, e *spanError) *Anchor {
	a := &Anchor{Span: s.name, Label: s.label, Aside: true, Reason: e.reason()}
	if s.units != nil {
		a.From = [2]int{s.start, s.end}
	}
	if s.text != nil {
		a.Text = *s.text
	} else if start, end, ok := d.codePointRange(s.start, s.end); ok && s.units != nil {
		a.Text = d.Text[start:end]
	}
	return a
}

// codePointRange is the byte range of code points [start, end) of the text, if it has them.
func (d *Document) codePointRange(start, end int) (int, int, bool) {
	x := d.Index()
	if start < 0 || end <= start || end > x.Len(CodePoints) {
		return 0, 0, false
	}
	b0, err0 := x.ToByte(start, CodePoints)
	b1, err1 := x.ToByte(end, CodePoints)
	return b0, b1, err0 == nil && err1 == nil
}

func (d *Document) placeIn(s spanIn, u Unit) (Span, error) {
	// Named only on error: a file of thousands of spans places them all.
	where := func() string {
		if u == CodePoints {
			return s.where()
		}
		return s.where() + " in " + u.String()
	}
	x := d.Index()
	if s.end > x.Len(u) {
		return Span{}, &spanError{where(), fmt.Sprintf(" ends after the text, which is %d %s long", x.Len(u), u)}
	}
	start, err := x.ToByte(s.start, u)
	end := 0
	if err == nil {
		end, err = x.ToByte(s.end, u)
	}
	if err != nil {
		var off *OffsetError
		errors.As(err, &off)
		return Span{}, &spanError{where(), fmt.Sprintf(": offset %d %s", off.Offset, off.Reason)}
	}
	covered := d.Text[start:end]
	if s.text != nil && *s.text != covered {
		return Span{}, &spanError{where(), fmt.Sprintf(": its text %s differs from the text at those offsets, %s", quoteShort(*s.text), quoteShort(covered))}
	}
	if allSpace(covered) {
		return Span{}, &spanError{where(), " holds only white space"}
	}
	return Span{Start: start, End: end, Label: s.label}, nil
}

// inWords lists items as a sentence does: "a, b and c".
func inWords(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}

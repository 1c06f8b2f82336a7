package annotations

import (
	"fmt"
	"slices"
)

// Edit is one change to a document, small enough to journal as one record and
// replay: remove the spans in Remove, then add those in Add, then set the
// answer if Answer is set. Offsets are bytes, as everywhere in the core.
type Edit struct {
	Remove []Span      `json:"remove,omitempty"`
	Add    []Span      `json:"add,omitempty"`
	Answer *AnswerEdit `json:"answer,omitempty"`

	// Origins is the provenance of spans in Add and Remove that have one.
	Origins []Origin `json:"origins,omitempty"`
	// Suggestions offered and taken away (accepted or rejected), and
	// rejections remembered and forgotten (suggest.go).
	Suggest   []Suggestion `json:"suggest,omitempty"`
	Unsuggest []Suggestion `json:"unsuggest,omitempty"`
	Reject    []Span       `json:"reject,omitempty"`
	Unreject  []Span       `json:"unreject,omitempty"`
}

// AnswerEdit changes a document's answer.
type AnswerEdit struct {
	From Answer `json:"from"`
	To   Answer `json:"to"`
}

// Empty reports whether the edit changes nothing.
func (e Edit) Empty() bool {
	return len(e.Remove) == 0 && len(e.Add) == 0 && e.Answer == nil &&
		len(e.Suggest) == 0 && len(e.Unsuggest) == 0 && len(e.Reject) == 0 && len(e.Unreject) == 0
}

// Inverse is the edit that undoes e.
func (e Edit) Inverse() Edit {
	inv := Edit{Remove: e.Add, Add: e.Remove, Origins: e.Origins,
		Suggest: e.Unsuggest, Unsuggest: e.Suggest, Reject: e.Unreject, Unreject: e.Reject}
	if e.Answer != nil {
		inv.Answer = &AnswerEdit{From: e.Answer.To, To: e.Answer.From}
	}
	return inv
}

// Drawn lists the spans whose drawing e changes: those it removes and
// adds, and those of the suggestions it offers and takes away; none when
// it changes no span and no suggestion.
func (e Edit) Drawn() []Span {
	return slices.Concat(e.Remove, e.Add, spansOfSuggestions(e.Suggest), spansOfSuggestions(e.Unsuggest))
}

// SetAnswer plans giving the document answer a.
func (d *Document) SetAnswer(a Answer) (Edit, error) {
	if !a.Valid() {
		return Edit{}, fmt.Errorf("%q is not an answer (accept, reject or ignore)", a)
	}
	if a == d.Answer {
		return Edit{}, nil
	}
	return Edit{Answer: &AnswerEdit{From: d.Answer, To: a}}, nil
}

// Apply carries out e. It fails, changing nothing, when e does not fit the
// document: a span to remove that is missing, one to add that exists or does
// not fit the text, or an answer that is not the current one.
func (d *Document) Apply(e Edit) error {
	if err := d.check(e); err != nil {
		return err
	}
	if len(e.Remove)+len(e.Add) > bulkEdit {
		d.applyBulk(e)
	} else {
		for _, s := range e.Remove {
			i, _ := d.Find(s)
			d.Spans = slices.Delete(d.Spans, i, i+1)
		}
		for _, s := range e.Add {
			i, _ := d.Find(s)
			d.Spans = slices.Insert(d.Spans, i, s)
		}
	}
	if e.Answer != nil {
		d.Answer = e.Answer.To
	}
	d.applyOrigins(e)
	d.applySuggestions(e)
	return nil
}

// bulkEdit is how many spans an edit changes before Apply rebuilds the
// span list in one pass rather than moving it for each span: accepting or
// undoing thousands of spans at once costs n log n, not n².
const bulkEdit = 64

// applyBulk removes e.Remove from d's spans and merges e.Add in, in one
// pass each; check has passed.
func (d *Document) applyBulk(e Edit) {
	removed := make(map[Span]bool, len(e.Remove))
	for _, s := range e.Remove {
		removed[s] = true
	}
	kept := slices.DeleteFunc(d.Spans, func(s Span) bool { return removed[s] })
	add := slices.SortedFunc(slices.Values(e.Add), compareSpans)
	merged := make([]Span, 0, len(kept)+len(add))
	for len(kept) > 0 || len(add) > 0 {
		if len(add) == 0 || len(kept) > 0 && compareSpans(kept[0], add[0]) < 0 {
			merged, kept = append(merged, kept[0]), kept[1:]
		} else {
			merged, add = append(merged, add[0]), add[1:]
		}
	}
	d.Spans = merged
}

func (d *Document) check(e Edit) error {
	removed := make(map[Span]bool, len(e.Remove))
	for _, s := range e.Remove {
		if _, ok := d.Find(s); !ok {
			return fmt.Errorf("edit removes %v, which the document does not have", s)
		}
		if removed[s] {
			return fmt.Errorf("edit removes %v twice", s)
		}
		removed[s] = true
	}
	added := make(map[Span]bool, len(e.Add))
	for _, s := range e.Add {
		if err := d.checkSpan(s); err != nil {
			return err
		}
		if _, ok := d.Find(s); ok && !removed[s] {
			return fmt.Errorf("edit adds %v, which the document has already", s)
		}
		if added[s] {
			return fmt.Errorf("edit adds %v twice", s)
		}
		added[s] = true
	}
	a := e.Answer
	if a != nil && !a.To.Valid() {
		return fmt.Errorf("edit changes the answer to %q, which is not an answer", a.To)
	}
	if a != nil && a.From != d.Answer {
		return fmt.Errorf("edit changes the answer from %q to %q, but it is %q", a.From, a.To, d.Answer)
	}
	return nil
}

// History is a document's undo and redo stacks.
type History struct {
	Done   []Edit `json:"done,omitempty"`
	Undone []Edit `json:"undone,omitempty"`
}

// Do applies e to d and records it; a new change forgets what was undone.
func (h *History) Do(d *Document, e Edit) error {
	if e.Empty() {
		return nil
	}
	if err := d.Apply(e); err != nil {
		return err
	}
	h.Done = append(h.Done, e)
	h.Undone = h.Undone[:0]
	return nil
}

// Undo reverts the last change and returns the edit it applied (false if
// there was nothing to undo).
func (h *History) Undo(d *Document) (Edit, bool, error) {
	return h.move(d, &h.Done, &h.Undone, Edit.Inverse)
}

// Redo applies again the last change undone.
func (h *History) Redo(d *Document) (Edit, bool, error) {
	return h.move(d, &h.Undone, &h.Done, func(e Edit) Edit { return e })
}

func (h *History) move(d *Document, from, to *[]Edit, turn func(Edit) Edit) (Edit, bool, error) {
	if len(*from) == 0 {
		return Edit{}, false, nil
	}
	e := (*from)[len(*from)-1]
	applied := turn(e)
	if err := d.Apply(applied); err != nil {
		return Edit{}, false, err
	}
	*from = (*from)[:len(*from)-1]
	*to = append(*to, e)
	return applied, true, nil
}

// String shows the edit's spans and answer, then its suggestions' parts if
// it has any, as messages name it.
func (e Edit) String() string {
	s := fmt.Sprintf("{%v %v %v", e.Remove, e.Add, e.Answer)
	if len(e.Suggest)+len(e.Unsuggest)+len(e.Reject)+len(e.Unreject) > 0 {
		s += fmt.Sprintf(" suggest %v unsuggest %v reject %v unreject %v",
			spansOfSuggestions(e.Suggest), spansOfSuggestions(e.Unsuggest), e.Reject, e.Unreject)
	}
	return s + "}"
}

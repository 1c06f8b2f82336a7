package annotations

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// Suggestions are spans that are not spans yet: something (a pattern, the
// same words labelled elsewhere, the boilerplate detector, a model) says a
// stretch of text may deserve a label, and the annotator accepts or rejects
// it. They live beside the spans, never among them, so that no export takes
// one for a span until it is accepted.

// From names where a suggestion comes from.
type From string

const (
	FromPattern     From = "pattern"
	FromOccurrence  From = "occurrence"
	FromBoilerplate From = "boilerplate"
	FromModel       From = "model"
)

// Reason is why a suggestion exists, as a person reads it.
type Reason struct {
	From From   `json:"from"`
	Text string `json:"text"` // "pattern line 3", "repeats in 37 of 40 documents", "model 0.82"
	// Pattern is the pattern's id, else its line number, as a JSON value
	// (`"ukraine"`, `3`): what an accepted span carries as "pattern".
	Pattern string  `json:"pattern,omitempty"`
	Score   float64 `json:"score,omitempty"` // a model's confidence
}

// Suggestion is a span suggested, with every reason given for it: several
// sources suggesting the same span make one suggestion.
type Suggestion struct {
	Span
	Reasons []Reason `json:"reasons"`
}

// Origin is the provenance an accepted suggestion leaves on its span:
// Pattern (a JSON value) for a pattern's, as Prodigy's spans carry it,
// else Source ("occurrence", "boilerplate", "model").
type Origin struct {
	Span
	Pattern string `json:"pattern,omitempty"`
	Source  string `json:"source,omitempty"`
	// ID is the span's id in the file it was read from (doccano's entity
	// "id", compact JSON), which that file's relations join it by.
	ID string `json:"id,omitempty"`
}

// originOf is the provenance accepting g gives its span.
func originOf(g Suggestion) Origin {
	for _, r := range g.Reasons {
		if r.From == FromPattern && r.Pattern != "" {
			return Origin{Span: g.Span, Pattern: r.Pattern}
		}
	}
	o := Origin{Span: g.Span}
	if len(g.Reasons) > 0 && g.Reasons[0].From != FromReview { // a reviewed span is the gold's own
		o.Source = string(g.Reasons[0].From)
	}
	return o
}

// Suggestion returns the open suggestion of span s and whether there is one.
func (d *Document) Suggestion(s Span) (Suggestion, bool) {
	i, ok := findSuggestion(d.Suggestions, s)
	if !ok {
		return Suggestion{}, false
	}
	return d.Suggestions[i], true
}

func findSuggestion(list []Suggestion, s Span) (int, bool) {
	return slices.BinarySearchFunc(list, s, func(g Suggestion, s Span) int { return compareSpans(g.Span, s) })
}

// Rejects reports whether the annotator rejected a suggestion of s.
func (d *Document) Rejects(s Span) bool {
	_, ok := slices.BinarySearchFunc(d.Rejected, s, compareSpans)
	return ok
}

// Origin returns the provenance of span s, if it has one.
func (d *Document) Origin(s Span) (Origin, bool) {
	i, ok := slices.BinarySearchFunc(d.Origins, s, func(o Origin, s Span) int { return compareSpans(o.Span, s) })
	if !ok {
		return Origin{}, false
	}
	return d.Origins[i], true
}

// Suggest plans offering the suggestions in list, several of which may be
// of one span: their reasons are joined, and joined with those of a
// suggestion of that span already open. It leaves out a suggestion the
// annotator rejected, one that does not fit the text, and one that a span
// of its label holds already (accepting it would change nothing).
func (d *Document) Suggest(list []Suggestion) Edit {
	var e Edit
	joined := joinSuggestions(list)
	held := newHolders(d.Spans)
	for _, g := range joined {
		if d.Rejects(g.Span) || !d.fits(g.Span) || held.hold(g.Span) {
			continue
		}
		if old, ok := d.Suggestion(g.Span); ok {
			reasons := joinReasons(old.Reasons, g.Reasons)
			if len(reasons) == len(old.Reasons) {
				continue // nothing new
			}
			e.Unsuggest = append(e.Unsuggest, old)
			g.Reasons = reasons
		}
		e.Suggest = append(e.Suggest, g)
	}
	return e
}

// fits reports whether s is a span of d's text: labelled, not empty, its
// ends between code points. It is checkSpan without the offset index,
// which a long document's suggestions should not have to build.
func (d *Document) fits(s Span) bool {
	onRune := func(b int) bool { return b == len(d.Text) || utf8.RuneStart(d.Text[b]) }
	return s.Label != "" && 0 <= s.Start && s.Start < s.End && s.End <= len(d.Text) && onRune(s.Start) && onRune(s.End)
}

// holders tell, for many spans at a time, whether a span of their label
// holds them: per label, the spans' starts in order and the furthest end
// reached by a span starting there or before.
type holders map[string]*held

type held struct{ starts, furthest []int }

// newHolders makes the holders of spans with one map look-up a span:
// offering suggestions in slices makes them anew at every slice (for the
// article's 5,000 spans, a map assignment a span was most of a slice).
func newHolders(spans []Span) holders {
	h := holders{}
	for _, s := range spans { // in order of start
		l := h[s.Label]
		if l == nil {
			l = &held{}
			h[s.Label] = l
		}
		end := s.End
		if n := len(l.furthest); n > 0 {
			end = max(end, l.furthest[n-1])
		}
		l.starts, l.furthest = append(l.starts, s.Start), append(l.furthest, end)
	}
	return h
}

// hold reports whether a span of s's label contains s: one starting at or
// before it reaches its end.
func (h holders) hold(s Span) bool {
	l := h[s.Label]
	if l == nil {
		return false
	}
	n, _ := slices.BinarySearch(l.starts, s.Start+1) // the spans starting at or before s
	return n > 0 && l.furthest[n-1] >= s.End
}

// joinSuggestions sorts list and makes one suggestion of each span.
func joinSuggestions(list []Suggestion) []Suggestion {
	list = slices.Clone(list)
	slices.SortStableFunc(list, func(a, b Suggestion) int { return compareSpans(a.Span, b.Span) })
	var out []Suggestion
	for _, g := range list {
		if n := len(out); n > 0 && out[n-1].Span == g.Span {
			out[n-1].Reasons = joinReasons(out[n-1].Reasons, g.Reasons)
			continue
		}
		g.Reasons = joinReasons(nil, g.Reasons)
		out = append(out, g)
	}
	return out
}

// joinReasons is a followed by the reasons of b it does not hold.
func joinReasons(a, b []Reason) []Reason {
	out := slices.Clone(a)
	for _, r := range b {
		if !slices.Contains(out, r) {
			out = append(out, r)
		}
	}
	return out
}

// AcceptSuggestion plans accepting the open suggestion of s: it becomes a
// span, merging with the spans of its label it overlaps as Add does, and
// carries the suggestion's provenance when it keeps its extent.
func (d *Document) AcceptSuggestion(s Span) (Edit, error) {
	g, ok := d.Suggestion(s)
	if !ok {
		return Edit{}, fmt.Errorf("no suggestion %v to accept", s)
	}
	return d.accept(g)
}

func (d *Document) accept(g Suggestion) (Edit, error) {
	e, err := d.Add(g.Span)
	if err != nil {
		return Edit{}, err
	}
	if len(e.Add) == 1 && e.Add[0] == g.Span {
		e.Origins = append(e.Origins, originOf(g))
		slices.SortFunc(e.Origins, func(a, b Origin) int { return compareSpans(a.Span, b.Span) })
	}
	if !slices.ContainsFunc(e.Unsuggest, func(o Suggestion) bool { return o.Span == g.Span }) {
		e.Unsuggest = append(e.Unsuggest, g) // a span of its label holds it already
	}
	return e, nil
}

// RejectSuggestion plans rejecting the open suggestion of s: it goes, and
// is remembered (by label and offsets) so that it does not come back.
func (d *Document) RejectSuggestion(s Span) (Edit, error) {
	g, ok := d.Suggestion(s)
	if !ok {
		return Edit{}, fmt.Errorf("no suggestion %v to reject", s)
	}
	return Edit{Unsuggest: []Suggestion{g}, Reject: []Span{g.Span}}, nil
}

// AcceptAll plans accepting, as one change, every open suggestion labelled
// label, or every one when label is "". They are accepted one after the
// other, as AcceptSuggestion would, merging with each other too.
func (d *Document) AcceptAll(label string) (Edit, error) {
	scratch := &Document{Text: d.Text, Spans: slices.Clone(d.Spans), Origins: slices.Clone(d.Origins), index: d.Index(), lines: d.lines}
	var taken []Suggestion
	for _, g := range d.Suggestions {
		if label != "" && g.Label != label {
			continue
		}
		e, err := scratch.accept(g)
		if err != nil {
			return Edit{}, err
		}
		e.Unsuggest = nil
		if err := scratch.Apply(e); err != nil {
			return Edit{}, err
		}
		taken = append(taken, g)
	}
	if len(taken) == 0 {
		return Edit{}, nil
	}
	e := Edit{
		Remove:    without(d.Spans, scratch.Spans),
		Add:       without(scratch.Spans, d.Spans),
		Unsuggest: taken,
	}
	for _, s := range e.Remove {
		e.Origins = withOrigin(e.Origins, d, s)
	}
	for _, s := range e.Add {
		e.Origins = withOrigin(e.Origins, scratch, s)
	}
	return e, nil
}

// without is the spans of a that b does not have; both are sorted.
func without(a, b []Span) []Span {
	var out []Span
	for _, s := range a {
		if _, ok := slices.BinarySearchFunc(b, s, compareSpans); !ok {
			out = append(out, s)
		}
	}
	return out
}

func withOrigin(list []Origin, d *Document, s Span) []Origin {
	if o, ok := d.Origin(s); ok {
		return append(list, o)
	}
	return list
}

// keepOrigins adds to e the provenance of the spans it removes, so that
// undoing it gives them back with it.
func (d *Document) keepOrigins(e Edit) Edit {
	for _, s := range e.Remove {
		e.Origins = withOrigin(e.Origins, d, s)
	}
	return e
}

// NextSuggestion is the first open suggestion after the one at s (in
// order of start, end and label), or before it when back; it wraps round.
// From the zero Span it is the first or the last.
func (d *Document) NextSuggestion(s Span, back bool) (Suggestion, bool) {
	n := len(d.Suggestions)
	if n == 0 {
		return Suggestion{}, false
	}
	i, found := findSuggestion(d.Suggestions, s)
	switch {
	case s == Span{}:
		i = map[bool]int{false: 0, true: n - 1}[back]
	case back:
		i = (i - 1 + n) % n
	case found:
		i = (i + 1) % n
	default:
		i %= n
	}
	return d.Suggestions[i], true
}

// reach is, for each open suggestion, the furthest end of those up to it:
// the suggestions that reach into a stretch of text are found by a binary
// search, not a walk through every one. It is built for one state of the
// list, told by its first element and length, and built again after.
type reach struct {
	of       *Suggestion
	n        int
	furthest []int
}

// SuggestionsOn returns the open suggestions that overlap [start, end), in order.
func (d *Document) SuggestionsOn(start, end int) []Suggestion {
	list := d.Suggestions
	if len(list) == 0 {
		return nil
	}
	if d.reach.of != &list[0] || d.reach.n != len(list) {
		d.reach = reach{of: &list[0], n: len(list), furthest: make([]int, len(list))}
		for i, g := range list {
			d.reach.furthest[i] = g.End
			if i > 0 {
				d.reach.furthest[i] = max(g.End, d.reach.furthest[i-1])
			}
		}
	}
	// The first that reaches past start; from there, those that start before end.
	from, _ := slices.BinarySearch(d.reach.furthest, start+1)
	var on []Suggestion
	for _, g := range list[from:] {
		if g.Start >= end {
			break
		}
		if g.End > start {
			on = append(on, g)
		}
	}
	return on
}

package annotations

import "slices"

// How edits carry suggestions and their provenance into a document, and
// what of them a stored state keeps and brings back.

// applySuggestions carries out the suggestion part of e, which never
// fails: offering a suggestion open already replaces it, and taking one
// away that is not there, or forgetting a rejection that is not, is
// nothing. Computed suggestions come and go, so a replayed change must
// not depend on them.
func (d *Document) applySuggestions(e Edit) {
	for _, g := range e.Unsuggest {
		if i, ok := findSuggestion(d.Suggestions, g.Span); ok {
			d.Suggestions = slices.Delete(d.Suggestions, i, i+1)
		}
	}
	for _, g := range e.Suggest {
		if i, ok := findSuggestion(d.Suggestions, g.Span); ok {
			d.Suggestions[i] = g
		} else {
			d.Suggestions = slices.Insert(d.Suggestions, i, g)
		}
	}
	for _, s := range e.Unreject {
		if i, ok := slices.BinarySearchFunc(d.Rejected, s, compareSpans); ok {
			d.Rejected = slices.Delete(d.Rejected, i, i+1)
		}
	}
	for _, s := range e.Reject {
		if i, ok := slices.BinarySearchFunc(d.Rejected, s, compareSpans); !ok {
			d.Rejected = slices.Insert(d.Rejected, i, s)
		}
	}
	d.Suggestions, d.Rejected = noneIfEmpty(d.Suggestions), noneIfEmpty(d.Rejected)
}

// noneIfEmpty is nil for an empty list, as a document that never had any
// holds: the store reads back none.
func noneIfEmpty[T any](list []T) []T {
	if len(list) == 0 {
		return nil
	}
	return list
}

// applyOrigins forgets the provenance of the spans e removes and records
// that of the spans it adds.
func (d *Document) applyOrigins(e Edit) {
	for _, s := range e.Remove {
		if i, ok := slices.BinarySearchFunc(d.Origins, s, func(o Origin, s Span) int { return compareSpans(o.Span, s) }); ok {
			d.Origins = slices.Delete(d.Origins, i, i+1)
		}
	}
	for _, s := range e.Add {
		k := slices.IndexFunc(e.Origins, func(o Origin) bool { return o.Span == s })
		if k < 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(d.Origins, s, func(o Origin, s Span) int { return compareSpans(o.Span, s) })
		d.Origins = slices.Insert(d.Origins, i, e.Origins[k])
	}
	d.Origins = noneIfEmpty(d.Origins)
}

func spansOfSuggestions(list []Suggestion) []Span {
	spans := make([]Span, len(list))
	for i, g := range list {
		spans[i] = g.Span
	}
	return spans
}

// restoreSuggestions gives d the provenance, open suggestions and
// rejections of s, refusing any that does not fit its text.
func (s State) restoreSuggestions(d *Document) error {
	for _, sp := range slices.Concat(s.Rejected, spansOfSuggestions(s.Suggestions)) {
		if err := d.checkSpan(sp); err != nil {
			return err
		}
	}
	d.Suggestions = joinSuggestions(s.Suggestions)
	d.Rejected = slices.Clone(s.Rejected)
	slices.SortFunc(d.Rejected, compareSpans)
	d.Rejected = slices.Compact(d.Rejected)
	d.Origins = nil
	for _, o := range s.Origins {
		if _, ok := d.Find(o.Span); ok {
			d.Origins = append(d.Origins, o)
		}
	}
	slices.SortFunc(d.Origins, func(a, b Origin) int { return compareSpans(a.Span, b.Span) })
	return nil
}

// Withdraw plans taking back what source from suggested: a suggestion
// only it gave goes, one that others gave too keeps their reasons. The
// rejections stay.
func (d *Document) Withdraw(from From) Edit {
	return d.withdrawIf(func(_ Span, r Reason) bool { return r.From == from })
}

// Renew plans taking back what the sources of froms suggested that fresh,
// what they suggest now, does not give again: a span they no longer
// suggest, or a reason that changed (a model's score after it learnt, a
// line's count of documents as more arrive), so that offering fresh then
// gives each span their reasons of now only, not beside those of before.
func (d *Document) Renew(fresh []Suggestion, froms ...From) Edit {
	now := map[Span][]Reason{}
	for _, g := range fresh {
		now[g.Span] = append(now[g.Span], g.Reasons...)
	}
	return d.withdrawIf(func(s Span, r Reason) bool {
		return slices.Contains(froms, r.From) && !slices.Contains(now[s], r)
	})
}

// withdrawIf plans taking back the reasons for which gone is true, and the
// suggestions left with none.
func (d *Document) withdrawIf(gone func(Span, Reason) bool) Edit {
	var e Edit
	for _, g := range d.Suggestions {
		kept := slices.DeleteFunc(slices.Clone(g.Reasons), func(r Reason) bool { return gone(g.Span, r) })
		if len(kept) == len(g.Reasons) {
			continue
		}
		e.Unsuggest = append(e.Unsuggest, g)
		if len(kept) > 0 {
			e.Suggest = append(e.Suggest, Suggestion{g.Span, kept})
		}
	}
	return e
}

// computedFrom are the sources whose suggestions are computed again each
// time a document is shown: the store keeps the decisions on them, never
// the suggestions, so that it does not grow with a long queue.
var computedFrom = []From{FromPattern, FromBoilerplate, FromModel}

// asked is the suggestions of list that are not only computed ones: those
// the annotator asked for (every occurrence), which nothing computes again.
func asked(list []Suggestion) []Suggestion {
	var kept []Suggestion
	for _, g := range list {
		if slices.ContainsFunc(g.Reasons, func(r Reason) bool { return !slices.Contains(computedFrom, r.From) }) {
			kept = append(kept, g)
		}
	}
	return kept
}

package agree

import (
	"slices"
	"strings"

	"spantag/annotations"
)

// Review is the document a reviewer starts from, as the page's review
// shows it: the text and keys of Gold (with Prodigy review's "versions",
// each with its "sessions"), no answer yet (the reviewer gives it), and as
// spans those that every version made when acceptAgreed (all of a document
// that one annotator alone has: a split's); each other span of a version is
// a suggestion (see annotations.FromReview) whose reason names who made it,
// by session as the versions do, so that the reviewer takes or leaves it.
func (vs Versions) Review(acceptAgreed bool) (*annotations.Document, error) {
	d, err := vs.Gold()
	if err != nil {
		return nil, err
	}
	d.Answer = annotations.Unanswered
	d.Spans, d.Suggestions = nil, nil
	d.Origins, d.Rejected = nil, nil
	by := map[annotations.Span][]string{}
	var spans []annotations.Span
	for _, v := range vs.Of {
		for _, s := range v.Doc.Spans {
			if len(by[s]) == 0 {
				spans = append(spans, s)
			}
			if who := sessionOf(v); !slices.Contains(by[s], who) {
				by[s] = append(by[s], who)
			}
		}
	}
	slices.SortFunc(spans, annotations.CompareSpans)
	for _, s := range spans {
		if acceptAgreed && len(by[s]) == len(vs.Of) {
			d.Spans = append(d.Spans, s)
			continue
		}
		d.Suggestions = append(d.Suggestions, annotations.Suggestion{Span: s, Reasons: []annotations.Reason{
			{From: annotations.FromReview, Text: strings.Join(by[s], ", ")},
		}})
	}
	return d, nil
}

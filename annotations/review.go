package annotations

import (
	"encoding/json"
	"fmt"
	"slices"
)

// A reviewed document (package agree makes one of several annotators'
// versions) keeps Prodigy review's "versions" key: each distinct version's
// spans, answer and "sessions", who made it. The spans some annotators made
// and not all are suggestions from FromReview until the reviewer decides.

// FromReview marks a suggestion that is a span some annotators made and
// others did not; its reason names who made it.
const FromReview From = "review"

// CompareSpans orders spans as a document keeps them: by start, end, label.
func CompareSpans(a, b Span) int { return compareSpans(a, b) }

// ReviewVersion is one version of a reviewed document, as its "versions"
// key holds it, with byte offsets.
type ReviewVersion struct {
	Spans    []Span
	Answer   Answer
	Sessions []string // who made it
}

// ReviewVersions reads d's "versions" key; it returns none when d has no
// such key, and an error naming the version whose span does not fit.
func (d *Document) ReviewVersions() ([]ReviewVersion, error) {
	i := slices.IndexFunc(d.Extra, func(f Field) bool { return f.Key == "versions" })
	if i < 0 {
		return nil, nil
	}
	var raw []struct {
		Spans []struct {
			Start, End int
			Label      string
		} `json:"spans"`
		Answer   Answer   `json:"answer"`
		Sessions []string `json:"sessions"`
	}
	if err := json.Unmarshal(d.Extra[i].Value, &raw); err != nil {
		return nil, fmt.Errorf(`"versions": %w`, err)
	}
	x := d.Index()
	out := make([]ReviewVersion, len(raw))
	for k, v := range raw {
		out[k] = ReviewVersion{Answer: v.Answer, Sessions: v.Sessions}
		for _, s := range v.Spans {
			start, err1 := x.ToByte(s.Start, CodePoints)
			end, err2 := x.ToByte(s.End, CodePoints)
			span := Span{Start: start, End: end, Label: s.Label}
			if err := cmpErr(err1, err2, d.checkSpan(span)); err != nil {
				return nil, fmt.Errorf(`"versions": version %d: span %d–%d: %w`, k+1, s.Start, s.End, err)
			}
			out[k].Spans = append(out[k].Spans, span)
		}
		slices.SortFunc(out[k].Spans, compareSpans)
		out[k].Spans = slices.Compact(out[k].Spans) // a span given twice is one
	}
	return out, nil
}

// VersionHeld is the first of vs whose spans are exactly d's, or -1: after a
// reload, the version the reviewer took.
func (d *Document) VersionHeld(vs []ReviewVersion) int {
	return slices.IndexFunc(vs, func(v ReviewVersion) bool { return slices.Equal(v.Spans, d.Spans) })
}

func cmpErr(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// TakeVersion plans taking version v as the document's spans, in one
// change: the spans v does not have go, those it has come, and the open
// suggestions go (the reviewer has decided), without being remembered as
// rejected. The answer is left as it is.
func (d *Document) TakeVersion(v ReviewVersion) Edit {
	var e Edit
	for _, s := range d.Spans {
		if _, ok := slices.BinarySearchFunc(v.Spans, s, compareSpans); !ok {
			e.Remove = append(e.Remove, s)
		}
	}
	for _, s := range v.Spans {
		if _, ok := d.Find(s); !ok {
			e.Add = append(e.Add, s)
		}
	}
	e.Unsuggest = slices.Clone(d.Suggestions)
	for _, s := range e.Remove {
		e.Origins = withOrigin(e.Origins, d, s)
	}
	return e
}

package agree

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"spantag/annotations"
)

// Unanimous says whether every version of vs has the same spans and the
// same answer, as the command line's review --auto takes a document as
// gold without a reviewer; a document with one version is unanimous.
func (vs Versions) Unanimous() bool {
	first := vs.Of[0].Doc
	for _, v := range vs.Of[1:] {
		if v.Doc.Answer != first.Answer || !slices.Equal(v.Doc.Spans, first.Spans) {
			return false
		}
	}
	return true
}

// Gold is the document that vs agree on (see Unanimous) as a reviewed
// document: the first version, without its "_annotator_id" and
// "_session_id" (it is no longer one annotator's), with Prodigy review's
// "versions" key, which keeps who made it: one version per distinct set of
// spans and answer, with its "spans", "answer" (none when unanswered), "_task_hash" and
// "sessions" (the "_session_id" of each annotator who made it, else the
// annotator), and "default" true for the first.
func (vs Versions) Gold() (*annotations.Document, error) {
	gold := *vs.Of[0].Doc
	gold.Extra = slices.DeleteFunc(slices.Clone(gold.Extra), func(f annotations.Field) bool {
		return f.Key == "_annotator_id" || f.Key == "_session_id" || f.Key == "versions"
	})
	versions, err := vs.versionsJSON()
	if err != nil {
		return nil, err
	}
	gold.Extra = append(gold.Extra, annotations.Field{Key: "versions", Value: versions})
	return &gold, nil
}

func (vs Versions) versionsJSON() (json.RawMessage, error) {
	var groups [][]Versioned // versions with the same spans and answer
	for _, v := range vs.Of {
		i := slices.IndexFunc(groups, func(g []Versioned) bool {
			return g[0].Doc.Answer == v.Doc.Answer && slices.Equal(g[0].Doc.Spans, v.Doc.Spans)
		})
		if i < 0 {
			groups = append(groups, nil)
			i = len(groups) - 1
		}
		groups[i] = append(groups[i], v)
	}
	b := []byte{'['}
	for i, g := range groups {
		spans, err := g[0].Doc.SpansJSON()
		if err != nil {
			return nil, fmt.Errorf("%s's version: %w", g[0].Annotator, err)
		}
		hash, _ := g[0].Doc.TaskHash() // the spans were written: it cannot fail
		sessions := make([]string, len(g))
		for k, v := range g {
			sessions[k] = sessionOf(v)
		}
		names, _ := json.Marshal(sessions)
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"spans":`...)
		b = append(b, spans...)
		if g[0].Doc.Answer != annotations.Unanswered { // Prodigy's answers are accept, reject and ignore: none is left out
			answer, _ := json.Marshal(g[0].Doc.Answer)
			b = append(b, `,"answer":`...)
			b = append(b, answer...)
		}
		b = append(b, `,"_task_hash":`...)
		b = strconv.AppendInt(b, int64(hash), 10)
		b = append(b, `,"sessions":`...)
		b = append(b, names...)
		b = append(b, `,"default":`...)
		b = strconv.AppendBool(b, i == 0)
		b = append(b, '}')
	}
	return append(b, ']'), nil
}

// sessionOf is v's "_session_id" (a string), else its annotator.
func sessionOf(v Versioned) string {
	i := slices.IndexFunc(v.Doc.Extra, func(f annotations.Field) bool { return f.Key == "_session_id" })
	var s string
	if i >= 0 && json.Unmarshal(v.Doc.Extra[i].Value, &s) == nil && s != "" {
		return s
	}
	return v.Annotator
}

// Disputed is a document the versions of which differ, as review --auto
// lists it: who has a version, each one's answer, and the spans that not
// every one of them made, with who made each. Offsets are code points.
type Disputed struct {
	ID         string            `json:"id"`
	InputHash  int32             `json:"_input_hash"`
	Annotators []string          `json:"annotators"`
	Answers    map[string]string `json:"answers"`
	Spans      []DisputedSpan    `json:"disputed_spans"`
}

// DisputedSpan is a span that some annotators of a document made, not all.
type DisputedSpan struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Label string   `json:"label"`
	Text  string   `json:"text"`
	By    []string `json:"by"`
}

// Dispute lists what vs differ on.
func (vs Versions) Dispute() (Disputed, error) {
	d := vs.Of[0].Doc
	out := Disputed{ID: vs.ID, InputHash: d.InputHash(), Answers: map[string]string{}, Spans: []DisputedSpan{}}
	by := map[annotations.Span][]string{}
	var spans []annotations.Span
	for _, v := range vs.Of {
		out.Annotators = append(out.Annotators, v.Annotator)
		out.Answers[v.Annotator] = string(v.Doc.Answer)
		for _, s := range v.Doc.Spans {
			if len(by[s]) == 0 {
				spans = append(spans, s)
			}
			if !slices.Contains(by[s], v.Annotator) {
				by[s] = append(by[s], v.Annotator)
			}
		}
	}
	slices.SortFunc(spans, func(a, b annotations.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
	})
	index := d.Index()
	for _, s := range spans {
		if len(by[s]) == len(vs.Of) {
			continue
		}
		start, err := index.FromByte(s.Start, annotations.CodePoints)
		if err != nil {
			return Disputed{}, err
		}
		end, err := index.FromByte(s.End, annotations.CodePoints)
		if err != nil {
			return Disputed{}, err
		}
		out.Spans = append(out.Spans, DisputedSpan{Start: start, End: end, Label: s.Label, Text: d.Text[s.Start:s.End], By: by[s]})
	}
	return out, nil
}

// Tagged is v's document saying whose it is, as merge writes it: when it
// has no "_annotator_id" (a file without annotator ids is its file's), a
// copy with v's annotator as its "_annotator_id", last.
func (v Versioned) Tagged() *annotations.Document {
	if slices.ContainsFunc(v.Doc.Extra, func(f annotations.Field) bool { return f.Key == "_annotator_id" }) {
		return v.Doc
	}
	c := *v.Doc
	id, _ := json.Marshal(v.Annotator) // a string always marshals
	c.Extra = append(slices.Clone(c.Extra), annotations.Field{Key: "_annotator_id", Value: id})
	return &c
}

package suggest

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

const patternsFile = `{"label":"ENTITY","pattern":"Kyiv Post","id":"kp"}
{"label":"ENTITY","pattern":[{"LOWER":"ukraine"}]}
{"label":"ORG","pattern":"Reuters"}
not json
{"label":"CLAIM","pattern":"then","id":7}
`

func span(start, end int, label string) annotations.Span {
	return annotations.Span{Start: start, End: end, Label: label}
}

// text: "Ukraine" [0,7), "Kyiv Post" [12,21), "UKRAINE" [28,35), "kyiv post" [40,49).
const text = "Ukraine and Kyiv Post; then UKRAINE and kyiv post."

func TestSuggest(t *testing.T) {
	line2 := annotations.Reason{From: annotations.FromPattern, Text: "pattern line 2", Pattern: "2"}
	kp := annotations.Reason{From: annotations.FromPattern, Text: "pattern line 1 (id kp)", Pattern: `"kp"`}
	seven := annotations.Reason{From: annotations.FromPattern, Text: "pattern line 5 (id 7)", Pattern: `7`} // a number stays one
	again := annotations.Reason{From: annotations.FromOccurrence, Text: "ENTITY elsewhere: “Kyiv Post” in any case"}
	job := annotations.SuggestJob{
		Assist: annotations.Assist{Patterns: patternsFile},
		Labels: []string{"ENTITY", "CLAIM", "BOILERPLATE"},
		Text:   text,
		Spans:  []annotations.Span{span(12, 21, "ENTITY")},
	}
	want := annotations.SuggestReply{
		Suggestions: []annotations.Suggestion{
			{Span: span(0, 7, "ENTITY"), Reasons: []annotations.Reason{line2}},
			{Span: span(12, 21, "ENTITY"), Reasons: []annotations.Reason{kp}}, // a span already: Document.Suggest leaves it out
			{Span: span(23, 27, "CLAIM"), Reasons: []annotations.Reason{seven}},
			{Span: span(28, 35, "ENTITY"), Reasons: []annotations.Reason{line2}},
		},
		Refused:  []string{`line 3: label "ORG" is not one of the dataset's labels (ENTITY, CLAIM, BOILERPLATE)`, `line 4: not JSON: it breaks at character 2 of “not json”; a line is an object such as {"label": "ORG", "pattern": "Acme"}`},
		Patterns: 3,
	}
	req, err := job.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	raw, err := Job(req)
	if err != nil {
		t.Fatal(err)
	}
	var got annotations.SuggestReply
	if err := got.UnmarshalBinary(raw); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Job (-want +got):\n%s", diff)
	}
	// Asked for the other occurrences of a span's words (O), the job gives
	// those alone, whatever else is on.
	job.Like = &annotations.Needle{Label: "ENTITY", Text: "Kyiv Post", Fold: true}
	occurs := []annotations.Suggestion{{Span: span(40, 49, "ENTITY"), Reasons: []annotations.Reason{again}}}
	if diff := cmp.Diff(annotations.SuggestReply{Suggestions: occurs}, Suggest(job)); diff != "" {
		t.Errorf("asked for the occurrences of Kyiv Post (-want +got):\n%s", diff)
	}
}

package agree

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestReviewDrawsDisagreements(t *testing.T) {
	// "Ann met Bob in Oslo": Ann [0,3), Bob [8,11), Oslo [15,19). Alice
	// and bob both made Ann; Bob only alice, Oslo only bob, both as
	// ENTITY (a disagreement each); their answers differ too.
	vs := versionsOf(t, `{"text":"Ann met Bob in Oslo","spans":[{"start":0,"end":3,"label":"ENTITY"},{"start":8,"end":11,"label":"ENTITY"}],"answer":"accept","_annotator_id":"alice"}
{"text":"Ann met Bob in Oslo","spans":[{"start":0,"end":3,"label":"ENTITY"},{"start":15,"end":19,"label":"ENTITY"}],"answer":"reject","_annotator_id":"bob"}`)
	reason := func(who string) []annotations.Reason {
		return []annotations.Reason{{From: annotations.FromReview, Text: who}}
	}
	for _, accept := range []bool{true, false} {
		d, err := vs.Review(accept)
		if err != nil {
			t.Fatal(err)
		}
		wantSpans := []annotations.Span{{Start: 0, End: 3, Label: "ENTITY"}}
		wantSugg := []annotations.Suggestion{
			{Span: annotations.Span{Start: 8, End: 11, Label: "ENTITY"}, Reasons: reason("alice")},
			{Span: annotations.Span{Start: 15, End: 19, Label: "ENTITY"}, Reasons: reason("bob")},
		}
		if !accept {
			wantSugg = append([]annotations.Suggestion{{Span: wantSpans[0], Reasons: reason("alice, bob")}}, wantSugg...)
			wantSpans = nil
		}
		if diff := cmp.Diff(wantSpans, d.Spans); diff != "" {
			t.Errorf("accept agreed %v: spans (-want +got):\n%s", accept, diff)
		}
		if diff := cmp.Diff(wantSugg, d.Suggestions); diff != "" {
			t.Errorf("accept agreed %v: suggestions (-want +got):\n%s", accept, diff)
		}
		if d.Answer != annotations.Unanswered {
			t.Errorf("answer %q, want none: the reviewer gives it", d.Answer)
		}
		versions, err := d.ReviewVersions()
		if err != nil {
			t.Fatal(err)
		}
		want := []annotations.ReviewVersion{
			{Spans: []annotations.Span{{Start: 0, End: 3, Label: "ENTITY"}, {Start: 8, End: 11, Label: "ENTITY"}}, Answer: "accept", Sessions: []string{"alice"}},
			{Spans: []annotations.Span{{Start: 0, End: 3, Label: "ENTITY"}, {Start: 15, End: 19, Label: "ENTITY"}}, Answer: "reject", Sessions: []string{"bob"}},
		}
		if diff := cmp.Diff(want, versions); diff != "" {
			t.Errorf("versions (-want +got):\n%s", diff)
		}
	}
}

// TestReviewOneVersion: a document that one annotator alone has (a split's) is taken
// as they made it when agreed spans are accepted in advance; else its spans are
// suggestions named by the version's session, as the versions list names it.
func TestReviewOneVersion(t *testing.T) {
	vs := versionsOf(t, `{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept","_annotator_id":"bob","_session_id":"team-bob"}`)
	ann := annotations.Span{Start: 0, End: 3, Label: "ENTITY"}
	d, err := vs.Review(true)
	if err != nil || !slices.Equal(d.Spans, []annotations.Span{ann}) || len(d.Suggestions) != 0 {
		t.Errorf("accepting in advance: spans %v, suggestions %v, %v; want Ann a span", d.Spans, d.Suggestions, err)
	}
	d, err = vs.Review(false)
	if err != nil {
		t.Fatal(err)
	}
	want := []annotations.Suggestion{{Span: ann, Reasons: []annotations.Reason{{From: annotations.FromReview, Text: "team-bob"}}}}
	if diff := cmp.Diff(want, d.Suggestions); diff != "" {
		t.Errorf("suggestions (-want +got):\n%s", diff)
	}
}

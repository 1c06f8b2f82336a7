package learn_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
)

func TestCompare(t *testing.T) {
	confirmed := []annotations.Span{
		{Start: 0, End: 4, Label: "ENTITY"},
		{Start: 10, End: 14, Label: "ENTITY"},
		{Start: 20, End: 30, Label: "CLAIM"},
		{Start: 40, End: 44, Label: "OTHER"},
	}
	suggested := []learn.Suggestion{
		{Start: 0, End: 4, Label: "ENTITY", Score: 0.9},   // right
		{Start: 0, End: 4, Label: "ENTITY", Score: 0.9},   // the same again: counted once
		{Start: 10, End: 13, Label: "ENTITY", Score: 0.7}, // offsets off by one: wrong
		{Start: 20, End: 30, Label: "ENTITY", Score: 0.6}, // the claim's offsets, another label: wrong
		{Start: 40, End: 44, Label: "OTHER", Score: 1},    // a label not scored
	}
	got := learn.Compare(suggested, confirmed, []string{"ENTITY", "CLAIM"})
	want := []learn.Counts{{TP: 1, FP: 2, FN: 1}, {TP: 0, FP: 0, FN: 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("counts (-want +got):\n%s", diff)
	}
	c := got[0]
	if c.Precision() != 1.0/3 || c.Recall() != 0.5 || c.F1() != 0.4 {
		t.Errorf("precision %v recall %v F1 %v, want 1/3, 1/2, 2/5", c.Precision(), c.Recall(), c.F1())
	}
	if z := (learn.Counts{}); z.Precision() != 0 || z.Recall() != 0 || z.F1() != 0 {
		t.Error("no suggestions and nothing confirmed should score 0, not NaN")
	}
}

func TestEvaluationRunning(t *testing.T) {
	e := learn.Evaluation{Labels: []string{"CLAIM"}}
	claim := []annotations.Span{{Start: 0, End: 5, Label: "CLAIM"}}
	e.Add([]learn.Suggestion{{Start: 0, End: 5, Label: "CLAIM"}}, claim) // right
	e.Add(nil, claim)                                                    // missed
	e.Add([]learn.Suggestion{{Start: 1, End: 5, Label: "CLAIM"}}, nil)   // wrong
	want := [][]learn.Counts{{{TP: 1}}, {{TP: 1, FN: 1}}, {{TP: 1, FP: 1, FN: 1}}}
	if diff := cmp.Diff(want, e.Running()); diff != "" {
		t.Errorf("running (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]learn.Counts{{FP: 1, FN: 1}}, e.Total(1, 3)); diff != "" {
		t.Errorf("documents 2-3 (-want +got):\n%s", diff)
	}
}

func TestAbove(t *testing.T) {
	s := []learn.Suggestion{{Score: 0.2}, {Score: 0.5}, {Score: 0.9}}
	if diff := cmp.Diff(s[1:], learn.Above(s, 0.5)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCovers(t *testing.T) {
	r := annotations.Range{Start: 10, End: 20}
	for _, tt := range []struct {
		name  string
		spans []annotations.Span
		want  bool
	}{
		{"all of it", []annotations.Span{{Start: 0, End: 30, Label: "CLAIM"}}, true},
		{"exactly half", []annotations.Span{{Start: 15, End: 25, Label: "CLAIM"}}, true},
		{"less than half", []annotations.Span{{Start: 16, End: 25, Label: "CLAIM"}}, false},
		{"two halves out of order, overlapping", []annotations.Span{{Start: 14, End: 17, Label: "CLAIM"}, {Start: 12, End: 15, Label: "CLAIM"}}, true},
		{"another label", []annotations.Span{{Start: 0, End: 30, Label: "ENTITY"}}, false},
		{"outside", []annotations.Span{{Start: 20, End: 30, Label: "CLAIM"}}, false},
	} {
		if got := learn.Covers(tt.spans, "CLAIM", r); got != tt.want {
			t.Errorf("%s: %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReason(t *testing.T) {
	if got := (learn.Suggestion{Score: 0.8234}).Reason(); got != "model 0.82" {
		t.Errorf("reason %q, want model 0.82", got)
	}
}

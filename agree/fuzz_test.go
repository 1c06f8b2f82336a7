package agree

import (
	"math"
	"testing"

	"spantag/annotations"
)

// FuzzCompute makes three annotators' spans from the fuzzer's bytes, over a
// text of its own, and checks what holds of any figures: no panic, every
// defined value finite and in its range, each document's counts in theirs,
// and each pair's figures the same whichever of the two is called A.
func FuzzCompute(f *testing.F) {
	f.Add("Ann met Bob in Rome", []byte{0, 3, 0, 8, 11, 1, 0, 19, 2})
	f.Add("Mayor José Ramírez 🌊 spoke. Russia’s ships", []byte{6, 18, 0, 0, 27, 1, 30, 36, 0, 255, 255, 1})
	f.Fuzz(func(t *testing.T, text string, spans []byte) {
		d, err := annotations.NewDocument(text)
		if err != nil || len(text) == 0 {
			return
		}
		it := Item{Text: text, ID: "fuzz", Tokens: d.Tokens()}
		labels := []string{"ENTITY", "CLAIM"}
		for a, name := range []string{"ana", "ben", "cy"} {
			v := Version{Annotator: name}
			for i := a * 3; i+2 < len(spans); i += 9 {
				start, end := int(spans[i])%len(text), int(spans[i+1])%(len(text)+1)
				if start < end {
					v.Spans = append(v.Spans, annotations.Span{Start: start, End: end, Label: labels[spans[i+2]%2]})
				}
			}
			it.Versions = append(it.Versions, v)
		}
		check(t, Compute([]Item{it}))
		swapped := it
		swapped.Versions = []Version{{"ana", "", it.Versions[2].Spans}, {"ben", "", it.Versions[1].Spans}, {"cy", "", it.Versions[0].Spans}}
		same(t, Compute([]Item{it}), Compute([]Item{swapped}))
	})
}

func check(t *testing.T, r *Report) {
	for _, d := range r.ByDisagreement {
		if d.Unanimous > d.Spans || d.Disagreement < 0 || d.Disagreement > 1 {
			t.Errorf("document %+v: more unanimous spans than spans, or a disagreement out of [0, 1]", d)
		}
	}
	for _, res := range r.Results {
		f := res.Figure
		if !f.Defined {
			if f.Reason == "" {
				t.Errorf("%+v: undefined without a reason", res)
			}
			continue
		}
		low := -1.0
		if res.Name == SpanF1Exact || res.Name == SpanF1Overlap {
			low = 0
		}
		if res.Name == Alpha { // alpha goes below -1 on small samples
			low = math.Inf(-1)
		}
		if math.IsNaN(f.Value) || f.Value < low || f.Value > 1+1e-12 {
			t.Errorf("%+v: value out of range", res)
		}
	}
}

// same checks that a and b, whose annotators ana and cy swapped versions,
// give every pair's figure to the same two versions.
func same(t *testing.T, a, b *Report) {
	swap := map[string]string{"ana": "cy", "cy": "ana", "ben": "ben"}
	byKey := map[[4]string]Figure{}
	for _, res := range b.Results {
		byKey[[4]string{res.Name, res.Label, res.A, res.B}] = res.Figure
		byKey[[4]string{res.Name, res.Label, res.B, res.A}] = res.Figure
	}
	for _, res := range a.Results {
		got := byKey[[4]string{res.Name, res.Label, swap[res.A], swap[res.B]}]
		if got.Defined != res.Figure.Defined || math.Abs(got.Value-res.Figure.Value) > 1e-9 {
			t.Errorf("%s %s %s-%s: %+v, swapped %+v", res.Name, res.Label, res.A, res.B, res.Figure, got)
		}
	}
}

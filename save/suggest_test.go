package save

import (
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestSuggestionsKept: suggestions offered, one accepted and one rejected,
// come back after a reload, from the journal and from a snapshot, and
// the accepted span keeps its provenance in the export.
func TestSuggestionsKept(t *testing.T) {
	p := openPage(t, newMemStore())
	p.add("q", "Kyiv and Kyiv and Lviv.")
	p.m.settle(t)
	d := p.s.Dataset().Queue.Current()
	why := annotations.Reason{From: annotations.FromPattern, Text: "pattern line 2", Pattern: "2"}
	asked := annotations.Reason{From: annotations.FromOccurrence, Text: "ENTITY elsewhere: “Kyiv”"} // kept: only computed ones are not
	var offer []annotations.Suggestion
	for _, at := range []int{0, 9, 18} {
		offer = append(offer, annotations.Suggestion{Span: annotations.Span{Start: at, End: at + 4, Label: "ENTITY"}, Reasons: []annotations.Reason{why, asked}})
	}
	p.do(d.Suggest(offer))
	accept, err := d.AcceptSuggestion(offer[0].Span)
	if err != nil {
		t.Fatal(err)
	}
	p.do(accept)
	reject, err := d.RejectSuggestion(offer[2].Span)
	if err != nil {
		t.Fatal(err)
	}
	p.do(reject)
	p.m.settle(t)
	want := []any{[]annotations.Span{offer[0].Span}, offer[1:2], []annotations.Span{offer[2].Span}}
	for _, how := range []string{"journal", "snapshot"} {
		if how == "snapshot" {
			p.s.Snapshot()
			p.m.settle(t)
		}
		p = p.reload()
		got := p.s.Dataset().Queue.Current()
		if diff := gocmp.Diff(want, []any{got.Spans, got.Suggestions, got.Rejected}); diff != "" {
			t.Errorf("after a reload from the %s (-want +got):\n%s", how, diff)
		}
		if out := p.exportOf(p.s.Dataset()); !strings.Contains(out, `"text":"Kyiv","pattern":2}`) || strings.Count(out, `"label"`) != 1 {
			t.Errorf("export after a reload from the %s: %s", how, out)
		}
	}
}

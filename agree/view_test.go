package agree

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHeatClass(t *testing.T) {
	for v, want := range map[float64]string{-0.4: "heat-0", 0: "heat-0", 0.09: "heat-0", 0.1: "heat-1", 0.55: "heat-5", 0.9999999: "heat-10", 1: "heat-10"} {
		if got := HeatClass(v); got != want {
			t.Errorf("HeatClass(%v) = %s, want %s", v, got, want)
		}
	}
}

func TestViewHTML(t *testing.T) {
	r := &Report{Annotators: []string{"a<b", "c"}, Labels: []string{"ENTITY"}, Documents: 2, Compared: 1,
		Results: []Result{
			{Name: FleissKappa, Figure: valued(0.5)}, {Name: FleissKappa, Label: "ENTITY", Figure: undefined("all O")},
			{Name: Alpha, Figure: valued(0.25)}, {Name: Alpha, Label: "ENTITY", Figure: valued(1)},
			{Name: CohenKappa, A: "a<b", B: "c", Figure: valued(0.1234567)}, {Name: CohenKappa, Label: "ENTITY", A: "a<b", B: "c", Figure: valued(-0.2)},
		},
		Matrices:       []Matrix{{Figure: CohenKappa, Cells: [][]Figure{{undefined("the same annotator"), valued(0.1234567)}, {valued(0.1234567), undefined("the same annotator")}}}},
		ByDisagreement: []DocumentResult{{Item: 4, ID: "d5", Annotators: []string{"a<b", "c"}, Tokens: 3, Disagreement: 1.0 / 3, Spans: 2, Unanimous: 1, Start: "Ann & Bob met…"}},
		Alike:          []Alike{{A: "d1", B: "d<2>", Start: "Ann & Bob met…"}},
		SameID:         []SameID{{ID: "t<0>", A: []string{"a<b", "c"}, B: []string{"d"}}},
	}
	got := r.HTML()
	for _, want := range []string{
		`<p class="agreement-summary">2 documents, 1 of them with two versions or more; annotators: a&lt;b, c.</p>`,
		`<p class="agreement-alike">Documents whose texts differ only in spaces or line ends are not compared with each other (a tool may have changed them): d1 and d&lt;2&gt; (Ann &amp; Bob met…).</p>`,
		`<p class="agreement-alike">Documents that share an id but not their text are not compared with each other (a file has the text changed): t&lt;0&gt; (a&lt;b, c have one text, d another).</p>`,
		`<tr data-figure="fleiss_kappa"><th scope="row">Fleiss' kappa</th><td data-label="" data-value="0.5">0.500</td><td data-label="ENTITY" data-defined="false" title="all O">undefined: all O</td></tr>`,
		`<tr data-figure="cohen_kappa" data-a="a&lt;b" data-b="c"><th scope="row">a&lt;b and c</th><td>Cohen's kappa</td><td data-label="" data-value="0.123457">0.123</td><td data-label="ENTITY" data-value="-0.2">-0.200</td></tr>`,
		`<table class="heatmap" data-figure="cohen_kappa" data-label=""><caption>Cohen's kappa, all labels</caption>`,
		`<tr><th scope="row">a&lt;b</th><td class="heat-none" data-defined="false" title="the same annotator">–</td><td class="heat-1" data-value="0.123457">0.123</td></tr>`,
		`<tr data-item="4"><td>1</td><td><button type="button" data-item="4" aria-label="Open “Ann &amp; Bob met…” (d5) for review">Open</button> d5 <span class="document-start">Ann &amp; Bob met…</span></td><td>a&lt;b, c</td><td>3</td><td data-value="0.333333">0.333</td><td>2</td><td>1</td></tr>`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("the view lacks\n%s\nin\n%s", want, got)
		}
	}
	if diff := cmp.Diff(1, strings.Count(got, `class="heatmap"`)); diff != "" {
		t.Errorf("heatmaps (-want +got):\n%s", diff)
	}
}

func TestViewListsAtMostMaxDocuments(t *testing.T) {
	r := &Report{ByDisagreement: make([]DocumentResult, MaxListedDocuments+3)}
	got := r.HTML()
	if n := strings.Count(got, `<button type="button" data-item=`); n != MaxListedDocuments {
		t.Errorf("%d documents listed, want %d", n, MaxListedDocuments)
	}
	if !strings.Contains(got, `<tr><td colspan="7">and 3 more, in the documents CSV</td></tr>`) {
		t.Error("the view does not say how many more there are")
	}
}

// TestViewNamesAtMostMaxAlike: past maxListedAlike pairs, the view counts
// the rest.
func TestViewNamesAtMostMaxAlike(t *testing.T) {
	r := &Report{}
	for i := range maxListedAlike + 2 {
		r.Alike = append(r.Alike, Alike{A: fmt.Sprint("a", i), B: fmt.Sprint("b", i), Start: "x"})
	}
	got := r.HTML()
	if !strings.Contains(got, "a4 and b4 (x), and 2 more pairs in the JSON.</p>") || strings.Contains(got, "a5 and") {
		t.Errorf("the view says\n%s\nwant five pairs named and two counted", got)
	}
}

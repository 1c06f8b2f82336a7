package render

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"spantag/annotations"
)

func TestModelChart(t *testing.T) {
	s := annotations.ModelScores{Labels: []string{"ENTITY", "CLAIM", "BOILERPLATE"}, Docs: [][]annotations.ModelCounts{
		{{FN: 2}, {FN: 1}, {}},
		{{TP: 1, FP: 1, FN: 1}, {TP: 1}, {}},
		{{TP: 2, FN: 0}, {FP: 1, FN: 1}, {}},
	}}
	rows := ModelRows(s)
	want := []ModelRow{
		{Label: "ENTITY", Total: annotations.ModelCounts{TP: 3, FP: 1, FN: 3},
			Precision: []float64{math.NaN(), 0.5, 0.75}, Recall: []float64{0, 0.25, 0.5},
			Counts: []annotations.ModelCounts{{FN: 2}, {TP: 1, FP: 1, FN: 3}, {TP: 3, FP: 1, FN: 3}}},
		{Label: "CLAIM", Total: annotations.ModelCounts{TP: 1, FP: 1, FN: 2},
			Precision: []float64{math.NaN(), 1, 0.5}, Recall: []float64{0, 0.5, 1.0 / 3},
			Counts: []annotations.ModelCounts{{FN: 1}, {TP: 1, FN: 1}, {TP: 1, FP: 1, FN: 2}}},
	} // BOILERPLATE: nothing suggested, nothing missed, no row; no precision before the first suggestion
	if diff := cmp.Diff(want, rows, cmpopts.EquateNaNs()); diff != "" {
		t.Errorf("rows (-want +got):\n%s", diff)
	}
	html := ModelChartHTML(s)
	for _, part := range []string{
		`<caption>On 3 document(s) answered Accept, each scored before the model learnt it; the lines: precision (solid) and recall (dashed) over them</caption>`,
		`<tbody><tr><th scope="rowgroup" colspan="5">ENTITY</th></tr><tr data-label="ENTITY"><td>4</td><td>3</td><td>3</td><td>0.75</td><td>0.50</td></tr><tr class="model-run"><td colspan="5"><svg`,
		`<tr data-label="CLAIM"><td>2</td><td>1</td><td>2</td><td>0.50</td><td>0.33</td>`,
		`<polyline class="precision" points="60.0,16.0 120.0,8.0"/><polyline class="recall" points="0.0,32.0 60.0,24.0 120.0,16.0"/>`,
	} {
		if !strings.Contains(html, part) {
			t.Errorf("the chart lacks %s\nin %s", part, html)
		}
	}
	if strings.Contains(html, "BOILERPLATE") {
		t.Error("a label the model neither suggested nor missed has a row")
	}
	if got := ModelChartHTML(annotations.ModelScores{Labels: s.Labels}); !strings.Contains(got, "none yet") {
		t.Errorf("the chart of no document: %s", got)
	}
	if got := figure(0, 0); got != "–" {
		t.Errorf("precision of nothing suggested: %q, want –", got)
	}
}

// TestFigure: two decimals, a half rounded up as people round.
func TestFigure(t *testing.T) {
	for _, tt := range []struct {
		a, b int
		want string
	}{
		{0, 0, "–"}, {5, 8, "0.63"}, {3, 8, "0.38"}, {1, 3, "0.33"}, {2, 3, "0.67"}, {8, 8, "1.00"}, {0, 7, "0.00"}, {1, 200, "0.01"}, {1, 201, "0.00"},
	} {
		if got := figure(tt.a, tt.b); got != tt.want {
			t.Errorf("figure(%d, %d) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

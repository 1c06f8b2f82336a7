package render

import (
	"fmt"
	"math"
	"strings"

	"spantag/annotations"
)

// The model's chart: how its suggestions did on the documents answered,
// each scored before the model learnt it (prequential). A table holds the
// numbers; beside each label, a line drawn in SVG shows its running
// precision and recall over the documents, for the eye only.

// ModelRow is one label's running figures after every document scored.
type ModelRow struct {
	Label     string
	Total     annotations.ModelCounts   // over every document
	Precision []float64                 // running precision, a point a document (NaN before any suggestion)
	Recall    []float64                 // running recall, a point a document (NaN before any span)
	Counts    []annotations.ModelCounts // the running sums
}

// ModelRows are the figures of every label the model suggested or missed
// anything of, in the scores' order.
func ModelRows(s annotations.ModelScores) []ModelRow {
	var rows []ModelRow
	for i, label := range s.Labels {
		row := ModelRow{Label: label}
		for _, doc := range s.Docs {
			if i < len(doc) {
				row.Total.Add(doc[i])
			}
			row.Counts = append(row.Counts, row.Total)
			row.Precision = append(row.Precision, running(row.Total.TP, row.Total.TP+row.Total.FP))
			row.Recall = append(row.Recall, running(row.Total.TP, row.Total.TP+row.Total.FN))
		}
		if row.Total != (annotations.ModelCounts{}) {
			rows = append(rows, row)
		}
	}
	return rows
}

// running is a/b, or NaN where there is nothing to divide by yet: a point
// the line leaves out, not a 0 that reads as a model wrong at first.
func running(a, b int) float64 {
	if b == 0 {
		return math.NaN()
	}
	return float64(a) / float64(b)
}

// figure writes a ratio with two decimals, a half rounded up as people
// round (5 of 8 is 0.63; strconv rounds an exact half to even), or "–"
// where there is nothing to divide by.
func figure(a, b int) string {
	if b == 0 {
		return "–"
	}
	hundredths := (200*a + b) / (2 * b) // round(100a/b), in integers: no binary fraction to misround
	return fmt.Sprintf("%d.%02d", hundredths/100, hundredths%100)
}

// ModelChartHTML renders the chart of s: a caption, then per label (a group
// of rows headed by its name) the suggestions made, those right, the spans
// missed, precision and recall (data-label on that row), and under them the
// running lines: five columns fit the side panel, whatever the labels' names.
func ModelChartHTML(s annotations.ModelScores) string {
	var b strings.Builder
	n := len(s.Docs)
	if n == 0 {
		return `<p>The model is scored on each document answered Accept, before it learns from it: none yet.</p>`
	}
	fmt.Fprintf(&b, `<table><caption>On %d document(s) answered Accept, each scored before the model learnt it; `+
		`the lines: precision (solid) and recall (dashed) over them</caption>`, n)
	b.WriteString(`<thead><tr><th scope="col">Suggested</th><th scope="col">Right</th><th scope="col">Missed</th>` +
		`<th scope="col"><abbr title="Precision">Prec.</abbr></th><th scope="col">Recall</th></tr></thead>`)
	for _, r := range ModelRows(s) {
		t := r.Total
		b.WriteString(`<tbody><tr><th scope="rowgroup" colspan="5">`)
		escapeText(&b, r.Label)
		b.WriteString(`</th></tr><tr ` + AttrLabel + `="`)
		escapeText(&b, r.Label)
		fmt.Fprintf(&b, `"><td>%d</td><td>%d</td><td>%d</td><td>%s</td><td>%s</td></tr><tr class="model-run"><td colspan="5">%s</td></tr></tbody>`,
			t.TP+t.FP, t.TP, t.FN, figure(t.TP, t.TP+t.FP), figure(t.TP, t.TP+t.FN), runningSVG(r))
	}
	b.WriteString(`</table>`)
	return b.String()
}

// The running lines' box, in SVG units.
const chartWidth, chartHeight = 120, 32

// runningSVG draws r's running precision (solid) and recall (dashed).
func runningSVG(r ModelRow) string {
	return fmt.Sprintf(`<svg class="model-line" viewBox="0 0 %d %d" preserveAspectRatio="none" width="100%%" height="%d" aria-hidden="true">`+
		`<polyline class="precision" points="%s"/><polyline class="recall" points="%s"/></svg>`,
		chartWidth, chartHeight, chartHeight, points(r.Precision), points(r.Recall))
}

// points places the values (0..1) of a line evenly across the box, the
// first on the left edge, 1 at the top, leaving out those that are NaN
// (which only come first: the sums never fall back to nothing).
func points(values []float64) string {
	var b strings.Builder
	for i, v := range values {
		if math.IsNaN(v) {
			continue
		}
		x := 0.0
		if len(values) > 1 {
			x = float64(i) * chartWidth / float64(len(values)-1)
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%.1f,%.1f", x, chartHeight-v*chartHeight)
	}
	return b.String()
}

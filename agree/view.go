package agree

import (
	"fmt"
	"html"
	"math"
	"strconv"
	"strings"
)

// The page's agreement view, decided here and tested natively: the page
// only puts this HTML in place. Every value is a table cell with the
// figure written out (data-value holds it as the JSON export writes it);
// a heatmap cell's colour (class "heat-0" to "heat-10", "heat-none" when
// undefined) only repeats what its text says.

// figureTitles are the figures' names as the view shows them.
var figureTitles = map[string]string{
	SpanF1Exact:   "Span F1, exact",
	SpanF1Overlap: "Span F1, token overlap",
	CohenKappa:    "Cohen's kappa",
	FleissKappa:   "Fleiss' kappa",
	Alpha:         "Krippendorff's alpha",
}

// HTML writes the report as the agreement view shows it: what was
// compared, the figures of all annotators, each pair's, a heatmap per
// pairwise figure and label, and the documents by disagreement, each with
// a button (data-item, its index among the matched items) to review it.
func (r *Report) HTML() string {
	var b strings.Builder
	fmt.Fprintf(&b, `<p class="agreement-summary">%d documents, %d of them with two versions or more; annotators: %s.</p>`,
		r.Documents, r.Compared, esc(strings.Join(r.Annotators, ", ")))
	r.writeAlike(&b)
	r.writeSameID(&b)
	r.writeAll(&b)
	r.writePairs(&b)
	for _, m := range r.Matrices {
		r.writeHeatmap(&b, m)
	}
	r.writeDocuments(&b)
	return b.String()
}

// maxListedAlike is how many pairs of alike documents the view names.
const maxListedAlike = 5

// writeAlike says which documents differ only in spaces, if any do.
func (r *Report) writeAlike(b *strings.Builder) {
	if len(r.Alike) == 0 {
		return
	}
	var named []string
	for _, a := range r.Alike[:min(len(r.Alike), maxListedAlike)] {
		named = append(named, fmt.Sprintf("%s and %s (%s)", esc(a.A), esc(a.B), esc(a.Start)))
	}
	more := ""
	if n := len(r.Alike) - maxListedAlike; n > 0 {
		more = fmt.Sprintf(", and %d more pairs in the JSON", n)
	}
	fmt.Fprintf(b, `<p class="agreement-alike">Documents whose texts differ only in spaces or line ends are not compared with each other (a tool may have changed them): %s%s.</p>`,
		strings.Join(named, "; "), more)
}

// writeSameID says which documents share an ID but not their words, if any do.
func (r *Report) writeSameID(b *strings.Builder) {
	if len(r.SameID) == 0 {
		return
	}
	var named []string
	for _, d := range r.SameID[:min(len(r.SameID), maxListedAlike)] {
		named = append(named, fmt.Sprintf("%s (%s have one text, %s another)", esc(d.ID), esc(strings.Join(d.A, ", ")), esc(strings.Join(d.B, ", "))))
	}
	more := ""
	if n := len(r.SameID) - maxListedAlike; n > 0 {
		more = fmt.Sprintf(", and %d more in the JSON", n)
	}
	fmt.Fprintf(b, `<p class="agreement-alike">Documents that share an id but not their text are not compared with each other (a file has the text changed): %s%s.</p>`,
		strings.Join(named, "; "), more)
}

// labelHeads are the label columns: every label together, then each.
func (r *Report) labelHeads() string {
	heads := `<th scope="col">all labels</th>`
	for _, l := range r.Labels {
		heads += `<th scope="col">` + esc(l) + `</th>`
	}
	return heads
}

func (r *Report) writeAll(b *strings.Builder) {
	b.WriteString(`<table class="agreement-all"><caption>All annotators</caption><thead><tr><th scope="col">figure</th>`)
	b.WriteString(r.labelHeads() + `</tr></thead><tbody>`)
	for _, name := range []string{FleissKappa, Alpha} {
		fmt.Fprintf(b, `<tr data-figure="%s"><th scope="row">%s</th>`, name, figureTitles[name])
		for _, res := range r.Results {
			if res.Name == name && res.A == "" {
				b.WriteString(valueCell(res.Figure, res.Label))
			}
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table>`)
}

func (r *Report) writePairs(b *strings.Builder) {
	b.WriteString(`<table class="agreement-pairs"><caption>Each pair of annotators</caption><thead><tr><th scope="col">pair</th><th scope="col">figure</th>`)
	b.WriteString(r.labelHeads() + `</tr></thead><tbody>`)
	row := ""
	for _, res := range r.Results {
		if res.A == "" {
			continue
		}
		if key := res.A + "\x00" + res.B + "\x00" + res.Name; key != row {
			if row != "" {
				b.WriteString(`</tr>`)
			}
			row = key
			fmt.Fprintf(b, `<tr data-figure="%s" data-a="%s" data-b="%s"><th scope="row">%s and %s</th><td>%s</td>`,
				res.Name, esc(res.A), esc(res.B), esc(res.A), esc(res.B), figureTitles[res.Name])
		}
		b.WriteString(valueCell(res.Figure, res.Label))
	}
	if row != "" {
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table>`)
}

// writeHeatmap writes matrix m as an annotator × annotator table.
func (r *Report) writeHeatmap(b *strings.Builder, m Matrix) {
	label := "all labels"
	if m.Label != "" {
		label = m.Label
	}
	fmt.Fprintf(b, `<table class="heatmap" data-figure="%s" data-label="%s"><caption>%s, %s</caption><thead><tr><td></td>`,
		m.Figure, esc(m.Label), figureTitles[m.Figure], esc(label))
	for _, a := range r.Annotators {
		b.WriteString(`<th scope="col">` + esc(a) + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for i, row := range m.Cells {
		b.WriteString(`<tr><th scope="row">` + esc(r.Annotators[i]) + `</th>`)
		for _, f := range row {
			b.WriteString(heatCell(f))
		}
		b.WriteString(`</tr>`)
	}
	b.WriteString(`</tbody></table>`)
}

func (r *Report) writeDocuments(b *strings.Builder) {
	b.WriteString(`<table class="agreement-documents"><caption>Documents by disagreement</caption><thead><tr>`)
	for _, h := range []string{"rank", "document", "annotators", "tokens", "disagreement", "spans", "spans everyone made"} {
		b.WriteString(`<th scope="col">` + h + `</th>`)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for i, d := range r.ByDisagreement {
		if i == MaxListedDocuments {
			fmt.Fprintf(b, `<tr><td colspan="7">and %d more, in the documents CSV</td></tr>`, len(r.ByDisagreement)-i)
			break
		}
		// The button comes first, where a narrow window still shows it.
		// Its name gives the document's first words: its id is often a hash.
		fmt.Fprintf(b, `<tr data-item="%d"><td>%d</td><td><button type="button" data-item="%d" aria-label="Open “%s” (%s) for review">Open</button> %s <span class="document-start">%s</span></td>`,
			d.Item, i+1, d.Item, esc(d.Start), esc(d.ID), esc(d.ID), esc(d.Start))
		fmt.Fprintf(b, `<td>%s</td><td>%d</td><td data-value="%s">%s</td><td>%d</td><td>%d</td></tr>`,
			esc(strings.Join(d.Annotators, ", ")), d.Tokens, formatValue(d.Disagreement), shown(d.Disagreement), d.Spans, d.Unanimous)
	}
	b.WriteString(`</tbody></table>`)
}

// MaxListedDocuments is how many documents the view lists, the most
// disagreed on first; the documents CSV has them all.
const MaxListedDocuments = 200

// valueCell is a figure in a table of figures, of label ("" for all).
func valueCell(f Figure, label string) string {
	if !f.Defined {
		return fmt.Sprintf(`<td data-label="%s" data-defined="false" title="%s">undefined: %s</td>`, esc(label), esc(f.Reason), esc(f.Reason))
	}
	return fmt.Sprintf(`<td data-label="%s" data-value="%s">%s</td>`, esc(label), formatValue(f.Value), shown(f.Value))
}

// heatCell is a figure in a heatmap, coloured by its value.
func heatCell(f Figure) string {
	if !f.Defined {
		return fmt.Sprintf(`<td class="heat-none" data-defined="false" title="%s">–</td>`, esc(f.Reason))
	}
	return fmt.Sprintf(`<td class="%s" data-value="%s">%s</td>`, HeatClass(f.Value), formatValue(f.Value), shown(f.Value))
}

// HeatClass is the colour class of value v: "heat-0" for 0 or less (no
// agreement beyond chance, or worse) to "heat-10" for 1, by tenths.
func HeatClass(v float64) string {
	step := int(math.Floor(rounded(v) * 10))
	return "heat-" + strconv.Itoa(min(max(step, 0), 10))
}

// shown writes v as the view shows it, to 3 decimals.
func shown(v float64) string { return strconv.FormatFloat(rounded(v), 'f', 3, 64) }

func esc(s string) string { return html.EscapeString(s) }

package agree

import (
	"encoding/csv"
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// MarshalJSON writes a result as one flat object, with the keys of the
// figures CSV (see the package doc): "spans_a" to "matched_b" only for the
// span F1 figures, "reason" only when the figure has no value.
func (r Result) MarshalJSON() ([]byte, error) {
	type flat struct {
		Figure    string `json:"figure"`
		Label     string `json:"label"`
		A         string `json:"annotator_a"`
		B         string `json:"annotator_b"`
		Documents int    `json:"documents"`
		Tokens    int64  `json:"tokens"`
		*SpanCounts
		Value   *float64 `json:"value"`
		Defined bool     `json:"defined"`
		Reason  string   `json:"reason,omitempty"`
	}
	f := flat{Figure: r.Name, Label: r.Label, A: r.A, B: r.B, Documents: r.Documents, Tokens: r.Tokens,
		SpanCounts: r.Spans, Defined: r.Figure.Defined, Reason: r.Figure.Reason}
	if r.Figure.Defined {
		v := rounded(r.Figure.Value)
		f.Value = &v
	}
	return json.Marshal(f)
}

// WriteJSON writes the report as one indented JSON object.
func (r *Report) WriteJSON(w io.Writer) error {
	e := json.NewEncoder(w)
	e.SetIndent("", "  ")
	return e.Encode(r)
}

// FiguresHeader are the columns of WriteFiguresCSV.
var FiguresHeader = []string{"figure", "label", "annotator_a", "annotator_b", "value", "defined", "reason",
	"documents", "tokens", "spans_a", "spans_b", "matched_a", "matched_b"}

// WriteFiguresCSV writes one row per result, under FiguresHeader.
func (r *Report) WriteFiguresCSV(w io.Writer) error {
	out := csv.NewWriter(w)
	out.Write(FiguresHeader)
	for _, res := range r.Results {
		value := ""
		if res.Figure.Defined {
			value = formatValue(res.Figure.Value)
		}
		row := []string{res.Name, res.Label, res.A, res.B, value, strconv.FormatBool(res.Figure.Defined), res.Figure.Reason,
			strconv.Itoa(res.Documents), strconv.FormatInt(res.Tokens, 10), "", "", "", ""}
		if s := res.Spans; s != nil {
			copy(row[9:], []string{strconv.Itoa(s.A), strconv.Itoa(s.B), strconv.Itoa(s.MatchedA), strconv.Itoa(s.MatchedB)})
		}
		out.Write(row)
	}
	out.Flush()
	return out.Error()
}

// DocumentsHeader are the columns of WriteDocumentsCSV.
var DocumentsHeader = []string{"rank", "item", "id", "input_hash", "annotators", "tokens", "disagreement", "spans", "unanimous_spans"}

// WriteDocumentsCSV writes the compared documents, most disagreed on first,
// under DocumentsHeader; annotators are separated by ";".
func (r *Report) WriteDocumentsCSV(w io.Writer) error {
	out := csv.NewWriter(w)
	out.Write(DocumentsHeader)
	for i, d := range r.ByDisagreement {
		out.Write([]string{strconv.Itoa(i + 1), strconv.Itoa(d.Item), d.ID, strconv.Itoa(int(d.InputHash)),
			strings.Join(d.Annotators, ";"), strconv.Itoa(d.Tokens), formatValue(d.Disagreement),
			strconv.Itoa(d.Spans), strconv.Itoa(d.Unanimous)})
	}
	out.Flush()
	return out.Error()
}

// formatValue writes v rounded to 6 decimals, in as few digits as hold it.
func formatValue(v float64) string { return strconv.FormatFloat(rounded(v), 'f', -1, 64) }

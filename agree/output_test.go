package agree

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCSV(t *testing.T) {
	// The boundary example (see TestBoundaryDisagreement): alice E E E O O,
	// bob O E E O O. Fleiss: Σ n(n-1) = 0+2+2+2+2 = 8, P̄ = 8/10, P_e =
	// (5²+5²)/10² = 0.5: (0.8-0.5)/0.5 = 0.6. Cohen 8/13 = 0.615385 to 6
	// decimals. One label, so each figure of ENTITY is that of every label.
	boundary := Compute([]Item{item("New York City is big",
		[]string{"alice", "ENTITY:New York City"}, []string{"bob", "ENTITY:York City"})})
	// Neither made a span: undefined figures, with their reasons quoted.
	none := Compute([]Item{item("Ann met Bob", []string{"alice"}, []string{"bob"})})
	header := "figure,label,annotator_a,annotator_b,value,defined,reason,documents,tokens,spans_a,spans_b,matched_a,matched_b\n"
	allO := `"expected agreement is 1: every token is labelled ""O"" for every annotator"`
	tests := []struct {
		name  string
		write func(*bytes.Buffer) error
		want  string
	}{{
		name:  "boundary figures",
		write: func(b *bytes.Buffer) error { return boundary.WriteFiguresCSV(b) },
		want: header + `fleiss_kappa,,,,0.6,true,,1,5,,,,
fleiss_kappa,ENTITY,,,0.6,true,,1,5,,,,
krippendorff_alpha,,,,0.64,true,,1,5,,,,
krippendorff_alpha,ENTITY,,,0.64,true,,1,5,,,,
span_f1_exact,,alice,bob,0,true,,1,5,1,1,0,0
span_f1_exact,ENTITY,alice,bob,0,true,,1,5,1,1,0,0
span_f1_overlap,,alice,bob,1,true,,1,5,1,1,1,1
span_f1_overlap,ENTITY,alice,bob,1,true,,1,5,1,1,1,1
cohen_kappa,,alice,bob,0.615385,true,,1,5,,,,
cohen_kappa,ENTITY,alice,bob,0.615385,true,,1,5,,,,
krippendorff_alpha,,alice,bob,0.64,true,,1,5,,,,
krippendorff_alpha,ENTITY,alice,bob,0.64,true,,1,5,,,,
`,
	}, {
		// 1 pair × 5 tokens, New differs: 0.2; 2 distinct spans, none unanimous.
		name:  "boundary documents",
		write: func(b *bytes.Buffer) error { return boundary.WriteDocumentsCSV(b) },
		want: `rank,item,id,input_hash,annotators,tokens,disagreement,spans,unanimous_spans
1,0,New York City is big,0,alice;bob,5,0.2,2,0
`,
	}, {
		name:  "undefined figures",
		write: func(b *bytes.Buffer) error { return none.WriteFiguresCSV(b) },
		want: header + `fleiss_kappa,,,,,false,` + allO + `,1,3,,,,
krippendorff_alpha,,,,,false,` + allO + `,1,3,,,,
span_f1_exact,,alice,bob,,false,neither annotator made a span,1,3,0,0,0,0
span_f1_overlap,,alice,bob,,false,neither annotator made a span,1,3,0,0,0,0
cohen_kappa,,alice,bob,,false,` + allO + `,1,3,,,,
krippendorff_alpha,,alice,bob,,false,` + allO + `,1,3,,,,
`,
	}}
	for _, tt := range tests {
		var b bytes.Buffer
		if err := tt.write(&b); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(tt.want, b.String()); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestJSON(t *testing.T) {
	r := Compute([]Item{item("New York City is big",
		[]string{"alice", "ENTITY:New York City"}, []string{"bob", "ENTITY:York City"})})
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Annotators []string         `json:"annotators"`
		Labels     []string         `json:"labels"`
		Results    []map[string]any `json:"results"`
		Matrices   []map[string]any `json:"matrices"`
		Documents  []map[string]any `json:"documents_by_disagreement"`
	}
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	// The CSV's columns as keys, numbers rounded as there.
	wantCohen := map[string]any{"figure": "cohen_kappa", "label": "", "annotator_a": "alice", "annotator_b": "bob",
		"documents": 1.0, "tokens": 5.0, "value": 0.615385, "defined": true}
	wantExact := map[string]any{"figure": "span_f1_exact", "label": "", "annotator_a": "alice", "annotator_b": "bob",
		"documents": 1.0, "tokens": 5.0, "value": 0.0, "defined": true, "spans_a": 1.0, "spans_b": 1.0, "matched_a": 0.0, "matched_b": 0.0}
	if diff := cmp.Diff(wantCohen, got.Results[8]); diff != "" {
		t.Errorf("cohen_kappa result (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(wantExact, got.Results[4]); diff != "" {
		t.Errorf("span_f1_exact result (-want +got):\n%s", diff)
	}
	wantMatrix := map[string]any{"figure": "span_f1_exact", "label": "", "cells": []any{
		[]any{map[string]any{"value": nil, "defined": false, "reason": "the same annotator"}, map[string]any{"value": 0.0, "defined": true}},
		[]any{map[string]any{"value": 0.0, "defined": true}, map[string]any{"value": nil, "defined": false, "reason": "the same annotator"}},
	}}
	if diff := cmp.Diff(wantMatrix, got.Matrices[0]); diff != "" {
		t.Errorf("matrix (-want +got):\n%s", diff)
	}
	if len(got.Matrices) != 8 || len(got.Documents) != 1 || got.Documents[0]["disagreement"] != 0.2 {
		t.Errorf("%d matrices, documents %v; want 4 figures × 2 labels and one document at 0.2", len(got.Matrices), got.Documents)
	}
	b.Reset()
	none := Compute([]Item{item("Ann met Bob", []string{"alice"})})
	if err := none.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	for _, empty := range []string{`"labels": []`, `"results": [`, `"documents_by_disagreement": []`} {
		if !strings.Contains(b.String(), empty) {
			t.Errorf("no %s in\n%s", empty, b.String())
		}
	}
}

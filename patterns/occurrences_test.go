package patterns

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// text: Kyiv@0 Post@5 .@9 KYIV@11 POST@16 ,@20 Kyiv@22 Post@27 ’s@31
// (3 bytes for ’) editor@36 \n Kyiv@43 \n Post@48 Kyivstar@53 kyiv@62
// Post@67
const occurrencesText = "Kyiv Post. KYIV POST, Kyiv Post’s editor\nKyiv\nPost Kyivstar kyiv Post"

func TestOccurrences(t *testing.T) {
	kp := sp(0, 9, "ENTITY")
	tests := []struct {
		name  string
		spans []annotations.Span // the document's spans
		span  annotations.Span
		fold  bool
		want  []annotations.Span
	}{
		// Case-sensitive: only the third; never across a line break, never
		// in "Kyivstar".
		{"exact", []annotations.Span{kp}, kp, false, []annotations.Span{sp(22, 31, "ENTITY")}},
		{"any case", []annotations.Span{kp}, kp, true, []annotations.Span{sp(11, 20, "ENTITY"), sp(22, 31, "ENTITY"), sp(62, 71, "ENTITY")}},
		// A span not stored yet is still left out.
		{"span not stored", nil, kp, false, []annotations.Span{sp(22, 31, "ENTITY")}},
		// Inside a span of the same label: skipped; of another label: kept.
		{"inside the same label", []annotations.Span{kp, sp(22, 40, "ENTITY"), sp(11, 20, "CLAIM")}, kp, true,
			[]annotations.Span{sp(11, 20, "ENTITY"), sp(62, 71, "ENTITY")}},
		{"one token", nil, annotations.Span{Start: 43, End: 47, Label: "ENTITY"}, false,
			[]annotations.Span{sp(0, 4, "ENTITY"), sp(22, 26, "ENTITY")}},
		{"with the clitic", nil, annotations.Span{Start: 27, End: 35, Label: "ENTITY"}, false, nil},
		{"no token", nil, annotations.Span{Start: 4, End: 5, Label: "ENTITY"}, false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &annotations.Document{Text: occurrencesText, Spans: tt.spans}
			got := Occurrences(d, d.Tokens(), tt.span, tt.fold)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// Occurrences of a needle never overlap one another.
func TestOccurrencesDoNotOverlap(t *testing.T) {
	d := &annotations.Document{Text: "b b b b b"}
	got := Occurrences(d, d.Tokens(), annotations.Span{Start: 0, End: 3, Label: "L"}, false)
	if diff := cmp.Diff([]annotations.Span{sp(4, 7, "L")}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestFindAll(t *testing.T) {
	docs := []*annotations.Document{
		{Text: "Kyiv Post reported.", Spans: []annotations.Span{sp(0, 9, "ENTITY")}},
		{Text: "Nothing here."},
		{Text: "The Kyiv Post and the kyiv post."},
		{Text: "Kyiv Post", Spans: []annotations.Span{sp(0, 9, "CLAIM")}},
	}
	n, ok := NewNeedle(docs[0].Text, docs[0].Spans[0], false)
	if !ok {
		t.Fatal("no needle")
	}
	type found struct {
		Doc   int
		Spans []annotations.Span
	}
	var got []found
	for d, spans := range n.FindAll(slices.Values(docs)) {
		got = append(got, found{slices.Index(docs, d), spans})
	}
	want := []found{{2, []annotations.Span{sp(4, 13, "ENTITY")}}, {3, []annotations.Span{sp(0, 9, "ENTITY")}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func sp(start, end int, label string) annotations.Span {
	return annotations.Span{Start: start, End: end, Label: label}
}

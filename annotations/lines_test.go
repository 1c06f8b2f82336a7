package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLineSpans(t *testing.T) {
	text := "Advertisement\n  Read Next  \n\n\u00a0\nShare on X\nBody."
	d := docOf(t, text)
	span := func(s string) Span {
		r := rangeOf(t, text, s)
		return Span{r.Start, r.End, "BOILERPLATE"}
	}
	tests := []struct {
		name     string
		from, to int
		want     []Span
	}{
		{"one line", 3, 5, []Span{span("Advertisement")}},
		{"two lines, whitespace trimmed", 3, rangeOf(t, text, "Next").Start, []Span{span("Advertisement"), span("Read Next")}},
		{"empty and blank lines give none", rangeOf(t, text, "Next").Start, rangeOf(t, text, "Share").Start,
			[]Span{span("Read Next"), span("Share on X")}},
		{"only blank lines", rangeOf(t, text, "\n\n").End - 1, rangeOf(t, text, "\u00a0").Start, nil},
		{"to the end of the text", rangeOf(t, text, "X").Start, len(text), []Span{span("Share on X"), span("Body.")}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, d.LineSpans(tt.from, tt.to, "BOILERPLATE"), emptyEdits); diff != "" {
				t.Errorf("LineSpans(%d, %d) (-want +got):\n%s", tt.from, tt.to, diff)
			}
		})
	}
}

func TestAddAll(t *testing.T) {
	tests := []struct {
		name      string
		have      []Span
		add       []Span
		want      Edit
		wantSpans []Span
	}{
		{"several into an empty document", nil, []Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}},
			Edit{Add: []Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}}},
			[]Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}}},
		{"each merges with what it overlaps", []Span{{0, 10, "ENTITY"}, {17, 22, "ENTITY"}}, []Span{{6, 16, "ENTITY"}, {20, 30, "ENTITY"}},
			Edit{Remove: []Span{{0, 10, "ENTITY"}, {17, 22, "ENTITY"}}, Add: []Span{{0, 16, "ENTITY"}, {17, 30, "ENTITY"}}},
			[]Span{{0, 16, "ENTITY"}, {17, 30, "ENTITY"}}},
		{"new spans that overlap each other merge", nil, []Span{{0, 10, "CLAIM"}, {6, 16, "CLAIM"}},
			Edit{Add: []Span{{0, 16, "CLAIM"}}},
			[]Span{{0, 16, "CLAIM"}}},
		{"spans already there change nothing", []Span{{0, 5, "ENTITY"}}, []Span{{0, 5, "ENTITY"}, {1, 4, "ENTITY"}},
			Edit{},
			[]Span{{0, 5, "ENTITY"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, wordsText, tt.have...)
			got, err := d.AddAll(tt.add)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, emptyEdits); diff != "" {
				t.Errorf("edit (-want +got):\n%s", diff)
			}
			if err := d.Apply(got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantSpans, d.Spans, emptyEdits); diff != "" {
				t.Errorf("spans after the edit (-want +got):\n%s", diff)
			}
			if err := d.Apply(got.Inverse()); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.have, d.Spans, emptyEdits); diff != "" {
				t.Errorf("spans after undoing it (-want +got):\n%s", diff)
			}
		})
	}
	if _, err := docOf(t, wordsText).AddAll([]Span{{0, 5, "ENTITY"}, {5, 5, "ENTITY"}}); err == nil {
		t.Error("AddAll took an empty span")
	}
}

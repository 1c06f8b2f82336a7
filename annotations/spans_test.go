package annotations

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// wordsText has Alpha [0,5), Beta [6,10), Gamma [11,16), Delta [17,22)
// and Epsilon [23,30).
const wordsText = "Alpha Beta Gamma Delta Epsilon"

// docWith is a document of text holding spans.
func docWith(t *testing.T, text string, spans ...Span) *Document {
	t.Helper()
	d := docOf(t, text)
	for _, s := range spans {
		if err := d.Apply(Edit{Add: []Span{s}}); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// emptyEdits treats nil and empty span lists alike.
var emptyEdits = cmpopts.EquateEmpty()

func TestAdd(t *testing.T) {
	tests := []struct {
		name      string
		have      []Span
		add       Span
		want      Edit
		wantSpans []Span
	}{
		{"into an empty document", nil, Span{0, 5, "ENTITY"},
			Edit{Add: []Span{{0, 5, "ENTITY"}}},
			[]Span{{0, 5, "ENTITY"}}},
		{"identical span is a no-op", []Span{{0, 5, "ENTITY"}}, Span{0, 5, "ENTITY"},
			Edit{},
			[]Span{{0, 5, "ENTITY"}}},
		{"inside a span of its label is a no-op", []Span{{0, 10, "ENTITY"}}, Span{6, 10, "ENTITY"},
			Edit{},
			[]Span{{0, 10, "ENTITY"}}},
		{"same-label overlap merges", []Span{{0, 10, "ENTITY"}}, Span{6, 16, "ENTITY"},
			Edit{Remove: []Span{{0, 10, "ENTITY"}}, Add: []Span{{0, 16, "ENTITY"}}},
			[]Span{{0, 16, "ENTITY"}}},
		{"a new span bridging two merges all three", []Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}}, Span{3, 13, "ENTITY"},
			Edit{Remove: []Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}}, Add: []Span{{0, 16, "ENTITY"}}},
			[]Span{{0, 16, "ENTITY"}}},
		{"a new span swallows a same-label span inside it", []Span{{6, 10, "ENTITY"}}, Span{0, 16, "ENTITY"},
			Edit{Remove: []Span{{6, 10, "ENTITY"}}, Add: []Span{{0, 16, "ENTITY"}}},
			[]Span{{0, 16, "ENTITY"}}},
		{"touching same-label spans stay separate", []Span{{0, 5, "ENTITY"}}, Span{5, 10, "ENTITY"},
			Edit{Add: []Span{{5, 10, "ENTITY"}}},
			[]Span{{0, 5, "ENTITY"}, {5, 10, "ENTITY"}}},
		{"different labels overlap", []Span{{0, 10, "ENTITY"}}, Span{6, 16, "CLAIM"},
			Edit{Add: []Span{{6, 16, "CLAIM"}}},
			[]Span{{0, 10, "ENTITY"}, {6, 16, "CLAIM"}}},
		{"different labels nest", []Span{{0, 30, "CLAIM"}}, Span{6, 10, "ENTITY"},
			Edit{Add: []Span{{6, 10, "ENTITY"}}},
			[]Span{{0, 30, "CLAIM"}, {6, 10, "ENTITY"}}},
		{"same range, another label", []Span{{0, 5, "ENTITY"}}, Span{0, 5, "CLAIM"},
			Edit{Add: []Span{{0, 5, "CLAIM"}}},
			[]Span{{0, 5, "CLAIM"}, {0, 5, "ENTITY"}}},
		{"merge leaves other labels alone", []Span{{0, 5, "ENTITY"}, {3, 13, "CLAIM"}, {11, 16, "ENTITY"}}, Span{3, 13, "ENTITY"},
			Edit{Remove: []Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}}, Add: []Span{{0, 16, "ENTITY"}}},
			[]Span{{0, 16, "ENTITY"}, {3, 13, "CLAIM"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, wordsText, tt.have...)
			got, err := d.Add(tt.add)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, emptyEdits); diff != "" {
				t.Errorf("Add(%v) edit mismatch (-want +got):\n%s", tt.add, diff)
			}
			if err := d.Apply(got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantSpans, d.Spans); diff != "" {
				t.Errorf("spans after Add(%v) mismatch (-want +got):\n%s", tt.add, diff)
			}
		})
	}
}

func TestAddErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		add  Span
		want string
	}{
		{"no label", wordsText, Span{0, 5, ""}, "span has no label"},
		{"negative start", wordsText, Span{-1, 5, "ENTITY"}, "span ENTITY[-1,5) lies outside the text (length 30 bytes)"},
		{"past the end", wordsText, Span{20, 31, "ENTITY"}, "span ENTITY[20,31) lies outside the text (length 30 bytes)"},
		{"empty", wordsText, Span{5, 5, "ENTITY"}, "span ENTITY[5,5) is empty or ends before it starts"},
		{"backwards", wordsText, Span{6, 2, "ENTITY"}, "span ENTITY[6,2) is empty or ends before it starts"},
		{"starts inside a code point", "a👍b", Span{2, 6, "ENTITY"}, "span ENTITY[2,6): offset 2 (bytes) falls inside a code point"},
		{"ends inside a code point", "a👍b", Span{0, 3, "ENTITY"}, "span ENTITY[0,3): offset 3 (bytes) falls inside a code point"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := docOf(t, tt.text).Add(tt.add)
			if err == nil {
				t.Fatalf("Add(%v) succeeded", tt.add)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDelete(t *testing.T) {
	d := docWith(t, wordsText, Span{0, 5, "ENTITY"}, Span{0, 5, "CLAIM"})
	got, err := d.Delete(Span{0, 5, "CLAIM"})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(Edit{Remove: []Span{{0, 5, "CLAIM"}}}, got); diff != "" {
		t.Errorf("Delete edit mismatch (-want +got):\n%s", diff)
	}
	if err := d.Apply(got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Span{{0, 5, "ENTITY"}}, d.Spans); diff != "" {
		t.Errorf("spans after Delete mismatch (-want +got):\n%s", diff)
	}
	_, err = d.Delete(Span{0, 5, "CLAIM"})
	if diff := cmp.Diff("no span CLAIM[0,5) to delete", errText(err)); diff != "" {
		t.Errorf("deleting a missing span: error mismatch (-want +got):\n%s", diff)
	}
}

func errText(err error) string {
	if err == nil {
		return "<nil>"
	}
	return err.Error()
}

func TestRelabel(t *testing.T) {
	tests := []struct {
		name      string
		have      []Span
		span      Span
		to        string
		want      Edit
		wantSpans []Span
	}{
		{"plain relabel", []Span{{0, 5, "ENTITY"}}, Span{0, 5, "ENTITY"}, "CLAIM",
			Edit{Remove: []Span{{0, 5, "ENTITY"}}, Add: []Span{{0, 5, "CLAIM"}}},
			[]Span{{0, 5, "CLAIM"}}},
		{"to its own label is a no-op", []Span{{0, 5, "ENTITY"}}, Span{0, 5, "ENTITY"}, "ENTITY",
			Edit{},
			[]Span{{0, 5, "ENTITY"}}},
		{"onto an identical span of the new label", []Span{{0, 5, "CLAIM"}, {0, 5, "ENTITY"}}, Span{0, 5, "ENTITY"}, "CLAIM",
			Edit{Remove: []Span{{0, 5, "ENTITY"}}},
			[]Span{{0, 5, "CLAIM"}}},
		{"into a containing span of the new label", []Span{{0, 16, "CLAIM"}, {6, 10, "ENTITY"}}, Span{6, 10, "ENTITY"}, "CLAIM",
			Edit{Remove: []Span{{6, 10, "ENTITY"}}},
			[]Span{{0, 16, "CLAIM"}}},
		{"merges with overlapping spans of the new label", []Span{{0, 10, "ENTITY"}, {6, 16, "CLAIM"}}, Span{0, 10, "ENTITY"}, "CLAIM",
			Edit{Remove: []Span{{0, 10, "ENTITY"}, {6, 16, "CLAIM"}}, Add: []Span{{0, 16, "CLAIM"}}},
			[]Span{{0, 16, "CLAIM"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, wordsText, tt.have...)
			got, err := d.Relabel(tt.span, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got, emptyEdits); diff != "" {
				t.Errorf("Relabel edit mismatch (-want +got):\n%s", diff)
			}
			if err := d.Apply(got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantSpans, d.Spans); diff != "" {
				t.Errorf("spans after Relabel mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestRelabelErrors(t *testing.T) {
	d := docWith(t, wordsText, Span{0, 5, "ENTITY"})
	tests := []struct {
		name string
		span Span
		to   string
		want string
	}{
		{"missing span", Span{0, 5, "CLAIM"}, "ENTITY", "no span CLAIM[0,5) to relabel"},
		{"to no label", Span{0, 5, "ENTITY"}, "", "span has no label"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.Relabel(tt.span, tt.to)
			if diff := cmp.Diff(tt.want, errText(err)); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpansAt(t *testing.T) {
	d := docWith(t, wordsText, Span{0, 30, "CLAIM"}, Span{6, 10, "ENTITY"}, Span{6, 16, "BOILERPLATE"}, Span{11, 16, "ENTITY"})
	tests := []struct {
		name string
		at   int
		want []Span
	}{
		{"outermost first", 7, []Span{{0, 30, "CLAIM"}, {6, 16, "BOILERPLATE"}, {6, 10, "ENTITY"}}},
		{"end is exclusive", 10, []Span{{0, 30, "CLAIM"}, {6, 16, "BOILERPLATE"}}},
		{"start is inclusive", 11, []Span{{0, 30, "CLAIM"}, {6, 16, "BOILERPLATE"}, {11, 16, "ENTITY"}}},
		{"end of text", 30, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, d.SpansAt(tt.at)); diff != "" {
				t.Errorf("SpansAt(%d) mismatch (-want +got):\n%s", tt.at, diff)
			}
		})
	}
}

// TestSelectAt: Enter selects the innermost span at the caret, or the one
// just before it; again, the one around it, round to the innermost; open
// suggestions are selected too, the spans' first.
func TestSelectAt(t *testing.T) {
	d := docWith(t, wordsText, Span{0, 30, "CLAIM"}, Span{6, 10, "ENTITY"}, Span{6, 16, "BOILERPLATE"})
	d.Suggestions = []Suggestion{{Span: Span{20, 25, "ENTITY"}}}
	none := Span{}
	tests := []struct {
		name     string
		at       int
		selected Span
		want     Span
		ok       bool
	}{
		{"the innermost", 7, none, Span{6, 10, "ENTITY"}, true},
		{"again: the one around it", 7, Span{6, 10, "ENTITY"}, Span{6, 16, "BOILERPLATE"}, true},
		{"and around that", 7, Span{6, 16, "BOILERPLATE"}, Span{0, 30, "CLAIM"}, true},
		{"round to the innermost", 7, Span{0, 30, "CLAIM"}, Span{6, 10, "ENTITY"}, true},
		{"right after a span, as a label leaves the caret", 10, none, Span{6, 16, "BOILERPLATE"}, true},
		{"a suggestion inside a span: the span first", 21, none, Span{0, 30, "CLAIM"}, true},
		{"then the suggestion", 21, Span{0, 30, "CLAIM"}, Span{20, 25, "ENTITY"}, true},
		{"at the text's end, right after the claim", 30, none, Span{0, 30, "CLAIM"}, true},
	}
	for _, tt := range tests {
		got, ok := d.SelectAt(tt.at, tt.selected)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%s: SelectAt(%d, %v) = %v, %v; want %v, %v", tt.name, tt.at, tt.selected, got, ok, tt.want, tt.ok)
		}
	}
	if got, ok := docWith(t, wordsText, Span{6, 10, "ENTITY"}).SelectAt(2, none); ok {
		t.Errorf("no span at the caret: SelectAt selected %v", got)
	}
}

func TestSpanString(t *testing.T) {
	if got, want := (Span{40, 48, "ENTITY"}).String(), "ENTITY[40,48)"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
}

// TestMergePlacedIsAddingOneByOne checks that merging a batch of spans, as
// reading a file does, gives what adding them one at a time gives, on
// random spans of three labels.
func TestMergePlacedIsAddingOneByOne(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	text := strings.Repeat("abcdefghij", 10)
	for round := range 200 {
		var spans []Span
		for range r.IntN(30) {
			a, b := r.IntN(len(text)), r.IntN(len(text))
			if a != b {
				spans = append(spans, Span{min(a, b), max(a, b), DefaultLabels[r.IntN(3)].Name})
			}
		}
		oneByOne := docOf(t, text)
		for _, s := range spans {
			if err := oneByOne.addMerging(s); err != nil {
				t.Fatal(err)
			}
		}
		var placed []placedSpan
		for i, s := range spans {
			placed = append(placed, placedSpan{fmt.Sprint("span ", i+1), s})
		}
		merged, _, _ := docOf(t, text).mergePlaced(placed, nil)
		if diff := cmp.Diff(oneByOne.Spans, merged, emptyEdits); diff != "" {
			t.Fatalf("round %d: mergePlaced(%v) (-one by one +merged):\n%s", round, spans, diff)
		}
	}
}

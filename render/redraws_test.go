package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestEditRedrawsOnlyWhatEachChangeTouches: an edit of many scattered
// suggestions (accept all, a patterns file's matches) redraws the lines
// they are on, each once, not every line between the first and the last.
func TestEditRedrawsOnlyWhatEachChangeTouches(t *testing.T) {
	// lines:     0: [0,4)  1: [5,9)  2: [10,14)  3: [15,19)  4: [20,24)
	d := docOf(t, "aa a\nbb b\ncc c\ndd d\nee e")
	suggestion := func(start, end int) annotations.Suggestion {
		return annotations.Suggestion{Span: annotations.Span{Start: start, End: end, Label: "ENTITY"}}
	}
	line := func(i, bytes int) Redraw { return Redraw{Line: i, Block: -1, Bytes: bytes} }
	tests := []struct {
		name string
		edit annotations.Edit
		want []Redraw
	}{
		{"nothing drawn", annotations.Edit{Answer: &annotations.AnswerEdit{To: annotations.Accept}}, nil},
		{"two lines apart", annotations.Edit{Suggest: []annotations.Suggestion{suggestion(20, 22), suggestion(0, 2)}},
			[]Redraw{line(0, 5), line(4, 4)}},
		{"two changes on one line, drawn once", annotations.Edit{
			Add:       []annotations.Span{{Start: 10, End: 12, Label: "CLAIM"}},
			Unsuggest: []annotations.Suggestion{suggestion(13, 14), suggestion(10, 12)},
		}, []Redraw{line(2, 5)}},
		{"a span over lines draws each", annotations.Edit{Remove: []annotations.Span{{Start: 6, End: 17, Label: "CLAIM"}}, Add: []annotations.Span{{Start: 20, End: 21, Label: "CLAIM"}}},
			[]Redraw{line(1, 5), line(2, 5), line(3, 5), line(4, 4)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, EditRedraws(d, tt.edit)); diff != "" {
				t.Errorf("EditRedraws mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEditRedrawsBlocksOfALongLine: on a line drawn in blocks, only the
// blocks the changes are in, each once.
func TestEditRedrawsBlocksOfALongLine(t *testing.T) {
	d := docOf(t, longText())
	blocks := Blocks(d, 0)
	at := func(k int) annotations.Span {
		return annotations.Span{Start: blocks[k].Start, End: blocks[k].Start + 2, Label: "ENTITY"}
	}
	e := annotations.Edit{Add: []annotations.Span{at(3), at(1)}, Remove: []annotations.Span{{Start: at(1).Start + 3, End: at(1).Start + 5, Label: "CLAIM"}}}
	var got []int
	for _, r := range EditRedraws(d, e) {
		if r.Line != 0 {
			t.Errorf("redraws line %d, want only line 0", r.Line)
		}
		got = append(got, r.Block)
	}
	if diff := cmp.Diff([]int{1, 3}, got); diff != "" {
		t.Errorf("blocks redrawn mismatch (-want +got):\n%s", diff)
	}
}

// TestChunksOfRedraws: the span list's groups an edit redraws are those of
// the chunks its lines are in, not every chunk between the first and last.
func TestChunksOfRedraws(t *testing.T) {
	r := []Redraw{{Line: 0}, {Line: 3}, {Line: LinesPerChunk + 1}, {Line: 5 * LinesPerChunk, Block: 0}, {Line: 5 * LinesPerChunk, Block: 2}}
	if diff := cmp.Diff([]int{0, 1, 5}, ChunksOf(r)); diff != "" {
		t.Errorf("ChunksOf mismatch (-want +got):\n%s", diff)
	}
}

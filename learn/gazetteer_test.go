package learn

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// seqOf is the tokens of words, split at spaces.
func seqOf(words string) []seqToken {
	var seq []seqToken
	for _, w := range strings.Fields(words) {
		seq = append(seq, seqToken{text: w})
	}
	return seq
}

// TestGazetteerExtend: an entity the tagger stopped short inside a name
// confirmed whole, with the same label, takes the whole name; not one of
// another label, nor over the next entity, nor a name it does not start.
func TestGazetteerExtend(t *testing.T) {
	g := newGazetteer()
	g.addKey("Wrenfield Chamber of Commerce", 0)
	g.addKey("Orton Vale Council", 1)
	seq := seqOf("offices of Wrenfield Chamber of Commerce on Orton Vale Council and Chamber of Commerce")
	tests := []struct {
		name     string
		in, want []tagSpan
	}{
		{"cut short: the whole name", []tagSpan{{2, 3, 0}}, []tagSpan{{2, 5, 0}}},
		{"whole already", []tagSpan{{2, 5, 0}}, []tagSpan{{2, 5, 0}}},
		{"another label", []tagSpan{{2, 3, 1}}, []tagSpan{{2, 3, 1}}},
		{"another entity in the way", []tagSpan{{2, 3, 0}, {5, 5, 1}}, []tagSpan{{2, 3, 0}, {5, 5, 1}}},
		{"the second of two", []tagSpan{{2, 5, 0}, {7, 8, 1}}, []tagSpan{{2, 5, 0}, {7, 9, 1}}},
		{"not the name's start", []tagSpan{{12, 13, 0}}, []tagSpan{{12, 13, 0}}},
	}
	for _, tt := range tests {
		spans := append([]tagSpan(nil), tt.in...)
		g.extend(seq, spans)
		if diff := cmp.Diff(tt.want, spans, cmp.AllowUnexported(tagSpan{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestGazetteerCount: a name met in a line learnt counts as tagged when its
// tokens are one entity of its label, else against it (untagged, or another
// label), and not at all inside a longer entity; a new label starts over.
func TestGazetteerCount(t *testing.T) {
	g := newGazetteer()
	g.addKey("Orton Vale", 0)
	g.addKey("Harlow", 0)
	// O, B-0, I-0, L-0, U-0, then label 1's.
	const o, b, i, l, u, u1 = 0, 1, 2, 3, 4, 8
	seq := seqOf("Orton Vale and Harlow met Orton Vale Council in Harlow")
	g.count(seq, []int{b, l, o, u, o, b, i, l, o, u1})
	want := map[string]record{"Orton Vale": {tagged: 1}, "Harlow": {tagged: 1, other: 1}}
	if diff := cmp.Diff(want, g.records, cmp.AllowUnexported(record{})); diff != "" {
		t.Errorf("records (-want +got):\n%s", diff)
	}
	g.count(seqOf("Orton Vale"), []int{o, o})
	g.addKey("Harlow", 1)
	want = map[string]record{"Orton Vale": {tagged: 1, other: 1}, "Harlow": {other: 2}}
	if diff := cmp.Diff(want, g.records, cmp.AllowUnexported(record{})); diff != "" {
		t.Errorf("records after a new label (-want +got):\n%s", diff)
	}
}

// TestGazetteerRecall: a name tagged at least twice is scored by its record,
// tagged over times seen plus one, where the tagger found it lower or missed
// it; not over an entity the tagger found across it, nor once tagged only.
func TestGazetteerRecall(t *testing.T) {
	g := newGazetteer()
	g.addKey("Orton Vale", 0)
	g.addKey("Kettleby", 0)
	g.addKey("Eastgate", 0)
	g.records = map[string]record{"Orton Vale": {tagged: 22}, "Kettleby": {tagged: 1}, "Eastgate": {tagged: 3, other: 1}}
	seq := seqOf("in Orton Vale and Kettleby and Eastgate")
	g.mark(seq, []string{"O", "B-A", "I-A", "L-A", "U-A"})
	orton := foundSpan{tagSpan: tagSpan{1, 2, 0}, score: 22.0 / 23, record: record{tagged: 22}}
	eastgate := foundSpan{tagSpan: tagSpan{6, 6, 0}, score: 0.6, record: record{tagged: 3, other: 1}}
	tests := []struct {
		name     string
		in, want []foundSpan
	}{
		{"missed", nil, []foundSpan{orton, eastgate}},
		{"found lower", []foundSpan{{tagSpan: tagSpan{1, 2, 0}, score: 0.3}}, []foundSpan{orton, eastgate}},
		{"found higher", []foundSpan{{tagSpan: tagSpan{6, 6, 0}, score: 0.9}}, []foundSpan{orton, {tagSpan: tagSpan{6, 6, 0}, score: 0.9}}},
		{"found otherwise", []foundSpan{{tagSpan: tagSpan{0, 1, 0}, score: 0.3}, {tagSpan: tagSpan{4, 4, 0}, score: 0.5}},
			[]foundSpan{{tagSpan: tagSpan{0, 1, 0}, score: 0.3}, {tagSpan: tagSpan{4, 4, 0}, score: 0.5}, eastgate}},
		{"another label", []foundSpan{{tagSpan: tagSpan{1, 2, 1}, score: 0.4}}, []foundSpan{{tagSpan: tagSpan{1, 2, 1}, score: 0.4}, eastgate}},
	}
	for _, tt := range tests {
		got := g.recall(seq, append([]foundSpan(nil), tt.in...))
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(foundSpan{}, tagSpan{}, record{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

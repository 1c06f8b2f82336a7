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

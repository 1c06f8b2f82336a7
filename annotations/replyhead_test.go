package annotations

import (
	"bytes"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSuggestReplyBytes(t *testing.T) {
	r := SuggestReply{
		Suggestions: []Suggestion{sug(0, 4, "ENTITY", Reason{From: FromPattern, Text: "pattern line 1", Pattern: "1"})},
		Refused:     []string{"line 3: x"},
		Patterns:    2,
	}
	head := "\x02" + // usable patterns
		"\x01" + "\x09line 3: x" + // refused lines
		"\x01" + "\x06ENTITY" + // labels
		"\x01" + "\x07pattern" + "\x0epattern line 1" + "\x011" + "\x00" // reasons: source, text, pattern, no score
	body := "\x00\x04" + "\x00" + "\x01\x00" // start, length, label, one reason: the first
	want := []byte("\x2f" + head + body)
	got, err := r.MarshalBinary()
	must(t, err)
	if !bytes.Equal(got, want) {
		t.Errorf("packed as\n%q\nwant\n%q", got, want)
	}
}

func TestReplyHeadScores(t *testing.T) {
	want := replyHead{
		SuggestReply: SuggestReply{Patterns: 1000},
		Labels:       []string{"ENTITY", "Zoë"},
		Reasons:      []Reason{{From: FromModel, Text: "model 0.82", Score: 0.82}, {From: FromBoilerplate, Text: ""}},
	}
	got, err := readHead(appendHead(nil, want))
	must(t, err)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("packed and read back (-want +got):\n%s", diff)
	}
	if _, err := readHead(append(appendHead(nil, want), 0)); err == nil {
		t.Error("a head followed by a byte more reads without error")
	}
	if _, err := readHead([]byte{0, 0, 0, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f}); err == nil {
		t.Error("a head claiming 2⁶³ reasons reads without error")
	}
}

func FuzzReplyHead(f *testing.F) {
	f.Add(appendHead(nil, replyHead{SuggestReply: SuggestReply{Refused: []string{"line 1: x"}}, Labels: []string{"A"}, Reasons: []Reason{{From: FromModel, Score: 0.5}}}))
	f.Add([]byte{0, 0, 0, 1})
	f.Fuzz(func(t *testing.T, b []byte) {
		h, err := readHead(b)
		if err != nil {
			return
		}
		again := appendHead(nil, h) // its varints written the shortest way
		back, err := readHead(again)
		if err != nil {
			t.Fatalf("a head read cannot be read again once packed: %v", err)
		}
		if twice := appendHead(nil, back); !bytes.Equal(twice, again) {
			t.Fatalf("packed, read and packed again:\n%q\nfirst packed:\n%q", twice, again)
		}
	})
}

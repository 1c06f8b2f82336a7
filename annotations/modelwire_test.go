package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestModelReplyPacked(t *testing.T) {
	for _, r := range []ModelReply{
		{},
		{Learnt: []int{3, 1}, Retrained: true, Scores: ModelScores{Labels: []string{"ENTITY"}, Docs: [][]ModelCounts{{{TP: 1, FP: 2, FN: 3}}}},
			Model: []byte("spantag model\x00\xff"), Base: []byte{1, 2}},
		{Missing: []int{0, 4}, Model: []byte{9}},
	} {
		b, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var got ModelReply
		if err := got.UnmarshalBinary(b); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(r, got); diff != "" {
			t.Errorf("packed and read back (-want +got):\n%s", diff)
		}
		for cut := range len(b) - 1 {
			var torn ModelReply
			_ = torn.UnmarshalBinary(b[:cut]) // an error or less, never a panic
		}
	}
}

func FuzzModelReplyUnpacked(f *testing.F) {
	b, _ := ModelReply{Learnt: []int{1}, Model: []byte("m")}.MarshalBinary()
	f.Add(b)
	f.Fuzz(func(t *testing.T, b []byte) {
		var r ModelReply
		if r.UnmarshalBinary(b) != nil {
			return
		}
		again, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back ModelReply
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("a reply read back does not read again: %v", err)
		}
	})
}

func TestModelSuggestJobPacked(t *testing.T) {
	job := ModelSuggestJob{Dataset: "7", Labels: []string{"ENTITY", "CLAIM"}, Threshold: 0.5, Text: "Zoë Kyiv",
		Spans: []Span{{Start: 0, End: 4, Label: "CLAIM"}, {Start: 5, End: 9, Label: "ENTITY"}, {Start: 5, End: 9, Label: "CLAIM"}}}
	head := `{"dataset":"7","labels":["ENTITY","CLAIM"],"threshold":0.5,"text":"","span_labels":["CLAIM","ENTITY"]}`
	want := append([]byte{byte(len(head))}, head...)
	want = append(append(want, 9), "Zoë Kyiv"...)
	want = append(want,
		0, 4, 0, // start 0, length 4, CLAIM
		10, 4, 1, // start 0+5 (zigzag 10), length 4, ENTITY
		0, 4, 0) // start 5+0, length 4, CLAIM
	b, err := job.MarshalBinary()
	must(t, err)
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("packed (-want +got):\n%s", diff)
	}
	var got ModelSuggestJob
	must(t, got.UnmarshalBinary(b))
	if diff := cmp.Diff(job, got); diff != "" {
		t.Errorf("read back (-want +got):\n%s", diff)
	}
	for cut := range len(b) - 1 {
		var torn ModelSuggestJob
		if err := torn.UnmarshalBinary(b[:cut]); err == nil && len(torn.Spans) == len(job.Spans) {
			t.Errorf("a job cut to %d of %d bytes reads whole", cut, len(b))
		}
	}
}

func FuzzModelSuggestJob(f *testing.F) {
	b, _ := ModelSuggestJob{Dataset: "1", Labels: []string{"ENTITY"}, Text: "Kyiv", Spans: []Span{{Start: 0, End: 4, Label: "ENTITY"}}}.MarshalBinary()
	f.Add(b)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var j ModelSuggestJob
		if j.UnmarshalBinary(b) != nil {
			return
		}
		again, err := j.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back ModelSuggestJob
		if err := back.UnmarshalBinary(again); err != nil || !cmp.Equal(j, back) {
			t.Fatalf("a job read is not read back the same once packed: %v\n%s", err, cmp.Diff(j, back))
		}
	})
}

func TestModelLoadJobPacked(t *testing.T) {
	job := ModelLoadJob{Dataset: "7", Labels: []string{"ENTITY"}, File: []byte("spantag model\x00\xff"),
		Stored: ModelReply{Learnt: []int{2}, Scores: ModelScores{Labels: []string{"ENTITY"}, Docs: [][]ModelCounts{{{TP: 1}}}}, Model: []byte{1, 2}}}
	head := `{"dataset":"7","labels":["ENTITY"],"stored":{"learnt":[2],"scores":{"labels":["ENTITY"],"docs":[[{"tp":1,"fp":0,"fn":0}]]}}}`
	want := append([]byte{byte(len(head))}, head...)
	want = append(append(want, 15), "spantag model\x00\xff"...)
	want = append(want, 2, 1, 2, // the stored model
		0) // no base
	b, err := job.MarshalBinary()
	must(t, err)
	if diff := cmp.Diff(want, b); diff != "" {
		t.Errorf("packed (-want +got):\n%s", diff)
	}
	for _, want := range []ModelLoadJob{job, {Dataset: "1"}} {
		b, err := want.MarshalBinary()
		must(t, err)
		var got ModelLoadJob
		must(t, got.UnmarshalBinary(b))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("read back (-want +got):\n%s", diff)
		}
		for cut := range len(b) - 1 {
			var torn ModelLoadJob
			if torn.UnmarshalBinary(b[:cut]) == nil {
				t.Errorf("a job cut to %d of %d bytes reads", cut, len(b))
			}
		}
	}
}

func FuzzModelLoadJob(f *testing.F) {
	b, _ := ModelLoadJob{Dataset: "1", File: []byte("m"), Stored: ModelReply{Learnt: []int{0}, Base: []byte("b")}}.MarshalBinary()
	f.Add(b)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var j ModelLoadJob
		if j.UnmarshalBinary(b) != nil {
			return
		}
		again, err := j.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back ModelLoadJob
		if err := back.UnmarshalBinary(again); err != nil || !cmp.Equal(j, back) {
			t.Fatalf("a job read is not read back the same once packed: %v\n%s", err, cmp.Diff(j, back))
		}
	})
}

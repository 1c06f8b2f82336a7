package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSuggestReplyPacked(t *testing.T) {
	kp := Reason{From: FromPattern, Text: "pattern line 1 (id kp)", Pattern: `"kp"`}
	want := SuggestReply{
		Suggestions: []Suggestion{
			sug(12, 21, "ENTITY", kp),
			sug(0, 7, "ENTITY", pat("2")), // out of order: starts go back too
			sug(28, 35, "ENTITY", pat("2"), again),
			sug(40, 49, "BOILERPLATE"),
			sug(40, 49, "ENTITY", kp),
		},
		Refused:  []string{"line 3: not JSON"},
		Patterns: 2,
	}
	b, err := want.MarshalBinary()
	must(t, err)
	var got SuggestReply
	must(t, got.UnmarshalBinary(b))
	if diff := cmp.Diff(want, got, emptyEdits); diff != "" {
		t.Errorf("packed and read back (-want +got):\n%s", diff)
	}
	for cut := range len(b) - 1 {
		var r SuggestReply
		if err := r.UnmarshalBinary(b[:cut]); err == nil && len(r.Suggestions) == len(want.Suggestions) {
			t.Errorf("a reply cut to %d of %d bytes reads whole", cut, len(b))
		}
	}
}

func FuzzSuggestReply(f *testing.F) {
	b, _ := SuggestReply{Suggestions: []Suggestion{sug(1, 4, "ENTITY", pat("1"))}}.MarshalBinary()
	f.Add(b)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var r SuggestReply
		if r.UnmarshalBinary(b) != nil {
			return
		}
		again, err := r.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back SuggestReply
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("a reply read cannot be read again once packed: %v", err)
		}
	})
}

func TestSuggestJobPacked(t *testing.T) {
	want := SuggestJob{
		Dataset: "7",
		Assist:  Assist{Patterns: "{\"label\":\"ENTITY\",\"pattern\":\"Kyiv\"}\n", PatternsName: "p.jsonl", On: []From{FromBoilerplate}},
		Labels:  []string{"ENTITY", "CLAIM"},
		Text:    "Zoë: Kyiv Post, \"Kyiv\".\nAdvertisement",
		Spans:   []Span{{Start: 6, End: 10, Label: "ENTITY"}, {Start: 6, End: 15, Label: "CLAIM"}, {Start: 26, End: 39, Label: "ENTITY"}},
		Like:    &Needle{Label: "ENTITY", Text: "Kyiv", Fold: true},
		Regions: HTMLRegions{"a": {{Start: 26, End: 39}}},
	}
	b, err := want.MarshalBinary()
	must(t, err)
	var got SuggestJob
	must(t, got.UnmarshalBinary(b))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("packed and read back (-want +got):\n%s", diff)
	}
	for cut := range len(b) - 1 {
		var j SuggestJob
		if err := j.UnmarshalBinary(b[:cut]); err == nil && len(j.Spans) == len(want.Spans) {
			t.Errorf("a job cut to %d of %d bytes reads whole", cut, len(b))
		}
	}
}

func FuzzSuggestJob(f *testing.F) {
	b, _ := SuggestJob{Text: "Kyiv", Spans: []Span{{Start: 0, End: 4, Label: "ENTITY"}}}.MarshalBinary()
	f.Add(b)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var j SuggestJob
		if j.UnmarshalBinary(b) != nil {
			return
		}
		again, err := j.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var back SuggestJob
		if err := back.UnmarshalBinary(again); err != nil {
			t.Fatalf("a job read cannot be read again once packed: %v", err)
		}
	})
}

func TestFeedJobPacked(t *testing.T) {
	want := FeedJob{Dataset: "7", Texts: []string{"Home | News\nZoë sails.", "", "Advertisement\n"}}
	b, err := want.MarshalBinary()
	must(t, err)
	var got FeedJob
	must(t, got.UnmarshalBinary(b))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("packed and read back (-want +got):\n%s", diff)
	}
	for cut := range len(b) - 1 {
		var j FeedJob
		if err := j.UnmarshalBinary(b[:cut]); err == nil && len(j.Texts) == len(want.Texts) {
			t.Errorf("a feed job cut to %d of %d bytes reads whole", cut, len(b))
		}
	}
}

func FuzzFeedJob(f *testing.F) {
	b, _ := FeedJob{Dataset: "1", Texts: []string{"a\nb"}}.MarshalBinary()
	f.Add(b)
	f.Add([]byte{0})
	f.Fuzz(func(t *testing.T, b []byte) {
		var j FeedJob
		if j.UnmarshalBinary(b) != nil {
			return
		}
		again, _ := j.MarshalBinary()
		var back FeedJob
		if err := back.UnmarshalBinary(again); err != nil || !cmp.Equal(j, back) {
			t.Fatalf("a feed job read is not read back the same once packed: %v", err)
		}
	})
}

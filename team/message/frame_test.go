package message

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"spantag/annotations"
)

func TestFramesRoundTrip(t *testing.T) {
	req := Request{Files: []File{{Name: "a.jsonl", Data: []byte("{\"text\":\"Zoë 🚢\"}\n")}, {Name: "empty.json", Data: []byte{}}},
		Names: map[string]string{"a.jsonl": "ann"}, KeepRejected: true, AcceptAgreed: true}
	b, err := req.Encode()
	if err != nil {
		t.Fatal(err)
	}
	got, err := DecodeRequest(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(req, got); diff != "" {
		t.Errorf("request (-want +got):\n%s", diff)
	}
	agree := AgreeReply{Opened: Opened{Unnamed: []string{"a.jsonl"}, Messages: []string{}}, HTML: "<p>x</p>", JSON: "{}\n", FiguresCSV: "figure\n", DocumentsCSV: ""}
	if b, err = agree.Encode(); err != nil {
		t.Fatal(err)
	}
	gotAgree, err := DecodeAgreeReply(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(agree, gotAgree); diff != "" {
		t.Errorf("agree reply (-want +got):\n%s", diff)
	}
	review := ReviewReply{Opened: Opened{Unnamed: []string{}, Messages: []string{"a.jsonl: line 2: bad"}}, JSONL: "{\"text\":\"x\"}\n{\"text\":\"y\"}\n"}
	disagreements := [][]annotations.Suggestion{{{Span: annotations.Span{Start: 0, End: 1, Label: "ENTITY"}, Reasons: []annotations.Reason{{From: annotations.FromReview, Text: "a, b"}}}}, {}}
	var lines []byte
	for _, s := range disagreements {
		if lines, err = AppendSuggestions(lines, s); err != nil {
			t.Fatal(err)
		}
	}
	review.Suggestions = string(lines)
	if b, err = review.Encode(); err != nil {
		t.Fatal(err)
	}
	gotReview, err := DecodeReviewReply(b)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(review, gotReview); diff != "" {
		t.Errorf("review reply (-want +got):\n%s", diff)
	}
	if n := gotReview.Documents(); n != 2 {
		t.Errorf("disagreements of %d documents, want 2", n)
	}
	rest := gotReview.Suggestions
	for i, want := range disagreements {
		var got []annotations.Suggestion
		if got, rest, err = NextSuggestions(rest); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("document %d's disagreements (-want +got):\n%s", i, diff)
		}
	}
}

func TestBadFrames(t *testing.T) {
	good, _ := Request{Files: []File{{Name: "a", Data: []byte("xy")}}}.Encode()
	for name, b := range map[string][]byte{
		"empty":          nil,
		"no parts":       {0, 0, 0, 0},
		"cut in lengths": good[:10],
		"cut in data":    good[:len(good)-1],
		"trailing bytes": append(append([]byte{}, good...), 'z'),
	} {
		if _, err := DecodeRequest(b); err == nil {
			t.Errorf("%s: decoded without error", name)
		}
	}
	if _, err := DecodeAgreeReply(good); err == nil {
		t.Error("a request read as an agreement reply")
	}
}

func FuzzDecodeRequest(f *testing.F) {
	good, _ := Request{Files: []File{{Name: "a", Data: []byte("xy")}}, Names: map[string]string{"a": "b"}}.Encode()
	f.Add(good)
	f.Add([]byte{0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 2, '{', '}'})
	f.Add([]byte{255, 255, 255, 255})
	f.Fuzz(func(t *testing.T, b []byte) {
		r, err := DecodeRequest(b)
		if err != nil {
			return
		}
		again, err := r.Encode()
		if err != nil {
			t.Fatal(err)
		}
		if _, err := DecodeRequest(again); err != nil {
			t.Fatalf("a request decoded, encoded again, does not decode: %v", err)
		}
	})
}

// TestFilesKey: the same files, renamed or in another order, are the same
// review's; a file changed or left out is another.
func TestFilesKey(t *testing.T) {
	a, b := File{Name: "alice.jsonl", Data: []byte(`{"text":"A"}`)}, File{Name: "bob.jsonl", Data: []byte(`{"text":"B"}`)}
	key := Request{Files: []File{a, b}}.FilesKey()
	renamed := File{Name: "alice (1).jsonl", Data: a.Data}
	if got := (Request{Files: []File{b, renamed}}).FilesKey(); got != key {
		t.Errorf("renamed and reordered: %s, want %s", got, key)
	}
	for name, files := range map[string][]File{
		"one left out": {a},
		"one changed":  {a, {Name: "bob.jsonl", Data: []byte(`{"text":"C"}`)}},
		"one twice":    {a, b, b},
	} {
		if got := (Request{Files: files}).FilesKey(); got == key {
			t.Errorf("%s: the same key %s", name, got)
		}
	}
}

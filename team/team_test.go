package team

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/team/message"
)

// Two files without annotator ids (one renamed) and a Label Studio file
// whose task has two annotators' annotations.
func request() message.Request {
	const text = "Ann met Bob"
	return message.Request{Files: []message.File{
		{Name: "a.jsonl", Data: []byte(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept"}` + "\n" +
			`{"text":"Only a has it","answer":"accept"}` + "\n" + `not json` + "\n")},
		{Name: "b.jsonl", Data: []byte(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"},{"start":8,"end":11,"label":"ENTITY"}],"answer":"accept"}`)},
		{Name: "ls.json", Data: []byte(`[{"data":{"text":"` + text + `"},"annotations":[` +
			`{"completed_by":{"email":"carol@x"},"result":[{"from_name":"label","to_name":"text","type":"labels","value":{"start":8,"end":11,"labels":["ENTITY"]}}]},` +
			`{"completed_by":{"email":"dan@x"},"result":[]}]}]`)},
	}, Names: map[string]string{"b.jsonl": "bea"}}
}

// disagreements reads every document's disagreements of a review reply.
func disagreements(t *testing.T, r message.ReviewReply) [][]annotations.Suggestion {
	t.Helper()
	var all [][]annotations.Suggestion
	for lines := r.Suggestions; lines != ""; {
		var s []annotations.Suggestion
		var err error
		if s, lines, err = message.NextSuggestions(lines); err != nil {
			t.Fatal(err)
		}
		all = append(all, s)
	}
	return all
}

func TestReviewReply(t *testing.T) {
	req := request()
	req.AcceptAgreed = true
	got, err := Review(req)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"a.jsonl", "b.jsonl"}, got.Unnamed); diff != "" {
		t.Errorf("unnamed files (-want +got):\n%s", diff)
	}
	if len(got.Messages) != 1 || !strings.HasPrefix(got.Messages[0], "a.jsonl: line 3") {
		t.Errorf("messages %q, want line 3 of a.jsonl refused", got.Messages)
	}
	docs, _, err := annotations.ReadAll(strings.NewReader(got.JSONL), annotations.DefaultLabels)
	if err != nil || len(docs) != 2 {
		t.Fatalf("%d documents, %v; want Ann met Bob and Only a has it", len(docs), err)
	}
	// Ann: a.jsonl, bea and carol, not dan: not everyone, a suggestion.
	// Bob: bea and carol. Nothing agreed by all four.
	who := func(s annotations.Suggestion) string {
		return s.Label + " " + docs[0].Text[s.Start:s.End] + " by " + s.Reasons[0].Text
	}
	var shown []string
	sugg := disagreements(t, got)
	for _, s := range sugg[0] {
		shown = append(shown, who(s))
	}
	if diff := cmp.Diff([]string{"ENTITY Ann by a.jsonl, bea", "ENTITY Bob by bea, carol@x"}, shown); diff != "" {
		t.Errorf("disagreements (-want +got):\n%s", diff)
	}
	versions, err := docs[0].ReviewVersions()
	if err != nil || len(versions) != 4 {
		t.Fatalf("versions %v, %v: want four, one per annotator", versions, err)
	}
	if diff := cmp.Diff([][]string{{"a.jsonl"}, {"bea"}, {"carol@x"}, {"dan@x"}}, [][]string{versions[0].Sessions, versions[1].Sessions, versions[2].Sessions, versions[3].Sessions}); diff != "" {
		t.Errorf("sessions (-want +got):\n%s", diff)
	}
	if len(sugg[1]) != 0 || len(docs[1].Spans) != 0 {
		t.Errorf("the document only a has: %v, suggestions %v", docs[1].Spans, sugg[1])
	}
}

func TestAgreeReplyNamesAnnotators(t *testing.T) {
	got, err := Agree(request())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(got.JSON, `"annotators": [
    "a.jsonl",
    "bea",
    "carol@x",
    "dan@x"
  ]`) {
		t.Errorf("annotators not renamed in\n%s", got.JSON)
	}
	if !strings.Contains(got.HTML, `class="heatmap"`) || !strings.HasPrefix(got.FiguresCSV, "figure,label,") {
		t.Errorf("HTML or CSV missing: %q %q", got.HTML[:80], got.FiguresCSV)
	}
	if _, err := Agree(message.Request{}); err == nil {
		t.Error("no files: no error")
	}
}

// TestReviewKeepsRejected: a version answered reject is in the review, its
// answer with it, whatever the figures' tick says; it disputes the spans
// the others agreed on, as spantag review does.
func TestReviewKeepsRejected(t *testing.T) {
	req := message.Request{Files: []message.File{
		{Name: "a.jsonl", Data: []byte(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept"}`)},
		{Name: "b.jsonl", Data: []byte(`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept"}`)},
		{Name: "c.jsonl", Data: []byte(`{"text":"Ann met Bob","answer":"reject"}`)},
	}, AcceptAgreed: true}
	got, err := Review(req)
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := annotations.ReadAll(strings.NewReader(got.JSONL), annotations.DefaultLabels)
	if err != nil || len(docs) != 1 {
		t.Fatalf("%d documents, %v; want one", len(docs), err)
	}
	versions, err := docs[0].ReviewVersions()
	if err != nil || len(versions) != 2 {
		t.Fatalf("versions %+v, %v: want a and b's, and c's reject", versions, err)
	}
	if sugg := disagreements(t, got); len(docs[0].Spans) != 0 || len(sugg[0]) != 1 {
		t.Errorf("spans %v, disagreements %v: want Ann disputed by c's reject", docs[0].Spans, sugg[0])
	}
}

// TestEmptyFileSaid: a file with no document is named, not taken silently.
func TestEmptyFileSaid(t *testing.T) {
	req := request()
	req.Files = append(req.Files, message.File{Name: "empty.jsonl", Data: []byte("\n")})
	got, err := Agree(req)
	if err != nil {
		t.Fatal(err)
	}
	if want := "empty.jsonl: holds no documents: it adds no annotator's versions"; !slices.Contains(got.Messages, want) {
		t.Errorf("messages %q, want %q among them", got.Messages, want)
	}
}

// TestReviewSameID: a document whose text bob's file changed (QA pass 19) is two
// documents of one id, each with nothing accepted in advance; a document only alice
// has (a split's) keeps her spans.
func TestReviewSameID(t *testing.T) {
	req := message.Request{Files: []message.File{
		{Name: "alice.jsonl", Data: []byte(`{"text":"Market on Saturday","spans":[{"start":0,"end":6,"label":"ENTITY"}],"answer":"accept","_annotator_id":"alice","meta":{"id":"t0"}}` + "\n" +
			`{"text":"Rain today","spans":[{"start":0,"end":4,"label":"ENTITY"}],"answer":"accept","_annotator_id":"alice","meta":{"id":"t1"}}`)},
		{Name: "bob.jsonl", Data: []byte(`{"text":"Market on Sunday","spans":[{"start":0,"end":6,"label":"ENTITY"}],"answer":"accept","_annotator_id":"bob","meta":{"id":"t0"}}`)},
	}, AcceptAgreed: true}
	got, err := Review(req)
	if err != nil {
		t.Fatal(err)
	}
	docs, _, err := annotations.ReadAll(strings.NewReader(got.JSONL), annotations.DefaultLabels)
	if err != nil || len(docs) != 3 {
		t.Fatalf("%d documents, %v; want three", len(docs), err)
	}
	sugg := disagreements(t, got)
	for i, d := range docs {
		accepted := len(d.Spans) == 1
		if want := d.Text == "Rain today"; accepted != want || len(sugg[i]) == len(d.Spans) {
			t.Errorf("%q: spans %v, suggestions %v; want accepted in advance: %v", d.Text, d.Spans, sugg[i], want)
		}
	}
}

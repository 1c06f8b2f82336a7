package agree

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func versionsOf(t *testing.T, jsonl string) Versions {
	t.Helper()
	docs, report, err := annotations.ReadAll(strings.NewReader(jsonl), annotations.DefaultLabels)
	if err != nil || len(report.Errors) > 0 {
		t.Fatal(err, report.Errors)
	}
	vs := Versions{ID: docs[0].ID()}
	for _, d := range docs {
		vs.Of = append(vs.Of, Versioned{Annotator: annotatorOf(d, "?"), Doc: d})
	}
	return vs
}

func TestGoldKeepsWhoMadeIt(t *testing.T) {
	vs := versionsOf(t, `{"text":"Ann 🚢 Bob","spans":[{"start":6,"end":9,"label":"ENTITY"}],"answer":"accept","meta":{"id":"d1"},"_annotator_id":"alice","_session_id":"news-alice","x":1}
{"text":"Ann 🚢 Bob","spans":[{"start":6,"end":9,"label":"ENTITY"}],"answer":"accept","meta":{"id":"d1"},"_annotator_id":"bob"}`)
	if !vs.Unanimous() {
		t.Fatal("not unanimous")
	}
	gold, err := vs.Gold()
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	w := annotations.NewWriter(&b)
	if err := w.Write(gold); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	// Ann 🚢 Bob: Bob is code points 6 to 9, token 2; the task hash is the
	// gold line's own, as the spans are the same.
	var got map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	want := `[{"spans":[{"start":6,"end":9,"token_start":2,"token_end":2,"label":"ENTITY","text":"Bob"}],"answer":"accept","_task_hash":` +
		string(got["_task_hash"]) + `,"sessions":["news-alice","bob"],"default":true}]`
	if diff := cmp.Diff(want, string(got["versions"])); diff != "" {
		t.Errorf("versions (-want +got):\n%s", diff)
	}
	if got["_annotator_id"] != nil || got["_session_id"] != nil || string(got["x"]) != "1" {
		t.Errorf("gold keys: %s", b.Bytes())
	}
}

func TestDisputeListsWhoMadeWhat(t *testing.T) {
	vs := versionsOf(t, `{"text":"Ann 🚢 Bob","spans":[{"start":0,"end":3,"label":"ENTITY"},{"start":6,"end":9,"label":"ENTITY"}],"answer":"accept","_annotator_id":"alice"}
{"text":"Ann 🚢 Bob","spans":[{"start":6,"end":9,"label":"ENTITY"},{"start":6,"end":9,"label":"CLAIM"}],"answer":"accept","_annotator_id":"bob"}
{"text":"Ann 🚢 Bob","spans":[{"start":6,"end":9,"label":"ENTITY"}],"answer":"reject","_annotator_id":"carol"}`)
	if vs.Unanimous() {
		t.Fatal("unanimous")
	}
	got, err := vs.Dispute()
	if err != nil {
		t.Fatal(err)
	}
	want := Disputed{ID: vs.ID, InputHash: vs.Of[0].Doc.InputHash(), Annotators: []string{"alice", "bob", "carol"},
		Answers: map[string]string{"alice": "accept", "bob": "accept", "carol": "reject"},
		Spans: []DisputedSpan{
			{Start: 0, End: 3, Label: "ENTITY", Text: "Ann", By: []string{"alice"}},
			{Start: 6, End: 9, Label: "CLAIM", Text: "Bob", By: []string{"bob"}},
		}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// An unanswered document's versions carry no answer: Prodigy's are accept,
// reject and ignore.
func TestGoldOfUnansweredHasNoAnswer(t *testing.T) {
	vs := versionsOf(t, `{"text":"Ann met Bob","spans":[{"start":8,"end":11,"label":"ENTITY"}],"_annotator_id":"alice"}
{"text":"Ann met Bob","spans":[{"start":8,"end":11,"label":"ENTITY"}],"_annotator_id":"bob"}`)
	gold, err := vs.Gold()
	if err != nil {
		t.Fatal(err)
	}
	var versions []map[string]json.RawMessage
	for _, f := range gold.Extra {
		if f.Key == "versions" {
			if err := json.Unmarshal(f.Value, &versions); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(versions) != 1 || versions[0]["answer"] != nil || versions[0]["spans"] == nil {
		t.Errorf("versions %v, want one, with spans and no answer", versions)
	}
}

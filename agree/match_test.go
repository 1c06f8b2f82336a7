package agree

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"spantag/annotations"
)

// source reads the JSONL lines of a file called name.
func source(t *testing.T, name string, lines ...string) Source {
	t.Helper()
	docs, report, err := annotations.ReadAll(strings.NewReader(strings.Join(lines, "\n")), annotations.DefaultLabels)
	if err != nil || len(report.Errors) > 0 {
		t.Fatalf("%s: %v %v", name, err, report.Errors)
	}
	return Source{Name: name, Docs: docs}
}

// versions lists, per item, its text and its versions as "annotator
// answer LABEL[start,end) ...".
func versions(m Matched) map[string][]string {
	out := map[string][]string{}
	for _, it := range m.Items {
		for _, v := range it.Versions {
			s := v.Annotator + " " + string(v.Answer)
			for _, sp := range v.Spans {
				s += " " + sp.String()
			}
			out[it.Text] = append(out[it.Text], s)
		}
	}
	return out
}

func TestMatch(t *testing.T) {
	// "costarring" and "liquid" have the same FNV-1a 32 hash, so the same
	// _input_hash (1582148253): different texts, different documents.
	if a, b := (&annotations.Document{Text: "costarring"}).InputHash(), (&annotations.Document{Text: "liquid"}).InputHash(); a != b {
		t.Fatalf("the hashes of the colliding texts differ: %d, %d", a, b)
	}
	alice := source(t, "alice.jsonl",
		`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept"}`,
		`{"text":"costarring","answer":"accept"}`,
		`{"text":"It rains","answer":"reject"}`,
	)
	// Annotators in one file (one named by an older Prodigy's session
	// alone), in another order, one document of it
	// answered twice by bob (the later one counts), and one ignored.
	team := source(t, "team.jsonl",
		`{"text":"liquid","answer":"accept","_annotator_id":"bob"}`,
		`{"text":"Ann met Bob","spans":[{"start":8,"end":11,"label":"ENTITY"}],"answer":"accept","_annotator_id":"bob"}`,
		`{"text":"Ann met Bob","answer":"accept","_annotator_id":"carol"}`,
		`{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}],"answer":"accept","_annotator_id":"bob"}`,
		`{"text":"It rains","answer":"ignore","_annotator_id":"carol"}`,
		`{"text":"costarring","_annotator_id":null}`,
		`{"text":"liquid","_session_id":"news-dee"}`,
	)
	m := Match([]Source{alice, team}, MatchOptions{})
	want := map[string][]string{
		"Ann met Bob": {"alice.jsonl accept ENTITY[0,3)", "bob accept ENTITY[0,3)", "carol accept"},
		"costarring":  {"alice.jsonl accept", "team.jsonl "},
		"liquid":      {"bob accept", "news-dee "},
	}
	if diff := cmp.Diff(want, versions(m)); diff != "" {
		t.Errorf("versions (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"alice.jsonl", "bob", "carol", "news-dee", "team.jsonl"}, m.Annotators); diff != "" {
		t.Errorf("annotators (-want +got):\n%s", diff)
	}
	if m.LeftOut != 2 {
		t.Errorf("left out %d versions, want 2 (one rejected, one ignored)", m.LeftOut)
	}
	if diff := cmp.Diff([]Replaced{{Annotator: "bob", Source: "team.jsonl", Doc: 1}}, m.Replaced); diff != "" {
		t.Errorf("replaced (-want +got):\n%s", diff)
	}
	var texts []string
	for _, it := range m.Items {
		texts = append(texts, it.Text)
	}
	if diff := cmp.Diff([]string{"Ann met Bob", "costarring", "liquid"}, texts); diff != "" {
		t.Errorf("items in the order met (-want +got):\n%s", diff)
	}
	if it := m.Items[0]; len(it.Tokens) != 3 || it.InputHash != alice.Docs[0].InputHash() || it.ID != alice.Docs[0].ID() {
		t.Errorf("item 0 = %+v, want 3 tokens and the document's hash and id", it)
	}

	kept := Match([]Source{alice, team}, MatchOptions{KeepRejected: true})
	want["It rains"] = []string{"alice.jsonl reject", "carol ignore"}
	if diff := cmp.Diff(want, versions(kept)); diff != "" {
		t.Errorf("keeping rejected (-want +got):\n%s", diff)
	}
	if kept.LeftOut != 0 {
		t.Errorf("left out %d, want 0", kept.LeftOut)
	}
}

func TestMatchThenCompute(t *testing.T) {
	// The same file read twice under two names: two annotators who agree.
	line := `{"text":"Ann met Bob","spans":[{"start":0,"end":3,"label":"ENTITY"}]}`
	r := Compute(Match([]Source{source(t, "a.jsonl", line), source(t, "b.jsonl", line)}, MatchOptions{}).Items)
	got := figures(r)
	if diff := cmp.Diff(valued(1), got["cohen_kappa a.jsonl-b.jsonl"]); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(&Report{Annotators: []string{"a.jsonl", "b.jsonl"}, Labels: []string{"ENTITY"}, Documents: 1, Compared: 1, Alike: []Alike{}, SameID: []SameID{}}, r,
		cmpopts.IgnoreFields(Report{}, "Results", "Matrices", "ByDisagreement")); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
}

func TestMatchLastAnswerDecides(t *testing.T) {
	// ana accepted the document, then rejected it: she has no version of it.
	first := source(t, "monday.jsonl", `{"text":"Ann met Bob","answer":"accept","_annotator_id":"ana"}`, `{"text":"It rains","answer":"accept","_annotator_id":"ana"}`)
	later := source(t, "tuesday.jsonl", `{"text":"Ann met Bob","answer":"reject","_annotator_id":"ana"}`)
	m := Match([]Source{first, later}, MatchOptions{})
	if diff := cmp.Diff(map[string][]string{"It rains": {"ana accept"}}, versions(m)); diff != "" {
		t.Errorf("versions (-want +got):\n%s", diff)
	}
	if m.LeftOut != 1 || len(m.Replaced) != 1 || m.Replaced[0].Source != "monday.jsonl" {
		t.Errorf("left out %d, replaced %v: want the rejection left out, replacing Monday's", m.LeftOut, m.Replaced)
	}
}

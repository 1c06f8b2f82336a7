package curve

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
)

func TestBuckets(t *testing.T) {
	for n, want := range map[int][][2]int{
		0:   nil,
		7:   {{1, 7}},
		30:  {{1, 10}, {11, 25}, {26, 30}},
		200: {{1, 10}, {11, 25}, {26, 50}, {51, 100}, {101, 200}},
		450: {{1, 10}, {11, 25}, {26, 50}, {51, 100}, {101, 200}, {201, 400}, {401, 450}},
	} {
		if diff := cmp.Diff(want, Buckets(n)); diff != "" {
			t.Errorf("Buckets(%d) (-want +got):\n%s", n, diff)
		}
	}
}

// TestRunScoresBeforeTraining: the first document meets an untrained model,
// which suggests no entity and no claim, so all of them are missed; the
// same document again is then found.
func TestRunScoresBeforeTraining(t *testing.T) {
	d := corpus.Generate(1, 1)[0]
	eval, _, err := Run([]*annotations.Document{d, d}, learn.DefaultLabels, 0)
	if err != nil {
		t.Fatal(err)
	}
	first := eval.Docs[0][:2] // the heuristic suggests boilerplate from the start
	for i, c := range first {
		if c.TP+c.FP != 0 || c.FN == 0 {
			t.Errorf("%s on the first document: %+v, want nothing suggested and something missed", eval.Labels[i], c)
		}
	}
	if again := eval.Docs[1][0]; again.TP == 0 {
		t.Errorf("entities of a document learnt from: %+v, want some found", again)
	}
}

func TestCommand(t *testing.T) {
	name := filepath.Join(t.TempDir(), "two.jsonl")
	file := `{"text":"Menu","spans":[{"start":0,"end":4,"label":"BOILERPLATE"}],"answer":"accept"}
{"text":"Not answered"}
{"text":"Menu","answer":"reject"}
{"text":"Menu","spans":[{"start":0,"end":4,"label":"BOILERPLATE"}],"answer":"accept"}
`
	if err := os.WriteFile(name, []byte(file), 0o644); err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := Command([]string{name}, &out); err != nil {
		t.Fatal(err)
	}
	// the line classifier learns from too few lines to be trained: the
	// heuristic's suggestions stand, "Menu" twice
	want := "on " + name + " (2 accepted documents):\n\n" +
		"label                        documents suggested  right precision recall     F1\n" +
		"ENTITY                       1–2               0      0     0.000  0.000  0.000\n" +
		"CLAIM                        1–2               0      0     0.000  0.000  0.000\n" +
		"BOILERPLATE                  1–2               2      2     1.000  1.000  1.000\n" +
		"BOILERPLATE (boiler/ alone)  1–2               2      2     1.000  1.000  1.000\n"
	if !strings.HasSuffix(out.String(), want) {
		t.Errorf("output:\n%s\nwant it to end with:\n%s", out.String(), want)
	}
	if err := Command([]string{"a", "b"}, &out); err == nil {
		t.Error("two files accepted")
	}
}

package learn_test

import (
	"bytes"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"

	"spantag/learn"
)

// TestLearningIsDeterministic trains two models on the same documents in
// the same order: the same bytes, the same suggestions.
func TestLearningIsDeterministic(t *testing.T) {
	docs := generated(60)
	a, b := trained(t, docs[:50]), trained(t, docs[:50])
	if !bytes.Equal(a.Encode(), b.Encode()) {
		t.Error("two models trained on the same documents in the same order differ")
	}
	for _, d := range docs[50:] {
		if diff := cmp.Diff(a.Suggest(d), b.Suggest(d)); diff != "" {
			t.Fatalf("suggestions (-first +second):\n%s", diff)
		}
	}
	// suggesting between documents (as prequential scoring does) changes
	// nothing in what is learnt or suggested after
	c := trained(t, nil)
	for _, d := range docs[:50] {
		c.Suggest(d)
		c.Learn(d)
	}
	for _, d := range docs[50:] {
		if diff := cmp.Diff(a.Suggest(d), c.Suggest(d)); diff != "" {
			t.Fatalf("suggestions (-trained straight +suggesting between documents):\n%s", diff)
		}
	}
	reversed := slices.Clone(docs[:50])
	slices.Reverse(reversed)
	if bytes.Equal(a.Encode(), trained(t, reversed).Encode()) {
		t.Error("another order gave the same model: the test cannot tell orders apart")
	}
}

// TestExportImport writes a model and reads it back: the same suggestions
// and uncertainties, the same bytes again, and training both on the next
// document keeps them equal (a teammate starts from the file).
func TestExportImport(t *testing.T) {
	docs := generated(60)
	m := trained(t, docs[:50])
	file := m.Encode()
	back, err := learn.Decode(file)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(back.Encode(), file) {
		t.Error("the model read back writes other bytes")
	}
	for _, d := range docs[50:] {
		if diff := cmp.Diff(m.Suggest(d), back.Suggest(d)); diff != "" {
			t.Fatalf("suggestions (-written +read back):\n%s", diff)
		}
		if a, b := m.Uncertainty(d), back.Uncertainty(d); a != b {
			t.Fatalf("uncertainty %v written, %v read back", a, b)
		}
	}
	for _, d := range docs[50:55] {
		m.Learn(d)
		back.Learn(d)
	}
	if !bytes.Equal(back.Encode(), m.Encode()) {
		t.Error("the model read back and trained on 5 more documents differs from the original trained on them")
	}
}

func TestNewRefusesLabels(t *testing.T) {
	for _, tt := range []struct {
		name   string
		labels learn.Labels
	}{
		{"a label twice", learn.Labels{Entities: []string{"ENTITY", "CLAIM"}, Claim: "CLAIM", Boilerplate: "B"}},
		{"no claim label", learn.Labels{Entities: []string{"ENTITY"}, Boilerplate: "B"}},
		{"16 entity labels", learn.Labels{Entities: make([]string, 16), Claim: "C", Boilerplate: "B"}},
	} {
		if _, err := learn.New(tt.labels); err == nil {
			t.Errorf("%s: New accepted %+v", tt.name, tt.labels)
		}
	}
}

func TestLabelsOf(t *testing.T) {
	set := annotations.LabelSet{{Name: "PERSON"}, {Name: "CLAIM"}, {Name: "PLACE"}, {Name: "BOILERPLATE"}}
	want := learn.Labels{Entities: []string{"PERSON", "PLACE"}, Claim: "CLAIM", Boilerplate: "BOILERPLATE"}
	if diff := cmp.Diff(want, learn.LabelsOf(set)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(learn.DefaultLabels, learn.LabelsOf(annotations.DefaultLabels)); diff != "" {
		t.Errorf("default labels (-want +got):\n%s", diff)
	}
}

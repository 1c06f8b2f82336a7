package suggest

import (
	"bytes"
	"slices"
	"testing"

	"spantag/annotations"
	"spantag/learn/corpus"
)

// TestModelRetrainsFromDocumentsSentOneAtATime: with room for two
// documents' texts, training again after an edit asks for the others, and
// sent one at a time, in order, they give the model trained from scratch.
func TestModelRetrainsFromDocumentsSentOneAtATime(t *testing.T) {
	docs := fed(corpus.Generate(7, 6))
	defer func(b int) { heldBudget = b }(heldBudget)
	heldBudget = len(docs[0].Text) + len(docs[1].Text)
	var ls Learners
	for i, d := range docs {
		if _, err := ls.Learn(learnJob(i, d, annotations.Accept)); err != nil {
			t.Fatal(err)
		}
	}
	if held := ls.sets["1"].bytes; held > heldBudget {
		t.Errorf("the worker holds %d bytes of text, over its %d", held, heldBudget)
	}
	edited := *docs[3]
	edited.Spans = slices.Clone(docs[3].Spans[1:])
	job := learnJob(3, &edited, annotations.Accept)
	var asked [][]int
	for range len(docs) + 1 {
		reply, err := ls.Learn(job)
		if err != nil {
			t.Fatal(err)
		}
		if reply.Missing == nil {
			if !reply.Retrained || !bytes.Equal(reply.Model, trainedOn(t, []*annotations.Document{docs[0], docs[1], docs[2], &edited, docs[4], docs[5]})) {
				t.Errorf("after an edit, sent one at a time: not the model trained from scratch (asked for %v)", asked)
			}
			if want := [][]int{{2, 4, 5}, {4, 5}, {5}}; !slices.EqualFunc(want, asked, slices.Equal) {
				t.Errorf("asked for %v, want %v", asked, want)
			}
			return
		}
		asked = append(asked, reply.Missing)
		i := reply.Missing[0]
		job.Known = []annotations.ModelDoc{{Doc: i, Text: docs[i].Text, Spans: docs[i].Spans}}
	}
	t.Fatalf("the training never ended (asked for %v)", asked)
}

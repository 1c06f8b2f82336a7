//go:build !js

package e2e

import (
	"bytes"
	"encoding/json"
	"slices"
	"testing"
	"unicode/utf8"

	"spantag/annotations"
	"spantag/learn/corpus"
	"spantag/suggest"
)

// newsQueue is a queue file of generated news documents (learn/corpus:
// recurring names, four sites' templates), the first withSpans of them
// with their spans, in code points as the JSONL format counts them.
func newsQueue(docs []*annotations.Document, withSpans int) string {
	var b bytes.Buffer
	for i, d := range docs {
		spans := []map[string]any{}
		for _, s := range d.Spans {
			if i < withSpans {
				spans = append(spans, map[string]any{"start": utf8.RuneCountInString(d.Text[:s.Start]),
					"end": utf8.RuneCountInString(d.Text[:s.End]), "label": s.Label})
			}
		}
		line, _ := json.Marshal(map[string]any{"text": d.Text, "spans": spans})
		b.Write(append(line, '\n'))
	}
	return b.String()
}

// expectedPick is the document the model picks after the document from,
// having learnt docs[:answered] in order, of the candidates the queue
// offers (those not answered after answered, but from).
func expectedPick(t *testing.T, docs []*annotations.Document, answered int, chosen ...int) int {
	t.Helper()
	var ls suggest.Learners
	labels := []string{"ENTITY", "CLAIM", "BOILERPLATE"}
	for i, d := range docs[:answered] {
		job := annotations.ModelLearnJob{Dataset: "1", Labels: labels, Doc: i, Answer: annotations.Accept, Text: d.Text, Spans: d.Spans}
		if _, err := ls.Learn(job); err != nil {
			t.Fatal(err)
		}
	}
	job := annotations.ModelPickJob{Dataset: "1", Labels: labels}
	var candidates []int
	for i := answered; i < len(docs) && len(candidates) < annotations.PickWindow; i++ {
		if !slices.Contains(chosen, i) {
			candidates = append(candidates, i)
			job.Texts = append(job.Texts, docs[i].Text)
		}
	}
	reply, err := ls.Pick(job)
	if err != nil || reply.Pick < 0 {
		t.Fatalf("the model picks %d (%v)", reply.Pick, err)
	}
	return candidates[reply.Pick]
}

// TestActiveOrder: with "Least sure first", Next goes to the document the
// model is least sure of among those ahead, saying why; the order chosen survives a
// reload, Previous and Next follow it, and unticking goes back to file
// order.
func TestActiveOrder(t *testing.T) {
	docs := corpus.Generate(5, 40)
	const answered = 3
	first := expectedPick(t, docs, answered)
	second := expectedPick(t, docs, answered, first)
	if first == answered {
		t.Fatalf("the model picks document %d, the next in file order: the test shows nothing", first)
	}
	tb := openApp(t)
	tb.openFile(writeFile(t, "news.jsonl", newsQueue(docs, answered)))
	tb.waitDoc(docs[0].Text)
	sourcesOff(tb)
	for _, d := range docs[:answered] {
		tb.waitDoc(d.Text)
		tb.click("Accept")
		tb.click("Next")
	}
	tb.waitDoc(docs[answered].Text) // file order so far
	tb.click("Previous")
	tb.waitDoc(docs[answered-1].Text)
	tb.waitSaved()
	// The model has learnt the three answers (its chart counts them): the
	// order below is its. A CI run once saw the pick of a model that had not.
	caption := `(document.querySelector("#model-chart caption")?.textContent ?? "")`
	tb.waitFor("the model has learnt the three answers", caption+`.startsWith("On 3 document(s)")`, caption)
	tb.tick(`#suggest-sources [name="least-sure-first"]`)
	tb.click("Next")
	tb.waitDoc(docs[first].Text)
	status := `document.getElementById("status").textContent`
	tb.waitFor("the page says why it chose the document", status+`.startsWith("Least sure first chose this document: of 20 not answered yet, the model is least sure of it (uncertainty 0.")`, status)
	tb.screenshot(t.Name() + "_chosen")
	tb.click("Next")
	tb.waitDoc(docs[second].Text)

	tb.waitSaved()
	tb.reload()
	tb.waitDoc(docs[second].Text)
	for _, want := range []int{first, answered - 1} {
		tb.click("Previous")
		tb.waitDoc(docs[want].Text)
	}
	for _, want := range []int{first, second} { // as chosen, not chosen again
		tb.click("Next")
		tb.waitDoc(docs[want].Text)
	}
	tb.untick(`#suggest-sources [name="least-sure-first"]`)
	tb.click("Next")
	tb.waitDoc(docs[second+1].Text)
}

// TestActiveOrderToTheEnd: once every document not answered has been
// chosen, Next says so and stays, rather than go on in file order to one
// chosen earlier, and Previous goes back over the order chosen.
func TestActiveOrderToTheEnd(t *testing.T) {
	docs := corpus.Generate(5, 3)
	tb := openApp(t)
	tb.openFile(writeFile(t, "news.jsonl", newsQueue(docs, 0)))
	tb.waitDoc(docs[0].Text)
	sourcesOff(tb)
	tb.tick(`#suggest-sources [name="least-sure-first"]`)
	var order []int
	for range 2 {
		before := tb.docText()
		tb.click("Next")
		tb.waitFor("the model chooses", js(`t => document.getElementById("doc").textContent !== t`, before), `"no change"`)
		order = append(order, slices.IndexFunc(docs, func(d *annotations.Document) bool { return d.Text == tb.docText() }))
	}
	tb.click("Next")
	tb.waitFor("Next says nothing is left to choose", `document.getElementById("status").textContent.startsWith("No document is left for the model to choose")`,
		`document.getElementById("status").textContent`)
	tb.waitDoc(docs[order[1]].Text)
	for _, want := range []int{order[0], 0} {
		tb.click("Previous")
		tb.waitDoc(docs[want].Text)
	}
}

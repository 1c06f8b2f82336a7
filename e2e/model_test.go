//go:build !js

package e2e

import (
	"bytes"
	"cmp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
	"spantag/suggest"
)

// The model's suggestions, as a user meets them: the other sources off,
// five documents of a news queue answered Accept (learn/corpus: names
// that recur, four sites' templates), and the sixth shows what the model
// learnt from them.

// modelSeed is the generated queue's: its sixth document has names
// confirmed in the first five.
const modelSeed = 1

// recurring are the ENTITY spans of docs[5] whose words were confirmed as
// ENTITY in the first five.
func recurring(docs []*annotations.Document) []span {
	seen := map[string]bool{}
	for _, d := range docs[:5] {
		for _, s := range d.Spans {
			seen[s.Label+" "+d.Text[s.Start:s.End]] = true
		}
	}
	var out []span
	for _, s := range docs[5].Spans {
		if s.Label == "ENTITY" && seen[s.Label+" "+docs[5].Text[s.Start:s.End]] {
			out = append(out, span{s.Start, s.End, s.Label})
		}
	}
	return out
}

// byteOffset is the byte offset of code point offset n of s.
func byteOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// expectedModel is what the model suggests in docs[5] after learning the
// first five, and its scores on them, worked out natively.
func expectedModel(t *testing.T, docs []*annotations.Document) ([]span, annotations.ModelScores) {
	t.Helper()
	var ls suggest.Learners
	var reply annotations.ModelReply
	labels := []string{"ENTITY", "CLAIM", "BOILERPLATE"}
	for i, d := range docs[:5] {
		job := annotations.ModelLearnJob{Dataset: "1", Labels: labels, Threshold: annotations.DefaultModelThreshold, Doc: i, Answer: annotations.Accept, Text: d.Text, Spans: d.Spans}
		var err error
		if reply, err = ls.Learn(job); err != nil {
			t.Fatal(err)
		}
	}
	got, err := ls.Suggest(annotations.ModelSuggestJob{Dataset: "1", Labels: labels, Threshold: annotations.DefaultModelThreshold, Text: docs[5].Text})
	if err != nil {
		t.Fatal(err)
	}
	var out []span
	for _, g := range got {
		out = append(out, span{g.Start, g.End, g.Label})
	}
	slices.SortFunc(out, func(a, b span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
	})
	return out, reply.Scores
}

// chartRow is a row of the model's chart, as the page shows it.
type chartRow struct {
	Label                    string
	Suggested, Right, Missed int
	Precision, Recall        string
}

// chart reads the model's chart.
func (tb *tab) chart() []chartRow {
	tb.t.Helper()
	return eval[[]chartRow](tb, `[...document.querySelectorAll("#model-chart tbody tr[data-label]")].map(tr => ({Label: tr.dataset.label,
		Suggested: +tr.cells[0].textContent, Right: +tr.cells[1].textContent, Missed: +tr.cells[2].textContent,
		Precision: tr.cells[3].textContent, Recall: tr.cells[4].textContent}))`)
}

// chartOf is the chart of the scores (per label, in order) summed with
// the counts of one more document.
func chartOf(s annotations.ModelScores, last map[string]annotations.ModelCounts) []chartRow {
	var rows []chartRow
	for i, label := range s.Labels {
		sum := last[label]
		for _, doc := range s.Docs {
			sum.TP, sum.FP, sum.FN = sum.TP+doc[i].TP, sum.FP+doc[i].FP, sum.FN+doc[i].FN
		}
		if sum == (annotations.ModelCounts{}) {
			continue
		}
		rows = append(rows, chartRow{label, sum.TP + sum.FP, sum.TP, sum.FN, ratioText(sum.TP, sum.TP+sum.FP), ratioText(sum.TP, sum.TP+sum.FN)})
	}
	return rows
}

func ratioText(a, b int) string {
	if b == 0 {
		return "–"
	}
	return strconv.FormatFloat(float64(a)/float64(b), 'f', 2, 64)
}

// sourcesOff turns off every source but the model, once the worker is up.
func sourcesOff(tb *tab) {
	tb.t.Helper()
	tb.waitFor("the worker is ready", `document.body.dataset.worker === "ready"`, `document.body.dataset.worker`)
	for _, source := range []string{"pattern", "occurrence"} {
		tb.untick(`#suggest-sources [name="` + source + `"]`)
	}
}

func TestModelSuggestions(t *testing.T) {
	docs := corpus.Generate(modelSeed, 6)
	want, scores := expectedModel(t, docs)
	if len(want) < 2 {
		t.Fatalf("the model suggests %v natively: too little to test", want)
	}
	names := recurring(docs)
	for _, s := range names {
		if !slices.Contains(want, s) {
			t.Fatalf("the model does not suggest %q, confirmed in the first five documents: the seed shows nothing", docs[5].Text[s.Start:s.End])
		}
	}
	if len(names) < 3 {
		t.Fatalf("%d names recur in the sixth document: the seed shows too little", len(names))
	}
	queue := newsQueue(docs, 5)
	tb := openApp(t)
	tb.openFile(writeFile(t, "site.jsonl", queue))
	tb.waitDoc(docs[0].Text)
	sourcesOff(tb)
	for _, d := range docs[:5] {
		tb.waitDoc(d.Text)
		tb.click("Accept")
		tb.click("Next")
	}
	last := docs[5].Text
	tb.waitDoc(last)
	tb.waitListed("the sixth document", len(want), last)
	if diff := gocmp.Diff(want, tb.listed()); diff != "" {
		t.Fatalf("the model's suggestions (-want +got):\n%s", diff)
	}
	reasons := eval[[]string](tb, reasonsJS)
	for _, r := range reasons {
		if !strings.Contains(r, "model 0.") && !strings.Contains(r, "model 1.00") {
			t.Errorf("a suggestion listed as %q: want its reason, model and its score", r)
		}
	}
	tb.press("n")
	tb.press("a")
	tb.waitListed("one accepted", len(want)-1, last)

	// The model is kept with the dataset: after a reload it suggests the same.
	tb.waitSaved()
	tb.reload()
	tb.waitListed("the sixth document after a reload", len(want)-1, last)
	if diff := gocmp.Diff(want[1:], tb.listed()); diff != "" {
		t.Errorf("the model's suggestions after a reload (-want +got):\n%s", diff)
	}
	name, model := tb.download(func() { tb.click("Export model") })
	if name != "site.spantag-model" || !bytes.HasPrefix(model, []byte("spantag")) {
		t.Fatalf("exported the model as %s, %d bytes beginning %q", name, len(model), model[:min(len(model), 16)])
	}

	// The sixth answered: one suggestion rejected, the document accepted.
	tb.press("n")
	tb.press("x")
	tb.waitListed("one rejected", len(want)-2, last)
	tb.click("Accept")
	tb.waitFor("the chart counts six documents", `document.querySelector("#model-chart caption").textContent.includes(" 6 document")`,
		`document.getElementById("model-chart").textContent`)
	tb.clickCSS("#model-scores > summary")
	if w := eval[[2]int](tb, `(c => [c.scrollWidth, c.clientWidth])(document.getElementById("model-chart"))`); w[0] > w[1] {
		t.Errorf("the chart is %d pixels wide in a panel of %d", w[0], w[1])
	}
	eval[bool](tb, `document.getElementById("model-chart").scrollIntoView(), true`)
	tb.screenshot(t.Name() + "_chart")
	lines := jsonLines(t, tb.exportAs("spans", 1)["site.jsonl"])
	sixth := map[string]annotations.ModelCounts{}
	confirmed := map[span]bool{}
	for _, raw := range lines[5]["spans"].([]any) {
		s := raw.(map[string]any)
		c := sixth[s["label"].(string)]
		if s["source"] == "model" {
			text := lines[5]["text"].(string)
			confirmed[span{byteOffset(text, int(s["start"].(float64))), byteOffset(text, int(s["end"].(float64))), s["label"].(string)}] = true
		} else {
			c.FN++
		}
		sixth[s["label"].(string)] = c
	}
	if len(confirmed) != 1 {
		t.Errorf("the sixth document's spans: %v, want one from the model", lines[5]["spans"])
	}
	for _, s := range want { // every suggestion shown: right if confirmed, else wrong
		c := sixth[s.Label]
		if confirmed[s] {
			c.TP++
		} else {
			c.FP++
		}
		sixth[s.Label] = c
	}
	if diff := gocmp.Diff(chartOf(scores, sixth), tb.chart()); diff != "" {
		t.Errorf("the model's chart, against the figures of the export and the suggestions shown (-want +got):\n%s", diff)
	}

	// A teammate starts from it, in another browser profile.
	other := openApp(t)
	other.openFile(writeFile(t, "site.jsonl", queue))
	other.waitDoc(docs[0].Text)
	sourcesOff(other)
	other.waitListed("a fresh profile: a model that learnt nothing", 0, docs[0].Text)
	modelPath := writeFile(t, name, string(model))
	other.do("open the model as a file to annotate", chromedp.SetUploadFiles(chromedp.ID("file"), []string{modelPath}))
	other.waitFor("the page points to Import model…", js(`s => document.getElementById("status").textContent.startsWith(s)`, name+" is a model, not a file to annotate: Import model…"),
		`document.getElementById("status").textContent`)
	other.do("import what is not a model", chromedp.SetUploadFiles(chromedp.ID("model-file"), []string{writeFile(t, "notes.spantag-model", "not a model")}))
	other.waitFor("the page refuses it, saying why", js(`s => document.getElementById("status").textContent.includes(s)`, "notes.spantag-model is not used: "+learn.ErrNotModel.Error()),
		`document.getElementById("status").textContent`)
	other.do("import the model", chromedp.SetUploadFiles(chromedp.ID("model-file"), []string{modelPath}))
	other.waitFor("the model is imported", `document.getElementById("status").textContent.includes("The model of")`,
		`document.getElementById("status").textContent`)

	// An export that asks for the open suggestions has the model's in the
	// sixth document, never shown.
	other.openExportOptions()
	other.clickCSS(`#export-settings [name="suggestions"]`)
	other.waitFor("suggestions ticked", `document.querySelector('#export-settings [name="suggestions"]').checked`, `"not ticked"`)
	exported := jsonLines(t, other.export())
	var open []span
	for _, raw := range exported[5]["_suggestions"].([]any) {
		s := raw.(map[string]any)
		open = append(open, span{byteOffset(last, int(s["start"].(float64))), byteOffset(last, int(s["end"].(float64))), s["label"].(string)})
	}
	if diff := gocmp.Diff(want, open); diff != "" {
		t.Errorf("the open suggestions exported for the sixth document, never shown (-want +got):\n%s", diff)
	}

	for range 5 {
		other.click("Next")
	}
	other.waitListed("the model imported", len(want), last)
	if diff := gocmp.Diff(want, other.listed()); diff != "" {
		t.Errorf("the imported model's suggestions (-want +got):\n%s", diff)
	}

	// The model learns one document more; the sixth, shown again, gives
	// each suggestion the model's score of now, once.
	before := eval[string](other, "JSON.stringify("+reasonsJS+")")
	chart := eval[string](other, `document.getElementById("model-chart").textContent`)
	other.click("Previous")
	other.waitDoc(docs[4].Text)
	other.click("Accept")
	other.waitFor("the model learns the fifth document", js(`s => document.getElementById("model-chart").textContent !== s`, chart),
		`document.getElementById("model-chart").textContent`)
	other.click("Next")
	other.waitDoc(last)
	other.waitFor("the sixth document's suggestions are offered again", js("s => JSON.stringify("+reasonsJS+") !== s", before),
		`document.getElementById("suggestions").textContent`)
	time.Sleep(time.Second) // anything else the page would offer
	for _, r := range eval[[]string](other, reasonsJS) {
		if strings.Count(r, "model ") != 1 {
			t.Errorf("a suggestion shown again is listed as %q: want one reason from the model, with its score of now", r)
		}
	}
}

// reasonsJS is the side panel's suggestions as listed, with their reasons.
const reasonsJS = `[...document.querySelectorAll("#suggestions button")].map(b => b.textContent)`

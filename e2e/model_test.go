//go:build !js

package e2e

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
	"spantag/suggest"
)

// The model's suggestions, as a user meets them: the other sources off,
// five documents of a site answered Accept, and the sixth shows what the
// model learnt from them.

// modelBodies are the documents' names and claims: names that recur, one
// that does not, the same site's lines around them.
var modelBodies = [][3]string{
	{"Maria Lopez", "Oslo", "The mayor said the harbour plan would cost 3 million."},
	{"Jon Berg", "Bergen", "Officials said the ferry would run twice a day."},
	{"Maria Lopez", "Bergen", "The council said rents rose by 4 percent last year."},
	{"Jon Berg", "Oslo", "A spokesman said the bridge would open in May."},
	{"Anna Dahl", "Oslo", "The minister said the budget would grow by 2 percent."},
	{"Maria Lopez", "Oslo", "Police said the road would close for 3 days."},
}

// modelDoc is a document of modelBodies, its names and claim confirmed.
func modelDoc(b [3]string) *annotations.Document {
	text := "Home | News | Sport\n" + b[0] + " visited " + b[1] + " on Monday. " + b[2] + " Weather was mild.\nAdvertisement\n"
	at := func(s, label string) annotations.Span {
		i := strings.Index(text, s)
		return annotations.Span{Start: i, End: i + len(s), Label: label}
	}
	return &annotations.Document{Text: text, Spans: []annotations.Span{at(b[0], "ENTITY"), at(b[1], "ENTITY"), at(b[2], "CLAIM")}}
}

// modelQueue is the queue's file: the first five documents with their
// spans (ASCII: byte and code point offsets agree), the sixth without.
func modelQueue(docs []*annotations.Document) string {
	var b bytes.Buffer
	for i, d := range docs {
		spans := []map[string]any{}
		for _, s := range d.Spans {
			if i < 5 {
				spans = append(spans, map[string]any{"start": s.Start, "end": s.End, "label": s.Label})
			}
		}
		line, _ := json.Marshal(map[string]any{"text": d.Text, "spans": spans})
		b.Write(append(line, '\n'))
	}
	return b.String()
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
	return eval[[]chartRow](tb, `[...document.querySelectorAll("#model-chart tbody tr")].map(tr => ({Label: tr.dataset.label,
		Suggested: +tr.cells[1].textContent, Right: +tr.cells[2].textContent, Missed: +tr.cells[3].textContent,
		Precision: tr.cells[4].textContent, Recall: tr.cells[5].textContent}))`)
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
	docs := make([]*annotations.Document, len(modelBodies))
	for i, b := range modelBodies {
		docs[i] = modelDoc(b)
	}
	want, scores := expectedModel(t, docs)
	if len(want) < 2 {
		t.Fatalf("the model suggests %v natively: too little to test", want)
	}
	tb := openApp(t)
	tb.openFile(writeFile(t, "site.jsonl", modelQueue(docs)))
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
	reasons := eval[[]string](tb, `[...document.querySelectorAll("#suggestions button")].map(b => b.textContent)`)
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
	lines := jsonLines(t, tb.exportAs("spans", 1)["site.jsonl"])
	sixth := map[string]annotations.ModelCounts{}
	confirmed := map[span]bool{}
	for _, raw := range lines[5]["spans"].([]any) {
		s := raw.(map[string]any)
		c := sixth[s["label"].(string)]
		if s["source"] == "model" {
			confirmed[span{int(s["start"].(float64)), int(s["end"].(float64)), s["label"].(string)}] = true
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
	other.openFile(writeFile(t, "site.jsonl", modelQueue(docs)))
	other.waitDoc(docs[0].Text)
	sourcesOff(other)
	for range 5 {
		other.click("Next")
	}
	other.waitDoc(last)
	other.waitListed("a fresh profile: a model that learnt nothing", 0, last)
	other.do("import what is not a model", chromedp.SetUploadFiles(chromedp.ID("model-file"), []string{writeFile(t, "notes.spantag-model", "not a model")}))
	other.waitFor("the page refuses it, saying why", js(`s => document.getElementById("status").textContent.includes(s)`, "notes.spantag-model is not used: "+learn.ErrNotModel.Error()),
		`document.getElementById("status").textContent`)
	other.do("import the model", chromedp.SetUploadFiles(chromedp.ID("model-file"), []string{writeFile(t, name, string(model))}))
	other.waitListed("the model imported", len(want), last)
	if diff := gocmp.Diff(want, other.listed()); diff != "" {
		t.Errorf("the imported model's suggestions (-want +got):\n%s", diff)
	}
}

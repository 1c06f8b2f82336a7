//go:build !js

package main

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"spantag/annotations"
	"spantag/internal/chrome"
	"spantag/learn"
	"spantag/learn/corpus"
	"spantag/render"
	"spantag/suggest"
)

// The model's figures (issue #15): the main thread while the model trains
// after one answer, with 200 documents answered Accept before it in the
// page; and the model's suggestions for the 1 MB article until drawn, from
// a model file trained natively on the generated corpus and imported. The
// inputs are written the first time a scenario needs them.

const (
	learnQueueFile = "learn.jsonl"          // learnAnswered + 1 news documents (learn/corpus)
	learnModelFile = "news.spantag-model"   // the model of the first learnAnswered of them
	learnAnswered  = 200                    // documents answered Accept before the one timed
	learnSeed      = 15                     // of the generated news
	idLearn        = "learn/answer"         // click Accept until the chart counts it
	idLearnTask    = "learn/answer/task"    // the longest main-thread task meanwhile
	idLearnBlocked = "learn/answer/blocked" // the main thread's long tasks meanwhile, summed
	idModelArticle = "learn/article"        // import the model until the article's suggestions are drawn
	idModelTask    = "learn/article/task"
)

// learnInputs are the model's inputs and what the page must show for them.
type learnInputs struct {
	once        sync.Once
	err         error
	first       string // the queue's first document
	open, marks int    // the model's suggestions in the article, open and parts drawn
}

var learnIn learnInputs

func init() {
	scenarios = append(scenarios,
		scenario{"app: 200 documents answered, then one more while the model trains",
			[]string{idLearn, idLearnTask, idLearnBlocked}, (*harness).appLearn, false},
		scenario{"app: the article, then a model imported: its suggestions",
			[]string{idModelArticle, idModelTask}, (*harness).appModelArticle, false})
	profiledAs[idLearnTask], profiledAs[idLearnBlocked], profiledAs[idModelTask] = idLearn, idLearn, idModelArticle
}

// learnFigures are the rows of the model.
func learnFigures(*inputs) []figure {
	return []figure{
		{id: idLearn, unit: "ms", name: fmt.Sprintf("answer Accept with %d documents answered before: click until the model's chart counts it (trained in the worker)", learnAnswered),
			target: noTarget},
		{id: idLearnTask, unit: "ms", name: "longest main-thread task meanwhile", target: longestTask},
		{id: idLearnBlocked, unit: "ms", name: "main-thread tasks over 50 ms meanwhile, summed", target: noTarget},
		{id: idModelArticle, unit: "ms", name: "model suggestions for the 1 MB article: Import model… until drawn", target: noTarget},
		{id: idModelTask, unit: "ms", name: "longest main-thread task meanwhile", target: longestTask},
	}
}

// writeLearn writes the news queue and the model file, and works out the
// model's suggestions in the article as the page shows them.
func (in *inputs) writeLearn() error {
	docs := corpus.Generate(learnSeed, learnAnswered+1)
	learnIn.first = docs[0].Text
	err := writeJSONL(in.path(learnQueueFile), len(docs), func(i int) (task, error) {
		t := task{Text: docs[i].Text, Meta: map[string]any{"source": "bench", "id": i + 1}}
		for _, s := range docs[i].Spans {
			t.Spans = append(t.Spans, taskSpan{Start: utf8.RuneCountInString(docs[i].Text[:s.Start]), End: utf8.RuneCountInString(docs[i].Text[:s.End]),
				Label: s.Label, Text: docs[i].Text[s.Start:s.End]})
		}
		return t, nil
	})
	if err != nil {
		return err
	}
	m, err := learn.Train(learn.DefaultLabels, docs[:learnAnswered])
	if err != nil {
		return err
	}
	file := m.Encode()
	if err := os.WriteFile(in.path(learnModelFile), file, 0o644); err != nil {
		return err
	}
	return in.modelOnArticle(file)
}

// modelOnArticle works out, with the worker's code, what the model of file
// suggests in the article and how the page draws it.
func (in *inputs) modelOnArticle(file []byte) error {
	d, err := annotations.NewDocument(in.article.s)
	if err != nil {
		return err
	}
	for _, s := range in.articleSpans {
		d.Spans = append(d.Spans, annotations.Span{Start: s.start, End: s.end, Label: s.label})
	}
	var ls suggest.Learners
	labels := annotations.DefaultLabels.Names()
	if _, err := ls.Import(annotations.ModelLoadJob{Dataset: "bench", Labels: labels, File: file}); err != nil {
		return err
	}
	got, err := ls.Suggest(annotations.ModelSuggestJob{Dataset: "bench", Labels: labels, Threshold: annotations.DefaultModelThreshold, Text: d.Text, Spans: d.Spans})
	if err != nil {
		return err
	}
	if err := d.Apply(d.Suggest(got)); err != nil {
		return err
	}
	learnIn.open, learnIn.marks = len(d.Suggestions), strings.Count(render.DocHTML(d, annotations.Span{}), render.AttrSuggested)
	return nil
}

// learnReady writes the model's inputs once.
func (h *harness) learnReady() error {
	learnIn.once.Do(func() { learnIn.err = h.in.writeLearn() })
	return learnIn.err
}

// learnLimit bounds answering the 200 documents.
const learnLimit = 10 * time.Minute

// appLearn opens the news queue, answers its first 200 documents Accept
// (clicking Accept and Next in the page, untimed), then times the answer
// of the next until the chart counts it, with the main thread's long tasks
// meanwhile.
func (h *harness) appLearn(b *browser) error {
	if err := h.learnReady(); err != nil {
		return err
	}
	if err := h.openApp(b); err != nil {
		return err
	}
	if _, err := b.timeAction("change", docIs(learnIn.first), openLimit, upload(h.in.path(learnQueueFile))); err != nil {
		return fmt.Errorf("opening %s: %v", learnQueueFile, err)
	}
	answer := fmt.Sprintf(`(async () => {
		const wait = async (ok) => { while (!ok()) await new Promise(r => setTimeout(r, 5)); };
		const doc = () => document.getElementById("doc").textContent;
		const counted = (n) => (document.querySelector("#model-chart caption")?.textContent ?? "").includes(" " + n + " document");
		for (let i = 1; i <= %d; i++) {
			const text = doc();
			document.getElementById("accept").click();
			await wait(() => counted(i));
			document.getElementById("next").click();
			await wait(() => doc() !== text);
		}
	})()`, learnAnswered)
	if _, err := eval[chromedp.Void](b, answer, learnLimit); err != nil {
		return fmt.Errorf("answering %d documents: %v", learnAnswered, err)
	}
	if _, err := b.settleDown(openLimit); err != nil {
		return err
	}
	if _, err := eval[chromedp.Void](b, `__bench.longTasks.length = 0`, 5*time.Second); err != nil {
		return err
	}
	counted := fmt.Sprintf(`(document.querySelector("#model-chart caption")?.textContent ?? "").includes(" %d document")`, learnAnswered+1)
	click := func(ctx context.Context) error { return chrome.ClickButton(ctx, "Accept") }
	t, err := h.timed(b, idLearn, "click", counted, openLimit, click)
	if err != nil {
		return err
	}
	h.record(idLearn, t.ms())
	return h.recordTasks(b, idLearnTask, idLearnBlocked)
}

// appModelArticle opens the article, then imports the model file, timed
// until the model's suggestions are drawn and counted.
func (h *harness) appModelArticle(b *browser) error {
	if err := h.learnReady(); err != nil {
		return err
	}
	if err := h.openArticle(b); err != nil {
		return err
	}
	if _, err := eval[chromedp.Void](b, `__bench.longTasks.length = 0`, 5*time.Second); err != nil {
		return err
	}
	done := fmt.Sprintf(`document.querySelectorAll("#doc [data-suggested]").length === %d && (document.getElementById("suggest-counts")?.textContent ?? "").startsWith("%d suggestion")`,
		learnIn.marks, learnIn.open)
	importModel := func(ctx context.Context) error {
		return chromedp.Do(ctx, chromedp.SetUploadFiles(chromedp.ID("model-file"), []string{h.in.path(learnModelFile)}))
	}
	t, err := h.timed(b, idModelArticle, "change", done, openLimit, importModel)
	if err != nil {
		found, _ := eval[int](b, `document.querySelectorAll("#doc [data-suggested]").length`, 5*time.Second)
		return fmt.Errorf("%v (%d suggestion parts drawn, %d expected)", err, found, learnIn.marks)
	}
	h.record(idModelArticle, t.ms())
	return h.recordTasks(b, idModelTask, "")
}

//go:build !js

package e2e

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"

	"spantag/annotations"
	"spantag/learn/corpus"
)

// TestReloadMidTrainingRetrains: an accepted document is edited, which has
// the model trained again from scratch, and the tab crashes before that
// ends (QA pass 12: after a crash or a reload the model stayed the one from
// before the edit, its suggestions and file too). Opened again, the page has
// the model trained again, on the documents as they are.
func TestReloadMidTrainingRetrains(t *testing.T) {
	docs := longer(corpus.Generate(modelSeed, 3), 120) // a training from scratch of a while
	sess := newSession(t, siteURL)
	tb := sess.open()
	tb.openFile(writeFile(t, "long.jsonl", newsQueue(docs, len(docs))))
	tb.waitDoc(docs[0].Text) // the sources below are the new dataset's
	sourcesOff(tb)
	tb.untick(`#suggest-sources [name="model"]`)
	for range docs {
		tb.click("Accept")
		tb.click("Next")
	}
	caption := `(document.querySelector("#model-chart caption")?.textContent ?? "")`
	tb.waitFor("the model has learnt the three", caption+`.startsWith("On 3 document(s)")`, caption)
	tb.waitSaved()
	_, before := tb.download(func() { tb.click("Export model") })

	last := docs[2]
	tb.waitDoc(last.Text)
	s := last.Spans[0]
	tb.clickAt(u16(last.Text, s.Start) + 1)
	tb.waitFor("the span is selected", `!document.getElementById("span-delete").disabled`, `"Delete span disabled"`)
	counts := `document.getElementById("counts").textContent`
	was := eval[string](tb, counts)
	tb.click("Delete span")
	tb.waitFor("the span is deleted", js(`was => document.getElementById("counts").textContent !== was`, was), counts)
	edited := eval[string](tb, counts)
	time.Sleep(200 * time.Millisecond) // the edit stored, its training from scratch under way
	ctx, cancel := context.WithTimeout(tb.ctx, 2*time.Second)
	_, _ = chromedp.Call(ctx, page.Crash, cdp.Empty{}) // never answers: the renderer is gone
	cancel()
	tb.close()

	tb = sess.open()
	tb.waitDoc(last.Text)
	if got := eval[string](tb, counts); got != edited {
		t.Fatalf("after the crash the document has %q, want %q: the edit is lost", got, edited)
	}
	tb.modelOtherThan(before)
}

// longer is docs, each text given n times over, with its spans.
func longer(docs []*annotations.Document, n int) []*annotations.Document {
	out := make([]*annotations.Document, len(docs))
	for i, d := range docs {
		long := &annotations.Document{Text: strings.Repeat(d.Text+"\n", n)}
		for k := range n {
			for _, s := range d.Spans {
				at := k * (len(d.Text) + 1)
				long.Spans = append(long.Spans, annotations.Span{Start: at + s.Start, End: at + s.End, Label: s.Label})
			}
		}
		out[i] = long
	}
	return out
}

// modelOtherThan exports the model until it is not old (a training under
// way ends).
func (tb *tab) modelOtherThan(old []byte) {
	tb.t.Helper()
	tb.waitFor("the worker is ready", `document.body.dataset.worker === "ready"`, `document.body.dataset.worker`) // Export model waits for it
	for deadline := time.Now().Add(30 * time.Second); time.Now().Before(deadline); time.Sleep(time.Second) {
		tb.waitSaved()
		if _, model := tb.download(func() { tb.click("Export model") }); !bytes.Equal(model, old) {
			return
		}
	}
	tb.t.Fatal("the model stays the one from before the edit")
}

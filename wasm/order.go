//go:build js && wasm

package main

import (
	"fmt"
	"strconv"
	"strings"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// The queue in the model's order (the tick "Least sure first", kept with
// the dataset as Assist.LeastSureFirst; annotations/order.go): Next goes to
// the document the worker's model is least sure of among the next
// annotations.PickWindow not yet answered, and the order chosen is kept
// with the dataset, so that Previous, Next and a reload follow it.

// next goes to the next document: in the model's order when the dataset
// asks for it, else in file order.
func (a *app) next() error {
	q := a.queue()
	if !q.Assist.LeastSureFirst {
		return a.move(1)
	}
	if i, ok := q.OrderedNext(); ok {
		return a.move(i - q.Pos)
	}
	if a.picking {
		return nil // Next pressed again while the model chooses
	}
	candidates := q.Candidates(annotations.PickWindow)
	if len(candidates) == 0 { // not the next in file order: it may be one chosen earlier
		a.page.tell(render.Attempt, "No document is left for the model to choose: every one not answered is in the order chosen so far, which Previous goes back over (untick Least sure first for file order).")
		return nil
	}
	a.picking = true
	ds, from := a.dataset(), q.Pos
	go a.guarded("choosing the next document", func() {
		reply, text, err := a.pick(ds, candidates)
		a.picking = false
		if err == nil {
			err = a.whenIdle(func() error {
				return a.chosen(ds, from, candidates[reply.Pick], render.Picked(text, reply))
			})
		}
		if err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

// previous goes to the document before: the one chosen before in the
// model's order, else the one before in file order.
func (a *app) previous() error {
	q := a.queue()
	if i, ok := q.OrderedPrevious(); ok && q.Assist.LeastSureFirst {
		return a.move(i - q.Pos)
	}
	return a.move(-1)
}

// chosen goes to document i, which the model chose to come after document
// from of ds, unless the annotator went elsewhere meanwhile, and says why.
func (a *app) chosen(ds *save.Dataset, from, i int, why string) error {
	if a.dataset() != ds || ds.Queue.Pos != from || !ds.Queue.Assist.LeastSureFirst {
		return nil
	}
	ds.Queue.Choose(i)
	a.store.InfoChanged(ds)
	if err := a.show(); err != nil {
		return err
	}
	a.page.tell(render.Chosen, "%s", why)
	return nil
}

// pickText is how much of a document the model reads to say how sure it
// is: its least certain tokens and sentences are about as unsure in the
// first 64 KiB of a long document as in all of it.
const pickText = 64 << 10

// pick asks the worker's model which of the documents candidates of ds
// (reading them from the store, one at a time) it is least sure of, and
// gives its reply (the index picked, never -1) and the text of the one
// picked it read. It waits: call it on a goroutine.
func (a *app) pick(ds *save.Dataset, candidates []int) (annotations.ModelPickReply, string, error) {
	job := annotations.ModelPickJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames()}
	for _, i := range candidates {
		if err := a.load(ds, i, i+1); err != nil {
			return annotations.ModelPickReply{}, "", err
		}
		text := ""
		if d := ds.Queue.Doc(i); d != nil {
			text = prefix(d.Text, pickText)
		}
		job.Texts = append(job.Texts, text)
		a.store.Release(ds, i)
	}
	modelJobs.Lock()
	defer modelJobs.Unlock()
	if err := a.modelLoaded(ds); err != nil {
		return annotations.ModelPickReply{}, "", err
	}
	var reply annotations.ModelPickReply
	if err := modelJob("model.pick", job, &reply); err != nil {
		return reply, "", err
	}
	if reply.Pick < 0 || reply.Pick >= len(job.Texts) || len(reply.Unsure) != len(job.Texts) {
		return reply, "", fmt.Errorf("the model's worker picked document %d of %d", reply.Pick, len(job.Texts))
	}
	return reply, job.Texts[reply.Pick], nil
}

// prefix is text's first n bytes or so, cut after a line break (or, in a
// line that long, at a character's start).
func prefix(text string, n int) string {
	if len(text) <= n {
		return text
	}
	if cut := strings.LastIndexByte(text[:n], '\n'); cut > 0 {
		return text[:cut+1]
	}
	return strings.ToValidUTF8(text[:n], "")
}

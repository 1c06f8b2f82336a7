//go:build js && wasm

package main

import (
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// The model source: the worker keeps one model per dataset (package
// suggest, with package learn, neither of which the page links). The page
// tells it what became of each document the annotator answers or edits
// once accepted, keeps what it learnt with the dataset (the store's model
// record), gives it back after a reload, and asks it for the suggestions
// of the document shown.

// labelNames are the names of the labels on screen.
func (a *app) labelNames() []string {
	names := make([]string, len(a.labels))
	for i, l := range a.labels {
		names[i] = l.Name
	}
	return names
}

// modelJobs lets one model job at a time go to the worker, in the order
// they were asked for: a document's suggestions asked for after an answer
// come from the model that learnt it.
var modelJobs sync.Mutex

// modelJob runs a model job of the worker with req in JSON (or packed,
// a ModelLoadJob), reading the JSON reply into reply (or the packed one,
// into a ModelReply). Call it holding modelJobs.
func modelJob(kind string, req, reply any) error {
	var raw []byte
	var err error
	if packed, ok := req.(encoding.BinaryMarshaler); ok {
		raw, err = packed.MarshalBinary()
	} else {
		raw, err = json.Marshal(req)
	}
	if err != nil {
		return err
	}
	if raw, err = callWorker(kind, raw); err != nil {
		return err
	}
	if packed, ok := reply.(encoding.BinaryUnmarshaler); ok {
		return packed.UnmarshalBinary(raw)
	}
	return json.Unmarshal(raw, reply)
}

// modelLoaded makes sure the worker holds the model stored for ds: once a
// page, before any other job of ds's model (the worker runs jobs in the
// order they are sent).
func (a *app) modelLoaded(ds *save.Dataset) error {
	if a.modelsLoaded[ds.ID] {
		return nil
	}
	a.modelsLoaded[ds.ID] = true
	stored, ok := a.store.Model(ds)
	if !ok {
		return nil
	}
	var none struct{}
	if err := modelJob("model.load", annotations.ModelLoadJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(), Stored: stored}, &none); err != nil {
		return err
	}
	if a.store.ModelStale(ds) && a.store.Writable() == nil {
		return a.retrainStale(ds, stored)
	}
	return nil
}

// retrainStaleModels loads, and so trains again, the models of the
// datasets whose learning the last reload or crash cut short, so that
// their suggestions and files are what the documents teach now.
func (a *app) retrainStaleModels() {
	for _, ds := range slices.Clone(a.store.Datasets) {
		if !a.store.ModelStale(ds) {
			continue
		}
		modelJobs.Lock()
		err := guard("training the model again", func() error { return a.modelLoaded(ds) })
		modelJobs.Unlock()
		if err != nil {
			a.page.fail(err)
		}
	}
}

// retrainStale has the model of ds trained again when a reload or a crash
// cut its learning short (QA pass 12: an edit's training lost, the model
// stayed the one from before): on the documents it learnt that are still
// to be learnt, as they are now. A document whose first learning was cut
// short is learnt when it is answered again.
func (a *app) retrainStale(ds *save.Dataset, stored annotations.ModelReply) error {
	q := ds.Queue
	var forget []int
	for _, i := range stored.Learnt {
		if i >= q.Len() || !learnable(q, i) {
			forget = append(forget, i)
		}
	}
	a.store.Learning(ds)
	defer a.store.Learnt()
	return a.runLearn(ds, annotations.ModelLearnJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(), Doc: -1, Forget: forget, Retrain: true})
}

// learnable reports whether the model learns document i of q as it is
// answered: accepted, or not answered when the dataset learns from those
// (their spans, which the worker looks at, may not be read yet).
func learnable(q *annotations.Queue, i int) bool {
	answer := q.Answers()[i]
	return answer == annotations.Accept || q.Assist.LearnUnanswered && answer == annotations.Unanswered
}

// suggestModel asks the worker for the model's suggestions in the document
// on screen and offers them as computed. It waits: call it on a goroutine.
func (a *app) suggestModel() {
	modelJobs.Lock()
	defer modelJobs.Unlock()
	err := guard("suggesting from the model", func() error {
		ds, d := a.dataset(), a.doc()
		if d == nil {
			return nil
		}
		list, err := a.askModel(ds, d)
		if err != nil {
			return err
		}
		waitPaint() // reading the reply and offering it are two tasks, not one long one
		if a.dataset() != ds || a.doc() != d {
			return nil // another document is on screen: it asks for its own
		}
		return a.offerInSlices(ds, d, list, annotations.FromModel)
	})
	if err != nil {
		a.page.fail(err)
	}
}

// askModel asks the worker for the model of dataset ds's suggestions in
// document d. It waits: call it on a goroutine, holding modelJobs.
func (a *app) askModel(ds *save.Dataset, d *annotations.Document) ([]annotations.Suggestion, error) {
	if err := a.modelLoaded(ds); err != nil {
		return nil, err
	}
	job := annotations.ModelSuggestJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(),
		Threshold: ds.Queue.Assist.ModelCut(), Text: d.Text, Spans: d.Spans}
	req, err := job.MarshalBinary() // not JSON: writing the text as JSON takes long
	if err != nil {
		return nil, err
	}
	raw, err := callWorker("model.suggest", req)
	if err != nil {
		return nil, fmt.Errorf("no suggestions from the model: %w", err)
	}
	var reply annotations.SuggestReply
	if err := reply.UnmarshalBinary(raw); err != nil {
		return nil, err
	}
	return reply.Suggestions, nil
}

// tellModel tells the dataset's model about the document on screen after
// edit e, when it is accepted (it learns it, or trains again if it learnt
// it before) or its answer changed.
func (a *app) tellModel(e annotations.Edit) {
	q, d := a.queue(), a.doc()
	if d == nil {
		return
	}
	if q.Answers()[q.Pos] != annotations.Accept && e.Answer == nil {
		return // an unanswered document is learnt, if at all, when left (learnLeft)
	}
	a.sendLearn(a.dataset())
}

// learnLeft tells the dataset's model about the document on screen as the
// annotator leaves it, when it is not answered and has spans and the
// dataset learns from those too.
func (a *app) learnLeft() {
	q, d := a.queue(), a.doc()
	if d != nil && q.Assist.LearnUnanswered && q.Answers()[q.Pos] == annotations.Unanswered && len(d.Spans) > 0 {
		a.sendLearn(a.dataset())
	}
}

// sendLearn has the model of ds learn what became of the document on
// screen, on a goroutine.
func (a *app) sendLearn(ds *save.Dataset) {
	q, d := ds.Queue, a.doc()
	job := annotations.ModelLearnJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(), Threshold: q.Assist.ModelCut(),
		Doc: q.Pos, Answer: q.Answers()[q.Pos], Text: d.Text, Spans: slices.Clone(d.Spans), Unanswered: q.Assist.LearnUnanswered}
	a.sendLearnJob(ds, job)
}

func (a *app) sendLearnJob(ds *save.Dataset, job annotations.ModelLearnJob) {
	a.store.Learning(ds)
	go func() {
		err := guard("training the model", func() error { return a.learn(ds, job) })
		a.store.Learnt()
		if err != nil {
			a.page.fail(err)
		}
	}()
}

// forgetUnanswered has the model of ds train again without the documents
// not answered it learnt: the dataset no longer learns from those.
func (a *app) forgetUnanswered(ds *save.Dataset) {
	stored, _ := a.store.Model(ds)
	var forget []int
	for _, i := range stored.Learnt {
		if i < ds.Queue.Len() && ds.Queue.Answers()[i] == annotations.Unanswered {
			forget = append(forget, i)
		}
	}
	if forget != nil {
		a.sendLearnJob(ds, annotations.ModelLearnJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(), Doc: -1, Forget: forget})
	}
}

// learn runs a "model.learn" job, sending it again with the documents the
// worker asks for, a few at a time, until it has them all, and keeps what
// the model learnt with the dataset.
func (a *app) learn(ds *save.Dataset, job annotations.ModelLearnJob) error {
	modelJobs.Lock()
	defer modelJobs.Unlock()
	if err := a.modelLoaded(ds); err != nil {
		return err
	}
	return a.runLearn(ds, job)
}

// runLearn is learn's work, holding modelJobs with the model loaded.
func (a *app) runLearn(ds *save.Dataset, job annotations.ModelLearnJob) error {
	var reply annotations.ModelReply
	for {
		if err := modelJob("model.learn", job, &reply); err != nil {
			return fmt.Errorf("the model did not learn: %w", err)
		}
		if reply.Missing == nil {
			break
		}
		known, err := a.modelDocs(ds, reply.Missing)
		if err != nil {
			return err
		}
		if len(known) == 0 {
			return fmt.Errorf("the model did not learn: documents %v of %s cannot be read", reply.Missing, ds.Queue.Name)
		}
		job.Known = known
	}
	a.store.SetModel(ds, reply)
	return a.renderModelChart()
}

// renderModelChart draws the chart of the model of the dataset on screen.
func (a *app) renderModelChart() error {
	el, err := byID("model-chart")
	if err != nil {
		return err
	}
	stored, _ := a.store.Model(a.dataset())
	return el.Set("innerHTML", render.ModelChartHTML(stored.Scores))
}

// knownBatch is about how much text one "model.learn" job carries back to
// the worker when it trains again.
const knownBatch = 1 << 20

// modelDocs reads the first of the documents docs of ds, about knownBatch
// of text, from the store when they are not in memory, one at a time.
func (a *app) modelDocs(ds *save.Dataset, docs []int) ([]annotations.ModelDoc, error) {
	var out []annotations.ModelDoc
	size := 0
	for _, i := range docs {
		if i >= ds.Queue.Len() || size >= knownBatch {
			break
		}
		if ds.Queue.Doc(i) == nil {
			if err := a.load(ds, i, i+1); err != nil {
				return nil, err
			}
		}
		if d := ds.Queue.Doc(i); d != nil {
			out = append(out, annotations.ModelDoc{Doc: i, Text: d.Text, Spans: slices.Clone(d.Spans)})
			size += len(d.Text)
		}
		a.store.Release(ds, i)
	}
	return out, nil
}

// modelFileExt names a model's file.
const modelFileExt = ".spantag-model"

// exportModel downloads the model of the dataset on screen.
func (a *app) exportModel() error {
	ds := a.dataset()
	stored, ok := a.store.Model(ds)
	if !ok || len(stored.Model) == 0 {
		a.page.say("The model of %s has learnt nothing yet: answer a document Accept first.", ds.Queue.Name)
		return nil
	}
	parts, err := newBlobParts()
	if err != nil {
		return err
	}
	parts.Write(stored.Model)
	return a.download(annotations.FileBase(ds.Queue.Name)+modelFileExt, "application/octet-stream", parts)
}

// onModelFile imports the model file chosen into the dataset on screen.
func (a *app) onModelFile(safejs.Value) error {
	if err := a.store.Writable(); err != nil { // the model is the other tab's to change
		return firstErr(a.page.modelFile.Set("value", ""), err)
	}
	files, err := a.page.modelFile.Get("files")
	if err != nil {
		return err
	}
	f, err := files.Index(0)
	if err != nil || f.IsUndefined() || f.IsNull() {
		return err
	}
	ds := a.dataset()
	go a.guarded("importing a model", func() {
		if err := a.importModel(ds, f); err != nil {
			a.page.fail(err)
		}
		if err := a.page.modelFile.Set("value", ""); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

// importModel makes model file f the model of ds, and suggests from it in
// the document shown.
func (a *app) importModel(ds *save.Dataset, f safejs.Value) error {
	name, size, err := fileInfo(f)
	if err != nil {
		return err
	}
	data, err := readAll(&blobReader{blob: f, size: size})
	if err != nil {
		return errors.New(name + ": " + err.Error())
	}
	modelJobs.Lock()
	defer modelJobs.Unlock()
	if err := a.modelLoaded(ds); err != nil {
		return err
	}
	var reply annotations.ModelReply
	if err := modelJob("model.import", annotations.ModelLoadJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(), File: data}, &reply); err != nil {
		return fmt.Errorf("%s is not used: %w", name, err)
	}
	// Storing the model and drawing its chart are tasks of their own: with
	// the reply's decoding they made one of 90 ms.
	if err := yieldToBrowser(); err != nil {
		return err
	}
	a.store.SetModel(ds, reply)
	if err := yieldToBrowser(); err != nil {
		return err
	}
	if err := a.renderModelChart(); err != nil {
		return err
	}
	a.page.say("The model of %s is now %s; it goes on learning from the documents answered Accept.", ds.Queue.Name, name)
	return a.whenIdle(func() error {
		if d := a.doc(); d != nil && a.dataset() == ds {
			if err := a.offerComputed(d.Withdraw(annotations.FromModel)); err != nil {
				return err
			}
			a.suggestShown()
		}
		return nil
	})
}

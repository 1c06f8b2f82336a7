//go:build js && wasm

package main

import (
	"cmp"
	"strconv"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// The sources' controls: a tick for each source and the boilerplate
// threshold, kept with the dataset (its Assist) and drawn from it when the
// dataset is shown.

// sourceBoxes names the ticks of #suggest-sources by their source.
var sourceBoxes = []annotations.From{annotations.FromPattern, annotations.FromOccurrence, annotations.FromBoilerplate, annotations.FromModel}

// sourceField is the field of #suggest-sources named name.
func (a *app) sourceField(name string) (safejs.Value, error) {
	return a.page.document.Call("querySelector", `#suggest-sources [name="`+name+`"]`)
}

// bindSources reacts to a change of a tick or of the threshold.
func (a *app) bindSources() error {
	box, err := byID("suggest-sources")
	if err != nil {
		return err
	}
	return listen(box, "change", a.page.fail, func(ev safejs.Value) error {
		if target, err := ev.Get("target"); err != nil || target.Equal(a.page.modelFile) {
			return err // a model file chosen is no setting: onModelFile imports it, then suggests
		}
		// Read now: a job running meanwhile may draw the controls again
		// (a dataset shown) before the change is applied.
		f, err := a.readSourceFields()
		if err != nil {
			return err
		}
		return a.whenIdle(func() error { return a.sourcesChanged(f) })
	})
}

// sourceFields is what the sources' controls hold: the ticks, and the
// thresholds as typed.
type sourceFields struct {
	on                        map[annotations.From]bool
	threshold, modelThreshold string
	ticks                     map[string]bool // of modelTicks
}

// modelTicks are the model's ticks in #suggest-sources, by name, and the
// field of the dataset's Assist each one sets.
var modelTicks = map[string]func(*annotations.Assist) *bool{
	"least-sure-first": func(a *annotations.Assist) *bool { return &a.LeastSureFirst },
	"learn-unanswered": func(a *annotations.Assist) *bool { return &a.LearnUnanswered },
}

// readSourceFields reads the sources' controls as they are.
func (a *app) readSourceFields() (sourceFields, error) {
	f := sourceFields{on: map[annotations.From]bool{}, ticks: map[string]bool{}}
	for _, from := range sourceBoxes {
		el, err := a.sourceField(string(from))
		if err != nil {
			return f, err
		}
		if f.on[from], err = getBool(el, "checked"); err != nil {
			return f, err
		}
	}
	for name := range modelTicks {
		el, err := a.sourceField(name)
		if err != nil {
			return f, err
		}
		if f.ticks[name], err = getBool(el, "checked"); err != nil {
			return f, err
		}
	}
	for name, to := range map[string]*string{"threshold": &f.threshold, "model-threshold": &f.modelThreshold} {
		el, err := a.sourceField(name)
		if err == nil {
			*to, err = getString(el, "value")
		}
		if err != nil {
			return f, err
		}
	}
	return f, nil
}

// renderSources draws the dataset's sources as its Assist says.
func (a *app) renderSources() error {
	assist := a.queue().Assist
	for _, from := range sourceBoxes {
		el, err := a.sourceField(string(from))
		if err != nil {
			return err
		}
		if err := el.Set("checked", assist.IsOn(from)); err != nil {
			return err
		}
	}
	for name, field := range modelTicks {
		el, err := a.sourceField(name)
		if err != nil {
			return err
		}
		if err := el.Set("checked", *field(&assist)); err != nil {
			return err
		}
	}
	threshold, err := a.sourceField("threshold")
	if err != nil {
		return err
	}
	t := assist.Threshold
	if t == 0 {
		t = defaultThreshold
	}
	name, err := byID("patterns-name")
	if err != nil {
		return err
	}
	modelThreshold, err := a.sourceField("model-threshold")
	if err != nil {
		return err
	}
	return firstErr(threshold.Set("value", strconv.FormatFloat(t, 'f', -1, 64)), name.Set("textContent", patternsNote(assist)),
		modelThreshold.Set("value", strconv.FormatFloat(assist.ModelCut(), 'f', -1, 64)), a.renderModelChart())
}

// thresholdChanged reports whether the threshold of source from changed.
func thresholdChanged(from annotations.From, before, after annotations.Assist) bool {
	switch from {
	case annotations.FromBoilerplate:
		return before.Threshold != after.Threshold
	case annotations.FromModel:
		return before.ModelThreshold != after.ModelThreshold
	}
	return false
}

// defaultThreshold is boiler.DefaultThreshold, which the page does not link.
const defaultThreshold = 0.5

func patternsNote(assist annotations.Assist) string {
	if assist.PatternsName == "" {
		return "(open a patterns file)"
	}
	return "(" + assist.PatternsName + ")"
}

// sourcesChanged keeps the ticks and the thresholds of f with the dataset,
// withdraws what a source turned off suggested, and asks again.
func (a *app) sourcesChanged(f sourceFields) error {
	if err := a.store.Writable(); err != nil { // the other tab keeps the settings: show them again
		return firstErr(a.renderSources(), err)
	}
	ds := a.dataset()
	assist := &ds.Queue.Assist
	before := *assist
	for _, from := range sourceBoxes {
		assist.Turn(from, f.on[from])
	}
	for name, field := range modelTicks {
		*field(assist) = f.ticks[name]
	}
	read := a.readThreshold(f.threshold, "boilerplate", defaultThreshold, &assist.Threshold)
	read = a.readThreshold(f.modelThreshold, "model", annotations.DefaultModelThreshold, &assist.ModelThreshold) && read
	// The controls show what the dataset keeps: the threshold kept, not
	// the number refused, and the ticks as they are now, though a drawing
	// meanwhile (input waits for it) showed them as they were.
	if err := a.renderSources(); err != nil {
		return err
	}
	if read {
		a.page.after(render.SettingTaken)
	}
	a.store.InfoChanged(ds)
	if before.LearnUnanswered && !assist.LearnUnanswered {
		a.forgetUnanswered(ds)
	}
	if d := a.doc(); d != nil {
		for _, from := range sourceBoxes {
			if before.IsOn(from) && (!assist.IsOn(from) || thresholdChanged(from, before, *assist)) {
				if err := a.offerComputed(d.Withdraw(from)); err != nil {
					return err
				}
			}
		}
	}
	a.suggestShown()
	return nil
}

// readThreshold reads the threshold typed (of what) into t, 0 for def,
// and reports whether it did: a number outside (0, 1) is refused with a
// message and t kept.
func (a *app) readThreshold(typed, what string, def float64, t *float64) bool {
	v, err := strconv.ParseFloat(typed, 64)
	if err != nil || v <= 0 || v >= 1 {
		a.page.tell(render.Setting, "%s", render.ThresholdRefused(what, typed, cmp.Or(*t, def)))
		return false
	}
	if v == def {
		v = 0
	}
	*t = v
	return true
}

// offerComputed applies e, computed suggestions offered or withdrawn, to
// the document on screen without making it a change.
func (a *app) offerComputed(e annotations.Edit) error {
	if e.Empty() {
		return nil
	}
	if err := a.doc().Apply(e); err != nil {
		return err
	}
	return a.renderEdit(e)
}

// feedBatch is how much text one feed job carries to the worker: packing,
// copying and posting 1 MB was a task of 25 ms and more on the page's thread.
const feedBatch = 256 << 10

// feedLoad is how many documents the feed reads from the store at a time:
// the store's answer is read in one task, and 100 pages of 2.4 KB (the
// export's batch) took 40 ms of CPU in it on a busy machine.
const feedLoad = 20

// feed gives the boilerplate source every document of ds to count their
// lines, reading them from the store a few at a time, those of a file
// still being read once it is read, then suggests in the document shown.
// It waits: call it on a goroutine.
func (a *app) feed(ds *save.Dataset) {
	err := guard("counting the lines of the dataset", func() error {
		j := a.startJob(render.Job{Doing: "Counting the lines of " + ds.Queue.Name, Items: "documents"}, ds.Queue.Len(), false)
		defer j.end()
		for from := 0; ; {
			to := ds.Queue.Len()
			if err := a.feedDocs(ds, j, from, to); err != nil {
				return err
			}
			if from = to; !ds.Reading() {
				return nil
			}
			read := make(chan struct{})
			ds.WhenRead(func() { close(read) })
			<-read
			j.total = ds.Queue.Len()
		}
	})
	if err != nil {
		a.page.fail(err)
		return
	}
	if a.dataset() == ds {
		a.suggestShown()
	}
}

// feedDocs feeds documents from..to-1 of ds to the worker, in batches of
// feedBatch bytes of text.
func (a *app) feedDocs(ds *save.Dataset, j *job, from, to int) error {
	q := ds.Queue
	job := annotations.FeedJob{Dataset: strconv.Itoa(ds.ID)}
	size := 0
	for i := from; i < to; i++ {
		if err := j.step(i); err != nil {
			return err
		}
		for q.Doc(i) == nil {
			if err := a.load(ds, i, min(i+feedLoad, q.Len())); err != nil {
				return err
			}
		}
		job.Texts = append(job.Texts, q.Doc(i).Text)
		size += len(q.Doc(i).Text)
		if i != q.Pos {
			a.store.Release(ds, i)
		}
		if size >= feedBatch || i == to-1 {
			if err := feedWorker(job); err != nil {
				return err
			}
			job.Texts, size = nil, 0
		}
	}
	return nil
}

// boilerplateOn turns the boilerplate source on for ds, a dataset of
// pages (HTML, or several files opened together): scraped text, whose
// boilerplate the annotator expects found without asking. Other datasets
// (a JSONL queue, a text) start with it off: their documents are seldom
// pages, and counting the lines of a large queue is long work.
func (a *app) boilerplateOn(ds *save.Dataset) error {
	ds.Queue.Assist.Turn(annotations.FromBoilerplate, true)
	a.store.InfoChanged(ds)
	if a.dataset() != ds {
		return nil
	}
	return a.renderSources()
}

func feedWorker(job annotations.FeedJob) error {
	req, err := job.MarshalBinary() // not JSON: writing the texts as JSON takes long
	if err == nil {
		_, err = callWorker("suggest.feed", req)
	}
	return err
}

//go:build js && wasm

package main

import (
	"fmt"
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
	"spantag/shard"
)

// Splitting the dataset on screen among named annotators, as spantag
// split does (package shard decides): one file per annotator, each
// document tagged with its "_annotator_id" and "_session_id".

// startSplit puts the split form in place of the dataset's buttons.
func (a *app) startSplit() error {
	if err := a.showDatasetForm(a.page.splitForm); err != nil {
		return err
	}
	_, err := a.page.splitAnnotators.Call("focus")
	return err
}

func (a *app) cancelSplit() error { return a.backToActions("split") }

// onSplitKey splits on Enter in the form's fields and cancels on Escape.
func (a *app) onSplitKey(ev safejs.Value) error {
	key, err := getString(ev, "key")
	switch {
	case err != nil:
		return err
	case key == "Enter":
		return a.whenIdle(a.split)
	case key == "Escape":
		return a.cancelSplit()
	}
	return nil
}

// split reads the form and downloads the shards of the dataset on screen.
func (a *app) split() error {
	names, err := getString(a.page.splitAnnotators, "value")
	if err != nil {
		return err
	}
	share, err := getString(a.page.splitOverlap, "value")
	if err != nil {
		return err
	}
	ds := a.dataset()
	plan := shard.Plan{Dataset: annotations.FileBase(ds.Queue.Name)}
	for n := range strings.SplitSeq(names, ",") {
		if n = strings.TrimSpace(n); n != "" {
			plan.Annotators = append(plan.Annotators, n)
		}
	}
	if plan.Overlap, err = shard.ParseOverlap(share); err == nil {
		err = plan.Check()
	}
	if err != nil {
		a.page.fail(fmt.Errorf("The dataset cannot be split: %w.", err))
		return nil
	}
	if err := a.backToActions("split"); err != nil {
		return err
	}
	go a.guarded("splitting the dataset", func() {
		if err := a.writeShards(plan); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

// writeShards writes every document of the dataset on screen to its
// annotators' shards and downloads them.
func (a *app) writeShards(plan shard.Plan) error {
	ds := a.dataset()
	a.waitReadToSplit(ds)
	splitter, err := shard.NewSplitter(plan)
	if err != nil {
		return err
	}
	files := map[string]*blobParts{}
	writers := map[string]*annotations.Writer{}
	for _, name := range plan.Annotators {
		if files[name], err = newBlobParts(); err != nil {
			return err
		}
		writers[name] = annotations.NewWriter(files[name])
	}
	write := func(to []shard.Assignment) error {
		for _, s := range to {
			if err := writers[s.Annotator].Write(s.Doc); err != nil {
				return fmt.Errorf("splitting stopped: %w", err)
			}
		}
		return nil
	}
	flush := func() error {
		for _, name := range plan.Annotators {
			if err := firstErr(writers[name].Flush(), files[name].flush()); err != nil {
				return err
			}
		}
		return nil
	}
	j := a.startJob(render.Job{Doing: "Splitting " + ds.Queue.Name, Items: "documents"}, ds.Queue.Len(), false)
	defer j.end()
	err = a.eachStored(ds, j, flush, func(d *annotations.Document) error { return write(splitter.Add(d)) })
	if err == nil {
		err = write(splitter.Finish())
	}
	if err == nil {
		err = flush()
	}
	if err != nil {
		return err
	}
	var names []string
	for _, annotator := range plan.Annotators {
		name := shard.FileName(plan.Dataset, annotator)
		if err := a.download(name, "application/jsonl", files[annotator]); err != nil {
			return err
		}
		names = append(names, name)
	}
	docs, shared := splitter.Counts()
	a.page.say("%s", render.Split(names, plan.Overlap, docs, shared))
	return nil
}

// renderWhose says whose shard the document on screen is, when it says so.
func (a *app) renderWhose() error {
	text := ""
	if d := a.doc(); d != nil {
		if annotator, session, ok := shard.Whose([]*annotations.Document{d}); ok {
			text = render.Whose(annotator, session)
		}
	}
	return a.page.whose.Set("textContent", text)
}

// waitReadToSplit waits until ds's file is read to its end, saying so: call it
// on a goroutine.
func (a *app) waitReadToSplit(ds *save.Dataset) {
	if !ds.Reading() {
		return
	}
	a.page.say("Splitting starts once %s is read to its end.", ds.Queue.Name)
	read := make(chan struct{})
	ds.WhenRead(func() { close(read) })
	<-read
}

// eachStored calls each with every document of ds in order, reading those
// not in memory from the store (exportBatch at a time) and releasing them
// after, as job j; flush runs before the page gets its turn, so that what
// was written goes to JavaScript.
func (a *app) eachStored(ds *save.Dataset, j *job, flush func() error, each func(*annotations.Document) error) error {
	q := ds.Queue
	for i := range q.Len() {
		if j.pace.Due(time.Now()) {
			if err := flush(); err != nil {
				return err
			}
		}
		if err := j.step(i); err != nil {
			return err
		}
		for q.Doc(i) == nil { // the next documents come together (again, if a snapshot released them meanwhile)
			if err := a.load(ds, i, min(i+exportBatch, q.Len())); err != nil {
				return err
			}
		}
		if err := each(q.Doc(i)); err != nil {
			return err
		}
		a.store.Release(ds, i)
	}
	return nil
}

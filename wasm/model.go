//go:build js && wasm

package main

import (
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"spantag/annotations"
	"spantag/save"
)

// The model source: the worker keeps one model per dataset (package
// suggest, with package learn, neither of which the page links). The page
// tells it what became of each document the annotator answers or edits
// once accepted, and asks it for the suggestions of the document shown.

// labelNames are the names of the labels on screen.
func (a *app) labelNames() []string {
	names := make([]string, len(a.labels))
	for i, l := range a.labels {
		names[i] = l.Name
	}
	return names
}

// suggestModel asks the worker for the model's suggestions in the document
// on screen and offers them as computed. It waits: call it on a goroutine.
func (a *app) suggestModel() {
	err := guard("suggesting from the model", func() error {
		ds, d := a.dataset(), a.doc()
		if d == nil {
			return nil
		}
		job := annotations.ModelSuggestJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(),
			Threshold: ds.Queue.Assist.ModelCut(), Text: d.Text, Spans: d.Spans}
		req, err := json.Marshal(job)
		if err != nil {
			return err
		}
		raw, err := callWorker("model.suggest", req)
		if err != nil {
			return fmt.Errorf("no suggestions from the model: %w", err)
		}
		var reply annotations.SuggestReply
		if err := json.Unmarshal(raw, &reply); err != nil {
			return err
		}
		if a.dataset() != ds || a.doc() != d || !ds.Queue.Assist.IsOn(annotations.FromModel) {
			return nil // another document is on screen, or the source was turned off meanwhile
		}
		return a.whenIdle(func() error { return a.offer(reply.Suggestions, nil, false) })
	})
	if err != nil {
		a.page.fail(err)
	}
}

// tellModel tells the dataset's model about the document on screen after
// edit e, when it is accepted (it learns it, or trains again if it learnt
// it before) or its answer changed.
func (a *app) tellModel(e annotations.Edit) {
	q, d := a.queue(), a.doc()
	if d == nil {
		return
	}
	answer := q.Answers()[q.Pos]
	if answer != annotations.Accept && e.Answer == nil {
		return
	}
	ds := a.dataset()
	job := annotations.ModelLearnJob{Dataset: strconv.Itoa(ds.ID), Labels: a.labelNames(), Threshold: ds.Queue.Assist.ModelCut(),
		Doc: q.Pos, Answer: answer, Text: d.Text, Spans: slices.Clone(d.Spans)}
	go func() {
		if err := guard("training the model", func() error { return a.learnJob(ds, job) }); err != nil {
			a.page.fail(err)
		}
	}()
}

// learnJob runs a "model.learn" job and keeps its reply for the dataset.
func (a *app) learnJob(ds *save.Dataset, job annotations.ModelLearnJob) error {
	req, err := json.Marshal(job)
	if err != nil {
		return err
	}
	raw, err := callWorker("model.learn", req)
	if err != nil {
		return fmt.Errorf("the model did not learn: %w", err)
	}
	var reply annotations.ModelReply
	if err := json.Unmarshal(raw, &reply); err != nil {
		return err
	}
	a.models[ds.ID] = reply
	return nil
}

package suggest

import (
	"encoding/json"
	"fmt"
	"slices"
	"sync"

	"spantag/annotations"
	"spantag/learn"
)

// The model source: one model per dataset, kept by the worker, which learns
// each document when it is accepted and suggests in the document shown.

// learner is the model of one dataset and what it learnt from.
type learner struct {
	labels learn.Labels
	model  *learn.Model
	eval   learn.Evaluation
	order  []int                         // the documents learnt, in the order they were accepted
	docs   map[int]*annotations.Document // their text and spans as learnt
}

// Learners are the models of the datasets, by dataset key. Jobs run
// concurrently in the worker: every use holds the lock.
type Learners struct {
	mu   sync.Mutex
	sets map[string]*learner
}

// of is the learner of a dataset, made anew when its labels changed.
func (ls *Learners) of(dataset string, names []string) (*learner, error) {
	var set annotations.LabelSet
	for _, n := range names {
		set = append(set, annotations.Label{Name: n})
	}
	labels := learn.LabelsOf(set)
	if l, ok := ls.sets[dataset]; ok && slices.Equal(l.labels.All(), labels.All()) {
		return l, nil
	}
	m, err := learn.New(labels)
	if err != nil {
		return nil, err
	}
	if ls.sets == nil {
		ls.sets = map[string]*learner{}
	}
	l := &learner{labels: labels, model: m, eval: learn.Evaluation{Labels: labels.All()}, docs: map[int]*annotations.Document{}}
	ls.sets[dataset] = l
	return l, nil
}

// Suggest is the model's suggestions in job's document scoring at least
// its threshold; none before the model has learnt a document.
func (ls *Learners) Suggest(job annotations.ModelSuggestJob) ([]annotations.Suggestion, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil || l.model.Learnt == 0 {
		return nil, err
	}
	d := &annotations.Document{Text: job.Text, Spans: job.Spans}
	var out []annotations.Suggestion
	for _, s := range learn.Above(l.model.Suggest(d), job.Threshold) {
		out = append(out, annotations.Suggestion{
			Span:    annotations.Span{Start: s.Start, End: s.End, Label: s.Label},
			Reasons: []annotations.Reason{{From: annotations.FromModel, Text: s.Reason(), Score: s.Score}},
		})
	}
	return out, nil
}

// Learn takes in what became of a document: accepted for the first time,
// it is scored (the suggestions the model makes for it now, against its
// spans) and learnt; learnt before and changed since, or no longer
// accepted, the model is trained again from scratch on the accepted
// documents in the order they were first accepted.
func (ls *Learners) Learn(job annotations.ModelLearnJob) (annotations.ModelReply, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil {
		return annotations.ModelReply{}, err
	}
	d := &annotations.Document{Text: job.Text, Spans: slices.Clone(job.Spans)}
	old, learnt := l.docs[job.Doc]
	accepted := job.Answer == annotations.Accept
	retrain := false
	switch {
	case !learnt && accepted:
		l.eval.Add(learn.Above(l.model.Suggest(d), job.Threshold), d.Spans)
		l.model.Learn(d)
		l.order, l.docs[job.Doc] = append(l.order, job.Doc), d
	case learnt && !accepted:
		delete(l.docs, job.Doc)
		l.order = slices.DeleteFunc(l.order, func(i int) bool { return i == job.Doc })
		retrain = true
	case learnt && (old.Text != d.Text || !slices.Equal(old.Spans, d.Spans)):
		l.docs[job.Doc] = d
		retrain = true
	}
	if retrain {
		if err := l.retrain(); err != nil {
			return annotations.ModelReply{}, err
		}
	}
	return annotations.ModelReply{Learnt: slices.Clone(l.order), Retrained: retrain, Scores: scoresOf(l.eval), Model: l.model.Encode()}, nil
}

// scoresOf is e as the page reads it.
func scoresOf(e learn.Evaluation) annotations.ModelScores {
	s := annotations.ModelScores{Labels: slices.Clone(e.Labels), Docs: make([][]annotations.ModelCounts, len(e.Docs))}
	for i, doc := range e.Docs {
		for _, c := range doc {
			s.Docs[i] = append(s.Docs[i], annotations.ModelCounts(c))
		}
	}
	return s
}

// retrain trains the model from scratch on the documents learnt, in order.
func (l *learner) retrain() error {
	docs := make([]*annotations.Document, len(l.order))
	for i, k := range l.order {
		docs[i] = l.docs[k]
	}
	m, err := learn.Train(l.labels, docs)
	if err != nil {
		return err
	}
	l.model = m
	return nil
}

// models are the worker's learners.
var models Learners

// ModelSuggest is the worker's "model.suggest" job: a ModelSuggestJob in
// JSON, answered with the suggestions in JSON.
func ModelSuggest(req []byte) ([]byte, error) {
	var job annotations.ModelSuggestJob
	if err := json.Unmarshal(req, &job); err != nil {
		return nil, fmt.Errorf("model suggest job: %w", err)
	}
	out, err := models.Suggest(job)
	if err != nil {
		return nil, err
	}
	return json.Marshal(annotations.SuggestReply{Suggestions: out})
}

// ModelLearn is the worker's "model.learn" job: a annotations.ModelLearnJob in JSON,
// answered with a ModelReply in JSON.
func ModelLearn(req []byte) ([]byte, error) {
	var job annotations.ModelLearnJob
	if err := json.Unmarshal(req, &job); err != nil {
		return nil, fmt.Errorf("model learn job: %w", err)
	}
	reply, err := models.Learn(job)
	if err != nil {
		return nil, err
	}
	return json.Marshal(reply)
}

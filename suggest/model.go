package suggest

import (
	"encoding"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"

	"spantag/annotations"
	"spantag/learn"
)

// The model source: one model per dataset, kept by the worker, which learns
// each document when it is accepted and suggests in the document shown.

// learner is the model of one dataset and what it learnt from.
type learner struct {
	dataset string
	labels  learn.Labels
	model   *learn.Model
	base    []byte // the model file it started from, if imported
	eval    learn.Evaluation
	order   []int       // the documents learnt, in the order they were accepted
	held                // their text and spans as learnt, those that fit (retrain.go)
	pending *retraining // a training from scratch waiting for documents
}

// Learners are the models of the datasets, by dataset key. Jobs run
// concurrently in the worker: every use holds the lock.
type Learners struct {
	mu   sync.Mutex
	sets map[string]*learner
}

// labelsOf are the models' labels for a dataset's label names.
func labelsOf(names []string) learn.Labels {
	var set annotations.LabelSet
	for _, n := range names {
		set = append(set, annotations.Label{Name: n})
	}
	return learn.LabelsOf(set)
}

// start makes dataset's learner anew: untrained, or from the model file
// base, which must have the dataset's labels.
func (ls *Learners) start(dataset string, names []string, base []byte) (*learner, error) {
	labels := labelsOf(names)
	m, err := modelFrom(labels, base)
	if err != nil {
		return nil, err
	}
	if ls.sets == nil {
		ls.sets = map[string]*learner{}
	}
	l := &learner{dataset: dataset, labels: labels, model: m, base: base, eval: learn.Evaluation{Labels: labels.All()}, held: newHeld()}
	ls.sets[dataset] = l
	return l, nil
}

// modelFrom is the model of file, or an untrained one when there is none.
func modelFrom(labels learn.Labels, file []byte) (*learn.Model, error) {
	if file == nil {
		return learn.New(labels)
	}
	m, err := learn.Decode(file)
	if err != nil {
		return nil, err
	}
	if !slices.Equal(m.Labels.All(), labels.All()) {
		return nil, fmt.Errorf("the model knows the labels %s; this dataset has %s", strings.Join(m.Labels.All(), ", "), strings.Join(labels.All(), ", "))
	}
	return m, nil
}

// of is the learner of a dataset, made anew when its labels changed.
func (ls *Learners) of(dataset string, names []string) (*learner, error) {
	if l, ok := ls.sets[dataset]; ok && slices.Equal(l.labels.All(), labelsOf(names).All()) {
		return l, nil
	}
	return ls.start(dataset, names, nil)
}

// Load gives dataset the model the store kept for it, with what it learnt
// from (the documents' texts come when they are needed, see Missing);
// one of other labels is left out, and the dataset starts afresh.
func (ls *Learners) Load(job annotations.ModelLoadJob) error {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	labels := labelsOf(job.Labels)
	m, err := modelFrom(labels, job.Stored.Model)
	if err != nil || job.Stored.Model == nil {
		_, err := ls.start(job.Dataset, job.Labels, nil)
		return err
	}
	l, err := ls.start(job.Dataset, job.Labels, job.Stored.Base)
	if err != nil {
		return err
	}
	l.model, l.order = m, slices.Clone(job.Stored.Learnt)
	for _, doc := range job.Stored.Scores.Docs {
		counts := make([]learn.Counts, len(doc))
		for i, c := range doc {
			counts[i] = learn.Counts(c)
		}
		l.eval.Docs = append(l.eval.Docs, counts)
	}
	return nil
}

// Import makes the model file job.File dataset's model, which goes on
// learning from it; a file that is not a model, of another version or of
// other labels is refused with the reason.
func (ls *Learners) Import(job annotations.ModelLoadJob) (annotations.ModelReply, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if len(job.File) == 0 { // an empty file, not "no file": start would make an untrained model of it
		return annotations.ModelReply{}, learn.ErrNotModel
	}
	l, err := ls.start(job.Dataset, job.Labels, slices.Clone(job.File))
	if err != nil {
		return annotations.ModelReply{}, err
	}
	return l.reply(false), nil
}

// Suggest is the model's suggestions in job's document scoring at least
// its threshold; none from a model that has learnt nothing.
func (ls *Learners) Suggest(job annotations.ModelSuggestJob) ([]annotations.Suggestion, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil || l.model.Learnt == 0 {
		return nil, err
	}
	d := &annotations.Document{Text: job.Text, Spans: job.Spans}
	var out []annotations.Suggestion
	for _, s := range learn.Above(l.shown(d), job.Threshold) {
		out = append(out, annotations.Suggestion{
			Span:    annotations.Span{Start: s.Start, End: s.End, Label: s.Label},
			Reasons: []annotations.Reason{{From: annotations.FromModel, Text: s.Reason(), Score: s.Score}},
		})
	}
	return out, nil
}

// shown is the model's suggestions for d as the page shows them: entities
// (none in lines of boilerplate when the annotator leaves names untagged
// there), claims, and, once the line classifier is trained, the lines it
// decides are boilerplate.
func (l *learner) shown(d *annotations.Document) []learn.Suggestion {
	sugg := l.model.Suggest(d)
	decided := evidenceOnce(l.dataset, d) // for both, when either needs it
	if !l.model.Entities.NamesInBoilerplate() {
		sugg = l.model.OutsideBoilerplate(sugg, boilerplateLines(d, l.model.Lines, decided, l.labels.Boilerplate))
	}
	return append(sugg, l.modelLines(d, decided)...)
}

// Pick is the index, in job.Texts, of the document the model is least sure
// of (learn.PickNext; -1 when there is none), with how unsure it is of each
// and what, in the one picked, it is least sure of.
func (ls *Learners) Pick(job annotations.ModelPickJob) (annotations.ModelPickReply, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil {
		return annotations.ModelPickReply{Pick: -1}, err
	}
	reply := annotations.ModelPickReply{Unsure: make([]float64, len(job.Texts))}
	for i, text := range job.Texts {
		reply.Unsure[i] = l.model.Uncertainty(&annotations.Document{Text: text})
	}
	reply.Pick = learn.PickNext(reply.Unsure, len(reply.Unsure))
	if reply.Pick >= 0 {
		reply.Doubts = l.model.Doubts(&annotations.Document{Text: job.Texts[reply.Pick]}, maxDoubts)
	}
	return reply, nil
}

// maxDoubts is how many of the things the model is least sure of in a
// document picked the page names.
const maxDoubts = 3

// reply is what the model has learnt, as the page keeps it.
func (l *learner) reply(retrained bool) annotations.ModelReply {
	s := annotations.ModelScores{Labels: slices.Clone(l.eval.Labels), Docs: make([][]annotations.ModelCounts, len(l.eval.Docs))}
	for i, doc := range l.eval.Docs {
		for _, c := range doc {
			s.Docs[i] = append(s.Docs[i], annotations.ModelCounts(c))
		}
	}
	return annotations.ModelReply{Learnt: slices.Clone(l.order), Retrained: retrained, Scores: s, Model: l.model.Encode(), Base: l.base}
}

// models are the worker's learners.
var models Learners

// jsonJob is a worker job of a JSON request and a JSON reply, either
// packed instead if it packs itself.
func jsonJob[Req, Reply any](what string, do func(Req) (Reply, error)) func([]byte) ([]byte, error) {
	return func(raw []byte) ([]byte, error) {
		var req Req
		if err := readJob(raw, &req); err != nil {
			return nil, fmt.Errorf("%s job: %w", what, err)
		}
		reply, err := do(req)
		if err != nil {
			return nil, err
		}
		if packed, ok := any(reply).(encoding.BinaryMarshaler); ok {
			return packed.MarshalBinary() // a ModelReply: see annotations/modelwire.go
		}
		return json.Marshal(reply)
	}
}

// readJob reads a job's request into req: packed (a ModelLoadJob), else JSON.
func readJob(raw []byte, req any) error {
	if packed, ok := req.(encoding.BinaryUnmarshaler); ok {
		return packed.UnmarshalBinary(raw)
	}
	return json.Unmarshal(raw, req)
}

// ModelSuggest is the worker's "model.suggest" job: a ModelSuggestJob
// packed, answered with a SuggestReply packed (as the "suggest" job's).
func ModelSuggest(raw []byte) ([]byte, error) {
	var job annotations.ModelSuggestJob
	if err := job.UnmarshalBinary(raw); err != nil {
		return nil, fmt.Errorf("model suggest job: %w", err)
	}
	out, err := models.Suggest(job)
	if err != nil {
		return nil, err
	}
	return annotations.SuggestReply{Suggestions: out}.MarshalBinary()
}

// The worker's other model jobs: "model.learn" (a ModelLearnJob in JSON,
// a ModelReply packed), "model.load" (a ModelLoadJob packed with the
// stored model), "model.import" (a ModelLoadJob packed with a file, a
// ModelReply packed) and "model.pick" (a ModelPickJob in JSON, the index
// picked).
var (
	ModelLearn  = jsonJob("model learn", models.Learn)
	ModelLoad   = jsonJob("model load", func(job annotations.ModelLoadJob) (struct{}, error) { return struct{}{}, models.Load(job) })
	ModelImport = jsonJob("model import", models.Import)
	ModelPick   = jsonJob("model pick", models.Pick)
)

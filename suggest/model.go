package suggest

import (
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
	order   []int                         // the documents learnt, in the order they were accepted
	docs    map[int]*annotations.Document // their text and spans as learnt, those held
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
	l := &learner{dataset: dataset, labels: labels, model: m, base: base, eval: learn.Evaluation{Labels: labels.All()}, docs: map[int]*annotations.Document{}}
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
	for _, s := range learn.Above(l.model.Suggest(d), job.Threshold) {
		out = append(out, annotations.Suggestion{
			Span:    annotations.Span{Start: s.Start, End: s.End, Label: s.Label},
			Reasons: []annotations.Reason{{From: annotations.FromModel, Text: s.Reason(), Score: s.Score}},
		})
	}
	return out, nil
}

// Pick is the index, in job.Texts, of the document the model is least sure
// of (learn.PickNext); -1 when there is none.
func (ls *Learners) Pick(job annotations.ModelPickJob) (int, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil {
		return -1, err
	}
	unsure := make([]float64, len(job.Texts))
	for i, text := range job.Texts {
		unsure[i] = l.model.Uncertainty(&annotations.Document{Text: text})
	}
	return learn.PickNext(unsure, len(unsure)), nil
}

// Learn takes in what became of a document: accepted for the first time,
// it is scored (the suggestions the model makes for it now, against its
// spans) and learnt; learnt before and changed since, or no longer
// accepted, the model is trained again from scratch on the accepted
// documents in the order they were first accepted. When the worker does
// not hold some of them (a model read back from the store), the reply
// lists them as Missing and nothing changes.
func (ls *Learners) Learn(job annotations.ModelLearnJob) (annotations.ModelReply, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil {
		return annotations.ModelReply{}, err
	}
	for _, k := range job.Known {
		if slices.Contains(l.order, k.Doc) {
			l.docs[k.Doc] = &annotations.Document{Text: k.Text, Spans: slices.Clone(k.Spans)}
		}
	}
	if job.Forget != nil {
		order := slices.DeleteFunc(slices.Clone(l.order), func(i int) bool { return slices.Contains(job.Forget, i) })
		if len(order) < len(l.order) {
			return l.retrain(order)
		}
	}
	if job.Doc < 0 {
		return l.reply(false), nil
	}
	d := &annotations.Document{Text: job.Text, Spans: slices.Clone(job.Spans)}
	learnt, accepted := slices.Contains(l.order, job.Doc), learns(job)
	old, held := l.docs[job.Doc]
	switch {
	case !learnt && accepted:
		l.eval.Add(learn.Above(l.model.Suggest(d), job.Threshold), d.Spans)
		learnDoc(l.dataset, l.model, d)
		l.order, l.docs[job.Doc] = append(l.order, job.Doc), d
	case learnt && !accepted:
		delete(l.docs, job.Doc)
		return l.retrain(slices.DeleteFunc(slices.Clone(l.order), func(i int) bool { return i == job.Doc }))
	case learnt && (!held || old.Text != d.Text || !slices.Equal(old.Spans, d.Spans)):
		l.docs[job.Doc] = d
		return l.retrain(l.order)
	}
	return l.reply(false), nil
}

// learns reports whether the model learns the document of job: accepted,
// or not answered with spans when the dataset asks for those too.
func learns(job annotations.ModelLearnJob) bool {
	return job.Answer == annotations.Accept || (job.Unanswered && job.Answer == annotations.Unanswered && len(job.Spans) > 0)
}

// retrain trains the model from scratch (from its base, if imported) on
// the documents of order, in order, unless some are not held.
func (l *learner) retrain(order []int) (annotations.ModelReply, error) {
	var missing []int
	docs := make([]*annotations.Document, len(order))
	for i, k := range order {
		if docs[i] = l.docs[k]; docs[i] == nil {
			missing = append(missing, k)
		}
	}
	if missing != nil {
		return annotations.ModelReply{Missing: missing}, nil
	}
	m, err := modelFrom(l.labels, l.base)
	if err != nil {
		return annotations.ModelReply{}, err
	}
	for _, d := range docs {
		learnDoc(l.dataset, m, d)
	}
	l.model, l.order = m, order
	return l.reply(true), nil
}

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

// jsonJob is a worker job of a JSON request and a JSON reply.
func jsonJob[Req, Reply any](what string, do func(Req) (Reply, error)) func([]byte) ([]byte, error) {
	return func(raw []byte) ([]byte, error) {
		var req Req
		if err := json.Unmarshal(raw, &req); err != nil {
			return nil, fmt.Errorf("%s job: %w", what, err)
		}
		reply, err := do(req)
		if err != nil {
			return nil, err
		}
		return json.Marshal(reply)
	}
}

// ModelSuggest is the worker's "model.suggest" job: a ModelSuggestJob in
// JSON, answered with a SuggestReply packed (as the "suggest" job's).
func ModelSuggest(raw []byte) ([]byte, error) {
	var job annotations.ModelSuggestJob
	if err := json.Unmarshal(raw, &job); err != nil {
		return nil, fmt.Errorf("model suggest job: %w", err)
	}
	out, err := models.Suggest(job)
	if err != nil {
		return nil, err
	}
	return annotations.SuggestReply{Suggestions: out}.MarshalBinary()
}

// The worker's other model jobs, requests and replies in JSON: "model.learn" (a
// ModelLearnJob, a ModelReply), "model.load" (a ModelLoadJob with the
// stored model) and "model.import" (a ModelLoadJob with a file, a
// ModelReply) and "model.pick" (a ModelPickJob, the index picked).
var (
	ModelLearn  = jsonJob("model learn", models.Learn)
	ModelLoad   = jsonJob("model load", func(job annotations.ModelLoadJob) (struct{}, error) { return struct{}{}, models.Load(job) })
	ModelImport = jsonJob("model import", models.Import)
	ModelPick   = jsonJob("model pick", models.Pick)
)

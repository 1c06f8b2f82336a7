package suggest

import (
	"encoding/binary"
	"hash/fnv"
	"slices"

	"spantag/annotations"
	"spantag/learn"
)

// Learning, and training again from scratch, with the worker's memory
// bounded: the worker keeps the texts of the documents learnt only up to
// heldBudget (the worker's memory counts in the page's 64 MiB), and a
// digest of every one, to tell when one changed. To train again, it learns
// those it holds in order until one it does not, and asks the page for the
// next (the reply's Missing); the page sends them in the job again (Known)
// a few at a time, each learnt and let go, until the new model has learnt
// them all and takes the old one's place.

// heldBudget is how many bytes of text the worker keeps per dataset (a
// variable for the tests).
var heldBudget = 8 << 20

// held are the texts and spans of the documents learnt, those that fit in
// heldBudget, and a digest of each learnt.
type held struct {
	docs    map[int]*annotations.Document
	bytes   int
	digests map[int]uint64
}

func newHeld() held {
	return held{docs: map[int]*annotations.Document{}, digests: map[int]uint64{}}
}

// hold keeps document i as d, if it fits, and its digest.
func (h *held) hold(i int, d *annotations.Document) {
	h.drop(i)
	h.digests[i] = digest(d)
	if h.bytes+len(d.Text) <= heldBudget {
		h.docs[i], h.bytes = d, h.bytes+len(d.Text)
	}
}

// drop forgets document i.
func (h *held) drop(i int) {
	if d, ok := h.docs[i]; ok {
		h.bytes -= len(d.Text)
		delete(h.docs, i)
	}
	delete(h.digests, i)
}

// changed reports whether d is not what was learnt as document i (or
// nothing tells: a model read back from the store).
func (h *held) changed(i int, d *annotations.Document) bool {
	sum, ok := h.digests[i]
	return !ok || sum != digest(d)
}

// digest is a hash of d's text and spans.
func digest(d *annotations.Document) uint64 {
	f := fnv.New64a()
	f.Write([]byte(d.Text))
	for _, s := range d.Spans {
		f.Write(binary.AppendUvarint(binary.AppendUvarint(nil, uint64(s.Start)), uint64(s.End)))
		f.Write([]byte(s.Label + "\x00"))
	}
	return f.Sum64()
}

// retraining is a training from scratch under way: the new model and how
// many documents of the learner's order it learnt.
type retraining struct {
	model *learn.Model
	next  int
}

// Learn takes in what became of a document: accepted for the first time,
// it is scored (the suggestions the model makes for it now, against its
// spans) and learnt; learnt before and changed since, or no longer
// accepted (or forgotten, job.Forget), the model is trained again from
// scratch on the accepted documents in the order they were first
// accepted. When the worker does not hold some of them, the reply lists
// them as Missing: the job is to be sent again with them (Known), as many
// times as it takes; the old model suggests meanwhile.
func (ls *Learners) Learn(job annotations.ModelLearnJob) (annotations.ModelReply, error) {
	ls.mu.Lock()
	defer ls.mu.Unlock()
	l, err := ls.of(job.Dataset, job.Labels)
	if err != nil {
		return annotations.ModelReply{}, err
	}
	known := map[int]*annotations.Document{}
	for _, k := range job.Known {
		if slices.Contains(l.order, k.Doc) {
			known[k.Doc] = &annotations.Document{Text: k.Text, Spans: slices.Clone(k.Spans)}
			l.hold(k.Doc, known[k.Doc])
		}
	}
	if err := l.forget(job.Forget); err != nil {
		return annotations.ModelReply{}, err
	}
	if job.Retrain && l.pending == nil {
		if err := l.retrain(l.order); err != nil {
			return annotations.ModelReply{}, err
		}
	}
	if job.Doc >= 0 {
		if err := l.take(job); err != nil {
			return annotations.ModelReply{}, err
		}
		if slices.Contains(l.order, job.Doc) { // as it is now, held or not
			known[job.Doc] = &annotations.Document{Text: job.Text, Spans: job.Spans}
		}
	}
	if l.pending != nil {
		return l.advance(known), nil
	}
	return l.reply(false), nil
}

// take takes in what became of the document of job.
func (l *learner) take(job annotations.ModelLearnJob) error {
	d := &annotations.Document{Text: job.Text, Spans: slices.Clone(job.Spans)}
	learnt, accepted := slices.Contains(l.order, job.Doc), learns(job)
	switch {
	case !learnt && accepted:
		l.eval.Add(learn.Above(l.shown(d), job.Threshold), d.Spans)
		learnDoc(l.dataset, l.model, d) // and a training under way learns it in its turn
		l.order = append(l.order, job.Doc)
		l.hold(job.Doc, d)
	case learnt && !accepted:
		return l.forget([]int{job.Doc})
	case learnt && l.changed(job.Doc, d):
		l.hold(job.Doc, d)
		return l.retrain(l.order)
	}
	return nil
}

// forget trains again without the documents docs, if any was learnt, and
// leaves out their scores: the chart counts the documents learnt, each
// scored once, when it was first accepted (or accepted again since).
func (l *learner) forget(docs []int) error {
	gone := func(i int) bool { return slices.Contains(docs, i) }
	order := slices.DeleteFunc(slices.Clone(l.order), gone)
	if len(order) == len(l.order) {
		return nil
	}
	if len(l.eval.Docs) == len(l.order) { // a score per document learnt, in order (stores made before kept more)
		var kept [][]learn.Counts
		for k, i := range l.order {
			if !gone(i) {
				kept = append(kept, l.eval.Docs[k])
			}
		}
		l.eval.Docs = kept
	}
	for _, i := range docs {
		l.drop(i)
	}
	return l.retrain(order)
}

// learns reports whether the model learns the document of job: accepted,
// or not answered with spans when the dataset asks for those too.
func learns(job annotations.ModelLearnJob) bool {
	return job.Answer == annotations.Accept || (job.Unanswered && job.Answer == annotations.Unanswered && len(job.Spans) > 0)
}

// retrain starts training from scratch (from the base, if imported) on
// the documents of order, which becomes what the model learnt.
func (l *learner) retrain(order []int) error {
	m, err := modelFrom(l.labels, l.base)
	if err != nil {
		return err
	}
	l.order, l.pending = order, &retraining{model: m}
	return nil
}

// advance goes on with the training under way, with the documents held
// and known, in order; done, the new model takes the old one's place.
func (l *learner) advance(known map[int]*annotations.Document) annotations.ModelReply {
	p := l.pending
	for ; p.next < len(l.order); p.next++ {
		d := l.docs[l.order[p.next]]
		if d == nil {
			d = known[l.order[p.next]]
		}
		if d == nil {
			break
		}
		learnDoc(l.dataset, p.model, d)
	}
	var missing []int
	for _, i := range l.order[p.next:] {
		if l.docs[i] == nil && known[i] == nil {
			missing = append(missing, i)
		}
	}
	if missing != nil {
		return annotations.ModelReply{Missing: missing}
	}
	l.model, l.pending = p.model, nil
	return l.reply(true)
}

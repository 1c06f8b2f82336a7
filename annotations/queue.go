package annotations

import "errors"

// Queue is a named list of documents annotated in order: the position of the
// one on screen, and each document's answer and undo history. A long queue
// keeps only some of its documents in memory (the browser's store holds the
// rest): Doc is nil for a document until Load puts it there, while its answer
// is always known, so progress counts every document.
type Queue struct {
	Name    string
	Pos     int
	Assist  Assist // the dataset's suggestion sources (assist.go)
	docs    []*Document
	history map[int]*History // of the documents in memory that have one
	answers []Answer
}

// ErrNotLoaded is returned for a change to a document that is not in memory.
var ErrNotLoaded = errors.New("the document is still loading")

// NewQueue makes a queue of docs, all in memory, positioned at the first.
func NewQueue(name string, docs []*Document) *Queue {
	q := &Queue{Name: name}
	for _, d := range docs {
		q.Append(d)
	}
	return q
}

// Append adds d at the end of the queue, with an empty history.
func (q *Queue) Append(d *Document) {
	q.docs = append(q.docs, d)
	q.answers = append(q.answers, d.Answer)
}

// Len is the number of documents in the queue.
func (q *Queue) Len() int { return len(q.docs) }

// Doc is document i, or nil when it is not in memory.
func (q *Queue) Doc(i int) *Document { return q.docs[i] }

// History is document i's undo history (empty when it is not in memory).
func (q *Queue) History(i int) History {
	if h := q.history[i]; h != nil {
		return *h
	}
	return History{}
}

// historyOf is document i's history to change, made on first use: a queue
// of many documents keeps a history only for those in memory.
func (q *Queue) historyOf(i int) *History {
	if q.history == nil {
		q.history = map[int]*History{}
	}
	h := q.history[i]
	if h == nil {
		h = &History{}
		q.history[i] = h
	}
	return h
}

// Load puts document i in memory with its history, as the store kept them.
func (q *Queue) Load(i int, d *Document, h History) {
	q.docs[i] = d
	*q.historyOf(i) = h
	q.answers[i] = d.Answer
}

// Unload takes document i out of memory; its answer stays counted.
func (q *Queue) Unload(i int) {
	q.docs[i] = nil
	delete(q.history, i)
}

// Current is the document on screen: nil for an empty queue or while it is
// not in memory.
func (q *Queue) Current() *Document {
	if len(q.docs) == 0 {
		return nil
	}
	return q.docs[q.Pos]
}

// Move goes delta documents forward (or back), staying inside the queue;
// it reports whether the position changed.
func (q *Queue) Move(delta int) bool {
	pos := min(max(q.Pos+delta, 0), len(q.docs)-1)
	if pos < 0 || pos == q.Pos {
		return false
	}
	q.Pos = pos
	return true
}

// Answers is every document's answer, in order. The slice is the queue's own.
func (q *Queue) Answers() []Answer { return q.answers }

// SetAnswer records the answer of document i when it is not in memory (a
// change to it replayed from the store); a loaded document's own answer wins.
func (q *Queue) SetAnswer(i int, a Answer) {
	if q.docs[i] == nil {
		q.answers[i] = a
	}
}

// Answered counts the documents that have an answer.
func (q *Queue) Answered() int {
	n := 0
	for _, a := range q.answers {
		if a != Unanswered {
			n++
		}
	}
	return n
}

// Do applies e to the current document and records it for undo.
func (q *Queue) Do(e Edit) error {
	d, h, err := q.current()
	if err != nil {
		return err
	}
	defer q.countAnswer()
	return h.Do(d, e)
}

// Undo reverts the current document's last change; ok is false if none.
func (q *Queue) Undo() (applied Edit, ok bool, err error) {
	d, h, err := q.current()
	if err != nil {
		return Edit{}, false, err
	}
	defer q.countAnswer()
	return h.Undo(d)
}

// Redo applies again the current document's last undone change.
func (q *Queue) Redo() (applied Edit, ok bool, err error) {
	d, h, err := q.current()
	if err != nil {
		return Edit{}, false, err
	}
	defer q.countAnswer()
	return h.Redo(d)
}

// current is the document on screen and its history, if it can be changed.
func (q *Queue) current() (*Document, *History, error) {
	if len(q.docs) == 0 {
		return nil, nil, errors.New("the queue has no documents")
	}
	d := q.docs[q.Pos]
	if d == nil {
		return nil, nil, ErrNotLoaded
	}
	return d, q.historyOf(q.Pos), nil
}

// countAnswer keeps the current document's answer counted after a change.
func (q *Queue) countAnswer() { q.answers[q.Pos] = q.docs[q.Pos].Answer }

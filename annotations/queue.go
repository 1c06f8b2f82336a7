package annotations

import (
	"errors"
	"fmt"
)

// Queue is a named list of documents being annotated in order, with the
// position of the one on screen and each document's undo history.
type Queue struct {
	Name    string
	Docs    []*Document
	Pos     int
	history []History
}

// NewQueue makes a queue of docs, positioned at the first.
func NewQueue(name string, docs []*Document) *Queue {
	return &Queue{Name: name, Docs: docs, history: make([]History, len(docs))}
}

// Current is the document on screen, or nil for an empty queue.
func (q *Queue) Current() *Document {
	if len(q.Docs) == 0 {
		return nil
	}
	return q.Docs[q.Pos]
}

// Move goes delta documents forward (or back), staying inside the queue;
// it reports whether the position changed.
func (q *Queue) Move(delta int) bool {
	pos := min(max(q.Pos+delta, 0), len(q.Docs)-1)
	if pos < 0 || pos == q.Pos {
		return false
	}
	q.Pos = pos
	return true
}

// Answered counts the documents that have an answer.
func (q *Queue) Answered() int {
	n := 0
	for _, d := range q.Docs {
		if d.Answer != Unanswered {
			n++
		}
	}
	return n
}

// Progress says where the annotator is, e.g. "Document 2 of 3 · 1 answered".
func (q *Queue) Progress() string {
	return fmt.Sprintf("Document %d of %d · %d answered", min(q.Pos+1, len(q.Docs)), len(q.Docs), q.Answered())
}

// Do applies e to the current document and records it for undo.
func (q *Queue) Do(e Edit) error {
	h, err := q.currentHistory()
	if err != nil {
		return err
	}
	return h.Do(q.Current(), e)
}

// Undo reverts the current document's last change; ok is false if none.
func (q *Queue) Undo() (applied Edit, ok bool, err error) {
	h, err := q.currentHistory()
	if err != nil {
		return Edit{}, false, err
	}
	return h.Undo(q.Current())
}

// Redo applies again the current document's last undone change.
func (q *Queue) Redo() (applied Edit, ok bool, err error) {
	h, err := q.currentHistory()
	if err != nil {
		return Edit{}, false, err
	}
	return h.Redo(q.Current())
}

// currentHistory is the current document's history; documents appended to
// Docs after the queue was made get theirs here.
func (q *Queue) currentHistory() (*History, error) {
	if len(q.Docs) == 0 {
		return nil, errors.New("the queue has no documents")
	}
	for len(q.history) < len(q.Docs) {
		q.history = append(q.history, History{})
	}
	return &q.history[q.Pos], nil
}

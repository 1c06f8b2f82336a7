package annotations

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// queueOf is a queue of one document per text.
func queueOf(t *testing.T, texts ...string) *Queue {
	t.Helper()
	return NewQueue("test.jsonl", docsOf(t, texts...))
}

func docsOf(t *testing.T, texts ...string) []*Document {
	t.Helper()
	var docs []*Document
	for _, text := range texts {
		docs = append(docs, docOf(t, text))
	}
	return docs
}

func TestQueueMove(t *testing.T) {
	tests := []struct {
		name       string
		from       int
		delta      int
		want       int
		wantChange bool
	}{
		{"next", 0, 1, 1, true},
		{"previous", 2, -1, 1, true},
		{"previous at the first stays", 0, -1, 0, false},
		{"next at the last stays", 2, 1, 2, false},
		{"far forward stops at the last", 0, 10, 2, true},
		{"far back stops at the first", 2, -10, 0, true},
		{"zero stays", 1, 0, 1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := queueOf(t, "a", "b", "c")
			q.Pos = tt.from
			changed := q.Move(tt.delta)
			if q.Pos != tt.want || changed != tt.wantChange {
				t.Errorf("Move(%d) from %d: at %d, changed %v; want %d, %v", tt.delta, tt.from, q.Pos, changed, tt.want, tt.wantChange)
			}
			if q.Current() != q.Doc(tt.want) {
				t.Errorf("Current is not document %d", tt.want)
			}
		})
	}
}

// TestQueueUndoIsPerDocument checks that undo and redo act on the document
// on screen only, each document keeping its own history.
func TestQueueUndoIsPerDocument(t *testing.T) {
	q := queueOf(t, wordsText, wordsText)
	first, second := q.Doc(0), q.Doc(1)
	steps := []struct {
		name             string
		act              func() error
		wantPos          int
		wantFirst, wantS []Span
	}{
		{"add to the first", func() error { return q.Do(Edit{Add: []Span{{0, 5, "ENTITY"}}}) },
			0, []Span{{0, 5, "ENTITY"}}, nil},
		{"move to the second", moveOK(q, 1), 1, []Span{{0, 5, "ENTITY"}}, nil},
		{"add to the second", func() error { return q.Do(Edit{Add: []Span{{6, 10, "CLAIM"}}}) },
			1, []Span{{0, 5, "ENTITY"}}, []Span{{6, 10, "CLAIM"}}},
		{"undo on the second", undoOK(q.Undo, true), 1, []Span{{0, 5, "ENTITY"}}, nil},
		{"nothing more to undo on the second", undoOK(q.Undo, false), 1, []Span{{0, 5, "ENTITY"}}, nil},
		{"back to the first", moveOK(q, -1), 0, []Span{{0, 5, "ENTITY"}}, nil},
		{"undo on the first", undoOK(q.Undo, true), 0, nil, nil},
		{"redo on the first", undoOK(q.Redo, true), 0, []Span{{0, 5, "ENTITY"}}, nil},
		{"nothing to redo on the first", undoOK(q.Redo, false), 0, []Span{{0, 5, "ENTITY"}}, nil},
		{"redo on the second", func() error { q.Move(1); return undoOK(q.Redo, true)() },
			1, []Span{{0, 5, "ENTITY"}}, []Span{{6, 10, "CLAIM"}}},
	}
	for _, st := range steps {
		if err := st.act(); err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if q.Pos != st.wantPos {
			t.Errorf("%s: at %d, want %d", st.name, q.Pos, st.wantPos)
		}
		if diff := cmp.Diff(st.wantFirst, first.Spans, emptyEdits); diff != "" {
			t.Errorf("%s: first document's spans (-want +got):\n%s", st.name, diff)
		}
		if diff := cmp.Diff(st.wantS, second.Spans, emptyEdits); diff != "" {
			t.Errorf("%s: second document's spans (-want +got):\n%s", st.name, diff)
		}
	}
}

// moveOK moves q by delta and fails unless the position changed.
func moveOK(q *Queue, delta int) func() error {
	return func() error {
		if !q.Move(delta) {
			return errNoMove
		}
		return nil
	}
}

// undoOK calls step (Undo or Redo) and fails unless its ok is want.
func undoOK(step func() (Edit, bool, error), want bool) func() error {
	return func() error {
		_, ok, err := step()
		if err == nil && ok != want {
			return errWrongOK
		}
		return err
	}
}

var (
	errNoMove  = errors.New("the position did not change")
	errWrongOK = errors.New("ok was not as expected")
)

func TestEmptyQueue(t *testing.T) {
	q := NewQueue("empty", nil)
	if q.Current() != nil {
		t.Errorf("Current() = %v, want nil", q.Current())
	}
	if q.Move(1) || q.Pos != 0 {
		t.Errorf("Move(1) on an empty queue moved to %d", q.Pos)
	}
	_, _, undoErr := q.Undo()
	_, _, redoErr := q.Redo()
	got := []string{errText(q.Do(Edit{Add: []Span{{0, 1, "ENTITY"}}})), errText(undoErr), errText(redoErr)}
	want := []string{"the queue has no documents", "the queue has no documents", "the queue has no documents"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("errors mismatch (-want +got):\n%s", diff)
	}
}

// TestQueueAppend checks a document appended after the queue was made
// gets a history of its own and is counted.
func TestQueueAppend(t *testing.T) {
	q := queueOf(t, "a")
	q.Append(docOf(t, "b"))
	q.Move(1)
	if err := q.Do(Edit{Add: []Span{{0, 1, "ENTITY"}}, Answer: &AnswerEdit{To: Accept}}); err != nil {
		t.Fatal(err)
	}
	if got := q.Answered(); got != 1 {
		t.Errorf("Answered() = %d after answering the appended document, want 1", got)
	}
	if _, ok, err := q.Undo(); err != nil || !ok {
		t.Fatalf("Undo: %v, %v", ok, err)
	}
	if diff := cmp.Diff([]Span(nil), q.Doc(1).Spans, emptyEdits); diff != "" {
		t.Errorf("spans after undo (-want +got):\n%s", diff)
	}
	if got := q.Answered(); got != 0 {
		t.Errorf("Answered() = %d after undoing the answer, want 0", got)
	}
}

// TestQueueOutOfMemory checks a queue whose documents are partly in the
// store: changes to a missing one are refused, its answer still counts,
// and Load brings it back with its history.
func TestQueueOutOfMemory(t *testing.T) {
	q := queueOf(t, "a", "b")
	b := q.Doc(1)
	q.Unload(1)
	q.SetAnswer(1, Reject)
	q.Move(1)
	if q.Current() != nil {
		t.Fatalf("Current() = %v for a document not in memory", q.Current())
	}
	if err := q.Do(Edit{Add: []Span{{0, 1, "ENTITY"}}}); !errors.Is(err, ErrNotLoaded) {
		t.Errorf("Do on a document not in memory: %v, want ErrNotLoaded", err)
	}
	if _, _, err := q.Undo(); !errors.Is(err, ErrNotLoaded) {
		t.Errorf("Undo on a document not in memory: %v, want ErrNotLoaded", err)
	}
	if got := q.Answered(); got != 1 {
		t.Errorf("Answered() = %d with one answer set while out of memory, want 1", got)
	}

	b.Spans = []Span{{0, 1, "CLAIM"}}
	q.Load(1, b, History{Done: []Edit{{Add: []Span{{0, 1, "CLAIM"}}}}})
	if got := q.Answered(); got != 0 {
		t.Errorf("Answered() = %d after loading an unanswered document, want 0", got)
	}
	q.SetAnswer(1, Accept) // ignored: the loaded document's answer wins
	if got := q.Answers(); got[1] != Unanswered {
		t.Errorf("SetAnswer changed a loaded document's answer to %q", got[1])
	}
	if _, ok, err := q.Undo(); err != nil || !ok {
		t.Fatalf("Undo after Load: %v, %v", ok, err)
	}
	if diff := cmp.Diff([]Span(nil), q.Doc(1).Spans, emptyEdits); diff != "" {
		t.Errorf("spans after undoing the loaded history (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(History{Undone: []Edit{{Add: []Span{{0, 1, "CLAIM"}}}}}, q.History(1), emptyEdits); diff != "" {
		t.Errorf("History(1) (-want +got):\n%s", diff)
	}
}

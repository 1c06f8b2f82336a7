package annotations

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
)

// The page keeps the work in the browser's store (IndexedDB) as records
// made here, so that what is written and how it is read back is tested
// natively. A document is two records: its source (the text, meta and kept
// keys, written once) and its State (spans, answer, undo history). Between
// snapshots of the States, every change is one small Change record in a
// journal, replayed on top of the last snapshot when the page opens again.

// Op says how a Change's edit was applied.
type Op string

const (
	OpDo   Op = "do"   // a new change
	OpUndo Op = "undo" // the inverse of the last change done
	OpRedo Op = "redo" // the last change undone, again
)

// Change is one journal record: Edit as applied, by Op, to document Doc of
// dataset DS. Seq numbers the journal from 1 without gaps.
type Change struct {
	Seq  int  `json:"seq"`
	DS   int  `json:"ds"`
	Doc  int  `json:"doc"`
	Op   Op   `json:"op"`
	Edit Edit `json:"edit"`
}

// Replay applies c to the document it names, as when it was first made.
// When that document is not in memory, it counts the answer c sets and
// returns ErrNotLoaded: the caller keeps c until the document is loaded.
func (q *Queue) Replay(c Change) error {
	if c.Doc < 0 || c.Doc >= len(q.docs) {
		return fmt.Errorf("change %d is to document %d, which the dataset does not have", c.Seq, c.Doc)
	}
	d := q.docs[c.Doc]
	if d == nil {
		if c.Edit.Answer != nil {
			q.answers[c.Doc] = c.Edit.Answer.To
		}
		return ErrNotLoaded
	}
	if err := replay(d, q.historyOf(c.Doc), c); err != nil {
		return fmt.Errorf("change %d: %w", c.Seq, err)
	}
	q.answers[c.Doc] = d.Answer
	return nil
}

// replay applies c to d and its history h. An undo or redo must apply the
// edit recorded, or nothing is changed.
func replay(d *Document, h *History, c Change) error {
	var next Edit
	switch c.Op {
	case OpDo:
		return h.Do(d, c.Edit)
	case OpUndo:
		if len(h.Done) == 0 {
			return errors.New("undo with nothing done")
		}
		next = h.Done[len(h.Done)-1].Inverse()
	case OpRedo:
		if len(h.Undone) == 0 {
			return errors.New("redo with nothing undone")
		}
		next = h.Undone[len(h.Undone)-1]
	default:
		return fmt.Errorf("unknown operation %q", c.Op)
	}
	if !sameEdit(next, c.Edit) {
		return fmt.Errorf("%s would apply %v, not the %v recorded", c.Op, next, c.Edit)
	}
	var err error
	if c.Op == OpUndo {
		_, _, err = h.Undo(d)
	} else {
		_, _, err = h.Redo(d)
	}
	return err
}

// sameEdit compares two edits as the journal holds them: in JSON, where
// an empty list and none are one.
func sameEdit(a, b Edit) bool {
	ja, errA := json.Marshal(a)
	jb, errB := json.Marshal(b)
	return errA == nil && errB == nil && bytes.Equal(ja, jb)
}

// InOrder returns the changes after Seq last in order, stopping at the first
// gap: a change whose predecessor was never written cannot be replayed.
// missing is the first Seq absent before a later one, or 0.
func InOrder(changes []Change, last int) (ordered []Change, missing int) {
	changes = slices.Clone(changes)
	slices.SortFunc(changes, func(a, b Change) int { return a.Seq - b.Seq })
	for _, c := range changes {
		switch {
		case c.Seq <= last:
			continue // already in a snapshot
		case c.Seq != last+1:
			return ordered, last + 1
		}
		ordered = append(ordered, c)
		last = c.Seq
	}
	return ordered, 0
}

// State is the changing part of a document as the store keeps it.
type State struct {
	Spans   []Span  `json:"spans,omitempty"`
	Answer  Answer  `json:"answer,omitempty"`
	History History `json:"history"`

	Origins     []Origin     `json:"origins,omitempty"`     // the provenance of spans
	Suggestions []Suggestion `json:"suggestions,omitempty"` // open suggestions, but those computed again
	Rejected    []Span       `json:"rejected,omitempty"`    // suggestions rejected
}

// State is document i's state, for a snapshot; it must be in memory. It
// shares memory with the queue: marshal it before the next change.
func (q *Queue) State(i int) State {
	d := q.docs[i]
	return State{Spans: d.Spans, Answer: d.Answer, History: q.History(i),
		Origins: d.Origins, Suggestions: asked(d.Suggestions), Rejected: d.Rejected}
}

// Restore gives d the spans and answer of s, refusing spans that do not fit
// its text, and returns the history to Load it with.
func (s State) Restore(d *Document) (History, error) {
	if !s.Answer.Valid() {
		return History{}, fmt.Errorf("answer %q is not accept, reject or ignore", s.Answer)
	}
	spans := slices.Clone(s.Spans)
	slices.SortFunc(spans, compareSpans)
	for _, sp := range spans {
		if err := d.checkSpan(sp); err != nil {
			return History{}, err
		}
	}
	d.Spans = slices.CompactFunc(spans, func(a, b Span) bool { return a == b })
	d.Answer = s.Answer
	if err := s.restoreSuggestions(d); err != nil {
		return History{}, err
	}
	return s.History, nil
}

// SourceInfo is the JSON the store keeps beside a document's text: its meta
// and the keys the codecs keep for the round trip, in their order.
func (d *Document) SourceInfo() []byte {
	b := []byte(`{"meta":`)
	if len(d.Meta) > 0 {
		b = append(b, compact(d.Meta)...)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"extra":`...)
	extra := slices.Clone(d.Extra)
	for i := range extra {
		extra[i].Value = compact(extra[i].Value)
	}
	return append(appendObject(b, extra), '}')
}

// DocumentFromSource makes the document of a text and its SourceInfo,
// refusing text that is not UTF-8.
func DocumentFromSource(text string, info []byte) (*Document, error) {
	if _, err := NewDocument(text); err != nil {
		return nil, err
	}
	return DocumentFromUTF8Source(text, info)
}

// DocumentFromUTF8Source is DocumentFromSource for a text known to be
// UTF-8, which it does not check again.
func DocumentFromUTF8Source(text string, info []byte) (*Document, error) {
	d := &Document{Text: text, utf8: true}
	fields, err := readObject(info)
	if err != nil {
		return nil, fmt.Errorf("source info: %w", err)
	}
	for _, f := range fields {
		switch f.Key {
		case "meta":
			d.Meta, err = readMeta(f.Value)
		case "extra":
			d.Extra, err = readExtra(f.Value)
		}
		if err != nil {
			return nil, fmt.Errorf("source info: %w", err)
		}
	}
	return d, nil
}

func readExtra(raw []byte) ([]Field, error) {
	fields, err := readObject(raw)
	if len(fields) == 0 {
		return nil, err
	}
	for i := range fields {
		fields[i].Value = compact(fields[i].Value)
	}
	return fields, err
}

// codeLetters and codeAnswers pair each answer with its letter in AnswerCodes.
const codeLetters = "-ari"

var codeAnswers = []Answer{Unanswered, Accept, Reject, Ignore}

// AnswerCodes writes answers one letter each ("-" unanswered, "a", "r",
// "i"), the compact form in which the store keeps a long queue's answers.
func AnswerCodes(answers []Answer) string {
	b := make([]byte, len(answers))
	for i, a := range answers {
		b[i] = codeLetters[slices.Index(codeAnswers, a)]
	}
	return string(b)
}

// ParseAnswerCodes reads what AnswerCodes wrote.
func ParseAnswerCodes(codes string) ([]Answer, error) {
	answers := make([]Answer, len(codes))
	for i := range len(codes) {
		k := strings.IndexByte(codeLetters, codes[i])
		if k < 0 {
			return nil, fmt.Errorf("answer code %q at %d is not one of - a r i", codes[i], i)
		}
		answers[i] = codeAnswers[k]
	}
	return answers, nil
}

// DatasetInfo is the store's record of a dataset: its name, the position on
// screen and every document's answer, as AnswerCodes.
type DatasetInfo struct {
	Name    string  `json:"name"`
	Pos     int     `json:"pos"`
	Answers string  `json:"answers"`
	Assist  *Assist `json:"assist,omitempty"`
}

// Info is the queue's DatasetInfo.
func (q *Queue) Info() DatasetInfo {
	info := DatasetInfo{Name: q.Name, Pos: q.Pos, Answers: AnswerCodes(q.answers)}
	if !q.Assist.isDefault() {
		info.Assist = &q.Assist
	}
	return info
}

// QueueFromInfo makes the queue info describes, with no document in memory.
func QueueFromInfo(info DatasetInfo) (*Queue, error) {
	answers, err := ParseAnswerCodes(info.Answers)
	if err != nil {
		return nil, err
	}
	if info.Pos < 0 || info.Pos >= max(len(answers), 1) {
		return nil, fmt.Errorf("position %d is outside the dataset's %d documents", info.Pos, len(answers))
	}
	var assist Assist
	if info.Assist != nil {
		assist = *info.Assist
		assist.Order = slices.DeleteFunc(assist.Order, func(i int) bool { return i < 0 || i >= len(answers) })
	}
	return &Queue{
		Name:    info.Name,
		Pos:     info.Pos,
		Assist:  assist,
		docs:    make([]*Document, len(answers)),
		answers: answers,
	}, nil
}

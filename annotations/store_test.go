package annotations

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// session is the page's side of the store, done in memory: every change to
// the queue becomes a journal record, and snapshot writes every document's
// source and state, clearing the journal as the page's compaction does.
type session struct {
	q       *Queue
	seq     int
	journal []Change
	// The store: the last snapshot and the Seq it holds changes up to.
	texts   []string
	infos   [][]byte
	states  [][]byte // State as JSON, as the page stores it
	answers string
	upTo    int
}

func (s *session) record(op Op, e Edit) {
	s.seq++
	s.journal = append(s.journal, Change{Seq: s.seq, DS: 1, Doc: s.q.Pos, Op: op, Edit: e})
}

func (s *session) snapshot() {
	s.texts, s.infos, s.states = nil, nil, nil
	for i := range s.q.Len() {
		d := s.q.Doc(i)
		s.texts = append(s.texts, d.Text)
		s.infos = append(s.infos, d.SourceInfo())
		state, err := json.Marshal(s.q.State(i))
		if err != nil {
			panic(err)
		}
		s.states = append(s.states, state)
	}
	s.answers = AnswerCodes(s.q.Answers())
	s.upTo = s.seq
	s.journal = nil
}

// reopen builds the queue again from the store, as the page does when it
// opens: documents from their source and state, then the journal replayed.
func (s *session) reopen(t *testing.T) *Queue {
	t.Helper()
	q := NewQueue(s.q.Name, nil)
	for i := range s.texts {
		d, err := DocumentFromSource(s.texts[i], s.infos[i])
		if err != nil {
			t.Fatal(err)
		}
		q.Append(d)
		var state State
		must(t, json.Unmarshal(s.states[i], &state))
		h, err := state.Restore(d)
		must(t, err)
		q.Load(i, d, h)
	}
	changes, missing := InOrder(s.journal, s.upTo)
	if missing != 0 {
		t.Fatalf("journal has a gap at %d", missing)
	}
	for _, c := range changes {
		if err := q.Replay(c); err != nil {
			t.Fatal(err)
		}
	}
	q.Pos = s.q.Pos
	return q
}

// TestReopenRestoresEverything makes random changes, undoes and redoes
// through a queue, snapshots now and then, and checks that reopening from
// the store at any point gives the same spans, answers and histories.
func TestReopenRestoresEverything(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 11))
	docs := docsOf(t, wordsText, "Zoë 👨‍👩‍👧 met Łukasz in Köln.\r\nShe said so.", "Third one.")
	docs[0].Meta = rawJSON(`{"id":"a"}`)
	docs[1].Extra = []Field{{"id", rawJSON(`7`)}, {"data", rawJSON(`{"url":"x"}`)}}
	s := &session{q: NewQueue("q.jsonl", docs)}
	s.snapshot()
	answers := []Answer{Accept, Reject, Ignore, Unanswered}
	for step := range 400 {
		q := s.q
		q.Move(r.IntN(3) - 1)
		d := q.Current()
		switch k := r.IntN(10); {
		case k < 5:
			a, b := r.IntN(len(d.Text)), r.IntN(len(d.Text))
			sp, err := d.SpanFromSelection(a, b, Bytes, DefaultLabels[r.IntN(3)].Name, true)
			if err != nil {
				continue
			}
			e, err := d.Add(sp)
			if err != nil || e.Empty() {
				continue
			}
			must(t, q.Do(e))
			s.record(OpDo, e)
		case k < 6:
			e, err := d.SetAnswer(answers[r.IntN(4)])
			if err != nil || e.Empty() {
				continue
			}
			must(t, q.Do(e))
			s.record(OpDo, e)
		case k < 8:
			if e, ok, err := q.Undo(); must(t, err) && ok {
				s.record(OpUndo, e)
			}
		default:
			if e, ok, err := q.Redo(); must(t, err) && ok {
				s.record(OpRedo, e)
			}
		}
		if step%97 == 0 {
			s.snapshot()
		}
		if step%13 == 0 {
			checkSame(t, step, s.q, s.reopen(t))
		}
	}
	checkSame(t, 400, s.q, s.reopen(t))
}

// spansEqual compares span lists by content: none and an empty list are equal.
var spansEqual = cmp.Comparer(func(a, b []Span) bool { return slices.Equal(a, b) })

func must(t testing.TB, err error) bool {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
	return true
}

func checkSame(t *testing.T, step int, want, got *Queue) {
	t.Helper()
	if diff := cmp.Diff(want.Answers(), got.Answers()); diff != "" {
		t.Fatalf("step %d: answers after reopening (-want +got):\n%s", step, diff)
	}
	for i := range want.Len() {
		if diff := cmp.Diff(want.Doc(i), got.Doc(i), docOptions, spansEqual); diff != "" {
			t.Fatalf("step %d: document %d after reopening (-want +got):\n%s", step, i, diff)
		}
		if diff := cmp.Diff(want.History(i), got.History(i), emptyEdits); diff != "" {
			t.Fatalf("step %d: history of document %d after reopening (-want +got):\n%s", step, i, diff)
		}
	}
}

func TestReplayRefusesWhatDoesNotFit(t *testing.T) {
	add := Edit{Add: []Span{{0, 5, "ENTITY"}}}
	other := Edit{Add: []Span{{6, 10, "CLAIM"}}}
	tests := []struct {
		name    string
		done    []Edit // applied before the change, in order
		undone  int    // how many of them are then undone
		change  Change
		wantErr string
	}{
		{"undo with nothing done", nil, 0, Change{Seq: 3, Op: OpUndo, Edit: add.Inverse()},
			"change 3: undo with nothing done"},
		{"redo with nothing undone", []Edit{add}, 0, Change{Seq: 4, Op: OpRedo, Edit: add},
			"change 4: redo with nothing undone"},
		{"undo of another edit", []Edit{add}, 0, Change{Seq: 5, Op: OpUndo, Edit: other.Inverse()},
			"change 5: undo would apply {[ENTITY[0,5)] [] <nil>}, not the {[CLAIM[6,10)] [] <nil>} recorded"},
		{"redo of another edit", []Edit{add}, 1, Change{Seq: 6, Op: OpRedo, Edit: other},
			"change 6: redo would apply {[] [ENTITY[0,5)] <nil>}, not the {[] [CLAIM[6,10)] <nil>} recorded"},
		{"a do that does not fit", nil, 0, Change{Seq: 7, Op: OpDo, Edit: Edit{Remove: []Span{{0, 5, "ENTITY"}}}},
			"change 7: edit removes ENTITY[0,5), which the document does not have"},
		{"an unknown operation", nil, 0, Change{Seq: 8, Op: "paste", Edit: add}, `change 8: unknown operation "paste"`},
		{"a document the dataset lacks", nil, 0, Change{Seq: 9, Doc: 5, Op: OpDo, Edit: add},
			"change 9 is to document 5, which the dataset does not have"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			q := queueOf(t, wordsText)
			for _, e := range tt.done {
				must(t, q.Do(e))
			}
			for range tt.undone {
				_, _, err := q.Undo()
				must(t, err)
			}
			before := q.State(0)
			err := q.Replay(tt.change)
			if diff := cmp.Diff(tt.wantErr, errText(err)); diff != "" {
				t.Errorf("Replay error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, q.State(0), emptyEdits); diff != "" {
				t.Errorf("a refused change altered the document (-before +after):\n%s", diff)
			}
		})
	}
}

func TestReplayToDocumentNotInMemory(t *testing.T) {
	q := queueOf(t, "a", "b")
	q.Unload(1)
	err := q.Replay(Change{Seq: 1, Doc: 1, Op: OpDo, Edit: Edit{Answer: &AnswerEdit{To: Accept}}})
	if !errors.Is(err, ErrNotLoaded) {
		t.Fatalf("Replay to a document not in memory: %v, want ErrNotLoaded", err)
	}
	if got := q.Answered(); got != 1 {
		t.Errorf("Answered() = %d, want the replayed answer counted", got)
	}
}

func TestInOrder(t *testing.T) {
	c := func(seqs ...int) []Change {
		var cs []Change
		for _, s := range seqs {
			cs = append(cs, Change{Seq: s})
		}
		return cs
	}
	tests := []struct {
		name        string
		changes     []Change
		last        int
		want        []Change
		wantMissing int
	}{
		{"empty", nil, 0, nil, 0},
		{"in order", c(1, 2, 3), 0, c(1, 2, 3), 0},
		{"shuffled", c(3, 1, 2), 0, c(1, 2, 3), 0},
		{"those in the snapshot skipped", c(4, 5, 6, 7), 5, c(6, 7), 0},
		{"a gap stops the replay", c(1, 2, 4, 5), 0, c(1, 2), 3},
		{"a gap right after the snapshot", c(7, 8), 5, nil, 6},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, missing := InOrder(tt.changes, tt.last)
			if diff := cmp.Diff(tt.want, got, emptyEdits); diff != "" || missing != tt.wantMissing {
				t.Errorf("InOrder: missing %d, want %d; changes (-want +got):\n%s", missing, tt.wantMissing, diff)
			}
		})
	}
}

func TestStateRestore(t *testing.T) {
	tests := []struct {
		name      string
		state     State
		wantSpans []Span
		wantErr   string
	}{
		{"sorted and deduplicated", State{Spans: []Span{{6, 10, "CLAIM"}, {0, 5, "ENTITY"}, {6, 10, "CLAIM"}}, Answer: Accept},
			[]Span{{0, 5, "ENTITY"}, {6, 10, "CLAIM"}}, "<nil>"},
		{"a span past the text", State{Spans: []Span{{0, 99, "ENTITY"}}}, nil,
			"span ENTITY[0,99) lies outside the text (length 30 bytes)"},
		{"a bad answer", State{Answer: "maybe"}, nil, `answer "maybe" is not accept, reject or ignore`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(t, wordsText)
			_, err := tt.state.Restore(d)
			if diff := cmp.Diff(tt.wantErr, errText(err)); diff != "" {
				t.Fatalf("Restore error (-want +got):\n%s", diff)
			}
			if err == nil && (!cmp.Equal(tt.wantSpans, d.Spans, emptyEdits) || d.Answer != tt.state.Answer) {
				t.Errorf("Restore gave %v %q, want %v %q", d.Spans, d.Answer, tt.wantSpans, tt.state.Answer)
			}
		})
	}
}

func TestSourceInfoRoundTrip(t *testing.T) {
	tests := []struct {
		name     string
		doc      Document
		wantInfo string
	}{
		{"bare", Document{Text: "x"}, `{"meta":null,"extra":{}}`},
		{"meta and extra in order", Document{Text: "x", Meta: rawJSON(`{ "id": 1 }`),
			Extra: []Field{{"z", rawJSON(`[1, 2]`)}, {"a", rawJSON(`"b"`)}}},
			`{"meta":{"id":1},"extra":{"z":[1,2],"a":"b"}}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			info := tt.doc.SourceInfo()
			if diff := cmp.Diff(tt.wantInfo, string(info)); diff != "" {
				t.Errorf("SourceInfo (-want +got):\n%s", diff)
			}
			d, err := DocumentFromSource(tt.doc.Text, info)
			must(t, err)
			want := tt.doc
			want.Meta = compactOrNil(want.Meta)
			for i := range want.Extra {
				want.Extra[i].Value = compact(want.Extra[i].Value)
			}
			if diff := cmp.Diff(&want, d, docOptions); diff != "" {
				t.Errorf("DocumentFromSource (-want +got):\n%s", diff)
			}
		})
	}
}

func compactOrNil(raw []byte) []byte {
	if raw == nil {
		return nil
	}
	return compact(raw)
}

func TestDocumentFromBadSource(t *testing.T) {
	for _, tt := range []struct{ name, text, info, wantErr string }{
		{"not UTF-8", "a\xffb", `{}`, "text is not valid UTF-8 at byte 1"},
		{"info not JSON", "a", `{"meta":`, "source info: the JSON object is cut short"},
		{"meta not an object", "a", `{"meta":3}`, "source info: meta is a number, not an object"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := DocumentFromSource(tt.text, []byte(tt.info))
			if diff := cmp.Diff(tt.wantErr, errText(err)); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestAnswerCodes(t *testing.T) {
	answers := []Answer{Unanswered, Accept, Reject, Ignore, Accept}
	codes := AnswerCodes(answers)
	if codes != "-aria" {
		t.Errorf("AnswerCodes = %q, want %q", codes, "-aria")
	}
	back, err := ParseAnswerCodes(codes)
	must(t, err)
	if diff := cmp.Diff(answers, back); diff != "" {
		t.Errorf("ParseAnswerCodes (-want +got):\n%s", diff)
	}
	if _, err := ParseAnswerCodes("a?"); errText(err) != `answer code '?' at 1 is not one of - a r i` {
		t.Errorf("ParseAnswerCodes(%q) error = %v", "a?", err)
	}
}

func TestQueueInfoRoundTrip(t *testing.T) {
	docs := docsOf(t, "a", "b", "c")
	docs[1].Answer = Reject
	q := NewQueue("three.jsonl", docs)
	q.Move(2)
	info := q.Info()
	if diff := cmp.Diff(DatasetInfo{Name: "three.jsonl", Pos: 2, Answers: "-r-"}, info); diff != "" {
		t.Errorf("Info (-want +got):\n%s", diff)
	}
	back, err := QueueFromInfo(info)
	must(t, err)
	if back.Len() != 3 || back.Current() != nil || back.Pos != 2 || back.Answered() != 1 {
		t.Errorf("QueueFromInfo: %d documents, current %v at %d, %d answered", back.Len(), back.Current(), back.Pos, back.Answered())
	}
	for _, bad := range []DatasetInfo{{Answers: "-x"}, {Answers: "--", Pos: 2}, {Answers: "-", Pos: -1}} {
		if _, err := QueueFromInfo(bad); err == nil {
			t.Errorf("QueueFromInfo(%+v) succeeded", bad)
		}
	}
}

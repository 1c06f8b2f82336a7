package annotations

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestApplyFailingChangesNothing(t *testing.T) {
	tests := []struct {
		name string
		edit Edit
		want string
	}{
		{"removes a missing span after a valid add",
			Edit{Add: []Span{{11, 16, "ENTITY"}}, Remove: []Span{{6, 10, "ENTITY"}}},
			"edit removes ENTITY[6,10), which the document does not have"},
		{"adds a span it has",
			Edit{Add: []Span{{11, 16, "ENTITY"}, {0, 5, "ENTITY"}}},
			"edit adds ENTITY[0,5), which the document has already"},
		{"adds a span outside the text",
			Edit{Add: []Span{{25, 31, "ENTITY"}}},
			"span ENTITY[25,31) lies outside the text (length 30 bytes)"},
		{"removes a span twice",
			Edit{Remove: []Span{{0, 5, "ENTITY"}, {0, 5, "ENTITY"}}},
			"edit removes ENTITY[0,5) twice"},
		{"adds a span twice",
			Edit{Add: []Span{{11, 16, "ENTITY"}, {11, 16, "ENTITY"}}},
			"edit adds ENTITY[11,16) twice"},
		{"changes an answer it does not have",
			Edit{Add: []Span{{11, 16, "ENTITY"}}, Answer: &AnswerEdit{From: Reject, To: Ignore}},
			`edit changes the answer from "reject" to "ignore", but it is "accept"`},
		{"changes the answer to no answer it knows",
			Edit{Answer: &AnswerEdit{From: Accept, To: "maybe"}},
			`edit changes the answer to "maybe", which is not an answer`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, wordsText, Span{0, 5, "ENTITY"}, Span{6, 16, "CLAIM"})
			d.Answer = Accept
			err := d.Apply(tt.edit)
			if diff := cmp.Diff(tt.want, errText(err)); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff([]Span{{0, 5, "ENTITY"}, {6, 16, "CLAIM"}}, d.Spans); diff != "" {
				t.Errorf("failed Apply changed the spans (-want +got):\n%s", diff)
			}
			if d.Answer != Accept {
				t.Errorf("failed Apply changed the answer to %q", d.Answer)
			}
		})
	}
}

func TestApplyReplacesASpan(t *testing.T) {
	d := docWith(t, wordsText, Span{0, 5, "ENTITY"})
	if err := d.Apply(Edit{Remove: []Span{{0, 5, "ENTITY"}}, Add: []Span{{0, 5, "ENTITY"}, {6, 10, "ENTITY"}}}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Span{{0, 5, "ENTITY"}, {6, 10, "ENTITY"}}, d.Spans); diff != "" {
		t.Errorf("spans mismatch (-want +got):\n%s", diff)
	}
}

func TestSetAnswer(t *testing.T) {
	tests := []struct {
		name     string
		have, to Answer
		want     Edit
		wantErr  string
	}{
		{"first answer", Unanswered, Accept, Edit{Answer: &AnswerEdit{From: Unanswered, To: Accept}}, "<nil>"},
		{"change of mind", Accept, Reject, Edit{Answer: &AnswerEdit{From: Accept, To: Reject}}, "<nil>"},
		{"back to unanswered", Ignore, Unanswered, Edit{Answer: &AnswerEdit{From: Ignore, To: Unanswered}}, "<nil>"},
		{"same answer is a no-op", Reject, Reject, Edit{}, "<nil>"},
		{"not an answer", Accept, "maybe", Edit{}, `"maybe" is not an answer (accept, reject or ignore)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docOf(t, wordsText)
			d.Answer = tt.have
			got, err := d.SetAnswer(tt.to)
			if diff := cmp.Diff(tt.wantErr, errText(err)); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("SetAnswer(%q) mismatch (-want +got):\n%s", tt.to, diff)
			}
		})
	}
}

func TestEditInverse(t *testing.T) {
	e := Edit{Remove: []Span{{0, 5, "ENTITY"}}, Add: []Span{{0, 10, "ENTITY"}}, Answer: &AnswerEdit{From: Unanswered, To: Accept}}
	want := Edit{Remove: []Span{{0, 10, "ENTITY"}}, Add: []Span{{0, 5, "ENTITY"}}, Answer: &AnswerEdit{From: Accept, To: Unanswered}}
	if diff := cmp.Diff(want, e.Inverse()); diff != "" {
		t.Errorf("Inverse mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(e, e.Inverse().Inverse()); diff != "" {
		t.Errorf("Inverse of Inverse mismatch (-want +got):\n%s", diff)
	}
}

func TestEditDrawn(t *testing.T) {
	offered := Suggestion{Span: Span{20, 24, "ENTITY"}, Reasons: []Reason{{From: FromPattern, Text: "pattern line 1"}}}
	tests := []struct {
		name string
		edit Edit
		want []Span
	}{
		{"empty edit", Edit{}, nil},
		{"answer only", Edit{Answer: &AnswerEdit{To: Accept}}, nil},
		{"rejections remembered are not drawn", Edit{Reject: []Span{{6, 10, "ENTITY"}}}, nil},
		{"one span", Edit{Add: []Span{{6, 10, "ENTITY"}}}, []Span{{6, 10, "ENTITY"}}},
		{"merge: removed, added", Edit{Remove: []Span{{0, 5, "ENTITY"}, {11, 30, "ENTITY"}}, Add: []Span{{3, 13, "CLAIM"}}},
			[]Span{{0, 5, "ENTITY"}, {11, 30, "ENTITY"}, {3, 13, "CLAIM"}}},
		{"a suggestion accepted", Edit{Add: []Span{offered.Span}, Unsuggest: []Suggestion{offered}}, []Span{offered.Span, offered.Span}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, tt.edit.Drawn()); diff != "" {
				t.Errorf("Drawn mismatch (-want +got):\n%s", diff)
			}
			if empty := tt.edit.Empty(); empty != (tt.name == "empty edit") {
				t.Errorf("Empty() = %v", empty)
			}
		})
	}
}

// historyStep is one action on a document's history and what it must leave.
type historyStep struct {
	name      string
	do        func(*testing.T, *History, *Document) (Edit, bool, error)
	wantEdit  Edit // the edit applied
	wantOK    bool
	wantSpans []Span
	answer    Answer
}

// doPlan returns a step action that plans an edit and records it.
func doPlan(plan func(*Document) (Edit, error)) func(*testing.T, *History, *Document) (Edit, bool, error) {
	return func(t *testing.T, h *History, d *Document) (Edit, bool, error) {
		e, err := plan(d)
		if err != nil {
			t.Fatal(err)
		}
		return e, true, h.Do(d, e)
	}
}

func undo(_ *testing.T, h *History, d *Document) (Edit, bool, error) { return h.Undo(d) }
func redo(_ *testing.T, h *History, d *Document) (Edit, bool, error) { return h.Redo(d) }

func addSpan(s Span) func(*testing.T, *History, *Document) (Edit, bool, error) {
	return doPlan(func(d *Document) (Edit, error) { return d.Add(s) })
}

func TestUndoRedo(t *testing.T) {
	e05 := Span{0, 5, "ENTITY"}
	e010 := Span{0, 10, "ENTITY"}
	c010 := Span{0, 10, "CLAIM"}
	e1116 := Span{11, 16, "ENTITY"}
	b1722 := Span{17, 22, "BOILERPLATE"}
	accept := &AnswerEdit{From: Unanswered, To: Accept}
	steps := []historyStep{
		{"add", addSpan(e05), Edit{Add: []Span{e05}}, true, []Span{e05}, ""},
		{"add merges", addSpan(Span{3, 10, "ENTITY"}), Edit{Remove: []Span{e05}, Add: []Span{e010}}, true, []Span{e010}, ""},
		{"relabel", doPlan(func(d *Document) (Edit, error) { return d.Relabel(e010, "CLAIM") }),
			Edit{Remove: []Span{e010}, Add: []Span{c010}}, true, []Span{c010}, ""},
		{"answer", doPlan(func(d *Document) (Edit, error) { return d.SetAnswer(Accept) }),
			Edit{Answer: accept}, true, []Span{c010}, Accept},
		{"add another", addSpan(e1116), Edit{Add: []Span{e1116}}, true, []Span{c010, e1116}, Accept},
		{"undo the add", undo, Edit{Remove: []Span{e1116}}, true, []Span{c010}, Accept},
		{"undo the answer", undo, Edit{Answer: &AnswerEdit{From: Accept, To: Unanswered}}, true, []Span{c010}, ""},
		{"undo the relabel", undo, Edit{Remove: []Span{c010}, Add: []Span{e010}}, true, []Span{e010}, ""},
		{"redo the relabel", redo, Edit{Remove: []Span{e010}, Add: []Span{c010}}, true, []Span{c010}, ""},
		{"undo the relabel again", undo, Edit{Remove: []Span{c010}, Add: []Span{e010}}, true, []Span{e010}, ""},
		{"undo the merge", undo, Edit{Remove: []Span{e010}, Add: []Span{e05}}, true, []Span{e05}, ""},
		{"undo the first add", undo, Edit{Remove: []Span{e05}}, true, nil, ""},
		{"nothing left to undo", undo, Edit{}, false, nil, ""},
		{"redo the first add", redo, Edit{Add: []Span{e05}}, true, []Span{e05}, ""},
		{"redo the merge", redo, Edit{Remove: []Span{e05}, Add: []Span{e010}}, true, []Span{e010}, ""},
		{"a no-op change keeps redo", addSpan(e05), Edit{}, true, []Span{e010}, ""},
		{"redo after the no-op", redo, Edit{Remove: []Span{e010}, Add: []Span{c010}}, true, []Span{c010}, ""},
		{"a new change", addSpan(b1722), Edit{Add: []Span{b1722}}, true, []Span{c010, b1722}, ""},
		{"the new change dropped redo", redo, Edit{}, false, []Span{c010, b1722}, ""},
		{"undo the new change", undo, Edit{Remove: []Span{b1722}}, true, []Span{c010}, ""},
	}
	d := docOf(t, wordsText)
	var h History
	for _, st := range steps {
		got, ok, err := st.do(t, &h, d)
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if diff := cmp.Diff(st.wantEdit, got, emptyEdits); diff != "" {
			t.Errorf("%s: edit mismatch (-want +got):\n%s", st.name, diff)
		}
		if ok != st.wantOK {
			t.Errorf("%s: ok = %v, want %v", st.name, ok, st.wantOK)
		}
		if diff := cmp.Diff(st.wantSpans, d.Spans, emptyEdits); diff != "" {
			t.Errorf("%s: spans mismatch (-want +got):\n%s", st.name, diff)
		}
		if d.Answer != st.answer {
			t.Errorf("%s: answer %q, want %q", st.name, d.Answer, st.answer)
		}
	}
}

func TestHistoryFailures(t *testing.T) {
	t.Run("a failing change is not recorded", func(t *testing.T) {
		d := docOf(t, wordsText)
		var h History
		err := h.Do(d, Edit{Remove: []Span{{0, 5, "ENTITY"}}})
		if diff := cmp.Diff("edit removes ENTITY[0,5), which the document does not have", errText(err)); diff != "" {
			t.Errorf("error mismatch (-want +got):\n%s", diff)
		}
		if len(h.Done) != 0 {
			t.Errorf("failed change recorded: %v", h.Done)
		}
	})
	t.Run("an undo that no longer fits changes nothing", func(t *testing.T) {
		d := docOf(t, wordsText)
		var h History
		add := Edit{Add: []Span{{0, 5, "ENTITY"}}}
		if err := h.Do(d, add); err != nil {
			t.Fatal(err)
		}
		d.Spans = nil // changed behind the history's back
		_, ok, err := h.Undo(d)
		if diff := cmp.Diff("edit removes ENTITY[0,5), which the document does not have", errText(err)); diff != "" {
			t.Errorf("error mismatch (-want +got):\n%s", diff)
		}
		if ok {
			t.Error("failed undo reported ok")
		}
		if diff := cmp.Diff(History{Done: []Edit{add}}, h, emptyEdits); diff != "" {
			t.Errorf("failed undo changed the history (-want +got):\n%s", diff)
		}
	})
}

func TestEditJSON(t *testing.T) {
	tests := []struct {
		name string
		edit Edit
		want string
	}{
		{"empty", Edit{}, `{}`},
		{"add", Edit{Add: []Span{{40, 48, "ENTITY"}}}, `{"add":[{"start":40,"end":48,"label":"ENTITY"}]}`},
		{"merge", Edit{Remove: []Span{{0, 5, "ENTITY"}, {11, 16, "ENTITY"}}, Add: []Span{{0, 16, "ENTITY"}}},
			`{"remove":[{"start":0,"end":5,"label":"ENTITY"},{"start":11,"end":16,"label":"ENTITY"}],"add":[{"start":0,"end":16,"label":"ENTITY"}]}`},
		{"answer", Edit{Answer: &AnswerEdit{From: Unanswered, To: Reject}}, `{"answer":{"from":"","to":"reject"}}`},
		{"label with quotes and markup", Edit{Remove: []Span{{1, 2, `A"<b>`}}}, `{"remove":[{"start":1,"end":2,"label":"A\"\u003cb\u003e"}]}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := json.Marshal(tt.edit)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, string(b)); diff != "" {
				t.Errorf("JSON mismatch (-want +got):\n%s", diff)
			}
			var back Edit
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.edit, back); diff != "" {
				t.Errorf("round trip mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHistoryJSON journals a history and resumes from it: the restored
// history undoes and redoes on the document as the original would.
func TestHistoryJSON(t *testing.T) {
	d := docOf(t, wordsText)
	var h History
	for _, e := range []Edit{{Add: []Span{{0, 5, "ENTITY"}}}, {Add: []Span{{6, 10, "CLAIM"}}}} {
		if err := h.Do(d, e); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := h.Undo(d); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(h)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"done":[{"add":[{"start":0,"end":5,"label":"ENTITY"}]}],"undone":[{"add":[{"start":6,"end":10,"label":"CLAIM"}]}]}`
	if diff := cmp.Diff(want, string(b)); diff != "" {
		t.Errorf("JSON mismatch (-want +got):\n%s", diff)
	}
	var back History
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if _, _, err := back.Redo(d); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]Span{{0, 5, "ENTITY"}, {6, 10, "CLAIM"}}, d.Spans); diff != "" {
		t.Errorf("spans after redo from JSON mismatch (-want +got):\n%s", diff)
	}
}

// TestApplyBulk: an edit of many spans, applied in one pass, leaves the
// spans sorted, without those removed, with those added, and its undo
// gives back the spans as they were.
func TestApplyBulk(t *testing.T) {
	text := strings.Repeat("word ", 2000)
	d, err := NewDocument(text)
	if err != nil {
		t.Fatal(err)
	}
	var e Edit
	for i := range 300 {
		e.Add = append(e.Add, Span{Start: (299 - i) * 10, End: (299-i)*10 + 4, Label: "ENTITY"})
	}
	if err := d.Apply(e); err != nil {
		t.Fatal(err)
	}
	before := slices.Clone(d.Spans)
	if !slices.IsSortedFunc(before, compareSpans) || len(before) != 300 {
		t.Fatalf("after adding 300 spans in one edit, %d spans, sorted: %v", len(before), slices.IsSortedFunc(before, compareSpans))
	}
	var swap Edit
	for i, s := range before {
		if i%2 == 0 {
			swap.Remove = append(swap.Remove, s)
			swap.Add = append(swap.Add, Span{Start: s.Start, End: s.End, Label: "CLAIM"})
		}
	}
	if err := d.Apply(swap); err != nil {
		t.Fatal(err)
	}
	var want []Span
	for i, s := range before {
		if i%2 == 0 {
			s.Label = "CLAIM"
		}
		want = append(want, s)
	}
	slices.SortFunc(want, compareSpans)
	if diff := cmp.Diff(want, d.Spans); diff != "" {
		t.Errorf("after relabelling every other span in one edit (-want +got):\n%s", diff)
	}
	if err := d.Apply(Edit{Remove: swap.Add, Add: swap.Remove}); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(before, d.Spans); diff != "" {
		t.Errorf("undoing it (-want +got):\n%s", diff)
	}
	if err := d.Apply(Edit{Remove: []Span{before[0], before[0]}}); err == nil {
		t.Error("an edit removing a span twice was applied")
	}
}

package annotations

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestModelOrder(t *testing.T) {
	q := queueOf(t, "a", "b", "c", "d", "e", "f")
	q.answers[2] = Accept // answered: never a candidate
	if _, ok := q.OrderedNext(); ok {
		t.Fatal("OrderedNext with nothing chosen: want none")
	}
	if diff := cmp.Diff([]int{1, 3, 4}, q.Candidates(3)); diff != "" {
		t.Errorf("candidates (-want +got):\n%s", diff)
	}
	q.Choose(4)
	q.Choose(1)
	if diff := cmp.Diff([]int{0, 4, 1}, q.Assist.Order); diff != "" {
		t.Errorf("the order chosen (-want +got):\n%s", diff)
	}
	if q.Pos != 1 {
		t.Errorf("after choosing 1 the queue shows %d", q.Pos)
	}
	if diff := cmp.Diff([]int{3, 5}, q.Candidates(PickWindow)); diff != "" {
		t.Errorf("candidates once chosen (-want +got):\n%s", diff)
	}
	for _, step := range []struct {
		back bool
		want int
		ok   bool
	}{{true, 4, true}, {true, 0, true}, {true, 0, false}, {false, 4, true}, {false, 1, true}, {false, 0, false}} {
		next, move := q.OrderedNext, "next"
		if step.back {
			next, move = q.OrderedPrevious, "previous"
		}
		got, ok := next()
		if ok != step.ok || (ok && got != step.want) {
			t.Fatalf("%s from %d: %d, %v; want %d, %v", move, q.Pos, got, ok, step.want, step.ok)
		}
		if ok {
			q.Pos = got
		}
	}
}

// TestModelOrderStored: the order chosen comes back with the dataset's
// record, leaving out documents the queue no longer has.
func TestModelOrderStored(t *testing.T) {
	q := queueOf(t, "a", "b", "c")
	q.Assist.LeastSureFirst, q.Assist.LearnUnanswered = true, true
	q.Choose(2)
	info := q.Info()
	raw, err := json.Marshal(info)
	if err != nil {
		t.Fatal(err)
	}
	var back DatasetInfo
	if err := json.Unmarshal(raw, &back); err != nil {
		t.Fatal(err)
	}
	back.Assist.Order = append(back.Assist.Order, 7) // a document beyond the queue
	got, err := QueueFromInfo(back)
	if err != nil {
		t.Fatal(err)
	}
	want := Assist{LeastSureFirst: true, LearnUnanswered: true, Order: []int{0, 2}}
	if diff := cmp.Diff(want, got.Assist); diff != "" {
		t.Errorf("the dataset's Assist read back (-want +got):\n%s", diff)
	}
	if got.Pos != 2 {
		t.Errorf("read back at %d, want 2", got.Pos)
	}
}

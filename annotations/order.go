package annotations

import "slices"

// The queue in the model's order (Assist.LeastSureFirst), as Prodigy's
// ner.teach prefers uncertain examples: Next goes to the document the
// model is least sure of among the next few not yet answered, in file
// order. The documents chosen are kept in Assist.Order, so that Previous
// and Next go back and forth over them and a reload does not reshuffle
// them; with LeastSureFirst off, the queue is in file order again.

// PickWindow is how many documents ahead the model chooses from.
const PickWindow = 20

// OrderedNext is where Next goes in the model's order without choosing:
// the document chosen after the one shown, if it was chosen already.
func (q *Queue) OrderedNext() (int, bool) {
	k := slices.Index(q.Assist.Order, q.Pos)
	if k < 0 || k+1 >= len(q.Assist.Order) {
		return 0, false
	}
	return q.Assist.Order[k+1], true
}

// OrderedPrevious is where Previous goes in the model's order: the
// document chosen before the one shown, if it was chosen.
func (q *Queue) OrderedPrevious() (int, bool) {
	k := slices.Index(q.Assist.Order, q.Pos)
	if k < 1 {
		return 0, false
	}
	return q.Assist.Order[k-1], true
}

// Candidates are the documents the model may choose the next from: the
// first window of those not chosen yet, not shown and not answered, in
// file order.
func (q *Queue) Candidates(window int) []int {
	var out []int
	for i, a := range q.answers {
		if len(out) == window {
			break
		}
		if i != q.Pos && a == Unanswered && !slices.Contains(q.Assist.Order, i) {
			out = append(out, i)
		}
	}
	return out
}

// Choose records that document i comes next in the model's order, after
// the one shown (which is recorded first, if it was not), and goes there.
func (q *Queue) Choose(i int) {
	if !slices.Contains(q.Assist.Order, q.Pos) {
		q.Assist.Order = append(q.Assist.Order, q.Pos)
	}
	q.Assist.Order = append(q.Assist.Order, i)
	q.Pos = i
}

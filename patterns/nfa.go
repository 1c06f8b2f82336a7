package patterns

// nfa runs a token pattern as a nondeterministic automaton whose states
// are (step, tokens the step has taken), so that {n,m} costs no copies of
// the step. Its buffers are reused from run to run.
type nfa struct {
	base       []int // base[k] numbers the states of step k; base[len] is the accepting state
	cur, next  []state
	seen       []uint32
	generation uint32
}

// maxMatch bounds the tokens of a match, so that a pattern such as
// [{"OP": "+"}] costs at most this many steps from each token.
const maxMatch = 1000

// longest returns the number of tokens of the longest match of steps at
// the start of views, 0 when there is none (a match takes at least one
// token).
func (a *nfa) longest(steps []step, views []tokenView) int {
	a.layout(steps)
	longest := 0
	a.cur = a.add(steps, a.cur[:0], 0, 0)
	for n := 0; n < min(len(views), maxMatch) && len(a.cur) > 0; n++ {
		a.generation++
		a.next = a.next[:0]
		accept := false
		for _, st := range a.cur {
			k, c := st.k, st.c
			if k == len(steps) || !steps[k].matches(&views[n]) || steps[k].max >= 0 && c >= steps[k].max {
				continue
			}
			c++
			if steps[k].max < 0 {
				c = min(c, steps[k].min) // past its minimum, a step without limit is in one state
			}
			a.next = a.add(steps, a.next, k, c)
		}
		for _, st := range a.next {
			accept = accept || st.k == len(steps)
		}
		if accept {
			longest = n + 1
		}
		a.cur, a.next = a.next, a.cur
	}
	return longest
}

// layout numbers the states of steps.
func (a *nfa) layout(steps []step) {
	a.base = a.base[:0]
	n := 0
	for _, s := range steps {
		a.base = append(a.base, n)
		n += max(s.min, s.max) + 1
	}
	a.base = append(a.base, n)
	if len(a.seen) < n+1 {
		a.seen = make([]uint32, n+1)
		a.generation = 0
	}
	a.generation++
}

// state is a step and how many tokens it has taken.
type state struct{ k, c int }

// add adds state (k, c) and every state it reaches without a token: the
// next step once this one has taken its minimum.
func (a *nfa) add(steps []step, to []state, k, c int) []state {
	for {
		if a.seen[a.base[k]+c] == a.generation {
			return to
		}
		a.seen[a.base[k]+c] = a.generation
		to = append(to, state{k, c})
		if k == len(steps) || c < steps[k].min {
			return to
		}
		k, c = k+1, 0
	}
}

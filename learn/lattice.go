package learn

import "math"

var negInf = math.Inf(-1)

// lattice is one sequence's scores: emit[i*tags+t] for token i taking tag
// t and trans as in perceptron. solve finds the best valid tag sequence
// and every token's margin.
type lattice struct {
	n, tags     int
	emit, trans []float64
	best        []int     // the best tags
	margin      []float64 // per token, how far the best path is ahead of the best path giving it another tag
	alpha, beta []float64
}

func newLattice(n, tags int) *lattice {
	l := &lattice{trans: make([]float64, (tags+1)*tags)}
	l.reset(n, tags)
	return l
}

// reset makes l a lattice of n tokens with zero emissions, keeping its
// transitions and reusing its memory.
func (l *lattice) reset(n, tags int) {
	l.n, l.tags = n, tags
	l.emit = resize(l.emit, n*tags)
	clear(l.emit)
	l.alpha, l.beta = resize(l.alpha, n*tags), resize(l.beta, n*tags)
	l.margin = resize(l.margin, n)
	if cap(l.best) < n {
		l.best = make([]int, n)
	}
	l.best = l.best[:n]
}

func resize(f []float64, n int) []float64 {
	if cap(f) < n {
		return make([]float64, n)
	}
	return f[:n]
}

// solve runs Viterbi forwards and backwards: alpha[i][t] is the best score
// of tokens 0..i ending with t, beta[i][t] the best of tokens i+1.. given
// t at i, so alpha+beta is the best score of a whole sequence through
// (i, t) (a max-marginal).
func (l *lattice) solve() {
	T := l.tags
	alpha, beta := l.alpha, l.beta
	for i := 0; i < l.n; i++ {
		for t := 0; t < T; t++ {
			best := l.trans[t] // from the start
			if i > 0 {
				best = negInf
				for p := 0; p < T; p++ {
					best = higher(best, alpha[(i-1)*T+p]+l.trans[(p+1)*T+t])
				}
			}
			alpha[i*T+t] = best + l.emit[i*T+t]
		}
	}
	for i := l.n - 1; i >= 0; i-- {
		for t := 0; t < T; t++ {
			best := negInf
			if i == l.n-1 {
				if canEnd(t) {
					best = 0
				}
				beta[i*T+t] = best
				continue
			}
			for s := 0; s < T; s++ {
				best = higher(best, l.trans[(t+1)*T+s]+l.emit[(i+1)*T+s]+beta[(i+1)*T+s])
			}
			beta[i*T+t] = best
		}
	}
	prev := -1
	for i := 0; i < l.n; i++ {
		l.best[i], l.margin[i] = l.pick(alpha, beta, i, prev)
		prev = l.best[i]
	}
}

// pick is the tag of token i on the best path, given the tag before it,
// and the margin of that token.
func (l *lattice) pick(alpha, beta []float64, i, prev int) (int, float64) {
	T := l.tags
	tag, onPath := -1, negInf
	for t := 0; t < T; t++ {
		// follow the path: the best continuation of prev
		from := l.trans[t]
		if i > 0 {
			from = alpha[(i-1)*T+prev] + l.trans[(prev+1)*T+t]
		}
		if s := from + l.emit[i*T+t] + beta[i*T+t]; s > onPath {
			tag, onPath = t, s
		}
	}
	other := negInf
	for t := 0; t < T; t++ {
		if t != tag {
			other = higher(other, alpha[i*T+t]+beta[i*T+t])
		}
	}
	return tag, onPath - other
}

// higher is the larger of a and b, which are never NaN: math.Max, which
// checks for NaN and signed zeros, took half of Viterbi's time.
func higher(a, b float64) float64 {
	if b > a {
		return b
	}
	return a
}

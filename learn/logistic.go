package learn

import "math"

// logistic is a logistic regression trained online by stochastic gradient
// descent with AdaGrad's step per feature (big steps for rare features,
// small ones for frequent), so that features of any scale learn without a
// tuned schedule. It is deterministic: features are visited in the order
// given, and the maps are only ever looked up.
type logistic struct {
	w, g        map[hash]float64 // weights and their summed squared gradients
	bias, biasG float64
	seen        [2]int // examples learnt, negative and positive
}

// step is AdaGrad's base learning rate.
const step = 0.5

// fv is one feature with its value.
type fv struct {
	f hash
	v float64
}

func newLogistic() logistic { return logistic{w: map[hash]float64{}, g: map[hash]float64{}} }

// prob is the probability that x is positive.
func (m *logistic) prob(x []fv) float64 {
	z := m.bias
	for _, e := range x {
		z += float64(m.w[e.f] * e.v) // rounded: never fused into one instruction, see doc.go
	}
	return 1 / (1 + math.Exp(-z))
}

// learn makes one gradient step on example x of class positive.
func (m *logistic) learn(x []fv, positive bool) {
	y := 0.0
	if positive {
		y = 1
		m.seen[1]++
	} else {
		m.seen[0]++
	}
	d := m.prob(x) - y // the gradient of the log loss with respect to z
	m.biasG += float64(d * d)
	if m.biasG > 0 {
		m.bias -= step * d / math.Sqrt(m.biasG)
	}
	for _, e := range x {
		grad := d * e.v
		if grad == 0 {
			continue
		}
		m.g[e.f] += float64(grad * grad)
		m.w[e.f] -= step * grad / math.Sqrt(m.g[e.f])
	}
}

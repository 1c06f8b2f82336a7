package learn_test

import (
	"math"
	"testing"
)

// TestLineClassifierLearns teaches that repeated short lines are
// boilerplate and long ones are not, then asks about lines it has not seen.
func TestLineClassifierLearns(t *testing.T) {
	m := trained(t, nil)
	for k := 0; k < 20; k++ {
		if m.Lines.Trained() != (k >= 10) {
			t.Errorf("after %d lines of each kind, Trained() = %v", k, m.Lines.Trained())
		}
		m.Lines.Learn(map[string]float64{"repeats": 0.9, "words": 0.1}, true)
		m.Lines.Learn(map[string]float64{"repeats": 0, "words": 0.8, "sentence": 1}, false)
	}
	if lines, bp := m.Lines.Learnt(); lines != 20 || bp != 20 {
		t.Errorf("learnt %d lines and %d boilerplate, want 20 and 20", lines, bp)
	}
	if p := m.Lines.Prob(map[string]float64{"repeats": 0.7, "words": 0.2}); p < 0.8 {
		t.Errorf("a repeated short line: %v, want ≥ 0.8", p)
	}
	if p := m.Lines.Prob(map[string]float64{"repeats": 0.05, "words": 0.6, "sentence": 1}); p > 0.2 {
		t.Errorf("a long sentence: %v, want ≤ 0.2", p)
	}
	if p := m.Lines.Prob(map[string]float64{"never seen": 1}); p != m.Lines.Prob(nil) {
		t.Errorf("an unknown feature changed the decision: %v", p)
	}
}

// TestLineClassifierStep works AdaGrad's first step out by hand: p = 0.5,
// so the gradient is 0.5 - 1 = -0.5; each weight's summed squared gradient
// is then 0.25, and the step 0.5 × 0.5 / √0.25 = 0.5 (the bias's too). The
// line learnt scores σ(0.5 + 0.5 × 2 × 1) = σ(1.5), one with a half of
// feature "a" only σ(0.5 + 0.25) = σ(0.75).
func TestLineClassifierStep(t *testing.T) {
	m := trained(t, nil)
	m.Lines.Learn(map[string]float64{"a": 1, "b": 1}, true)
	sigma := func(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
	if got, want := m.Lines.Prob(map[string]float64{"a": 1, "b": 1}), sigma(1.5); got != want {
		t.Errorf("the line learnt: %v, want σ(1.5) = %v", got, want)
	}
	if got, want := m.Lines.Prob(map[string]float64{"a": 0.5}), sigma(0.75); got != want {
		t.Errorf("half of a: %v, want σ(0.75) = %v", got, want)
	}
}

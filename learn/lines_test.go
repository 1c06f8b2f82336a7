package learn_test

import "testing"

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

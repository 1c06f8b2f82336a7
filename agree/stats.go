package agree

import (
	"encoding/json"
	"fmt"
	"math"
)

// Figure is one agreement figure: its Value when Defined, else the Reason it
// has none (no data in common, or an expected agreement of 1, where every
// chance-corrected coefficient divides by zero).
type Figure struct {
	Value   float64
	Defined bool
	Reason  string
}

func valued(v float64) Figure        { return Figure{Value: v, Defined: true} }
func undefined(reason string) Figure { return Figure{Reason: reason} }

// MarshalJSON writes {"value": v, "defined": true}, or {"value": null,
// "defined": false, "reason": "..."}; a value is rounded to 6 decimals, so
// that the page and the command line write the same digits.
func (f Figure) MarshalJSON() ([]byte, error) {
	var out struct {
		Value   *float64 `json:"value"`
		Defined bool     `json:"defined"`
		Reason  string   `json:"reason,omitempty"`
	}
	if f.Defined {
		v := rounded(f.Value)
		out.Value = &v
	}
	out.Defined, out.Reason = f.Defined, f.Reason
	return json.Marshal(out)
}

// rounded is v to 6 decimals, never -0.
func rounded(v float64) float64 {
	r := math.Round(v*1e6) / 1e6
	if r == 0 {
		return 0
	}
	return r
}

// pairTally counts, over the units two coders both coded, how many there
// are, how many they agree on, and how often each gave each category.
type pairTally struct {
	units, agree int64
	a, b         []int64 // per category
}

func newPairTally(k int) pairTally { return pairTally{a: make([]int64, k), b: make([]int64, k)} }

func (t *pairTally) add(x, y int) {
	t.units++
	t.a[x]++
	t.b[y]++
	if x == y {
		t.agree++
	}
}

// kappa is Cohen's kappa, (po - pe) / (1 - pe), with po the share of units
// agreed on and pe = Σ_k a_k b_k / N², kept in integers as
// (N·agree - Σ a_k b_k) / (N² - Σ a_k b_k). categories name the categories
// in the reason given when pe is 1.
func (t pairTally) kappa(categories []string) Figure {
	if t.units == 0 {
		return undefined(noUnits)
	}
	var chance int64
	for k := range t.a {
		chance += t.a[k] * t.b[k]
	}
	n := t.units
	if chance == n*n {
		return undefined(everyone(categories, t.a))
	}
	return valued(float64(n*t.agree-chance) / float64(n*n-chance))
}

// alpha is Krippendorff's alpha of the two coders (see tally.alpha): every
// unit holds 2 values, and the values agreeing make 2 per unit agreed on.
func (t pairTally) alpha(categories []string) Figure {
	all := tally{values: make([]int64, len(t.a)), pairable: 2 * t.units, agreeing: 2 * float64(t.agree)}
	for k := range t.a {
		all.values[k] = t.a[k] + t.b[k]
	}
	return all.alpha(categories)
}

// tally accumulates units coded by any number of coders, each unit given as
// the count of its values in each category.
type tally struct {
	units    int64
	values   []int64 // per category, over the units with 2 values or more
	pairable int64   // Σ values
	same     int64   // Σ_u Σ_c n_uc(n_uc-1): ordered pairs of a unit's values that agree
	agreeing float64 // Σ_u Σ_c n_uc(n_uc-1)/(m_u-1): the diagonal of Krippendorff's coincidences
}

func newTally(k int) tally { return tally{values: make([]int64, k)} }

// add counts one unit whose values fall in the categories as counts says; a
// unit with fewer than 2 values cannot be compared and is skipped.
func (t *tally) add(counts []int) {
	m := 0
	for _, n := range counts {
		m += n
	}
	if m < 2 {
		return
	}
	t.units++
	var same int64
	for c, n := range counts {
		t.values[c] += int64(n)
		same += int64(n * (n - 1))
	}
	t.pairable += int64(m)
	t.same += same
	t.agreeing += float64(same) / float64(m-1)
}

// fleiss is Fleiss' kappa (Fleiss 1971), for units that all have m
// values: P̄ = Σ_u Σ_c n_uc(n_uc-1) / (N m (m-1)), the mean
// share of agreeing pairs, and P_e = Σ_c p_c², p_c = n_c / (N m).
func (t tally) fleiss(coders int, categories []string) Figure {
	if t.units == 0 {
		return undefined("no token that every annotator has")
	}
	if onlyCategory(t.values) >= 0 {
		return undefined(everyone(categories, t.values))
	}
	m := float64(coders)
	n := float64(t.units)
	observed := float64(t.same) / (n * m * (m - 1))
	var chance float64
	for _, v := range t.values {
		p := float64(v) / (n * m)
		chance += p * p
	}
	return valued((observed - chance) / (1 - chance))
}

// alpha is Krippendorff's nominal alpha (Krippendorff 2011, "Computing
// Krippendorff's Alpha-Reliability"): 1 - D_o/D_e, which with n pairable
// values, n_c of them in category c, and o_cc the coincidences of c with
// itself, is 1 - (n-1)(n - Σ_c o_cc) / (n² - Σ_c n_c²).
func (t tally) alpha(categories []string) Figure {
	n := t.pairable
	if n == 0 {
		return undefined(noUnits)
	}
	var squares int64
	for _, v := range t.values {
		squares += v * v
	}
	if squares == n*n {
		return undefined(everyone(categories, t.values))
	}
	return valued(1 - float64(n-1)*(float64(n)-t.agreeing)/float64(n*n-squares))
}

const noUnits = "no token that two annotators both have"

// onlyCategory is the one category every value falls in, or -1.
func onlyCategory(values []int64) int {
	used := -1
	for c, v := range values {
		if v == 0 {
			continue
		}
		if used >= 0 {
			return -1
		}
		used = c
	}
	return used
}

// everyone is the reason a figure whose expected agreement is 1 has no value:
// every value falls in one category.
func everyone(categories []string, values []int64) string {
	return fmt.Sprintf("expected agreement is 1: every token is %s for every annotator", categories[onlyCategory(values)])
}

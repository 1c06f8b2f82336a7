package agree

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// approx compares figures to 1e-9: the hand-worked values are fractions.
var approx = cmpopts.EquateApprox(0, 1e-9)

// codersTally tallies reliability data as published: one row per coder, one
// column per unit, values 1 to k, 0 where the coder did not code the unit.
func codersTally(k int, rows [][]int) tally {
	t := newTally(k)
	for u := range rows[0] {
		counts := make([]int, k)
		for _, row := range rows {
			if v := row[u]; v > 0 {
				counts[v-1]++
			}
		}
		t.add(counts)
	}
	return t
}

func TestPublishedExamples(t *testing.T) {
	// Cohen's kappa: Wikipedia, "Cohen's kappa", Examples (also
	// howcodex.com/statistics/cohen_kappa_coefficient.htm): readers A and B
	// say Yes or No to 50 grant proposals; both Yes 20, A Yes B No 5, A No
	// B Yes 10, both No 15. po = 35/50 = 0.7, pe = 0.5·0.6 + 0.5·0.4 = 0.5,
	// kappa = (0.7 - 0.5) / (1 - 0.5) = 0.4.
	cohen := newPairTally(2)
	for range 20 {
		cohen.add(0, 0)
	}
	for range 5 {
		cohen.add(0, 1)
	}
	for range 10 {
		cohen.add(1, 0)
	}
	for range 15 {
		cohen.add(1, 1)
	}

	// Fleiss' kappa: Fleiss (1971) as worked in Wikipedia's "Fleiss' kappa",
	// Worked example: 14 raters put 10 subjects in 5 categories. Category
	// totals 20, 28, 39, 21, 32 of 140; Σ n_ij(n_ij-1) = 182+46+56+80+60+84
	// +44+32+52+52 = 688, so P̄ = 688/(10·14·13) = 0.378022; P_e = (20²+28²
	// +39²+21²+32²)/140² = 4170/19600 = 0.212755; kappa = (P̄-P_e)/(1-P_e) =
	// 0.209931 (the page: 0.210; statsmodels' doctest: 0.20993070442195522).
	fleiss := newTally(5)
	for _, counts := range [][]int{
		{0, 0, 0, 0, 14}, {0, 2, 6, 4, 2}, {0, 0, 3, 5, 6}, {0, 3, 9, 2, 0}, {2, 2, 8, 1, 1},
		{7, 7, 0, 0, 0}, {3, 2, 6, 3, 0}, {2, 5, 3, 2, 2}, {6, 5, 2, 1, 0}, {0, 2, 2, 3, 7},
	} {
		fleiss.add(counts)
	}

	// Krippendorff's alpha: Krippendorff (2011), "Computing Krippendorff's
	// Alpha-Reliability", C. nominal data, any number of observers, missing
	// data: α = 0.743. Unit 12 has one value and is not pairable; the other
	// 40 values give n_1..n_5 = 9, 13, 10, 5, 3 (Σ n_c² = 384), and the
	// coincidences of a value with itself Σ o_cc = 3+2+4+4+4+0+4+2+4+3+2 =
	// 32 (unit by unit, Σ n_uc(n_uc-1)/(m_u-1)), so α = 1 - (40-1)(40-32)/
	// (40² - 384) = 1 - 312/1216 = 0.743421.
	paper := codersTally(5, [][]int{
		{1, 2, 3, 3, 2, 1, 4, 1, 2, 0, 0, 0},
		{1, 2, 3, 3, 2, 2, 4, 1, 2, 5, 0, 3},
		{0, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, 0},
		{1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, 0},
	})
	// And Wikipedia's "Krippendorff's alpha", A computational example (3
	// coders, 15 units, nominal α = 0.691): 26 pairable values, n_1..n_4 =
	// 7, 4, 10, 5 (Σ n_c² = 190), Σ o_cc = 2+2+2+1+3+0+2+2+2+2+2+0 = 20, so
	// α = 1 - 25·(26-20)/(26² - 190) = 1 - 150/486 = 0.691358.
	wikipedia := codersTally(4, [][]int{
		{0, 0, 0, 0, 0, 3, 4, 1, 2, 1, 1, 3, 3, 0, 3},
		{1, 0, 2, 1, 3, 3, 4, 3, 0, 0, 0, 0, 0, 0, 0},
		{0, 0, 2, 1, 3, 4, 4, 0, 2, 1, 1, 3, 3, 0, 4},
	})

	names := []string{"1", "2", "3", "4", "5"}
	got := map[string]Figure{
		"cohen":           cohen.kappa(names),
		"fleiss":          fleiss.fleiss(14, names),
		"alpha paper":     paper.alpha(names),
		"alpha wikipedia": wikipedia.alpha(names),
	}
	want := map[string]Figure{
		"cohen":           valued(0.4),
		"fleiss":          valued(0.20993070442195522),
		"alpha paper":     valued(1 - 312.0/1216),
		"alpha wikipedia": valued(1 - 150.0/486),
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("published examples (-want +got):\n%s", diff)
	}
}

func TestUndefined(t *testing.T) {
	names := []string{`labelled "O"`, `labelled "ENTITY"`}
	same := newPairTally(2)
	same.add(0, 0)
	same.add(0, 0)
	one := newTally(2)
	one.add([]int{0, 3})
	lonely := newTally(2)
	lonely.add([]int{1, 0}) // one value: not pairable
	got := map[string]Figure{
		"kappa, no units":        newPairTally(2).kappa(names),
		"kappa, all O":           same.kappa(names),
		"pair alpha, all O":      same.alpha(names),
		"fleiss, no units":       newTally(2).fleiss(3, names),
		"fleiss, all ENTITY":     one.fleiss(3, names),
		"alpha, all ENTITY":      one.alpha(names),
		"alpha, nothing to pair": lonely.alpha(names),
		"f1, no spans":           SpanCounts{}.f1("a span"),
		"f1, nothing matched":    SpanCounts{A: 2, B: 1}.f1("a span"),
	}
	allO := undefined(`expected agreement is 1: every token is labelled "O" for every annotator`)
	allEntity := undefined(`expected agreement is 1: every token is labelled "ENTITY" for every annotator`)
	want := map[string]Figure{
		"kappa, no units":        undefined(noUnits),
		"kappa, all O":           allO,
		"pair alpha, all O":      allO,
		"fleiss, no units":       undefined("no token that every annotator has"),
		"fleiss, all ENTITY":     allEntity,
		"alpha, all ENTITY":      allEntity,
		"alpha, nothing to pair": undefined(noUnits),
		"f1, no spans":           undefined("neither annotator made a span"),
		"f1, nothing matched":    valued(0),
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

package learn

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// Tags of one entity label: O, then B, I, L, U.
const (
	o = tagO
	b = 1 + posB
	i = 1 + posI
	l = 1 + posL
	u = 1 + posU
)

func TestGoldTags(t *testing.T) {
	// "Anna Berg met Mayor Eva in Kelston ."
	d, err := annotations.NewDocument("Anna Berg met Mayor Eva in Kelston.\nNorth Bank")
	if err != nil {
		t.Fatal(err)
	}
	spans := []annotations.Span{
		{Start: 0, End: 9, Label: "ENTITY"},   // Anna Berg
		{Start: 20, End: 23, Label: "ENTITY"}, // Eva
		{Start: 27, End: 34, Label: "ENTITY"}, // Kelston
		{Start: 0, End: 35, Label: "CLAIM"},   // not an entity label
		{Start: 27, End: 41, Label: "ENTITY"}, // overlaps Kelston: left out
		{Start: 36, End: 46, Label: "ENTITY"}, // North Bank
	}
	got := goldTags(d.Tokens(), spans, map[string]int{"ENTITY": 0})
	want := []int{b, l, o, o, u, o, u, o, b, l}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("tags (-want +got):\n%s", diff)
	}
}

func TestCutAtEdges(t *testing.T) {
	for _, tt := range []struct{ in, want []int }{
		{[]int{i, l, o}, []int{b, l, o}},
		{[]int{l, o}, []int{u, o}},
		{[]int{o, b}, []int{o, u}},
		{[]int{o, b, i}, []int{o, b, l}},
		{[]int{i}, []int{u}},
		{[]int{b, l}, []int{b, l}},
	} {
		got := append([]int(nil), tt.in...)
		cutAtEdges(got)
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("cutAtEdges(%v) (-want +got):\n%s", tt.in, diff)
		}
	}
}

// TestLatticeKeepsBILUO gives emissions that alone would make an invalid
// sequence: Viterbi must give the best valid one.
func TestLatticeKeepsBILUO(t *testing.T) {
	for _, tt := range []struct {
		name string
		emit [][]float64 // per token: O B I L U
		want []int
	}{
		{"I first becomes B", [][]float64{{0, 1, 3, 0, 0}, {0, 0, 0, 2, 0}}, []int{b, l}},
		{"B last becomes U", [][]float64{{1, 0, 0, 0, 0}, {0, 3, 0, 0, 2}}, []int{o, u}},
		{"O after B is not allowed", [][]float64{{0, 5, 0, 0, 0}, {3, 0, 0, 1, 0}}, []int{b, l}},
		{"all O", [][]float64{{1, 0, 0, 0, 0}, {1, 0, 0, 0, 0}}, []int{o, o}},
	} {
		lat := newLattice(len(tt.emit), 5)
		for k, e := range tt.emit {
			copy(lat.emit[k*5:], e)
		}
		p := newPerceptron(5)
		p.transitions(false, lat.trans)
		lat.solve()
		if diff := cmp.Diff(tt.want, lat.best); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestLatticeMargins works the margins out by hand: with no transition
// weights, the best path of the two tokens is B L (3+2 = 5); the best with
// the first not B is O O or O U (2): margin 3; with the second not L, O O
// or O U again: margin 3.
func TestLatticeMargins(t *testing.T) {
	lat := newLattice(2, 5)
	copy(lat.emit, []float64{1, 3, 0, 0, 0, 1, 0, 0, 2, 1})
	p := newPerceptron(5)
	p.transitions(false, lat.trans)
	lat.solve()
	if diff := cmp.Diff([]float64{3, 3}, lat.margin); diff != "" {
		t.Errorf("margins (-want +got):\n%s", diff)
	}
}

func TestShape(t *testing.T) {
	for in, want := range map[string]string{
		"Maria": "Xx", "maria": "x", "U.N.": "X.X.", "3.5%": "d.d%", "McDonald": "XxXx", "Zürich": "Xx", "2026": "d", "'s": "'x",
	} {
		if got := shape(in); got != want {
			t.Errorf("shape(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestAffixes(t *testing.T) {
	for _, tt := range []struct {
		s        string
		n        int
		pre, suf string
		okP, okS bool
	}{
		{"kelston", 3, "kel", "ton", true, true},
		{"zürich", 2, "zü", "ch", true, true},
		{"abc", 3, "", "", false, false}, // the whole word is no affix
	} {
		p, okP := runePrefix(tt.s, tt.n)
		s, okS := runeSuffix(tt.s, tt.n)
		if okP != tt.okP || okS != tt.okS || (okP && p != tt.pre) || (okS && s != tt.suf) {
			t.Errorf("%q, %d: prefix %q %v, suffix %q %v", tt.s, tt.n, p, okP, s, okS)
		}
	}
}

package agree

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// item makes a document of text with one version per annotator; a version
// is the annotator's name then "LABEL:words" for each span, the words being
// their first occurrence in text.
func item(text string, versions ...[]string) Item {
	it := Item{Text: text, ID: text, Tokens: (&annotations.Document{Text: text}).Tokens()}
	for _, v := range versions {
		version := Version{Annotator: v[0]}
		for _, s := range v[1:] {
			label, words, _ := strings.Cut(s, ":")
			start := strings.Index(text, words)
			version.Spans = append(version.Spans, annotations.Span{Start: start, End: start + len(words), Label: label})
		}
		it.Versions = append(it.Versions, version)
	}
	return it
}

// figures keys r's figures by "figure [label] a-b", or "figure [label] all"
// for those of all annotators.
func figures(r *Report) map[string]Figure {
	m := map[string]Figure{}
	for _, res := range r.Results {
		key := []string{res.Name}
		if res.Label != "" {
			key = append(key, res.Label)
		}
		if res.A == "" {
			key = append(key, "all")
		} else {
			key = append(key, res.A+"-"+res.B)
		}
		m[strings.Join(key, " ")] = res.Figure
	}
	return m
}

// checkFigures compares the figures of want's keys with those of items.
func checkFigures(t *testing.T, items []Item, want map[string]Figure) *Report {
	t.Helper()
	r := Compute(items)
	got := map[string]Figure{}
	all := figures(r)
	for k := range want {
		f, ok := all[k]
		if !ok {
			t.Errorf("no figure %q", k)
		}
		got[k] = f
	}
	if diff := cmp.Diff(want, got, approx); diff != "" {
		t.Errorf("figures (-want +got):\n%s", diff)
	}
	return r
}

func TestLabelDisagreement(t *testing.T) {
	// Tokens Ann met Bob. alice: ENTITY Ann, ENTITY Bob; bob: ENTITY Ann,
	// CLAIM Bob. Categories O, CLAIM, ENTITY; alice E O E, bob E O C.
	r := checkFigures(t, []Item{item("Ann met Bob",
		[]string{"alice", "ENTITY:Ann", "ENTITY:Bob"},
		[]string{"bob", "ENTITY:Ann", "CLAIM:Bob"},
	)}, map[string]Figure{
		// Exact spans: alice 2, bob 2, 1 in common: 2·1/(2+2). ENTITY:
		// alice 2, bob 1, 1 in common: 2/3. CLAIM: 0 of bob's 1.
		"span_f1_exact alice-bob":         valued(0.5),
		"span_f1_exact ENTITY alice-bob":  valued(2.0 / 3),
		"span_f1_exact CLAIM alice-bob":   valued(0),
		"span_f1_overlap alice-bob":       valued(0.5),
		"span_f1_overlap CLAIM alice-bob": valued(0),
		// N = 3, agree 2 (Ann, met); alice O1 C0 E2, bob O1 C1 E1:
		// Σ a_k b_k = 1+0+2 = 3; kappa = (3·2-3)/(3²-3) = 3/6.
		"cohen_kappa alice-bob": valued(0.5),
		// ENTITY in/out: alice 1 0 1, bob 1 0 0; agree 2; in 2·1, out 1·2:
		// Σ = 4; (6-4)/(9-4) = 0.4. CLAIM: alice 0 0 0, bob 0 0 1; agree 2;
		// out 3·2: Σ = 6; (6-6)/(9-6) = 0.
		"cohen_kappa ENTITY alice-bob": valued(0.4),
		"cohen_kappa CLAIM alice-bob":  valued(0),
		// Alpha: n = 6 values, O 2, C 1, E 3 (Σ n_c² = 14); Σ o_cc = 2·2
		// (2 agreeing tokens); 1 - 5·(6-4)/(36-14) = 1 - 10/22.
		"krippendorff_alpha alice-bob": valued(12.0 / 22),
		"krippendorff_alpha all":       valued(12.0 / 22),
		// ENTITY: in 3, out 3 (Σ = 18); 1 - 5·(6-4)/(36-18) = 8/18.
		// CLAIM: out 5, in 1 (Σ = 26); 1 - 5·2/(36-26) = 0.
		"krippendorff_alpha ENTITY alice-bob": valued(8.0 / 18),
		"krippendorff_alpha CLAIM alice-bob":  valued(0),
		// Fleiss, m = 2, 3 units: Σ n(n-1) = 2 (Ann) + 2 (met) + 0 (Bob)
		// = 4, P̄ = 4/(3·2·1) = 2/3; totals O 2, C 1, E 3 of 6: P_e =
		// 14/36; (24/36-14/36)/(22/36) = 10/22. ENTITY: P̄ = 2/3, P_e =
		// (3²+3²)/36 = 1/2; (2/3-1/2)/(1/2) = 1/3.
		"fleiss_kappa all":        valued(10.0 / 22),
		"fleiss_kappa ENTITY all": valued(1.0 / 3),
	})
	want := []DocumentResult{{Item: 0, ID: "Ann met Bob", InputHash: 0, Annotators: []string{"alice", "bob"},
		Tokens: 3, Disagreement: 1.0 / 3, Spans: 3, Unanimous: 1, Start: "Ann met Bob"}}
	if diff := cmp.Diff(want, r.ByDisagreement, approx); diff != "" {
		t.Errorf("documents (-want +got):\n%s", diff)
	}
}

func TestBoundaryDisagreement(t *testing.T) {
	// Tokens New York City is big; alice E E E O O, bob O E E O O.
	checkFigures(t, []Item{item("New York City is big",
		[]string{"alice", "ENTITY:New York City"},
		[]string{"bob", "ENTITY:York City"},
	)}, map[string]Figure{
		// No span in common exactly; by overlap each matches the other.
		"span_f1_exact alice-bob":   valued(0),
		"span_f1_overlap alice-bob": valued(1),
		// N = 5, agree 4; alice O2 E3, bob O3 E2: Σ = 6+6 = 12;
		// (5·4-12)/(25-12) = 8/13.
		"cohen_kappa alice-bob":        valued(8.0 / 13),
		"cohen_kappa ENTITY alice-bob": valued(8.0 / 13),
		// n = 10, O 5, E 5 (Σ = 50); Σ o_cc = 8: 1 - 9·2/(100-50) = 0.64.
		"krippendorff_alpha alice-bob": valued(0.64),
	})
}

func TestThreeAnnotators(t *testing.T) {
	// Tokens Ann met Bob in Rome. alice misses Bob; carol calls Rome a CLAIM.
	//   alice E O O O E
	//   bob   E O E O E
	//   carol E O O O C
	r := checkFigures(t, []Item{item("Ann met Bob in Rome",
		[]string{"alice", "ENTITY:Ann", "ENTITY:Rome"},
		[]string{"bob", "ENTITY:Ann", "ENTITY:Bob", "ENTITY:Rome"},
		[]string{"carol", "ENTITY:Ann", "CLAIM:Rome"},
	)}, map[string]Figure{
		// Fleiss, m = 3, 5 units: Σ n(n-1) = 6 (Ann E3) + 6 (met O3) + 2
		// (Bob O2 E1) + 6 (in O3) + 2 (Rome E2 C1) = 22, P̄ = 22/30; totals
		// O 8, E 6, C 1 of 15: P_e = 101/225; (165-101)/(225-101) = 64/124.
		"fleiss_kappa all": valued(16.0 / 31),
		// Alpha: n = 15, Σ n_c² = 101, Σ o_cc = 22/(3-1) = 11:
		// 1 - 14·(15-11)/(225-101) = 1 - 56/124 = 68/124.
		"krippendorff_alpha all": valued(17.0 / 31),
		// alice-bob: agree 4; alice O3 E2, bob O2 E3: Σ = 12; 8/13.
		// alice-carol: agree 4; alice O3 E2 C0, carol O3 E1 C1: Σ = 9+2 =
		// 11; (20-11)/(25-11) = 9/14. bob-carol: agree 3; bob O2 E3, carol
		// O3 E1 C1: Σ = 6+3 = 9; (15-9)/(25-9) = 6/16.
		"cohen_kappa alice-bob":   valued(8.0 / 13),
		"cohen_kappa alice-carol": valued(9.0 / 14),
		"cohen_kappa bob-carol":   valued(6.0 / 16),
		// Pair alphas, n = 10: alice-bob O5 E5 (Σ 50), Σ o_cc 8: 1 -
		// 9·2/50. alice-carol O6 E3 C1 (Σ 46), 8: 1 - 18/54. bob-carol O5
		// E4 C1 (Σ 42), 6: 1 - 9·4/58.
		"krippendorff_alpha alice-bob":   valued(0.64),
		"krippendorff_alpha alice-carol": valued(2.0 / 3),
		"krippendorff_alpha bob-carol":   valued(22.0 / 58),
		// Exact spans: alice 2, bob 3, 2 in common: 4/5; alice 2, carol 2,
		// 1: 2/4; bob 3, carol 2, 1: 2/5. ENTITY alice-carol: 2, 1, 1: 2/3.
		"span_f1_exact alice-bob":            valued(0.8),
		"span_f1_exact alice-carol":          valued(0.5),
		"span_f1_exact bob-carol":            valued(0.4),
		"span_f1_exact ENTITY alice-carol":   valued(2.0 / 3),
		"span_f1_exact CLAIM alice-carol":    valued(0),
		"span_f1_overlap alice-bob":          valued(0.8),
		"span_f1_overlap CLAIM alice-bob":    undefined("neither annotator made a CLAIM span"),
		"span_f1_overlap ENTITY alice-bob":   valued(0.8),
		"span_f1_overlap ENTITY bob-carol":   valued(0.5), // bob 3, carol 1, 1 each: P 1/3, R 1
		"krippendorff_alpha CLAIM alice-bob": undefined(`expected agreement is 1: every token is outside CLAIM spans for every annotator`),
	})
	// 3 pairs × 5 tokens; Bob differs for alice-bob and bob-carol, Rome for
	// alice-carol and bob-carol: 4/15.
	if got := r.ByDisagreement[0].Disagreement; got != 4.0/15 {
		t.Errorf("disagreement %v, want 4/15", got)
	}
	if m := r.Matrices[0]; m.Figure != SpanF1Exact || m.Label != "" || m.Cells[0][1] != valued(0.8) || m.Cells[1][0] != valued(0.8) || m.Cells[2][1] != valued(0.4) || m.Cells[1][1].Defined {
		t.Errorf("first matrix %+v, want span_f1_exact of every label, symmetric, no diagonal", m)
	}
}

func TestAllAgree(t *testing.T) {
	one := []string{"ENTITY:Ann", "CLAIM:it rains"}
	checkFigures(t, []Item{item("Ann said it rains",
		append([]string{"alice"}, one...), append([]string{"bob"}, one...), append([]string{"carol"}, one...),
	)}, map[string]Figure{
		"span_f1_exact alice-bob":         valued(1),
		"span_f1_overlap CLAIM bob-carol": valued(1),
		"cohen_kappa alice-carol":         valued(1),
		"cohen_kappa ENTITY alice-carol":  valued(1),
		"krippendorff_alpha bob-carol":    valued(1),
		"krippendorff_alpha all":          valued(1),
		"krippendorff_alpha CLAIM all":    valued(1),
		"fleiss_kappa all":                valued(1),
		"fleiss_kappa ENTITY all":         valued(1),
	})
}

func TestOneAnnotatorWithoutSpans(t *testing.T) {
	// alice E O O, bob O O O.
	checkFigures(t, []Item{item("Ann met Bob",
		[]string{"alice", "ENTITY:Ann"},
		[]string{"bob"},
	)}, map[string]Figure{
		"span_f1_exact alice-bob":   valued(0),
		"span_f1_overlap alice-bob": valued(0),
		// agree 2; alice O2 E1, bob O3: Σ = 6; (3·2-6)/(9-6) = 0.
		"cohen_kappa alice-bob": valued(0),
		// n = 6, O 5, E 1 (Σ 26), Σ o_cc = 4: 1 - 5·2/(36-26) = 0.
		"krippendorff_alpha alice-bob": valued(0),
		// Σ n(n-1) = 0+2+2, P̄ = 4/6; P_e = (25+1)/36; (24-26)/(36-26).
		"fleiss_kappa all": valued(-0.2),
	})
}

func TestExpectedAgreementOne(t *testing.T) {
	allO := undefined(`expected agreement is 1: every token is labelled "O" for every annotator`)
	checkFigures(t, []Item{item("Ann met Bob", []string{"alice"}, []string{"bob"})}, map[string]Figure{
		"span_f1_exact alice-bob":      undefined("neither annotator made a span"),
		"span_f1_overlap alice-bob":    undefined("neither annotator made a span"),
		"cohen_kappa alice-bob":        allO,
		"krippendorff_alpha alice-bob": allO,
		"krippendorff_alpha all":       allO,
		"fleiss_kappa all":             allO,
	})
	// alice and bob agree on ENTITY and neither made a CLAIM; carol, who
	// did, has no document in common with them.
	checkFigures(t, []Item{
		item("Ann met Bob", []string{"alice", "ENTITY:Ann"}, []string{"bob", "ENTITY:Ann"}),
		item("It rains", []string{"carol", "CLAIM:It rains"}),
	}, map[string]Figure{
		"cohen_kappa ENTITY alice-bob": valued(1),
		"cohen_kappa CLAIM alice-bob":  undefined("expected agreement is 1: every token is outside CLAIM spans for every annotator"),
		"cohen_kappa alice-carol":      undefined("no document that both annotators have"),
		"fleiss_kappa all":             undefined("no token that every annotator has"),
		"krippendorff_alpha all":       valued(1),
	})
	checkFigures(t, []Item{item("Ann met Bob", []string{"alice", "ENTITY:Ann"})}, map[string]Figure{
		"fleiss_kappa all":       undefined("fewer than two annotators"),
		"krippendorff_alpha all": undefined("fewer than two annotators"),
	})
}

func TestDuplicateSpansCountOnce(t *testing.T) {
	// A version made by hand may hold a span twice; it is one span.
	r := checkFigures(t, []Item{item("Ann met Bob",
		[]string{"alice", "ENTITY:Ann", "ENTITY:Ann"}, []string{"bob", "ENTITY:Ann"})}, map[string]Figure{
		"span_f1_exact alice-bob":   valued(1),
		"span_f1_overlap alice-bob": valued(1),
		"cohen_kappa alice-bob":     valued(1),
	})
	if d := r.ByDisagreement[0]; d.Spans != 1 || d.Unanimous != 1 {
		t.Errorf("document %+v: want 1 span, unanimous", d)
	}
}

func TestTokenLabels(t *testing.T) {
	labels := map[string]int{"CLAIM": 0, "ENTITY": 1}
	tests := []struct {
		name  string
		it    Item
		token []int
		in    [][]bool
	}{{
		name:  "an ENTITY inside a CLAIM is the innermost",
		it:    item("Ann met Bob", []string{"a", "CLAIM:Ann met Bob", "ENTITY:Bob"}),
		token: []int{1, 1, 2},
		in:    [][]bool{{true, true, true}, {false, false, true}},
	}, {
		name:  "of two spans with the same offsets, the label that sorts first",
		it:    item("Ann met Bob", []string{"a", "ENTITY:Bob", "CLAIM:Bob"}),
		token: []int{0, 0, 1},
		in:    [][]bool{{false, false, true}, {false, false, true}},
	}, {
		name:  "of two crossing spans of one length, the one that starts last",
		it:    item("Ann met Bob", []string{"a", "CLAIM:Ann met", "ENTITY:met Bob"}),
		token: []int{1, 2, 2},
		in:    [][]bool{{true, true, false}, {false, true, true}},
	}, {
		name:  "annotations' tokens split a clitic off: Russia ’s navy",
		it:    item("Russia’s navy", []string{"a", "ENTITY:Russia"}),
		token: []int{2, 0, 0},
		in:    [][]bool{{false, false, false}, {true, false, false}},
	}, {
		name:  "a span over part of a token is over the token",
		it:    item("Ann met Bob", []string{"a", "ENTITY:et B"}),
		token: []int{0, 2, 2},
		in:    [][]bool{{false, false, false}, {false, true, true}},
	}}
	for _, tt := range tests {
		c := code(tt.it.Tokens, tt.it.Versions[0], labels)
		if diff := cmp.Diff(tt.token, c.token); diff != "" {
			t.Errorf("%s: labels (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.in, c.in); diff != "" {
			t.Errorf("%s: in (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestCounter(t *testing.T) {
	c := NewCounter([]string{"bob", "alice"}, []string{"ENTITY", "CLAIM"})
	bad := []struct {
		it   Item
		want string
	}{
		{item("Ann met Bob", []string{"carol"}), `document Ann met Bob: annotator "carol" is not one of ["bob" "alice"]`},
		{item("Ann met Bob", []string{"bob"}, []string{"bob"}), `document Ann met Bob: two versions by "bob"`},
		{item("Ann met Bob", []string{"bob", "PLACE:Bob"}), `document Ann met Bob: bob's span PLACE[8,11) has a label that is not one of ["ENTITY" "CLAIM"]`},
	}
	for _, tt := range bad {
		if err := c.Add(0, tt.it); err == nil || err.Error() != tt.want {
			t.Errorf("Add: %v, want %s", err, tt.want)
		}
	}
	// The labelDisagreement example, added to a counter made with the
	// annotators and labels in another order: the same figures, in it.
	if err := c.Add(7, item("Ann met Bob", []string{"alice", "ENTITY:Ann", "ENTITY:Bob"}, []string{"bob", "ENTITY:Ann", "CLAIM:Bob"})); err != nil {
		t.Fatal(err)
	}
	r := c.Report()
	got := figures(r)
	want := map[string]Figure{"cohen_kappa bob-alice": valued(0.5), "cohen_kappa ENTITY bob-alice": valued(0.4), "fleiss_kappa CLAIM all": valued(-0.2)}
	for k := range want {
		if diff := cmp.Diff(want[k], got[k], approx); diff != "" {
			t.Errorf("%s (-want +got):\n%s", k, diff)
		}
	}
	if r.Documents != 1 || r.Compared != 1 || r.ByDisagreement[0].Item != 7 || r.Results[1].Label != "ENTITY" || r.Annotators[0] != "bob" {
		t.Errorf("report %+v: want the one document added, as item 7, labels and annotators in the order given", r)
	}
}

func TestTextStart(t *testing.T) {
	for text, want := range map[string]string{
		"Ann met Bob.": "Ann met Bob.",
		"Café owner Zoë Ñúñez wins regional award\nThe café on Quay Street": "Café owner Zoë Ñúñez wins regional award The…",
		"Councillors voted eleven to four for the pedestrianisation scheme": "Councillors voted eleven to four for the pedestrianisation…",
		strings.Repeat("x", 70): strings.Repeat("x", 60) + "…",
		"":                      "",
	} {
		if got := textStart(text); got != want {
			t.Errorf("textStart(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSameID: a document whose text one annotator's file changed (a re-scrape, an
// edit) keeps its id but is matched apart; the report names the id and who has each
// text, and names a pair alike (spaces only) under Alike alone.
func TestSameID(t *testing.T) {
	withID := func(it Item, id string) Item { it.ID = id; return it }
	first := withID(item("The market opens on Saturday.", []string{"alice", "ENTITY:Saturday"}, []string{"carol"}), "t0")
	changed := withID(item("The market opens on Sunday.", []string{"bob", "ENTITY:Sunday"}), "t0")
	spaced := withID(item("The market opens on  Saturday.", []string{"dan"}), "t0")
	r := Compute([]Item{first, changed, spaced})
	want := []SameID{{ID: "t0", A: []string{"alice", "carol"}, B: []string{"bob"}}}
	if diff := cmp.Diff(want, r.SameID); diff != "" {
		t.Errorf("SameID (-want +got):\n%s", diff)
	}
	if len(r.Alike) != 1 {
		t.Errorf("Alike = %v, want the spaced pair alone", r.Alike)
	}
	// Texts without IDs named by one _input_hash share it by chance (32 bits).
	byHash := func(it Item) Item { it.InputHash, it.ID = 639099948, "639099948"; return it }
	if r := Compute([]Item{byHash(first), byHash(changed)}); len(r.SameID) != 0 {
		t.Errorf("SameID of two texts named by one _input_hash = %v, want none", r.SameID)
	}
	if r := Compute([]Item{first}); r.SameID == nil || len(r.SameID) != 0 {
		t.Errorf("SameID of one document = %#v, want empty, not nil (JSON [])", r.SameID)
	}
}

// TestAlike: two documents whose texts differ only in spaces and line ends
// (one tool kept "\r\n" and a trailing newline) are matched apart, each
// with one version; the report names them, and no other pair.
func TestAlike(t *testing.T) {
	alice := item("Ann met Bob\nin Leeds.", []string{"alice", "ENTITY:Ann"})
	bob := item("Ann met  Bob\r\nin Leeds.\n", []string{"bob", "ENTITY:Ann"})
	other := item("Ann met Bob in York.", []string{"alice"}, []string{"bob"})
	again := item("Ann  met Bob\nin Leeds. ", []string{"carol"}) // a third text of the same words
	r := Compute([]Item{alice, other, bob, again})
	want := []Alike{
		{A: alice.ID, B: bob.ID, Start: "Ann met Bob in Leeds."},
		{A: alice.ID, B: again.ID, Start: "Ann met Bob in Leeds."},
	}
	if diff := cmp.Diff(want, r.Alike); diff != "" {
		t.Errorf("Alike (-want +got):\n%s", diff)
	}
	if r := Compute([]Item{other}); r.Alike == nil || len(r.Alike) != 0 {
		t.Errorf("Alike of one document = %#v, want empty, not nil (JSON [])", r.Alike)
	}
}

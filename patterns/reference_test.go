package patterns

import (
	stdcmp "cmp"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// The matcher against a plain reference on random patterns and texts:
// every span of tokens that a pattern matches exactly (tried by
// backtracking), then spaCy's filter_spans label by label (the longest,
// then the earliest, then the earlier line, each kept unless it overlaps
// one kept).
func TestMatcherAgainstReference(t *testing.T) {
	r := rand.New(rand.NewPCG(5, 6))
	specs := []string{`{"ORTH": "a"}`, `{"LOWER": "b"}`, `{"IS_UPPER": true}`, `{}`, `{"LOWER": {"IN": ["a", "c"]}}`, `{"LENGTH": {">": 1}}`}
	ops := []string{"", "?", "+", "*", "!", "1", "{2}", "{1,2}", "{,2}", "{2,}"}
	words := []string{"a", "b", "c", "A", "B", "bb"}
	for iter := range 3000 {
		var lines []string
		for range 1 + r.IntN(4) {
			label := []string{"X", "Y"}[r.IntN(2)]
			if r.IntN(4) == 0 {
				lines = append(lines, fmt.Sprintf(`{"label": %q, "pattern": %q}`, label, words[r.IntN(3)]+" "+words[r.IntN(3)]))
				continue
			}
			var steps []string
			for range 1 + r.IntN(3) {
				spec := specs[r.IntN(len(specs))]
				if op := ops[r.IntN(len(ops))]; op != "" {
					spec = strings.TrimSuffix(spec, "}") + fmt.Sprintf(`, "OP": %q}`, op)
					spec = strings.Replace(spec, "{, ", "{", 1)
				}
				steps = append(steps, spec)
			}
			lines = append(lines, fmt.Sprintf(`{"label": %q, "pattern": [%s]}`, label, strings.Join(steps, ", ")))
		}
		var text []string
		for range 1 + r.IntN(10) {
			text = append(text, words[r.IntN(len(words))])
		}
		file, doc := strings.Join(lines, "\n"), strings.Join(text, " ")
		pats, refused, err := Read(strings.NewReader(file), ReadOptions{})
		if err != nil || refused != nil {
			t.Fatalf("%s: %v %v", file, refused, err)
		}
		toks := (&annotations.Document{Text: doc}).Tokens()
		got := NewMatcher(pats, Options{}).Match(doc, toks, "")
		if diff := cmp.Diff(reference(pats, doc, toks), got); diff != "" {
			t.Fatalf("case %d, patterns\n%s\nover %q (-reference +matcher):\n%s", iter, file, doc, diff)
		}
	}
}

func reference(pats []Pattern, text string, toks []annotations.Token) []Match {
	views := make([]tokenView, len(toks))
	for i, tk := range toks {
		views[i] = newView(text[tk.Start:tk.End], "")
	}
	var all []candidate
	for pi, p := range pats {
		for i := range toks {
			for j := i + 1; j <= len(toks); j++ {
				if exactly(&p, views[i:j]) {
					all = append(all, candidate{int32(i), int32(j), int32(pi)})
				}
			}
		}
	}
	slices.SortFunc(all, func(a, b candidate) int {
		return stdcmp.Or(strings.Compare(pats[a.pat].Label, pats[b.pat].Label),
			stdcmp.Compare(b.end-b.start, a.end-a.start), stdcmp.Compare(a.start, b.start), stdcmp.Compare(a.pat, b.pat))
	})
	var out []Match
	taken := map[string][]bool{}
	for _, c := range all {
		p := &pats[c.pat]
		if taken[p.Label] == nil {
			taken[p.Label] = make([]bool, len(toks))
		}
		if slices.Contains(taken[p.Label][c.start:c.end], true) {
			continue
		}
		for k := c.start; k < c.end; k++ {
			taken[p.Label][k] = true
		}
		out = append(out, Match{toks[c.start].Start, toks[c.end-1].End, p.Label, p.id(), p.Line, p.idValue()})
	}
	slices.SortFunc(out, func(a, b Match) int {
		return stdcmp.Or(stdcmp.Compare(a.Start, b.Start), stdcmp.Compare(a.End, b.End), strings.Compare(a.Label, b.Label))
	})
	return out
}

// exactly reports whether p matches all of views, by backtracking.
func exactly(p *Pattern, views []tokenView) bool {
	if p.words != nil {
		if len(p.words) != len(views) {
			return false
		}
		for k, w := range p.words {
			if views[k].orth != w {
				return false
			}
		}
		return true
	}
	var try func(k, c, i int) bool
	try = func(k, c, i int) bool {
		if k == len(p.steps) {
			return i == len(views)
		}
		s := &p.steps[k]
		if c >= s.min && try(k+1, 0, i) {
			return true
		}
		return i < len(views) && (s.max < 0 || c < s.max) && s.matches(&views[i]) && try(k, c+1, i+1)
	}
	return try(0, 0, 0)
}

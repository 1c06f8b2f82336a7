package patterns

import (
	"bytes"
	"strings"
	"testing"

	"spantag/annotations"
)

// FuzzReadPatterns reads any bytes as a patterns file: it never fails but
// for the reader, refuses lines in order and by their real numbers, and the
// patterns it keeps match any text without panicking, on whole tokens.
func FuzzReadPatterns(f *testing.F) {
	for _, seed := range []string{
		`{"label": "ENTITY", "pattern": "Kyiv Post", "id": "kp"}`,
		`{"label": "L", "pattern": [{"LOWER": {"IN": ["a", "b"]}, "OP": "+"}, {"IS_PUNCT": true, "OP": "?"}]}`,
		`{"label": "L", "pattern": [{"TEXT": {"REGEX": "^[A-Z]"}, "OP": "{2,3}"}, {"LENGTH": {">=": 2, "<": 9}}]}`,
		`{"label": "L", "pattern": [{"SHAPE": "Xxxx", "OP": "!"}, {}, {"LIKE_NUM": true, "OP": "{,2}"}]}`,
		`{"label": "L", "pattern": [{"ORTH": "a", "OP": "{1,}"}, {"IS_TITLE": true, "OP": "*"}]}` + "\n\n" + `{"label": "L", "pattern": "b"}`,
		`{"label": "L", "pattern": [{"POS": "NOUN"}]}` + "\n" + `not json`,
		"\ufeff{\"label\": \"L\", \"pattern\": \"\xff\"}",
		`{"label": "L", "pattern": [{"TEXT": {"REGEX": "(?=a)"}}]}`,
	} {
		f.Add([]byte(seed), "Kyiv Post said a b b 3 of 12 U.S. firms left.\nA B Kyiv")
	}
	f.Fuzz(func(t *testing.T, file []byte, text string) {
		lines := bytes.Count(file, []byte("\n")) + 1
		pats, refused, err := Read(bytes.NewReader(file), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		last := 0
		for _, e := range refused {
			if e.Line <= last || e.Line > lines {
				t.Fatalf("refused line %d after %d, of %d lines", e.Line, last, lines)
			}
			last = e.Line
		}
		for _, p := range pats {
			if p.Line < 1 || p.Line > lines || strings.TrimSpace(p.Label) == "" || len(p.words) == 0 && len(p.steps) == 0 {
				t.Fatalf("pattern %+v", p)
			}
		}
		doc, err := annotations.NewDocument(text)
		if err != nil {
			return
		}
		toks := doc.Tokens()
		starts, ends := map[int]bool{}, map[int]bool{}
		for _, tk := range toks {
			starts[tk.Start], ends[tk.End] = true, true
		}
		for _, lower := range []bool{false, true} {
			for _, m := range NewMatcher(pats, Options{Lower: lower}).Match(text, toks, "en") {
				if !starts[m.Start] || !ends[m.End] || m.Start >= m.End {
					t.Fatalf("match %+v is not on whole tokens of %q", m, text)
				}
			}
		}
	})
}

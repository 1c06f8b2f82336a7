package patterns

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"spantag/annotations"
)

var benchWords = strings.Fields(`the of and to in a is that for on was with he it as at by from his an were are
which this be or has had not but they their have its one been who after also more new two first said will
would about into other than year people over some time when could years government president minister city
war forces officials military country state region army attack security support report police talks week
Ukraine Russia Kyiv Moscow Post Zelensky Putin Europe Washington NATO Biden Donetsk Kharkiv Odesa Crimea
Lviv Poland Germany France Britain Reuters Associated Press European Union Council Ministry Defense Foreign`)

// benchArticle is about n bytes of prose in paragraphs, with numbers.
func benchArticle(n int) string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for b.Len() < n {
		for w := 40 + r.IntN(80); w > 0; w-- {
			switch k := r.IntN(30); {
			case k == 0:
				fmt.Fprintf(&b, "%d", r.IntN(5000))
			case k == 1:
				b.WriteString(",")
			default:
				b.WriteString(benchWords[r.IntN(len(benchWords))])
			}
			if w == 1 || r.IntN(15) == 0 {
				b.WriteString(".")
			}
			b.WriteString(" ")
		}
		b.WriteString("\n\n")
	}
	return b.String()
}

// benchPatterns is a patterns file of n lines: phrases of one to three
// words, and with mixed a tenth of each of three kinds of token patterns
// (one indexed by its first token's LOWER, two that may start anywhere).
func benchPatterns(n int, mixed bool) string {
	r := rand.New(rand.NewPCG(3, 4))
	word := func() string { return benchWords[r.IntN(len(benchWords))] }
	var b strings.Builder
	for i := range n {
		kind := i % 10
		if !mixed {
			kind = 3
		}
		switch kind {
		case 0:
			fmt.Fprintf(&b, `{"label": "ENTITY", "pattern": [{"LOWER": %q}, {"IS_TITLE": true, "OP": "+"}]}`, strings.ToLower(word()))
		case 1:
			fmt.Fprintf(&b, `{"label": "CLAIM", "pattern": [{"LIKE_NUM": true}, {"LOWER": {"IN": [%q, %q]}}]}`, strings.ToLower(word()), strings.ToLower(word()))
		case 2:
			fmt.Fprintf(&b, `{"label": "ENTITY", "pattern": [{"TEXT": {"REGEX": "^%s"}}, {"IS_ALPHA": true, "OP": "{1,3}"}, {"SHAPE": "Xxxx"}]}`, word()[:1])
		default:
			phrase := word()
			for k := r.IntN(3); k > 0; k-- {
				phrase += " " + word()
			}
			fmt.Fprintf(&b, `{"label": "ENTITY", "pattern": %q, "id": "p%d"}`, phrase, i)
		}
		b.WriteString("\n")
	}
	return b.String()
}

// BenchmarkMatch: a 1,000-line patterns file over a 1 MB article, tokens
// cut beforehand (as the page has them).
func BenchmarkMatch(b *testing.B) {
	text := benchArticle(1 << 20)
	toks := (&annotations.Document{Text: text}).Tokens()
	for _, mixed := range []bool{false, true} {
		b.Run(map[bool]string{false: "phrases", true: "mixed"}[mixed], func(b *testing.B) {
			pats, refused, err := Read(strings.NewReader(benchPatterns(1000, mixed)), ReadOptions{})
			if err != nil || refused != nil {
				b.Fatal(refused, err)
			}
			m := NewMatcher(pats, Options{})
			b.ReportAllocs()
			var n int
			for b.Loop() {
				n = len(m.Match(text, toks, "en"))
			}
			b.ReportMetric(float64(n), "matches")
			b.ReportMetric(float64(len(toks)), "tokens")
		})
	}
	// One slice of a long job: the mixed file over the article's first 20
	// lines (10 paragraphs, each with the blank line after it).
	b.Run("mixed-20-lines", func(b *testing.B) {
		pats, _, _ := Read(strings.NewReader(benchPatterns(1000, true)), ReadOptions{})
		m := NewMatcher(pats, Options{})
		end := 0
		for paragraphs := 0; paragraphs < 10; end++ {
			if strings.Contains(text[toks[end].End:toks[end+1].Start], "\n") {
				paragraphs++
			}
		}
		b.ReportAllocs()
		for b.Loop() {
			m.Match(text, toks[:end], "en")
		}
		b.ReportMetric(float64(end), "tokens")
	})
}

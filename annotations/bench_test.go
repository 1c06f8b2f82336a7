package annotations

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// benchWords are drawn at random to make the benchmark article: plain and
// accented words, other scripts and emoji sequences.
var benchWords = strings.Fields("a of in is it by as at we and the council voted on Monday to rebuild old ferry pier " +
	"harbour town said critics estimate unrealistic budget mayor islanders " +
	"café naïve Zürich São façade résumé Ibáñez crème brûlée jalapeño Kraków " +
	"Dvořák Ελλάδα Київ 東京 👍🏽 🇺🇦 👨‍👩‍👧‍👦 🎉")

// benchArticle is a deterministic article of about 1 MB: 1,600 paragraphs
// of 100 words in sentences of 20.
func benchArticle() string {
	r := rand.New(rand.NewPCG(1, 2))
	var b strings.Builder
	for p := 0; p < 1600; p++ {
		for w := 1; w <= 100; w++ {
			b.WriteString(benchWords[r.IntN(len(benchWords))])
			switch {
			case w == 100:
				b.WriteString(".\n\n")
			case w%20 == 0:
				b.WriteString(". ")
			default:
				b.WriteByte(' ')
			}
		}
	}
	return b.String()
}

// benchDoc is the benchmark article with its index and lines built.
func benchDoc(b *testing.B) *Document {
	b.Helper()
	d := docOf(b, benchArticle())
	d.Index()
	d.Lines()
	return d
}

// benchSpans are 5,000 spans of 1 to 4 tokens spread over the document,
// the labels taking turns.
func benchSpans(d *Document) []Span {
	toks := d.Tokens()
	labels := DefaultLabels.Names()
	spans := make([]Span, 5000)
	for i := range spans {
		k := i * (len(toks) - 4) / len(spans)
		spans[i] = Span{toks[k].Start, toks[k+i%4].End, labels[i%len(labels)]}
	}
	return spans
}

// addAll plans and applies adding each span, as the page does one by one.
func addAll(b *testing.B, d *Document, h *History, spans []Span) {
	for _, s := range spans {
		e, err := d.Add(s)
		if err != nil {
			b.Fatal(err)
		}
		if err := h.Do(d, e); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkTokens(b *testing.B) {
	d := benchDoc(b)
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		d.Tokens()
	}
}

func BenchmarkAddSpans(b *testing.B) {
	d := benchDoc(b)
	spans := benchSpans(d)
	b.ReportAllocs()
	for b.Loop() {
		d.Spans = nil
		addAll(b, d, &History{}, spans)
	}
	if len(d.Spans) != len(spans) {
		b.Fatalf("%d spans, want %d", len(d.Spans), len(spans))
	}
}

func BenchmarkUndoRedo(b *testing.B) {
	d := benchDoc(b)
	var h History
	addAll(b, d, &h, benchSpans(d))
	b.ReportAllocs()
	for b.Loop() {
		for range 5000 {
			if _, _, err := h.Undo(d); err != nil {
				b.Fatal(err)
			}
		}
		for range 5000 {
			if _, _, err := h.Redo(d); err != nil {
				b.Fatal(err)
			}
		}
	}
	if len(d.Spans) != 5000 {
		b.Fatalf("%d spans after undo and redo, want 5000", len(d.Spans))
	}
}

// BenchmarkSuggest offers 5,000 suggestions (a pattern's matches, say) to
// the article with its 5,000 spans, as the page does when the worker's
// reply comes.
func BenchmarkSuggest(b *testing.B) {
	d := benchDoc(b)
	for _, s := range benchSpans(d) {
		must(b, d.addMerging(s))
	}
	toks := d.Tokens()
	offer := make([]Suggestion, 5000)
	for i := range offer {
		k := 2 + i*(len(toks)-4)/len(offer)
		offer[i] = Suggestion{Span{toks[k].Start, toks[k].End, "ENTITY"}, []Reason{{From: FromPattern, Text: "pattern line 1", Pattern: "1"}}}
	}
	b.ResetTimer()
	for b.Loop() {
		c := *d
		must(b, c.Apply(c.Suggest(offer)))
	}
}

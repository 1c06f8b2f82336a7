package learn_test

import (
	"strings"
	"testing"

	"spantag/annotations"
	"spantag/learn"
)

// BenchmarkLearnOneDocument is training on one more document after 200.
func BenchmarkLearnOneDocument(b *testing.B) {
	docs := generated(201)
	m := trained(b, docs[:200])
	file := m.Encode()
	b.ResetTimer()
	for b.Loop() {
		b.StopTimer()
		m2, err := learn.Decode(file)
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		m2.Learn(docs[200])
	}
	b.ReportMetric(float64(len(file)), "model-bytes")
}

// BenchmarkSuggest1MB is the suggestions for a news-shaped article of about
// 1 MB (the corpus's documents one after another) by a model trained on 200.
func BenchmarkSuggest1MB(b *testing.B) {
	m, d := trained(b, generated(200)), article1MB(b)
	m.SuggestLines(d, 0, 1) // the averaged weights, worked out once after training
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for b.Loop() {
		m.Suggest(d)
	}
}

// BenchmarkSuggest20Lines is one slice of that: its first 20 lines (about
// 1.4 KB, a document of the corpus).
func BenchmarkSuggest20Lines(b *testing.B) {
	m, d := trained(b, generated(200)), article1MB(b)
	m.SuggestLines(d, 0, 1)
	b.ResetTimer()
	for b.Loop() {
		m.SuggestLines(d, 0, 20)
	}
}

func article1MB(b *testing.B) *annotations.Document {
	var text strings.Builder
	for _, d := range generated(1000) {
		if text.Len() > 1<<20 {
			break
		}
		text.WriteString(d.Text)
	}
	d, err := annotations.NewDocument(text.String())
	if err != nil {
		b.Fatal(err)
	}
	return d
}

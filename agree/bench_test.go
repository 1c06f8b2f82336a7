package agree

import (
	"fmt"
	"strings"
	"testing"

	"spantag/annotations"
)

// BenchmarkCompute: 3 annotators, 200 documents of 400 words, 40 spans each,
// the annotators differing on a span in four.
func BenchmarkCompute(b *testing.B) {
	var items []Item
	for d := range 200 {
		var words []string
		for w := range 400 {
			words = append(words, fmt.Sprintf("w%dx%d", d, w))
		}
		text := strings.Join(words, " ")
		it := Item{Text: text, Tokens: (&annotations.Document{Text: text}).Tokens()}
		for a, name := range []string{"ana", "ben", "cy"} {
			v := Version{Annotator: name}
			at := 0
			for s := range 40 {
				start := at + (s%4)*(a%2) // every fourth span's start moves for ben
				label := []string{"ENTITY", "CLAIM"}[s%2]
				v.Spans = append(v.Spans, annotations.Span{Start: start, End: at + 12, Label: label})
				at += len(text) / 41
			}
			it.Versions = append(it.Versions, v)
		}
		items = append(items, it)
	}
	b.ResetTimer()
	for b.Loop() {
		Compute(items)
	}
}

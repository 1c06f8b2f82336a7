package boiler

import (
	"fmt"
	"strings"
	"testing"
)

// BenchmarkDecide decides a 400-line page against a corpus of 1,000 pages of one site.
func BenchmarkDecide(b *testing.B) {
	c := NewCorpus()
	for i := range 1000 {
		c.Add(page(i) + fmt.Sprintf("\nPage %d of the archive", i))
	}
	text := strings.Repeat(article+"\n", 400/strings.Count(article+"\n", "\n"))
	b.ResetTimer()
	for b.Loop() {
		c.Decide(Page{Text: text}, DefaultThreshold)
	}
}

// BenchmarkCorpusAdd feeds pages of one site to a corpus.
func BenchmarkCorpusAdd(b *testing.B) {
	c := NewCorpus()
	i := 0
	for b.Loop() {
		c.Add(page(i) + fmt.Sprintf("\nPage %d of the archive", i))
		i++
	}
}

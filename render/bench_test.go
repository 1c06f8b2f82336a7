package render

import (
	"strings"
	"testing"

	"spantag/annotations"
)

// BenchmarkDocHTML renders a 1 MB article of paragraphs of 100 words with
// 5,000 spans of one to four tokens.
func BenchmarkDocHTML(b *testing.B) {
	words := strings.Fields("council voted on Monday to rebuild the old ferry pier Zürich café 東京 👍🏽 said")
	var text strings.Builder
	for i := 1; text.Len() < 1_000_000; i++ {
		text.WriteString(words[i*7%len(words)])
		switch {
		case i%100 == 0:
			text.WriteString(".\n\n")
		case i%20 == 0:
			text.WriteString(". ")
		default:
			text.WriteString(" ")
		}
	}
	d := docOf(b, text.String())
	toks := d.Tokens()
	labels := annotations.DefaultLabels.Names()
	for i := range 5000 {
		k := i * (len(toks) - 4) / 5000
		s := Span{Start: toks[k].Start, End: toks[k+i%4].End, Label: labels[i%len(labels)]}
		if e, err := d.Add(s); err != nil {
			b.Fatal(err)
		} else if err := d.Apply(e); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		DocHTML(d, Span{})
	}
}

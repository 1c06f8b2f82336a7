package learn_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"spantag/annotations"
)

// FuzzLearnSuggest learns from any text with spans made from the fuzzer's
// bytes, then suggests: every suggestion lies in the text, on character
// boundaries, holds more than white space, and has a score in 0..1.
func FuzzLearnSuggest(f *testing.F) {
	f.Add("Anna Berg said 5% of Kelston voted.\r\nMenu | Home\n\n\"Yes,\" she said.", []byte{0, 9, 0, 10, 35, 1})
	f.Add("東京 👍🏽 Київ said: «ok».\u2028Ελλάδα", []byte{0, 6, 0})
	f.Add("", []byte{})
	f.Add(" \n\t\n ", []byte{1, 2, 2})
	f.Fuzz(func(t *testing.T, text string, spec []byte) {
		d, err := annotations.NewDocument(text)
		if err != nil {
			return
		}
		labels := []string{"ENTITY", "CLAIM", "BOILERPLATE"}
		for i := 0; i+2 < len(spec) && len(text) > 0; i += 3 {
			start, end := int(spec[i])%len(text), int(spec[i+1])%(len(text)+1)
			if start < end && utf8.RuneStart(text[start]) && (end == len(text) || utf8.RuneStart(text[end])) {
				d.Spans = append(d.Spans, annotations.Span{Start: start, End: end, Label: labels[int(spec[i+2])%3]})
			}
		}
		m := trained(t, []*annotations.Document{d, d})
		for _, s := range m.Suggest(d) {
			if s.Start < 0 || s.End > len(text) || s.Start >= s.End ||
				!utf8.RuneStart(text[s.Start]) || (s.End < len(text) && !utf8.RuneStart(text[s.End])) ||
				strings.TrimSpace(text[s.Start:s.End]) == "" || s.Score < 0 || s.Score > 1 {
				t.Fatalf("suggestion %+v in %q", s, text)
			}
		}
		if u := m.Uncertainty(d); u < 0 || u > 1 {
			t.Fatalf("uncertainty %v", u)
		}
	})
}

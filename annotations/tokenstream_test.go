package annotations

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestTokenBatches: the batches, long lines cut into pieces, give the
// tokens Tokens gives, on a text of long and short lines with clusters,
// clitics, numbers and runs of spaces.
func TestTokenBatches(t *testing.T) {
	words := "Mayor José Ramírez 👨‍👩‍👧 spoke, didn't he? 3.5 well-known Russia’s  e\u0301t\u00e9 日本語 « quoted » "
	long := strings.Repeat(words, 3*tokenBatch/len(words))
	text := long + "\nshort line\r\n" + long + "\n\n" + strings.Repeat("Line of prose.\n", 10000)
	d, err := NewDocument(text)
	if err != nil {
		t.Fatal(err)
	}
	var got []Token
	batches := 0
	for b := range d.tokenBatches(nil) {
		got = append(got, b...)
		batches++
	}
	if diff := cmp.Diff(d.Tokens(), got); diff != "" {
		t.Errorf("the batches differ from Tokens (-want +got):\n%.2000s", diff)
	}
	if batches < 6 {
		t.Errorf("%d batches for %d bytes", batches, len(text))
	}
}

// TestSpanTokens: the first and last token of every span, found in one
// pass, are those overlapped finds, for spans that nest, overlap, share
// ends, lie between tokens and past the last one.
func TestSpanTokens(t *testing.T) {
	d, err := NewDocument("Alpha beta,  gamma delta. Epsilon  ")
	if err != nil {
		t.Fatal(err)
	}
	tokens := d.Tokens()
	var spans []exportSpan
	for start := 0; start < len(d.Text); start += 2 {
		for end := start + 1; end <= len(d.Text); end += 3 {
			spans = append(spans, exportSpan{Span: Span{Start: start, End: end, Label: "X"}})
		}
	}
	slices.SortFunc(spans, func(a, b exportSpan) int { return a.Start - b.Start })
	x := newSpanTokens(spans)
	for _, tok := range tokens {
		x.see(tok)
	}
	x.done()
	for i, s := range spans {
		first, last := overlapped(tokens, s.Span)
		if x.first[i] != first || x.last[i] != last {
			t.Errorf("span [%d,%d): tokens %d..%d, want %d..%d", s.Start, s.End, x.first[i], x.last[i], first, last)
		}
	}
}

// TestWriteTextInPieces: a text longer than what the Writer escapes at a
// time is written as the one JSON string escaping it whole gives, with
// characters of several bytes and escapes across the cuts, and the code
// points of offsets in every piece are counted as it goes.
func TestWriteTextInPieces(t *testing.T) {
	text := strings.Repeat("é\"\\\n\u2028🌊ab\t", 3*flushAt/12)
	offsets := []int{0, 2, flushAt - 1, flushAt + 3, 2*flushAt + 7, len(text) - 1, len(text)}
	for i, b := range offsets { // at the start of a character
		for b < len(text) && !utf8.RuneStart(text[b]) {
			b++
		}
		offsets[i] = b
	}
	var spans []Span
	for i := 0; i+1 < len(offsets); i++ {
		spans = append(spans, Span{offsets[i], offsets[i+1], "X"})
	}
	cps := newCodePointTable(spans)
	var out strings.Builder
	w := NewWriter(&out)
	if err := w.writeText(text, cps); err != nil {
		t.Fatal(err)
	}
	for _, b := range offsets {
		if got, want := cps.at(b), utf8.RuneCountInString(text[:b]); got != want {
			t.Errorf("byte %d is code point %d, want %d", b, got, want)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if want := string(appendJSONString(nil, text)); out.String() != want {
		t.Errorf("writeText wrote %d bytes differing from the %d of appendJSONString", out.Len(), len(want))
	}
}

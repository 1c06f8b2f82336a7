package annotations

import (
	"iter"
	"slices"
	"strings"
	"unicode/utf8"
)

// A document's tokens can be many (a 60 MB text holds about ten million),
// so the Writer takes them a batch at a time, about tokenBatch bytes of
// text each, and never holds them all: a long line is cut into pieces at
// word boundaries. Between batches the writer's output goes on, so a page
// writing to a sink that yields keeps its thread free.

// tokenBatch is about how much text one batch of tokens covers: 64 KB of
// words took 8 ms to tokenise and write natively on a busy machine, more
// in wasm, close to a page's slice of time (render.SliceTime) between two
// chances to yield.
const tokenBatch = 16 << 10

// tokenBatches yields d's tokens in text order, a batch at a time; the
// batches together are Tokens(). A batch's slice is reused for the next,
// beginning with batch's (a writer's of the document before).
func (d *Document) tokenBatches(batch []Token) iter.Seq[[]Token] {
	return func(yield func([]Token) bool) {
		tokenised.Add(1)
		batch := batch[:0]
		from := 0
		for _, l := range d.Lines() {
			for at := l.Start; at < l.Next; {
				end := pieceEnd(d.Text, at, l.Next)
				batch = appendTokens(batch, d.Text, at, end)
				at = end
				if end-from >= tokenBatch {
					if !yield(batch) {
						return
					}
					batch, from = batch[:0], end
				}
			}
		}
		if len(batch) > 0 {
			yield(batch)
		}
	}
}

// pieceEnd is where the piece of a line that starts at start ends, before
// end: about tokenBatch bytes on, just after a space followed by an ASCII
// character that is not one (a word boundary, which no rule of UAX #29
// joins across), or the end.
func pieceEnd(text string, start, end int) int {
	from := start + tokenBatch
	for from < end {
		i := strings.IndexByte(text[from:end], ' ')
		if i < 0 {
			return end
		}
		p := from + i + 1
		if p < end && text[p] < utf8.RuneSelf && text[p] != ' ' {
			return p
		}
		from = p
	}
	return end
}

// spanTokens finds the first and last token each span overlaps (as
// overlapped does) in one pass over the tokens as they stream by: spans
// are taken in the order of their starts, and of their ends.
type spanTokens struct {
	spans          []exportSpan
	byStart, byEnd []int // indexes of spans, by Start and by End
	first, last    []int // the answers, by span
	seen           int   // tokens seen so far
}

func newSpanTokens(spans []exportSpan) *spanTokens {
	x := &spanTokens{spans: spans, first: make([]int, len(spans)), last: make([]int, len(spans))}
	for i := range spans {
		x.byStart = append(x.byStart, i)
		x.byEnd = append(x.byEnd, i)
	}
	slices.SortStableFunc(x.byStart, func(a, b int) int { return spans[a].Start - spans[b].Start })
	slices.SortStableFunc(x.byEnd, func(a, b int) int { return spans[a].End - spans[b].End })
	return x
}

// see takes the next token: the spans starting before it ends have their
// first token now, and those ending before it starts their last one.
func (x *spanTokens) see(t Token) {
	for len(x.byStart) > 0 && x.spans[x.byStart[0]].Start < t.End {
		x.first[x.byStart[0]] = x.seen
		x.byStart = x.byStart[1:]
	}
	for len(x.byEnd) > 0 && x.spans[x.byEnd[0]].End <= t.Start {
		x.last[x.byEnd[0]] = x.seen - 1
		x.byEnd = x.byEnd[1:]
	}
	x.seen++
}

// done ends the tokens: the spans left come after the last one.
func (x *spanTokens) done() {
	for _, i := range x.byStart {
		x.first[i] = x.seen
	}
	for _, i := range x.byEnd {
		x.last[i] = x.seen - 1
	}
}

package patterns

import (
	"iter"
	"strings"

	"spantag/annotations"
)

// Every occurrence (issue #13 item 3): with a span made, the same label
// suggested wherever its tokens occur again, in its document or across
// the dataset.

// Needle is the token sequence of a span, looked for elsewhere.
type Needle struct {
	Label string
	words []string
	fold  bool // any case
}

// NewNeedle makes the needle of span s of text: the tokens of its text,
// cut as spantag cuts a document (so that a span of whole tokens has the
// document's tokens there), compared in any case when fold is true. ok is
// false when the span holds no token.
func NewNeedle(text string, s annotations.Span, fold bool) (n Needle, ok bool) {
	if s.Start < 0 || s.End > len(text) || s.Start >= s.End {
		return n, false
	}
	n = Needle{Label: s.Label, words: words(text[s.Start:s.End]), fold: fold}
	return n, len(n.words) > 0
}

// words are the texts of the tokens of text.
func words(text string) []string {
	doc := &annotations.Document{Text: text}
	var ws []string
	for _, t := range doc.Tokens() {
		ws = append(ws, text[t.Start:t.End])
	}
	return ws
}

// Occurrences returns every other occurrence, in d (tokens toks), of the
// tokens of its span s: whole tokens, the same texts in a row on one line
// (white space between them may differ), in any case when fold is true,
// never overlapping one another, left out when inside a span of d of s's
// label (s among them), in text order.
func Occurrences(d *annotations.Document, toks []annotations.Token, s annotations.Span, fold bool) []annotations.Span {
	n, ok := NewNeedle(d.Text, s, fold)
	if !ok {
		return nil
	}
	var out []annotations.Span
	for _, o := range n.Find(d, toks) {
		if o != s {
			out = append(out, o)
		}
	}
	return out
}

// FindAll finds the needle in every document of docs (the dataset), each
// document's tokens cut as it is read, and yields those with occurrences.
func (n Needle) FindAll(docs iter.Seq[*annotations.Document]) iter.Seq2[*annotations.Document, []annotations.Span] {
	return func(yield func(*annotations.Document, []annotations.Span) bool) {
		for d := range docs {
			if found := n.Find(d, d.Tokens()); len(found) > 0 && !yield(d, found) {
				return
			}
		}
	}
}

// Find returns the needle's occurrences in d (tokens toks) that are not
// inside a span of d of its label, in text order.
func (n Needle) Find(d *annotations.Document, toks []annotations.Token) []annotations.Span {
	var same []annotations.Span
	for _, s := range d.Spans {
		if s.Label == n.Label {
			same = append(same, s)
		}
	}
	var out []annotations.Span
	for i := 0; i+len(n.words) <= len(toks); i++ {
		if !n.at(d.Text, toks[i:]) {
			continue
		}
		o := annotations.Span{Start: toks[i].Start, End: toks[i+len(n.words)-1].End, Label: n.Label}
		if !inside(o, same) {
			out = append(out, o)
			i += len(n.words) - 1 // occurrences never overlap
		}
	}
	return out
}

// at reports whether toks start with the needle's words, on one line.
func (n Needle) at(text string, toks []annotations.Token) bool {
	for k, w := range n.words {
		got := text[toks[k].Start:toks[k].End]
		if n.fold && !strings.EqualFold(got, w) || !n.fold && got != w {
			return false
		}
		if k > 0 && strings.ContainsAny(text[toks[k-1].End:toks[k].Start], lineBreaks) {
			return false
		}
	}
	return true
}

// inside reports whether o lies within one of spans.
func inside(o annotations.Span, spans []annotations.Span) bool {
	for _, s := range spans {
		if s.Start <= o.Start && o.End <= s.End {
			return true
		}
	}
	return false
}

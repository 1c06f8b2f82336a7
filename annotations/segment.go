package annotations

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// Line is one line of a document: Text[Start:End] is its content and
// Text[End:Next] its line break ("\n", "\r\n", "\r", or "" at the end).
// Lines are the blocks the page renders and the unit of block tagging.
type Line struct {
	Start, End, Next int
}

// Lines returns the document's lines, computed on first use.
func (d *Document) Lines() []Line {
	if d.lines == nil {
		d.lines = splitLines(d.Text)
	}
	return d.lines
}

func splitLines(text string) []Line {
	lines := make([]Line, 0, strings.Count(text, "\n")+1)
	for start := 0; ; {
		i := strings.IndexAny(text[start:], "\r\n")
		if i < 0 {
			return append(lines, Line{start, len(text), len(text)})
		}
		end := start + i
		next := end + 1
		if text[end] == '\r' && next < len(text) && text[next] == '\n' {
			next++
		}
		lines = append(lines, Line{start, end, next})
		if next == len(text) {
			return lines
		}
		start = next
	}
}

// LineAt returns the index of the line holding byte offset b; an offset on a
// line break belongs to the line it ends.
func (d *Document) LineAt(b int) int {
	lines := d.Lines()
	lo, hi := 0, len(lines)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if lines[mid].Start <= b {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	return lo
}

// Paragraphs returns runs of lines that hold text, separated by blank lines,
// as byte ranges [Start, End) of the text with no line break at either end.
func (d *Document) Paragraphs() []Range {
	var paras []Range
	open := false
	for _, l := range d.Lines() {
		blank := strings.TrimFunc(d.Text[l.Start:l.End], isSpace) == ""
		switch {
		case blank:
			open = false
		case open:
			paras[len(paras)-1].End = l.End
		default:
			paras = append(paras, Range{l.Start, l.End})
			open = true
		}
	}
	return paras
}

// Range is a byte range [Start, End) of a text.
type Range struct {
	Start, End int
}

// isSpace is the whitespace that separates tokens and is trimmed from spans:
// Unicode white space (NBSP and line breaks included) and the zero-width space.
func isSpace(r rune) bool { return unicode.IsSpace(r) || r == '\u200b' || r == '\ufeff' }

func allSpace(s string) bool { return strings.TrimFunc(s, isSpace) == "" }

// Token is one word or punctuation mark (a UAX #29 word segment that is not
// whitespace) in byte offsets; WS says whitespace follows it.
type Token struct {
	Start, End int
	WS         bool
}

// Tokens returns the document's tokens. Word segmentation never splits a
// grapheme cluster, so an emoji sequence, a flag or a letter with its
// combining marks is always inside one token.
func (d *Document) Tokens() []Token {
	var toks []Token
	for _, l := range d.Lines() {
		toks = appendTokens(toks, d.Text, l.Start, l.Next)
	}
	return toks
}

// appendTokens segments text[start:end] into words.
func appendTokens(toks []Token, text string, start, end int) []Token {
	rest := text[start:end]
	state := -1
	at := start
	for len(rest) > 0 {
		var word string
		word, rest, state = uniseg.FirstWordInString(rest, state)
		if allSpace(word) {
			if n := len(toks); n > 0 && toks[n-1].End == at {
				toks[n-1].WS = true
			}
		} else {
			toks = append(toks, Token{Start: at, End: at + len(word)})
		}
		at += len(word)
	}
	return toks
}

// Sentences returns the UAX #29 sentences of the text as byte ranges with
// surrounding whitespace trimmed; sentences never cross a line break.
func (d *Document) Sentences() []Range {
	var sents []Range
	for _, l := range d.Lines() {
		rest := d.Text[l.Start:l.End]
		at := l.Start
		state := -1
		for len(rest) > 0 {
			var s string
			s, rest, state = uniseg.FirstSentenceInString(rest, state)
			if r, ok := trimRange(d.Text, at, at+len(s)); ok {
				sents = append(sents, r)
			}
			at += len(s)
		}
	}
	return sents
}

// trimRange shrinks text[start:end] past whitespace at either end; ok is
// false if nothing but whitespace is left.
func trimRange(text string, start, end int) (Range, bool) {
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if !isSpace(r) {
			break
		}
		end -= size
	}
	return Range{start, end}, start < end
}

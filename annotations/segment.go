package annotations

import (
	"strings"
	"sync/atomic"
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

func allSpace(s string) bool {
	for i := 0; i < len(s); i++ { // ASCII without a call per character
		if c := s[i]; c >= utf8.RuneSelf {
			return strings.TrimFunc(s[i:], isSpace) == ""
		} else if c != ' ' && (c < '\t' || c > '\r') {
			return false
		}
	}
	return true
}

// Token is one word or punctuation mark (a UAX #29 word segment that is not
// whitespace), or a clitic or elision split from a word (see clitics.go),
// in byte offsets; WS says whitespace follows it.
type Token struct {
	Start, End int
	WS         bool
}

// tokenised counts the times some text was cut into tokens: a document's
// (Tokens) or the words around a selection's end (SpanFromSelection). Tests
// read it to check that opening a document tokenises nothing.
var tokenised atomic.Int64

// Tokenised is how many times some text was cut into tokens so far.
func Tokenised() int64 { return tokenised.Load() }

// Tokens returns the document's tokens. Word segmentation never splits a
// grapheme cluster (see clusterWord), so an emoji sequence, a flag or a letter with its
// combining marks is always inside one token.
func (d *Document) Tokens() []Token {
	tokenised.Add(1)
	toks := make([]Token, 0, len(d.Text)/6) // about a token and a space per 6 bytes of prose
	for _, l := range d.Lines() {
		toks = appendTokens(toks, d.Text, l.Start, l.Next)
	}
	return toks
}

// appendTokens segments text[start:end], which starts at a word boundary,
// into words. A run of letters, or one plain punctuation mark or space,
// followed by a character that cannot join it is a word as it stands (UAX
// #29 rules WB5 and WB999); anything else is left to uniseg one word at a
// time. FuzzTokens checks that this gives what uniseg alone does.
func appendTokens(toks []Token, text string, start, end int) []Token {
	for at := start; at < end; {
		n := simpleWord(text[at:end])
		if n == 0 {
			n = clusterWord(text[at:end])
		}
		toks = appendSegment(toks, text, at, at+n)
		at += n
	}
	return toks
}

// appendSegment appends the tokens of the word segment text[start:end]:
// none for whitespace (the token before it is followed by whitespace, when
// that is white space to Unicode: a zero-width space or a byte order mark
// parts two tokens, but none of them is followed by a space), and
// none for the whitespace it starts with either, where that is clusters of
// its own (UAX #29 joins a space to the Format character after it, a soft
// hyphen say, and a token never starts with a space).
func appendSegment(toks []Token, text string, start, end int) []Token {
	lead := leadingSpace(text[start:end])
	if lead > 0 {
		if k := len(toks); k > 0 && toks[k-1].End == start {
			r, _ := utf8.DecodeRuneInString(text[start:end])
			toks[k-1].WS = unicode.IsSpace(r)
		}
	}
	if start+lead == end {
		return toks
	}
	return appendWord(toks, text, start+lead, end)
}

// leadingSpace is the length of the whitespace s starts with, in whole
// grapheme clusters (all of s when it is whitespace).
func leadingSpace(s string) int {
	if c := s[0]; c < utf8.RuneSelf && c != ' ' && (c < '\t' || c > '\r') {
		return 0 // the usual word
	}
	if allSpace(s) {
		return len(s)
	}
	n, state := 0, -1
	for n < len(s) {
		var cluster string
		cluster, _, _, state = uniseg.FirstGraphemeClusterInString(s[n:], state)
		if !allSpace(cluster) {
			break
		}
		n += len(cluster)
	}
	return n
}

// clusterWord is the length of the word s starts with, by UAX #29, ended
// only where a grapheme cluster ends too: the word rules alone break after
// a Prepend character (U+0600 ARABIC NUMBER SIGN, say) that the grapheme
// rules join to what follows (GB9b), and a token must never cut a cluster.
func clusterWord(s string) int {
	n, state := 0, -1
	for n < len(s) {
		var cluster string
		var boundaries int
		cluster, _, boundaries, state = uniseg.StepString(s[n:], state)
		n += len(cluster)
		if boundaries&uniseg.MaskWord != 0 {
			break
		}
	}
	return n
}

// simpleWord is the length of the word s starts with when it is a run of
// letters (see letterRun) or one plain mark or space, followed by an ASCII
// character that cannot join it; 0 when uniseg must decide.
func simpleWord(s string) int {
	n := letterRun(s)
	switch {
	case n == len(s):
		return n
	case n > 0:
		return lettersEnd(s, n)
	case !isPlainMark(s[0]):
		return 0
	case len(s) == 1 || s[1] < utf8.RuneSelf && !(s[0] == ' ' && s[1] == ' '):
		// A mark, then no accent or joiner (WB4) and no second space
		// (WB3d). A mark that joins letters or digits on both sides (. : '
		// , ; ") starts a word only where what came before it did not
		// join it (or it would be inside that word), so it joins nothing.
		return 1
	}
	return 0
}

// letterRun is the length of the run of letters s starts with: ASCII
// letters and the two-byte letters of twoByteLetters, which word
// segmentation treats alike (ALetter).
func letterRun(s string) int {
	n := 0
	for n < len(s) {
		switch c := s[n]; {
		case isASCIILetter(c):
			n++
		case c >= 0xc2 && c < 0xe0 && n+1 < len(s) && isTwoByteLetter(rune(c&0x1f)<<6|rune(s[n+1]&0x3f)):
			n += 2
		default:
			return n
		}
	}
	return n
}

// lettersEnd is n, the end of the run of letters s starts with, when the
// character at n cannot join them, else 0: an ASCII character that is
// neither a letter, a digit nor _ (WB9, WB13a), and if it is . : or ' not
// followed by a letter (WB6).
func lettersEnd(s string, n int) int {
	switch c := s[n]; {
	case c >= utf8.RuneSelf, isDigit(c), c == '_':
		return 0
	case c == '.' || c == ':' || c == '\'':
		if n+1 < len(s) && (s[n+1] >= utf8.RuneSelf || isASCIILetter(s[n+1])) {
			return 0
		}
	}
	return n
}

// twoByteLetters are the ranges of code points written in two bytes that
// word segmentation treats as ASCII letters (Latin, Greek, Cyrillic);
// TestTwoByteLetters checks each against uniseg.
var twoByteLetters = [][2]rune{
	{0xc0, 0xd6}, {0xd8, 0xf6}, {0xf8, 0x2af}, {0x386, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c},
	{0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481}, {0x48a, 0x52f},
}

func isTwoByteLetter(r rune) bool {
	for _, rg := range twoByteLetters {
		if r < rg[0] {
			return false
		}
		if r <= rg[1] {
			return true
		}
	}
	return false
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isPlainMark reports whether c is an ASCII character that no rule joins
// to an ASCII character after it where a word starts: not a letter, digit,
// line break or _ (which joins what follows it, WB13b).
func isPlainMark(c byte) bool {
	switch {
	case c >= utf8.RuneSelf, isASCIILetter(c), isDigit(c), c == '\n', c == '\r', c == '\v', c == '\f':
		return false
	}
	return c != '_'
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

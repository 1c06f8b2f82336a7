package learn

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Templates of the token features; each is hashed with its value.
const (
	tBias byte = iota
	tWord
	tLower
	tShape
	tPrefix
	tSuffix
	tPrev
	tNext
	tPrev2
	tNext2
	tPrevShape
	tNextShape
	tSentStart
	tGazetteer
	tPrevAndShape
	tNextAndShape
	tDocFreq
)

// affixes is how many prefixes and suffixes (of 1, 2, 3 characters) a
// token's features include.
const affixes = 3

// seqToken is a token of one line as the tagger sees it.
type seqToken struct {
	text, lower, shape string
	sentStart          bool
	gaz                string // its place in a confirmed entity text ("B-ENTITY"), or ""
	spread             string // in how many of the documents learnt its word was (docFreq)
}

// tokenFeatures appends the features of token i of seq to fs.
func tokenFeatures(fs []hash, seq []seqToken, i int) []hash {
	t := seq[i]
	fs = append(fs, feature(tBias), feature(tWord).str(t.text), feature(tLower).str(t.lower), feature(tShape).str(t.shape))
	for n := 1; n <= affixes; n++ {
		if p, ok := runePrefix(t.lower, n); ok {
			fs = append(fs, feature(tPrefix).str(p))
		}
		if s, ok := runeSuffix(t.lower, n); ok {
			fs = append(fs, feature(tSuffix).str(s))
		}
	}
	prev, next := neighbour(seq, i-1), neighbour(seq, i+1)
	fs = append(fs,
		feature(tPrev).str(prev.lower), feature(tNext).str(next.lower),
		feature(tPrev2).str(neighbour(seq, i-2).lower), feature(tNext2).str(neighbour(seq, i+2).lower),
		feature(tPrevShape).str(prev.shape), feature(tNextShape).str(next.shape),
		feature(tPrevAndShape).str(prev.lower).sep().str(t.shape),
		feature(tNextAndShape).str(next.lower).sep().str(t.shape))
	if t.sentStart {
		fs = append(fs, feature(tSentStart).str(t.shape))
	}
	if t.gaz != "" {
		fs = append(fs, feature(tGazetteer).str(t.gaz))
	}
	if t.spread != "" {
		fs = append(fs, feature(tDocFreq).str(t.spread).sep().str(t.shape))
	}
	return fs
}

// boundary stands for the tokens before the first and after the last.
var boundary = seqToken{text: "<s>", lower: "<s>", shape: "<s>"}

func neighbour(seq []seqToken, i int) seqToken {
	if i < 0 || i >= len(seq) {
		return boundary
	}
	return seq[i]
}

// runePrefix is the first n characters of s, if s has more than n.
func runePrefix(s string, n int) (string, bool) {
	at := 0
	for k := 0; k < n; k++ {
		if at >= len(s) {
			return "", false
		}
		_, size := utf8.DecodeRuneInString(s[at:])
		at += size
	}
	return s[:at], at < len(s)
}

// runeSuffix is the last n characters of s, if s has more than n.
func runeSuffix(s string, n int) (string, bool) {
	at := len(s)
	for k := 0; k < n; k++ {
		if at <= 0 {
			return "", false
		}
		_, size := utf8.DecodeLastRuneInString(s[:at])
		at -= size
	}
	return s[at:], at > 0
}

// shape is the token's form with each run of upper-case letters, lower-case
// letters or digits written once: "Maria" is "Xx", "3.5%" is "d.d%",
// "U.N." is "X.X.".
func shape(s string) string {
	var b strings.Builder
	last := rune(-1)
	for _, r := range s {
		c := r
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		}
		if c != last || !strings.ContainsRune("Xxd", c) {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}

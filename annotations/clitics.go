package annotations

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// UAX #29 keeps "Russia’s", "don't" and "l’État" as one word each, so an
// entity that ends before a clitic would be widened to the whole word in
// token-based files (IOB2, Hugging Face) and by snapping. Words are split
// further as spaCy's tokenizer splits them:
//
//   - English clitics at the end of a word: 's 're 've 'll 'd 'm and n't
//     ("can't" → "ca" "n't", "wouldn't've" → "would" "n't" "'ve"). spaCy
//     splits 's after any word and the others after the pronouns and verbs
//     of its exceptions; here they split after any word, since a split that
//     spaCy would not make only adds a token boundary and never widens a
//     span.
//   - French and Italian elisions at the start of a word (l’ d’ qu’ dell’ …,
//     the list below) before a letter: "l’État" → "l’" "État". Words whose
//     part before the apostrophe is not one of them stay whole, as spaCy's
//     exceptions keep them: aujourd’hui, presqu’île, quelqu’un, O’Brien.
//   - spaCy's exceptions of English words that split without a clitic
//     suffix: cannot, gonna, gotta, y'all.
//
// The apostrophe is ' (U+0027), ’ (U+2019) or ‘ (U+2018, typed for one by
// mistake); letters match in any case ("DON'T" → "DO" "N'T"). Words that
// are not clitics keep their apostrophes: o'clock, ma'am, rock'n'roll.

// englishClitics follow the apostrophe in an English clitic suffix.
var englishClitics = []string{"s", "re", "ve", "ll", "d", "m"}

// elisions come before the apostrophe of a French or Italian elided word.
var elisions = []string{
	"l", "d", "j", "qu", "n", "s", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
	"dell", "all", "nell", "sull", "dall", "coll", "dagl", "degl", "negl", "sugl", "agl", "un", "quell", "quest",
}

// wordSplits are spaCy's exceptions that split a word with no clitic at
// its end: the word, and the length of its first token.
var wordSplits = []struct {
	word string
	cut  int
}{{"cannot", 3}, {"gonna", 3}, {"gotta", 3}, {"y'all", 2}, {"y’all", 4}, {"y‘all", 4}}

// appendWord appends the tokens of the word text[start:end]: the word, or
// its pieces when it holds an elision or ends in clitics.
func appendWord(toks []Token, text string, start, end int) []Token {
	word := text[start:end]
	for _, s := range wordSplits {
		if len(word) == len(s.word) && strings.EqualFold(word, s.word) {
			return append(toks, Token{Start: start, End: start + s.cut}, Token{Start: start + s.cut, End: end})
		}
	}
	if strings.IndexByte(word, '\'') < 0 && strings.IndexByte(word, 0xe2) < 0 {
		return append(toks, Token{Start: start, End: end}) // no apostrophe: ’ and ‘ start with byte 0xe2
	}
	if cut := elisionEnd(word); cut > 0 {
		toks = append(toks, Token{Start: start, End: start + cut})
		start += cut
	}
	return appendClitics(toks, text, start, end)
}

// appendClitics appends text[start:end] as tokens, each clitic at its end
// one token.
func appendClitics(toks []Token, text string, start, end int) []Token {
	cut := cliticStart(text[start:end])
	if cut == 0 {
		return append(toks, Token{Start: start, End: end})
	}
	toks = appendClitics(toks, text, start, start+cut)
	return append(toks, Token{Start: start + cut, End: end})
}

// cliticStart is where the English clitic that word ends with begins, or
// 0 when it ends with none or nothing but a letter would be left before it
// ("n't" alone, as in text tokenized beforehand, stays whole).
func cliticStart(word string) int {
	at, size := lastApostrophe(word)
	if at < 0 {
		return 0
	}
	cut := 0
	switch tail := word[at+size:]; {
	case oneOfFold(tail, englishClitics):
		cut = at
	case strings.EqualFold(tail, "t") && at > 0 && word[at-1]|0x20 == 'n':
		cut = at - 1
	}
	if cut == 0 {
		return 0
	}
	if r, _ := utf8.DecodeLastRuneInString(word[:cut]); !unicode.IsLetter(r) && !unicode.IsMark(r) || !graphemeBoundary(word, cut) {
		return 0
	}
	return cut
}

// elisionEnd is the length of the elision word starts with, apostrophe
// included, or 0 when it starts with none or the elision is not followed
// by a letter. Where the rest is an English clitic ("all's") the English
// split wins.
func elisionEnd(word string) int {
	at, size := firstApostrophe(word)
	if at <= 0 || !oneOfFold(word[:at], elisions) {
		return 0
	}
	cut := at + size
	rest := word[cut:]
	notNT := strings.EqualFold(word[:at], "n") && strings.EqualFold(rest, "t")
	if r, _ := utf8.DecodeRuneInString(rest); !unicode.IsLetter(r) || oneOfFold(rest, englishClitics) || notNT {
		return 0
	}
	if !graphemeBoundary(word, cut) {
		return 0
	}
	return cut
}

// apostrophes are the characters taken for an apostrophe, all of which
// UAX #29 keeps inside a word between letters.
var apostrophes = [...]string{"'", "’", "‘"}

func firstApostrophe(word string) (at, size int) {
	at = -1
	for _, a := range apostrophes {
		if i := strings.Index(word, a); i >= 0 && (at < 0 || i < at) {
			at, size = i, len(a)
		}
	}
	return at, size
}

func lastApostrophe(word string) (at, size int) {
	at = -1
	for _, a := range apostrophes {
		if i := strings.LastIndex(word, a); i > at {
			at, size = i, len(a)
		}
	}
	return at, size
}

func oneOfFold(s string, list []string) bool {
	for _, x := range list {
		if strings.EqualFold(s, x) {
			return true
		}
	}
	return false
}

// graphemeBoundary reports whether byte b of word is between two grapheme
// clusters, so that a split there never cuts a visible character (an
// apostrophe followed by a combining accent, say).
func graphemeBoundary(word string, b int) bool {
	at, state := 0, -1
	for at < b {
		var g string
		g, _, _, state = uniseg.FirstGraphemeClusterInString(word[at:], state)
		at += len(g)
	}
	return at == b
}

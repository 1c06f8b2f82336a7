package lang

import (
	"math/bits"
	"strings"
	"unicode"
)

// Detection needs this many distinct words, this many distinct stop words of the winning
// language and this share of the running words listed by it, and a winner this far ahead
// of the runner-up; otherwise it says "". (The share is of running words, not distinct
// ones: a long page's distinct words outgrow its stop words, most in languages that join
// endings to their words; 19 of the corpus's 20 Turkish articles had 13% of their distinct
// words listed, and so went untold.)
const (
	minDetectWords  = 4
	minStopWords    = 2
	minStopShare    = 0.08
	minDetectMargin = 0.2
	// A list of at least longList words (English's, 1,298, and Breton's) holds many short
	// words of other languages ("mu", "na", "ni" of Kinyarwanda, "e", "i", "me", "do" of
	// Albanian): a page, of at least minPageWords running words, told by one needs
	// minLongListShare of them listed. The corpus's English pages have 38% or more; its
	// Kinyarwanda, Albanian and Maltese pages, told as English without it, 8% to 19%.
	longList         = 1000
	minPageWords     = 100
	minLongListShare = 0.25
)

// Detect guesses the language of text from how many of its distinct words are stop words
// of each language. It returns the ISO 639-1 code and a confidence in [0, 1], how far the
// best language is ahead of the next (1 - second/best, where a word listed by k languages
// counts 1/k for each), or "" and 0 when the text is too short, has too few stop words,
// or two languages are too close to call (twins aside: the one ahead wins).
//
// A text written mostly in a script of one language is that language, whatever its stop
// words (byScript).
func Detect(text string) (code string, confidence float64) {
	if code, share := byScript(text); code != "" {
		return code, share
	}
	if unlisted(text) {
		return "", 0
	}
	t := stops()
	hits, scores, counts := t.vote(text)
	best, second := t.leader(scores)
	if len(counts) < minDetectWords || hits[best] < minStopWords || t.runningShare(counts, best) < t.minShare(best, counts) {
		return "", 0
	}
	confidence = 1 - second/scores[best]
	if confidence < minDetectMargin {
		return "", 0
	}
	return t.codes[best], confidence
}

// A text is told by its script when at least minScriptShare of its letters (and at least
// minDetectWords of them) are of it; Japanese mixes Chinese characters with kana, at
// least japaneseKana of the two together (running Japanese text has more than a third).
const (
	minScriptShare = 0.5
	japaneseKana   = 0.1
)

// byScript tells the language of a text written in a script only one language with stop
// words writes (Hangul, Thai), or in Chinese characters, with kana (Japanese) or without
// (Chinese), and the share of its letters in that script. Stop words tell these poorly:
// a page of Chinese characters has hundreds of distinct ones, and Korean and Thai lists
// hold whole words where spaces do not part them from their endings.
func byScript(text string) (code string, share float64) {
	var letters, han, kana, hangul, thai int
	for _, r := range text {
		switch {
		case !unicode.IsLetter(r):
			continue
		case unicode.In(r, unicode.Hiragana, unicode.Katakana):
			kana++
		case unicode.Is(unicode.Han, r):
			han++
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Thai, r):
			thai++
		}
		letters++
	}
	if letters < minDetectWords {
		return "", 0
	}
	of := func(n int) float64 { return float64(n) / float64(letters) }
	switch {
	case of(kana+han) >= minScriptShare && float64(kana) >= japaneseKana*float64(kana+han):
		return "ja", of(kana + han)
	case of(han) >= minScriptShare:
		return "zh", of(han)
	case of(hangul) >= minScriptShare:
		return "ko", of(hangul)
	case of(thai) >= minScriptShare:
		return "th", of(thai)
	}
	return "", 0
}

// unlistedLetters are letters of a language that has no stop words here and shares its
// script and some of its words with ones that have: Pashto's (not Persian or Urdu).
// (Maltese's, not English, were tried: a Maltese page told as English keeps more of its
// text than one not told.)
const unlistedLetters = "ټډړږښځڅګڼېۍ"

// minUnlistedShare is the share of a text's letters that unlistedLetters must make for
// the text to be that language, and so not told.
const minUnlistedShare = 0.01

// unlisted tells whether text is written in a language that has no stop words here,
// by the letters it alone writes.
func unlisted(text string) bool {
	letters, own := 0, 0
	for _, r := range text {
		if unicode.IsLetter(r) {
			letters++
			if strings.ContainsRune(unlistedLetters, r) {
				own++
			}
		}
	}
	return letters > 0 && float64(own) >= minUnlistedShare*float64(letters)
}

// vote counts, for each language, the distinct words of text it lists as stop words
// (hits) and their weights (scores), and returns text's distinct words with how often
// each occurs.
func (t *stopTable) vote(text string) (hits []int, scores []float64, counts map[string]int) {
	hits = make([]int, len(t.codes))
	scores = make([]float64, len(t.codes))
	counts = map[string]int{}
	for _, w := range Words(text) {
		w = fold(w)
		counts[w]++
		if counts[w] > 1 {
			continue
		}
		set := t.words[w]
		// A word many languages list says little about which one it is.
		weight := 1 / float64(max(bits.OnesCount64(set), 1))
		for bit := range t.codes {
			if set&(1<<bit) != 0 {
				hits[bit]++
				scores[bit] += weight
			}
		}
	}
	return hits, scores, counts
}

// runningShare is the share of the running words (counts: each distinct word's
// occurrences) that the language of bit lists.
func (t *stopTable) runningShare(counts map[string]int, bit int) float64 {
	listed, all := 0, 0
	for w, n := range counts {
		if t.words[w]&(1<<bit) != 0 {
			listed += n
		}
		all += n
	}
	return float64(listed) / float64(all)
}

// minShare is the share of text's running words (counts) that the list of language bit
// must hold to tell it.
func (t *stopTable) minShare(bit int, counts map[string]int) float64 {
	running := 0
	for _, n := range counts {
		running += n
	}
	if t.long&(1<<bit) != 0 && running >= minPageWords {
		return minLongListShare
	}
	return minStopShare
}

// twins are languages whose stop words cannot tell them apart: an Indonesian article
// lists 81 of its words as Indonesian stop words and 85 as Malay ones.
var twins = map[string]string{"id": "ms", "ms": "id"}

// leader returns the index of the highest score and the highest score of a language
// other than it and its twin.
func (t *stopTable) leader(scores []float64) (best int, second float64) {
	for i, s := range scores {
		if s > scores[best] {
			best = i
		}
	}
	for i, s := range scores {
		if i != best && t.codes[i] != twins[t.codes[best]] && s > second {
			second = s
		}
	}
	return best, second
}

// Words splits text into its words: runs of letters and marks, with apostrophes inside
// a word ending it ("l'homme" is "l'" and "homme", as stop word lists write elisions);
// a letter of a script written without spaces (Chinese, Japanese, Thai …) is a word of
// its own, with its marks, so that a sentence of it counts as many words as it says.
func Words(text string) []string {
	var words []string
	start, alone := -1, false // alone: the word is a letter of a script without spaces
	for i, r := range text {
		letter := unicode.IsLetter(r) || unicode.IsMark(r)
		if u := unspaced(r); u || alone && letter && !unicode.IsMark(r) {
			if start >= 0 { // a word of its own, with the marks after it
				words = append(words, text[start:i])
			}
			start, alone = i, u
			continue
		}
		switch {
		case letter && start < 0:
			start = i
		case (r == '\'' || r == '’') && start >= 0:
			words = append(words, text[start:i+len(string(r))])
			start = -1
		case !letter && start >= 0:
			words = append(words, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		words = append(words, text[start:])
	}
	return words
}

// unspaced tells whether r is a letter of a script written without spaces between
// its words.
func unspaced(r rune) bool { return LettersPerWord(r) > 0 }

// LettersPerWord is, for a letter of a script written without spaces between its words,
// about how many letters make one of its words (Words counts each as a word), and 0 for
// any other rune: some two in Chinese and Japanese, some four in Thai, Lao, Khmer and
// Burmese, whose letters spell sounds.
func LettersPerWord(r rune) int {
	switch {
	case !unicode.IsLetter(r):
		return 0
	case unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana):
		return 2
	case unicode.In(r, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar):
		return 4
	}
	return 0
}

// isDigits tells whether s is non-empty and all decimal digits (of any script, as
// Python's str.isdigit).
func isDigits(s string) bool {
	return s != "" && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

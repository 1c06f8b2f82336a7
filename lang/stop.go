package lang

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
)

//go:embed data/stopwords-iso.json
var stopwordsJSON []byte

// stopwords-iso's Ukrainian list has 73 words, so that Ukrainian prose showed
// a share of stop words below most lists' headlines (a median of 0.14 over the
// boilerplate corpus's body sentences, Russian's 0.36); spaCy's, which spaCy's
// IS_STOP uses, is added to it.
//
//go:embed data/stopwords-spacy-uk.txt
var spacyUkrainian string

// stopwords-iso has no Serbian list, so that Serbian in Cyrillic was told as Bulgarian
// or Russian, or not at all, and its prose showed few stop words; spaCy's, in Cyrillic,
// is its list.
//
//go:embed data/stopwords-spacy-sr.txt
var spacySerbian string

// stopTable holds every language's stop words, and for each word the languages that list it.
type stopTable struct {
	codes []string          // ISO 639-1 codes, sorted; a code's index is its bit
	words map[string]uint64 // lower-case word → bit set of the languages that list it
	long  uint64            // bit set of the languages whose list has at least longList words
}

var stops = sync.OnceValue(func() *stopTable {
	lists, err := parseStopwords(stopwordsJSON)
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	lists["uk"] = append(lists["uk"], strings.Fields(spacyUkrainian)...)
	lists["sr"] = strings.Fields(spacySerbian)
	t, err := newStopTable(lists)
	if err != nil {
		panic(err)
	}
	return t
})

// parseStopwords reads stopwords-iso's JSON: an object from language code to word list.
func parseStopwords(data []byte) (map[string][]string, error) {
	var lists map[string][]string
	if err := json.Unmarshal(data, &lists); err != nil {
		return nil, fmt.Errorf("stopwords-iso.json: %w", err)
	}
	return lists, nil
}

// newStopTable indexes the lists, from language code to word list.
func newStopTable(lists map[string][]string) (*stopTable, error) {
	t := &stopTable{words: map[string]uint64{}}
	for code := range lists {
		t.codes = append(t.codes, code)
	}
	slices.Sort(t.codes)
	if len(t.codes) > 64 {
		return nil, fmt.Errorf("%d languages, at most 64 fit", len(t.codes))
	}
	for bit, code := range t.codes {
		t.add(code, lists[code])
		if len(lists[code]) >= longList {
			t.long |= 1 << bit
		}
	}
	return t, nil
}

// add lists words as stop words of a language the table has.
func (t *stopTable) add(code string, words []string) {
	bit, ok := slices.BinarySearch(t.codes, code)
	if !ok {
		panic("no stop words of " + code) // the embedded files are checked by the tests
	}
	for _, w := range words {
		t.words[fold(w)] |= 1 << bit
	}
}

// fold is the form words are compared in: lower case, with the typographic apostrophe
// written as ASCII, as spaCy compares stop words on the lower-case form. Greek words
// lose their accents and final sigmas too: stopwords-iso's Greek list writes most of its
// words without accents ("ειναι") and some with them, and a capital Σ lowers to σ, never
// to the final ς ("ΤΗΣ").
func fold(word string) string {
	return PlainGreek(strings.ReplaceAll(strings.ToLower(word), "’", "'"))
}

// PlainGreek writes the Greek letters of lower-case text without their accents and
// diaereses, and the final sigma as σ, as capitals lower to: "τησ" for "της" and "ΤΗΣ".
func PlainGreek(text string) string {
	if !strings.ContainsFunc(text, isGreek) {
		return text
	}
	return greekPlain.Replace(text)
}

func isGreek(r rune) bool { return r >= 0x370 && r <= 0x3ff }

var greekPlain = strings.NewReplacer("ά", "α", "έ", "ε", "ή", "η", "ί", "ι", "ό", "ο", "ύ", "υ", "ώ", "ω",
	"ϊ", "ι", "ϋ", "υ", "ΐ", "ι", "ΰ", "υ", "ς", "σ")

// Languages lists the codes that have stop words, sorted.
func Languages() []string {
	return slices.Clone(stops().codes)
}

// IsStop tells whether word is a stop word of the language with ISO 639-1 code lang, in
// any case ("The" as "the"). An unknown language has no stop words.
func IsStop(lang, word string) bool {
	t := stops()
	bit, ok := slices.BinarySearch(t.codes, lang)
	return ok && t.words[fold(word)]&(1<<bit) != 0
}

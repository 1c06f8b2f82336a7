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

// stopTable holds every language's stop words, and for each word the languages that list it.
type stopTable struct {
	codes []string          // ISO 639-1 codes, sorted; a code's index is its bit
	words map[string]uint64 // lower-case word → bit set of the languages that list it
}

var stops = sync.OnceValue(func() *stopTable {
	t, err := parseStopwords(stopwordsJSON)
	if err != nil {
		panic(err) // the embedded file is checked by the tests
	}
	return t
})

// parseStopwords reads stopwords-iso's JSON: an object from language code to word list.
func parseStopwords(data []byte) (*stopTable, error) {
	var lists map[string][]string
	if err := json.Unmarshal(data, &lists); err != nil {
		return nil, fmt.Errorf("stopwords-iso.json: %w", err)
	}
	t := &stopTable{words: map[string]uint64{}}
	for code := range lists {
		t.codes = append(t.codes, code)
	}
	slices.Sort(t.codes)
	if len(t.codes) > 64 {
		return nil, fmt.Errorf("stopwords-iso.json: %d languages, at most 64 fit", len(t.codes))
	}
	for bit, code := range t.codes {
		for _, w := range lists[code] {
			t.words[fold(w)] |= 1 << bit
		}
	}
	return t, nil
}

// fold is the form words are compared in: lower case, with the typographic apostrophe
// written as ASCII, as spaCy compares stop words on the lower-case form.
func fold(word string) string {
	return strings.ReplaceAll(strings.ToLower(word), "’", "'")
}

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

package lang

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

//go:embed data/months.json
var monthsJSON []byte

// monthNames holds the months' names of every language, wide and abbreviated, lower
// case and without an abbreviation's dot.
var monthNames = sync.OnceValue(func() map[string]bool {
	var byLang map[string][]string
	if err := json.Unmarshal(monthsJSON, &byLang); err != nil {
		panic(err)
	}
	names := map[string]bool{}
	for _, list := range byLang {
		for _, name := range list {
			names[monthKey(name)] = true
		}
	}
	return names
})

// monthKey is how a month's name is looked up: lower case, no dot at its end.
func monthKey(word string) string {
	return strings.ToLower(strings.TrimSuffix(word, "."))
}

// IsMonth tells whether word is a month's name or its abbreviation in any language of
// data/months.json (CLDR's), in any case, with or without the abbreviation's dot
// ("März", "okt.", "Feb", "janv").
func IsMonth(word string) bool {
	return monthNames()[monthKey(word)]
}

package lang

import (
	_ "embed"
	"encoding/json"
	"strings"
	"sync"
)

var (
	//go:embed data/months.json
	monthsJSON []byte
	//go:embed data/weekdays.json
	weekdaysJSON []byte
)

// monthNames holds the months' names of every language, wide and abbreviated, lower
// case and without an abbreviation's dot; weekdayNames the days' names alike.
var (
	monthNames   = sync.OnceValue(func() map[string]bool { return nameSet(monthsJSON) })
	weekdayNames = sync.OnceValue(func() map[string]bool { return nameSet(weekdaysJSON) })
)

// nameSet reads an object from a language's code to a list of names, as
// data/months.json has, into the set of their keys (nameKey).
func nameSet(data []byte) map[string]bool {
	var byLang map[string][]string
	if err := json.Unmarshal(data, &byLang); err != nil {
		panic(err)
	}
	names := map[string]bool{}
	for _, list := range byLang {
		for _, name := range list {
			names[nameKey(name)] = true
		}
	}
	return names
}

// nameKey is how a month's or a day's name is looked up: lower case, no dot at its end.
func nameKey(word string) string {
	return strings.ToLower(strings.TrimSuffix(word, "."))
}

// IsMonth tells whether word is a month's name or its abbreviation in any language of
// data/months.json (CLDR's), in any case, with or without the abbreviation's dot
// ("März", "okt.", "Feb", "janv").
func IsMonth(word string) bool {
	return monthNames()[nameKey(word)]
}

// IsWeekday tells whether word is a day of the week's name or its abbreviation in any
// language of data/weekdays.json (CLDR's), as IsMonth does ("Sobota", "Sat", "Mi.").
func IsWeekday(word string) bool {
	return weekdayNames()[nameKey(word)]
}

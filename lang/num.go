package lang

import (
	"embed"
	"path"
	"strings"
	"sync"
)

//go:embed data/numwords/*.txt
var numwordsFS embed.FS

// numWords maps a language code to its number words (cardinals and ordinals), lower case.
var numWords = sync.OnceValue(func() map[string]map[string]bool {
	files, err := numwordsFS.ReadDir("data/numwords")
	if err != nil {
		panic(err)
	}
	all := map[string]map[string]bool{}
	for _, f := range files {
		data, err := numwordsFS.ReadFile(path.Join("data/numwords", f.Name()))
		if err != nil {
			panic(err)
		}
		words := map[string]bool{}
		for _, w := range strings.Fields(string(data)) {
			words[strings.ToLower(w)] = true
		}
		all[strings.TrimSuffix(f.Name(), ".txt")] = words
	}
	return all
})

// IsNumberWord tells whether word spells a number in the language ("twelve", "zwölf",
// "troisième"), in any case.
func IsNumberWord(lang, word string) bool {
	return numWords()[lang][strings.ToLower(word)]
}

// LikeNum is spaCy's LIKE_NUM: the token looks like a number. A leading sign (+ - ± ~)
// is dropped, then commas and dots; it is a number if what is left is digits, a fraction
// of digits ("3/4"), a number word of the language, or, in English, digits with an
// ordinal ending ("21st").
func LikeNum(lang, token string) bool {
	token = trimSign(token)
	token = numberMarks.Replace(token)
	if isDigits(token) {
		return true
	}
	if num, denom, ok := strings.Cut(token, "/"); ok && isDigits(num) && isDigits(denom) {
		return true
	}
	if IsNumberWord(lang, token) {
		return true
	}
	lower := strings.ToLower(token)
	if lang == "en" && len(lower) > 2 {
		switch lower[len(lower)-2:] {
		case "st", "nd", "rd", "th":
			return isDigits(lower[:len(lower)-2])
		}
	}
	return false
}

// numberMarks are dropped from a token before it is read as digits.
var numberMarks = strings.NewReplacer(",", "", ".", "")

// trimSign drops one leading sign character, as spaCy's like_num does.
func trimSign(s string) string {
	for _, sign := range []string{"+", "-", "±", "~"} {
		if strings.HasPrefix(s, sign) {
			return s[len(sign):]
		}
	}
	return s
}

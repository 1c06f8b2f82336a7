package shard

import (
	"encoding/json"
	"strings"
	"unicode"

	"spantag/annotations"
)

// FileName is the name of annotator's shard of dataset:
// "<dataset>-<annotator>.jsonl", every character that is not a letter, a
// digit, "-", "_" or "." made "_", so that it is a safe file name anywhere.
func FileName(dataset, annotator string) string {
	safe := func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || strings.ContainsRune("-_.", r) {
			return r
		}
		return '_'
	}
	return strings.Map(safe, dataset+"-"+annotator) + ".jsonl"
}

// Whose says whose shard docs are: the "_annotator_id" and "_session_id"
// that every one of them carries (as strings), or ok false when some do not
// carry the same ones, or there are none.
func Whose(docs []*annotations.Document) (annotator, session string, ok bool) {
	for i, d := range docs {
		a, s := key(d, "_annotator_id"), key(d, "_session_id")
		if a == "" || i > 0 && (a != annotator || s != session) {
			return "", "", false
		}
		annotator, session = a, s
	}
	return annotator, session, len(docs) > 0
}

// key is the string value of d's key, or "".
func key(d *annotations.Document, name string) string {
	for _, f := range d.Extra {
		if f.Key == name {
			var s string
			json.Unmarshal(f.Value, &s) // not a string: ""
			return s
		}
	}
	return ""
}

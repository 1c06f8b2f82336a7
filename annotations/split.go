package annotations

import "fmt"

// Parts are the names of a split export's parts, its files' middle names.
var Parts = []string{"train", "dev", "test"}

// Split divides an export's documents into train, dev and test parts by
// the hash of their text, so that every file of the same documents, in any
// format and in any order, puts each document in the same part: its bucket
// is _input_hash modulo 100 (as Python's % gives it, 0 to 99); buckets
// below Test are test, the next Dev are dev, the rest train.
type Split struct {
	Dev, Test int // percent of the documents, roughly
}

// On reports whether s splits at all.
func (s Split) On() bool { return s.Dev > 0 || s.Test > 0 }

func (s Split) check() error {
	if s.Dev < 0 || s.Test < 0 || s.Dev+s.Test > 100 {
		return fmt.Errorf("a split of %d%% dev and %d%% test", s.Dev, s.Test)
	}
	return nil
}

// PartOf returns the part d goes to: "train", "dev" or "test", or "" when
// s does not split.
func (s Split) PartOf(d *Document) string {
	if !s.On() {
		return ""
	}
	bucket := int(d.InputHash()) % 100
	if bucket < 0 {
		bucket += 100
	}
	switch {
	case bucket < s.Test:
		return "test"
	case bucket < s.Test+s.Dev:
		return "dev"
	}
	return "train"
}

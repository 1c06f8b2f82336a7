package annotations

import "slices"

// ReviewKey is what a key press asks of a reviewed document's versions.
type ReviewKey int

const (
	ReviewNone            ReviewKey = iota
	ReviewNextVersion               // v: choose the next version
	ReviewPreviousVersion           // Shift+V: choose the previous one
	ReviewTakeVersion               // t: take the chosen version as the document's spans
)

// reviewKeys are the review's keys, by the character typed, none of them
// a label's key nor a suggestion's.
var reviewKeys = map[string]ReviewKey{"v": ReviewNextVersion, "V": ReviewPreviousVersion, "t": ReviewTakeVersion}

// ReviewCommand decodes k as a review key, or ReviewNone: with Ctrl or
// Alt held, or when a label has the key, it is not one.
func (ls LabelSet) ReviewCommand(k Key) ReviewKey {
	if k.Ctrl || k.Alt {
		return ReviewNone
	}
	if _, isLabel := ls.ByKey(k.Key); isLabel {
		return ReviewNone
	}
	return reviewKeys[k.Key]
}

// HasVersions reports whether d is a reviewed document, with a "versions" key.
func (d *Document) HasVersions() bool {
	return slices.ContainsFunc(d.Extra, func(f Field) bool { return f.Key == "versions" })
}

package learn

import (
	"slices"

	"spantag/annotations"
)

// SuggestLines is what Suggest gives for the lines from..to-1 of d (0-based,
// as d.Lines()), so that a long document can be done a part at a time (the
// lines on screen first, the rest in slices): the same suggestions, because
// tokens, sentences, entities and claims never cross a line break. Lines
// out of range are left out.
func (m *Model) SuggestLines(d *annotations.Document, from, to int) []Suggestion {
	lines := d.Lines()
	from, to = max(from, 0), min(to, len(lines))
	if from >= to {
		return nil
	}
	start, end := lines[from].Start, lines[to-1].Next
	part, err := annotations.NewDocument(d.Text[start:end])
	if err != nil {
		return nil // a document's lines are UTF-8 as it is
	}
	out := slices.Clone(m.Suggest(part))
	for i := range out {
		out[i].Start += start
		out[i].End += start
	}
	return out
}

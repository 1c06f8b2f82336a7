package curve

import (
	"math"
	"strings"
	"unicode"

	"spantag/annotations"
)

// lineEvidence is the evidence the line classifier gets here, and the
// documents' lines seen so far (to tell which repeat).
type lineEvidence struct {
	seen map[string]int // a line's text to how many documents held it
	docs int
}

func newLineEvidence() *lineEvidence { return &lineEvidence{seen: map[string]int{}} }

// line is one line of a document that holds text.
type line struct {
	annotations.Range
	text  string
	index int // in d.Lines()
}

func textLines(d *annotations.Document) []line {
	var out []line
	for i, l := range d.Lines() {
		text := strings.TrimSpace(d.Text[l.Start:l.End])
		if text == "" {
			continue
		}
		start := l.Start + strings.Index(d.Text[l.Start:l.End], text)
		out = append(out, line{annotations.Range{Start: start, End: start + len(text)}, text, i})
	}
	return out
}

// of is the evidence for one line: the heuristic's score (package boiler's
// decision), the share of earlier documents that held it, its length in
// words, whether it ends as a sentence does, whether it holds a digit, and
// its first words.
func (e *lineEvidence) of(text string, heuristic float64) map[string]float64 {
	words := strings.Fields(strings.ToLower(text))
	ev := map[string]float64{
		"heuristic": heuristic,
		"repeats":   float64(e.seen[text]) / float64(max(e.docs, 1)),
		"words":     math.Min(float64(len(words))/20, 1),
	}
	if strings.ContainsAny(text[len(text)-1:], ".!?\"") {
		ev["sentence"] = 1
	}
	if strings.IndexFunc(text, unicode.IsDigit) >= 0 {
		ev["digits"] = 1
	}
	for _, w := range words[:min(len(words), 4)] {
		ev["word "+w] = 1
	}
	return ev
}

// add counts the lines of one more document.
func (e *lineEvidence) add(lines []line) {
	distinct := map[string]bool{}
	for _, l := range lines {
		distinct[l.text] = true
	}
	for t := range distinct {
		e.seen[t]++
	}
	e.docs++
}

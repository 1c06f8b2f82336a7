package boiler

import (
	"math"
	"strings"
)

// Evidence is what Decide rests its decision on for each line, as named
// values of about unit scale, for a classifier that learns from the
// annotator which of them tell boilerplate in a dataset (package learn's
// LineClassifier): the heuristic's score and class, how widely the line
// repeats, its length, stop words, its reason (numbers left out, so that
// "says "by" (en wording)" can learn a weight of its own), closing mark, capitals, links and page
// region. An empty line's evidence is nil.
func (c *Corpus) Evidence(p Page, threshold float64) ([]Decision, []map[string]float64) {
	decisions, lines, ev := c.decide(p, threshold)
	out := make([]map[string]float64, len(lines))
	for i, l := range lines {
		if !l.empty {
			out[i] = l.evidence(ev)
		}
	}
	return decisions, out
}

// classNames name the heuristic's classes as evidence.
var classNames = [...]string{bad: "class bad", short: "class short", nearGood: "class near prose", good: "class prose"}

func (l *line) evidence(ev evidence) map[string]float64 {
	e := map[string]float64{
		"heuristic":         l.score,
		classNames[l.class]: 1,
		"words":             math.Min(float64(l.f.words)/20, 1),
		"capitals":          l.f.capitals,
		"stops":             math.Max(l.f.stops, 0),
		"closes":            flag(l.f.closes),
		"strong":            flag(l.strong),
		"furniture":         flag(l.f.furniture),
		"in this document":  flag(ev.inDoc[docKey(*l)] > 1),
	}
	e["reason "+maskDigits(l.reason)] = 1
	if l.f.linkShare >= 0 {
		e["links"] = l.f.linkShare
	}
	if ev.docs > 1 && hasLetter(l.norm) {
		e["repeats"] = float64(ev.others(repeatKey(l.text, l.norm))) / float64(ev.docs-1)
	}
	return e
}

func flag(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// maskDigits is s with each run of digits (and the points and commas in
// it) one "#": a reason of the same rule whatever its figures.
func maskDigits(s string) string {
	var b strings.Builder
	inNumber := false
	for _, r := range s {
		digit := '0' <= r && r <= '9'
		switch {
		case digit && !inNumber:
			b.WriteByte('#')
		case inNumber && (digit || r == '.' || r == ','):
		default:
			b.WriteRune(r)
		}
		inNumber = digit || inNumber && (r == '.' || r == ',')
	}
	return b.String()
}

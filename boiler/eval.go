package boiler

import (
	"fmt"
	"strings"
)

// Label is a hand label of one line of a labelled document.
type Label int8

const (
	Unscored Label = iota // an empty line
	Body
	Boiler
)

// ParseLabelled reads a labelled document (see testdata/README.md): each non-empty line
// starts with "- " (boilerplate) or "+ " (body). It returns the document's text and a
// label per line.
func ParseLabelled(data string) (text string, labels []Label, err error) {
	lines := strings.Split(strings.TrimSuffix(data, "\n"), "\n")
	texts := make([]string, len(lines))
	labels = make([]Label, len(lines))
	for i, l := range lines {
		switch {
		case strings.TrimSpace(l) == "":
			labels[i] = Unscored
		case strings.HasPrefix(l, "- "):
			labels[i], texts[i] = Boiler, l[2:]
		case strings.HasPrefix(l, "+ "):
			labels[i], texts[i] = Body, l[2:]
		default:
			return "", nil, fmt.Errorf("line %d: starts with neither \"- \" nor \"+ \": %q", i+1, l)
		}
	}
	return strings.Join(texts, "\n") + "\n", append(labels, Unscored), nil
}

// Counts are line-level counts of boilerplate decisions against labels; boilerplate is
// the positive class.
type Counts struct{ TP, FP, FN, TN int }

// Add counts the decisions of one document against its labels.
func (c *Counts) Add(decisions []Decision, labels []Label) {
	for i, d := range decisions {
		if i >= len(labels) || labels[i] == Unscored {
			continue
		}
		switch want := labels[i] == Boiler; {
		case d.Boilerplate && want:
			c.TP++
		case d.Boilerplate:
			c.FP++
		case want:
			c.FN++
		default:
			c.TN++
		}
	}
}

// Precision, Recall and F1 of the boilerplate class; 0 when undefined.
func (c Counts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }
func (c Counts) Recall() float64    { return ratio(c.TP, c.TP+c.FN) }
func (c Counts) F1() float64        { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

package boiler

import (
	"fmt"
	"spantag/annotations"
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
// the positive class, whose precision, recall and F1 the embedded counts give.
type Counts struct {
	annotations.ModelCounts
	TN int
}

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

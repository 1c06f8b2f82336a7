package curve

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"spantag/annotations"
	"spantag/learn"
)

// ReadMarked reads one page of a marked queue (../testdata/README.md): each
// non-empty line starts with "- " (a boilerplate line, one span over it) or
// "+ " (body), and body lines mark entities as [[...]] and claims as
// {{...}}, which may nest. The page is accepted: its spans are confirmed.
func ReadMarked(page string, labels learn.Labels) (*annotations.Document, error) {
	var text strings.Builder
	var spans []annotations.Span
	for i, l := range strings.Split(strings.TrimSuffix(page, "\n"), "\n") {
		var err error
		switch {
		case !utf8.ValidString(l):
			err = fmt.Errorf("not UTF-8")
		case strings.TrimSpace(l) == "":
		case strings.HasPrefix(l, "- "):
			if hasMark(l) {
				err = fmt.Errorf("a boilerplate line holds a mark")
			}
			spans = append(spans, annotations.Span{Start: text.Len(), End: text.Len() + len(l) - 2, Label: labels.Boilerplate})
			text.WriteString(l[2:])
		case strings.HasPrefix(l, "+ "):
			spans, err = unmark(l[2:], &text, spans, labels)
		default:
			err = fmt.Errorf("starts with neither \"- \" nor \"+ \": %q", l)
		}
		if err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		text.WriteByte('\n')
	}
	d, err := annotations.NewDocument(text.String())
	if err != nil {
		return nil, err
	}
	slices.SortFunc(spans, func(a, b annotations.Span) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Label, b.Label))
	})
	d.Spans, d.Answer = spans, annotations.Accept
	return d, nil
}

func hasMark(l string) bool {
	return strings.Contains(l, "[[") || strings.Contains(l, "]]") || strings.Contains(l, "{{") || strings.Contains(l, "}}")
}

// unmark writes line without its marks to text and adds a span per mark.
func unmark(line string, text *strings.Builder, spans []annotations.Span, labels learn.Labels) ([]annotations.Span, error) {
	type open struct {
		mark  string
		start int
	}
	var stack []open
	closing := map[string]string{"]]": "[[", "}}": "{{"}
	for len(line) > 0 {
		mark := line[:min(2, len(line))]
		switch mark {
		case "[[", "{{":
			stack = append(stack, open{mark, text.Len()})
		case "]]", "}}":
			if len(stack) == 0 {
				return nil, fmt.Errorf("%s without %s", mark, closing[mark])
			}
			top := stack[len(stack)-1]
			if top.mark != closing[mark] {
				return nil, fmt.Errorf("%s closes %s", mark, top.mark)
			}
			if top.start == text.Len() {
				return nil, fmt.Errorf("an empty mark %s%s", top.mark, mark)
			}
			label := labels.Claim
			if top.mark == "[[" {
				label = labels.Entities[0]
			}
			spans = append(spans, annotations.Span{Start: top.start, End: text.Len(), Label: label})
			stack = stack[:len(stack)-1]
		default:
			text.WriteByte(line[0])
			line = line[1:]
			continue
		}
		line = line[2:]
	}
	if len(stack) > 0 {
		return nil, fmt.Errorf("%s not closed", stack[len(stack)-1].mark)
	}
	return spans, nil
}

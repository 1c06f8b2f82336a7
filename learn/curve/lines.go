package curve

import (
	"strings"

	"spantag/annotations"
	"spantag/boiler"
)

// lineRange is the text of the line of dec, white space at its ends aside.
func lineRange(text string, dec boiler.Decision) annotations.Range {
	line := text[dec.Start:dec.End]
	start := dec.Start + len(line) - len(strings.TrimLeft(line, " \t\r"))
	return annotations.Range{Start: start, End: dec.Start + len(strings.TrimRight(line, " \t\r"))}
}

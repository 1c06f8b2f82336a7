package render

import (
	"fmt"
	"html"
	"strings"

	"spantag/annotations"
)

// Versions is the HTML of a reviewed document's versions, as the side
// panel lists them (Prodigy's review shows them so): who made each, its
// answer and spans, and a button to take it, named with who made it for a
// screen reader that reads the buttons alone; the chosen one (the one the
// take key takes) is marked aria-current. d is the reviewed document.
func Versions(d *annotations.Document, vs []annotations.ReviewVersion, chosen int) string {
	var b strings.Builder
	b.WriteString(`<ol class="versions">`)
	for i, v := range vs {
		current := ""
		if i == chosen {
			current = ` class="chosen" aria-current="true"`
		}
		fmt.Fprintf(&b, `<li data-version="%d"%s><span class="who">%s</span>: %s, %s`, i, current,
			html.EscapeString(strings.Join(v.Sessions, ", ")), answerWord(v.Answer), spanCount(len(v.Spans)))
		for k, s := range v.Spans {
			sep := ", "
			if k == 0 {
				sep = ": "
			}
			fmt.Fprintf(&b, `%s<span class="version-span">%s %s</span>`, sep, html.EscapeString(s.Label), html.EscapeString(Quote(d, s)))
		}
		fmt.Fprintf(&b, ` <button type="button" data-version="%d" aria-keyshortcuts="t">Take version %d<span class="%s">, by %s</span></button></li>`,
			i, i+1, ClassHidden, html.EscapeString(strings.Join(v.Sessions, ", ")))
	}
	b.WriteString(`</ol>`)
	return b.String()
}

func answerWord(a annotations.Answer) string {
	if a == annotations.Unanswered {
		return "no answer"
	}
	return string(a)
}

// VersionChosen says which version the take key takes now.
func VersionChosen(i int, v annotations.ReviewVersion) string {
	return fmt.Sprintf("Version %d, by %s (%s): press t to take it.", i+1, strings.Join(v.Sessions, ", "), spanCount(len(v.Spans)))
}

// VersionTaken says that version i is now the document's spans.
func VersionTaken(i int, v annotations.ReviewVersion) string {
	return fmt.Sprintf("Took version %d, by %s: %s.", i+1, strings.Join(v.Sessions, ", "), spanCount(len(v.Spans)))
}

func spanCount(n int) string {
	if n == 1 {
		return "1 span"
	}
	return fmt.Sprintf("%d spans", n)
}

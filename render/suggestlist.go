package render

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"spantag/annotations"
)

// The side panel lists the open suggestions apart from the spans, each
// with its reasons, and offers to decide on them. Every control that
// decides on suggestions names them, so that none is ever taken for the
// document's answers (Accept, Reject, Ignore).

// MaxListedSuggestions is how many suggestions the panel lists: those
// around the selected one; the others are counted, and reached with Next
// suggestion. The list is drawn anew after every decision, and every
// entry drawn is laid out in the next frame, scrolled into view or not
// (content-visibility skips it only from the frame after): 30 entries of
// 50 made a frame of 20–40 ms of CPU, so the list stays short.
const MaxListedSuggestions = 12

// SuggestionListHTML renders open suggestions of d in text order, at most
// MaxListedSuggestions of them from a few before the selected one, each a
// button carrying its label and offsets (data-suggested marks it as a
// suggestion), with its text and its reasons; selected is marked. Lines
// count those before and after the window.
func SuggestionListHTML(d *annotations.Document, selected annotations.Span) string {
	var b strings.Builder
	from, to := listWindow(d, selected)
	if from > 0 {
		fmt.Fprintf(&b, `<li class="%s">%d before</li>`, ClassMore, from)
	}
	for i, g := range d.Suggestions[from:to] {
		b.WriteString(`<li><button type="button" ` + AttrSuggested)
		if g.Span == selected {
			b.WriteString(` class="` + ClassSelected + `" aria-pressed="true"`)
		}
		b.WriteString(` ` + AttrLabel + `="`)
		escapeText(&b, g.Label)
		b.WriteString(`" ` + AttrStart + `="` + strconv.Itoa(g.Start) + `" ` + AttrEnd + `="` + strconv.Itoa(g.End) + `">`)
		b.WriteString(`<span class="` + ClassTag + `">`)
		escapeText(&b, g.Label)
		b.WriteString(`</span><span class="` + ClassText + `">`)
		escapeText(&b, Excerpt(d, g.Span, 80))
		b.WriteString(`</span>`)
		writeWhere(&b, d, func(j int) annotations.Span { return d.Suggestions[j].Span }, from+i)
		b.WriteString(`<span class="` + ClassWhy + `">`)
		escapeText(&b, Reasons(g))
		b.WriteString("</span></button></li>")
	}
	if to < len(d.Suggestions) {
		fmt.Fprintf(&b, `<li class="%s">and %d more</li>`, ClassMore, len(d.Suggestions)-to)
	}
	return b.String()
}

// listWindow is the range of d's suggestions the panel lists: from a few
// before the selected one (from the first when none is selected).
func listWindow(d *annotations.Document, selected annotations.Span) (from, to int) {
	n := len(d.Suggestions)
	if n <= MaxListedSuggestions {
		return 0, n
	}
	at := slices.IndexFunc(d.Suggestions, func(g annotations.Suggestion) bool { return g.Span == selected })
	from = min(max(at-listedBefore, 0), n-MaxListedSuggestions)
	return from, from + MaxListedSuggestions
}

// listedBefore is how many suggestions the panel lists before the selected one.
const listedBefore = 3

// Reasons is why g is suggested, every reason in words: "pattern line 3;
// repeats in 37 of 40 documents".
func Reasons(g annotations.Suggestion) string {
	texts := make([]string, len(g.Reasons))
	for i, r := range g.Reasons {
		texts[i] = r.Text
	}
	return strings.Join(texts, "; ")
}

// SuggestionCounts says how many suggestions d has open, by label.
func SuggestionCounts(d *annotations.Document, labels annotations.LabelSet) string {
	if d == nil || len(d.Suggestions) == 0 {
		return "No suggestions open."
	}
	var parts []string
	for _, l := range labels {
		if n := countLabel(d, l.Name); n > 0 {
			parts = append(parts, fmt.Sprintf("%s %d", l.Name, n))
		}
	}
	return fmt.Sprintf("%d suggestion(s) open: %s", len(d.Suggestions), strings.Join(parts, " · "))
}

// PanelCounts is what the suggestions panel says of document d: its
// counts (SuggestionCounts), and whether its sources are still computing,
// so that "No suggestions open." is never said before they are done; and,
// when the boilerplate lines' source is off for a text of pageLines lines or
// more (a scraped page opened alone, QA pass 18), where to turn it on.
func PanelCounts(d *annotations.Document, labels annotations.LabelSet, computing, boilerplateOff bool) string {
	var said string
	switch {
	case !computing:
		said = SuggestionCounts(d, labels)
	case d == nil || len(d.Suggestions) == 0:
		said = "Computing suggestions…"
	default:
		said = SuggestionCounts(d, labels) + " · computing more…"
	}
	if boilerplateOff && d != nil && hasLines(d.Text, pageLines) {
		said += " Boilerplate lines are off: tick them under Sources for a scraped page."
	}
	return said
}

// pageLines is the fewest lines of a text that may be a scraped page.
const pageLines = 20

// hasLines tells whether text has at least n lines, reading no further than the
// n-th line's start: the panel is drawn after every change, and counting the
// lines of a text of megabytes took it 18 ms.
func hasLines(text string, n int) bool {
	for ; n > 1; n-- {
		at := strings.IndexByte(text, '\n')
		if at < 0 {
			return false
		}
		text = text[at+1:]
	}
	return true
}

func countLabel(d *annotations.Document, label string) int {
	n := 0
	for _, g := range d.Suggestions {
		if g.Label == label {
			n++
		}
	}
	return n
}

// AcceptLabelButtonsHTML renders, for each label, a button that accepts all
// of d's open suggestions of it ("Accept all ENTITY suggestions"), disabled
// when it has none: the buttons stay, so that the controls below them stay
// put under the pointer as suggestions come and go.
func AcceptLabelButtonsHTML(d *annotations.Document, labels annotations.LabelSet) string {
	var b strings.Builder
	for _, l := range labels {
		b.WriteString(`<button type="button" ` + AttrLabel + `="`)
		escapeText(&b, l.Name)
		b.WriteString(`"`)
		if d == nil || countLabel(d, l.Name) == 0 {
			b.WriteString(` disabled`)
		}
		b.WriteString(`>Accept all `)
		escapeText(&b, l.Name)
		b.WriteString(` suggestions</button>`)
	}
	return b.String()
}

// SuggestionName names suggestion s for the controls that decide on it:
// `ENTITY “Kyiv”`.
func SuggestionName(d *annotations.Document, s annotations.Span) string {
	return s.Label + " " + Quote(d, s)
}

// DecideButtonHTML is the content of the button that accepts or rejects
// (verb) the suggestion s, or no suggestion when s is nil: its words, then
// the suggestion's name apart, which a phone's floating button leaves out of
// sight (the name stays the button's).
func DecideButtonHTML(verb string, d *annotations.Document, s *annotations.Span) string {
	var b strings.Builder
	b.WriteString("<span>")
	escapeText(&b, verb+" suggestion")
	b.WriteString("</span>")
	if s != nil {
		b.WriteString(`<span class="named"> `)
		escapeText(&b, SuggestionName(d, *s))
		b.WriteString("</span>")
	}
	return b.String()
}

// SuggestionSelected says which suggestion is selected, why, and the keys
// that decide on it; on a touch screen, which has no keys, the buttons.
func SuggestionSelected(d *annotations.Document, g annotations.Suggestion, touch bool) string {
	if touch {
		return fmt.Sprintf("Suggestion %s (%s): Accept, Reject or Next suggestion below.", SuggestionName(d, g.Span), Reasons(g))
	}
	return fmt.Sprintf("Suggestion %s (%s): press A or Accept suggestion to accept it, X or Reject suggestion to reject it, N or Next suggestion for the next one.",
		SuggestionName(d, g.Span), Reasons(g))
}

// SpanSelected says which span is selected and what can be done with it:
// by keys, or, on a touch screen, by the buttons.
func SpanSelected(d *annotations.Document, s annotations.Span, touch bool) string {
	if touch {
		return fmt.Sprintf("Selected %s %s: Delete span below removes it, a label relabels it.", s.Label, Quote(d, s))
	}
	return fmt.Sprintf("Selected %s %s: press Delete (or Delete span) to remove it, or a label (its key or its button) to relabel it.", s.Label, Quote(d, s))
}

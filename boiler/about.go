package boiler

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// An organisation's own description where the text ends: a press release's "About …"
// box, its name as the heading ("Über Brandauer Antriebstechnik", "Om Fjärdsoft",
// "Edizioni Ponte Vecchio") over a paragraph that names it again in its first words.
const (
	// maxAboutHeadingWords is the most words of the box's heading.
	maxAboutHeadingWords = 6
	// aboutNameWords is how many of the paragraph's first words must name the organisation.
	aboutNameWords = 12
)

// markAboutBoxes makes boilerplate of such a box: a short heading alone or atop its
// block, not prose, over one paragraph of prose that names again every capitalised word
// of the heading but its first, with no prose of the text below it.
func markAboutBoxes(lines []line) {
	last := -1 // the text's last line of prose
	for i, l := range lines {
		if textProse(l) {
			last = i
		}
	}
	for i := range lines {
		h := lines[i]
		if h.empty || h.strong || h.f.prose() || h.f.words > maxAboutHeadingWords || i > 0 && !lines[i-1].empty {
			continue
		}
		p := nextLine(lines, i, anyLine)
		if p < 0 || lines[p].strong || !lines[p].f.prose() || last > p || !repeatsName(h.text, lines[p].text) {
			continue
		}
		for _, k := range []int{i, p} {
			lines[k].decideStrong(scoreFurniture, "an organisation's description under its name, where the text ends: "+lines[k].reason)
		}
	}
}

// maxJoinLetters is the most letters of a word in lower case within a name ("Über die
// Nordwind Energie AG", "Sobre el Hospital San Rafael").
const maxJoinLetters = 3

// repeatsName tells whether the first aboutNameWords words of text hold every
// capitalised word of heading but its first ("About", "Über", or the name's first
// word), one at least, and the heading is a name: no other word in lower case than
// short ones, no sentence's end.
func repeatsName(heading, text string) bool {
	words := strings.Fields(heading)
	if len(words) < 2 {
		return false
	}
	first := strings.Fields(text)
	first = first[:min(len(first), aboutNameWords)]
	for i := range first {
		first[i] = strings.Trim(first[i], ",.;:()«»\"'")
	}
	named := 0
	for _, w := range words[1:] {
		switch {
		case startsUpper(w) && !slices.Contains(first, w):
			return false
		case startsUpper(w):
			named++
		case utf8.RuneCountInString(w) > maxJoinLetters:
			return false // a headline's word ("Parkhaus am Bahnhof wird günstiger"), not a name's
		}
	}
	return named > 0 && !strings.ContainsAny(heading[len(heading)-1:], ".?!:")
}

package boiler

import (
	"strings"
	"unicode"
)

// A menu or breadcrumb scraped into one line keeps its separators: "Home | News |
// Sport", "Startseite > Politik > Land". Items are at most menuItemWords words, with no
// digits (a rating or a table row has figures); a line needs minMenuItems of them, or
// two with a breadcrumb's arrow, which prose does not use, the last of which, the
// page's own title, may be of any length.
const (
	minMenuItems  = 3
	menuItemWords = 4
)

var (
	menuSeparators = []string{" | ", " · ", " • ", " / ", " > ", " › ", " » "}
	arrows         = []string{" › ", " » "}
)

// menuItems is the number of items of a line that is a menu or breadcrumb, else 0.
func menuItems(line string) int {
	items := splitItems(line)
	least := minMenuItems
	if containsAny(line, arrows) {
		least = 2
	}
	if len(items) < least {
		return 0
	}
	for i, item := range items {
		n := len(strings.Fields(item))
		if i == len(items)-1 && least == 2 && n > 0 && !strings.Contains(line, "«") {
			continue // a breadcrumb's last item, the page's own title, may be long (» closes a French quote)
		}
		if n == 0 || n > menuItemWords || strings.ContainsFunc(item, unicode.IsDigit) {
			return 0
		}
	}
	return len(items)
}

// splitItems cuts a line at every separator of menuSeparators.
func splitItems(line string) []string {
	items := []string{line}
	for _, sep := range menuSeparators {
		var next []string
		for _, item := range items {
			next = append(next, strings.Split(item, sep)...)
		}
		items = next
	}
	return items
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// markTables marks the lines split like a line next to them: a table's rows
// ("Candidate | List | Votes"), not a menu, nor a dateline for a year among the cells.
func markTables(lines []line) {
	cells := func(i int) int { return strings.Count(lines[i].text, " | ") }
	for i := range lines {
		if cells(i) == 0 {
			continue
		}
		prev, next := i-1, i+1
		if prev >= 0 && cells(prev) == cells(i) || next < len(lines) && cells(next) == cells(i) {
			lines[i].cells, lines[i].menu = true, 0
		}
	}
}

package boiler

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A menu or breadcrumb scraped into one line keeps its separators: "Home | News |
// Sport", "Startseite > Politik > Land". Items are at most menuItemWords words, with no
// digits (a rating or a table row has figures) but a count at an item's end ("Basket
// (0)"); a line needs minMenuItems of them, or two with a breadcrumb's arrow, which
// prose does not use, the last of which, the page's own title, may be of any length.
const (
	minMenuItems  = 3
	menuItemWords = 4
)

var (
	spacedItems    = regexp.MustCompile(` {2,}`)
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
	spaced := false
	if len(items) < least {
		// a crawl may join a menu's links with spaces only, two or more between them
		// (most lines have no such gap: no regexp for them, as this runs on every line)
		if !strings.Contains(line, "  ") {
			return 0
		}
		if items, least, spaced = spacedItems.Split(strings.TrimSpace(line), -1), minMenuItems, true; len(items) < least {
			return 0
		}
	}
	for i, item := range items {
		n := len(strings.Fields(item))
		if i == len(items)-1 && least == 2 && n > 0 && !strings.Contains(line, "«") {
			continue // a breadcrumb's last item, the page's own title, may be long (» closes a French quote)
		}
		if !plainItem(item) || spaced && closesSentence(item) {
			return 0
		}
	}
	return len(items)
}

// plainItem tells whether item may be a menu's: one to menuItemWords words, no figures
// but a count at its end.
func plainItem(item string) bool {
	n := len(strings.Fields(item))
	return n > 0 && n <= menuItemWords && !strings.ContainsFunc(countless(item), unicode.IsDigit)
}

// itemCount is a count in brackets at a menu item's end ("Basket (0)", "カート（0）").
var itemCount = regexp.MustCompile(`\s?[(（]\d{1,3}[)）]$`)

// countless is a menu item without the count at its end.
func countless(item string) string {
	item = strings.TrimSpace(item)
	if !strings.HasSuffix(item, ")") && !strings.HasSuffix(item, "）") {
		return item // most items: no count to look for
	}
	return itemCount.ReplaceAllString(item, "")
}

// A menu scraped without its separators keeps its items in a row ("Accueil La carte
// Vins Privatisation Contact"): a line of minSpacedMenuWords to maxSpacedMenuWords
// words, letters only, its first word capitalised, holding minSpacedButtons buttons
// the wording lists give as whole lines, each capitalised as written ("Accueil",
// "Contact us"), and few stop words (maxSpacedMenuStops; the caller knows them). A
// sentence or a headline holds one such button at most, or writes them in lower case
// ("Army divers join search"); a headline in title case holds stop words. A word of
// one or two Latin letters counts as none: the lists hold "A-" and "PR" as buttons.
const (
	minSpacedMenuWords = 4
	maxSpacedMenuWords = 12
	minSpacedButtons   = 2
	minButtonBytes     = 3
	maxSpacedMenuStops = 1.0 / 3
)

// spacedMenuWords is the number of words of a line that is such a menu, else 0.
func spacedMenuWords(text string) int {
	words := strings.Fields(text)
	if len(words) < minSpacedMenuWords || len(words) > maxSpacedMenuWords || strings.ContainsFunc(text, notInMenuWord) || !capitalised(words[0]) {
		return 0
	}
	buttons := 0
	for i := 0; i < len(words); i++ {
		switch {
		case !capitalised(words[i]):
		case i+1 < len(words) && wholeLineButton(normalise(words[i]+" "+words[i+1])):
			buttons++
			i++
		case len(words[i]) >= minButtonBytes && wholeLineButton(normalise(words[i])):
			buttons++
		}
	}
	if buttons < minSpacedButtons {
		return 0
	}
	return len(words)
}

// capitalised tells whether a word's first letter is not a lower-case one: a capital,
// or a letter of a script without case.
func capitalised(word string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	return !unicode.IsLower(r)
}

// notInMenuWord tells whether r is none of a menu item's letters, marks, hyphen or
// apostrophe, nor a space between them.
func notInMenuWord(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsMark(r) && !strings.ContainsRune(" -'", r)
}

// menuReason is why a line with menu items is a menu.
func menuReason(l *line) string {
	if menuItems(l.text) == 0 {
		return fmt.Sprintf("a menu without separators: %d words, the wording lists' buttons among them", l.menu)
	}
	return fmt.Sprintf("a menu or breadcrumb: %d items between separators", l.menu)
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
// ("Candidate | List | Votes", or cells between tabs), not a menu, nor a dateline for a
// year among the cells.
func markTables(lines []line) {
	cells := func(i int) int {
		return strings.Count(lines[i].text, " | ") + strings.Count(strings.TrimSpace(lines[i].text), "\t")
	}
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

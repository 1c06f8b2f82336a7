package boiler

import (
	"strings"
	"unicode/utf8"
)

// A restaurant's menu lists its dishes under the menu's headings, each with a dash to
// its price ("Ham croquettes (8 pieces) — 11,00 €"); a shop lists other items, or an
// item's sizes, the same way under one heading of its own (a variant's chooser, "Goes
// well with"). minMenuSections is the fewest headings, each over a dish, that make a
// menu; minMenuDishes the fewest dishes; maxDashedPriceWords the most words after the
// dash: the price, its currency, its unit ("58,00 €/kg").
const (
	minMenuSections     = 2
	minMenuDishes       = 4
	maxDashedPriceWords = 3
)

// keepMenus makes body text of a menu's headings and dishes: a run of short headings
// and priced dishes (dashedPrice), at least minMenuSections headings right over a dish
// and minMenuDishes dishes, that nothing decides by itself; and, in a page with such a
// menu, of any other run with a heading over a dish (a course cut off from the rest by
// a photo's caption or a call to order).
func keepMenus(lines []line) {
	type menuPart struct {
		run      []int
		sections int
	}
	var parts []menuPart
	menu := false
	for i := nextLine(lines, -1, anyLine); i >= 0; {
		run, sections, dishes := menuRun(lines, i)
		parts = append(parts, menuPart{run, sections})
		menu = menu || sections >= minMenuSections && dishes >= minMenuDishes
		i = pastRun(lines, i, run)
	}
	for _, p := range parts {
		if menu && p.sections > 0 {
			for _, j := range p.run {
				lines[j].keepAs("a menu's heading or dish: " + lines[j].reason)
			}
		}
	}
}

// menuRun is the run of dishes and headings from line i on, and how many of them are
// headings right over a dish, and dishes.
func menuRun(lines []line, i int) (run []int, sections, dishes int) {
	for ; i >= 0 && !lines[i].strong; i = nextLine(lines, i, anyLine) {
		switch {
		case dashedPrice(lines[i].text):
			dishes++
		case tableHeading(lines[i]):
			if next := nextLine(lines, i, anyLine); next < 0 || lines[next].strong || !dashedPrice(lines[next].text) {
				return run, sections, dishes
			}
			sections++
		default:
			return run, sections, dishes
		}
		run = append(run, i)
	}
	return run, sections, dishes
}

// dashedPrice tells whether text is a price list's row: a name, a dash, and its price.
func dashedPrice(text string) bool {
	i := strings.LastIndexAny(text, "—–")
	if i <= 0 || text[i-1] != ' ' {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	price := text[i+size:]
	return strings.HasPrefix(price, " ") && len(strings.Fields(price)) <= maxDashedPriceWords && rowPrice.MatchString(price)
}

package boiler

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPageTitleWords is the most words of a page's title under its breadcrumb;
// maxCrumbButtons the most lines between them that a button's wording or every page
// decides.
const (
	maxPageTitleWords = 14
	maxCrumbButtons   = 2
)

// keepBreadcrumbTitle makes body text, in a crawled page, of the page's title under its
// breadcrumb, right under it or past a button or two (crumbs: "Home › Season 2024/25 ›
// Mahler"; the first with a title under it, past the menus above it), above the text's
// prose (pageTitle; a cookie notice's or a warning's prose above the header is not the
// text), and of its subtitle right under it, sharing a word with it.
func keepBreadcrumbTitle(lines []line) {
	if !crawledLead(lines) {
		return
	}
	text := nextLine(lines, 0, func(i int) bool { return lines[i].f.prose() && !lines[i].strong })
	for b := nextLine(lines, 0, anyLine); b >= 0 && (text < 0 || b < text); b = nextLine(lines, b, anyLine) {
		items := crumbs(lines[b].text)
		if items == nil {
			continue
		}
		name := normalise(items[len(items)-1])
		t := nextLine(lines, b, anyLine)
		for k := 0; k < maxCrumbButtons && t >= 0 && t != text && lines[t].strong && (lines[t].worded || lines[t].everywhere) && lines[t].norm != name; k++ {
			t = nextLine(lines, t, anyLine) // a button between ("Buy tickets online")
		}
		if t < 0 || t == text {
			return
		}
		if !pageTitle(lines[t], items[len(items)-1]) {
			continue // a menu over the breadcrumb, or a page of no title
		}
		lines[t].keepAsHeadline("the page's title, right under its breadcrumb, whose last item names it")
		// its subtitle, right under it: "Äppelträd 'Aroma'" over "Malus domestica 'Aroma'"
		if sub := t + 1; sub < len(lines) && sub != text && !lines[sub].empty && pageTitle(lines[sub], lines[t].text) && !lines[sub].repeated {
			lines[sub].keepAs("the page's subtitle, under its title: it shares a word with it")
		}
		return
	}
}

// crumbs is the items of a breadcrumb or a menu on one line: two or more after an
// arrow ("Home › Season 2024/2025 › Mahler"), or minMenuItems or more of at most
// menuItemWords words and no figures, but for the last, the page's own name ("Batohy /
// Turistické batohy / Kamzík Trek 38"); else nil.
func crumbs(text string) []string {
	items := splitItems(text)
	if containsAny(text, arrows) && len(items) >= 2 {
		return items
	}
	if len(items) < minMenuItems {
		return nil
	}
	if !slices.ContainsFunc(items[:len(items)-1], func(item string) bool { return !plainItem(item) }) {
		return items
	}
	return nil
}

// pageTitle tells whether l may be a page's title that names it, as name does (the
// breadcrumb's last item): of at most maxPageTitleWords words, sharing a word with
// name, that nothing but repetition decides by itself (other pages' teasers give it;
// every page, when it is the name itself: a list of all the site's services), no
// byline or date.
func pageTitle(l line, name string) bool {
	return (!l.strong || l.repeated && (!l.everywhere || l.norm == normalise(name))) && l.menu == 0 && !signs(l) && l.f.words <= maxPageTitleWords &&
		!l.f.closes && plainTitle(l.text, name) && sharesWord(l.text, name)
}

// maxFieldNameWords is the most words before the colon of a field under a breadcrumb
// ("Version: 2.4", "Sujet : …"); a title may have more ("Stationnement en
// centre-ville : ce que vous en pensez").
const maxFieldNameWords = 2

// plainTitle tells whether text may be a page's title under a breadcrumb whose last
// item is crumb: it starts with a letter or a digit (not a rating's stars, a search
// box's glass), with no separators (a listing's details, the buttons to the next
// record) and no field's colon, but after the crumb's word and before words ("Japan
// essentials: Tokyo, the Alps and Kyoto" under "… › Japan"; not "Version: 2.4").
func plainTitle(text, crumb string) bool {
	first, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	name, value, field := strings.Cut(text, ":")
	value = strings.TrimSpace(value)
	valueFirst, _ := utf8.DecodeRuneInString(value)
	titled := sharesWord(name, crumb) && unicode.IsLetter(valueFirst)
	field = field && len(strings.Fields(name)) <= maxFieldNameWords && !titled || strings.Contains(text, "：")
	return (unicode.IsLetter(first) || unicode.IsDigit(first)) && !field && !separated(text)
}

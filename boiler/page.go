package boiler

import (
	"slices"

	"spantag/annotations"
)

// PageOf is the page to decide on for a document of the core: its text and, when it
// was imported from HTML, what it keeps under _html_regions (see PageWith). A
// malformed _html_regions is an error naming what is wrong.
func PageOf(d *annotations.Document) (Page, error) {
	regions, err := d.HTMLRegions()
	if err != nil {
		return Page{Text: d.Text}, err
	}
	return PageWith(d.Text, regions), nil
}

// PageWith is the page of text with the regions of its HTML, if it has any: the
// links, the navs, footers and asides, the pictures' captions, the top-level
// headings, the elements whose class or id names site furniture, the list items and
// the table cells.
func PageWith(text string, regions annotations.HTMLRegions) Page {
	if regions == nil {
		return Page{Text: text}
	}
	return Page{Text: text, HTML: true, Links: regions["a"],
		Furniture: union(regions["nav"], regions["footer"], regions["aside"]), Captions: regions["figcaption"],
		H1: regions["h1"], Classed: regions["class"], Items: regions["li"], Cells: regions["td"]}
}

// union merges sorted lists of ranges into one sorted list without overlaps.
func union(lists ...[]Range) []Range {
	var all []Range
	for _, l := range lists {
		all = append(all, l...)
	}
	slices.SortFunc(all, func(a, b Range) int { return a.Start - b.Start })
	var out []Range
	for _, r := range all {
		if n := len(out); n > 0 && r.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, r.End)
			continue
		}
		out = append(out, r)
	}
	return out
}

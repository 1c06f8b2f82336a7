package boiler

import (
	"slices"

	"spantag/annotations"
)

// PageOf is the page to decide on for a document of the core: its text and, when it
// was imported from HTML, the links and the navs, footers and asides it keeps under
// _html_regions. A malformed _html_regions is an error naming what is wrong.
func PageOf(d *annotations.Document) (Page, error) {
	regions, err := d.HTMLRegions()
	if err != nil || regions == nil {
		return Page{Text: d.Text}, err
	}
	return Page{Text: d.Text, HTML: true, Links: regions["a"],
		Furniture: union(regions["nav"], regions["footer"], regions["aside"])}, nil
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

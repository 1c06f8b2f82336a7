package annotations

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlRegionsKey is the key under which a document imported from HTML keeps
// which runs of its text were inside links, list items, navs, footers, asides,
// pictures' captions and top-level headings, for the boilerplate suggestions.
const htmlRegionsKey = "_html_regions"

// HTMLRegions are the runs of a page's text, in byte offsets, that were inside
// elements that say a line may be site furniture, by element name: "a"
// (links), "li" (list items), "nav", "footer", "aside" (outside the article),
// "figcaption" (a picture's caption), "h1" (a top-level heading, as a
// headline is set), "td" (a table's cells, th too) and "class" (classRegion).
// Each list is sorted and its runs neither overlap nor touch; a run never
// crosses a line break.
type HTMLRegions map[string][]Range

// regionsOf are the names under which n's text is kept in HTMLRegions: its
// element's, and "class" (classRegion). An aside inside an article or the page's main content is the
// article's own box (a fact box, a pull quote), not the page's sidebar; a footer
// inside a blockquote, or a figcaption beside one, names the quotation's source.
func regionsOf(n *html.Node, holders map[*html.Node]holding) []string {
	if n.Type != html.ElementNode || n.Namespace != "" {
		return nil
	}
	var kinds []string
	switch n.DataAtom {
	case atom.Aside:
		if !within(n, atom.Article, atom.Main) {
			kinds = append(kinds, n.Data)
		}
	case atom.Footer:
		if !within(n, atom.Blockquote) { // a quotation's source, as HTML sets it
			kinds = append(kinds, n.Data)
		}
	case atom.Figcaption:
		if !quoteFigure(n.Parent) { // a quotation's source
			kinds = append(kinds, n.Data)
		}
	case atom.A, atom.Li, atom.Nav, atom.H1:
		kinds = append(kinds, n.Data)
	case atom.Td, atom.Th:
		kinds = append(kinds, "td")
	}
	if classRegion(n, holders) {
		kinds = append(kinds, "class")
	}
	return kinds
}

// classRegion tells whether n's class or id names site furniture (furnitureClass) and
// n holds none of the page's content nor, unless it names comments, which do, long
// paragraphs (contentHolders).
func classRegion(n *html.Node, holders map[*html.Node]holding) bool {
	word := furnitureClass(n)
	return word != "" && holders[n]&holdsContent == 0 && (holders[n]&holdsProse == 0 || word == "comment" || word == "comments")
}

// furnitureWords are the words of a class or id that name site furniture, as
// content management systems write them ("comment-body", "wp-caption-text",
// "author_bio", "share-buttons", a caption in German, French, Italian, Dutch and
// Spanish); whole words only, so "adapt" is no "ad".
var furnitureWords = map[string]bool{
	"ad": true, "ads": true, "advert": true, "advertisement": true, "author": true, "banner": true,
	"bio": true, "breadcrumb": true, "breadcrumbs": true, "byline": true, "caption": true,
	"bildunterschrift": true, "legende": true, "didascalia": true, "bijschrift": true, "leyenda": true,
	"comment": true, "comments": true, "consent": true, "cookie": true, "cookies": true, "cta": true,
	"donate": true, "donation": true, "paywall": true, "signup": true, "upsell": true,
	"credit": true, "credits": true, "disclaimer": true, "footer": true, "masthead": true,
	"menu": true, "nav": true, "navigation": true, "newsletter": true,
	"pagination": true, "partner": true, "promo": true, "related": true, "share": true,
	"sharing": true, "sidebar": true, "social": true, "sponsored": true, "subscribe": true,
	"tags": true, "widget": true, "widgets": true,
}

// taxonomyPrefixes start the classes a CMS gives a post from its own tags, category and
// state ("tag-share", "category-comment", "has-sidebar"): words of the site's, not of
// the element's job.
var taxonomyPrefixes = []string{"tag-", "category-", "post-", "type-", "format-", "status-", "has-", "is-"}

// furnitureClass is the word of n's class or id that names site furniture, "comment"
// or "comments" before any other, or "" if none does or n is the page's body, article
// or main content.
func furnitureClass(n *html.Node) string {
	if n.DataAtom == atom.Body || n.DataAtom == atom.Html || n.DataAtom == atom.Main || n.DataAtom == atom.Article {
		return ""
	}
	found := ""
	for _, key := range []string{"class", "id"} {
		value, _ := attr(n, key)
		for name := range strings.FieldsSeq(value) {
			if slices.ContainsFunc(taxonomyPrefixes, func(p string) bool { return strings.HasPrefix(name, p) }) {
				continue
			}
			for word := range strings.FieldsFuncSeq(name, notWordRune) {
				if word == "comment" || word == "comments" {
					return word
				}
				if found == "" && furnitureWords[word] {
					found = word
				}
			}
		}
	}
	return found
}

// holding says what an element holds, for classRegion: bits of holdsContent and
// holdsProse.
type holding uint8

const (
	// holdsContent: the page's article, main content or headline (a layout's
	// "has-sidebar" around them all), or a post's text by the class or id a CMS gives
	// it ("post-body entry-content", "hentry"), as Blogger sets every post inside a
	// "widget Blog" under a headline that is no <h1>.
	holdsContent holding = 1 << iota
	// holdsProse: two paragraphs or more of longProse bytes, which no ad, share bar,
	// appeal or paywall's box has (schema.org marks the paywalled part of an article
	// "paywall").
	holdsProse
)

// longProse is how many bytes of text make a long paragraph.
const longProse = 120

// contentHolders finds, in one pass over the page under root, what each element
// holds, so that a page of many nested elements takes no longer.
func contentHolders(root *html.Node) map[*html.Node]holding {
	held := map[*html.Node]holding{}
	// walk returns n's text's length and how many long paragraphs it holds (at most 2).
	var walk func(n *html.Node) (text, paragraphs int)
	walk = func(n *html.Node) (text, paragraphs int) {
		if n.Type == html.TextNode {
			return len(n.Data), 0
		}
		var h holding
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			t, p := walk(c)
			text, paragraphs = text+t, min(2, paragraphs+p)
			if held[c]&holdsContent != 0 || c.Type == html.ElementNode && (c.Namespace == "" &&
				(c.DataAtom == atom.Article || c.DataAtom == atom.Main || c.DataAtom == atom.H1) || postName(c)) {
				h |= holdsContent
			}
		}
		if n.DataAtom == atom.P && text >= longProse {
			paragraphs = min(2, paragraphs+1)
		}
		if paragraphs >= 2 {
			h |= holdsProse
		}
		if h != 0 {
			held[n] = h
		}
		return text, paragraphs
	}
	walk(root)
	return held
}

// postName tells whether n's class or id names a post's text: a word of a post
// (post, entry, article, story) with a word of its text (body, content, text) in one
// name, or the microformat "hentry".
func postName(n *html.Node) bool {
	for _, key := range []string{"class", "id"} {
		value, _ := attr(n, key)
		for name := range strings.FieldsSeq(value) {
			if name == "hentry" || hasWord(name, "post", "entry", "article", "story") && hasWord(name, "body", "content", "text") {
				return true
			}
		}
	}
	return false
}

// hasWord tells whether one of words is a word of a class or id.
func hasWord(name string, words ...string) bool {
	for word := range strings.FieldsFuncSeq(name, notWordRune) {
		if slices.Contains(words, word) {
			return true
		}
	}
	return false
}

// notWordRune parts a class or id into words: "wp-caption-text", "author_bio".
func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// quoteFigure tells whether n is a figure that holds a blockquote: a pull quote, its
// figcaption the quotation's source.
func quoteFigure(n *html.Node) bool {
	if n == nil || n.DataAtom != atom.Figure {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.Blockquote {
			return true
		}
	}
	return false
}

// within tells whether an element of one of kinds encloses n.
func within(n *html.Node, kinds ...atom.Atom) bool {
	for p := n.Parent; p != nil; p = p.Parent {
		if p.Type == html.ElementNode && p.Namespace == "" && slices.Contains(kinds, p.DataAtom) {
			return true
		}
	}
	return false
}

// regionTracker notes, as ReadHTML writes a page's text, the runs of each
// line written inside open region elements; they are kept if the line is.
type regionTracker struct {
	open    map[string]int // how many elements of each region enclose the node
	pending []regionRun    // runs of the line being built, from its start
	regions HTMLRegions
	holders map[*html.Node]holding // see contentHolders
}

type regionRun struct {
	kind       string
	start, end int
}

// mark records that the line's bytes [start, end) are inside the open regions,
// joined to the previous run of a region if only a separator lies between.
func (t *regionTracker) mark(start, end int) {
	for kind, n := range t.open {
		if n == 0 {
			continue
		}
		if i := t.lastRun(kind); i >= 0 && t.pending[i].end >= start-1 {
			t.pending[i].end = end
			continue
		}
		t.pending = append(t.pending, regionRun{kind, start, end})
	}
}

func (t *regionTracker) lastRun(kind string) int {
	for i := len(t.pending) - 1; i >= 0; i-- {
		if t.pending[i].kind == kind {
			return i
		}
	}
	return -1
}

// commit keeps the line's runs, the line starting at byte lineStart.
func (t *regionTracker) commit(lineStart int) {
	if t.regions == nil {
		return
	}
	for _, r := range t.pending {
		t.regions[r.kind] = append(t.regions[r.kind], Range{lineStart + r.start, lineStart + r.end})
	}
}

// appendHTMLRegions writes regions as the value of the _html_regions key: an
// object from element name to a list of [start, end] pairs in code points,
// as every export counts.
func appendHTMLRegions(b []byte, text string, regions HTMLRegions) ([]byte, error) {
	x := NewIndex(text)
	out := map[string][][2]int{}
	for kind, runs := range regions {
		for _, r := range runs {
			start, err := x.FromByte(r.Start, CodePoints)
			if err != nil {
				return b, err
			}
			end, err := x.FromByte(r.End, CodePoints)
			if err != nil {
				return b, err
			}
			out[kind] = append(out[kind], [2]int{start, end})
		}
	}
	raw, err := json.Marshal(out) // map keys sorted
	return append(b, raw...), err
}

// HTMLRegions returns the regions a document imported from HTML keeps under
// _html_regions, in byte offsets, or nil if it has none. A value that is not
// an object of sorted, non-overlapping [start, end] code point pairs inside the
// text is refused, naming the key and the pair.
func (d *Document) HTMLRegions() (HTMLRegions, error) {
	i := slices.IndexFunc(d.Extra, func(f Field) bool { return f.Key == htmlRegionsKey })
	if i < 0 {
		return nil, nil
	}
	var raw map[string][][2]int
	if err := json.Unmarshal(d.Extra[i].Value, &raw); err != nil {
		return nil, fmt.Errorf("%s: want an object of [start, end] lists: %v", htmlRegionsKey, err)
	}
	x := d.Index() // the document's, often built already, in slices
	regions := HTMLRegions{}
	for kind, pairs := range raw {
		prev := 0
		for j, p := range pairs {
			if p[0] < prev || p[1] < p[0] {
				return nil, fmt.Errorf("%s: %q pair %d [%d, %d] is out of order", htmlRegionsKey, kind, j+1, p[0], p[1])
			}
			start, err := x.ToByte(p[0], CodePoints)
			if err == nil {
				p[1], err = x.ToByte(p[1], CodePoints)
			}
			if err != nil {
				return nil, fmt.Errorf("%s: %q pair %d: %v", htmlRegionsKey, kind, j+1, err)
			}
			regions[kind] = append(regions[kind], Range{start, p[1]})
			prev = pairs[j][1]
		}
	}
	return regions, nil
}

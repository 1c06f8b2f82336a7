package annotations

import (
	"errors"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxOpenElements is how many elements capDepth lets be open at once, as it
// counts them: well below the 512 of x/net/html's parser, which adds
// elements of its own (html, body, formatting elements reopened).
const maxOpenElements = 256

// parseHTML parses a page. x/net/html refuses a page with more than 512
// elements open at once (a template that leaves one <div> open per comment),
// where a browser caps the tree's depth and goes on: such a page is parsed
// again with the elements past maxOpenElements left out (capDepth), so that
// their text joins the element that encloses them.
func parseHTML(page string) (*html.Node, error) {
	root, err := html.Parse(strings.NewReader(page))
	if err != nil && strings.Contains(err.Error(), "open stack of elements") {
		return html.Parse(strings.NewReader(capDepth(page)))
	}
	return root, err
}

// capDepth is page with the start tags that would open more than
// maxOpenElements elements left out, and their end tags, but for the
// enclosing elements. It counts as a naive reader does, every start tag
// opening an element and every end tag closing the last one open, but for
// void elements and those whose end tag a page may leave out (p, li, td, …),
// which it does not count.
func capDepth(page string) string {
	z := html.NewTokenizer(strings.NewReader(page))
	var b strings.Builder
	var open []bool // of each element counted open: whether its tags are kept
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if !errors.Is(z.Err(), io.EOF) {
				b.Write(z.Raw())
			}
			return b.String()
		}
		keep := true
		if name, _ := z.TagName(); counted(atom.Lookup(name)) {
			switch tt {
			case html.StartTagToken:
				keep = len(open) < maxOpenElements || enclosing[atom.Lookup(name)]
				open = append(open, keep)
			case html.EndTagToken:
				if n := len(open); n > 0 {
					keep, open = open[n-1], open[:n-1]
				}
			}
		}
		if keep {
			b.Write(z.Raw())
		}
	}
}

// enclosing are the elements capDepth never leaves out, whatever the depth:
// those whose content is dropped or not parsed as markup (a script left out
// would make its code page text) and the roots of SVG and MathML.
var enclosing = func() map[atom.Atom]bool {
	set := map[atom.Atom]bool{atom.Xmp: true, atom.Noembed: true, atom.Noframes: true,
		atom.Plaintext: true, atom.Svg: true, atom.Math: true}
	for a := range dropped {
		set[a] = true
	}
	return set
}()

// counted tells whether capDepth counts an element open until its end tag.
func counted(a atom.Atom) bool {
	switch a {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr, // void
		atom.P, atom.Li, atom.Dt, atom.Dd, atom.Tr, atom.Td, atom.Th, atom.Option, atom.Optgroup,
		atom.Rb, atom.Rt, atom.Rtc, atom.Rp, atom.Thead, atom.Tbody, atom.Tfoot, atom.Colgroup, atom.Caption: // end tag optional
		return false
	}
	return true
}

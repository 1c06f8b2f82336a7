package annotations

import (
	"io"
	"slices"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// ReadHTML returns the visible text of an HTML page: each block-level
// element on its own line, table cells of a row separated by tabs, inline
// whitespace collapsed as a browser does (pre keeps its own), and no blank
// lines. It keeps what a browser draws and drops what it never renders:
// the text of SVG text elements and of MathML is kept, as is aria-hidden
// text (hidden from screen readers only); scripts, styles, templates,
// embedded content, rp, closed dialogs and elements hidden by the hidden
// attribute or an inline display:none are dropped; an inline display:block
// (or flex, grid, …) makes a block. Entities are decoded.
// Nothing is executed or fetched. A page in UTF-16
// with a byte order mark, or declaring windows-1252 (or Latin-1), is
// decoded; any other that is not UTF-8 is refused with the byte position
// of the first invalid sequence (see charset.go).
func ReadHTML(r io.Reader) (string, error) {
	text, _, err := ReadHTMLRegions(r)
	return text, err
}

// ReadHTMLRegions reads a page as ReadHTML does, and also returns which runs of
// its text were inside links, list items, navs, footers, asides and captions
// (see HTMLRegions).
func ReadHTMLRegions(r io.Reader) (string, HTMLRegions, error) {
	b, err := io.ReadAll(utf8Reader(r))
	if err != nil {
		return "", nil, err
	}
	text, err := decodeHTML(b)
	if err != nil {
		return "", nil, err
	}
	root, err := parseHTML(text)
	if err != nil {
		return "", nil, err
	}
	w := textWriter{regionTracker: regionTracker{open: map[string]int{}, regions: HTMLRegions{}, holders: contentHolders(root)}}
	w.walk(root)
	w.breakLine()
	return w.out.String(), w.regions, nil
}

// dropped are the HTML elements whose content is never shown as page
// text; rp holds the parentheses only browsers without ruby show.
var dropped = atomSet(atom.Script, atom.Style, atom.Template, atom.Noscript,
	atom.Head, atom.Title, atom.Iframe, atom.Object, atom.Embed, atom.Canvas,
	atom.Audio, atom.Video, atom.Select, atom.Textarea, atom.Datalist, atom.Rp,
	atom.Noframes, atom.Noembed) // what a browser with frames and plugins does not show

// svgUnrendered are the SVG elements whose content is not drawn where it
// stands (a tooltip, a description, definitions drawn only by reference).
var svgUnrendered = map[string]bool{"title": true, "desc": true, "metadata": true,
	"defs": true, "symbol": true, "style": true, "script": true, "clipPath": true,
	"mask": true, "pattern": true, "marker": true, "linearGradient": true,
	"radialGradient": true, "filter": true}

// shown reports whether a browser renders element n's content at all.
func shown(n *html.Node) bool {
	switch n.Namespace {
	case "svg":
		if svgUnrendered[n.Data] {
			return false
		}
	case "math":
		if n.Data == "annotation" || n.Data == "annotation-xml" {
			return false // only the semantics' first child is drawn
		}
	default:
		if dropped[n.DataAtom] || n.DataAtom == atom.Dialog && !hasOpen(n) {
			return false
		}
	}
	return !hidden(n)
}

// blocks are the elements that start and end a line.
var blocks = atomSet(atom.Address, atom.Article, atom.Aside, atom.Blockquote,
	atom.Body, atom.Caption, atom.Center, atom.Dd, atom.Details, atom.Dialog,
	atom.Dir, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption,
	atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4,
	atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Html,
	atom.Legend, atom.Li, atom.Main, atom.Menu, atom.Nav, atom.Ol,
	atom.Option, atom.P, atom.Pre, atom.Search, atom.Section, atom.Summary,
	atom.Table, atom.Tbody, atom.Tfoot, atom.Thead, atom.Tr, atom.Ul,
	atom.Xmp, atom.Listing)

func atomSet(as ...atom.Atom) map[atom.Atom]bool {
	set := make(map[atom.Atom]bool, len(as))
	for _, a := range as {
		set[a] = true
	}
	return set
}

// hidden reports whether n is hidden by its attributes. aria-hidden is
// not one of them: it hides from screen readers what the page shows.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "display", "visibility": // SVG's and MathML's presentation attributes
			if v := strings.ToLower(strings.TrimSpace(a.Val)); n.Namespace != "" && (v == "none" || v == "hidden") {
				return true
			}
		case "style":
			style := strings.ToLower(strings.Join(strings.Fields(a.Val), ""))
			if strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// textWriter collects the lines of text a page shows.
type textWriter struct {
	out  strings.Builder // finished lines, joined by "\n"
	line strings.Builder // the line being built
	sep  string          // whitespace owed before the line's next text
	pre  int             // how many pre elements enclose the current node
	// undrawn counts the svg elements around the current node that are not
	// inside a text or foreignObject element: text there is not drawn.
	undrawn int
	regionTracker
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		if w.undrawn == 0 {
			w.text(n.Data)
		}
		return
	case html.ElementNode:
		if !shown(n) {
			return
		}
		if n.Namespace == "svg" {
			w.svg(n)
			return
		}
	case html.DocumentNode:
	default:
		return // comments and doctypes
	}
	for _, kind := range regionsOf(n, w.holders) {
		w.open[kind]++
		defer func() { w.open[kind]-- }()
	}
	switch n.DataAtom {
	case atom.Br:
		w.breakLine()
	case atom.Td, atom.Th:
		w.owe("\t")
	case atom.Pre, atom.Xmp, atom.Listing: // the last two, old names of pre
		w.pre++
		defer func() { w.pre-- }()
	}
	block := n.Type == html.ElementNode && n.Namespace == "" && (blocks[n.DataAtom] || styledBlock(n)) ||
		n.Namespace == "math" && n.DataAtom == atom.Math && mathBlock(n)
	if block {
		w.breakLine()
	}
	w.walkChildren(n)
	if block {
		w.breakLine()
	}
}

// blockDisplays are the values of CSS display that lay an element out as a
// block of its own.
var blockDisplays = []string{"block", "flex", "grid", "list-item", "table", "flow-root"}

// styledBlock reports whether n's inline style displays it as a block
// ("<span style="display:block">"); a page's style sheets are not read.
func styledBlock(n *html.Node) bool {
	style, ok := attr(n, "style")
	if !ok {
		return false
	}
	style = strings.ToLower(strings.Join(strings.Fields(style), ""))
	at := strings.LastIndex(style, "display:")
	if at < 0 || at > 0 && style[at-1] != ';' {
		return false
	}
	value, _, _ := strings.Cut(style[at+len("display:"):], ";")
	value = strings.TrimSuffix(value, "!important")
	return slices.Contains(blockDisplays, value)
}

// hasOpen reports whether a dialog is open; a closed one is not rendered.
func hasOpen(n *html.Node) bool {
	_, ok := attr(n, "open")
	return ok
}

// mathBlock reports whether a math element is displayed as a block.
func mathBlock(n *html.Node) bool {
	display, _ := attr(n, "display")
	return display == "block"
}

// svg walks an SVG element. An SVG image draws only the text of its text
// elements, each apart from what is around it, and the HTML of its
// foreignObject elements.
func (w *textWriter) svg(n *html.Node) {
	switch n.Data {
	case "svg":
		w.undrawn++
		defer func() { w.undrawn-- }()
	case "text", "foreignObject":
		undrawn := w.undrawn
		w.undrawn = 0
		defer func() { w.undrawn = undrawn }()
	default:
		w.walkChildren(n)
		return
	}
	w.owe(" ")
	w.walkChildren(n)
	w.owe(" ")
}

func (w *textWriter) walkChildren(n *html.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
}

// attr returns the value of n's attribute key, trimmed and in lower case,
// and whether n has it.
func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key && a.Namespace == "" {
			return strings.ToLower(strings.TrimSpace(a.Val)), true
		}
	}
	return "", false
}

// text adds the content of a text node: whitespace collapsed to one owed
// space, or inside pre kept as written with its line breaks.
func (w *textWriter) text(s string) {
	if w.pre > 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		for i, part := range strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n") {
			if i > 0 {
				w.breakLine()
			}
			w.write(part)
		}
		return
	}
	for s != "" {
		if i := strings.IndexFunc(s, isHTMLSpace); i != 0 {
			word := s
			if i > 0 {
				word = s[:i]
			}
			w.write(word)
			s = s[len(word):]
			continue
		}
		w.owe(" ")
		s = strings.TrimLeftFunc(s, isHTMLSpace)
	}
}

// isHTMLSpace is the whitespace HTML collapses (not NBSP).
func isHTMLSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\f' || r == '\r'
}

// owe records that sep separates the line's text so far from what follows;
// a tab (between table cells) wins over a space.
func (w *textWriter) owe(sep string) {
	if w.line.Len() > 0 && w.sep != "\t" {
		w.sep = sep
	}
}

func (w *textWriter) write(s string) {
	if s == "" {
		return
	}
	w.line.WriteString(w.sep)
	w.sep = ""
	w.mark(w.line.Len(), w.line.Len()+len(s))
	w.line.WriteString(s)
}

// breakLine ends the current line, keeping it only if it shows something.
func (w *textWriter) breakLine() {
	if line := w.line.String(); !allSpace(line) {
		if w.out.Len() > 0 {
			w.out.WriteByte('\n')
		}
		w.commit(w.out.Len())
		w.out.WriteString(line)
	}
	w.pending = w.pending[:0]
	w.line.Reset()
	w.sep = ""
}

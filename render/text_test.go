package render

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/net/html"

	"spantag/annotations"
)

// Short names for the tables below.
type (
	Span       = annotations.Span
	Edit       = annotations.Edit
	AnswerEdit = annotations.AnswerEdit
)

// hazards are texts that break naive offsets or escaping: clusters of
// several code points, characters outside the BMP, combining marks, all
// three line breaks, right-to-left text, invisible spaces, markup and the
// NUL the HTML parser drops.
var hazards = map[string]string{
	"clusters, scripts and line breaks": "Family 👨‍👩‍👧‍👦 and flag 🇺🇦🇵🇱 ok.\nThumbs 👍🏽 up\r\n" +
		"Cafe\u0301 and 東京都に住んでいます。\rمرحبا بالعالم. שלום עולם.\n4.2\u00a0million\u200bdollars \U0001D400\ttab\n",
	"leading and blank lines":      "\r\n\n\rtext\r\n\r\n",
	"markup characters":            "<p>a & b</p> &amp; \"quoted\" 'single' <!-- c -->",
	"whitespace that HTML ignores": "\t  lead\f\u00a0\u200b\ufeff trail  ",
	"NUL characters":               "Alpha\x00Beta Gamma\x00\x00Delta epsilon\n\x00\nlast",
}

// docOf makes a document of text, failing the test if it cannot.
func docOf(t testing.TB, text string) *annotations.Document {
	t.Helper()
	d, err := annotations.NewDocument(text)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// span is a Span in few words.
func span(start, end int, label string) Span { return Span{Start: start, End: end, Label: label} }

// docWith is a document of text holding spans.
func docWith(t *testing.T, text string, spans ...Span) *annotations.Document {
	t.Helper()
	d := docOf(t, text)
	for _, s := range spans {
		if err := d.Apply(Edit{Add: []Span{s}}); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

// viewText has lines [0,10) "Alpha Beta", [12,27) and [28,33) "Delta".
const viewText = "Alpha Beta\r\nGamma <b> & \"q\"\nDelta"

// viewSpans nest (CLAIM around ENTITY), overlap partly (CLAIM and the second
// ENTITY) and cross a line (ENTITY "Beta\r\nGamma").
var viewSpans = []Span{span(0, 5, "ENTITY"), span(0, 10, "CLAIM"), span(6, 17, "ENTITY"), span(18, 21, "BOILERPLATE")}

func TestHTML(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		spans    []Span
		selected Span
		want     []string // one element a line
	}{
		{"no spans", "one\ntwo", nil, Span{}, []string{
			`<div class="ln" data-line="0">one` + "\n</div>",
			`<div class="ln" data-line="1">two</div>`,
		}},
		{"nested, overlapping and crossing a line", viewText, viewSpans, Span{}, []string{
			`<div class="ln" data-line="0">` +
				`<mark data-label="CLAIM" data-start="0" data-end="10" class="s"><mark data-label="ENTITY" data-start="0" data-end="5" class="s e">Alpha</mark></mark>` +
				`<mark data-label="CLAIM" data-start="0" data-end="10"> </mark>` +
				`<mark data-label="ENTITY" data-start="6" data-end="17" class="s"><mark data-label="CLAIM" data-start="0" data-end="10" class="e">Beta</mark></mark>` +
				"&#13;\n</div>",
			`<div class="ln" data-line="1">` +
				`<mark data-label="ENTITY" data-start="6" data-end="17" class="e">Gamma</mark> ` +
				`<mark data-label="BOILERPLATE" data-start="18" data-end="21" class="s e">&lt;b&gt;</mark>` +
				" &amp; &#34;q&#34;\n</div>",
			`<div class="ln" data-line="2">Delta</div>`,
		}},
		{"selected span crossing a line", viewText, []Span{span(6, 17, "ENTITY")}, span(6, 17, "ENTITY"), []string{
			`<div class="ln" data-line="0">Alpha <mark data-label="ENTITY" data-start="6" data-end="17" class="s sel">Beta</mark>&#13;` + "\n</div>",
			`<div class="ln" data-line="1"><mark data-label="ENTITY" data-start="6" data-end="17" class="e sel">Gamma</mark> &lt;b&gt; &amp; &#34;q&#34;` + "\n</div>",
			`<div class="ln" data-line="2">Delta</div>`,
		}},
		{"span over three lines leaves the middle one whole", "ab\ncd\nef", []Span{span(1, 7, "CLAIM")}, Span{}, []string{
			`<div class="ln" data-line="0">a<mark data-label="CLAIM" data-start="1" data-end="7" class="s">b</mark>` + "\n</div>",
			`<div class="ln" data-line="1"><mark data-label="CLAIM" data-start="1" data-end="7">cd</mark>` + "\n</div>",
			`<div class="ln" data-line="2"><mark data-label="CLAIM" data-start="1" data-end="7" class="e">e</mark>f</div>`,
		}},
		{"lone CR and blank lines", "a\r\rb\n\n", nil, Span{}, []string{
			`<div class="ln" data-line="0">a&#13;</div>`,
			`<div class="ln" data-line="1">&#13;</div>`,
			`<div class="ln" data-line="2">b` + "\n</div>",
			`<div class="ln" data-line="3">` + "\n</div>",
		}},
		{"markup in a label is escaped", "x", []Span{span(0, 1, `A"<&>`)}, Span{}, []string{
			`<div class="ln" data-line="0"><mark data-label="A&#34;&lt;&amp;&gt;" data-start="0" data-end="1" class="s e">x</mark></div>`,
		}},
		{"a span ending at a line break stops at the line's end", "ab\ncd", []Span{span(0, 3, "ENTITY")}, Span{}, []string{
			`<div class="ln" data-line="0"><mark data-label="ENTITY" data-start="0" data-end="3" class="s">ab</mark>` + "\n</div>",
			`<div class="ln" data-line="1">cd</div>`,
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := docWith(t, tt.text, tt.spans...)
			want := `<div class="sect"><div class="chunk">` + strings.Join(tt.want, "") + `</div></div>`
			if diff := cmp.Diff(want, DocHTML(d, tt.selected)); diff != "" {
				t.Errorf("HTML mismatch (-want +got):\n%s", diff)
			}
			for i, want := range tt.want {
				if diff := cmp.Diff(want, LineHTML(d, i, tt.selected)); diff != "" {
					t.Errorf("LineHTML(%d) mismatch (-want +got):\n%s", i, diff)
				}
			}
		})
	}
}

// TestChunks checks that lines come LinesPerChunk to a chunk element, and
// the span list one group a chunk, each group holding the spans that start
// in its chunk, so that redrawing a chunk's lines and group is enough.
func TestChunks(t *testing.T) {
	var text strings.Builder
	for i := range 2*LinesPerChunk + 2 {
		fmt.Fprintf(&text, "line %d\n", i)
	}
	d := docOf(t, text.String())
	l := d.Lines()
	spans := []Span{
		span(l[0].Start, l[0].End, "ENTITY"),                                 // chunk 0
		span(l[LinesPerChunk-1].Start, l[LinesPerChunk+1].End, "CLAIM"),      // starts in chunk 0, ends in 1
		span(l[2*LinesPerChunk+1].Start, l[2*LinesPerChunk+1].End, "ENTITY"), // chunk 2
	}
	for _, s := range spans {
		if err := d.Apply(Edit{Add: []Span{s}}); err != nil {
			t.Fatal(err)
		}
	}
	page := DocHTML(d, Span{})
	if n := strings.Count(page, `<div class="chunk">`); n != 3 || Chunks(d) != 3 {
		t.Fatalf("%d chunk elements, Chunks() = %d; want 3 for %d lines", n, Chunks(d), len(l))
	}
	for k, chunk := range strings.Split(page, `<div class="chunk">`)[1:] {
		want := min(LinesPerChunk, len(l)-k*LinesPerChunk)
		if n := strings.Count(chunk, `<div class="ln"`); n != want {
			t.Errorf("chunk %d holds %d lines, want %d", k, n, want)
		}
	}
	wantGroups := []int{2, 0, 1}
	list := SpanListHTML(d, Span{})
	for k, group := range strings.Split(list, `<ol class="spans-of-chunk">`)[1:] {
		if n := strings.Count(group, "<li>"); n != wantGroups[k] {
			t.Errorf("group %d of the span list holds %d entries, want %d", k, n, wantGroups[k])
		}
		if want := SpanGroupHTML(d, k, Span{}) + "</ol>"; group != want {
			t.Errorf("group %d differs from SpanGroupHTML(%d):\n%s\n%s", k, k, group, want)
		}
	}
	if got := []int{ChunkOf(d, spans[0].Start), ChunkOf(d, spans[1].End), ChunkOf(d, spans[2].Start)}; !cmp.Equal(got, []int{0, 1, 2}) {
		t.Errorf("ChunkOf = %v, want [0 1 2]", got)
	}
}

func TestEditRedrawsLines(t *testing.T) {
	tests := []struct {
		name string
		edit Edit
		want []int // the lines redrawn
	}{
		{"answer only touches no line", Edit{Answer: &AnswerEdit{To: annotations.Accept}}, nil},
		{"inside one line", Edit{Add: []Span{span(18, 21, "ENTITY")}}, []int{1}},
		{"crossing a line", Edit{Remove: []Span{span(6, 17, "ENTITY")}}, []int{0, 1}},
		{"ending at a line break", Edit{Add: []Span{span(0, 10, "ENTITY")}}, []int{0}},
		{"merge spanning every line", Edit{Remove: []Span{span(0, 5, "ENTITY")}, Add: []Span{span(0, 33, "ENTITY")}}, []int{0, 1, 2}},
	}
	d := docOf(t, viewText)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []int
			for _, r := range EditRedraws(d, tt.edit) {
				got = append(got, r.Line)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines redrawn mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLTextContent parses the render plan as a browser would: the text
// content of #doc must be the document's text exactly, hazards included,
// but for the lines left to be drawn as nodes (see TestSegments).
func TestHTMLTextContent(t *testing.T) {
	for name, text := range hazards {
		t.Run(name, func(t *testing.T) {
			d := docOf(t, text)
			spanEveryToken(t, d)
			want := text
			for _, i := range slices.Backward(NodeLines(d)) {
				l := d.Lines()[i]
				want = want[:l.Start] + want[l.Next:]
			}
			got := textContent(t, `<div id="doc">`+DocHTML(d, d.Spans[0])+`</div>`)
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("textContent mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// spanEveryToken labels each token ENTITY, each pair of tokens CLAIM (so
// CLAIMs cross lines and overlap) and each line BOILERPLATE.
func spanEveryToken(t *testing.T, d *annotations.Document) {
	t.Helper()
	toks := d.Tokens()
	for i, tok := range toks {
		add := []Span{span(tok.Start, tok.End, "ENTITY")}
		if i%2 == 1 {
			add = append(add, span(toks[i-1].Start, tok.End, "CLAIM"))
		}
		for _, s := range add {
			e, err := d.Add(s)
			if err != nil {
				t.Fatal(err)
			}
			if err := d.Apply(e); err != nil {
				t.Fatal(err)
			}
		}
	}
	for _, l := range d.Lines() {
		if s, err := d.BlockSpan(l.Start, "BOILERPLATE"); err == nil {
			if err := d.Apply(Edit{Add: []Span{s}}); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// textContent parses page and returns the text content of its #doc element.
func textContent(t *testing.T, page string) string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	var walk func(n *html.Node, in bool)
	walk = func(n *html.Node, in bool) {
		for _, a := range n.Attr {
			in = in || a.Key == "id" && a.Val == "doc"
		}
		if in && n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, in)
		}
	}
	walk(root, false)
	return b.String()
}

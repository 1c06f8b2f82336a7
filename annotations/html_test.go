package annotations

import (
	"errors"
	"os"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestReadHTML(t *testing.T) {
	tests := []struct {
		name string
		html string
		want string
	}{
		{"empty page", "", ""},
		{"paragraphs are lines", "<p>One</p><p>Two</p>", "One\nTwo"},
		{"inline whitespace collapses", "<p>  a \n\t b <b> c </b>d  </p>", "a b c d"},
		{"inline elements do not break", "<p>ab<i>cd</i><span>ef</span></p>", "abcdef"},
		{"br breaks a line", "<p>one<br>two<br><br>three</p>", "one\ntwo\nthree"},
		{"text between blocks is its own line", "<div>a</div>b<div>c</div>", "a\nb\nc"},
		{"headings and list items", "<h1>T</h1><ul><li>x</li><li>y<ol><li>z</li></ol></li></ul>", "T\nx\ny\nz"},
		{"table cells are tab separated", "<table><tr><th>a</th><th>b</th></tr><tr><td> 1 </td><td>2</td></tr></table>", "a\tb\n1\t2"},
		{"pre keeps its whitespace", "<pre>\n  a  b\n\n\tc\n</pre>", "  a  b\n\tc"},
		{"pre inside code keeps whitespace", "<pre><code>x  =  1\ny</code></pre>", "x  =  1\ny"},
		{"CR entity is collapsed", "<p>a&#13;b</p>", "a b"},
		{"CR entity in pre breaks the line", "<pre>a&#13;b&#13;&#10;c</pre>", "a\nb\nc"},
		{"CRLF source", "<p>a\r\nb</p>\r\n<p>c</p>", "a b\nc"},
		{"entities are decoded", "<p>&lt;b&gt; &amp;amp; &eacute; &#x1F44D; &quot;</p>", "<b> &amp; é 👍 \""},
		{"NBSP is kept inside a line", "<p>4.2&nbsp;million</p>", "4.2\u00a0million"},
		{"NBSP-only line is dropped", "<p>&nbsp;</p><p>&#8203;</p><p>x</p>", "x"},
		{"scripts and styles are dropped", "<script>a()</script><style>p{}</style><p>x</p><template>t</template><noscript>n</noscript>", "x"},
		{"head is dropped", "<head><title>T</title></head><body>x</body>", "x"},
		{"iframe is dropped", "<p>a<iframe src=x>f</iframe>b</p>", "ab"},
		{"hidden attribute", "<p hidden>no</p><p>yes</p>", "yes"},
		{"display none", "<div style=\"color: red; display : none\">no</div><p>yes</p>", "yes"},
		{"an inline style's block display breaks the line", `<p><span style="display:block">A</span><span style="color:red; display: Block !important">B</span><span style="display:inline-block">C</span>D<b style="font-display:block">E</b></p>`, "A\nB\nCDE"},
		{"frames' and plugins' fallbacks are dropped", "<noframes>nf</noframes><noembed>ne</noembed><p>x</p>", "x"},
		{"xmp and listing keep their whitespace, as pre", "<p>a</p><xmp><b>raw</b>\n  spaced</xmp><listing>l  1\nl2</listing>", "a\n<b>raw</b>\n  spaced\nl  1\nl2"},
		{"visibility hidden", "<p style=\"VISIBILITY:hidden\">no</p><p>yes</p>", "yes"},
		{"comments are dropped", "<p>a<!-- b -->c</p>", "ac"},
		{"byte order mark is dropped", "\ufeff<p>x</p>", "x"},
		{"script text is never run", "<p>x</p><script>document.write('<p>y</p>')</script>", "x"},
		// What a browser draws is kept, what it never renders is dropped.
		{"aria-hidden text is shown", `<p>Close <span aria-hidden="true">×</span> now</p><p aria-hidden=TRUE>Shared 12 times</p>`, "Close × now\nShared 12 times"},
		{"SVG text elements, apart from what is around them", `<p>Sales<svg><text x=0>2019</text><text><tspan>20</tspan><tspan>20</tspan></text><g><text>Revenue</text></g></svg>up</p>`, "Sales 2019 2020 Revenue up"},
		{"SVG draws only its text elements", `<p>a<svg>stray<title>tip</title><desc>about</desc><defs><text id=t>defined</text></defs><symbol><text>sym</text></symbol><style>text{}</style><text>drawn</text></svg>b</p>`, "a drawn b"},
		{"SVG hidden by attribute or style", `<svg><text display="none">x</text><text visibility=hidden>y</text><text style="display:none">z</text><text>w</text></svg>`, "w"},
		{"HTML in an SVG foreignObject", `<svg><foreignObject><p>in svg</p><p>two</p></foreignObject></svg>`, "in svg\ntwo"},
		{"MathML is shown inline", `<p>Let <math><mi>x</mi><mo>=</mo><mn>2</mn></math>.</p>`, "Let x=2."},
		{"MathML annotations are not", `<p><math><semantics><mi>y</mi><annotation encoding="TeX">y^1</annotation><annotation-xml>z</annotation-xml></semantics></math></p>`, "y"},
		{"MathML displayed as a block", `<p>so<math display="block"><mi>e</mi></math>then</p>`, "so\ne\nthen"},
		{"hidden attribute, any value", `<p hidden>a</p><p hidden="false">b</p><p hidden="until-found">c</p><p>d</p>`, "d"},
		{"inline display:none, any spacing and case", `<p style="color:red;DISPLAY : None !important">a</p><span style="display:none">b</span><p>c</p>`, "c"},
		{"template content", `<template><p>t</p></template><table><template><tr><td>u</td></tr></template></table><p>v</p>`, "v"},
		{"ruby without its fallback parentheses", `<p><ruby>漢<rp>(</rp><rt>kan</rt><rp>)</rp></ruby></p>`, "漢kan"},
		{"a closed dialog is not rendered, an open one is", `<dialog>closed</dialog><dialog open>open</dialog>`, "open"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadHTML(strings.NewReader(tt.html))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ReadHTML(%q) mismatch (-want +got):\n%s", tt.html, diff)
			}
		})
	}
}

// TestReadHTMLNewsPage reads a whole news page: nav, share buttons, ads,
// scripts, hidden elements, entities, nested lists, br, a table and pre.
func TestReadHTMLNewsPage(t *testing.T) {
	f, err := os.Open("testdata/html/news.html")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	got, err := ReadHTML(f)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"CL The Coastal Ledger", // the logo's SVG text is drawn
		"News",
		"Business",
		"Ports & Shipping",
		"Fisheries",
		"Opinion",
		"Harbour Town Votes to Rebuild Its Old Ferry Pier",
		"By Mira Okafor, Coastal Affairs Reporter",
		"March 4, 2025",
		"Share Copy link Shared 1.2k times", // aria-hidden text is shown
		"The council of Harbour Town voted 7–2 on Monday to rebuild the old ferry pier, ending a debate that has run since the storm of 2019.",
		"“We can’t keep a town on an island without a pier,” said councillor José Ibáñez.",
		"The vote followed a four-hour hearing.",
		"Advertisement",
		"The plan costs €4.2\u00a0million. Critics call the estimate unrealistic; the mayor says costs are <\u00a05% over budget & falling.",
		"A pier is a promise.",
		"— Local proverb",
		"Work will happen in three phases:",
		"Demolition of the old deck",
		"Spring 2025",
		"Summer 2025",
		"New pilings",
		"The old pier in 2018. Photo: Ledger archive",
		"Council vote",
		"For\tAgainst",
		"7\t2",
		"  cost(phase1) = 1.1",
		"  cost(phase2) = 3.1",
		"  total        = 4.2",
		"Read Next",
		"Fishing Quotas Cut Again",
		"Island School Reopens",
		"© 2025 The Coastal Ledger. All rights reserved.",
		"To suggest a correction, write to us.",
	}
	if diff := cmp.Diff(want, strings.Split(got, "\n")); diff != "" {
		t.Errorf("lines mismatch (-want +got):\n%s", diff)
	}
}

func TestReadHTMLErrors(t *testing.T) {
	readErr := errors.New("disk on fire")
	tests := []struct {
		name string
		page string
		want string
	}{
		{"invalid UTF-8 names its byte", "<p>caf\xe9</p>", "text is not valid UTF-8 at byte 6, and the page declares no character set; " + pageCharsets},
		{"truncated sequence at the end", "<p>ok</p>\xf0\x9f", "text is not valid UTF-8 at byte 9, and the page declares no character set; " + pageCharsets},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadHTML(strings.NewReader(tt.page))
			if err == nil {
				t.Fatal("ReadHTML accepted invalid UTF-8")
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
	t.Run("read error is returned", func(t *testing.T) {
		_, err := ReadHTML(iotest.ErrReader(readErr))
		if !errors.Is(err, readErr) {
			t.Errorf("got error %v, want %v", err, readErr)
		}
	})
}

func FuzzReadHTML(f *testing.F) {
	f.Add("<p>Hello <b>world</b></p>")
	f.Add("<pre>a\r\nb\rc</pre><p>x&#13;y</p>")
	f.Add("<table><tr><td>a<td>b<tr><th>c</table>")
	f.Add("<ul><li>👨‍👩‍👧‍👦<li>🇺🇦 e\u0301</ul><br><br>&nbsp;")
	f.Add("<div hidden><p>x</div><p style='display:none'>y<script>z</script>")
	f.Add("<svg><foreignObject><p>in svg</p></foreignObject></svg>text")
	f.Add("&#xD800;&#0;\x00<p>\f\v</p>")
	f.Add(strings.Repeat("<div><b><p>", 300) + "<table><td>x<script>y</script>")
	f.Fuzz(func(t *testing.T, page string) {
		got, err := ReadHTML(strings.NewReader(page))
		if err != nil {
			if utf8.ValidString(page) && !wide([]byte(page)) {
				t.Fatalf("valid UTF-8 refused: %v", err)
			}
			return
		}
		if !utf8.ValidString(got) {
			t.Fatalf("output is not UTF-8: %q", got)
		}
		if strings.Contains(got, "\r") {
			t.Fatalf("output has a carriage return: %q", got)
		}
		if got == "" {
			return
		}
		for i, line := range strings.Split(got, "\n") {
			if allSpace(line) {
				t.Fatalf("line %d of %q is blank", i, got)
			}
		}
	})
}

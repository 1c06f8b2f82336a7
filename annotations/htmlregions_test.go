package annotations

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestReadHTMLRegions(t *testing.T) {
	tests := []struct {
		name, page, text string
		want             HTMLRegions
	}{
		{
			name: "a nav of list items with links, a link in a paragraph, a footer",
			page: `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>` +
				`<p>Read <a href="r">the report</a> now.</p><footer>© 2025 Paper</footer>`,
			text: "Home\nNews\nRead the report now.\n© 2025 Paper",
			// "the report" is bytes 15–25 of the text; "©" is two bytes.
			want: HTMLRegions{
				"a":      {{0, 4}, {5, 9}, {15, 25}},
				"li":     {{0, 4}, {5, 9}},
				"nav":    {{0, 4}, {5, 9}},
				"footer": {{31, 44}},
			},
		},
		{
			name: "inline elements inside a link, and links apart by a space, are one run",
			page: `<p><a>Read <b>more</b></a> <a>Next</a></p><aside>Most read</aside>`,
			text: "Read more Next\nMost read",
			want: HTMLRegions{"a": {{0, 14}}, "aside": {{15, 24}}},
		},
		{
			name: "a line of nothing but spaces is dropped with its regions",
			page: `<nav><a> </a></nav><p>Zoë <a>met</a> José</p>`,
			text: "Zoë met José",
			want: HTMLRegions{"a": {{5, 8}}},
		},
		{
			name: "a picture's caption, its credit in a span",
			page: `<p>The pier reopens.</p><figure><img src="p.jpg"><figcaption>The pier at dusk. <span>Photo: Ana Ruiz</span></figcaption></figure>`,
			text: "The pier reopens.\nThe pier at dusk. Photo: Ana Ruiz",
			want: HTMLRegions{"figcaption": {{18, 51}}},
		},
		{
			name: "an aside inside the article is its own box, one outside it the page's",
			page: `<main><article><p>The pier reopens.</p><aside><h2>At a glance</h2><p>Cost: £4m</p></aside></article></main><aside>Most read</aside>`,
			text: "The pier reopens.\nAt a glance\nCost: £4m\nMost read",
			want: HTMLRegions{"aside": {{41, 50}}},
		},
		{
			name: "a headline as the top-level heading, the site's name a link in another",
			page: `<header><h1><a href="/">The Paper</a></h1></header><article><h1>Pier <i>reopens</i></h1><h2>At a glance</h2></article>`,
			text: "The Paper\nPier reopens\nAt a glance",
			want: HTMLRegions{"a": {{0, 9}}, "h1": {{0, 9}, {10, 22}}},
		},
		{
			name: "elements whose class or id names site furniture, not one around the article or a post's text",
			page: `<div class="layout has-sidebar"><article><h1>Pier</h1><p class="wp-caption-text">The pier.</p>` +
				`<p>It reopens.</p><div id="comments"><p class="comment-body">Lovely.</p></div></article></div>` +
				`<div class="author_bio">Jo writes.</div><div class="content_related">Next</div><div class="adapt">Kept</div>` +
				`<div class="post-7 hentry tag-share category-comment">Kept too</div>` +
				`<div class="widget Blog" id="Blog1"><h3 class="post-title">Post</h3><div class="post-body entry-content">Its text.</div>` +
				`<div class="share-buttons">Share</div></div>`,
			text: "Pier\nThe pier.\nIt reopens.\nLovely.\nJo writes.\nNext\nKept\nKept too\nPost\nIts text.\nShare",
			want: HTMLRegions{"h1": {{0, 4}}, "class": {{5, 14}, {27, 34}, {35, 45}, {46, 50}, {80, 85}}},
		},
		{
			name: "a quotation's source in a footer inside the blockquote is no page footer",
			page: `<blockquote><p>Small rooms are easy to heat.</p><footer>Oda Lind</footer></blockquote>`,
			text: "Small rooms are easy to heat.\nOda Lind",
			want: HTMLRegions{},
		},
		{
			name: "a table's cells, its headings too",
			page: `<table><tr><th>Year</th><th>Visitors</th></tr><tr><td>2019</td><td>41,200</td></tr></table>`,
			text: "Year\tVisitors\n2019\t41,200",
			want: HTMLRegions{"td": {{0, 13}, {14, 25}}},
		},
		{
			name: "long paragraphs under a paywall's class are the article's, under a comments class its readers'",
			page: `<div class="paywall"><p>The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive, at a cost of four million pounds over two years.</p><p>Farmers in the valley said the late rain had saved most of the harvest, though prices stayed low and two of the co-operative's buyers had gone elsewhere.</p></div>` +
				`<div class="comments"><p>The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive, at a cost of four million pounds over two years.</p><p>Farmers in the valley said the late rain had saved most of the harvest, though prices stayed low and two of the co-operative's buyers had gone elsewhere.</p></div>`,
			text: "The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive, at a cost of four million pounds over two years.\nFarmers in the valley said the late rain had saved most of the harvest, though prices stayed low and two of the co-operative's buyers had gone elsewhere.\nThe council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive, at a cost of four million pounds over two years.\nFarmers in the valley said the late rain had saved most of the harvest, though prices stayed low and two of the co-operative's buyers had gone elsewhere.",
			want: HTMLRegions{"class": {{302, 449}, {450, 603}}},
		},
		{
			name: "a pull quote's source in a figcaption is no picture's caption",
			page: `<figure><blockquote>Small rooms are easy to heat.</blockquote><figcaption>Oda Lind</figcaption></figure>`,
			text: "Small rooms are easy to heat.\nOda Lind",
			want: HTMLRegions{},
		},
		{
			name: "text of no region",
			page: `<p>Plain text.</p>`,
			text: "Plain text.",
			want: HTMLRegions{},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text, regions, err := ReadHTMLRegions(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if text != tt.text {
				t.Errorf("text %q, want %q", text, tt.text)
			}
			if diff := cmp.Diff(tt.want, regions); diff != "" {
				t.Errorf("regions (-want +got):\n%s", diff)
			}
		})
	}
}

// TestHTMLRegionsRoundTrip imports a page, checks the key in code points, writes
// the document as JSONL and reads it back: the regions are the same.
func TestHTMLRegionsRoundTrip(t *testing.T) {
	page := `<p>Zoë <a href="x">met José</a></p><footer><a>Ñúñez</a></footer>`
	docs, _, err := openAll("page.html", strings.NewReader(page), DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	if d.Text != "Zoë met José\nÑúñez" {
		t.Fatalf("text %q", d.Text)
	}
	// In code points: "met José" is 4–12, "Ñúñez" 13–18.
	var got string
	for _, f := range d.Extra {
		if f.Key == htmlRegionsKey {
			got = string(f.Value)
		}
	}
	if want := `{"a":[[4,12],[13,18]],"footer":[[13,18]]}`; got != want {
		t.Errorf("%s = %s, want %s", htmlRegionsKey, got, want)
	}
	want := HTMLRegions{"a": {{5, 14}, {15, 23}}, "footer": {{15, 23}}} // bytes
	regions, err := d.HTMLRegions()
	if err != nil || !cmp.Equal(want, regions) {
		t.Fatalf("HTMLRegions() = %v, %v; want %v", regions, err, want)
	}
	back, report, err := ReadAll(bytes.NewReader(writeAll(t, docs)), DefaultLabels)
	if err != nil || len(report.Errors) > 0 {
		t.Fatalf("reading the export back: %v %v", err, report)
	}
	regions, err = back[0].HTMLRegions()
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, regions); diff != "" {
		t.Errorf("regions after the round trip (-want +got):\n%s", diff)
	}
}

func TestHTMLRegionsErrors(t *testing.T) {
	tests := []struct{ value, want string }{
		{`[1,2]`, `_html_regions: want an object of [start, end] lists: json: cannot unmarshal array into Go value of type map[string][][2]int`},
		{`{"a":[[3,5],[1,2]]}`, `_html_regions: "a" pair 2 [1, 2] is out of order`},
		{`{"a":[[5,3]]}`, `_html_regions: "a" pair 1 [5, 3] is out of order`},
		{`{"a":[[0,99]]}`, `_html_regions: "a" pair 1: offset 99 (code points) is outside the text (length 6)`},
	}
	for _, tt := range tests {
		d := &Document{Text: "Zoë ok", Extra: []Field{{htmlRegionsKey, rawJSON(tt.value)}}}
		_, err := d.HTMLRegions()
		if err == nil || err.Error() != tt.want {
			t.Errorf("%s: err %v, want %q", tt.value, err, tt.want)
		}
	}
	if r, err := (&Document{Text: "x"}).HTMLRegions(); r != nil || err != nil {
		t.Errorf("no key: %v, %v; want nil, nil", r, err)
	}
}

func FuzzReadHTMLRegions(f *testing.F) {
	f.Add(`<nav><ul><li><a href="/">Home</a></li></ul></nav><p>Read <a>the report</a> now.</p><footer>© 2025</footer>`)
	f.Add(`<pre><a>a
b</a></pre><aside><li>x<li> <li>y</aside>`)
	f.Add(`<a><svg><text>in svg</text></svg></a><a>&nbsp;</a>`)
	f.Fuzz(func(t *testing.T, page string) {
		text, regions, err := ReadHTMLRegions(strings.NewReader(page))
		if err != nil {
			return
		}
		for kind, runs := range regions {
			prev := -1
			for _, r := range runs {
				if r.Start <= prev || r.End <= r.Start || r.End > len(text) ||
					strings.Contains(text[r.Start:r.End], "\n") || !utf8.ValidString(text[r.Start:r.End]) {
					t.Fatalf("%s run %v of %q (after %d)", kind, r, text, prev)
				}
				prev = r.End
			}
		}
		var b []byte
		if b, err = appendHTMLRegions(b, text, regions); err != nil {
			t.Fatal(err)
		}
		d := &Document{Text: text, Extra: []Field{{htmlRegionsKey, b}}}
		back, err := d.HTMLRegions()
		if err != nil {
			t.Fatal(err)
		}
		for kind, runs := range regions {
			if !cmp.Equal(runs, back[kind]) {
				t.Fatalf("%s: %v read back as %v", kind, runs, back[kind])
			}
		}
	})
}

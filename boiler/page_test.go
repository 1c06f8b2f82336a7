package boiler

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestPageOf(t *testing.T) {
	page := `<nav><a href="/">Home</a> <a href="/news">News</a></nav>` +
		`<p>The council said it would consult on longer-term options soon.</p>` +
		`<figure><img src="pier.jpg" alt=""><figcaption>The new pier at dusk, seen from the beach by the old lifeboat station.</figcaption></figure>` +
		`<aside><a href="/x">Parks budget rises after a long debate</a></aside><footer>© 2025 Courier</footer>`
	var docs []*annotations.Document
	_, err := annotations.OpenEach("page.html", strings.NewReader(page), annotations.DefaultLabels,
		func(d *annotations.Document) error { docs = append(docs, d); return nil })
	if err != nil {
		t.Fatal(err)
	}
	p, err := PageOf(docs[0])
	if err != nil {
		t.Fatal(err)
	}
	// Home News (0–9), the paragraph (10–72, 62 bytes), the caption (73–143), the
	// aside's link (144–182), the footer (183–198: "©" is two bytes).
	want := Page{Text: docs[0].Text, HTML: true,
		Links:     []Range{{Start: 0, End: 9}, {Start: 144, End: 182}},
		Furniture: []Range{{Start: 0, End: 9}, {Start: 144, End: 182}, {Start: 183, End: 198}},
		Captions:  []Range{{Start: 73, End: 143}}}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("PageOf (-want +got):\n%s", diff)
	}
	ds := (*Corpus)(nil).Decide(p, DefaultThreshold)
	if got := verdicts(ds, p.Text); got != "BTBBB" {
		t.Errorf("verdicts %s, want BTBBB", got)
	}
	if want := "a picture's caption (figcaption) of the page"; ds[2].Reason != want {
		t.Errorf("the caption's reason %q, want %q", ds[2].Reason, want)
	}
	plain, err := PageOf(&annotations.Document{Text: "x"})
	if err != nil || !cmp.Equal(Page{Text: "x"}, plain) {
		t.Errorf("a document with no regions: %+v, %v", plain, err)
	}
	bad := &annotations.Document{Text: "x", Extra: []annotations.Field{{Key: "_html_regions", Value: []byte(`{"a":[[0,9]]}`)}}}
	if _, err := PageOf(bad); err == nil {
		t.Error("regions past the text: no error")
	}
}

func TestUnion(t *testing.T) {
	got := union([]Range{{Start: 0, End: 3}, {Start: 10, End: 12}}, []Range{{Start: 2, End: 5}}, nil, []Range{{Start: 12, End: 14}, {Start: 20, End: 21}})
	want := []Range{{Start: 0, End: 5}, {Start: 10, End: 14}, {Start: 20, End: 21}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("union (-want +got):\n%s", diff)
	}
}

// TestPageWith: the regions of a page's HTML as the rules read them: links; navs,
// footers and asides as furniture, sorted and joined where they overlap; captions; the
// top-level headings; the elements whose class names site furniture; list items and
// table cells.
func TestPageWith(t *testing.T) {
	regions := annotations.HTMLRegions{
		"a":          {{Start: 0, End: 4}, {Start: 7, End: 11}},
		"li":         {{Start: 0, End: 11}},
		"footer":     {{Start: 30, End: 40}},
		"nav":        {{Start: 0, End: 11}, {Start: 35, End: 45}},
		"figcaption": {{Start: 12, End: 29}},
		"h1":         {{Start: 46, End: 60}},
		"class":      {{Start: 61, End: 70}},
		"td":         {{Start: 71, End: 80}},
	}
	want := Page{Text: "t", HTML: true,
		Links:     []Range{{Start: 0, End: 4}, {Start: 7, End: 11}},
		Furniture: []Range{{Start: 0, End: 11}, {Start: 30, End: 45}},
		Captions:  []Range{{Start: 12, End: 29}},
		H1:        []Range{{Start: 46, End: 60}},
		Classed:   []Range{{Start: 61, End: 70}},
		Items:     []Range{{Start: 0, End: 11}},
		Cells:     []Range{{Start: 71, End: 80}},
	}
	if diff := cmp.Diff(want, PageWith("t", regions)); diff != "" {
		t.Errorf("PageWith (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Page{Text: "t"}, PageWith("t", nil)); diff != "" {
		t.Errorf("PageWith a page not from HTML (-want +got):\n%s", diff)
	}
}

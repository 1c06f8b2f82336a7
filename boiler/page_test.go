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
	// Home News (0–9), the paragraph (10–72, 62 bytes), the aside's link (73–111), the
	// footer (112–127: "©" is two bytes).
	want := Page{Text: docs[0].Text, HTML: true,
		Links:     []Range{{Start: 0, End: 9}, {Start: 73, End: 111}},
		Furniture: []Range{{Start: 0, End: 9}, {Start: 73, End: 111}, {Start: 112, End: 127}}}
	if diff := cmp.Diff(want, p); diff != "" {
		t.Errorf("PageOf (-want +got):\n%s", diff)
	}
	ds := (*Corpus)(nil).Decide(p, DefaultThreshold)
	if got := verdicts(ds, p.Text); got != "BTBB" {
		t.Errorf("verdicts %s, want BTBB", got)
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

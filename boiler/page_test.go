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

func TestDecideLinksAndFurniture(t *testing.T) {
	text := "Menu items we keep for you here\nThe council said it would consult on longer-term options soon.\nAbout the paper and its people"
	// The first line is in a nav; the second has a link over "council"; the third is
	// wholly a link.
	page := Page{Text: text, HTML: true,
		Furniture: []Range{{Start: 0, End: 31}},
		Links:     []Range{{Start: 36, End: 43}, {Start: 95, End: 125}}}
	ds := (*Corpus)(nil).Decide(page, DefaultThreshold)
	want := []string{"inside a nav, footer or aside of the page", "reads as prose: 11 words, 64% stop words, ends a sentence", "100% of its text is links"}
	for i, w := range want {
		if ds[i].Reason != w {
			t.Errorf("line %d: reason %q, want %q", i, ds[i].Reason, w)
		}
	}
	if got := verdicts(ds, text); got != "BTB" {
		t.Errorf("verdicts = %s, want BTB", got)
	}
}

// TestDecideClassed: a line inside an element whose class or id names site furniture
// (an author's box written as a <div class="author-box">) is boilerplate, though it
// reads as prose.
func TestDecideClassed(t *testing.T) {
	text := "The council said it would consult on longer-term options soon.\n" +
		"Priya Lomax covers the council for the Local Democracy Reporting Service, which the BBC funds."
	page := Page{Text: text, HTML: true, Classed: []Range{{Start: 63, End: len(text)}}}
	ds := (*Corpus)(nil).Decide(page, DefaultThreshold)
	if got := verdicts(ds, text); got != "TB" {
		t.Errorf("verdicts = %s, want TB", got)
	}
	if want := "inside an element of the page whose class or id names site furniture (comments, sidebar, share …)"; ds[1].Reason != want {
		t.Errorf("reason %q, want %q", ds[1].Reason, want)
	}
}

// TestDecideTabulated: in an HTML page, a fact box's list item with a year and a
// table's row with one are the article's, not datelines; the row as plain text, or the
// item as a list item that is a link, is a date (as plain text, the item gives a year
// alone: no date).
func TestDecideTabulated(t *testing.T) {
	text := "The museum had its best year since it opened, the council said on Tuesday.\n" +
		"Opened in 1932\n2019\t41,200 visitors\n" +
		"The director said the new ferry pier had brought day trippers from the islands."
	at := func(s string) Range { return rangeOf(text, s) }
	for _, tt := range []struct {
		name string
		page Page
		want string
	}{
		{"list item and cells", Page{Text: text, HTML: true, Items: []Range{at("Opened in 1932")}, Cells: []Range{at("2019\t41,200 visitors")}}, "TTTT"},
		{"plain text", Page{Text: text}, "TTBT"},
		{"a linked list item", Page{Text: text, HTML: true, Items: []Range{at("Opened in 1932")}, Links: []Range{at("Opened in 1932")}}, "TBBT"},
	} {
		if got := verdicts((*Corpus)(nil).Decide(tt.page, DefaultThreshold), text); got != tt.want {
			t.Errorf("%s: verdicts = %s, want %s", tt.name, got, tt.want)
		}
	}
}

// TestDecideH1Standfirst: a magazine's other pages give a piece's headline and its
// standfirst as a card's title and excerpt; under the <h1>, the standfirst is the
// article's still.
func TestDecideH1Standfirst(t *testing.T) {
	const (
		headline   = "A weaver's cottage, stripped back to its bones"
		standfirst = "How a couple turned a damp two-up two-down in Frome into a light, quiet home for work and rest."
	)
	card := "Read more\n" + headline + "\n" + standfirst + "\n"
	text := "Grain & Gable\nHouses\n" + headline + "\n" + standfirst + "\n" +
		"When Ana and Tom first saw the cottage, water ran down the inside of the back wall every time it rained.\n© Grain & Gable\n"
	at := func(s string) Range { return rangeOf(text, s) }
	c := NewCorpus()
	c.Add(text)
	c.Add("Grain & Gable\nInterviews\nThe chair that forgives you\nA designer on ash, paper cord and patience, in her workshop by the river.\n" +
		"Oda Lind has made the same chair for eleven years, and she is still changing it a little every spring.\n" + card + "© Grain & Gable\n")
	c.Add("Grain & Gable\nReviews\nGrown, not made\nAn exhibition of furniture grown from living trees asks what a chair owes the forest.\n" +
		"The first room holds a single stool, grown over nine years from a willow bent around a frame.\n" + card + "© Grain & Gable\n")
	c.Add("Grain & Gable\nColumns\nIn praise of the drawer that sticks\nOld furniture has moods, and the sticking drawer is the best of them.\n" +
		"Every house I have lived in had one drawer that would not open without a shove and a word.\n" + card + "© Grain & Gable\n")
	c.Add("Grain & Gable\nGardens\nA meadow on a roof\nSedum was only the start: a terrace in Bristol now grows forty wild flowers.\n" +
		"The roof was flat, leaking and covered in gravel when Priya bought the flat below it in 2019.\n© Grain & Gable\n")
	page := Page{Text: text, HTML: true, H1: []Range{at(headline)}}
	if got, want := verdicts(c.Decide(page, DefaultThreshold), text), "BBTTTBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestDecideH1: the page's <h1> is its headline, though a menu stands above it and a
// standfirst and a byline below (which the text alone takes for the headline and its
// standfirst), and though other pages list it; the site's name set as <h1> but as a
// link home is not, nor one at the top of every page of the dataset.
func TestDecideH1(t *testing.T) {
	const (
		name     = "The Sideline"
		headline = "Northampton v Leicester: Premiership final – live"
	)
	text := name + "\nFootball\nRugby union\nCricket\n" + headline + "\n" +
		"Northampton retain the Premiership title with a last-minute try at Twickenham\nRobert Kitson, rugby union correspondent\n" +
		"Sat 31 May 2025 17.41 BST\nKey events\n2h ago Full time\n3h ago Yellow card\nFull time\n" +
		"Northampton are champions again, and they left it until the very last play of the season to make sure of it."
	at := func(s string) Range { return rangeOf(text, s) }
	page := Page{Text: text, HTML: true, Links: []Range{at(name)}, H1: []Range{at(name), at(headline)}}
	check := func(c *Corpus, p Page, line int, want bool, wantReason string) {
		t.Helper()
		d := c.Decide(p, DefaultThreshold)[line]
		if d.Boilerplate != want || wantReason != "" && d.Reason != wantReason {
			t.Errorf("line %d: boilerplate %v (%s), want %v (%s)", line, d.Boilerplate, d.Reason, want, wantReason)
		}
	}
	check(nil, page, 0, true, "100% of its text is links")
	check(nil, page, 4, false, "the page's headline (<h1>)")
	check(nil, Page{Text: text}, 4, true, "") // without its <h1>, a short line between menu items
	// Every page of the dataset lists the newest post: its <h1> is its headline still,
	// but the site's name, no link but an <h1> at every page's top, is not.
	c := NewCorpus()
	c.Add(text)
	c.Add("The Sideline\nFootball\nCricket\nBath v Exeter: a report\nBath won at the Rec on a wet afternoon, and nobody there will forget it.\n" +
		"Latest\n" + headline)
	check(c, page, 4, false, "the page's headline (<h1>)")
	unlinked := Page{Text: text, HTML: true, H1: page.H1}
	if d := c.Decide(unlinked, DefaultThreshold)[0]; d.Reason == "the page's headline (<h1>)" {
		t.Errorf("the site's name at every page's top: %s", d.Reason)
	}
}

// TestDecideH1Opening: every other page of a blog quotes the newest post's first
// sentence under its title in "Popular posts"; under the post's <h1>, its first
// paragraph is the article's.
func TestDecideH1Opening(t *testing.T) {
	const (
		headline = "Goodbye, old boots"
		opening  = "On Thursday the sole of the left one came away from the upper."
		rest     = " I had walked 6,900 kilometres in them, and I am not ashamed to say I sat on the stile and had a little cry."
	)
	text := "Kissing Gate\nHome\nWalks\n" + headline + "\n22 March 2026\n" + opening + rest + "\n" +
		"I planted them up with sempervivums, and they are by the back door now, where I can see them from the kitchen.\n"
	at := func(s string) Range { return rangeOf(text, s) }
	c := NewCorpus()
	c.Add(text)
	for _, post := range []string{"A cold circuit of Brenning Fell", "Three reservoirs and a tea shop", "Five days on Isla Ferrosa"} {
		c.Add("Kissing Gate\nHome\nWalks\n" + post + "\n1 March 2026\n" +
			"We set off from the car park at eight with frost on the grass, and the tops were clear for the first time in weeks.\n" +
			"Popular posts\n" + headline + "\n" + opening + " Read more\n")
	}
	page := Page{Text: text, HTML: true, H1: []Range{at(headline)}}
	d := c.Decide(page, DefaultThreshold)[5]
	if d.Boilerplate || !strings.HasPrefix(d.Reason, "the text's first paragraph under the <h1>") {
		t.Errorf("the first paragraph: boilerplate %v (%s)", d.Boilerplate, d.Reason)
	}
}

// TestDecideCellRows: an HTML page's results table stands between an ad's label and a
// "Read also" box; its rows are the article's, as the page set them in a table's cells.
func TestDecideCellRows(t *testing.T) {
	text := "The club's season ended with a win, and the coach said he was proud of every one of them.\n" +
		"Advertisement\nHarwick\t3\t1\nSaltmoor\t2\t2\nRead also: the new stand opens in May\n" +
		"The league will publish next season's fixtures in June, the chairman said on Saturday."
	at := func(s string) Range { return rangeOf(text, s) }
	page := Page{Text: text, HTML: true, Cells: []Range{at("Harwick\t3\t1"), at("Saltmoor\t2\t2")}}
	if got, want := verdicts((*Corpus)(nil).Decide(page, DefaultThreshold), text), "TBTTBT"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// rangeOf is the range of s's first occurrence in text.
func rangeOf(text, s string) Range {
	i := strings.Index(text, s)
	return Range{Start: i, End: i + len(s)}
}

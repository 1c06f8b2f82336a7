package boiler

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// verdicts writes one letter a line: B boilerplate, T text (body), E empty.
func verdicts(ds []Decision, text string) string {
	var b strings.Builder
	for _, d := range ds {
		switch {
		case strings.TrimSpace(text[d.Start:d.End]) == "":
			b.WriteByte('E')
		case d.Boilerplate:
			b.WriteByte('B')
		default:
			b.WriteByte('T')
		}
	}
	return b.String()
}

// wantDatasetVerdicts decides own in a dataset of it and others (a site's pages) and
// checks its verdicts (see verdicts).
func wantDatasetVerdicts(t *testing.T, own, want string, others ...string) {
	t.Helper()
	c := NewCorpus()
	for _, text := range append([]string{own}, others...) {
		c.Add(text)
	}
	if got := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own); got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// wantVerdicts decides text alone (no dataset) and checks its verdicts (see verdicts).
func wantVerdicts(t *testing.T, text, want string) []Decision {
	t.Helper()
	ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
	if got := verdicts(ds, text); got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	return ds
}

const article = `Home
News
Port approves plan to double container capacity by 2030
By Alice Moreno
14 March 2025, 09:12 GMT
The regional port authority voted on Thursday to approve a plan that would double the harbour's capacity.

Advertisement
What happens next
The plan now goes to the national agency, which has six months to decide whether to confirm it.
More on this story
Shipping rates fall for third month as demand cools
3h ago
© 2025 The Daily Meridian`

func TestDecideArticle(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: article}, DefaultThreshold)
	if got, want := verdicts(ds, article), "BBTBBTEBTTBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	wantReasons := map[int]string{
		0: `says "home" (en wording)`,
		// to, by: 2 of 8 words (a number is not a word)
		2: "the page's headline: its byline follows it, then the body text",
		3: `says "by" (en wording)`,
		4: "a date: a year and at most 6 words",
		// the, on, to, a, that, would, the, s: 8 of 18 ("harbour’s" is two words)
		5: "reads as prose: 18 words, 44% stop words, ends a sentence",
		6: "empty line",
		7: `says "advertisement" (en wording)`,
		8: "short line before body text (a subheading)",
		// for, third, as: 3 of 9
		11: `in a list headed "More on this story": nearly reads as prose: 9 words, 33% stop words, between boilerplate lines`,
		12: `says "#h ago" (en wording)`,
	}
	for i, want := range wantReasons {
		if ds[i].Reason != want {
			t.Errorf("line %d %q: reason %q, want %q", i, article[ds[i].Start:ds[i].End], ds[i].Reason, want)
		}
	}
}

func TestDecideOffsets(t *testing.T) {
	text := "Read Next\r\nSome words here.\n\nÉté"
	ds := NewCorpus().Decide(Page{Text: text}, DefaultThreshold)
	var got [][2]int
	for i, d := range ds {
		if d.Line != i {
			t.Errorf("decision %d has Line %d", i, d.Line)
		}
		got = append(got, [2]int{d.Start, d.End})
	}
	want := [][2]int{{0, 9}, {11, 27}, {28, 28}, {29, 34}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("line ranges (-want +got):\n%s", diff)
	}
}

func TestThreshold(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: article}, 0.8)
	// From 0.8, wording and the dateline (0.85 and up) are boilerplate, a nearly-prose
	// line between boilerplate lines (0.6) is not.
	if got, want := verdicts(ds, article), "BBTBBTEBTTBTBB"; got != want {
		t.Errorf("verdicts at 0.8 = %s, want %s", got, want)
	}
}

// TestDecideEchoes: a teaser list gives each headline twice, once with its section
// after it; such pairs are boilerplate even when they read as prose, and a line that
// goes on for longer than a section's name is not an echo.
func TestDecideEchoes(t *testing.T) {
	text := "The council met on Thursday to discuss the harbour plan and its costs.\n" +
		"Is the Harbour Plan Worth What It Costs? Economy\n" +
		"Is the Harbour Plan Worth What It Costs?\n" +
		"Is the Harbour Plan Worth What It Costs? The council thinks so, and said why on Thursday.\n" +
		"Who pays for the new wall?\n" +
		"Who pays for the new wall? War in Ukraine\n"
	ds := wantVerdicts(t, text, "TBBTBBE")
	want := "a headline given twice, once with a few words more (a list of links)"
	for _, i := range []int{1, 2, 4, 5} {
		if ds[i].Reason != want {
			t.Errorf("line %d: reason %q, want %q", i, ds[i].Reason, want)
		}
	}
}

// A timetable's row that gives the minutes of the row above it and more is no headline
// given twice.
func TestDecideTimetableRowsNoEchoes(t *testing.T) {
	const text = `Line 27 runs every ten minutes in the morning rush, from the terminal to the harbour.
06시 | 00 15 30 45
07시 | 00 15 30 45 50
08시 | 00 15 30 45 50
On Sundays and holidays the first bus leaves the terminal at half past six.`
	wantVerdicts(t, text, "TTTTT")
}

// A recipe page: a headline and standfirst under the menu, an ingredient list after an
// advertisement, a table of contents whose entries head sections below, a reader's
// comment with its name above its reply button.
const recipe = `Home
Recipes
Lentil soup with ginger and lime
Warming and cheap, and on the table in forty minutes
By Lotte Bakker
Contents
The ingredients we need
Cooking the soup step by step
Advertisement
The ingredients we need
For four people you need only a few things from the shop:
1 large onion, chopped
1 piece of fresh ginger, grated
250 g red lentils, rinsed
Cooking the soup step by step
Fry the onion in a little oil until it is soft, then add the ginger and cook for a minute.
Add the lentils and the stock, and let the soup simmer until the lentils fall apart.
Marieke
I made this tonight and everyone loved it, even my son who never eats soup!
Reply
© 2025 Lotte's Kitchen`

func TestDecideShapes(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: recipe}, DefaultThreshold)
	// menu BB, headline and standfirst TT, byline B, contents BBB, advertisement B,
	// heading and its colon T T, ingredients TTT, heading T, steps TT, name and comment BB,
	// reply B, © B
	if got, want := verdicts(ds, recipe), "BBTTBBBBBTTTTTTTTBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	wantReasons := map[int]string{
		2:  "the page's headline: the last line before the body text that nearly reads as prose with a standfirst after it",
		3:  "the headline's standfirst: it follows the page's headline and nearly reads as prose",
		12: "short line between body lines", // 5 words, 1 a stop word: short, not boilerplate by its words
		17: "a reader's comment: a reply button follows it",
		18: "a reader's comment: a reply button follows it",
	}
	for i, want := range wantReasons {
		if ds[i].Reason != want {
			t.Errorf("line %d %q: reason %q, want %q", i, recipe[ds[i].Start:ds[i].End], ds[i].Reason, want)
		}
	}
	if r := ds[10].Reason; !strings.HasPrefix(r, "reads as prose: 12 words") {
		t.Errorf("line 10, ending with a colon: reason %q, want prose", r)
	}
	for _, i := range []int{9, 14} {
		if r := ds[i].Reason; !strings.HasPrefix(r, "a section's heading (its other copy lists it)") {
			t.Errorf("line %d: reason %q, want a section's heading", i, r)
		}
	}
}

// A teaser of another article in the middle of the body, in the shape of scraped news
// pages: its headline, a heading, the headline again and its summary; the same headline
// in the list of links at the end, and the site's name twice above the site's blurb.
const teaserInBody = `The ferry operators agreed on Tuesday to restore the winter timetable after two weeks of talks.
The union said the agreement was a start, and that it would watch the night sailings closely.
Harbour Cranes Will Be Replaced by Electric Models, Port Says
Other Topics of Interest
Harbour Cranes Will Be Replaced by Electric Models, Port Says
The port plans to replace all six of its diesel cranes by 2028, which will cut the noise along the quay, it said.
Earlier this winter, the transport office fined one operator for sailing with fewer crew than its licence requires.
Passengers on the islands say they will believe the new timetable when they see the boats.
Baltic Ledger
Baltic Ledger
The Baltic Ledger is an independent newspaper covering the Nordic and Baltic states since 2004, read in 40 countries.
Read Next
Harbour Cranes Will Be Replaced by Electric Models, Port Says Economy
Harbour Cranes Will Be Replaced by Electric Models, Port Says
By Mari Lund
3h ago`

func TestDecideTeaserInBody(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: teaserInBody}, DefaultThreshold)
	// body TT, teaser BBBB, body TT, site name BB and blurb B, list of links BBBBB
	if got, want := verdicts(ds, teaserInBody), "TTBBBBTTBBBBBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	want := map[int]string{
		4:  "appears 3 times in this document",
		5:  "a teaser's summary: it follows a headline given again in this page",
		10: "a teaser's summary: it follows a headline given again in this page", // the site's blurb
	}
	for i, w := range want {
		if !strings.HasPrefix(ds[i].Reason, w) {
			t.Errorf("line %d: reason %q, want it to start %q", i, ds[i].Reason, w)
		}
	}
}

// TestCallToWriteIn: a question with the newsroom's address is a call to write in; an
// address in the article's own sentence is not.
func TestCallToWriteIn(t *testing.T) {
	text := "The council will decide on the plan for the harbour wall next month, after a public consultation.\n" +
		"Residents can send their views to consult@harbour.gov.uk until the end of June, the council said.\n" +
		"Seen flooding on your street today? Send your pictures to news@courier.co.uk and tell us where.\n"
	ds := wantVerdicts(t, text, "TTBE")
	if want := "a call to write in: a question and an e-mail address"; ds[2].Reason != want {
		t.Errorf("line 3: reason %q, want %q", ds[2].Reason, want)
	}
}

// TestPoll: a poll after the article, its heading, question, options and button, is
// boilerplate; a question in the article is not.
func TestPoll(t *testing.T) {
	text := "What would it take to save the old mill? The owners say a buyer must be found by spring.\n" +
		"The council will decide on the plan for the harbour wall next month, after a public consultation.\n" +
		"Poll\nShould the town buy the mill?\nYes, save it\nOnly if the owner pays\nNo, tear it down\nVote\n"
	wantVerdicts(t, text, "TTBBBBBBE")
}

// TestDocKey: lines of one document are the same line when their normalised forms are,
// unless figures are much of what they say.
func TestDocKey(t *testing.T) {
	tests := []struct {
		a, b string
		same bool
	}{
		{"£32 for 50ml", "£24 for 40ml", false},
		{"£32 for 50ml", "£32 for 50ml", true},
		{"Storm hits the coast · 3 min read", "Storm hits the coast · 5 min read", true},
		{"Most Read", "most read", true},
		{"88' GOAL! Harwick 2-2 Saltmoor", "61' GOAL! Harwick 1-2 Saltmoor", false}, // a live blog's entries
		{"88' GOAL! Harwick 2-2 Saltmoor", "88' GOAL! Harwick 2-2 Saltmoor", true},
		{"Verlag Frieling & Nöhr, 264 Seiten, 32 Euro. Erscheint am 12. März", "Verlag Frieling & Nöhr, 190 Seiten, 22 Euro. Erscheint am 6. März", false}, // two books' details
		{"Buy from the Tendril Shop, 2 litre pot, £14.95", "Buy from the Tendril Shop, 2 litre pot, £14.95", true},
		{"14km, about 4 hours", "19km, about 7 hours", false}, // two days' walks: measures
		{"Photo 1 of 6", "Photo 2 of 6", true},                 // a gallery's counter
		{"Da 140 euro a notte.", "Da 85 euro a notte.", false}, // a roundup's prices
		{"Ab 24,90 € im Set", "Ab 32,99 € im Set", false},
		{"Da 140 euro a notte.", "Da 140 euro a notte.", true},
	}
	for _, tt := range tests {
		a, b := line{text: tt.a, norm: normalise(tt.a)}, line{text: tt.b, norm: normalise(tt.b)}
		if got := docKey(a) == docKey(b); got != tt.same {
			t.Errorf("%q and %q the same line: %v, want %v", tt.a, tt.b, got, tt.same)
		}
	}
}

// TestSectionHeadingOfList: a guide's table of contents lists its sections; the one
// that heads a list of tools, not prose, is still a section's heading, and its list
// the article's; so is one that heads a numbered item and its text.
func TestSectionHeadingOfList(t *testing.T) {
	text := "In this guide\nWhen to lift\nYou will need\nStep by step\nCommon problems\n" +
		"Every October the same question arrives in our inbox from someone who has just had their best dahlias.\n" +
		"When to lift\n" +
		"Wait until the first frost has blackened the foliage, which tells the plant to stop growing.\n" +
		"You will need\nA garden fork\nSecateurs\nPlant labels and a pencil\n" +
		"Step by step\n" +
		"Cut each stem down to about a hand's width above the ground, and label it before you dig.\n" +
		"Common problems\n1. Rot in store\n" +
		"A tuber that turns soft over winter was usually lifted wet, so let them dry for a week first.\n"
	wantVerdicts(t, text, "BBBBBTTTTTTTTTTTTE")
}

// A forum's thread: its posts, above their reply buttons, are what the page is for; no
// article comes before the first.
func TestDecideForumThread(t *testing.T) {
	text := "Forums › Damp and insulation\n" +
		"Condensation on the windows and mould in the bedroom\n" +
		"rita_f\n" +
		"We moved into a flat from 1984 in September, and every morning the windows are running with water.\n" +
		"Reply · Quote\n" +
		"manel_plumber\n" +
		"That is condensation, not a leak: open the windows wide for ten minutes morning and evening.\n" +
		"Reply · Quote\n"
	ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
	for i, want := range map[int]bool{3: false, 4: true, 6: false, 7: true} {
		if ds[i].Boilerplate != want {
			t.Errorf("line %d: boilerplate %v, want %v (%s)", i, ds[i].Boilerplate, want, ds[i].Reason)
		}
	}
}

// A crawl of a forum's thread starts with its first post, which has its own reply
// button: the replies below are the thread's too.
func TestDecideCrawledForumThread(t *testing.T) {
	const text = `date 2024-03-11 Hi all, first post here. My sourdough starter is three weeks old and doubles in six hours, but my loaves come out dense with a gummy line at the bottom. What am I doing wrong?
crumb_tom · 1 post
11 Mar 2024, 19:42
Like · Reply · Quote

Marguerite_B · 4,812 posts
11 Mar 2024, 20:05
Classic underproofing, I'd bet. A starter that doubles in six hours is fine, but it doesn't tell you how far along your dough is.
Like (12) · Reply · Quote`
	wantVerdicts(t, text, "TBBBEBBTB")
}

// A crawl of a forum's thread whose first post goes on below the thread's header, its
// reply button under its second paragraph: the replies, more prose than the first
// post, are the thread's too.
func TestDecideForumFirstPostGoesOn(t *testing.T) {
	const text = `date 2024-03-11 Hi all, my sourdough starter is three weeks old and doubles in six hours, but my loaves come out dense with a gummy line at the bottom.
Forum › Baking › Bread
12 replies · 1,284 views

I bake at 230 degrees in a cast-iron pot, lid on for twenty minutes and off for twenty-five. What am I doing wrong?
Quote · Reply · Report

Marguerite_B
Expert member · 4,812 posts
11 March 2024, 20:05
Classic underproofing, I'd bet. A starter that doubles in six hours is fine, but it doesn't tell you how far along your dough is.
Quote · Reply · Report

crumb_tom
New member · 3 posts
11 March 2024, 21:40
Thanks, that makes sense. I'll let the dough rise for another two hours next time and see what happens.
Quote · Reply · Report`
	wantVerdicts(t, text, "TBBETBEBBBTBEBBBTB")
}

// A forum's posts, each under its author's name, a count of posts and a date, are most
// of the page's prose: the posts are its text, the dates the site's.
func TestDecideForumPostsUnderDates(t *testing.T) {
	const text = `date 2023-10-02 Hello everyone, my young apple tree has had yellow leaves since the end of September. It was planted in spring and has grown well over the summer.

tom_allotment
Joined: May 2023 | Posts: 12
02.10.2023, 19:41

The soil is rather sandy and the tree stands in full sun; I water it twice a week with two buckets.

Hazel_W
Moderator | Posts: 8,932
02.10.2023, 20:15
At the start of October that is mostly natural. The tree is getting ready for winter and pulls the nutrients back from its leaves.

Gardener_Jo
Posts: 341
04.10.2023, 16:28
Same with my pear two years ago. After mulching and regular watering it was fine the next year, and this year I picked my first fruit.

Sam_on_the_plot
Posts: 77
05.10.2023, 08:02
Check the bark at the foot of the trunk too, in case voles have been at it over the summer months.`
	ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
	for i, want := range map[int]bool{6: false, 10: true, 11: false, 15: true, 16: false, 20: true, 21: false} {
		if ds[i].Boilerplate != want {
			t.Errorf("line %d: boilerplate %v, want %v (%s)", i, ds[i].Boilerplate, want, ds[i].Reason)
		}
	}
}

// A guide's table of contents lists a section whose heading is wording too ("How we
// test"): the section headings beside it are still the article's.
func TestSectionHeadingBesideWording(t *testing.T) {
	text := "Jump to\nOur top picks\nHow we test\n" +
		"If you dry washing indoors through the winter, a dehumidifier is the most useful thing you can buy this year.\n" +
		"Our top picks\n" +
		"The Drysense pulled more water out of our back bedroom than any other model we tested, and it did it quietly.\n" +
		"How we test\n" +
		"Every dehumidifier spent five days in the same north-facing bedroom, with the door shut and the heating off.\n"
	wantVerdicts(t, text, "BBBTTTBTE")
}

// A recipe post's contents, under their heading, list the section that follows them
// right away: its heading, though only the contents' last entry stands between the
// copies, is the section's, and its paragraph the article's, not a teaser's summary.
func TestSectionHeadingUnderContents(t *testing.T) {
	text := "Contents\nWhy this recipe works\nThe recipe\nWhy this recipe works\n" +
		"Blind-baking the pastry for ten minutes is what keeps the base crisp under all that custard and fruit.\n" +
		"Granny kept a tin of apples by the back door every autumn, and this tart was where most of them went.\n"
	wantVerdicts(t, text, "BBBTTTE")
}

// A documentation page lists its sections after its text, under "On this page": the
// sections' headings above are the text's, the list's copies the page's.
func TestSectionHeadingContentsBelow(t *testing.T) {
	text := "Lookup order\n" +
		"When a setting is defined in more than one place, the source that comes later in the list below overrides the earlier ones.\n" +
		"A minimal file\n" +
		"Most projects need only two settings, the storage path and the port, and the defaults are right for everything else.\n" +
		"On this page\nLookup order\nA minimal file\n"
	wantVerdicts(t, text, "TTTTBBBE")
}

// TestBookContents: a library's record gives the book's contents under their heading,
// entries the page does not give again (a page's own contents name its sections), a
// chapter's years among them: they and their heading are the text.
func TestBookContents(t *testing.T) {
	book := "date 2025-01-20 The salt roads of the upper valley carried brine from the springs to the river ports for four hundred years, and this book follows them.\n" +
		"Share on Facebook\n" +
		"\n" +
		"Contents\n1. The springs and their owners\n2. Tolls and carters, 1933–1948\n3. The long quarrel over the staple\nIndex\n" +
		"\n" +
		"The author walked every surviving stretch of the roads and sets what she found beside the account books of the salt office.\n"
	wantVerdicts(t, book, "TBETTTTTETE")
}

// A headline of names and few stop words is the page's headline when its standfirst has
// a byline after it.
func TestDecideNamedHeadline(t *testing.T) {
	const obituary = `Home
People
Maurice Ferrand, founder of Ferrand Patisserie, dies aged 91
The Lyon-born pastry chef built a wholesale business that supplied tarts to hotels across the UK for half a century
By Harriet Ashdown
8 November 2025
Maurice Ferrand, who has died aged 91, arrived in London in 1961 with a suitcase and a set of piping nozzles.
He opened his first bakery in Acton in 1978, and by the nineties his tarts were sold in every department store.`
	ds := wantVerdicts(t, obituary, "BBTTBBTT")
	if r := ds[2].Reason; !strings.HasPrefix(r, "the page's headline") {
		t.Errorf("the headline's reason is %q", r)
	}
}

// A blog post's headline with no standfirst, given again under the post (the post's
// link in its comments' heading, or the list of recent posts), is still its headline;
// its copy below is not. A menu's last entry may be a box's heading ("About me"): the
// box stops at the headline.
func TestDecideHeadlineGivenAgain(t *testing.T) {
	const post = `Relining the old canoe, part four: the canvas
Posted on 9 February 2026 by Gareth
If you have been following along, you will know that the hull has been stripped back to bare cedar.
I read about this step more than any other, because it is the one that is hard to undo.
Recent posts
Relining the old canoe, part four: the canvas
A new paddle from a single ash board`
	for _, tt := range []struct{ menu, want string }{
		{"Home\nAbout\n", "BBTBTTBBB"},
		{"Home\nProjects\nAbout me\n", "BBBTBTTBBB"},
	} {
		ds := wantVerdicts(t, tt.menu+post, tt.want)
		headline := strings.Count(tt.menu, "\n")
		if r := ds[headline].Reason; !strings.HasPrefix(r, "the page's headline: given again below") {
			t.Errorf("the headline's reason is %q", r)
		}
	}
}

// A blog's name and tagline stand above its menu, an entry a line; the post's headline
// below the menu, over its byline or under its date, is the page's, though it reads as
// prose.
func TestDecideBlogNameAboveMenuOfLines(t *testing.T) {
	const top = "Two Boots and a Flask\nHill days, bothy nights and the occasional bog\nHome\nRoute reports\nBothies\nKit talk\nAbout\n"
	const text = "I have been trying to get the horseshoe done in full winter conditions for about four years now, and every time the weather turned.\n" +
		"This year the forecast finally lined up, so I left the car at the church before seven with crampons, an axe and far too much tea.\n" +
		"© 2026 Two Boots and a Flask"
	for _, tt := range []struct{ post, want string }{
		{"The Kettlesike Horseshoe in February snow\n15 February 2026 by Dougie\n", "BBBBBBBTBTTB"},
		{"Sunday, 15 February 2026\nThe Kettlesike Horseshoe in snow\n", "BBBBBBBBTTTB"},
		{"How I walked the whole Kettlesike Horseshoe in snow, and why I turned back at the crag\nPublished on 15 February 2026 by Dougie Harland, with photographs\n", "BBBBBBBTBTTB"},
	} {
		wantVerdicts(t, top+tt.post+text, tt.want)
	}
}

// A wire story's headline stands right above its standfirst, its byline and date
// below that, and the site's list of headlines gives it again at the foot.
func TestDecideHeadlineOverStandfirstGivenAgain(t *testing.T) {
	const text = `Nederland › Binnenland
NNB
Waterschappen in het oosten verbieden beregenen uit sloten en beken
Door de aanhoudende droogte mogen boeren en tuinders in grote delen van Oost-Nederland vanaf vrijdag geen water meer uit sloten en beken halen.
Door onze redactie / NNB
donderdag 14 augustus 2026, 12:18
Het verbod geldt voor alle oppervlaktewater in het beheergebied van drie waterschappen, meldden die donderdag in een gezamenlijke verklaring.
Wie toch beregent, riskeert een boete van enkele honderden euro's, zei een woordvoerder van een van de waterschappen.
Meest gelezen
Waterschappen in het oosten verbieden beregenen uit sloten en beken
Treinverkeer rond Utrecht hersteld na storing`
	wantVerdicts(t, text, "BBTTBBTTBBB")
}

// A headline with no standfirst, between the breadcrumb and its byline, nearly reads as
// prose: it is the page's headline, though the byline and a note keep it too far from
// the text for a heading of it.
func TestDecideSignedHeadline(t *testing.T) {
	const post = `Home » Projects » Woodwork
How to Build a Hidden-Bracket Floating Shelf (With Only a Drill and a Saw)
Written by Gethin Parry · Updated 3 February 2026 · 24 comments
Heads up: some links below are affiliate links. If you buy through them, Offcut & Level gets a small commission at no extra cost to you, which keeps the site free to read.
Floating shelves look like magic: no brackets, no visible screws, just a slab of timber that seems to grow out of the wall.
The trick is a hidden frame. You screw a simple ladder of battens to the wall, then slide the shelf over it.
© 2026 Offcut & Level`
	ds := wantVerdicts(t, post, "BTBBTTB")
	if r := ds[1].Reason; !strings.HasPrefix(r, "the page's headline: its byline") {
		t.Errorf("the headline's reason is %q", r)
	}
}

// The same, when the byline starts with its date and no author's wording: a line decided
// by itself that gives a year signs the headline too.
func TestDecideDatedHeadline(t *testing.T) {
	const post = `Home
Recipes
About Hattie
Rhubarb and Custard Buns (the ones from the school kitchen)
Published: 3 March 2026 · Last updated: 5 March 2026 · Hattie Marr · 27 comments
This post may contain affiliate links. I only recommend things I use in my own kitchen.
My mum was a dinner lady at Cragbeck Primary for twenty-two years, and every Friday she came home smelling of custard.
On the last Friday of every month, if there was rhubarb, there were rhubarb and custard buns.
© 2026 Salt & Sorrel`
	ds := wantVerdicts(t, post, "BBBTBBTTB")
	if r := ds[3].Reason; !strings.HasPrefix(r, "the page's headline: its byline") {
		t.Errorf("the headline's reason is %q", r)
	}
}

// The same, when the post's first line is short ("Right."): the headline is still the
// line above the byline.
func TestDecideSignedHeadlineShortOpening(t *testing.T) {
	const post = `The Bent Bow
My cello goes to the luthier: the verdict and the bill
12 January 2026 · 9 comments
Right. It had to happen.
Since November my cello had been buzzing on the D string, a faint sound that came only on certain notes.
So last week I took my courage in both hands, the cello in its case, and the train to the workshop.
© 2026 The Bent Bow`
	ds := wantVerdicts(t, post, "BTBTTTB")
	if r := ds[1].Reason; !strings.HasPrefix(r, "the page's headline: its byline") {
		t.Errorf("the headline's reason is %q", r)
	}
}

// And when the post starts with two short lines, which could pass for a headline and
// its standfirst.
func TestDecideSignedHeadlineTwoShortLines(t *testing.T) {
	const post = `The Bent Bow
I went to the instrument fair and came home with a full car
19 April 2026 · 6 comments
I went with a list.
And I did not keep it.
But let us start at the beginning, with the fair itself, which fills the old market hall every spring.
© 2026 The Bent Bow`
	ds := wantVerdicts(t, post, "BTBTTTB")
	if r := ds[1].Reason; !strings.HasPrefix(r, "the page's headline: its byline") {
		t.Errorf("the headline's reason is %q", r)
	}
}

// A press release's headline of few stop words, then its standfirst and the text: the
// headline and standfirst are body, though no byline follows them.
func TestDecideHeadlineOfNames(t *testing.T) {
	const release = `Startseite
Presse
Pressemitteilung Nr. 031/2026
17.03.2026
Stadtbäume kühlen Innenhöfe stärker als gedacht
Forschungsteam der Universität misst zwei Sommer lang in 40 Hinterhöfen – schattige Bäume wirken stärker als begrünte Fassaden
Ein großer Laubbaum in einem Innenhof kann an heißen Tagen mehr bewirken als eine begrünte Fassade, wie die Messungen zeigen.
Das Team hatte in den Sommern 2024 und 2025 in 40 Innenhöfen die Temperatur der Luft und der Wände gemessen.
Kontakt`
	wantVerdicts(t, release, "BBBBTTTTB")
}

// An agenda's events at different times are not one line given twice, though their
// figures differ only: a time of day makes a line what it is.
func TestDecideAgendaTimes(t *testing.T) {
	const agenda = `Agenda degli eventi di maggio
Sabato 4 maggio, ore 21:00
Concerto della banda cittadina in piazza Garibaldi, con un programma di marce e arie d'opera per tutta la famiglia.
Sabato 18 maggio, ore 17:30
Inaugurazione della mostra sulla storia del paese, con le fotografie dell'archivio comunale e i documenti della biblioteca.`
	ds := wantVerdicts(t, agenda, "TTTTT")
	for _, i := range []int{1, 3} {
		if strings.HasPrefix(ds[i].Reason, "appears") {
			t.Errorf("line %d: reason %q", i, ds[i].Reason)
		}
	}
}

// A phrase in several lists is named after the document's own language's, when it has
// it: "Sport" is in the Czech list, which comes first, and in the English one.
func TestWordingReasonInTheDocumentsLanguage(t *testing.T) {
	ds := wantVerdicts(t, article+"\nSport", "BBTBBTEBTTBBBBB")
	if r := ds[len(ds)-1].Reason; r != `says "sport" (en wording)` {
		t.Errorf("reason %q, want the English list's", r)
	}
}

// A document of a sentence or two (a dataset of sentences) has no page around it:
// only what decides a line by itself makes it boilerplate.
func TestDecideTinyDocuments(t *testing.T) {
	for text, want := range map[string]string{
		"Maria Schmidt works at Acme.":                 "T",
		"Maria Schmidt, Acme CEO\nShe said no.":        "TT",
		"Advertisement":                                "B",
		"Advertisement\nThe mayor resigned on Monday.": "BT",
	} {
		wantVerdicts(t, text, want)
	}
}

// A teaser of the seed's kind gives its headline glued to its topic, then again; a
// compound word over its last part is no such pair.
func TestGluedTopic(t *testing.T) {
	tests := []struct {
		long, short string
		want        bool
	}{
		{"EconomyFuel prices rise for the third month", "Fuel prices rise for the third month", true},
		{"ΠοδόσφαιροΟ Θερμαϊκός ψάχνει νέο προπονητή", "Ο Θερμαϊκός ψάχνει νέο προπονητή", true},
		{"سياسةالحكومة تعلن تعديلاً وزارياً محدوداً", "الحكومة تعلن تعديلاً وزارياً محدوداً", true},
		{"ఫైనల్ టికెట్ల అమ్మకం బుధవారం నుంచిక్రికెట్", "ఫైనల్ టికెట్ల అమ్మకం బుధవారం నుంచి", true}, // the topic after it
		{"Nurses vote on a strikeHealth Desk", "Nurses vote on a strike", true},
		{"ជីវិត និងសង្គមកសិករប្ដូរពីដាំពោតមកដាំម្ទេសវិញ តើចំណេញឬខាត?", "កសិករប្ដូរពីដាំពោតមកដាំម្ទេសវិញ តើចំណេញឬខាត?", true}, // a topic of two words in a script without spaces between words
		{"ฝนถล่มสามอำเภอ ชาวบ้านอพยพกลางดึกภูมิภาค", "ฝนถล่มสามอำเภอ ชาวบ้านอพยพกลางดึก", true},                              // the topic after it
		{"霞坂市休日急患診療所が年末年始も毎日開き、午前9時から診療する。", "霞坂市休日急患診療所", false},                                                            // a sentence going on
		{"Bereiding: 30 minuten", "Bereiding: 30 min", false}, // a word going on
		{"Voorbereiding: 20 min", "Bereiding: 30 min", false},
		{"Voorbereiding: 20 min", "bereiding: 20 min", false},                // lower case: a compound's part
		{"Economy: Fuel prices rise again", "Fuel prices rise again", false}, // a space: echoes' case
		{"EconomyFuel prices", "Fuel prices", false},                         // too short to tell
	}
	for _, tt := range tests {
		if got := gluedTopic(tt.short, tt.long); got != tt.want {
			t.Errorf("gluedTopic(%q, %q) = %v, want %v", tt.short, tt.long, got, tt.want)
		}
	}
	const text = `date 2025-03-02 The regional council approved the budget for the new hospital on Monday, after a debate of six hours.

HealthNurses in the north vote on a strike next week
Nurses in the north vote on a strike next week

The hospital is due to open in the spring of 2028.`
	wantVerdicts(t, text, "TEBBET")
}

// A wiki's article: its contents numbered under their heading are the page's, its
// sections' headings over their edit links the text's.
func TestDecideWikiSections(t *testing.T) {
	const text = `date 2023-11-28 Il ponte delle Sette Arcate è un ponte in muratura che attraversa il torrente Ombrone a valle del borgo di Castelrosso.
Da Wikivalli, l'enciclopedia libera delle valli.
Vai alla navigazione

Indice
1 Storia
2 Descrizione
3 Restauri

Storia
[modifica | modifica wikitesto]

La costruzione del ponte fu decisa dalla comunità di Castelrosso dopo che una piena, nell'autunno del 1587, aveva distrutto la vecchia passerella di legno.

Descrizione
[modifica | modifica wikitesto]

Il ponte è lungo circa settantaquattro metri e poggia su sette arcate a tutto sesto, di ampiezza diversa, costruite in pietra arenaria della valle.

Restauri
[modifica | modifica wikitesto]

Un primo restauro fu eseguito nel 1890, dopo il crollo di una parte del parapetto durante una piena di primavera.`
	wantVerdicts(t, text, "TBBEBBBBETBETETBETETBET")
}

// A method's steps, numbered, each over its photo's credited caption: the steps are
// the text though the captions around them are the site's, a terse one too.
func TestDecideStepsBetweenCaptions(t *testing.T) {
	const text = `date 2024-05-02 Poha is the breakfast my grandmother made on school mornings, and it takes less time than the tea.

Method
1. Rinse the flattened rice in a sieve under cold water, then leave it to drain while you chop the onion and the potato.
Rinsed rice in a sieve. Photo: Asha Rao
2. Heat the oil in a wide pan and add the mustard seeds, and when they start to crackle add the curry leaves.
Mustard seeds in the oil. Photo: Asha Rao
3. Add the onion and the potato and cook them on a low flame until the potato is soft all the way through.
Onion and potato in the pan. Photo: Asha Rao
4. Rice, sugar, roasted peanuts, salt: fold in gently, cover, steam two minutes.
Folding in the rice. Photo: Asha Rao

Advertisement`
	wantVerdicts(t, text, "TETTBTBTBTBEB")
}

// A wiki's edit link of a few words, given over every section, makes no teaser's
// summary of the section's text below it.
func TestDecideWikiEditLinkOverText(t *testing.T) {
	const text = `date 2024-03-02 Hällöskär fyr är en nedlagd fyr på en ö i den yttre skärgården, tänd första gången hösten 1874.

Historia
[redigera | redigera wikitext]
Redan på 1850-talet begärde fiskare och skeppare i Stensund att ett fyrljus skulle byggas på ön, men beslutet dröjde i tjugo år.

Fyrvaktarna
[redigera | redigera wikitext]
Under de första decennierna bodde tre fyrvaktarfamiljer på ön, och barnen rodde eller gick på isen till skolan i Stensund.`
	wantVerdicts(t, text, "TETBTETBT")
}

// A concert's page: under its prose, its programme and its players, each a block under
// a heading of its own, are the text; the seat picker below them is the site's.
func TestDecideSectionBlocks(t *testing.T) {
	const text = `date 2024-10-03 Квартет имени Линдквиста возвращается в Портовый зал с программой из старой и новой музыки.

За десять лет квартет сыграл больше трёхсот концертов и записал четыре альбома музыки северных композиторов.

Программа
Й. Гайдн. Струнный квартет си-бемоль мажор, соч. 76 № 4
Антракт
Д. Шостакович. Струнный квартет № 8 до минор, соч. 110

Исполнители
Анна Веденеева — первая скрипка
Михаил Ларин — вторая скрипка
Ольга Стрельникова — альт

Выбор мест
Партер, ряды 1–8 — 2 400 ₽`
	wantVerdicts(t, text, "TETETTTTETTTTEBB")
}

// A language school's course pages: each section's heading, as long as a sentence's
// words in Japanese letters and given on every page, is over the course's own items,
// and they are the text.
func TestDecideSectionBlocksLongHeadings(t *testing.T) {
	page := func(course, who, skill string) string {
		return `date 2025-01-14 「` + course + `」は、` + who + `のための、少人数制のコースです。授業は週二回、夜の時間帯に開きます。

授業はすべて少人数制で、講師が` + who + `一人ひとりの発音や話し方を丁寧に確認しながら進めます。

こんな方におすすめ
` + who + `で、学ぶのは学生時代以来という方
` + course + `で自分の言葉で質問をしてみたい方
` + who + `として独学で続かなかった方

このコースで身につくこと
` + skill + `の基本表現
` + skill + `をたずねる・答える力
` + course + `のためのフレーズ

今すぐ申し込む
無料レベルチェックテストを受ける
© 2025 Minatori Gogakuin`
	}
	own := page("英会話はじめてコース", "大人の初心者", "自己紹介")
	c := NewCorpus()
	c.Add(own)
	c.Add(page("ビジネス英語実践コース", "会社員", "会議の進め方"))
	c.Add(page("韓国語入門コース", "韓国旅行が好きな方", "ハングルの読み書き"))
	c.Add(page("中国語会話コース", "中国に赴任する方", "発音と声調"))
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TETETTTTETTTTEBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// A forum's thread, each reply under its title ("Re: …", given again over every reply)
// and over its author, its date and its buttons: the replies are the page's text.
func TestDecideForumReplyTitles(t *testing.T) {
	const text = `date 2024-01-22 Hola a todos. Llevo semanas intentando hacer un pan de centeno como el de mi pueblo y siempre me sale plano y denso. ¿Alguien sabe qué hago mal?

Re: Pan de centeno que no sube
A mí me pasaba lo mismo hasta que dejé fermentar la masa madre toda la noche. El centeno necesita más tiempo que el trigo y no hay que tener prisa.
PacoDelHorno · 22 ene 2024, 19:15
Me gusta (12) · Citar · Responder

Re: Pan de centeno que no sube
Yo creo que el problema es la hidratación. Con el centeno la masa tiene que quedar casi como un barro, y si le pones menos agua el pan sale como un ladrillo.
Marisa_R · 22 ene 2024, 20:02
Me gusta (27) · Citar · Responder

Re: Pan de centeno que no sube
Gracias a los dos. Este fin de semana lo he probado con más agua y una noche de fermentación, y por fin ha subido como el de mi abuela.
lucia_fogones · 28 ene 2024, 13:40
Me gusta (34) · Citar · Responder`
	wantVerdicts(t, text, "TEBTBBEBTBBEBTBB")
}

// A department's page: its staff and its fields of research, each a block under a
// heading of its own, stand over the text's prose under its heading, below the
// page's header: they are the text.
func TestDecideSectionBlocksOverProse(t *testing.T) {
	const text = `date 2024-02-14 Zakład Geologii Czwartorzędu bada osady rzeczne i jeziorne doliny Warty oraz ich zapis dawnego klimatu.

Strona główna › Struktura › Instytut Geografii › Zakład Geologii Czwartorzędu
PL | EN

Skład osobowy
prof. dr hab. Andrzej Kolasa
dr Michał Wierzbicki
mgr Zuzanna Lipka (doktorantka)

Główne kierunki badań
• osady jeziorne późnego glacjału
• terasy rzeczne doliny Warty

Laboratorium
Zakład ma własne laboratorium osadów, w którym studenci uczą się analizy uziarnienia i datowania próbek z wierceń.`
	wantVerdicts(t, text, "TEBBETTTTETTTETT")
}

// A wiki's edit link the wording lists do not know is the site's too, given again and
// again in square brackets; its contents are numbered in the digits of the page's script.
func TestDecideWikiUnknownEditLinks(t *testing.T) {
	const text = `date 2024-02-18 চরনগর বাংলাদেশের একটি ছোট নদীবন্দর শহর, যা একসময় পাটের ব্যবসার জন্য পরিচিত ছিল।

সূচিপত্র
১ ইতিহাস
২ ভূগোল
৩ শিক্ষা

ইতিহাস
[সম্পাদনা]
উনিশ শতকের শেষ দিকে কলকাতাগামী স্টিমার এখানে থামতে শুরু করলে চরনগরের বাজার দ্রুত বড় হয়ে ওঠে এবং নদীর তীরে পাটের গুদাম তৈরি হয়।

ভূগোল
[সম্পাদনা]
শহরটি নদীর পূর্ব তীরে সমতল পলিমাটির ওপর অবস্থিত, এবং বর্ষার মাসগুলোতে এর আশপাশের নিচু জমি প্রায়ই পানিতে ডুবে যায়।

শিক্ষা
[সম্পাদনা]
শহরে একটি সরকারি কলেজ, তিনটি মাধ্যমিক বিদ্যালয় এবং বেশ কয়েকটি প্রাথমিক বিদ্যালয় রয়েছে, যেখানে আশপাশের গ্রামের ছেলেমেয়েরাও পড়তে আসে।`
	wantVerdicts(t, text, "TEBBBBETBTETBTETBT")
}

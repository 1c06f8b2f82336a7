package boiler

import (
	"fmt"
	"strings"
	"testing"
)

// linesOf makes lines of context-free classes from letters: G prose, N nearly prose,
// S short, B bad by its words, H bad and heading-like, R repeated (strong) and
// heading-like, Q repeated in only one other document (of a large dataset), X strong
// boilerplate, P a reply button (strong), E empty. Each line
// has 20 bytes.
func linesOf(spec string) []line {
	lines := make([]line, len(spec))
	for i, c := range spec {
		l := line{text: "X" + strings.Repeat("x", 19), f: features{words: 2, linkShare: -1}}
		switch c {
		case 'G':
			l.class, l.f = good, features{words: 10, stops: 0.5, closes: true, linkShare: -1}
		case 'N':
			l.class, l.f.words, l.f.stops = nearGood, 5, 0.3
		case 'S':
			l.class = short
		case 'B':
			l.class = bad
		case 'H':
			l.class, l.f.words = bad, 6
		case 'R':
			l.class, l.f.words, l.strong, l.repeated = bad, 6, true, true
		case 'Q':
			l.class, l.strong, l.repeated, l.rare, l.pair = bad, true, true, true, true
		case 'X':
			l.class, l.strong = bad, true
		case 'P':
			l.class, l.strong, l.reply = bad, true, true
		case 'E':
			l.class, l.empty, l.text = short, true, ""
		}
		lines[i] = l
	}
	return lines
}

// classesOf writes the classes back as G (body) or B (boilerplate), E for empty lines.
func classesOf(lines []line) string {
	var b strings.Builder
	for _, l := range lines {
		switch {
		case l.empty:
			b.WriteByte('E')
		case l.class == good:
			b.WriteByte('G')
		case l.class == bad:
			b.WriteByte('B')
		default:
			b.WriteByte('?')
		}
	}
	return b.String()
}

func TestSmooth(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"short between boilerplate", "BSB", "BBB"},
		{"short between body", "GSG", "GGG"},
		{"short before body: a subheading", "BSG", "BGG"},
		{"short after body", "GSB", "GGB"},
		{"shorts in a run take the run's neighbours", "XSSSX", "BBBBB"},
		{"short alone: a document of one line has no page around it", "S", "G"},
		{"a document of two lines: only strong evidence decides", "SB", "GG"},
		{"a document of two lines: strong evidence stays", "XS", "BG"},
		{"three lines: the ends count as boilerplate", "SBS", "BBB"},
		{"short at the start before body", "SG", "GG"},
		{"empty lines are not neighbours", "BESEB", "BEBEB"},
		{"short between boilerplate and nearly prose", "BSNG", "BBGG"},
		{"the same once the body has begun: a list's item", "GBSNG", "GBGGG"},
		{"a list between body lines", "GBBG", "GGGG"},
		{"nearly prose between body", "GNG", "GGG"},
		{"nearly prose between boilerplate", "BNB", "BBB"},
		{"nearly prose next to body", "BNG", "BGG"},
		{"nearly prose after short lines between boilerplate", "XSNSX", "BBBBB"},
		{"strong evidence stays", "GXG", "GBG"},
		{"bad by its words stays", "GBG", "GBG"},
		{"a heading before body text", "XHXXG", "BGBBG"},
		{"only the nearest heading", "XHHG", "BBGG"},
		{"a repeated title before body text", "XRXG", "BGBG"},
		{"a heading one other document of many has, between body lines", "XGQGX", "BGGGB"},
		{"recipe fields two documents of many share, between body lines", "XGSQQQGX", "BGGGGGGB"},
		{"a line one other document of many has, next to boilerplate", "XGQXX", "BGBBB"},
		{"a line one other document of many has, above the body", "XQGX", "BBGB"},
		{"a heading with no body text after it", "GXHXX", "GBBBB"},
		{"a headline and its standfirst under the menu", "XNNXXG", "BGGBBG"},
		{"a headline and prose as its standfirst", "XNGXG", "BGGBG"},
		{"nearly prose alone under the menu: maybe the site's name", "XNXX", "BBBB"},
		{"the headline after the site's name", "XNXNNXG", "BBBGGBG"},
		{"no headline sought once the body has begun", "XGXNNX", "BGBBBB"},
		{"a comment above a reply button, with its commenter's name", "GSGPX", "GBBBB"},
		{"a comment of two paragraphs", "GXSGNPX", "GBBBBBB"},
		{"body text above a comment's name stays", "GGSGP", "GGBBB"},
		{"a comment with its other buttons before the reply button", "GSGXXPX", "GBBBBBB"},
		{"three buttons before the reply button: not a comment's", "GSGXXXP", "GGGBBBB"},
	}
	for _, tt := range tests {
		lines := linesOf(tt.in)
		smooth(lines)
		if got := classesOf(lines); got != tt.want {
			t.Errorf("%s: smooth(%s) = %s, want %s", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestHeadingDistance(t *testing.T) {
	// 10 lines of 20 bytes stand between the heading and the prose: 200 bytes is the most.
	lines := linesOf("XH" + strings.Repeat("X", 10) + "G")
	smooth(lines)
	if got := classesOf(lines)[1]; got != 'G' {
		t.Errorf("a heading 200 bytes before prose: %c, want G", got)
	}
	lines = linesOf("XH" + strings.Repeat("X", 11) + "G")
	smooth(lines)
	if got := classesOf(lines)[1]; got != 'B' {
		t.Errorf("a heading 220 bytes before prose: %c, want B", got)
	}
}

// TestEntryTimes: a live blog's entries each start with their time, between the last
// entry's share button and the new entry's heading; the times are body text.
func TestEntryTimes(t *testing.T) {
	text := "Share this entry\n" +
		"17:04\n" +
		"Trains between Chabowka and Nowy Targ cancelled\n" +
		"The railway said traffic on the line had stopped because the embankment was under water.\n" +
		"Share this entry\n" +
		"4.15pm GMT\n" +
		"The fire brigade has had more than 450 calls since the morning, most of them about flooded cellars.\n" +
		"Share this entry\n" +
		"Updated 16:38\n"
	ds := wantVerdicts(t, text, "BTTTBTTBBE")
	if want := "a live blog entry's time: body text follows it"; ds[1].Reason != want {
		t.Errorf("line 1: reason %q, want %q", ds[1].Reason, want)
	}
}

// TestEntryTimesOtherDocumentsGive: a French live blog's "14h05" is, digits counted as
// one, a line of every other French live blog of the dataset; it is still an entry's time.
func TestEntryTimesOtherDocumentsGive(t *testing.T) {
	blog := func(time, text string) string {
		return "En direct\n" + time + "\n" + text + "\nPartager\n"
	}
	c := NewCorpus()
	c.Add(blog("09h30", "Les pompiers ont été appelés vers neuf heures pour un feu dans un entrepôt de la zone nord."))
	own := blog("14h05", "Le maire a annoncé que la route resterait fermée jusqu'à demain matin au moins.")
	c.Add(own)
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if got, want := verdicts(ds, own), "BTTBE"; got != want {
		t.Errorf("verdicts = %s, want %s (line 1: %s)", got, want, ds[1].Reason)
	}
}

// TestKeyPoints: a live blog's key points, a heading and its bullets between the
// byline's share buttons and the first entry, are the article's; the bullets, nearly
// prose, do not take the headline's place.
func TestKeyPoints(t *testing.T) {
	for _, bullet := range []string{"• ", ""} {
		text := "Home\nNews\nLIVE\n" +
			"Ring road sinkhole LIVE: A616 shut in both directions as engineers assess the void\n" +
			"Drivers are told to avoid the area for the rest of the day, with diversions in place\n" +
			"Share\nFacebook\nEmail\n" +
			"Key points\n" +
			bullet + "The ring road is closed between the two roundabouts after a hole opened up\n" +
			bullet + "Nobody was hurt; a van driver stopped just short of the hole\n" +
			bullet + "Buses 14 and 31 are diverted and running up to 40 minutes late\n" +
			"15:47\n" +
			"The council has confirmed that the ring road will stay closed overnight and through tomorrow at least.\n"
		ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
		if got, want := verdicts(ds, text), "BBBTTBBBTTTTTTE"; got != want {
			t.Errorf("bullet %q: verdicts = %s, want %s", bullet, got, want)
		}
		if want := "the heading of the article's summary"; ds[8].Reason != want {
			t.Errorf("bullet %q: line 9: reason %q, want %q", bullet, ds[8].Reason, want)
		}
	}
}

// TestEntryTimesAlike: a live blog's times, written with "p.m.", are the same line
// once their digits are normalised, which makes them seem given again and again; they
// are still the entries' times.
func TestEntryTimesAlike(t *testing.T) {
	text := "Share\nEmail\n" +
		"2:15 p.m.\nBrush drop-off site opens\n" +
		"The city has opened a temporary drop-off site for tree limbs and storm debris on East Poplar Street.\n" +
		"12:50 p.m.\n" +
		"The fire brigade has had more than 450 calls since the morning, most of them about flooded cellars.\n" +
		"11:30 a.m.\n" +
		"The community building is open as a cooling and charging center until nine in the evening.\n"
	wantVerdicts(t, text, "BBTTTTTTTE")
}

// TestDecideHeadingTwoPagesShare: on a site of five pages, two patterns share their
// subheadings between body lines: headings of their text, not the template's. A
// related link two pages share, next to the template's lines, stays boilerplate.
func TestDecideHeadingTwoPagesShare(t *testing.T) {
	page := func(item, related string) string {
		return "Woolbarn Magazine\nPatterns | Techniques | Shop\nThe " + item + " pattern, knitted in one piece from the top\n" +
			"Cast on loosely and join in the round, taking care not to twist the stitches.\n" +
			"Finishing\nWeave in the ends and block the piece gently under a damp towel overnight.\n" +
			"Related: " + related + "\n© 2026 Woolbarn Magazine"
	}
	plain := func(i int) string {
		return fmt.Sprintf("Woolbarn Magazine\nPatterns | Techniques | Shop\nNews from the mill, week %d\n"+
			"The mill opened its doors to visitors on day %d and showed how the fleece is washed.\n© 2026 Woolbarn Magazine", i, i)
	}
	c := NewCorpus()
	cardigan := page("cardigan", "How to graft a toe")
	c.Add(cardigan)
	c.Add(page("tote bag", "How to graft a toe"))
	for i := range 3 {
		c.Add(plain(i))
	}
	ds := c.Decide(Page{Text: cardigan}, DefaultThreshold)
	// name B, menu B, headline T, text T, heading T, text T, related B, copyright B
	if got, want := verdicts(ds, cardigan), "BBTTTTBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestMatchMinutes: a match's live blog gives its entries' minutes alone on their lines
// ("79 min"), which are worded as a reading time is: on a page of three or more they
// are the entries'; a page's one reading time stays the site's.
func TestMatchMinutes(t *testing.T) {
	wantVerdicts(t, `Northampton v Leicester: Premiership final – live
Updates from Twickenham
79 min
Leicester kick the penalty to the corner and the maul rumbles over for the try that settles it.
74 min
A yellow card for the Northampton lock, who came in from the side at the ruck near his own line.
61 min
The replacements are on for both sides, and the scrum at once becomes a contest again.
© 2026 The Sideline`, "TBTTTTTTB")
	wantVerdicts(t, `Ferry fares to rise in April
5 min
The ferry company says fares on the island route will rise by six per cent from the first of April.
Season tickets bought before the end of March will keep their old price until they run out.
© 2026 Island News`, "TBTTB")
}

// TestLiveEntryTitles: a live blog's entries give a time, a title and an author above
// their text; the time and the title are the entry's, the author is furniture. A
// figure alone above two lines is no time.
func TestLiveEntryTitles(t *testing.T) {
	text := "LIVE\nBomb from the war defused, residents return home\n" +
		"The 250-kilo bomb found on the building site in Railway Street was made safe by army experts after nearly two hours of work.\n" +
		"Share\n14:36\nTrains running again\nby Chiara Benassi\n" +
		"Trains on the line to Pieve are running again since 14:20, ten minutes earlier than the railway had said this morning.\n" +
		"Share\n13:05\nResidents may go home\nby Chiara Benassi\n" +
		"The prefect has lifted the order to leave, and the first families are already walking back over the bridge with their bags.\n" +
		"Share\n1\nAdd to basket\nShare on Facebook\n" +
		"Our guide to the bomb's history is in the shop, and every copy sold helps the town's museum keep its doors open.\n"
	wantVerdicts(t, text, "BTTBTTBTBTTBTBBBBTE")
}

// TestDecideHeadingAFewOfManyShare: in a dataset of 150 articles from many sites, three
// recipes share a subheading between body lines: a heading of their text, as common
// headings are, not a template's line, which a site's pages give more often.
func TestDecideHeadingAFewOfManyShare(t *testing.T) {
	recipe := func(dish string) string {
		return "Le polpette di " + dish + " non vanno fritte prima: cuocendo nel sugo restano più morbide e saporite.\n" +
			"Conservazione\nSi conservano in frigorifero per tre giorni in un contenitore ermetico, coperte dal loro sugo.\n"
	}
	c := NewCorpus()
	own := recipe("nonna Ines")
	c.Add(own)
	c.Add(recipe("carne"))
	c.Add(recipe("ricotta"))
	for i := range 147 {
		c.Add(fmt.Sprintf("Report %d: the council met on day %d and agreed the budget for the coming year after a long debate.\n", i, i))
	}
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TTTE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestLiveBlogEntryOfAList: in a live blog, an entry whose text is a list of advice
// under its title, between an advertisement and a link to another page, is the
// text's as the entries with prose are.
func TestLiveBlogEntryOfAList(t *testing.T) {
	const text = `Storm live: the river breaks its banks at Pontelungo
Twenty families were moved out of their homes overnight as the water rose.
21:47
The mayor has asked the families not to go home before the morning, when the bridges will be checked again by the engineers.
21:05
The provincial road reopened after firefighters cleared the fallen trees from both lanes, the police said this evening.
20:20
The schools of both towns will stay closed tomorrow, the mayors said in two orders signed late this evening.
Advertisement
19:40
What the civil protection asks
Residents are asked to:
keep out of underpasses and fords
stay off the bridges and the river banks
move cars away from the lowest streets
Read more: the flood defences promised in 2023 never started
18:55
The river burst its banks at Pontelungo at about half past six, and the first families were moved out within the hour.`
	wantVerdicts(t, text, "TTTTTTTTBTTTTTTBTT")
}

// TestDecideShortHeadingAFewShare: four of ten articles share a subheading of three
// words right above prose ("What happens next"): a heading of their text, though
// shorter than the headings repetition alone may not overturn.
func TestDecideShortHeadingAFewShare(t *testing.T) {
	story := func(place string) string {
		return "The " + place + " dispensary will close at the end of March\n" +
			"Patients in " + place + " will have to collect their medicines from the next town after the health board said it could no longer staff the room.\n" +
			"What happens next\n" +
			"The room in " + place + " will stay open as normal until the end of March, and patients will be sent a form to choose delivery.\n" +
			"© 2026 The Glen Courier"
	}
	c := NewCorpus()
	own := story("Auchterbrae")
	for _, place := range []string{"Auchterbrae", "Kilmorran", "Balnacraig", "Strathbeg"} {
		c.Add(story(place))
	}
	for i := range 6 {
		c.Add(fmt.Sprintf("Match report %d: the home side won on day %d after a late goal from a corner.\n© 2026 The Glen Courier", i, i))
	}
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TTTTB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestHeadingInSmallLetters: a blog's line of the categories a post is filed under
// starts with a small letter, as no heading does, and stays boilerplate above the text;
// a list's items in small letters after a colon stay the text's (TestLiveBlogEntryOfAList).
func TestHeadingInSmallLetters(t *testing.T) {
	const text = `Walking the Uplands
Home
Walks
About
Contact
A night at Clachbeg bothy, and the mouse in the porridge
Posted on 3 January 2026 by Ewan
in Bothies, Winter walks
4 comments
The walk in to Clachbeg takes three hours from the road end, and in January most of it is done by head torch.
I had the bothy to myself, or so I thought until the rustling started somewhere under the sleeping platform.`
	wantVerdicts(t, text, "BBBBBTBBBTT")
}

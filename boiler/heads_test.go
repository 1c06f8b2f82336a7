package boiler

import (
	"fmt"
	"strings"
	"testing"
)

// A recipe card's ingredients, short lines between its buttons and fields, are the
// article's, under their heading, down to the card's buttons; the same heading in the
// menu above the body is the menu's.
func TestOwnLists(t *testing.T) {
	const recipe = `Home
Recipes
Equipment
Grandad's Friday fish pie, the one we had every week
This is the fish pie my grandad made every Friday, and it has fed three generations of us since.
Print
Pin
Ingredients
Whole milk
A bay leaf
White fish fillets
Print
Method
Warm the milk with the bay leaf, then poach the fish in it for five minutes until it flakes.`
	ds := wantVerdicts(t, recipe, "BBBTTBBTTTTBTT")
	if r := ds[8].Reason; r != `in the article's list headed "Ingredients"` {
		t.Errorf("an ingredient's reason is %q", r)
	}
}

// TestShopItems: a shop's item in an article, its name, its text and its price above
// its buy button, is boilerplate; the article's last paragraph above the box stays (and
// the box's heading, which only its repetition in other pages of the site would decide).
func TestShopItems(t *testing.T) {
	text := "Home\nTutorials\nHow to trim a foot ring on a thrown bowl\n" +
		"Trimming takes the extra weight off the base, and it gives the bowl a foot that lifts it off the table.\n" +
		"Keep your tools sharp, and go slower than you think you need to: you can always take more off.\n" +
		"From the studio shop\n" +
		"Ribbon Trimming Tool Set (4 pieces)\n" +
		"Hardened steel loops on ash handles, plus a small sharpening file.\n" +
		"£19.95\n" +
		"Add to basket\n" +
		"© 2026 The Studio\n"
	ds := wantVerdicts(t, text, "BBTTTTBBBBBE")
	if want := "an item of a shop: a buy button follows it"; ds[7].Reason != want {
		t.Errorf("the item's text: reason %q, want %q", ds[7].Reason, want)
	}
}

// TestShoppingGuide: a page of three items, each with its buy button, is a shopping
// guide: the items are the article.
func TestShoppingGuide(t *testing.T) {
	text := "Home\nGifts\nTen gifts for walkers, tested on the fells this winter\n" +
		"Kettlewell Fellrunner boots\nLeather uppers, a waterproof liner and a sole with real grip on wet limestone.\n£145\nBuy now\n" +
		"Harlow merino walking socks, pack of two\nCushioned where it matters, and they don't smell after three days.\n£18\nBuy now\n" +
		"Tarn packable waterproof jacket\nFolds into its own pocket and weighs less than an apple on the scales.\n£60\nBuy now\n" +
		"© 2026 Whinfield\n"
	wantVerdicts(t, text, "BBTTTBBTTBBTTBBBE")
}

// TestDecideRecipeCard: a blog's recipes all give their card's fields with other
// figures ("Prep: 15 minutes"), which makes them repeat in every page; right above the
// list of ingredients they are the recipe's, though the card's course, author and
// equipment stand between. A reading time elsewhere is the site's.
func TestDecideRecipeCard(t *testing.T) {
	for _, tt := range []struct{ name, between, want string }{
		// masthead, menu B; headline T; date, reading time B; text T; card TTT; list TTT;
		// method TT; copyright B
		{"the fields right above the list", "", "BBTBBTTTTTTTTTB"},
		{"the card's course, author and equipment between", "Course Main · Cuisine British\nAuthor Hallam Lane\nEquipment: a wide pan\n", "BBTBBTTTTBBBTTTTTB"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkRecipeCard(t, tt.between, tt.want)
		})
	}
}

// checkRecipeCard decides the first of five recipes' pages, with the lines between
// their card's fields and their ingredients, against want.
func checkRecipeCard(t *testing.T, between, want string) {
	t.Helper()
	recipe := func(dish string, minutes int) string {
		return fmt.Sprintf("Hallam Lane Kitchen\nRecipes · Index · About\n%[1]s for a cold evening\n2 March 2026\nReading time: %[2]d min\n"+
			"I make %[1]s most weeks in winter, and it has never once been the same twice, which is half the point of it.\n"+
			"Serves 4\nPrep: %[3]d minutes\nCook: %[4]d minutes\n%[5]sIngredients\n2 onions\n1 tin of butter beans\n"+
			"Method\nSoften the onions slowly in a wide pan for the %[1]s with the oil and a pinch of salt, then add the beans.\n"+
			"© 2026 Hallam Lane Kitchen", dish, minutes, minutes+5, minutes*3, between)
	}
	c := NewCorpus()
	dishes := []string{"Bean stew", "Onion soup", "Leek gratin", "Barley broth", "Potato hash"}
	for i, dish := range dishes {
		c.Add(recipe(dish, 4+i))
	}
	text := recipe(dishes[0], 4)
	ds := c.Decide(Page{Text: text}, DefaultThreshold)
	if got := verdicts(ds, text); got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	if want := "a recipe card's line above the list"; !strings.HasPrefix(ds[7].Reason, want) {
		t.Errorf("the card's prep time: reason %q, want it to start %q", ds[7].Reason, want)
	}
}

// TestListInText: a list of other pages set in the text ends where the body goes on
// under a subheading, two paragraphs after it.
func TestListInText(t *testing.T) {
	const text = `Harriers hold on at Mill Meadow
A second-half double from the captain keeps the Harriers top of the league.
By Ged Fairlie
The home side started slowly and were lucky to reach the break level after a scrappy, foul-strewn opening half hour.
Read Next
Harriers confirm new floodlights will be ready by October
2d ago
Second half
The captain scored twice in four minutes after the restart, first with a header and then with a low shot from the edge of the box.
The visitors pulled one back late on, but the Harriers defended their lead with real composure through six minutes of added time.`
	wantVerdicts(t, text, "TTBTBBBTTT")
}

// TestListThenParagraphAndSubheading: a list of other pages set in the text, an advert
// under it, ends at a long paragraph with a subheading of the body after it.
func TestListThenParagraphAndSubheading(t *testing.T) {
	const text = `Four new bus lines will link the northern estates to the centre
By Ruth Alloway
The four lines start running on the first of June, and two old ones will be withdrawn on the same day, the council said.
Line 12 will run every ten minutes between the station and the market square, from six in the morning until midnight.
Residents of Vine Street, where three of the four lines will run, are less pleased and say the street is too narrow.
More on this story
The tram to the north is delayed again by two years
A new car park will open next to the station in May
Advertisement
The council said in reply that a bus lane would be marked on the narrow part of Vine Street, and that wardens would stand by the schools at the start and the end of the day.
What about lines 3 and 7?
Regular passengers on lines 3 and 7 can use lines 11 and 12, which stop at most of the same places.
Timetables will be posted at every stop and on the council's website next week.`
	wantVerdicts(t, text, "TBTTTBBBBTTTT")
}

// TestTeaserEarlyInCrawl: a crawl keeps no header, so the text starts the page, and a
// teaser set among its first paragraphs stands in the page's first tenths: it is still
// a list of other pages (its headline, its summary), under three paragraphs of the text.
func TestTeaserEarlyInCrawl(t *testing.T) {
	const text = `date 2026-03-04 The old cinema on Harbour Street reopened on Friday after four years of work by a cooperative of its neighbours.

The restoration cost 1.3 million euros, about half of which came from a regional fund, and the rest from the town and from donations.

Volunteers did much of the work themselves, and joiners from the vocational school rebuilt the balcony over two winters.

You May Have Missed

Choir festival sells out in four minutes

Organisers say they will add a second concert after tickets disappeared on the morning of release.

A film from the town

The cooperative chose to open with a drama shot in the town and along the coast, with many of its neighbours as extras.

Its director said he had waited twenty years to see it on that screen, in that room, with those people around him.

Tickets cost six euros, and pensioners pay four on weekday afternoons.

The cinema will show two films a day, and a children's matinee on Sundays at eleven.

Members of the cooperative get in free on the first Monday of each month.

The bar in the foyer opens an hour before the first film.

© 2026 Coastline Herald`
	ds := wantVerdicts(t, text, "TETETEBEBEBETETETETETETETEB")
	if want := "in a list headed"; !strings.HasPrefix(ds[10].Reason, want) {
		t.Errorf("the teaser's summary: reason %q, want it to start %q", ds[10].Reason, want)
	}
}

// TestListBetweenItems: a list of other pages set between two items of the article's
// numbered list ends at the next item, though only one paragraph follows it.
func TestListBetweenItems(t *testing.T) {
	const text = `Five things that changed about broadband this year
Prices fell, speeds rose, and the small print got longer.
By Nadia Orme
Broadband changed more this year than in the five before it, and not always in the customer's favour, as our survey of forty providers shows.
1. Full fibre reached most streets in the big towns
Two thirds of homes in towns of more than fifty thousand people can now order a full-fibre line, against a third two years ago.
2. Speeds went up while prices came down a little
The cheapest 500 megabit plans now cost about the same as a 70 megabit plan did in 2023, though the gap closes after the first year.
Related
Do you need a gigabit line? Probably not yet
The routers providers give away are getting better
3. The contract is now a way to sell you extras
Four of the six biggest providers now bundle a television or security package with their lines, and the cheapest deals often need one.
Is any of this going to change?
Possibly. The regulator has asked providers to show the price of the line alone, and two of them already do on their own websites.`
	wantVerdicts(t, text, "TTBTTTTTBBBTTTT")
}

// TestListThenSubheadingAndItems: a list of other pages set in the text ends at a
// subheading whose one paragraph leads to the article's numbered list.
func TestListThenSubheadingAndItems(t *testing.T) {
	const text = `Sherry is back, and it is better than you remember
Forget the dusty bottle at the back of the cupboard.
By Owen Pellow
Sherry has never been better made or better value, and a new generation of bars is pouring it cold, fresh and by the glass.
Fino and manzanilla are the pale, dry ones, aged under a layer of yeast that keeps the air away and gives them their salty tang.
Amontillado starts as a fino and then loses its yeast, so it darkens and turns nutty, while oloroso never had any at all.
Palo cortado sits somewhere between the two, and it is the one that wine writers like to argue about late at night.
Pedro Ximénez is made from dried grapes and is as sweet and thick as treacle: pour it over vanilla ice cream.
You might also like
The best English sparkling wines under £30
Is it time we all drank more rosé in winter?
Six bottles to start with
We tasted forty-two sherries from British shops, blind, over two afternoons, and these are the ones we would buy ourselves.
1. Bodegas Quirós Manzanilla
Tangy, light and very salty, with a whiff of green olive. The one to convert your friends with.
2. La Tahona Fino en Rama
Bottled with only a light filter, so it is cloudier, richer and more bready than most finos you will find.
3. Casa Mirabal Amontillado
Toasted almonds and dried orange, with a long, dry finish that makes it brilliant with a roast chicken.`
	wantVerdicts(t, text, "TTBTTTTTBBBTTTTTTTT")
}

// TestListThenSecondRecipe: a list of other pages between a page's two recipes ends at
// the second recipe's title, whose paragraph leads to its card; the card's lines above
// its ingredients are kept past its course's field, though the first recipe's card
// gives "Prep 20 mins" too.
func TestListThenSecondRecipe(t *testing.T) {
	const text = `Two ways with quince
The hard, scented fruit of late autumn is worth the effort, whether with pork or set into a paste.
By Harriet Lomax
Quinces are inedible raw, but an hour or two in the oven turns them pink, soft and fragrant, and they are in the shops until Christmas.
Pot-roast pork with quince
Serves 6
Prep 20 mins
Ingredients
2kg pork shoulder
3 quinces, peeled and quartered
Heat the oven to 160C and brown the pork all over in a large casserole before adding the cider and the quince.
You might also like
Seven things to do with a glut of apples
How to make a fruit cheese, and why it isn't cheese
Quince paste
This is the Spanish membrillo, the sliceable paste served with Manchego, and it spits like lava in the final half hour.
Print this recipe
Makes about 1kg
Prep 20 mins
Cook 2 hrs 30 mins, plus setting
Course: Preserve · Cuisine: Spanish
Ingredients
1.5kg quinces
800g granulated sugar
Simmer the whole quinces for 40 minutes until tender, then peel, core and weigh the flesh before adding the sugar.`
	wantVerdicts(t, text, "TTBTTTTTTTTBBBTTBTTTBTTTT")
}

// TestListThenFactBox: a list of other pages set in the text ends at the heading of the
// article's box of facts, though a field of the box has a name too long for a table's
// row ("Familienabend am Samstag ab 17 Uhr: Eintritt frei").
func TestListThenFactBox(t *testing.T) {
	const text = `Mühlenmarkt in Brunnstetten: Zum Jubiläum wird die Mühle wieder gemahlen
Am Pfingstwochenende feiert der Heimatverein den 30. Mühlenmarkt auf dem Gelände der Hegemühle.
Von Sabine Roth
Zum dreißigsten Mal lädt der Heimatverein an Pfingsten zum Mühlenmarkt ein, und zum ersten Mal seit dem Hochwasser dreht sich dabei wieder das Wasserrad.
Am Samstagabend gehört die Festwiese von 17 bis 20 Uhr den Familien, mit einem Puppentheater und einer Bastelstraße für die Kleinen.
Lesen Sie auch
Wasserrad der Hegemühle: Wie Ehrenamtliche das Wrack wieder zum Laufen brachten
Auf einen Blick
Termin: Pfingstsamstag, 23. Mai, 11 bis 23 Uhr
Eintritt: 5 Euro, ermäßigt 3 Euro
Familienabend am Samstag ab 17 Uhr: Eintritt frei
Parken: Wiese an der Kreisstraße, 3 Euro pro Tag
Die Veranstalter raten dringend, mit dem Shuttlebus oder dem Fahrrad zu kommen, denn der Mühlweg ist an beiden Tagen gesperrt.
Wer mit dem Fahrrad anreist, findet am Eingang einen bewachten Fahrradparkplatz, und Hunde sind an der Leine erlaubt.`
	wantVerdicts(t, text, "TTBTTBBTTTTTTT")
}

// TestIngredientsAboveText: a recipe community's page gives no prose before its
// method, so its card and ingredients stand above the body's first line, between the
// site's buttons; the heading with amounts after it keeps them, as below the text.
func TestIngredientsAboveText(t *testing.T) {
	const text = `Rezepte › Beilagen › Knödel
Bärlauch-Semmelknödel mit brauner Butter
Rezept von waldkuechin_77
★★★★☆ 4,6 (312 Bewertungen)
54 Kommentare
Rezept speichern
Drucken
Anzeige
Zutaten
Portionen: 4
Portionen umrechnen
300 g Knödelbrot (altbackene Semmeln, gewürfelt)
250 ml Milch
3 Eier
1 EL Butter zum Anschwitzen
1 Bund Bärlauch (ca. 80 g)
Pfeffer, frisch gemahlen
Anzeige
Zubereitung
Das Knödelbrot in eine große Schüssel geben, die Milch erwärmen und darüber gießen, dann zugedeckt eine Viertelstunde ziehen lassen.
Den Bärlauch waschen, trocken schütteln und fein hacken, dann mit den Eiern und den Gewürzen unter die Brotmasse kneten.`
	// the heading, the servings and the ingredients, down to the ad's label; the
	// servings' button, a short line between them, goes with the list
	got := verdicts((*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold), text)
	if list, want := got[8:18], "TTTTTTTTTB"; list != want {
		t.Errorf("verdicts = %s: the list's lines %s, want %s", got, list, want)
	}
}

// TestListInLiveBlog: a link to another page set among a live blog's entries ends at
// the next entry's time, title and text; a list of the latest headlines, each under
// its time, is all boilerplate.
func TestListInLiveBlog(t *testing.T) {
	const entries = `Live: the N617 closed after a lorry overturns
The road is closed in both directions between Oudebrake and the ring road.
By Sanne Vos
07.58
The police have set up a diversion through Oudebrake and the Hogeweg for all traffic towards the town.
Related
Lorry drivers protest against the new toll on the ring road
07.52
Diversion in place
Lorries must go round by the motorway junction at Elsterhoek, and cyclists can still pass the scene on the old dike road.
07.31
A lorry has overturned on the N617 near the Vliet bridge, and the emergency services are on their way.`
	wantVerdicts(t, entries, "TTBTTBBTTTTT")
	const latest = `Latest news
09.12
Council approves the new harbour car park after a long debate
08.40
Lorry drivers protest against the new toll on the ring road`
	wantVerdicts(t, entries+"\n"+latest, "TTBTTBBTTTTT"+"BBBBB")
}

// TestMoreHeadline: "More …" heads a list of other pages at the article's end
// ("Mehr Reportagen", "Meer recensies"), or a link with its topic before a colon ("Mehr
// Wandern: …"), not a headline or subheading that starts with the word, which prose
// follows, nor one with more words before its colon.
func TestMoreHeadline(t *testing.T) {
	wantVerdicts(t, `News · Sport · Weather
More rain expected as floods hit the valley
Residents were told to stay away from the river on Tuesday.
By Jane Smith
12 March 2026
Heavy rain fell across the valley overnight, and the river rose by two metres before dawn.
More than a hundred homes
The council opened a rest centre in the village hall for those who had to leave their homes.
© 2026 Valley News`, "BTTBBTTTB")
	wantVerdicts(t, `Nachrichten · Sport · Wetter
Mehr Geld für Kitas in der Stadt
Der Stadtrat hat am Dienstag einen neuen Haushalt beschlossen.
Von Anna Müller
12. März 2026
Die Stadt gibt im kommenden Jahr zwei Millionen Euro mehr für ihre Kitas aus, als sie bisher geplant hatte.
Das Geld soll vor allem in neue Stellen für Erzieherinnen und Erzieher fließen.
Mehr Reportagen
Der Mann, der in Wesermarsch noch Reet von Hand mäht
Besuch in der letzten Holzschuhmacherei im Ammerland
© 2026 Stadtblatt`, "BTTBBTTBBBB")
	wantVerdicts(t, `Nachrichten · Sport · Wetter
Mehr Einsätze auf Wanderwegen: Bergwacht warnt vor Leichtsinn
Von Anna Müller
12. März 2026
Die Bergwacht ist in diesem Sommer so oft ausgerückt wie noch nie, und meist waren die Wanderer schlecht ausgerüstet.
Viele seien mit Turnschuhen und ohne Wasser auf dem Weg zum Gipfel gewesen, sagte ein Sprecher am Montag.
Mehr Wandern: Die schönsten Touren im Allgäu
© 2026 Stadtblatt`, "BTBBTTBB")
}

// TestFeedbackBox: a guide's question to its readers heads its answers' buttons.
func TestFeedbackBox(t *testing.T) {
	wantVerdicts(t, `Guides · Plumbing · Heating
How to change a tap washer
A dripping tap wastes water and money, and the fix takes twenty minutes.
By Tom Hale
Turn off the water at the isolating valve under the sink, then open the tap to let the last of it run out.
Unscrew the headgear with a spanner, lift out the old washer and press the new one into place.
Was this guide useful?
Yes
No
© 2026 Fixit Guides`, "BTTBTTBBBB")
}

// TestListThenTable: a list of other pages set in the text ends where the article's
// own table begins, under its heading, with prose below it; a list of other pages with
// figures (times) and no prose after it is still the list.
func TestListThenTable(t *testing.T) {
	wantVerdicts(t, `Rovers clinch top spot with a win over Tupton
By Sam Ellery
Rovers beat Tupton 4-0 on Saturday to finish the group stage top of the table, three points clear of Comberley.
The home side were two up by the half hour, and Kane Dyer added two more after the break to settle it.
Tupton had the better of the opening minutes, but their keeper was beaten twice from corners.
The manager said afterwards that the squad had earned a rest before the knockout games begin.
Dyer, who turned 19 last week, now has eleven goals this season, more than any other player in the group.
Comberley won at Saxby Town by a single goal, which was not enough to catch the leaders.
The draw for the quarter-finals will be made on Monday evening at the league's offices.
Read also
Rovers sign midfielder Luke Penry from the academy
Tickets for the quarter-final go on sale on Tuesday
Final group table
1 Rovers 20 8 6 2 0 13
2 Comberley 19 8 6 1 1 9
3 Saxby Town 9 8 2 3 3 -1
The top four of each group go through to the quarter-finals, which start next month.
Latest news
10:42 Fire at a farm near Oakridge
09:58 Doctors strike on Friday
09:15 Roadworks on the ring road
© 2026 Tupton Post`, "TBTTTTTTTBBBTTTTTBBBBB")
}

// TestListThenTableAndCaption: the article's table under its heading ends a list of
// other pages set in the text though a photo's credited caption follows it, not prose,
// at the article's end.
func TestListThenTableAndCaption(t *testing.T) {
	wantVerdicts(t, `Ferrowerk cuts 3,000 jobs as the green steel plan stalls
By Petra Lindner
Ferrowerk will cut 3,000 jobs at its two plants by 2028, the steelmaker said on Wednesday, after the state withdrew its funding for a hydrogen furnace.
The company had planned to build the new furnace at Hallberg with 1.2 billion euros of public money, but the programme was closed in the spring.
The union called the plan a betrayal and announced protests at both plants for next week.
The state's economy minister asked the company to avoid compulsory redundancies and to keep the Hallberg plant open.
Read also
Green steel: why the billions are not reaching the plants
Ferrowerk in figures
Employees: 11,400, of them 6,200 in Hallberg
Crude steel 2025: 4.1 million tonnes
Sales 2025: 9.6 billion euros
Net loss 2025: 310 million euros
Blast furnace 5 in Hallberg is to be shut down in 2029. Photo: Werner Pahl
Topics: Ferrowerk · Steel · Jobs`, "TBTTTTBBTTTTTBB")
}

// TestListThenNumberedItems: a list of other pages set in a roundup ends at the
// subheading over the roundup's next numbered item.
func TestListThenNumberedItems(t *testing.T) {
	wantVerdicts(t, `Twelve coffee cups for a slow morning
By Tuna Aksoy
A good cup changes the coffee: we tried forty of them over a month in the office kitchen and kept twelve.
1. Stoneware cup, Tezcan Ceramics
Thick walls keep the coffee hot for longer, and the glaze is different on every cup.
2. Copper cup set, Old Market Coppersmith
Hammered by hand, these are heavy and beautiful, and they need polishing once a month.
3. Glass espresso cup, Clear
Double walls keep your fingers cool, and you can watch the crema settle as it cools.
Read also
Seven ways to set up a coffee corner in your kitchen
Second-hand and one-offs
4. Vintage porcelain cup, Flea Box
Gilded cups from the sixties, each one different: not a set but a collection of odd ones.
5. Tulip cup, Tile House
Painted by hand in a small workshop, with a saucer that doubles as a plate for biscuits.`, "TBTTTTTTTBBTTTTT")
}

// TestListThenInterview: a list of other pages set in an interview ends at the next
// question, whose answer is one long paragraph, longer than a teaser's summary, with
// a subheading after it.
func TestListThenInterview(t *testing.T) {
	wantVerdicts(t, `"A chair that does not last thirty years was not made by me"
Interview: Defne Arslan
Cemal Usta has been weaving rush seats in the same workshop on Butchers' Hill since 1989, and his chairs come back to him only to be mended.
Where does the thirty years come from?
From my uncle. He used to say that a chair which does not last thirty years was not made by you, and I still get chairs back that I wove in the eighties, only to have their seats tightened.
Read also
Old chairs made new: a beginner's guide to sanding, paint and rush
Do you have an apprentice?
No, and that is my biggest worry. Young people come, sit for two days, cut their fingers on the rush and never come back, though last summer a student of interior design stayed for the whole of August and wove four stools.
Caring for rush chairs
Keep them out of the sun and away from the radiator, wipe them with a damp cloth once a month, and never stand on them to hang the curtains.`, "TBTTTBBTTTT")
}

// TestOwnListStopsAtTemplate: an article's own list ("Notes") ends where a run of lines
// every page of the dataset has begins: the sidebar's menu below it.
func TestOwnListStopsAtTemplate(t *testing.T) {
	page := func(topic string) string {
		return "date 2024-03-01 This page explains how " + topic + " work in Quarnix, and how to change them for a project.\n\n" +
			"Each " + topic + " setting is read when the worker starts, so a change needs a restart to take effect.\n\n" +
			"Notes\n" + strings.ToUpper(topic[:1]) + topic[1:] + " are read once per worker\n" + "Settings for " + topic + " cannot be changed at run time\n\n" +
			"Getting started\nInstallation\nQuickstart\nConfiguration\nChangelog\n"
	}
	c := NewCorpus()
	for _, p := range []string{"retries", "schedules", "queues", "workers"} {
		c.Add(page(p))
	}
	own := page("retries")
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if got, want := verdicts(ds, own), "TETETTTEBBBBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

package boiler

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestHeadlineBeforeRouteCard: a route card's fields under the byline, their last two
// lines nearly prose, do not take the place of the headline and standfirst above the
// byline.
func TestHeadlineBeforeRouteCard(t *testing.T) {
	text := "Home\nWalking\n" +
		"The Harrowdale Horseshoe: a classic ridge walk over five summits\n" +
		"A full day on the tops above Harrowdale, with sweeping views, a scramble you can avoid and a tarn\n" +
		"By Tamsin Ravenhill\n3 June 2026\nShare\n" +
		"Distance: 18.5km\nTotal ascent: 1,240m\nTime: 7–8 hours\nDifficulty: Challenging\nMap: Kelder Fells West 1:25,000\n" +
		"Terrain: Good paths on the ridges; steep and loose in places on the descent\n" +
		"Facilities: Toilets at the car park; the pub in the village does food all day\n" +
		"Some walks creep up on you. The Horseshoe looks modest from the valley, but it is one of the finest days out in the fells.\n"
	ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
	for i, want := range map[int]string{
		2: "the page's headline: the last line before the body text that nearly reads as prose with a standfirst after it",
		3: "the headline's standfirst: it follows the page's headline and nearly reads as prose",
	} {
		if ds[i].Reason != want || ds[i].Boilerplate {
			t.Errorf("line %d: %v, %q; want body, %q", i, ds[i].Boilerplate, ds[i].Reason, want)
		}
	}
}

// TestShortHeadline: a recipe's headline of two words, with no standfirst, between the
// blog's menu and the post's date; the text below uses its words.
func TestShortHeadline(t *testing.T) {
	const text = `Hallam Lane Kitchen
Recipes · Index · About
Treacle tart
4 March 2026
Jump to recipe
A treacle tart is the pudding my grandmother made every Sunday in winter, and I have never found a better one in any shop.
The filling is only golden syrup, breadcrumbs and lemon, so the pastry has to be good and the oven not too hot.`
	ds := wantVerdicts(t, text, "BBTBBTT")
	if want := "the page's headline"; !strings.HasPrefix(ds[2].Reason, want) {
		t.Errorf("the headline: reason %q, want it to start %q", ds[2].Reason, want)
	}
}

// TestDecideTagline: every page of a blog has its name, then its tagline; the tagline
// is the template's, not a headline with the post's title as its standfirst. A
// headline that every page lists is still the headline of its own page.
func TestDecideTagline(t *testing.T) {
	post := func(title, text string) string {
		return "The Crooked Bow\nnotes of a late-starting cellist on practice and the orchestra\n" + title +
			"\nPosted on 2 March 2026 · 4 comments\n" + text +
			"\nMost read\nWhy I practise before breakfast and other small habits\n© 2026 The Crooked Bow"
	}
	c := NewCorpus()
	first := post("My cello goes to the luthier: the verdict and the bill",
		"Since November my cello has buzzed on the D string, so last week I took it on the train to the workshop.")
	c.Add(first)
	c.Add(post("Three methods for adult beginners, tried one after another",
		"I have worked through three tutor books in three years, and each of them taught me something the others did not."))
	c.Add(post("The summer course where I played in an orchestra at last",
		"For five days in July I sat at the back of the cellos in a village hall with forty other amateurs."))
	listed := post("Why I practise before breakfast and other small habits",
		"The only time of day when nobody needs me is the hour before the house wakes up, so that is when I play.")
	c.Add(listed)
	// name B, tagline B, headline T, date B, text T, most read BB, copyright B
	for _, page := range []string{first, listed} {
		if got, want := verdicts(c.Decide(Page{Text: page}, DefaultThreshold), page), "BBTBTBBB"; got != want {
			t.Errorf("verdicts = %s, want %s, for\n%s", got, want, page)
		}
	}
}

// recipeTitles and recipeTexts are four recipes of a food blog and their first lines.
var (
	recipeTitles = []string{"Leftover chicken and leek pie", "Ham and split pea soup", "Brown butter rhubarb bars", "Spiced lentil and squash stew"}
	recipeTexts  = []string{
		"Monday has been pie day in our house for fourteen years, and this is the pie we come back to most weeks.",
		"My grandad made this soup every winter with a ham hock from the butcher on the high street.",
		"The rhubarb in the allotment came early this year, so these bars went into the tin before Easter.",
		"This stew is the one I make when the fridge is nearly empty and everyone is tired and hungry.",
	}
)

// TestRecipeTitleGivenTwice: a food blog's recipe gives its title above the post and
// again above its card, and every page lists the blog's popular recipes: the title is
// the headline, four lines of byline, rating and buttons above the text (or eight,
// the buttons a line each); the card's title, above its ingredients, is the headline
// given again, not the list's; its times and servings are its own, though another
// recipe takes as long.
func TestRecipeTitleGivenTwice(t *testing.T) {
	for _, tt := range []struct{ buttons, want string }{
		{"Jump to Recipe · Print Recipe", "BBBTBBBBTTTTTTTTTTTBBBBBB"},
		{"Jump to Recipe\nPrint Recipe\nPin Recipe\nRate Recipe\nSave", "BBBTBBBBBBBBTTTTTTTTTTTBBBBBB"},
	} {
		checkRecipeTitle(t, recipeTitles, "", false, tt.buttons, tt.want)
	}
}

// TestRecipeCardTitleShorter: the card's title may be the headline's start ("Ham and
// split pea soup" under "Ham and split pea soup, the way my grandad made it"), and
// every page lists it, or the headline, among the popular recipes: the card's copy is
// the card's title, the headline's the headline.
func TestRecipeCardTitleShorter(t *testing.T) {
	for _, listed := range []bool{false, true} {
		checkRecipeTitle(t, recipeTitles, ", the way we have made it for years", listed, "Jump to Recipe · Print Recipe", "BBBTBBBBTTTTTTTTTTTBBBBBB")
		checkRecipeTitle(t, recipeTitles, ", the way we have made it for years", listed, "Jump to Recipe\nPrint Recipe\nPin Recipe\nRate Recipe\nSave", "BBBTBBBBBBBBTTTTTTTTTTTBBBBBB")
	}
}

// checkRecipeTitle decides the first of the four recipes' pages, each with its title
// and more words as its headline (and in the list of popular recipes, when listed) and
// the buttons under its byline and rating, against want.
func checkRecipeTitle(t *testing.T, titles []string, more string, listed bool, buttons, want string) {
	texts := recipeTexts
	popular := slices.Clone(titles)
	if listed {
		for i := range popular {
			popular[i] += more
		}
	}
	t.Helper()
	page := func(i int, prep string) string {
		return "Marigold & Mace\nRecipes · Meal Plans · Shop · About\nHome » Recipes\n" + titles[i] + more + "\n" +
			"By Hollie Brannagh · Published 1" + fmt.Sprint(i) + " February 2026\n★★★★★ 4." + fmt.Sprint(i+5) + " from 6" + fmt.Sprint(i) + " votes\n" +
			buttons + "\nThis post contains affiliate links. If you buy through them I earn a small commission.\n" +
			texts[i] + "\nI first cooked the " + strings.ToLower(titles[i]) + " for my sister, who still asks for it every time she comes to stay.\n" + titles[i] + "\nPrep Time: " + prep + "\nCook Time: 3" + fmt.Sprint(i) + " minutes\nServings: " + fmt.Sprint(i+3) + "\n" +
			"Ingredients\n2 leeks\n300g cooked chicken\nMethod\nCook the " + strings.ToLower(titles[i]) + " slowly in a wide pan for about half an hour, stirring now and then.\n" +
			"Popular recipes\n" + strings.Join(popular, "\n") + "\n© 2026 Marigold & Mace"
	}
	c := NewCorpus()
	for i, prep := range []string{"20 minutes", "20 minutes", "15 minutes", "25 minutes"} {
		c.Add(page(i, prep))
	}
	own := page(0, "20 minutes")
	// masthead, menu, breadcrumb B; title T; byline, rating, buttons, note B; text TT;
	// card title and its fields TTTT; ingredients TTT, method TT; popular recipes
	// BBBBB; copyright B
	if got := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own); got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, own)
	}
}

// TestTaglineAboveHeadlineListedAgain: the page's headline, given again in its own
// "Most read" list, is still the heading of its standfirst; the site's tagline above
// the menu is not.
func TestTaglineAboveHeadlineListedAgain(t *testing.T) {
	headline := "Storm took half the bathing pier: now the swimmers raise money for a new one"
	text := "Skip to content\nVesterfjord News\nLocal news from Skelby, Hornsted and Vesterfjord\nLog in\nSubscribe\n" +
		"Front page\nSkelby\nHornsted\nSport\n" + headline + "\n" +
		"The pier at Skelby beach was smashed by the January storm, and the council has no money for a new one, so the morning swimmers have set out to raise it.\n" +
		"By Jonas Krag\n6 March 2026\n" +
		"The club has 140 members who swim every morning of the year, and they have raised a third of the money since February.\n" +
		"Most read\n" + headline + "\nNew bakery opens in the old station at Hornsted\n© 2026 Vesterfjord News\n"
	wantVerdicts(t, text, "BBBBBBBBBTTBBTBBBBE")
}

// TestHeadlineUnderItsDate: a blog sets each post's date above its headline, and the
// next post links back to it, so the headline repeats in another document; under its
// date and right above the text, it is the headline still.
func TestHeadlineUnderItsDate(t *testing.T) {
	post := func(date, title, text, next string) string {
		return "The Kissing Gate\nwalks, wanders and the odd train home\n" + date + "\n" + title + "\n" + text + "\n" +
			"Posted in Kit | 4 comments\n« " + next + "\n© The Kissing Gate\n"
	}
	own := post("Sunday 22 March 2026", "Goodbye, old boots",
		"On Thursday, halfway down Scallow Lane, the sole of the left one came away from the upper with a sad little flap.",
		"Five days on Isla Ferrosa")
	c := NewCorpus()
	c.Add(own)
	c.Add(post("Sunday 29 March 2026", "Five days on Isla Ferrosa",
		"The ferry left Salmar at seven in the morning, and by nine we were walking up the old mule track to the crater.", "Goodbye, old boots"))
	c.Add(post("Sunday 5 April 2026", "A cold circuit of Brenning Fell",
		"We set off from the car park at eight with frost still on the grass and the tops clear for the first time in weeks.", "Three reservoirs and a tea shop"))
	c.Add(post("Sunday 12 April 2026", "Three reservoirs and a tea shop",
		"An easy one from Hebbleton station, flat all the way round, with a tea shop at the end that does a proper scone.", "A cold circuit of Brenning Fell"))
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBBTTBBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestHeadlineUnderItsDateListedBelow: a blog post opened alone; its headline, under
// its date and right above the text, is listed again in the sidebar's latest posts.
func TestHeadlineUnderItsDateListedBelow(t *testing.T) {
	const text = `Threads and Time
weaving, spinning and keeping old things going
Home
About
8 February 2026
Grandmother's loom is standing again after forty years in the barn
Last autumn my cousin rang to ask whether I wanted our grandmother's loom, which had stood in pieces in the barn since 1984.
It took three trips with a trailer to bring it home, and all of January to work out which parts belonged together.
Tags: looms, restoring, family
« Dyeing with birch leaves
3 comments
Eirik · 9 February 2026
What a find! Check the breast beam with a spirit level before you warp it.
Reply
Leave a comment
Latest posts
The warp that nearly finished me
Grandmother's loom is standing again after forty years in the barn
Dyeing with birch leaves: yellow, yellow and more yellow
© 2026 Threads and Time`
	ds := wantVerdicts(t, text, "BBBBBTTTBBBBBBBBBBBB")
	if want := "the page's headline"; !strings.HasPrefix(ds[5].Reason, want) {
		t.Errorf("the headline: reason %q, want it to start %q", ds[5].Reason, want)
	}
}

// TestHeadlineUnderTheMenu: a site's name and tagline read as a headline and its
// standfirst; the page's own headline stands below the menu and the breadcrumb, over
// its byline and date, and it is the one kept.
func TestHeadlineUnderTheMenu(t *testing.T) {
	text := `Cozinha da Vó Zica
receitas de família, sem frescura
Início | Receitas | Bolos | Doces | Contato
Início » Bolos » Bolo de fubá cremoso com goiabada
Bolo de fubá cremoso com goiabada
Por Renata Cavalcanti
12 de março de 2026
Se tem um cheiro que me leva de volta para a casa da minha avó em Itajubá, é o de bolo de fubá saindo do forno.
Esta é a versão cremosa, aquela que forma uma camada de creminho no meio, parecida com um pudim de milho.
`
	wantVerdicts(t, text, "BBBBTBBTTE")
}

// TestSummaryPointsUnderStandfirst: a live blog's summary, point by point between its
// standfirst and its byline, is the text's.
func TestSummaryPointsUnderStandfirst(t *testing.T) {
	head := "The Evening Lamp\nNews · Sport · Weather\nRail strike live: most of the network at a standstill as drivers walk out\n" +
		"Drivers at fourteen operators stopped work at midnight in the third strike of the dispute over pay\n"
	points := "Only about one in five services running and several operators running no trains at all\n" +
		"Transport secretary says the union has been offered a fair deal and should put it to members\n"
	tail := "By Kit Davenport and Leah Mensah\nWed 27 May 2026 12.36 BST\n" +
		"Commuters in the city woke to empty platforms this morning, and the roads into the centre were jammed by seven.\n" +
		"The union said the strike would go ahead on Friday too unless the companies came back with a better offer.\n"
	wantVerdicts(t, head+points+tail, "BBTTTTBBTTE")
}

// TestHeadlineListedOnSomePages: a blog post's title, listed among the popular posts of
// some other pages, over its byline, date and a note right above the text, is its
// headline.
func TestHeadlineListedOnSomePages(t *testing.T) {
	titles := []string{"Where we stayed on Vessa: three guesthouses, honestly reviewed", "What ten days on the coast cost us, to the last euro",
		"Night trains with a picnic: what we pack and why", "A food guide to the old town in eleven dishes"}
	texts := [][2]string{
		{"Vessa has about two hundred beds in all, no hotels in the usual sense, and a harbour that empties by six.", "We stayed in three places over two trips, and we would go back to two of them without a second thought."},
		{"Every euro went into a spreadsheet on Rosa's laptop, which she updated each night on whatever ferry we were on.", "The total surprised us both, mostly because the trains cost less than a single dinner in the capital."},
		{"The sleeper leaves the border town at nine and arrives as the bakeries open, which is the whole point of it.", "Bring your own food: the buffet car closes at ten, and the cheese in the machine is best left alone."},
		{"The old town has more bakeries than churches, and it has a great many churches for a place of its size.", "We ate our way along the harbour for four days and wrote down everything, including the things we regretted."},
	}
	page := func(i int, popular ...int) string {
		text := "Ferry & Fig\nStart here · Destinations · Itineraries · About\nDestinations › The Marrenne Coast\n" + titles[i] + "\nRosa & Callum · " + fmt.Sprint(i+2) + " May 2026\n" +
			"This post contains affiliate links. If you book a room or a ticket through one of them, we earn a small commission at no extra cost to you, which keeps this blog going and pays for the odd ferry.\n" +
			texts[i][0] + "\n" + texts[i][1] + "\n" +
			"Popular posts\n"
		for _, p := range popular {
			text += titles[p] + "\n"
		}
		return text + "© 2026 Ferry & Fig"
	}
	c := NewCorpus()
	c.Add(page(1, 0, 2))
	c.Add(page(2, 0, 3))
	c.Add(page(3, 1, 2))
	own := page(0, 1, 3)
	c.Add(own)
	// name, menu, breadcrumb B; headline T; byline, note B; text TT; popular posts BBB; copyright B
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBBTBBTTBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestQuotedHeadline: a review's headline that opens with the film's title in guillemets
// and is listed on other pages is the headline, not a link with an arrow; a guillemet
// that closes nothing is still an arrow.
func TestQuotedHeadline(t *testing.T) {
	page := func(title, standfirst, text, listed string) string {
		return "Claraboya\nPortada · Cine · Libros · Buscar\nCine · Crítica\n" + title + "\n" + standfirst +
			"\nPor Irene Salcedo\n4 de mayo de 2026\n" + text + "\nTe puede interesar\n" + listed + "\n© 2026 Claraboya"
	}
	review := "«El verano seco»: una infancia de provincias contada desde el fondo de una piscina"
	c := NewCorpus() // standfirsts without a full stop, as magazines set them
	c.Add(page("Diez años sin tren en la estación de Valdeolmos", "Un reportaje sobre lo que queda cuando se va el último tren y se cierra la taquilla",
		"La estación de Valdeolmos cerró en 2016, y desde entonces el andén se ha llenado de hierba y de gatos que nadie alimenta.", review))
	c.Add(page("Las bibliotecas de los pueblos que abren solo los jueves", "Tres bibliotecarias cuentan cómo se sostiene una sala de lectura con cuatro horas a la semana",
		"Los jueves a las cinco, la biblioteca de Castrillo abre la puerta y ya hay tres personas esperando con los libros de la semana pasada.", review))
	own := page(review, "El debut de Lucía Arnedo, rodado en una piscina municipal sin agua, es una película pequeña y seca que no se olvida",
		"La película transcurre entera en un verano, con la excepción de dos escenas que suceden en una cocina de pueblo.",
		"« Diez años sin tren en la estación de Valdeolmos")
	c.Add(own)
	// name, menu, section B; headline, standfirst T; byline, date B; text T; related heading and link, copyright B
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBBTTBBTBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestHeadlineOverScoreBox: a match report's headline, which another page lists,
// with its byline under it, stays the headline though the match's score box stands
// between the byline and the text.
func TestHeadlineOverScoreBox(t *testing.T) {
	page := func(headline, box, text, listed string) string {
		return "Menu\nTHE ESTUARY POST\nLocal · Sport · Letters\nSport › Football\n" + headline + "\nWords by Ollie Brandreth\n4 min read\n" +
			box + text + "\nYou may also like\n" + listed + "\n© 2026 The Estuary Post"
	}
	report := "Pellworth Town come from behind to beat Hessington"
	c := NewCorpus()
	c.Add(page("Lifeboat crew called out twice in one night off the point", "",
		"The volunteer crew launched twice on Friday night, first to a yacht with a fouled propeller and then to a walker cut off by the tide.", report))
	c.Add(page("Harbour café to close for the winter after a quiet summer", "",
		"The café on the north quay will shut from November until Easter, its owners said, after the wettest summer they can remember.", "Lifeboat crew called out twice in one night off the point"))
	own := page(report, "Pellworth Town 2\nHessington 1\nScorers: Adeyemi 12, Corr 78; Lannigan 9\nAttendance: 412\n",
		"Two goals in the last twenty minutes gave Pellworth Town their first win of the season at the Quayside Ground on Saturday.",
		"Harbour café to close for the winter after a quiet summer")
	c.Add(own)
	// menu, name, sections, breadcrumb B; headline T; byline, reading time B; score box, text T; list, copyright B
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBBBTBBTTTTTBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestHeadlineUnderBreadcrumb: a recipe blog's headline, nearly prose, under its
// breadcrumb, stands over its byline, a rating, three buttons and an affiliate note
// before the text: more lines than a byline's, which the breadcrumb allows.
func TestHeadlineUnderBreadcrumb(t *testing.T) {
	wantVerdicts(t, `Home » Recipes » Soups and stews
Bean stew as my gran made it (and why you should never stir it)
By Rosa Menéndez · 14 January 2026 · Updated 2 February 2026
★★★★★ 4.9 (212 ratings) · 58 comments
Jump to recipe
Print
Save to Pinterest
This post contains affiliate links. If you buy through them, I earn a small commission at no cost to you.
In my house bean stew was my gran's business, and then my mother's, and for a few years now it has been mine.
It is a simple dish in its ingredients and a demanding one in patience, with no tricks but time.`, "BTBBBBBBTT")
}

// TestRecipeCardTitleSame: a recipe's headline of three words, the card's title word
// for word, that every page's list of popular recipes repeats, stands over its byline:
// both are the page's, whatever their copies.
func TestRecipeCardTitleSame(t *testing.T) {
	titles := []string{"Chicken leek pie", "Split pea soup", "Rhubarb crumble bars", "Lentil squash stew"}
	checkRecipeTitle(t, titles, "", true, "Jump to Recipe\nPrint Recipe\nPin Recipe\nRate Recipe\nSave", "BBBTBBBBBBBBTTTTTTTTTTTBBBBBB")
}

// TestRatingNoCardTitle: a card's rating of whole stars ("★★★★★ 5 fra 41 stemmer")
// starts the rating under the headline ("… · 18 kommentarer"), which every page has
// with other figures: neither is a card's title nor a headline.
func TestRatingNoCardTitle(t *testing.T) {
	page := func(i int) string {
		n := fmt.Sprint(i + 3)
		return "Fjell & Kjøkken\nRecipes · About\n" + recipeTitles[i] + "\nBy Marit Lykkja · 1" + n + " March 2026\n" +
			"★★★★★ 5 fra 4" + n + " stemmer · 1" + n + " kommentarer\nJump to recipe\n" + recipeTexts[i] + "\n" +
			recipeTitles[i] + "\n★★★★★ 5 fra 4" + n + " stemmer\nPrint\nThe " + strings.ToLower(recipeTitles[i]) + " we make when the first frost comes.\n" +
			"Servings: " + n + "\nIngredients\n2 leeks\n300g cooked chicken\nMethod\nCook the " + strings.ToLower(recipeTitles[i]) +
			" slowly in a wide pan, stirring now and then.\n© 2026 Fjell & Kjøkken"
	}
	c := NewCorpus()
	for i := range 4 {
		c.Add(page(i))
	}
	own := page(0)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBTBBBTTBBTTTTTTTB"; got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, own)
	}
}

// TestAgencyHeadline: an agency's headline under its menu of an entry a line, with its
// byline, times, share buttons, a captioned picture and its licensing link, eleven lines
// that every page of the site has alike, before the text.
func TestAgencyHeadline(t *testing.T) {
	page := func(section, headline, by, text string) string {
		return "Pictures\nVideo\nNewsletters\n" + section + "\n" + headline + "\n" + by +
			"\nPublished March 5, 2026 10:26 AM GMT\nUpdated March 5, 2026 4:05 PM GMT\n4 min read\nShare\nX\nLinkedIn\nEmail\nCopy link\n" +
			"A picture of the story, taken on March 2, 2026. Ledger Wire/Elena Georgiou\nPurchase licensing rights\n" + text
	}
	c := NewCorpus()
	c.Add(page("Business", "German e-bike maker Velomark to cut 600 jobs as sales slump", "By Stefan Kroll, Berlin",
		"BERLIN, March 5 (Ledger Wire) - Velomark will cut 600 jobs, about a fifth of its staff, after sales fell for a second year, the company said on Thursday."))
	c.Add(page("Sport", "Krogsgaard wins Kempen Classic in sprint finish", "By Lieve Maes, Antwerp",
		"ANTWERP, March 5 (Ledger Wire) - Mads Krogsgaard won the Kempen Classic on Thursday, edging two Belgians in a sprint at the end of the 198 km race."))
	text := page("World", "Cyprus orders water cuts for Nicosia households as reservoirs hit record low", "By Andreas Michaelides, Nicosia",
		"NICOSIA, March 5 (Ledger Wire) - Cyprus will cut mains water to homes in the capital for 12 hours at a time on two days a week from next month, the government said on Thursday.")
	c.Add(text)
	if got := verdicts(c.Decide(Page{Text: text}, DefaultThreshold), text); got != "BBBBTBBBBBBBBBBBT" {
		t.Errorf("verdicts = %s, want BBBBTBBBBBBBBBBBT", got)
	}
}

// TestHeadlineOverAdvertisedParagraph: the headline and standfirst have the author's
// name and a date after them; the body's first paragraph, which nearly reads as prose
// with prose and then an advert after it, is no later headline.
func TestHeadlineOverAdvertisedParagraph(t *testing.T) {
	const text = `Northbridge Daily
News
Sport
Hot water off for two weeks on the Left Bank: the list of streets
From 20 April the heating company starts replacing the main under Foundry Street, and forty blocks go without hot water
Irene Somers
14 April 2026, 11:42
Share
Facebook
Residents of the Left Bank will have no hot water from Monday morning until the first of May, the company said in a statement
The work should have been done last summer, but the contractor pulled out after the tender, said the chief engineer, and the pipes are now forty years old.
Advertisement
"We know that two weeks without hot water is hard, and we will do everything to finish sooner," he told the council on Tuesday.`
	ds := wantVerdicts(t, text, "BBBTTBBBBTTBT")
	if want := "the page's headline"; !strings.HasPrefix(ds[3].Reason, want) {
		t.Errorf("the headline: reason %q, want it to start %q", ds[3].Reason, want)
	}
}

// A Hebrew page's headline and standfirst end with no mark, and Hebrew is read without
// its stop words: with the byline and a date of two-digit year (12.05.26) after them,
// and no prose between, they are the page's headline and standfirst.
func TestUnmarkedHeadlineOverByline(t *testing.T) {
	const text = `חדשות העיר
ספורט
תרבות
ראשי > חדשות העיר > תחבורה
הגשר הישן ייסגר לתנועה למשך חודשיים: כך תגיעו מהשכונות הצפוניות למרכז
העבודות יתחילו ביום ראשון הבא, והעירייה מבטיחה קווי אוטובוס נוספים ושני חניונים זמניים ליד התחנה
מאת: נועה ברק
פורסם: 12.05.26, 08:41
שתפו:
הגשר הישן על הנחל, שנבנה לפני יותר משישים שנה, ייסגר לתנועת רכבים בשבוע הבא. לפי העירייה, הבדיקה האחרונה מצאה סדקים בעמודים, ואין ברירה אלא לחזק אותם עכשיו.
בזמן העבודות יוכלו הולכי רגל ורוכבי אופניים לעבור על גשר זמני שיוצב לצד הגשר הישן. הנהגים יופנו לכביש העוקף, ובשעות הבוקר יוצבו שוטרים בצמתים הגדולים.
"אנחנו יודעים שזה לא נוח, אבל הבטיחות של התושבים קודמת לכל", אמר מהנדס העיר, והוסיף כי העבודות יסתיימו לפני פתיחת שנת הלימודים.`
	ds := wantVerdicts(t, text, "BBBBTTBBBTTT")
	if want := "the page's headline"; !strings.HasPrefix(ds[4].Reason, want) {
		t.Errorf("the headline: reason %q, want it to start %q", ds[4].Reason, want)
	}
}

// A Korean page's headline over three lines of subheadline, read without stop words:
// the reporter's name and the date stand four lines below the headline.
func TestUnmarkedHeadlineOverSubheadlines(t *testing.T) {
	const text = `뉴스
지역 > 달내군
하루 두 번 오던 버스, 이제 부르면 온다… 산골 마을 '수요응답형 버스' 첫 운행
달내군, 버스가 끊긴 열네 개 마을에 앱과 전화로 부르는 작은 버스 도입
요금은 천 원, 노인은 무료
박서연 기자
입력 2026.05.12 10:41
하루 두 번뿐이던 버스가 끊긴 지 1년 만에 산골 마을에 부르면 오는 버스가 다니기 시작했다. 군은 열네 개 마을을 잇는 노선을 정하지 않고, 주민이 부를 때마다 가장 빠른 길로 버스를 보낸다고 밝혔다.
주민들은 대체로 반기는 분위기다. 윗골마을 이장은 "병원에 가려면 택시를 불러야 했는데 이제 한결 편해졌다"고 말했다.`
	ds := wantVerdicts(t, text, "BBTTTBBTT")
	if want := "the page's headline"; !strings.HasPrefix(ds[2].Reason, want) {
		t.Errorf("the headline: reason %q, want it to start %q", ds[2].Reason, want)
	}
}

// A walking blog's headline, listed in every page's latest posts (its own too), over its
// date and category and a box of the route's facts, the last of them long, then the text.
func TestHeadlineOverRouteFacts(t *testing.T) {
	titles := []string{"Once round the lake at Gaisalm", "A night at the Ebenalm hut", "Through the Holler gorge in spring"}
	page := func(title, facts, text string) string {
		return "Summit Notes\nHome\nWalks\nAbout\n" + title + "\n19 October 2025\nCategory: Walks\n" + facts + "\n" +
			text + "\nLatest posts\n" + strings.Join(titles, "\n") + "\n© 2026 Summit Notes"
	}
	c := NewCorpus()
	c.Add(page(titles[1], "Distance: 9 km, there and back\nDifficulty: steep at the start, then gentle\nFood: the hut itself, soup until eight",
		"The hut sits on a wide meadow above the tree line, and we reached it just before the rain set in for the evening."))
	c.Add(page(titles[2], "Distance: 6 km, one way\nDifficulty: wet walkways, good shoes needed\nFood: none, so bring bread from the village",
		"The gorge was louder than I had expected, and the wooden walkways were still wet from the night's rain when we started."))
	own := page(titles[0], "Distance: 11 km, a loop\nDifficulty: easy, even with a pushchair on most of it\nFood: the lakeside inn, a kiosk at the beach in summer",
		"After a summer of long walks I simply wanted something flat in October, and my mother wanted to come along for once.")
	c.Add(own)
	if d := c.Decide(Page{Text: own}, DefaultThreshold)[4]; d.Boilerplate {
		t.Errorf("the headline: boilerplate (%s), want body", d.Reason)
	}
}

// TestCrawledCardTitleListedElsewhere: a crawl starts at the text's first paragraph,
// so no headline names the recipe; the card's title, over its description, is the
// card's though every page lists it among the recipes to try next.
func TestCrawledCardTitleListedElsewhere(t *testing.T) {
	titles := []string{"Smoked Haddock Chowder", "Plum and Cardamom Galette", "Red Lentil Dal", "Rosemary Focaccia"}
	openings := []string{
		"There is a kind of grey that settles over the estuary in November, and this is what I cook when it does.",
		"The plum tree at the bottom of the garden gave us far more fruit this year than we could ever eat fresh.",
		"When the cupboard is nearly bare and payday is a week away, a bag of red lentils has never once let me down.",
		"I resisted making bread at home for years, convinced it needed skills and patience that I simply did not have.",
	}
	stories := []string{
		"My grandmother made a version of this with whatever the fish van had left on a Friday afternoon.",
		"A galette forgives everything: uneven pastry, too much fruit, and an oven that runs a little hot.",
		"The shallots take longer than you think, but their sweetness is what turns a pot of lentils into dinner.",
		"Focaccia turned out to be the easiest place to start, because the dough does nearly all of the work itself.",
	}
	page := func(i int) string {
		return "date 2023-11-1" + fmt.Sprint(i) + " " + openings[i] + "\n\n" + stories[i] + "\n\n" +
			titles[i] + "\nA simple " + strings.ToLower(titles[i]) + " that you can make on any weeknight with what is in the cupboard.\n" +
			"Print Recipe\nPrep Time: 1" + fmt.Sprint(i) + " minutes\nServings: " + fmt.Sprint(i+2) + "\n\nIngredients\n40" + fmt.Sprint(i) + " g plain flour\n" + fmt.Sprint(i+1) + " onions\n\n" +
			"You may also like\n" + strings.Join(slices.Delete(slices.Clone(titles), i, i+1), "\n") + "\n\n© 2023 Skillet & Moss"
	}
	c := NewCorpus()
	for i := range titles {
		c.Add(page(i))
	}
	own := page(0)
	// first paragraph and text TT; card title, description TT, button B, fields TT;
	// ingredients TTT; list BBBB; copyright B
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TETETTBTTETTTEBBBBEB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestCrawledCardTitleOverRating: the card's title over its rating, its times and
// servings below, is the card's, though a step photo's caption stands above it.
func TestCrawledCardTitleOverRating(t *testing.T) {
	const text = `date 2024-01-20 Every winter my mother made this bean soup on Fridays, and the whole street knew it by the smell of celery and bay.

Soak the beans overnight and do not salt them until the very end, or they will stay hard however long they cook.

Step 3: the beans go in with the carrots and celery. (Photo: Spoonful Kitchen)

Bean soup as my mother made it
★★★★★ 4.9 (57 ratings)
Prep: 20 minutes
Cook: 1 hour 30 minutes
Serves: 6

Ingredients
500 g dried white beans
2 carrots, sliced`
	wantVerdicts(t, text, "TETEBETBTTTETTT")
}

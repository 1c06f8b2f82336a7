package boiler

import (
	"fmt"
	"strings"
	"testing"
)

func TestField(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Referee: Claire Hennessy.", true},
		{"Opening hours: Wednesday to Saturday 12pm–2.30pm", true},
		{"Cuisine: British", true},
		{"Wetter: Nachtfrost kehrt zurück", false}, // a headline under its section
		{"Port Sallow Athletic: Arundell, Bray, Truscott", true},
		{"Guion: Bruno Ariztegui y Olga Santamans", true}, // names joined
		{"Venue: Wrexley Racecourse, Malton Road", true},
		{"Politik: Bürgermeister Hahn und Rat streiten", false}, // a headline, though capitalised
		{"Update: Rail Strikes Called Off", false},              // capitalised, but no list
		{"The city council said: we will look again", false},    // four words before the colon
		{"note: lower case", false},
		{"Prices:", false},                  // no value
		{"- Contract type: lump sum", true}, // a list's item
		{"• Weight: 12 kg", true},
		{"- note: lower case", false},
		{"A line without one", false},
	}
	for _, tt := range tests {
		if got := field(tt.text); got != tt.want {
			t.Errorf("field(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A match report: a ticker of scores above the headline (the site's), the report, a
// link to another article, then the line-ups and the results; the site's links after.
const matchReport = `Tarrow 31-17 Dunmere FT
Ashgrove 12-12 Penrick FT
Wexley 20-8 Saltmoor FT
Hallamere hold on to beat Corrin Bay in a thriller
Rudd kicks the winner with the last kick of the game at Brookfield Park
The home side led by ten points at half-time and nearly threw it away in the last quarter.
"We lost our discipline for twenty minutes and nearly paid for it," said the head coach.
Read more: Sarginson signs Okoro to a new two-year deal
Line-ups
Hallamere: 15 Astley; 14 Caddick, 13 Marr, 12 Fenwick, 11 Vake
Corrin Bay: 15 Dvorak; 14 Sefa, 13 Halloran, 12 Penney, 11 Lloyd
Referee: Claire Hennessy.
Results
Hallamere 27-24 Corrin Bay
Fellbridge 19-33 Kingsholt
Full table
Fixtures`

func TestDecideTables(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: matchReport}, DefaultThreshold)
	// ticker BBB, headline and standfirst TT, report TT, link B, line-ups TTTT,
	// results TTT, the site's links BB
	if got, want := verdicts(ds, matchReport), "BBBTTTTBTTTTTTTBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	if want := "a table or list of the article: 5 lines of figures or fields"; !strings.HasPrefix(ds[10].Reason, want) {
		t.Errorf("a line-up: reason %q, want it to start %q", ds[10].Reason, want)
	}
}

// An ingredient list after an advertisement, the same amount of an ingredient twice
// (for the dough and the topping), headings between; a ticker of times and headlines
// in the sidebar is not a list of the article.
const ingredients = `Rhubarb cake with crumble
A sheet cake for a crowd, sour and sweet, on the table in an hour
The cake keeps for three days in a tin, and it freezes well, so it is worth making a whole tray.
Advertisement
For the dough:
200 g sugar
350 g flour
4 eggs
For the crumble:
200 g sugar
150 g butter
Heat the oven to 180 degrees and butter a deep baking tray before you start on the dough.
Latest news
12h01
The council closes the ring road for a week of repairs
11h58
Ferry timetable restored after talks`

func TestDecideQuantities(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: ingredients}, DefaultThreshold)
	// headline, standfirst, intro TTT, advertisement B, ingredients and their headings
	// TTTTTTT, method T, the ticker BBBBB
	if got, want := verdicts(ds, ingredients), "TTTBTTTTTTTTBBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestDatedFields: an article's box of facts, some of them dates ("Closing: 1 July
// 2026"), is a table of the article; a dateline alone is a date.
func TestDatedFields(t *testing.T) {
	text := "Pool to close for two years of repairs\n" +
		"Published: 4 March 2026\n" +
		"The town's indoor pool will close in the summer so that its roof and pipes can be replaced, the council said.\n" +
		"Closing: from 1 July 2026\nPlanned reopening: summer 2028\nCost: about 17.6 million euros\nGrants: 8.7 million euros\n" +
		"Swimmers will be offered places at the pools of the two neighbouring towns, and the school lessons will move there too.\n"
	wantVerdicts(t, text, "TBTTTTTTE")
}

// TestTimeline: a portrait's box of dates ("1991 : naissance à …") is the article's
// table, not a page's datelines.
func TestTimeline(t *testing.T) {
	text := "Portrait : la luthière de Sorbelles\n" +
		"Par Claire Dumas · 12 mai 2026\n" +
		"Dans l'ancienne école du village, Mathilde Vernazobres fabrique quatre violoncelles par an, à la main et sans se presser.\n" +
		"Bio express\n1991 : naissance à Lanchère-sur-Orbize.\n2010 : entrée en école de lutherie.\n2013-2020 : apprentissage à Crémone puis à Lyon.\n" +
		"Le samedi, la porte de l'atelier reste souvent ouverte, et les enfants du village viennent regarder le travail du bois.\n"
	wantVerdicts(t, text, "TBTTTTTTE")
}

// TestMonthTimeline: a box of a project's stages, each under its month and year
// ("březen 2024: zahájení stavby"), is the article's table, not a page's datelines.
func TestMonthTimeline(t *testing.T) {
	text := "Obchvat Lipnice se znovu zdrží\n" +
		"Most přes Sázavu bude hotový nejdříve v září příštího roku a řidiči budou dál jezdit přes náměstí\n" +
		"Autor: Jana Kolářová · 12. května 2026\n" +
		"Stavba obchvatu Lipnice, která měla skončit letos na podzim, se protáhne nejméně o rok, oznámilo ve středu ředitelství silnic a dálnic.\n" +
		"Harmonogram stavby\nbřezen 2024: zahájení stavby\nduben 2026: zastavení prací na mostě\nzáří 2026: obnovení prací na mostních pilířích\n" +
		"Starosta Lipnice řekl, že obyvatelé centra budou muset snášet kamiony projíždějící náměstím ještě další dvě zimy.\n"
	wantVerdicts(t, text, "TTBTTTTTTE")
}

// TestBareFields: a recipe card's fields without their colons ("Serves 4", "Prep 15
// mins") between the recipe's buttons and its text are the article's table.
func TestBareFields(t *testing.T) {
	text := "Lemon and thyme chicken traybake\n" +
		"A midweek traybake that does all the work in the oven, with crisp potatoes under the chicken and a sharp lemon dressing.\n" +
		"By Rosa Quill\nSave recipe\nPrint\n" +
		"Serves 4\nPrep 15 mins\nCook 40 mins\n" +
		"Photograph: Tom Ellery\n" +
		"This is the traybake we make on the first warm evening of the year, when you want something that tastes of summer with no effort.\n" +
		"The potatoes go in first and roast in the chicken juices until they are crisp at the edges, so do not crowd the tin.\n"
	wantVerdicts(t, text, "TTBBBTTTBTTE")
}

// TestRunDates: a review's box of details with the dates of the run ("28
// February to 21 June 2026", "6–8 March 2026", "Until 4 April 2026") and its prices is a table of the
// article; a byline's single date is no row of it.
func TestRunDates(t *testing.T) {
	text := "Low water at the Custom House\n" +
		"By Ines Mallory · 7 March 2026\n" +
		"The tide tables on the gallery's walls are the first thing you see, and the last thing you forget.\n" +
		"It is a patient, generous show, and one that rewards a second visit on a grey afternoon.\n" +
		"Custom House Gallery, Quell Wharf, Saltburgh SB1 4QA\n28 February to 21 June 2026\n£16, £10 concessions\n" +
		"Gulls tours to 6 venues from 6–8 March 2026\n" +
		"The Chandlery, 14 Ropewalk Lane, Kellingford KE2 7HD\nUntil 4 April 2026\nRunning time: 2hrs 35mins, with an interval\n"
	wantVerdicts(t, text, "TBTTTTTTTTTE")
}

// TestBookDetails: a review's box of a book's details above the text holds its
// publication date as a field ("Published: 23 April 2026"), a row of the box, not a
// byline's date; the review's own date, on the byline's line, stays the byline's.
func TestBookDetails(t *testing.T) {
	text := "Quire\nBooks, reviewed plainly\n" +
		"Tideline review – a graphic novel about a ferry, a strike and the summer the island stopped\n" +
		"Reviewed by Ottilie Bryce · 21 April 2026\n" +
		"Rating: 4 out of 5\nPublisher: Larkspur Editions\nPages: 264, full colour\nPrice: £22 hardback\nPublished: 23 April 2026\nFormat: 24 x 17 cm\n" +
		"The ferry stops running on the first page of Nell Harrow's graphic novel, and for the next two hundred pages nobody on the island can quite believe it.\n" +
		"Harrow draws in three colours, a grey for the sea, a yellow for the houses and a red for the strikers' banners, and the effect is hard to forget.\n"
	wantVerdicts(t, text, "BBTBTTTTTTTTE")
}

// TestBoxUnderItsTitleAndName: a review's box of facts below the text, under the
// play's title and its company's name, is the article's, the two lines with it.
func TestBoxUnderItsTitleAndName(t *testing.T) {
	text := "Stagebox\nTheatre · Books · Film\n" +
		"The Move review – a family packs up forty years of a house, and unpacks a good deal more\n" +
		"By Fleur Dykes · 12 March 2026\n" +
		"The first hour of The Move is as good as anything on a stage in the region this year, funny and precise and sad.\n" +
		"The second hour explains too much, but the set, a wall of boxes carried out one by one, says the rest without a word.\n" +
		"The company on stage before the interval. Photo: Bas Kemp\n" +
		"The Move\nKwartslag Theatre Company\nDirector: Jelte Abbing\nCast: Hennie Laars, Dewi Sastro, Jasper Wolters\n" +
		"Set: Mirte Zandberg\nRunning time: 2 hours 15 minutes, with an interval\n" +
		"© 2026 Stagebox\n"
	wantVerdicts(t, text, "BBTBTTBTTTTTTBE")
}

// TestRouteCard: a route's card of fields above the text, some with long values
// ("Balisage : jaune jusqu'au lac Bleu, puis cairns"), is the article's; a
// field of a long value alone is not a row.
func TestRouteCard(t *testing.T) {
	text := "Le tour des lacs d'Estarrès\n" +
		"Par Maëlle Duransou\nPartager\nFacebook\n" +
		"Distance : 15,8 km\nDifficulté : difficile\nPériode conseillée : de fin juin à début octobre\nBalisage : jaune jusqu'au lac Bleu, puis cairns\n" +
		"Il y a des randonnées qu'on fait pour un sommet, et d'autres pour ce qu'on trouve en chemin, et celle-ci est des deux.\n" +
		"La boucle n'a rien de technique, mais elle est longue, et le passage du col demande de l'attention.\n"
	wantVerdicts(t, text, "TBBBTTTTTTE") // the headline over its byline, the route's card below them
}

// TestDecideSharedFields: in a large dataset, the fields of a recipe that one other
// article has too ("Servings: 4") are its table, not the template's.
func TestDecideSharedFields(t *testing.T) {
	recipe := func(dish string) string {
		return "Home | Recipes | Baking\n" + dish + " with a crisp top\nA weeknight bake that feeds a family with little fuss.\n" +
			"Prep Time: 10 mins\nCook Time: 30 mins\nServings: 4\nPrint recipe\n" +
			"Heat the oven and butter a dish while the water comes to the boil.\n" +
			"Bake it until the top is brown and the sauce bubbles at the edges.\n© 2026 Example Kitchen"
	}
	c := NewCorpus()
	for i := range rareDocs {
		c.Add(fmt.Sprintf("Page %d\nThe council met on day %d and agreed a plan for the harbour wall after a long debate.\n", i, i))
	}
	leeks := recipe("Leek gratin")
	c.Add(leeks)
	c.Add(recipe("Fish pie"))
	ds := c.Decide(Page{Text: leeks}, DefaultThreshold)
	// menu B, headline and standfirst TT, fields TTT, button B, method TT, copyright B
	if got, want := verdicts(ds, leeks), "BTTTTTBTTB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestDecideFieldOfManyValues: on a recipe site, a field of the card that most pages
// give alike ("Difficulty: easy") is the recipe's, as other pages give it with another
// value ("Difficulty: hard"); the site's own field, alike on every page, is not.
func TestDecideFieldOfManyValues(t *testing.T) {
	recipe := func(dish, minutes, difficulty string) string {
		return "Home | Recipes | Baking\n" + dish + " with a crisp top\nA weeknight " + dish + " that feeds a family with little fuss.\n" +
			"Prep time: " + minutes + " mins\nServes: " + minutes[:1] + "\nDifficulty: " + difficulty + "\nCookbook: Example Kitchen\n" +
			"Heat the oven and butter a " + dish + " dish while the water comes to the boil.\n" +
			"Bake the " + dish + " until the top is brown and the sauce bubbles at the edges.\n© 2026 Example Kitchen"
	}
	c := NewCorpus()
	c.Add(recipe("fish pie", "20", "easy"))
	c.Add(recipe("cauliflower cheese", "15", "easy"))
	c.Add(recipe("beef wellington", "60", "hard"))
	leeks := recipe("leek gratin", "10", "easy")
	c.Add(leeks)
	// menu B, headline and standfirst TT, fields TTT, the site's field B, method TT, copyright B
	if got, want := verdicts(c.Decide(Page{Text: leeks}, DefaultThreshold), leeks), "BTTTTTBTTB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestObituaryTimeline: an obituary's box of years ("1934: born in Stanbury") at the
// article's end is its table, heading and all.
func TestObituaryTimeline(t *testing.T) {
	text := "Ruth Danvers, former mayor, dies aged 91\n" +
		"By Tom Hale · 3 March 2026\n" +
		"Ruth Danvers, who taught at Mill Road Primary for twenty years before she became the town's first woman mayor, has died at the age of 91.\n" +
		"Her family said she died peacefully at home on Sunday, with her garden in view and a crossword half done on the table.\n" +
		"Life and career\n1934: born in Stanbury\n1956: starts teaching at Mill Road Primary\n1975: elected to Wexcombe Council\n1979: becomes mayor\n" +
		"© 2026 Wexcombe Herald\n"
	wantVerdicts(t, text, "TBTTTTTTTBE")
}

// TestBoxRowWithALongName: a box of figures after a link to another article (given
// twice), one of its rows with a field's name of six words, is the article's throughout.
func TestBoxRowWithALongName(t *testing.T) {
	text := "Die Rohrpost von Halvenstadt: Als Briefe durch die Stadt flogen\n" +
		"Von 1889 bis 1963 schoss die Post ihre Telegramme durch ein Netz aus Rohren unter der Stadt, und kaum jemand erinnert sich noch daran.\n" +
		"Die Beschädigungen des Krieges trafen vor allem das Maschinenhaus am Hafen, und nach dem Krieg wurde das Netz nur notdürftig repariert.\n" +
		"Mehr zum Thema\nDie letzte Telegrammbotin: Eine Frau erinnert sich an ihren Beruf\n" +
		"Rohrpost in Zahlen\nBetrieb: 1889 bis 1963\nLänge des Netzes zur größten Ausdehnung: 41 Kilometer\nStationen: 26\nRohrdurchmesser: 65 Millimeter\n" +
		"Höchste Geschwindigkeit: etwa 40 km/h\nSpitzenwert: 23.400 Büchsen an einem Tag (Dezember 1927)\nDas stille Ende\n" +
		"Am 30. September 1963 lief die letzte Büchse vom Bahnhofspostamt zum Rathaus, und danach wurden die Rohre nach und nach zugemauert.\n" +
		"Meistgelesen\nDie letzte Telegrammbotin: Eine Frau erinnert sich an ihren Beruf\n"
	wantVerdicts(t, text, "TTTBBTTTTTTTTTBBE")
}

// TestProjectCredits: a project's box of fields below the text, the values of some
// of them names of more words than a table's field has ("Impresa: Edilcorte di
// Giorgio Maero, Montechiaro d'Asti"), is the article's throughout; a headline
// under a name, in quotes, after a box's last field is not a field of it.
func TestProjectCredits(t *testing.T) {
	text := "Una cascina che ha imparato a respirare\n" +
		"Gli architetti hanno lasciato i muri di mattoni come erano, e hanno tolto tutto quello che era stato aggiunto dopo la guerra.\n" +
		"Il fienile è diventato la stanza estiva della casa, aperto verso la corte con tre grandi archi vetrati.\n" +
		"Il bagno, rivestito in piastrelle recuperate da una vecchia scuola. Foto Matteo Cerri\n" +
		"Scheda del progetto\nProgetto: Brambati Oddone Architetti, Torino\nLuogo: Moncucco Alto (Asti)\nSuperficie: 340 mq più 95 mq di portico\n" +
		"Strutture: ing. Sergio Tamietti\nImpresa: Edilcorte di Giorgio Maero, Montechiaro d'Asti\nSerramenti: Officina Ferri Bruno, Villanova d'Asti\n" +
		"Inizio lavori: marzo 2023\nFine lavori: settembre 2025\n" +
		"Sarcinelli: «Un edificio pubblico deve saper invecchiare in pubblico»\n" +
		"© 2026 Spazio Abitare\n"
	wantVerdicts(t, text, "TTTBTTTTTTTTTBBE")
}

// TestLooseFieldBetweenRows: below the text, a field whose value is neither figures,
// a list nor names ("Typowe drewno: sosna, rzadziej dąb") is a row of a box between
// two fields; not between two times of a list of news ("13:52", "13:40").
func TestLooseFieldBetweenRows(t *testing.T) {
	for _, tt := range []struct {
		texts []string
		rows  int
	}{
		{[]string{"Budowa: dwa skrzydła, zewnętrzne i wewnętrzne, w jednej skrzyni", "Typowe drewno: sosna, rzadziej dąb",
			"Trwałość po renowacji: 30–50 lat", "Konserwacja: przegląd co roku, malowanie co 6–8 lat"}, 4},
		{[]string{"Oggi in Valle", "13:52", "Treni: sciopero regionale venerdì, le fasce garantite", "13:40"}, 1},
	} {
		lines := make([]line, len(tt.texts)+1)
		lines[0] = line{text: "The body's first line.", f: features{words: 10, stops: 0.5, closes: true}}
		for i, text := range tt.texts {
			lines[i+1] = line{text: text, f: features{words: len(strings.Fields(text))}}
		}
		if _, rows := tableRun(lines, 1, 0); rows != tt.rows {
			t.Errorf("%q: %d rows, want %d", tt.texts, rows, tt.rows)
		}
	}
}

// TestHeadsLooseBox: a box's heading may stand over a first field whatever its value
// ("Dove: Pella Superiore (Novara), sul lago d'Orta"), when two fields follow it; not
// over a section's headline with a colon and one field.
func TestHeadsLooseBox(t *testing.T) {
	for _, tt := range []struct {
		texts []string
		want  bool
	}{
		{[]string{"La scheda", "Dove: Pella Superiore (Novara), sul lago d'Orta", "Superficie: 74 mq su sei livelli", "Durata dei lavori: 26 mesi"}, true},
		{[]string{"Sport", "Calcio: la squadra torna a vincere in casa", "Risultato: 2-1"}, false},
	} {
		lines := make([]line, len(tt.texts))
		for i, text := range tt.texts {
			lines[i] = line{text: text, f: features{words: len(strings.Fields(text))}}
		}
		if got := headsRow(lines, 0); got != tt.want {
			t.Errorf("%q: headsRow = %v, want %v", tt.texts, got, tt.want)
		}
	}
}

// A byline's dates and its count of readers under the standfirst, between the
// byline's name and its share buttons, are no table of the article.
func TestBylineFactsUnderStandfirst(t *testing.T) {
	const text = `Anasayfa / Yerel / Ekonomi
Kapalı pazar yeri yedi yıl sonra açılıyor
Yapımı defalarca durup yeniden başlayan kapalı pazar yeri, mart ayının ilk cumartesi günü hizmete girecek ve esnaf yeni tezgâhlar için kura çekti.
Haber: Selin Karaca
Yayınlanma: 14.02.2026 - 10:32
Güncelleme: 14.02.2026 - 11:05
1.284 okunma
Paylaş
Belediye, pazar yerinin 240 tezgâhını kurayla dağıttı ve tezgâh sahiplerinin ilk ay kira ödemeyeceğini açıkladı. Otopark ve kreş de aynı gün açılacak.
Esnaf, yeni yerin eski açık pazara göre daha düzenli olduğunu, ancak kiraların yüksek kaldığını söylüyor.`
	wantVerdicts(t, text, "BTTBBBBBTT")
}

// A team's line-up between paragraphs of a match preview is the article's, though
// its names are all capitalised, as a headline's words are.
func TestLineUpBetweenParagraphs(t *testing.T) {
	const text = `Orlęta chcą przypieczętować awans w sobotnim meczu
Orlęta wygrały ostatnie cztery mecze i strzeliły w nich trzynaście goli, z czego sześć zdobył ich najlepszy napastnik.
Przewidywany skład Orląt: Kubiak, Dąbrowski, Nowakowski, Kołodziejczyk, Sawicki, Zięba, Rakowski, Jędrzejczak, Szymczak, Żak, Wieczorek.
W Zniczu sytuacja kadrowa zależy od tego, kogo pierwszy zespół wyśle do rezerw na ten mecz.`
	ds := wantVerdicts(t, text, "TTTT")
	if want := "a line-up"; !strings.Contains(ds[2].Reason, want) {
		t.Errorf("the line-up: reason %q, want it to contain %q", ds[2].Reason, want)
	}
}

// A trip's stages, in cells parted by bars, right under the crawl's first paragraph
// and its byline: the crawl's date is not a figure of the paragraph, so the table
// starts below it, and the byline glued under the paragraph stays the site's.
func TestTableUnderCrawlsByline(t *testing.T) {
	const text = `date 2024-07-21 Every summer we promise ourselves a longer canoe trip, and every summer something gets in the way. This year it finally happened: four days around the lake and its islands.
Anna and Tom · 21 July 2024 · 6 min read

The route in short
Day | Stretch | Km | Night
Thursday | Millcove – Birch Island | 14 | shelter
Friday | Birch Island – Long Point | 18 | tent on the point
Saturday | Long Point – Pine Head | 11 | tent

Morning mist at Birch Island. Photo: Anna

We launched at Millcove just after ten, after an endless argument about whether we really needed two frying pans. We did not.`
	wantVerdicts(t, text, "TBETTTTTEBET")
}

// A round's results in blocks of their own, under the byline's name and date glued to
// the text's first paragraph: the results are the text's, the byline the site's.
func TestDecideResultsBelowGluedByline(t *testing.T) {
	const text = `date 2024-10-20 Jedenácté kolo okresního přeboru přineslo překvapení hned v prvním zápase, vedoucí Sokol Lipník totiž prohrál doma poprvé v sezoně a o jeho náskok na čele tabulky se teď budou přetahovat hned tři další týmy.
Sport / Fotbal / Okresní přebor
Petr Valenta
neděle 20. října 2024, 19:05

Sokol Lipník – FK Habry 1:2 (1:0)
Branky: 23. Hrubý – 61. Nosek, 88. Šťastný. Diváci: 340.

TJ Dolany – Slavoj Kunín 3:3 (2:1)
Branky: 12. a 40. Beneš, 74. Čermák – 29. Vacek, 58. Kubíček, 90. Pokorný. Diváci: 210.

SK Rybná – Baník Vrbice 0:1 (0:0)
Branky: 79. Marek. Diváci: 185.

Reklama

Největším příběhem kola byla výhra Haber, které se posunuly na třetí místo tabulky a čelo soutěže je znovu otevřené.

Divoký zápas viděli fanoušci v Dolanech, kde domácí vedli už o dvě branky, ale hosté v závěru dvakrát vyrovnali a jednou i vedli.

V příštím kole se v sobotu hraje derby mezi Lipníkem a Dolany, na které pořadatelé čekají nejméně pět set diváků.`
	wantVerdicts(t, text, "TBBBETTETTETTEBETETET")
}

// TestPriceListLeaders: a menu's dishes, each with dot leaders to its price, are the
// page's price list, whatever the script; site links between separators above them
// are no sentence, even in Thai, where a long line counts as one.
func TestPriceListLeaders(t *testing.T) {
	text := "date 2025-03-02 ร้านครัวริมน้ำเปิดให้บริการอาหารพื้นบ้านภาคกลางมากว่ายี่สิบปี ทุกจานปรุงสดใหม่จากวัตถุดิบในตลาดเช้าของอำเภอ\n" +
		"หน้าแรก | เมนูอาหาร | จองโต๊ะล่วงหน้า | ติดต่อร้าน | เข้าสู่ระบบสมาชิก\n" +
		"ข้าวผัดปูก้อน ....... 120 บาท\n" +
		"ก๋วยเตี๋ยวเรือน้ำตก ....... 60 บาท\n" +
		"ผัดกะเพราหมูสับไข่ดาว ....... 75 บาท\n" +
		"ร้านเปิดทุกวันตั้งแต่เจ็ดโมงเช้าถึงบ่ายสามโมง และปิดทุกวันจันทร์แรกของเดือนเพื่อทำความสะอาดครัว\n"
	wantVerdicts(t, text, "TBTTTTE")
}

// TestTimetableBelowCrawledLead: a bus line's departures, hour by hour, between the
// site's lines under a crawl's first paragraph whose stop words are too few for prose,
// are the page's table; a fact glued to that paragraph in its block is not.
func TestTimetableBelowCrawledLead(t *testing.T) {
	text := "date 2025-05-02 Route 9 links Harrowgate Station, Moor Lane Hospital, Kestrel Fields, Birchmead Campus from Monday 12 May.\n" +
		"Listing no. 4471\n" +
		"\n" +
		"Home | Timetables | Tickets and fares | Journey planner | Contact\n" +
		"Home › Timetables › Route 9\n" +
		"\n" +
		"Weekdays\n6: 10, 40\n7: 05, 25, 45\n8: 05, 25, 45\n9: 15, 45\n" +
		"\n" +
		"© 2025 Harrowgate Buses · Privacy · Cookies\n"
	wantVerdicts(t, text, "TBEBBETTTTTEBE")
}

// TestDecideTabbedRowOfManyValues: a specifications table's row, its cells parted by a
// tab, that most of a shop's pages give alike is the page's own when other pages give
// its name with another value ("Brakes\tDisc brakes" and "Brakes\tRim brakes").
func TestDecideTabbedRowOfManyValues(t *testing.T) {
	bike := func(name, frame, brakes, weight string) string {
		return "date 2025-03-01 The " + name + " is a bicycle for the daily ride to work, sturdy enough for cobbles and light enough to carry upstairs.\n" +
			"Add to basket\n" +
			"Technical data\n" +
			"Frame\t" + frame + "\nBrakes\t" + brakes + "\nWeight\t" + weight + "\n" +
			"Every " + name + " leaves our workshop adjusted and tested, and we tighten its spokes again after the first month for free.\n" +
			"© 2025 Example Cycles"
	}
	c := NewCorpus()
	c.Add(bike("Harbour", "steel, 54 cm", "Hydraulic disc brakes", "13 kg"))
	c.Add(bike("Meadow", "aluminium, 50 cm", "Hydraulic disc brakes", "11.5 kg"))
	c.Add(bike("Summit", "carbon, 56 cm", "Rim brakes", "8 kg"))
	page := bike("Canal", "chromoly, 52 cm", "Hydraulic disc brakes", "12.4 kg")
	c.Add(page)
	// first paragraph T, button B, heading B (every page's), rows TTT, prose T, copyright B
	if got, want := verdicts(c.Decide(Page{Text: page}, DefaultThreshold), page), "TBBTTTTB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestCutField: a field's name and value, at a colon and a space, or, in Chinese and
// Japanese, at a colon with no space after it; not a time, nor a long sentence's colon.
func TestCutField(t *testing.T) {
	tests := []struct {
		text, name, value string
		ok                bool
	}{
		{"Duration: 4 years", "Duration", "4 years", true},
		{"源泉温度:58.2℃", "源泉温度", "58.2℃", true},
		{"地址：台北市中山區", "地址", "台北市中山區", true},
		{"12:30 Kickoff", "", "", false},
		{"露天風呂は夜十時まで、朝は六時から入れますのでご利用ください:詳しくは", "露天風呂は夜十時まで、朝は六時から入れますのでご利用ください", "詳しくは", false},
		{"営業時間:", "営業時間", "", false},
	}
	for _, tt := range tests {
		name, value, ok := cutField(tt.text)
		if name != tt.name || value != tt.value || ok != tt.ok {
			t.Errorf("cutField(%q) = %q, %q, %v, want %q, %q, %v", tt.text, name, value, ok, tt.name, tt.value, tt.ok)
		}
	}
}

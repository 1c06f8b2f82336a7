package boiler

import (
	"strings"
	"testing"
)

// A fair's programme in a crawl: its days' headings and entries, a time and a dash each,
// between a share button and an advert's label, are the text's.
func TestDecideProgramme(t *testing.T) {
	text := `date 2025-08-27 Poslední srpnový víkend patří v obci tradiční pouti, na náměstí bude hudba, řemeslný jarmark a soutěž o nejlepší koláč.

Sdílet

Pátek 29. srpna

18.00 – Zahájení pouti starostou, průvod s lampiony
19.30 – Koncert kapely Sekerky, pódium na náměstí Míru
21.00 – Ohňostroj nad rybníkem Vávra

Reklama

Parkovat bude možné zdarma na fotbalovém hřišti a autobusy pojedou od nádraží každou půlhodinu.`
	wantVerdicts(t, text, "TEBETETTTEBET")
}

// A timetable in a crawl, its days or lines as headings inside its block and its times
// going up, between a byline and a button, is the text's when the text's prose goes on
// below it.
func TestDecideTimetable(t *testing.T) {
	const lead = `date 2024-09-12 Vanaf maandag rijdt buslijn 7 naar het ziekenhuis vaker in de ochtendspits, nu de scholen weer open zijn en de drukte toeneemt.
Door Sanne de Wit
12 september 2024, 10:20

`
	const prose = `

Op zaterdag en zondag blijft de dienstregeling zoals hij was, meldt het vervoersbedrijf.`
	tests := []struct{ name, text, want string }{
		{"days as headings, again for a second league", lead + `Eerste klasse
Zaterdag 14 september
10.15 Vv Rietveld – SV Polderboys
14.30 Zwaluwen '30 – DOS Kampen
Zondag 15 september
11.00 Fc Dijkzicht – Vv Oranje Wit
14.30 SV Nieuwlande – Vv Rietveld 2

Tweede klasse
Zaterdag 14 september
14.30 Vv Holten – SC Bargeres
Zondag 15 september
12.00 DVC '26 – Vv Emmen
14.00 Vv Sleen – SV Dalen

Delen` + prose, "TBBETTTTTTTETTTTTTEBET"},
		{"times after a word for at", lead + `Vrijdag 6 juni
om 16.00 Opening van de markt
om 17.00 Toespraak van de burgemeester
om 19.00 Concert van de harmonie

Delen` + prose, "TBBETTTTEBET"},
		{"times with a colon after them", lead + `Zaterdag 14 september
18h00: Opening van het lichtjesfeest op de Grote Markt
19h30: Lampionnenoptocht door de binnenstad
21h00: Vuurwerk boven de haven

Delen` + prose, "TBBETTTTEBET"},
		{"times alone under a line's heading", lead + `Lijn 7 – Centrum > Ziekenhuis (werkdagen)
6h45
7h15
7h35
8h05

Delen` + prose, "TBBETTTTTEBET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// In a crawled page, a block of its own that lists items with bullets or fields is the
// text's when its prose goes on below, though a few items are terse or dates.
func TestDecideListBlocks(t *testing.T) {
	lead := `date 2024-05-27 The Moulin Doré bakery in Saint-Aubin is looking for an experienced baker to join its team of six from the first of July.

The baker will work with the head baker on the bread, the pastries and the seasonal cakes, from the dough to the oven.

`
	more := `

Applications close on the fifteenth of June, and the bakery says it will answer every one of them within a week.`
	tests := []struct{ name, text, want string }{
		{"headings and bullets", lead + `Advertisement

What we ask
• CAP Boulanger required, BP or Brevet de Maîtrise welcome
• At least three years of work in a craft bakery
• Rigour, patience, good humour
• Nights, weekends, public holidays by the rota

What we offer
• Contract: permanent, 39 hours a week
• Salary: €2,150 to €2,400 gross a month
• Overtime paid
• Staff bread every day

Advertisement` + more, "TETEBETTTTTETTTTTEBET"},
		{"fields with dates under a heading alone", lead + `Key dates

Start of the job: 1 July 2024
Closing date for applications: 15 June 2024
Interviews at the bakery: 18 to 21 June` + more, "TETETETTTET"},
		{"an event's title over its fields", lead + `Read more: The reading room celebrates 120 years

Don Quixote, a puppet play for children
Date: Saturday, 8 June 2024
Time: 11:00
Place: the summer stage in the reading room's yard
Entry: 5 leva, free for children under six` + more, "TETEBETTTTTET"},
		{"a lead-in, quantities and a pinch", lead + `Read more: Our grandmother's bean soup

For the dough you need:
400 g plain flour
4 eggs
1 tbsp olive oil
a pinch of salt

Advertisement` + more, "TETEBETTTTTEBET"},
		{"a calendar's entries under its heading", `date 2025-01-20 Il laboratorio di ceramica del centro civico riapre a febbraio con un corso serale per principianti, dieci lezioni il martedì sera.

Pubblicità

Il calendario delle lezioni
4 febbraio – Presentazione, argilla, prime forme a mano
11 febbraio – Tecnica del colombino
18 febbraio – Lastre, piccoli contenitori
25 febbraio – Tornio: centratura

Pubblicità

Le iscrizioni sono aperte fino al 31 gennaio presso la segreteria del centro, dal lunedì al venerdì dalle 9 alle 13.`, "TEBETTTTTEBET"},
		{"places, each with a dash", lead + `Advertisement

Towns with the heaviest damage
Minamisaka – 540 mm of rain in 24 hours, the most on record
Kurotani – landslides cut the only road to three hamlets
Shiomachi – fishing port damaged, dozens of boats overturned` + more, "TETEBETTTTET"},
		{"a lead-in and names", lead + `Advertisement

The bakery delivers on Tuesdays and Fridays to:
• Björkvägen, Lönnvägen, Aspgränd
• Kvarnbacken
• Skolgatan

Advertisement` + more, "TETEBETTTTEBET"},
		{"long items in a language not told, under a longer heading", `date 2024-06-20 د ښار ښاروالۍ اعلان وکړ چې د زده کړې نوې بورسونه به د راتلونکې میاشتې له لومړۍ نېټې څخه ورکړل شي.

Advertisement

د بورس لپاره څوک غوښتنلیک ورکولی شي
• هغه زده کوونکي چې د کلیو په دولتي لېسو کې په لسم ټولګي کې زده کړه کوي او د کورنۍ عاید یې ټیټ دی
• هغه زده کوونکي چې په تېر کال ازموینه کې یې د سلو نمرو څخه لږ تر لږه شپېته نمرې اخیستې وي
• هغه زده کوونکي چې د ښوونځي د مدیر له خوا یو سپارښتنلیک ولري او په ټولنیزو کارونو کې یې برخه اخیستې وي

غوښتنلیکونه به د جون تر دېرشمې نېټې پورې د ښاروالۍ په دفتر کې منل کېږي او پایلې به په جولای کې اعلان شي.`, "TEBETTTTET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A review's box of details right after its last paragraph, mostly kept as the text's,
// keeps its dates and prices, though the tags below it make its last lines boilerplate.
func TestDecideBoxRest(t *testing.T) {
	const text = `date 2024-05-28 Die Uraufführung von „Nebelhorn“ im Stadttheater war ein leiser Triumph, ein Familienstück, das nie laut wird.

Und der Nebel am Ende? Er ist kein Effekt, sondern eine Antwort: Zum ersten Mal an diesem Abend spricht niemand über das Wetter.

Nebelhorn
Schauspiel von Jonas Weißbach
Regie: Ruth Albrecht
Stadttheater Hollerbach, Großes Haus, Theaterplatz 1
wieder am 2., 8. und 16. Juni 2024, jeweils 19.30 Uhr
Karten: 12 bis 36 Euro
Dauer: etwa zwei Stunden, eine Pause

Schlagworte: Theater · Uraufführung · Familie
Mehr im Magazin
„Nasses Land“: eine Malerin und das Wetter
„Die Salzwiesen“: ein Roman über einen langen Sommer`
	wantVerdicts(t, text, "TETETTTTTTTEBBBB")
}

// A contact's e-mail address in such a block is the text's when the text goes on below
// it; in the site's footer it stays the site's.
func TestDecideBoxRestAddress(t *testing.T) {
	const text = `date 2024-11-20 From Monday, 2 December, the buses of lines 4 and 7 will run every twenty minutes in the evening instead of every half hour.

The new timetables are in every bus and at the customer centre from today, and the journey planner already shows them.

Questions about the change? Our customer centre will help you:
Customer centre, Station Square 1, Ostbrook
Telephone: 0581 930 4400
Email: help@ostbrook-buses.example
Monday to Friday 7am to 6pm, Saturday 9am to 1pm

We thank everyone who took part in our survey last spring, whose answers shaped many of these changes.

© 2024 Ostbrook Buses Ltd · Station Square 1, Ostbrook
Email: info@ostbrook-buses.example
Privacy · Cookies`
	wantVerdicts(t, text, "TETETTTTTETEBBB")
}

// A notice's contact for the matter, opened by a heading with a colon right under its
// last paragraph, is the text's, though its e-mail address stands alone (its heading,
// worded as a site's, is left as decided), and so are the fields of the office it sends
// its readers to; the site's contact in its footer stays the site's, and so does a
// block with no address or number to reach.
func TestDecideContactBlock(t *testing.T) {
	const notice = `date 2024-04-02 Two young reticulated giraffes from a partner park in the north joined the herd of the Val-Serein zoo last week.

The two females, aged three and four, spent their first days in the indoor enclosure before going out to the savannah plain on Monday.

Visitors can watch the giraffes being fed every day at half past eleven and at three, from the new footbridge over the plain.

`
	const after = `

Share on Facebook · Share on X · Send by e-mail

Read also
Three baby otters in the north pool – 2 April 2024
The vivarium reopens after works – 16 March 2024

Val-Serein Zoological Park
Route des Chênaies, 26410 Val-Serein
04 75 62 18 00 · contact@zoo-valserein.example`
	tests := []struct{ name, text, want string }{
		{"press contact", notice + `Press contact:
Élodie Fressinet
Communications officer
04 75 62 18 93
press@zoo-valserein.example` + after, "TETETEBTTTTEBEBBBEBBB"},
		{"an office's fields", notice + `Val-Serein Zoological Park, visitor services
Telephone: 04 75 62 18 20
Email: visits@zoo-valserein.example
Opening hours: every day 9.30 am to 6 pm` + after, "TETETETTTTEBEBBBEBBB"},
		{"the site's footer", notice + `Val-Serein Zoological Park
Telephone: 04 75 62 18 20
Email: visits@zoo-valserein.example
Opening hours: every day 9.30 am to 6 pm
Sitemap | Contact | Privacy | Cookies` + after, "TETETEBBBBBEBEBBBEBBB"},
		{"follow calls", notice + `Follow the giraffes:
Facebook
Instagram
YouTube` + after, "TETETEBBBBEBEBBBEBBB"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A lecturer's page of a university's site: the contact under the text's heading of its
// own, which every page gives, is the lecturer's, and the text goes on below it.
func TestDecideContactBlockInText(t *testing.T) {
	page := func(name, room, city, topic, day string) string {
		return `date 2024-09-16 ` + name + ` è professoressa associata e studia ` + topic + ` da molti anni, con un gruppo di giovani ricercatori.

Prima di entrare in ruolo è stata assegnista di ricerca a ` + city + `, dove ha lavorato su ` + topic + ` nelle biblioteche della città.

Contatti
Ufficio: Palazzo Ceriani, stanza ` + room + `
Orario di ricevimento: ` + day + ` 10.30–12.30
Email: ` + strings.ToLower(strings.ReplaceAll(name, " ", ".")) + `@univalmarena.example
Telefono: +39 0547 386 ` + room + `

Interessi di ricerca
` + strings.ToUpper(topic[:1]) + topic[1:] + ` nel Medioevo
Lettori e copisti a ` + city + `
Le edizioni digitali su ` + topic + `

Il suo progetto attuale, finanziato a ` + city + `, ricostruisce la storia di ` + topic + ` nei conventi della Toscana.

Seguici su Facebook · Instagram · YouTube
© 2024 Università degli Studi di Valmarena`
	}
	const want = "TETETTTTTETTTTETEBB"
	own := page("Giulia Marchetti", "214", "Firenze", "la prosa del Trecento", "martedì")
	if got := verdicts((*Corpus)(nil).Decide(Page{Text: own}, DefaultThreshold), own); got != want {
		t.Errorf("alone: verdicts = %s, want %s", got, want)
	}
	c := NewCorpus()
	for _, p := range [][5]string{{"Elena Sarzana", "221", "Bologna", "la lirica latina", "lunedì"},
		{"Chiara Valdambrini", "012", "Padova", "i dialetti veneti", "giovedì"}, {"Paola Fioravanti", "105", "Siena", "le mappe antiche", "venerdì"}} {
		c.Add(page(p[0], p[1], p[2], p[3], p[4]))
	}
	c.Add(own)
	if got := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own); got != want {
		t.Errorf("in its site: verdicts = %s, want %s", got, want)
	}
}

// A crawl's first paragraph over the site's name and menu: the block under it is the
// page's header, not a section of the text's under its heading.
func TestDecideMenuUnderLead(t *testing.T) {
	text := `date 2025-02-10 On this course you learn to photograph the night: the castle lit up, the old town's lanes under the street lamps and, when the sky allows, the Milky Way.

Harbourside Photo
Courses
Workshops
Photo trips
Studio hire

Home › Courses › Night photography

Night and astrophotography course

Over four Friday evenings and two Saturday outings you learn to set the camera by hand, to focus on a star and to stack your exposures at home.

The course ends with a small exhibition of your pictures in the school's corridor, open to friends and family for a week.`
	wantVerdicts(t, text, "TEBBBBBEBETETET")
}

// A wine's page of a winery's site: the template's heading over the page's own short
// items (its dishes), right under the page's table of details (a teaser above it), is
// the text's section.
func TestDecideTemplateSectionUnderTable(t *testing.T) {
	page := func(wine, year, grape, alcohol string, dishes [3]string) string {
		return `date 2025-03-04 Our ` + wine + ` comes from the old vines above the cellar, picked by hand in the last week of September.

Stonecrop Winery
Wines
Tastings
Visit us
Shop

` + wine + ` ` + year + `

The ` + grape + ` grapes were pressed whole and the juice settled overnight before a slow, cool fermentation in steel and old oak.

The ` + wine + ` rested on its fine lees until spring and was bottled without fining, with a light filtration only.

Read also: Why does a wine from basalt taste of salt? Our winemaker explains what minerality means, and why it is not the rock.

Technical data
Vintage: ` + year + `
Grape: ` + grape + `
Alcohol: ` + alcohol + `

Food pairing
` + dishes[0] + `
` + dishes[1] + `
` + dishes[2] + `

Free delivery from six bottles
Add to basket
© 2025 Stonecrop Winery`
	}
	const want = "TEBBBBBETETETEBETTTTETTTTEBBB"
	own := page("Riesling Quarry", "2022", "riesling", "12.5%", [3]string{"Trout with almonds", "Fresh goat's cheese", "Asparagus risotto"})
	c := NewCorpus()
	c.Add(page("Pinot Noir Ridge", "2021", "pinot noir", "13.0%", [3]string{"Roast duck", "Mushroom tart", "Aged comté"}))
	c.Add(page("Chardonnay Hill", "2023", "chardonnay", "13.5%", [3]string{"Lobster rolls", "Chicken in cream", "Baked brie"}))
	c.Add(page("Sparkling Rosé", "2020", "pinot meunier", "12.0%", [3]string{"Oysters", "Strawberry tart", "Smoked salmon"}))
	c.Add(own)
	if got := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own); got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestDecideSectionWithSharedItems: a guesthouse's room pages list each room's amenities
// under the heading every page gives, right under the room's text; some items ("Free
// Wi-Fi") two of the five rooms have, so repetition decides them, but most are the room's
// own: the list is the page's.
func TestDecideSectionWithSharedItems(t *testing.T) {
	page := func(room, story string, amenities ...string) string {
		return "date 2025-03-02 The " + room + " " + story + "\n\n" +
			"The Willow Farm\nRooms\nBreakfast\nSurroundings\nBook now\n\n" +
			"Breakfast in the " + room + " is brought to the door at eight, with eggs from our own hens and bread from the village baker, baked that morning.\n\n" +
			"Amenities\n" + strings.Join(amenities, "\n") + "\n\n" +
			"© 2025 The Willow Farm"
	}
	own := page("Hayloft", "lies under the roof of the old barn, with beams of oak and a window onto the meadows by the river.",
		"Free Wi-Fi", "Television", "Kettle with local teas", "Bath under the skylight", "Sofa bed for a child")
	wantDatasetVerdicts(t, own, "TEBBBBBETETTTTTTEB",
		page("Stable", "was the horses' home until 1968, and sleeps four, with bunk beds built into the old boxes.",
			"Free Wi-Fi", "Bunk beds for two children", "Cot on request", "Shower with a step"),
		page("Orchard", "looks onto the old apple trees from a free-standing bath, and has a terrace of its own.",
			"Television", "Free-standing copper bath", "Terrace with two chairs", "Coffee machine"),
		page("Bakehouse", "is a cottage for two in the farm's old bakery, with a kitchen of its own and a wood stove.",
			"Wood stove", "Kitchen with two hobs", "Dishwasher", "Garden bench"),
		page("Garden", "is on the ground floor, with no step from the car park and a terrace by the herb garden.",
			"Step-free shower", "Terrace by the herbs", "Reading lamp", "Fan for summer nights"),
	)
}

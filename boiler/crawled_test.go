package boiler

import "testing"

// A crawl that takes the text from the article's first paragraph on leaves the page's
// header (section, date, byline) as a block right under that paragraph.
func TestDecideHeaderUnderLead(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"section, date and name", `date 2025-03-14 Nine of fourteen drones launched at the region overnight were shot down, the regional administration said on Friday morning.

War
Mar 14, 2025 10:27 am
Oksana Hrytsenko

According to the administration's head, the air defence units worked for four hours and no one was hurt in the attack.

Two houses and a garage were damaged by falling debris in a village north of the city, the administration said.`, "TEBBBETET"},
		{"label, byline, date, reading time", `date 2025-02-19 On the beach at Kayar the pirogues come in at dusk, painted in reds and yellows, and the whole village walks down to meet them.

Feature
Words: Awa Ndiaye | Photos: Ibrahima Sarr
19 February 2025
6 minute read

Diagne, 61, has built pirogues for forty years, like his father and his grandfather before him.

He can tell from the sound of the wood whether a plank will hold, he says.`, "TEBBBBETET"},
		{"section and name", `date 2025-09-02 Every few years a new government promises to shorten the hours that children spend in cram schools, and every few years nothing changes.

OPINION

Kim Soo-yeon

That should tell us something: the problem is not a lack of rules, as the city already has a curfew.

It is that parents do not believe the schools can teach their children enough.`, "TEBEBETET"},
		// Some crawls keep no empty line between the first paragraph and the header.
		{"header right under the first paragraph", `date 2025-05-21 The central bank left its main rate unchanged on Wednesday for a third month, citing a weaker currency and prices that are still rising faster than planned.
Economy > Markets
By Teodora Vasileva
May 21, 2025 - 14:05

Analysts had expected the decision, though two of them said a cut could come in July if the currency steadies.

The bank's next meeting is on June 18.`, "TBBBETET"},
		// The header's block alone, when more short lines of the text follow it.
		{"header block over a film's details", `date 2024-10-09 There is a moment about halfway through the film when the camera stays on an old woman peeling apples for almost a minute, and nothing else happens.

Culture · Film review
By Jasur Tashpulatov
09.10.2024

The Mulberry Courtyard
Director: Dilnoza Karimova
Cast: Malika Ergasheva, Sherzod Nazarov
Running time: 1 h 52 min

It is the kind of scene that most directors would cut, and it is the reason to see the film.`, "TEBBBETTTTET"},
		// A live blog's summary of its own ends the header.
		{"live blog", `date 2025-10-09 Strikes have hit several villages in the south of the country for a second day, the civil defence service said on Thursday.

LIVE UPDATES
Updated 9 October 2025, 19:20

By Cedar Dispatch staff

Summary
The health ministry says at least seven people were killed in strikes on Thursday
Schools in two districts are closed until further notice

19:05
The army says it has sent more troops to the south of the river, a spokesman told reporters.`, "TEBBEBETTTETT"},
		// An interview's first question ends the header.
		{"interview", `date 2025-11-04 For twenty years, Siti Rahmawati has been planting mangroves along the northern coast, where the sea takes a little more land every year.

INTERVIEW | Environment

Interview by Arif Nugroho
Tuesday, November 4, 2025 - 11:02 WIB

How did you start?

I grew up near the coast. When I was a girl, there were rice fields where there is now only water, and we moved twice.`, "TEBEBBETET"},
		// The text's subheading under the byline, alone between empty lines.
		{"byline and subheading", `date 2025-03-05 Last autumn we made a decision that many of you have asked us about: we stopped selling coffee in capsules.

By Siri Halvorsen, managing director · 5 min read

Why we stopped

We started the roastery in an old boathouse in 2016 with one aim: to roast good coffee and to do it in a way we could stand behind.

Capsules never fitted that, and we knew it from the start.`, "TEBETETET"},
		// The text's subheading under the reading time.
		{"reading time and subheading", `date 2025-11-27 Robot vacuums have become much cheaper in recent years, so a decent model with a mop now costs less than a good hand vacuum.

By Nikola Radovanović
Published: 27 November 2025
Reading time: 6 min

Design and setup

The R5 is round and under ten centimetres tall, so it fits under most beds and sofas without trouble.

A laser sensor sits on its top, and the app maps a flat in one pass.`, "TEBBBETETET"},
		// A field may be longer than a header's other lines.
		{"a long field", `date 2024-03-09 Arvid Holmberg, Sjövik, died on Sunday after a short illness at the age of 81, surrounded by his children and grandchildren.

Obituary
Published: 9 March 2024
Remembered by: Lena Marklund and Per-Erik Dahlgren

Arvid was born on a farm outside the village in 1943, the youngest of four brothers, and went to sea at sixteen.

He came home to marry and ran the village shop with his wife for thirty years.`, "TEBBBETET"},
		// A date and a time of day in a table's cells to the rules date the header.
		{"byline in cells", `date 2024-11-10 Kuzey Spor, sahasında Ormanköy'ü 3-1 yendi ve ligde üst üste dördüncü galibiyetini aldı.
Futbol / Anadolu Ligi / Maç Sonucu
Emre Karakoyun | Spor Servisi
10.11.2024 - 19:24 | Güncelleme: 19:51
Okuma süresi: 4 dk

Kuzey Spor'un ikinci golünü atan Emir Başaran sevinç yaşadı. (Fotoğraf: Spor Servisi)

İlk yarıda iki gol bulan ev sahibi, ikinci yarıda da rakibine hiç fırsat vermedi ve skoru sonuna kadar korudu.

Teknik direktör maçtan sonra yaptığı açıklamada oyuncularının bu hafta çok çalıştığını ve galibiyeti hak ettiğini söyledi.`, "TBBBBEBETET"},
		// A breadcrumb dates no header, but it is the site's: the section's name under it too.
		{"breadcrumb and section", `date 2024-11-29 From the timetable change on Sunday, 15 December, the buses of the county's transport company will run more often on four lines.
You are here: Home / Service / News
Passenger information

Line 4 every quarter of an hour
Between the station and the hospital, the buses of line 4 will run every fifteen minutes from Monday to Friday.

The night buses keep their times, and the school buses are not affected by the change.`, "TBBETTET"},
		// The text's subheading under a block with a byline and a section's name.
		{"byline block and subheading", `date 2023-07-09 The alcoves on either side of the chimney breast have been empty since we moved in, and this spring I finally filled them with shelves.
Posted by Hattie Brennock on 9 July 2023
House projects

Measuring, and measuring again

Old houses have no right angles. I knew this in theory, but in practice it meant every shelf had to be cut to its own length.

The wood came from the yard at the end of our road, which cuts to size for a small charge.`, "TBBETETET"},
		// The text's subheading under a block with the site's menu in it.
		{"menu block and subheading", `date 2023-07-11 The Oak Manor estate lies forty minutes from the city, among old oaks and a pond, and hosts weddings of up to 150 guests.
Home / Weddings / Corporate events / Rooms / Gallery / Contact
See free dates
UA | EN

Spaces for the day

The Stable hall seats up to 120 guests at round tables, or 150 standing, with its own bar.

The terrace over the pond takes 80 guests under a clear marquee in case of rain.`, "TBBBETETET"},
		// A work's box of details over the page's header is the text's.
		{"details box over the header", `date 2024-04-18 With her fourth novel, Yasmine Kerbel writes the book of a harbour town that loses its fleet and then its young, over forty years.

Title: The Other Shore
Publisher: Girandole Books
Out: 4 April 2024
Pages: 412
Price: 23 euros

Section: Books
Published: 18 April 2024, 7:00
Reading time: 7 min

It all begins in 1981, in a port whose name the author never gives, where a boy of seventeen works on his father's trawler.

The book alternates chapters between the boy and his sister, who leaves for the city at twenty.`, "TETTTTTEBBBETET"},
		// An event's title right above its description is the text's.
		{"event title", `date 2025-05-15 The first real spring weekend in the town brings a concert at the fortress, a fair of local food and a run for children.

Events calendar
Published: 15 May 2025

Seven Bridges, Old Town, 21:00
The band returns to the town after five years with a new album, and the fortress's courtyard holds four hundred people.

Tickets cost ten marks at the door, and children under twelve go in free.`, "TEBBETTET"},
		// A subheading alone under the first paragraph, capitalised as German nouns are.
		{"subheading", `date 2025-05-12 Die Polizeistation Weilsbrück hat am Wochenende mehrere Einbrüche und einen Unfall gemeldet, teilte sie am Montag mit.

Grävenau: Einbruch in Vereinsheim

Unbekannte sind in der Nacht zum Samstag in das Vereinsheim des Tennisclubs eingebrochen, wie die Polizei mitteilte.

Die Täter hebelten ein Fenster auf und stahlen zwei Kisten Getränke.`, "TETETET"},
		// The article's own points under its first paragraph: no date, no byline.
		{"key points", `date 2025-05-06 Reservoirs in the centre of the island are at their lowest level for May in four years, the water agency said on Tuesday.

Key points
Farmers in three counties will get water two days a week
Chipmakers have trucked in water since April

The restrictions have again drawn attention to the island's chip industry, which uses large amounts of water.

Officials said the rains of June would decide whether the limits are lifted.`, "TETTTETET"},
		// A block with a sentence in it is the article's, even with a date.
		{"a dated paragraph", `date 2025-06-01 The council voted on Tuesday to close the old market hall for two years while its roof is rebuilt.

The move
From 1 July 2025 the traders will sell from a car park by the river while the hall is closed.

The roof, built in 1931, has leaked for a decade, the council's engineer said.

The traders' union said it would ask for lower rents during the move.`, "TETTETET"},
		// The site's name and menu under the first paragraph, down to the breadcrumb: no
		// subheadings, as no body text follows them before boilerplate.
		{"menu under the first paragraph", `date 2025-03-13 The old town fills with stalls, music and runners this weekend, from the craft market on Friday night to the children's race on Sunday.

Harbour Weekly
Events
Food
Places to stay
Send an event
Home / Events / Weekend

Weekend in the old town, 14 to 16 March

More than sixty makers from around the bay will sell bags, pottery and prints along the quay from five in the evening.

Entry is free, and the quay is closed to cars until midnight.`, "TEBBBBBBETETET"},
		// The site's name and its motto, which nearly reads as prose, over the breadcrumb.
		{"name and motto under the first paragraph", `date 2024-06-20 For forty years Tom Reilly has turned chanters and drones in a workshop by the cathedral, and this summer he hands it to his daughter.

NORTH WIND
a magazine of culture and land
Home / Interviews / Crafts
Interviews
Tom Reilly: "A pipe is not tuned, it gets used to its player"
Words: Ann Lawrence · Photos: Brian Castro
20 June 2024 · 8 min read

How did you come to the trade?
By chance and by hunger, as my father made chairs and a piper asked him to mend a drone.`, "TEBBBBTBBETT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A teaser of another article in a block of its own, with its summary under it, in a
// page whose paragraphs stand between empty lines.
func TestDecideTeaserBlock(t *testing.T) {
	text := `date 2025-04-11 A court in Rustavi sentenced the town's former mayor to four years in prison on Friday for handing municipal land to his brother's company.

Read also: Riverside park: how a green space became a building site
Our 2023 investigation into the sale of the land, the company that bought it and the flats it planned to build.

The question before the court was whether the town's property was handed to his family for a fraction of its value, the judge said.

The prosecution had asked for six years and said it would consider an appeal.`
	wantVerdicts(t, text, "TEBBETET")
}

// A teaser's block may stack its headings, and give the headline that the page gives
// again elsewhere.
func TestDecideTeaserBlockHeadings(t *testing.T) {
	text := `date 2025-04-11 Police searched the offices of the regional roads agency on Friday as part of an inquiry into repair contracts worth 14 million leva.

Recommended
Other topics of interest
Recommended
Anti-corruption commission raids municipal offices in Ravnovo
Investigators took away documents related to the town's contracts for bridges.

The agency's director said he had not been questioned and that his staff would help the investigators.

The inquiry began last year after an audit found that several bridges had been paid for twice.

More on Courts
Anti-corruption commission raids municipal offices in Ravnovo`
	wantVerdicts(t, text, "TEBBBBBETETEBB")
}

// The name in a crawl's header under the first paragraph is the author's: the bio at
// the end that starts with it is the author's box.
func TestDecideHeaderNameBio(t *testing.T) {
	text := `date 2025-07-03 Coffee exports rose by about nine percent over the year to the end of June, but earnings from them fell for the first time in five years.

ANALYSIS

Bethlehem Tadesse
July 3, 2025 · 7 min read

Export volumes rose to just under 300,000 tonnes, the coffee authority said, as farmers in the south sold more of their crop abroad.

Prices have already fallen by about a fifth from their peak, and forecasters expect a large harvest in Brazil.

Bethlehem Tadesse is an economics writer based in Addis Ababa. She has covered agriculture and trade for the Review since 2020.`
	wantVerdicts(t, text, "TEBEBBETETEB")
}

// A teaser of another article in a block of its own: its heading, which the site's
// other pages have too, its headline and its summary.
func TestDecideTeaserBlockWithHeading(t *testing.T) {
	text := `date 2025-05-20 Wine exports rose by a tenth in the first quarter, the statistics office said, as sales to Poland and Romania grew.

ALSO ON THE BULLETIN
The winemaker who brought back a grape nobody had planted since the 1950s
On a hillside near the river, a young grower is betting his family's savings on a variety that almost disappeared.

Still, the total value of exports remains below the levels reached a decade ago, the office said.

Winemakers are also worried about this year's crop after a late frost.`
	c := NewCorpus()
	c.Add(text)
	c.Add("date 2025-05-21 The gas tariff will fall by a fifth from June, the regulator said.\n\nALSO ON THE BULLETIN\nTeachers threaten a strike over unpaid overtime")
	c.Add("date 2025-05-22 Parliament voted down the motion of no confidence on Thursday.\n\nALSO ON THE BULLETIN\nCustoms officers will wear body cameras by autumn")
	ds := c.Decide(Page{Text: text}, DefaultThreshold)
	if got, want := verdicts(ds, text), "TEBBBETET"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// The crawl's first line, its date and the article's first paragraph, is body text
// though its stop words are few and a call to action follows it.
func TestDecideCrawledLead(t *testing.T) {
	text := `date 2025-09-17 Orzeszany (AIW) – Przyrodnicy zakończyli pierwszy etap nawadniania torfowiska Wilcze Błota. Rowy melioracyjne, kanały odwadniające, zastawki modrzewiowe, groble ziemne: czterdzieści sześć konstrukcji, dwa kilometry rowów, trzy lata prac.

Obserwuj nas w Google News

Wilcze Błota to jedno z największych torfowisk wysokich w regionie, o powierzchni ok. 640 ha, i od pół wieku wysycha.`
	wantVerdicts(t, text, "TEBET")
}

// A crawl's teaser: a list's heading and a headline in a block, the headline's summary
// alone below it, short of a paragraph of the body.
func TestDecideTeaserBelowItsHeadline(t *testing.T) {
	text := `date 2025-06-02 Police in Britain have arrested two men suspected of spying on activists from the city, the Home Office said on Monday.

The men, aged 41 and 63, were held in London and Manchester and released on bail pending further inquiries, a spokesperson said.

You might also like
Weekend Schools in Britain Struggle to Find Teachers as Demand Grows

Parents say the weekend classes are the only place their children still hear the language spoken outside the home.

A spokesperson for the Foreign Office said Britain would not tolerate any attempt by a foreign power to intimidate people living in the country.

The arrests follow bounties of one million dollars offered last year for information on eight activists living abroad.`
	wantVerdicts(t, text, "TETEBBEBETET")
}

// The publisher's box a crawl keeps in a block: its name alone over its blurb, which
// starts with the name, then its lists; a profile's name over its first line, with the
// text going on below, is the article's.
func TestDecidePublisherBlock(t *testing.T) {
	text := `date 2025-03-02 The government has named aquaculture as one of the sectors it wants to grow as it tries to cut the economy's reliance on oil and gas.

Sturgeon farms on the coast produced 40 tonnes of caviar last year, twice as much as in 2020, the ministry said on Sunday.

Caspian Meridian
Caspian Meridian is a business news service covering Azerbaijan, the South Caucasus and Central Asia.
Latest in Business`
	wantVerdicts(t, text, "TETEBBB")
	profile := `date 2025-03-02 The bakery on the square has opened every morning at five for thirty years, and the town would not know what to do without it.

Anna Berg
Anna Berg has run it since 1995, when she bought it from her uncle for a symbolic sum.
She still bakes the first loaves herself, and her daughter does the cakes.

The town council gave her its medal of honour on Sunday.`
	wantVerdicts(t, profile, "TETTTET")
	// Given twice under the correction prompt, in a script without capitals, with the
	// particle glued to the name; an app's prompt, which reads as prose, below.
	korean := `date 2025-03-02 지방법원은 전세 사기 혐의로 기소된 임대업자에게 징역 12년을 선고했다. 피해자는 모두 143명이다.

기사에 오류가 있나요? 독자 제보로 알려주세요.
해당 문장을 드래그한 뒤 Ctrl+Enter를 누르면 바로 신고됩니다.
한솔시티뉴스
한솔시티뉴스
한솔시티뉴스는 2016년 창간한 지역 인터넷 신문으로, 시민의 눈높이에서 시정과 지역 사회의 변화를 기록합니다.

앱을 설치하시면 우리 동네 소식을 가장 먼저 받아 보실 수 있습니다.`
	wantVerdicts(t, korean, "TEBBBBBET")
	// Given twice over a blurb that does not start with it.
	twice := `date 2025-03-02 The district's under-19 side won the final by six wickets on Sunday, chasing 214 with four overs to spare.

Keratam
Keratam
From village grounds to international stadiums, we have brought our readers every match of the region since 2012.

The team's captain was named player of the tournament.`
	wantVerdicts(t, twice, "TEBBBET")
	// A review's subheading over its paragraph that starts with it, the review going on.
	review := `date 2024-04-18 The new wireless headphones from Orfej cost half as much as the big brands' models and, on paper, offer almost everything they do.

Sound
Sound is warm, with a strong bass that fans of electronic music will like. At higher volumes the middle tones get a little lost, and the highest notes can sound sharp.

Noise cancelling
The noise cancelling works well on the bus and in the office, where it takes away the hum of engines and air conditioning, though voices still come through it clearly enough to follow a conversation.`
	wantVerdicts(t, review, "TETTETT")
}

// A teaser's block may give its headline first and again below its heading, as the
// seed's crawl does, or ask a question in it under headings the wording lists know in
// part.
func TestDecideTeaserBlockShapes(t *testing.T) {
	lead := `date 2025-07-02 The water utility in Sarandë cut supply to the upper town for six hours on Tuesday as the reservoir fell to its lowest level in a decade.

`
	more := `

The utility has asked hotels to fill their pools at night, when demand is lower, until the end of August.`
	tests := []struct{ name, text, want string }{
		{"headline given twice", lead + `Why the dredging row in the bay matters beyond one town
You may also want to read
Why the dredging row in the bay matters beyond one town
Emergency contracts have become the rule rather than the exception in local government.` + more, "TEBBBBET"},
		{"a headline that reads as a sentence, given first and again", lead + `The council has approved the new bridge over the river after years of delay.
More from the region
The council has approved the new bridge over the river after years of delay.
Work starts in the spring and the bridge should open to traffic within two years.` + more, "TEBBBBET"},
		{"a question given first and again", lead + `New Baku port terminal: who will actually use it?
Worth a read
New Baku port terminal: who will actually use it?
Freight volumes on the route have tripled since 2021, but shallow water is becoming a problem.` + more, "TEBBBBET"},
		{"a long heading between the headline given twice", lead + `Why the dredging row in the bay matters far beyond one small coastal town and its harbour
Picked for you by the editors on the night desk this week
Why the dredging row in the bay matters far beyond one small coastal town and its harbour
Emergency contracts have become the rule rather than the exception in local government.` + more, "TEBBBBET"},
		{"a question given twice under a heading", lead + `Read also
The new bus terminal: when will it open?
The new bus terminal: when will it open?
The municipality says the first routes will move there before the summer.` + more, "TEBBBBET"},
		{"a question under two headings", lead + `Read also
Also on the Bregdet Post
Albania's tourism boom: record arrivals, but at what cost?
Visitors are filling beaches and bank accounts, but towns struggle with water, waste and housing.` + more, "TEBBBBET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A teaser's headline that another page of the dataset gives is the teaser's, not a
// heading of the text below it, and the list heading in its block heads nothing past it.
func TestDecideTeaserBlockInDataset(t *testing.T) {
	page := `date 2025-05-12 Velbrach won the derby against Haldenried 3–1 on Sunday, in front of the biggest crowd at the Wiesengrund for ten years.

Clinic hires nurses from Portugal
You might also like
Clinic hires nurses from Portugal
Twelve nurses have already agreed to start work in Velbrach this summer.

With the win Velbrach move up to fourth place and are three points behind the promotion play-off with two games left.

Line-ups
Velbrach: Krämer; Hoss, Adler, Brunn, Kessler; Wirth, Lange; Ott, Dahl, Peters; Baumann.
Goals: 1-0 Baumann (12'), 2-0 Ott (40'), 2-1 Maier (55'), 3-1 Dahl (88').`
	other := `date 2025-05-09 The district clinic has hired twelve nurses from Portugal to fill posts it has left empty for more than a year.

Clinic hires nurses from Portugal

The nurses will start in July after a language course paid for by the district.`
	c := NewCorpus()
	c.Add(page)
	c.Add(other)
	if got, want := verdicts(c.Decide(Page{Text: page}, DefaultThreshold), page), "TEBBBBETETTT"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// A caption with its credit glued above a paragraph is no teaser over its summary: the
// credit after its colon names no headline.
func TestDecideCreditedCaptionOverParagraph(t *testing.T) {
	const text = `date 2024-05-11 The new library by the ferry landing opened on Saturday, three years after the council chose its design.

The glulam roof was made off-site and lifted into place over eleven days. Photograph: Oduya Lund Architects
On the afternoon I visited, every seat by the window was taken, and two teenagers were arguing quietly about a maths problem over a shared laptop.

Related`
	wantVerdicts(t, text, "TEBTEB")
}

// TestAppHeaderUnderCrawledLead: an app store's header that a crawl leaves under the
// first paragraph (the app's name, its developer, its rating, its buttons) is the
// page's header by the lines that decide themselves, though no byline or date is there.
func TestAppHeaderUnderCrawledLead(t *testing.T) {
	text := "date 2025-02-11 Tallybird keeps the accounts of a market stall or a farm shop on your phone, and works without a signal in the field.\n" +
		"\n" +
		"Tallybird – Cash Book & Receipts\n" +
		"Orchard Lane Software\n" +
		"Contains ads · In-app purchases\n" +
		"4.5 ★\n" +
		"1,204 reviews\n" +
		"Install\n" +
		"Add to wishlist\n" +
		"\n" +
		"Every receipt you photograph is read, dated and filed under its category, so the tax return at the end of the year takes an evening.\n"
	wantVerdicts(t, text, "TEBBBBBBBETE")
}

// A crawl may keep the page's headline, with its standfirst, under the site's header:
// in a block with its section's label, byline, date and buttons, above the text.
func TestDecideCrawledHeadline(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"headline, byline, date, buttons", `date 2025-01-28 Since January the new property tax has applied, and in many streets of the town the bills have risen by a third or more.

Hellental Review
Local | Region | Politics | Business | Sport | Culture
Log in
Search

ANALYSIS
Property tax: who pays more now, and why
By Katrin Ostermeyer
28.01.2025, 06:00
Share

Revenue neutral was the phrase that fell in almost every council meeting last year, and it was meant to calm the owners of old houses.

The trouble lies in the old values, which date from a survey made more than sixty years ago.`, "TEBBBBEBTBBBETET"},
		{"headline and standfirst, names, update", `date 2024-11-07 Counting in the Kelsby South by-election is under way at the leisure centre after polls closed at ten, with the first ballot boxes arriving from the villages of the ward.

THE DUNMERE CHRONICLE
Latest
Politics
Log in

LIVE
Kelsby South by-election: live updates from the count
Labour and the Greens are level on 24 seats each; whoever wins tonight becomes the largest party
Anna Greaves and Dev Sandhu at Kelsby Leisure Centre
Last updated: 7 November 2024, 23:48

Four candidates are standing: Labour, Green, Conservative and an independent, a former mayor of the town.

Turnout was 24.6%, down from 31% at the last full council election in the ward.`, "TEBBBBEBTTBBETET"},
		// A headline of few stop words (a name, a verb) reads as no prose, yet its byline
		// under it makes it the headline.
		{"headline of names over its byline", `date 2025-04-12 The water polo players of Galeb beat Lucica 11-9 on Saturday night and went back to the top of the league, with captain Ivan Skarica scoring four goals.

SPORT SOUTH
Football | Basketball | Handball | Water polo
Home › Water polo › First league
Skarica sinks Zadar late
Words: Ante Bilic
12 April 2025, 22:41

Galeb started the stronger side and led 3-2 after the first quarter.

Lucica levelled twice in the third quarter before Skarica settled it.`, "TEBBBTBBETET"},
		// The byline may be a name alone, with the date under it.
		{"headline over a name alone and the date", `date 2025-03-09 Urkiola beat Zaldibar 2-1 at the Ibarra ground yesterday, Mikel Etxeberria scoring the winner in the 84th minute.

FROM THE STANDS
Home › Football › Honour league
Etxeberria sinks Zaldibar late
Jon Arregi
9 March 2025 · 4 min

Zaldibar had equalised ten minutes earlier and looked the likelier winners.

Urkiola move up to second in the table.`, "TEBBTBBETET"},
		// The breadcrumb's last item names the page: the line under it is its title.
		{"title under the breadcrumb", `date 2024-05-02 Right on the harbour wall at Portcarrow, the Gannet Inn has eight rooms over a pub that has served fishermen since 1820.

Sign in · Saved (0)
Home › Cornwall › Portcarrow › The Gannet Inn

The Gannet Inn, Portcarrow
★★★★☆ Small hotel · 4.6/5 from 312 guest reviews
♡ Save   ⤴ Share

The rooms on the second floor share a balcony that catches the sun until late in the evening.

Breakfast is served in the bar from half past seven, with crab on toast on Sundays.`, "TEBBETBBETET"},
		// A breadcrumb with a season's years in an item, over a title with a colon.
		{"title under a breadcrumb with figures", `date 2025-01-20 The town centre has some 1,400 parking spaces, a third of them on the street, and the council wants to know how residents use them.

Home › Consultations › Season 2024/2025 › Parking in the town centre

Parking in the town centre: tell us what you think
Open for 9 more days

The survey takes ten minutes and closes on 28 February.`, "TEBETBET"},
		// The title's subtitle, right under it, shares a word with it.
		{"title and subtitle under the breadcrumb", `date 2024-03-04 The apple tree Aroma was bred in Sweden in the seventies and gives a sweet, aromatic fruit that keeps until Christmas.

Home › Trees › Apple trees › Apple tree 'Aroma'

Apple tree 'Aroma'
Malus domestica 'Aroma'
Art. no. 40-0012
Save as a favourite

Plant it in a sunny spot in soil that drains well, and water it every week of its first summer.`, "TEBETTBBET"},
		// A menu right above the breadcrumb, whose last item has figures: the title is
		// under the breadcrumb.
		{"title under a breadcrumb under a menu", `date 2024-05-06 The Kestrel 38 is a light walking pack with a back that breathes, made for long days in the hills and a night in a hut.

My account | Basket (0) | Help
Home / Packs / Walking packs / Kestrel 38

Kestrel 38 l walking pack
Code: KMZ-T38-OL
Add to basket

Its back panel stands off the spine on a mesh, so that air moves under it on a climb.`, "TEBBETBBET"},
		// A cookie notice's prose over the site's header is not yet the text.
		{"title under the breadcrumb, a cookie notice above", `date 2024-11-20 The council looks after 58 burial grounds across the county, from busy town cemeteries to small country graveyards.

We use cookies to make this website work and to see how it is used, so that we can improve it.
County Council
Residents | Business | Planning | Housing
Home › Residents › Burial grounds
Burial grounds
Print | Share

Graves are usually bought at the time of a death, through the funeral director, and the council keeps the register.`, "TEBBBBTBET"},
		// A button between the breadcrumb and the title.
		{"title under the breadcrumb and a button", `date 2025-01-20 The North Baths on Linden Square are the largest pool in the town open all year, with a sports pool, a learners' pool and a sauna.

Town Baths
Pools | Sauna | Prices | Contact
Town Baths › Pools › North Baths and sauna
Buy a ticket

North Baths and sauna
Last updated on 14 January 2025

The baths opened in 1974 and were rebuilt from the ground up between 2017 and 2019, with new tiles and new pipes.`, "TEBBBBETBET"},
		// A version's field under the breadcrumb is no title.
		{"field under the breadcrumb", `date 2024-08-28 The configuration file sets every option of the build, and the defaults suit most small projects.

Docs › Configuration › Version 2
Version: 2.4 (latest) ▾
Edit this page

Options are read from the file at the root of the project, then from the environment.`, "TEBBBET"},
		// A title whose colon follows the breadcrumb's last item: the country, then the tour.
		{"title naming the breadcrumb's item before a colon", `date 2024-02-12 Twelve days from the neon of Tokyo to the temples of Kyoto, with a night in a ryokan and the bullet train between them.

Home › Tours › Asia › Japan
Japan essentials: Tokyo, the Alps and Kyoto
Ref. RL-JP12
Save · Share · Download the itinerary (PDF)

Day one is the flight from Madrid, with a change in Doha and a night on board.`, "TEBTBBET"},
		// A byline in a script without capitals names its writer: the headline and its
		// standfirst above it are the page's.
		{"headline over a byline without capitals", `date 2024-01-15 יוסף אלמוג, הסנדלר של רחוב הגפן, הלך לעולמו בגיל 88 אחרי שישים שנה בחנות הקטנה שלו ליד השוק.

ראשי > קהילה > הספדים

הסנדלר של רחוב הגפן: יוסף אלמוג, 1935–2024
השכונה נפרדת מאחד האנשים המוכרים ביותר ברחוב
מאת: נעמה כהן
15.01.2024, 10:12

את המקצוע למד מאביו, וכבר בגיל עשרים ושש פתח חנות משלו בפינת הרחוב.`, "TEBETTBBET"},
		// A teaser under a call to action is no headline: no byline follows it.
		{"call to action's other line", `date 2025-03-02 The ferry will run to the island twice a day again from Monday, after its engine was repaired in the yard at Kalmar.

JOIN US ON WHATSAPP
Tap here for the day's news from the islands

The company said the winter timetable would apply until the end of April, with an extra crossing on Fridays.

Tickets bought for cancelled crossings will be refunded.`, "TEBBETET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// A bakery's product page: its ingredients under the heading every product has, in a
// block of their own, are no teaser under its heading.
func TestDecideIngredientsBlock(t *testing.T) {
	page := func(name, ingredients, allergens, weight, keeps string) string {
		return `date 2025-04-02 Our ` + name + ` is baked every morning in the shop on Mill Street and sold until the last one is gone.

Crumb & Crust
Bread | Cakes | Shops

` + name + `

We bake the ` + name + ` with a long, cool rise overnight, which gives it its crust and a fuller taste than a quick dough can.

Ingredients
` + ingredients + `
` + allergens + `

Details
Weight: ` + weight + `
Keeps: ` + keeps + `

Add to basket
© 2025 Crumb & Crust`
	}
	const want = "TEBBETETETTTETTTEBB"
	own := page("seeded rye", "Rye flour, water, sunflower seeds (12%), linseed, salt and yeast.", "ALLERGENS: CONTAINS RYE. MAY CONTAIN SESAME AND NUTS.", "800 g", "5 days")
	c := NewCorpus()
	c.Add(page("white bloomer", "Wheat flour, water, salt, yeast and a little olive oil.", "ALLERGENS: CONTAINS WHEAT. MAY CONTAIN SESAME.", "600 g", "2 days"))
	c.Add(page("cheese scone", "Wheat flour, cheddar (20%), butter, milk, baking powder and salt.", "ALLERGENS: CONTAINS WHEAT AND MILK.", "90 g", "1 day"))
	c.Add(page("cinnamon bun", "Wheat flour, milk, butter, sugar, cinnamon (3%), yeast and salt.", "ALLERGENS: CONTAINS WHEAT, MILK AND EGGS.", "110 g", "3 days"))
	c.Add(own)
	if got := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own); got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

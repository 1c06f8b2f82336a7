package boiler

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// page is one page of an invented site: its template around a title and a body that
// differ from page to page.
func page(n int) string {
	topics := []string{"parks", "libraries", "buses", "schools", "bridges"}
	return fmt.Sprintf(`Northfield Courier
Subscribe from £1 a week
Councillors argue over the %[1]s again
Councillors met on Monday and agreed, after a debate about the %[1]s, to spend more on them.
Trending on the Courier
Volunteers plant trees along the old railway path
Courier Media Ltd registered office details`, topics[n%len(topics)])
}

func TestCorpusCounts(t *testing.T) {
	c := NewCorpus()
	c.Add(page(1))
	c.Add(page(2))
	c.Add(page(2)) // the same text again counts once
	if got := c.Docs(); got != 2 {
		t.Errorf("Docs() = %d, want 2", got)
	}
	tests := []struct {
		line string
		want int
	}{
		{"Northfield Courier", 2},
		{"NORTHFIELD  courier", 2},      // normalised
		{"Subscribe from £7 a week", 2}, // digits folded
		{"Not in any page", 0},
	}
	for _, tt := range tests {
		if got := c.count(hashLine(normalise(tt.line))); got != tt.want {
			t.Errorf("count(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
	if got := len(c.counts); got != 18 {
		t.Errorf("%d hashes kept, want 18: one per distinct line (5 shared, 2 titles, 2 bodies) and one per distinct pair of neighbouring lines (3 shared, 3 around each page's title and body)", got)
	}
}

// TestCorpusStreaming decides one page as the queue streams in: alone, nothing
// repeats; once other pages of the site have arrived, the template's lines do.
func TestCorpusStreaming(t *testing.T) {
	c := NewCorpus()
	first := page(1)
	c.Add(first)
	for i, d := range c.Decide(Page{Text: first}, DefaultThreshold) {
		if strings.HasPrefix(d.Reason, "repeats") {
			t.Errorf("alone, line %d: %q", i, d.Reason)
		}
	}
	c.Add(page(2))
	c.Add(page(3))
	later := c.Decide(Page{Text: first}, DefaultThreshold)
	want := []string{
		"repeats in 3 of 3 documents",
		"repeats in 3 of 3 documents",
		"nearly reads as prose: 6 words, 50% stop words, next to body text",
		"reads as prose: 17 words, 59% stop words, ends a sentence",
		`says "trending" (en wording)`,
		"repeats in 3 of 3 documents",
		"repeats in 3 of 3 documents",
	}
	for i, w := range want {
		if later[i].Reason != w {
			t.Errorf("line %d: %q, want %q", i, later[i].Reason, w)
		}
	}
	if got := verdicts(later, first); got != "BBTTBBB" {
		t.Errorf("verdicts %s, want BBTTBBB", got)
	}
	// A page not fed to the corpus is compared with all of it.
	other := strings.Replace(page(4), "Volunteers", "Neighbours", 1)
	ds := c.Decide(Page{Text: other}, DefaultThreshold)
	if got, want := ds[0].Reason, "repeats in 4 of 4 documents"; got != want {
		t.Errorf("an unfed page: %q, want %q", got, want)
	}
	if got := ds[5].Reason; strings.HasPrefix(got, "repeats") {
		t.Errorf("a line no other page has: %q", got)
	}
}

// TestProseRepeatsNeedMore: a line that reads as prose is boilerplate by repetition
// only in proseRepeats other documents and proseRepeatShare of the dataset (a wire
// story in two papers is not a template).
func TestProseRepeatsNeedMore(t *testing.T) {
	body := "Councillors met on Monday and agreed, after a long debate, to spend more on the parks."
	c := NewCorpus()
	c.Add("A\n" + body)
	c.Add("B\n" + body)
	if ds := c.Decide(Page{Text: "A\n" + body}, DefaultThreshold); ds[1].Boilerplate {
		t.Errorf("prose in 2 of 2 documents: %s", ds[1].Reason)
	}
	c.Add("C\n" + body)
	if ds := c.Decide(Page{Text: "A\n" + body}, DefaultThreshold); ds[1].Reason != "repeats in 3 of 3 documents" {
		t.Errorf("prose in 3 of 3 documents: %s", ds[1].Reason)
	}
	for _, x := range []string{"D", "E", "F", "G", "H", "I", "J", "K"} {
		c.Add(x + "\nnothing alike")
	}
	if ds := c.Decide(Page{Text: "A\n" + body}, DefaultThreshold); ds[1].Boilerplate {
		t.Errorf("prose in 3 of 11 documents: %s", ds[1].Reason)
	}
}

// TestHeadlineListedElsewhere: a page's headline is in the lists of headlines of other
// pages of its site, so it repeats; it is still the page's headline. (A line on every
// page, the site's tagline, is not: TestCorpusStreaming.)
func TestHeadlineListedElsewhere(t *testing.T) {
	const own = "Harbour Courier\nThe news of the coast since 1874\nNews\nSport\n" +
		"Cliff path to be moved inland after landslip\n" +
		"The council says the old route above Gull Cove cannot be made safe again\n" +
		"By Dan Whitlock\n" +
		"The coast path between Kettle Bay and Hollins Head will be moved inland, the council said on Monday.\n"
	other := func(headline string) string {
		return "Harbour Courier\nThe news of the coast since 1874\nNews\nSport\n" + headline + "\n" +
			"Something else happened on the coast this week, and people talked about it at length.\n" +
			"More from the Courier\n"
	}
	c := NewCorpus()
	c.Add(own)
	for _, h := range []string{"Ferry timetable restored", "Lifeboat called out twice"} {
		c.Add(other(h))
		c.Add(other(h+" again") + "Cliff path to be moved inland after landslip\n")
	}
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if got, want := verdicts(ds, own), "BBBBTTBTE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	if want := "the page's headline: the last line before the body text that nearly reads as prose with a standfirst after it"; ds[4].Reason != want {
		t.Errorf("headline: reason %q, want %q", ds[4].Reason, want)
	}
}

// TestHeadlineOfNamesListedElsewhere: a match report's headline, names and scores with
// few stop words, is listed on the site's other pages; with its standfirst and byline
// after it, it is still the page's headline.
func TestHeadlineOfNamesListedElsewhere(t *testing.T) {
	const headline = "Rovers 2 Hobbs Cross Athletic 1: late Okafor header keeps hopes alive"
	page := func(top, body string) string {
		return "Harbour Courier\nNews\nSport\n" + top + "\nBy Dan Whitlock\n" + body + "\nMost read\n" + headline + "\n"
	}
	own := "Harbour Courier\nNews\nSport\n" + headline + "\n" +
		"Substitute striker heads in from a corner in the last minute to lift the club into fifth\n" +
		"By Dan Whitlock\nThe crowd of 1,412 saw the side climb back into fifth place in the league on Saturday.\n"
	c := NewCorpus()
	c.Add(own)
	for _, b := range []string{"the cliff path", "the harbour wall", "the ferry"} {
		c.Add(page("Work on "+b+" starts in the spring after years of delay", "The council met on Monday to talk about "+b+", and it agreed on a plan."))
	}
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if got, want := verdicts(ds, own), "BBBTTBTE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestTemplateInsideText: a line most pages of the site have inside their text
// ("Continue reading below the advertisement") is the template's, though prose follows
// it; a headline the other pages list is still the page's headline.
func TestTemplateInsideText(t *testing.T) {
	page := func(headline, body string) string {
		return "Harbour Courier\nNews\nSport\n" + headline + "\nBy Dan Whitlock\n" +
			"The council met on Monday to talk about " + body + ", and it agreed on a plan.\n" +
			"Continue reading below the advertisement\n" +
			"The plan for " + body + " will cost the town about two million pounds over three years.\n" +
			"Most read\nCliff path to be moved inland after landslip\n"
	}
	c := NewCorpus()
	c.Add(page("Cliff path to be moved inland after landslip", "the cliff path"))
	c.Add(page("Harbour wall repairs to start in the spring", "the harbour wall"))
	c.Add(page("Ferry timetable cut for the winter months", "the ferry"))
	c.Add(page("Library to open on Sundays from next month", "the library"))
	own := page("Cliff path to be moved inland after landslip", "the cliff path")
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if got, want := verdicts(ds, own), "BBBTBTBTBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestLeadRepeats: a site's appeal starts with the same sentence on every page, its
// figures too, and goes on differently on each; its first sentence repeating is
// enough. A body paragraph whose first sentence is its own is not touched, nor one
// whose first sentence other pages give with other figures (a recipe's first step).
func TestLeadRepeats(t *testing.T) {
	page := func(topic, degrees string) string {
		return "Quillwort\nA feature about " + topic + " and the people who study it closely.\n" +
			"The researchers spent three winters on the " + topic + ", and they are not done yet.\n" +
			"Quillwort is free to read for its 12,000 members. We spent months on this story about " + topic + " and we need your help.\n" +
			"Heat the oven to " + degrees + "C. Bake the " + topic + " on the middle shelf for an hour, until it smells done.\n"
	}
	c := NewCorpus()
	for i, topic := range []string{"lichens", "glaciers", "night calls", "eponyms"} {
		c.Add(page(topic, fmt.Sprint(160+10*i)))
	}
	own := page("lichens", "160")
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if want := "its first sentence repeats in 4 of 4 documents"; ds[3].Reason != want || !ds[3].Boilerplate {
		t.Errorf("the appeal: reason %q, want %q", ds[3].Reason, want)
	}
	for _, i := range []int{2, 4} {
		if ds[i].Boilerplate {
			t.Errorf("body text, line %d: %q", i, ds[i].Reason)
		}
	}
}

// TestTailRepeats: a magazine's appeal names what the page is in its first sentence and
// ends the same on every page; its last sentence repeating is enough. A paragraph that
// ends as other pages' do, in a few words, is not touched.
func TestTailRepeats(t *testing.T) {
	page := func(kind, topic string) string {
		return "Underleaf\nWhy we still " + topic + ", and why you might too\n" +
			"The first time I tried to " + topic + " I was nine, and it went badly. But that is how it goes.\n" +
			"If you're enjoying this " + kind + ", consider subscribing. Underleaf has no advertisers and no owner; it is paid for by the 9,400 people who subscribe.\n" +
			"There is a lesson in learning to " + topic + " about patience, though I took years to learn it.\n"
	}
	c := NewCorpus()
	for _, p := range [][2]string{{"essay", "mend socks"}, {"profile", "bake bread"}, {"review", "read maps"}, {"interview", "keep bees"}} {
		c.Add(page(p[0], p[1]))
	}
	own := page("essay", "mend socks")
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if want := "its last sentence repeats in 4 of 4 documents"; ds[3].Reason != want || !ds[3].Boilerplate {
		t.Errorf("the appeal: reason %q, want %q", ds[3].Reason, want)
	}
	for _, i := range []int{1, 2, 4} {
		if ds[i].Boilerplate {
			t.Errorf("line %d: %q", i, ds[i].Reason)
		}
	}
}

// TestButtonEveryPageHas: a button of a few words that every page has above its text
// ("Save to my garden") is the template's, though prose follows it.
func TestButtonEveryPageHas(t *testing.T) {
	page := func(plant string) string {
		return "Tendril\nPlants\nHow to grow " + plant + " in a small town garden\nBy Ros Akinade\nSave to my garden\n" +
			"Most gardeners give " + plant + " too much water in their first year, and that is what kills them.\n" +
			"Plant " + plant + " in spring into soil that drains well, and leave them alone until the summer.\n"
	}
	c := NewCorpus()
	for _, p := range []string{"hellebores", "wisteria", "nerines", "skimmia"} {
		c.Add(page(p))
	}
	own := page("hellebores")
	ds := c.Decide(Page{Text: own}, DefaultThreshold)
	if got, want := verdicts(ds, own), "BBTBBTTE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestFiguresRepeatAsThemselves: a line that figures make is the same in another
// document only with the same figures: two wines' scores and prices are not a
// template's line, a phone number every page gives is.
func TestFiguresRepeatAsThemselves(t *testing.T) {
	page := func(score, phone string) string {
		return "Garnacha de Borja\n" + score + "\n" + phone
	}
	c := NewCorpus()
	c.Add(page("93 puntos · 11,50 €", "Tel. 976 41 22 10"))
	c.Add(page("90 puntos · 8,90 €", "Tel. 976 41 22 10"))
	c.Add(page("91 puntos · 24 €", "Tel. 976 41 22 10"))
	ds := c.Decide(Page{Text: page("93 puntos · 11,50 €", "Tel. 976 41 22 10")}, DefaultThreshold)
	var got []string
	for _, d := range ds {
		got = append(got, d.Reason)
	}
	if strings.HasPrefix(got[1], "repeats") || got[2] != "repeats in 3 of 3 documents" {
		t.Errorf("reasons %q: the score should not repeat, the phone number should", got)
	}
}

// TestFieldsRepeatAsThemselves: a recipe card's fields with figures are each recipe's
// own, not the template's, though every card has a baking time; they are the
// article's table. A field every page gives alike is the template's.
func TestFieldsRepeatAsThemselves(t *testing.T) {
	page := func(dish, first, then, prep, bake, serves string) string {
		return "Krümelkammer\nRezepte · Backen · Über uns\n" + dish + "\n" + first + "\n" +
			"Vorbereitung: " + prep + "\nBackzeit: " + bake + "\nPortionen: " + serves + "\nVersand: kostenlos ab 2 Stück\n" +
			then + "\n© 2026 Krümelkammer"
	}
	c := NewCorpus()
	c.Add(page("Käsekuchen", "Quark, Eier und Zucker werden mit dem Puddingpulver glatt gerührt, bis die Masse glänzt.",
		"Der Kuchen bleibt nach dem Backen noch eine Stunde im ausgeschalteten Ofen, damit er nicht reißt.", "15 Min.", "70 Min.", "12"))
	c.Add(page("Osterzopf", "Der Hefeteig muss an einem warmen Ort gehen, bis er sich sichtbar verdoppelt hat.",
		"Aus den vier Strängen wird ein Zopf geflochten und mit Eigelb und Hagelzucker bestrichen.", "30 Min.", "35 Min.", "16"))
	c.Add(page("Gnocchi-Auflauf", "Die Gnocchi kommen roh in die Form und garen in der Soße mit dem Spinat.",
		"Zum Schluss wird der Mozzarella darauf verteilt und im Ofen goldbraun gebacken.", "10 Min.", "25 Min.", "4"))
	own := page("Apfelkuchen", "Die Äpfel werden geschält, geviertelt und auf der Oberseite mehrmals eingeschnitten.",
		"Nach dem Backen wird der Kuchen mit Aprikosenmarmelade bestrichen, solange er noch warm ist.", "20 Min.", "45 Min.", "8")
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBTTTTTBTB"; got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, own)
	}
}

// TestOneWordFieldsRepeatByChance: an animal's fields whose value is a word that most
// pages of the shelter's site give alike ("Vaccinated: yes") are the page's own, as
// the others are; a field every page gives alike is the template's.
func TestOneWordFieldsRepeatByChance(t *testing.T) {
	page := func(name, story, species, fee, vaccinated string) string {
		fields := "\nSpecies: " + species + "\nName: " + name + "\nAdoption fee: " + fee
		if vaccinated != "" {
			fields += "\nVaccinated: " + vaccinated
		}
		return "Hollybank Rescue\nAdopt · Donate · Volunteer\n" + story + fields + "\nLocation: Hollybank\nAdopt " + name + "\n© 2026 Hollybank Rescue"
	}
	c := NewCorpus()
	c.Add(page("Biscuit", "Biscuit came to us when her owner moved into a care home and could not take her along.", "dog", "£150", "yes"))
	c.Add(page("Orion", "Orion was found in a barn last winter, thin and wary, and took weeks to trust the staff.", "cat", "£80", "yes"))
	c.Add(page("Pebble", "Pebble is a young rabbit who loves to dig and needs a garden with a secure run.", "rabbit", "£40", ""))
	own := page("Moka", "Moka is an elderly cat who wants nothing more than a quiet home and a warm windowsill.", "cat", "£50", "yes")
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BBTTTTTBBB"; got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, own)
	}
}

// TestTemplateBoxFilled: a box of the template between two lines every page has, its
// lines filled with each page's data (today's weather on the trail), is the site's.
func TestTemplateBoxFilled(t *testing.T) {
	page := func(start, story, more string, temperature, wind int) string {
		return "date 2024-06-01 " + story + "\n\n" + more + "\n\nWeather on the trail\n" + fmt.Sprintf("Temperature: %d°C\nWind: %d km/h\nRain: %d mm", temperature, wind, wind/4) +
			"\nData: Fellcast\n\nThe walk from " + start + " takes about three hours, and the last stretch down to the village is steep and muddy after rain.\n\nJoin the club"
	}
	c := NewCorpus()
	c.Add(page("Hobb Cross", "The path climbs from the mill through beech woods to the ridge above the reservoir.",
		"In May the woods are full of bluebells, and the ridge gives a view of three counties on a clear day.", 16, 20))
	c.Add(page("Brant", "A gentle loop along the river, with a café at the halfway bridge and views of the weir.",
		"Children love the stepping stones, though after heavy rain the river covers them and the path is closed.", 21, 8))
	own := page("Wray", "The old drove road leads over the moor to a cairn that looks out over three valleys.",
		"Sheep graze the moor all year, so dogs must stay on a lead, and the gates must be closed behind you.", 11, 12)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TETEBBBBBETEB"; got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, own)
	}
}

// TestTemplateHeadingOverOwnItems: a section's heading that every course page of a
// school gives, over items each page has of its own, heads the page's text, short as
// the items are and boilerplate as the lines around them are; over items with their
// prices, it heads other things on offer.
func TestTemplateHeadingOverOwnItems(t *testing.T) {
	page := func(story, more string, items ...string) string {
		return "date 2024-03-01 " + story + "\n\n" + more + "\n\nYou will learn\n" + strings.Join(items, "\n") +
			"\n\nStudents also took\n" + items[0] + " workbook – £12\n" + items[1] + " online – £90\n\nBook now\nFree placement test\n© 2024 Harbour Language School"
	}
	c := NewCorpus()
	c.Add(page("Our evening course for beginners meets twice a week in small groups near the station.",
		"Nobody is expected to speak on the first evening, and the teacher explains everything twice.", "greetings and small talk", "numbers, prices and times", "asking the way"))
	c.Add(page("The business course prepares you for meetings, calls and e-mails with colleagues abroad.",
		"Bring real e-mails from your own work, and we will rewrite them together in class.", "polite disagreement in meetings", "clear e-mails", "presenting figures"))
	own := page("Our exam course takes you through every part of the test with weekly mock papers.",
		"Every lesson ends with ten minutes of free conversation, and homework never takes more than half an hour.", "timed reading strategies", "essay structure", "speaking with a partner")
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TETETTTTEBBBEBBB"; got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, own)
	}
}

// TestNumberedLines: numbered steps that two recipes of a site share are the
// recipes' own, not the template's; a gallery's counters and prices are not
// exempted.
func TestNumberedLines(t *testing.T) {
	recipe := func(dish string) string {
		return "Marrowbone\n" + dish + "\nStep 1\nHeat the oven and grease the tin for the " + dish + " well with a little of the butter.\n" +
			"Step 2\nBeat the rest of the butter with the sugar until it is pale, then add the eggs for the " + dish + " one at a time.\n" +
			"Step 3\nFold in the flour and the almonds, spread the batter in the tin and bake the " + dish + " for forty minutes.\n" +
			"Photo 1 of 3\nPhoto 2 of 3\nPhoto 3 of 3\n£4 a slice\n£5 a slice\n£6 a slice\n© Marrowbone"
	}
	c := NewCorpus()
	c.Add(recipe("Rhubarb tart"))
	c.Add(recipe("Plum cake"))
	c.Add("Marrowbone\nA chef's kitchen\nPhoto 1 of 3\n£4 a slice\n© Marrowbone")
	text := recipe("Rhubarb tart")
	ds := c.Decide(Page{Text: text}, DefaultThreshold)
	var got []string
	for _, d := range ds {
		if d.Boilerplate {
			got = append(got, text[d.Start:d.End])
		}
	}
	want := []string{"Marrowbone", "Photo 1 of 3", "Photo 2 of 3", "Photo 3 of 3", "£4 a slice", "£5 a slice", "£6 a slice", "© Marrowbone"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("boilerplate lines (-want +got):\n%s", diff)
	}
}

// TestStockSentence: a sentence news writing repeats, inside each article's
// text, is the articles' own; the site's appeal repeated under every article
// is its template's.
func TestStockSentence(t *testing.T) {
	stock := "The council did not respond to a request for comment."
	appeal := "Our journalism is free to read, and your support keeps it that way for everyone."
	article := func(topic string) string {
		return "Valley Gazette\nNews\nThe " + topic + " will close for a month from Monday, the owners said.\n" +
			"Residents have asked for a safer crossing near the " + topic + " for years.\n" + stock + "\n" +
			"A petition with more than 400 names was handed in to the " + topic + " last week.\n" +
			"Share\n" + appeal + "\n© Valley Gazette"
	}
	c := NewCorpus()
	topics := []string{"library", "pool", "museum", "market"}
	for _, topic := range topics {
		c.Add(article(topic))
	}
	text := article("library")
	var got []string
	for _, d := range c.Decide(Page{Text: text}, DefaultThreshold) {
		if d.Boilerplate {
			got = append(got, text[d.Start:d.End])
		}
	}
	want := []string{"Valley Gazette", "News", "Share", appeal, "© Valley Gazette"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("boilerplate lines (-want +got):\n%s", diff)
	}
}

// TestTemplateSectionHeadings: a pharmacy's medicine pages give each section of the
// text the same heading, right over the page's own prose or alone in its block under
// the text: the headings are the text's. A row of buttons every page gives, its last
// right above the text, stays the site's.
func TestTemplateSectionHeadings(t *testing.T) {
	page := func(name, use, effect string) string {
		return "date 2024-05-07 " + name + " es un jarabe que calma la tos seca durante seis horas y que no da sueño a quien lo toma.\n\n" +
			"Pinear\nValorar\n" +
			"Para " + use + ", los adultos toman dos cucharadas de " + name + " tres veces al día con un vaso de agua.\n\n" +
			"Efectos adversos\n\n" +
			"Algunas personas notan " + effect + " en los primeros días; si dura, deje de tomarlo y pregunte a su farmacéutico.\n\n" +
			"Conservación\n" +
			"Guarde el frasco de " + name + " por debajo de 25 grados, lejos de la luz y fuera del alcance de los niños.\n"
	}
	c := NewCorpus()
	for _, p := range [][3]string{{"Pectoral", "la tos de un resfriado", "mareos"}, {"Alerfín", "la fiebre del heno y los ojos que pican", "sueño"},
		{"Gastrocalm", "la acidez después de comer", "la boca seca"}, {"Dermasuave", "la piel seca de las manos", "un leve escozor"}} {
		c.Add(page(p[0], p[1], p[2]))
	}
	own := page("Pectoral", "la tos de un resfriado", "mareos")
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TEBBTETETETTE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

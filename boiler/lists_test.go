package boiler

import (
	"strconv"
	"strings"
	"testing"
)

// A list article: its numbered items with what each says about itself are the article,
// though a description reads as nearly prose only and an item names a newsletter; a
// "Most read" list numbered without descriptions is not.
const listArticle = `Twelve things we loved in June
The team's picks, from a canal walk to a folding stool, each with a line on why.
Every month we ask everyone who works here for the one thing that made their month better.
1. Walking the old canal towpath from Melbridge to Stoke Ashby
Eleven miles, three locks that still work and one excellent pub at the halfway point – Kit, photographer
2. Harbour Lane sardines in lemon oil
On toast with a squeeze of lemon they are the best lunch that needs no cooking – Priya
3. The Slow Lines newsletter
A free fortnightly letter about branch-line trains and the places they keep alive – Marcus
Advertisement
Most read
1 Regent cinema saved by its audience
2 Bus lane stays, says council
3 Six winter walks from the 27 bus`

func TestDecideNumberedList(t *testing.T) {
	// headline, standfirst, intro TTT, items and descriptions TTTTTT, advertisement B,
	// most read BBBB
	wantVerdicts(t, listArticle, "TTTTTTTTTBBBBB")
}

// TestPunctuatedList: a list punctuated as one sentence (a colon, items ending with
// semicolons, a full stop), with its heading, between an ad's label and a funder's
// note, is the article's, though its neighbours are boilerplate.
func TestPunctuatedList(t *testing.T) {
	text := "Rada przyjęła budżet na przyszły rok\n" +
		"Sesja trwała prawie cztery godziny, a najdłuższa dyskusja dotyczyła schronów w szkołach.\n" +
		"Autor: Marek Wilk\n" +
		"Radni przyjęli zmiany w budżecie miasta po długiej dyskusji, w której najwięcej mówiono o bezpieczeństwie dzieci w szkołach.\n" +
		"Reklama\nNa co pójdą pieniądze\nZgodnie z uchwałą środki podzielono tak:\n" +
		"schron w szkole nr 2 — 12,6 mln zł;\nschron w szkole nr 5 — 8,8 mln zł;\nrezerwa — 2,4 mln zł.\n" +
		"Materiał powstał dzięki wsparciu Funduszu Mediów Lokalnych. Za jego treść odpowiada wyłącznie redakcja.\n"
	wantVerdicts(t, text, "TTBTBTTTTTBE")
}

// TestListUnderLeadIn: under a notice's header, a list led in by a line ending with a
// colon, its items capitalised as headlines, then the notice's text, is the notice's.
func TestListUnderLeadIn(t *testing.T) {
	text := "date 2025-07-08 Belediyemiz Su İşleri Müdürlüğü tarafından yürütülen boru değişimi nedeniyle perşembe günü saat 09.00 ile 18.00 arasında su kesintisi yapılacaktır.\n\n" +
		"Duyurular\nYayın Tarihi: 08.07.2025\n\n" +
		"Kesintiden etkilenecek mahalleler:\n\n" +
		"Kavaklı Mahallesi (tamamı)\nÇamlık Mahallesi (Okul Sokak, Pınar Sokak ve Zeytin Caddesi)\nGüneşli Mahallesi (İstasyon Caddesi'nin batısı)\n\n" +
		"Kesinti süresince belediyemize ait su tankerleri Kavaklı Parkı ve Çamlık Camii önünde hizmet verecektir.\n"
	wantVerdicts(t, text, "TEBBETETTTETE")
}

// TestTemplateButtonsBetweenParagraphs: the buttons an estate agent's site puts on every
// listing between its paragraphs ("Book a viewing", "Call the agent") are no list of
// the article; a recipe's times, whose figures other recipes give alike, are.
func TestTemplateButtonsBetweenParagraphs(t *testing.T) {
	homes := []string{
		"A terraced house of three bedrooms on a quiet street, five minutes on foot from the station and the market.\nThe kitchen was fitted new in 2021 and opens onto a small garden facing south.",
		"A ground-floor flat with its own entrance and a courtyard, in a converted warehouse by the canal.\nThe living room keeps the warehouse's iron columns and its tall windows over the water.",
		"A detached bungalow on a corner plot at the edge of the village, with a garage and a workshop.\nThe owners replaced the roof and the boiler three years ago and insulated the loft.",
		"A top-floor flat of two bedrooms with a balcony over the park, in a block built in the 1930s.\nThe communal stairs were repainted last spring and the lift serves every floor.",
	}
	c := NewCorpus()
	texts := make([]string, len(homes))
	for i, h := range homes {
		first, second, _ := strings.Cut(h, "\n")
		texts[i] = "date 2025-04-0" + strconv.Itoa(i+1) + " " + first + "\nBook a viewing\nCall the agent\n" + second
		c.Add(texts[i])
	}
	if got, want := verdicts(c.Decide(Page{Text: texts[0]}, DefaultThreshold), texts[0]), "TBBT"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

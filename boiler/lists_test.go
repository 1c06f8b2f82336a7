package boiler

import "testing"

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

package boiler

import (
	"slices"
	"strings"
	"testing"
)

// An article of four paragraphs under its headline, standfirst, byline and date, then
// what follows it.
const threadArticle = `Ferry fares rise for the second time this year
The operator says fuel costs left it no choice, but islanders say the service is already too dear for families.
By Mairi Gunn
4 October 2025
Fares on the Kilbrannan crossing will rise by six per cent from November, the operator announced on Friday.
It is the second rise this year, after an increase of four per cent in April that the council had opposed.
The operator said the cost of fuel had risen by a third since the spring and that it had no other choice.
Islanders said a family of four now pays more than ninety pounds for a return trip with a car.
`

func TestDecideThreads(t *testing.T) {
	article := "TTBBTTTT" // headline, standfirst, byline, date, paragraphs
	tests := []struct {
		name, after, want string
	}{
		{"comments with no reply button, one of two lines, one with a time ago", `Ruth Abernethy
4 October 2025 at 8:12 pm
This is the first fair account of the rise that I have read, and I have read them all.
Dev Kapoor
2 hours ago
Ninety pounds is about right. We have stopped going over to see my mother at weekends.
It is a disgrace and the council should say so.
Reply
Oliwia
5 October 2025 at 11:50 pm
Does anyone know whether the islanders' discount stays the same after November?`,
			article + "BBB" + "BBBBB" + "BBB"},
		{"one comment alone: as like a byline, a date and a paragraph", `Ruth Abernethy
4 October 2025 at 8:12 pm
This is the first fair account of the rise that I have read, and I have read them all.`,
			article + "TBT"}, // the name between body text and a date is body, as any short line
		{"a programme by day: each day's name and date over the times of its services", `Christmas Eve, 24 December
4.00 pm Family service, Christ Church
10.00 pm Midnight mass, St Margaret's
Christmas Day, 25 December
9.30 am Festival service, Christ Church
Boxing Day, 26 December
10.00 am Ecumenical service, the parish hall`,
			article + "TTTTTTT"},
		{"a live blog's entries: an author, a time of day alone, the entry", `Anna Schmidt
14:32
The first ferry under the new fares left on time and was half full, the harbour master said.
Tom Reid
14:50
Passengers on the quay told us they would be taking the bus to the mainland from now on.`,
			article + "TTTTTT"},
		{"Blogger's comments: the name and \"said…\", the text, then the date", `Ruth Abernethy said…
This is the first fair account of the rise that I have read, and I have read them all.
4 October 2025 at 20:12
Dev Kapoor said…
Ninety pounds is about right. We have stopped going over to see my mother at weekends.
5 October 2025 at 08:40`,
			article + "BBB" + "BBB"},
		{"comments with the name and the date on one line", `Jacqueline, le 4 octobre 2025 à 17 h 40
Le ferry de six heures était plein hier, et personne ne savait encore rien de la hausse.
Dev K. · 5 October 2025
Ninety pounds is about right. We have stopped going over to see my mother at weekends.`,
			article + "BB" + "BB"},
		{"comments signed below with a dash, the name and the date", `2 comments
This is the first fair account of the rise that I have read, and I have read them all.
— Ruth Abernethy, 4 October 2025
Ninety pounds is about right. We have stopped going over to see my mother at weekends.
— Dev K., 5 October 2025, replying to Ruth`,
			article + "B" + "BB" + "BB"},
		{"numbered comments, each its name and a time ago", `1. Ruth Abernethy — 2 days ago
This is the first fair account of the rise that I have read, and I have read them all.
2. Dev K. — 1 day ago
Ninety pounds is about right. We have stopped going over to see my mother at weekends.`,
			article + "BB" + "BB"},
		{"comments signed with initials and a place, a day and a month with no year, a reply, under a heading that counts them", `Three thoughts on this
R.A., Northby-on-Wend · 1 Feb
Did the same thing years ago with a hand warmer taped to the finder. It worked for forty minutes.
J.K., Caddon Fell (over the road) · 2 Feb
So that's what the glow in your garden was. Alan thought you had a fire going.
Reply from the author:
Tell Alan the roof rolls back at eight if he wants to come and see Jupiter.`,
			article + "B" + "BB" + "BB" + "BB"},
		{"replies threaded with an arrow, the time after the day and the month", `Svampsnack (3)
Inger N · 8 okt 20.10
Ugnsluckan på glänt med en träslev, precis så gör jag också! Trodde jag var ensam om det.
↳ Gittan · 8 okt 20.44
@Inger N Vi är nog fler än man tror. Vi borde bilda en förening.
Roland, f.d. lokförare · 9 okt 07.55
Kan man torka i luftfritös? Jag har en som står oanvänd.`,
			article + "B" + "BB" + "BB" + "BB"},
		{"replies after another arrow, the time after a short word", `Heidi, Lesjavik · 10. feb. kl. 18.33
Akkurat det jeg har lett etter. Mannen min bruker opp et par arbeidshansker i uka på gården.
⤷ Ragnhild svarer · 10. feb. kl. 21.30
Ja, fire fellinger per omgang, én på hver pinne. Takk, jeg skulle skrevet det tydeligere.`,
			article + "BB" + "BB"},
		{"comments on one line each, the name and the date in brackets before the text", `Bent, Lyngbjerg (7. feb.): Seks grader er ingenting. Jeg øvede i to grader i januar 1998.
Ditte: Bent, det var helt sikkert dumt. Men du lever jo, så det var måske også lidt sejt.
Karin (8. feb.): Mine fingre er stadig ikke helt tøet op. Tak for redningen, selv om du tabte min pagaj.`,
			article + "BBB"},
		{"readers' questions on one line each, the name, a place and the day before a colon, the answers below them", `Q. Maud, à Penrith, le 3 mars : Est-ce que ça marche aussi pour les fèves ? Les miennes pourrissent toujours.
R. Oui, Maud, mais semez-les une semaine plus tard qu'en pleine terre, et arrosez moins.
Q. Tam Oduya, le 4 mars : Où trouvez-vous les caisses en bois sans les payer ?
R. Le primeur de la place les donne le samedi matin, si on les demande avant midi.`,
			article + "BBBB"},
		{"an update and a diary's days, each a word, a day and a month before a colon: no comments", `Update, 5 October: the operator has since said that season tickets bought before November keep the old fare.
Quarta-feira, 28 de janeiro: o ferry das seis partiu cheio e ninguém sabia ainda do aumento.
Sexta-feira, 30 de janeiro: a câmara pediu ao operador que mantenha o desconto dos ilhéus.`,
			article + "TTT"},
		{"one comment and a paragraph under a label: no thread", `Ruth Abernethy
4 October 2025 at 8:12 pm
This is the first fair account of the rise that I have read, and I have read them all.
What the council said:
The council said on Monday that it would ask the operator to keep the islanders' discount.`,
			article + "TBTTT"},
		{"a restaurant's dishes: a name and its price, then its note", `Pollo al ajillo · 14 euros
Garlic chicken as the island's grandmothers make it, with more garlic than seems wise and a glass of fino.
Tarta de queso · 6 euros
A burnt cheesecake, soft in the middle, which the ferry's crew order by the half dozen on Fridays.`,
			article + "TTTT"},
		{"a wine list: a name and its vintage, then its note", `Barolo Riserva, 2016
Dark cherry and tar on the nose, with the firm tannins the island's cellar needs years to soften.
Etna Rosso, 2021
A lighter red with a smoky edge, which the ferry's own bar now sells by the glass to passengers.`,
			article + "TTTT"}, // a year alone is no date: the list's own lines, no comments
		{"a festival's films: a field with a year, then a review", `Dirección: Marina Corbacho. España, 2026. 94 min.
A first feature about two sisters who empty their mother's house in a village about to be flooded.
Dirección: Étienne Varlin. Francia, 2026. 118 min.
A couple's drama in a flat in Lyon, nearly all of it in one shot, with two excellent actors.`,
			article + "BTTT"}, // "94 min." gives a figure that could be a day, "118 min." none
		{"a roundup's entries: a product, its price at a shop, its review", `Orrell Fine Rose 5 litre
£32 at Orrell Direct
The rose on this can faces upwards, so the water arcs out and falls like rain rather than being pushed down.
Penbury Slim 1.5 litre
£18 at Penbury
For houseplants you want a long, thin spout that gets under leaves without splashing the windowsill.`,
			article + "TBTTBT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := wantVerdicts(t, threadArticle+tt.after, tt.want)
			comment := slices.ContainsFunc(ds, func(d Decision) bool { return strings.HasPrefix(d.Reason, "a reader's comment: a name and a date") })
			if want := strings.Count(tt.want[len(article):], "B") > 2; comment != want {
				t.Errorf("a line decided as a reader's comment: %v, want %v", comment, want)
			}
		})
	}
}

// TestThreadOfRegulars: a blog's regular readers, and the blogger replying, comment on
// other posts too, so their names repeat in the dataset; their comments are still a
// thread.
func TestThreadOfRegulars(t *testing.T) {
	thread := "Renate in Oberdorf\n4 October 2025 at 11:02\n" +
		"I remember that night too. We kept the hens in the bathtub until the water went down.\n" +
		"Gesche\n4 October 2025 at 18:20\n" +
		"Renate, it was the same winter the old pier went, I remember the boats on the road.\n"
	other := "The bus to the coast stops running\n" +
		"From Monday the last bus leaves the square at six, and the Sunday service ends altogether.\n" +
		"Renate in Oberdorf\n2 May 2025 at 09:40\n" +
		"The list at the village shop is already full, so Marlies has put out a second one.\n" +
		"Gesche\n2 May 2025 at 12:15\n" +
		"Thank you, Renate, I will take both lists to the council meeting on Thursday.\n"
	own := threadArticle + thread
	c := NewCorpus()
	c.Add(own)
	c.Add(other)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TTBBTTTTBBBBBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestDecideAfterTags: below the post's text, its tags or its comments' heading end it;
// what follows, comments in a layout no rule knows among them, is the page's furniture,
// but for a recipe's card after them. Tags under the headline, above the text, end
// nothing, nor does a subheading that starts with the comments' word.
func TestDecideAfterTags(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"comments in a layout of their own after the tags", threadArticle + `Tags: ferries, fares, Kilbrannan
Our Mairi answers every comment, though sometimes a week late, which she says is island time.
A reader from Lochranza thinks the council should buy the ferry and run it itself, as Orkney does.
© 2026 The Kilbrannan Courier`, "TTBBTTTT" + "BBBB"},
		{"the comments' heading with its count, then comments in a layout of their own", threadArticle + `Comments (1,204)
Our Mairi answers every comment, though sometimes a week late, which she says is island time.
A reader from Lochranza thinks the council should buy the ferry and run it itself, as Orkney does.`, "TTBBTTTT" + "BBB"},
		{"a subheading that starts with the comments' word", threadArticle + `Comments from islanders
A reader from Lochranza thinks the council should buy the ferry and run it itself, as Orkney does.
Others said the fare rise was the price of keeping a daily service through the winter.`, "TTBBTTTT" + "TTT"},
		{"a recipe's card after the tags", threadArticle + `Tags: ferries, fares, Kilbrannan
Ingredients
200 g oatmeal
1 pint of milk`, "TTBBTTTT" + "BTTT"},
		{"tags under the headline", `Ferry fares rise for the second time this year
Tags: ferries, fares, Kilbrannan
Fares on the Kilbrannan crossing will rise by six per cent from November, the operator announced on Friday.
It is the second rise this year, after an increase of four per cent in April that the council had opposed.
The operator said the cost of fuel had risen by a third since the spring and that it had no other choice.
Islanders said a family of four now pays more than ninety pounds for a return trip with a car.`, "TBTTTT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantVerdicts(t, tt.text, tt.want)
		})
	}
}

// A day's name and date over the day's fixtures, two days in a row, is the article's
// list of matches, not readers' comments, each a name and a date over its text.
func TestFixturesUnderWeekdays(t *testing.T) {
	const text = `Orlęta chcą przypieczętować awans w sobotnim meczu
Lider podejmuje rezerwy Znicza i po zwycięstwie może być już pewny pierwszego miejsca w tabeli.
Orlęta wygrały ostatnie cztery mecze i strzeliły w nich trzynaście goli, z czego sześć zdobył ich najlepszy napastnik.
W Zniczu sytuacja kadrowa zależy od tego, kogo pierwszy zespół wyśle do rezerw na ten mecz.
Pozostałe mecze kolejki
Sobota, 18 kwietnia
15:00 LKS Brzeźnica – Polonia Zielonów
16:00 Sokół Kamionka – Start Nowy Dwór
Niedziela, 19 kwietnia
11:00 Victoria Pęcice – Huragan Osowiec
14:00 Ruch Zamłynie – Tęcza Karpno
Wszystkie mecze pokażemy na żywo w naszej relacji tekstowej, a skróty spotkań opublikujemy w poniedziałek rano.`
	ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
	for i, d := range ds {
		if strings.HasPrefix(d.Reason, "a reader's comment") {
			t.Errorf("line %d: reason %q, want no comment", i, d.Reason)
		}
	}
}

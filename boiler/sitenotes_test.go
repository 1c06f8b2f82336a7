package boiler

import (
	"strings"
	"testing"
)

// A note about the site starts with its name, which the masthead gives: by the name
// without its article, or by its last words; a body line that merely mentions the site,
// a compound of its name, or a one-word masthead's name, is no note, unless every page
// of the dataset has that masthead.
func TestSiteNotes(t *testing.T) {
	const page = `The Allenmouth Lantern
Opinion
Cutting the Sunday bus tells the villages what the county thinks of them
By Morwenna Pask
The county's plan would end the only Sunday service to eleven villages, and it was decided in an hour.
Readers of the Allenmouth Lantern wrote to us in their hundreds about the plan after it was first published.
Allenmouth Lantern-style campaigns have worked before, when the library was saved by a petition of 4,000 names.
The Allenmouth Lantern is a not-for-profit newsroom covering Allenmouth and the western valleys.
Lantern is published on weekdays and is free to read for everyone.`
	ds := wantVerdicts(t, page, "BBTBTTTBT")
	if r := ds[7].Reason; !strings.HasPrefix(r, "a note about the site") {
		t.Errorf("the note's reason is %q", r)
	}
	const magazine = `Revista Maré Cheia
Reportagens
Os últimos canoeiros do estuário
Os dedos de seu Anísio medem a espessura do casco, que não pode passar de três centímetros.
Maré Cheia é uma revista independente de reportagem sobre o litoral brasileiro.`
	wantVerdicts(t, magazine, "BBTTB")
	const oneWord = `Maschenwerk
Anleitungen
Ein Pullover aus Resten
Maschenwerk hat diese Anleitung gemeinsam mit drei Leserinnen aus Resten entwickelt, die alle noch im Schrank lagen.`
	wantVerdicts(t, oneWord, "BBTT")
	// Unless every page of the dataset starts with it: then it is the masthead.
	review := func(dish, text, note string) string {
		return "Alpendre\nMesa\n" + dish + "\n" + text + "\n" + note
	}
	c := NewCorpus()
	tasca := review("Cabrito no forno da Tasca da Marta",
		"O cabrito assa durante quatro horas em tabuleiros de barro preto, e chega à mesa ainda a estalar.",
		"A Alpendre paga todas as refeições que critica e não avisa os restaurantes da visita.")
	c.Add(tasca)
	c.Add(review("Sardinhas na brasa junto ao cais", "As sardinhas chegam do barco às onze e estão no prato ao meio-dia, com pão de milho e pimentos.",
		"A Alpendre escolhe os restaurantes sem convite e paga a conta como qualquer outro cliente."))
	c.Add(review("Uma sopa da pedra que vale a viagem", "A sopa leva feijão, chouriço, orelha e uma pedra lavada que ninguém come, como manda a lenda.",
		"Fotografias de Inês Carrapatoso para esta edição da revista."))
	if got, want := verdicts(c.Decide(Page{Text: tasca}, DefaultThreshold), tasca), "BBTTB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	// A press release opens with its sender's name: the first paragraph is the news.
	const release = `Stadtwerke Musterstadt
Presse
Stadtwerke nehmen neues Wasserwerk in Betrieb
Die Stadtwerke Musterstadt haben am Montag ihr neues Wasserwerk im Ortsteil Birkenau in Betrieb genommen.
Die Anlage versorgt künftig rund 60.000 Haushalte mit Trinkwasser und ersetzt das alte Werk aus dem Jahr 1962.
Die Stadtwerke Musterstadt GmbH versorgen rund 180.000 Menschen in der Region mit Strom, Gas und Wasser.`
	wantVerdicts(t, release, "TTTTTB") // the masthead and menu, short, head the text here
	// An interview's questions go under the site's name, a speaker's label.
	const interview = `Kellbacher Querverkehr
Gespräche
„Wir haben schon damals dieselben Pläne gemalt“
Heinz Aldenhoven hat vor fast fünfzig Jahren den ersten Radverkehrsplan der Stadt gezeichnet.
Kellbacher Querverkehr: Herr Aldenhoven, Sie haben geschrieben, dass Sie beim Lesen lachen mussten. Warum?
Weil ich dieselben Karten mit denselben roten Linien schon einmal gesehen habe, nur auf Papier.`
	wantVerdicts(t, interview, "BBTTTT")
	// The name after a first sentence of stop words only is not where the line starts.
	const ending = `The Parish Pump
Notes on the history of Mardlesham
Home · About · Sources · Contact
Why this blog is called what it's called
A reader asked me, very politely, whether the name of this blog was meant as an insult to the town.
There was a pump, an actual one, and for ninety years it stood at the bottom of the Market Place.
So that's the name. The Parish Pump was where people met, argued and passed on news, as I hope this blog is.`
	wantVerdicts(t, ending, "BBBTTTT")
}

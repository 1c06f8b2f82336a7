package boiler

import (
	"strings"
	"testing"
)

// A note about the site starts with its name, which the masthead gives: by the name
// without its article, or by its last words; a body line that merely mentions the site,
// a compound of its name, or a one-word masthead's name, is no note.
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
	// A press release opens with its sender's name: the first paragraph is the news.
	const release = `Stadtwerke Musterstadt
Presse
Stadtwerke nehmen neues Wasserwerk in Betrieb
Die Stadtwerke Musterstadt haben am Montag ihr neues Wasserwerk im Ortsteil Birkenau in Betrieb genommen.
Die Anlage versorgt künftig rund 60.000 Haushalte mit Trinkwasser und ersetzt das alte Werk aus dem Jahr 1962.
Die Stadtwerke Musterstadt GmbH versorgen rund 180.000 Menschen in der Region mit Strom, Gas und Wasser.`
	wantVerdicts(t, release, "TTTTTB") // the masthead and menu, short, head the text here
}

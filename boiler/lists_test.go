package boiler

import "testing"

func TestDecideNumberedList(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: listArticle}, DefaultThreshold)
	// headline, standfirst, intro TTT, items and descriptions TTTTTT, advertisement B,
	// most read BBBB
	if got, want := verdicts(ds, listArticle), "TTTTTTTTTBBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
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

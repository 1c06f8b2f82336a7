package boiler

import "testing"

// TestDecideSignOff: every post of a blog ends with the blogger's greeting and first
// name, which the blogger's box names too: they are the post's, body text, as is a
// postscript after them; a one-word heading every page ends with that no longer line
// names ("Galerie") stays boilerplate.
func TestDecideSignOff(t *testing.T) {
	post := func(text, end string) string {
		return "Tuin 9\nGeplaatst op 3 mei 2026\n" + text + "\n" + end +
			"\nTags: moestuin, tuin 9\nOver mij\nIk ben Wim, gepensioneerd timmerman, en ik schrijf hier over mijn volkstuin.\n© 2026 Tuin 9"
	}
	texts := []string{
		"Vandaag de aardappels gepoot, drie rijen Première en twee rijen Bintje, met veel te veel compost erbij.",
		"De slakken hebben deze week de halve sla opgegeten, dus ik heb bierpotjes ingegraven tussen de bedden.",
		"De courgettes groeien zo hard dat ik elke ochtend met een volle tas naar de buren fiets.",
		"Het zaad voor volgend jaar is besteld, en zoals altijd veel meer dan er in de tuin past.",
		"Bij de pompoenwedstrijd van de vereniging werd mijn pompoen tweede, na die van Gerrit.",
	}
	c := NewCorpus()
	var pages []string
	for i, text := range texts {
		end := "Groet van tuin 9,\nWim"
		switch i {
		case 1:
			end += "\nPS: de bierpotjes werken echt, al ruikt de tuin er nu wel naar."
		case 2:
			end = "Tot volgende week!\nWim" // after a short line of the text
		}
		pages = append(pages, post(text, end))
		c.Add(pages[i])
	}
	// name B, date B, text T, greeting T, name T, (postscript T), tags B, box BB, copyright B
	for i, want := range map[int]string{0: "BBTTTBBBB", 1: "BBTTTTBBBB", 2: "BBTTTBBBB"} {
		if got := verdicts(c.Decide(Page{Text: pages[i]}, DefaultThreshold), pages[i]); got != want {
			t.Errorf("verdicts = %s, want %s, for\n%s", got, want, pages[i])
		}
	}
	gallery := NewCorpus()
	var shown string
	for _, text := range texts {
		shown = "Het Tuinblad\n" + text + "\nGalerie\nFoto's van de maand\n© 2026 Het Tuinblad"
		gallery.Add(shown)
	}
	if got, want := verdicts(gallery.Decide(Page{Text: shown}, DefaultThreshold), shown), "BTBBB"; got != want {
		t.Errorf("verdicts = %s, want %s, for\n%s", got, want, shown)
	}
}

func TestSignOffName(t *testing.T) {
	for text, want := range map[string]string{
		"Wim":       "Wim",
		"Jo x":      "Jo",
		"/Ulla":     "Ulla",
		"Jo xx":     "Jo",
		"— Hélène":  "Hélène",
		"Anna ♥":    "Anna",
		"Galerie":   "Galerie",
		"Jo Smith":  "",
		"Tags: x":   "",
		"2026":      "",
		"x":         "",
		"Anna x, y": "",
	} {
		if got := signOffName(text); got != want {
			t.Errorf("signOffName(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestSignOffEveryPost: a blogger signs every post with a first name that no longer
// line of the page gives, then a postscript, then the post's furniture; the name is the
// post's sign-off, though every page has it.
func TestSignOffEveryPost(t *testing.T) {
	post := func(topic, ps string) string {
		return "Kissing Gate\n" + topic + "\n" +
			"I walked the " + topic + " on Saturday with my sister, and the weather held until the very last mile of the day.\n" +
			"The path round the " + topic + " was muddy in places, but the views were worth every wet sock.\n" +
			"Hil\n" + ps + "\n" +
			"Posted in Walks | Leave a comment\n© Kissing Gate\n"
	}
	c := NewCorpus()
	c.Add(post("Brenning Fell circuit", "PS: several of you asked about the bus back, and it runs every hour until six in the evening."))
	c.Add(post("three reservoirs walk", "PS: the tea shop at the end is closed on Mondays, so plan your walk for another day of the week."))
	own := post("bluebell wood loop", "PS: the car park fills by ten on a sunny weekend, so come early or come by the train instead.")
	c.Add(own)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BTTTTTBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestSalutationEveryIssue: every issue of a newsletter opens its text with the same
// greeting, which is the text's, though every page has it.
func TestSalutationEveryIssue(t *testing.T) {
	issue := func(headline, topic, day string) string {
		return "Querverkehr\n" + headline + "\nLiebe Leserinnen und Leser,\n" +
			"diese Woche geht es um " + topic + ", und ich muss gestehen, dass ich lange gezögert habe, darüber zu schreiben.\n" +
			"Die Stadt hat am " + day + " beschlossen, was seit Jahren angekündigt war, und kaum jemand hat es bemerkt.\n" +
			"Im Rat am " + day + " dauerte die Sache keine zehn Minuten, und danach ging es um die Parkgebühren am Markt.\n" +
			"Ich war dort, am " + day + " um fünf, und habe mitgeschrieben, was gesagt wurde und was nicht gesagt wurde.\n" +
			"© Querverkehr\n"
	}
	c := NewCorpus()
	c.Add(issue("Was der Haushalt für Radwege übrig lässt", "den Haushalt", "Montag"))
	c.Add(issue("Eine Straße nur für Schulkinder", "die Schulstraße", "Mittwoch"))
	own := issue("Der Radentscheid kommt vor den Rat", "den Radentscheid", "Dienstag")
	c.Add(own)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BTTTTTTBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

// TestSiteNameAtTheFoot: a site's one-word name atop every page and at its foot, right
// after the text, which names it, is the site's masthead, not a blogger's sign-off.
func TestSiteNameAtTheFoot(t *testing.T) {
	page := func(topic string) string {
		return "Wayfield\n" + topic + "\n" +
			"The " + topic + " drew the biggest crowd of the season, Wayfield's reporter at the ground counted.\n" +
			"Their coach said after the " + topic + " that the win meant more than the points, as it did to every fan in the stand.\n" +
			"Wayfield\n"
	}
	c := NewCorpus()
	c.Add(page("derby at the river ground"))
	c.Add(page("cup tie in the rain"))
	own := page("league match under the lights")
	c.Add(own)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "BTTTBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

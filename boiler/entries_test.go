package boiler

import "testing"

// A club's fixtures in a crawl: blocks of a date, a match and a ground (the home
// ground again and again), between the text's paragraphs, are the text's.
func TestDecideEntryBlocks(t *testing.T) {
	const lead = `date 2024-03-21 The fixture list for the second division is out, and the women's team opens its season at home against Birchwood.

After last year's fourth place the ambition is clear, and the coach has kept the core of the squad together.

`
	const more = `

The rest of the fixtures, the autumn included, are on the club's website, and kick-off times may still change.`
	fixture := func(day, match, ground string) string { return day + "\n" + match + "\n" + ground }
	tests := []struct{ name, text, want string }{
		{"three fixtures", lead + "Spring fixtures\n" + fixture("Sat 13 April, 14.00", "Tallmora – Birchwood", "Oakfield Park") + "\n\n" +
			fixture("Sun 21 April, 13.00", "Millsound – Tallmora", "Strand Road, Millsound") + "\n\n" +
			fixture("Sat 27 April, 15.00", "Tallmora – Greyholm", "Oakfield Park") + more, "TETETTTTETTTETTTET"},
		{"under a heading alone, a box before the text goes on", lead + "Spring fixtures\n\n" + fixture("Sat 13 April, 14.00", "Tallmora – Birchwood", "Oakfield Park") + "\n\n" +
			fixture("Sun 21 April, 13.00", "Millsound – Tallmora", "Strand Road, Millsound") + "\n\n" +
			fixture("Sat 27 April, 15.00", "Tallmora – Greyholm", "Oakfield Park") + "\n\nAdults: £8\nUnder 16: free\nSeason ticket: £60" + more, "TETETETTTETTTETTTETTTET"},
		{"in one block", lead + "Spring fixtures\n" + fixture("Tallmora – Birchwood", "Sat 13 April 2024, 14.00", "Oakfield Park") + "\n" +
			fixture("Millsound – Tallmora", "Sun 21 April 2024, 13.00", "Strand Road, Millsound") + "\n" +
			fixture("Tallmora – Greyholm", "Sat 27 April 2024, 15.00", "Oakfield Park") + more, "TETETTTTTTTTTTET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

func TestGivesDate(t *testing.T) {
	for text, want := range map[string]bool{
		"Sat 13 April, 14.00":             true,
		"3, 4 et 5 octobre 2024, 20 h 30": true,
		"Niedziela, 28 lipca":             true,
		"23 novembre, 16 h":               true,
		"Push-back 1.30pm":                true,
		"5月11日（土）午後6時から":                  true,
		"5월 12일 오전 10시":                   true,
		"Tallmora – Birchwood":            false,
		"Compagnie Les Hautes Marées":     false,
		"Salle 14, deuxième étage":        false,
	} {
		if got := givesDate(text); got != want {
			t.Errorf("givesDate(%q) = %v, want %v", text, got, want)
		}
	}
}

package boiler

import "testing"

// TestDecideShowings: a theatre's play pages give the play's own performances under a
// heading the other pages give too, each date over its ticket button ("Buy tickets",
// "Sold out", as on every page): the dates and their heading are the page's, the
// buttons the site's. The other plays of the season, each title (given on other
// pages) under its date, stay the site's.
func TestDecideShowings(t *testing.T) {
	page := func(play, story string, dates [3]string, others [2][2]string) string {
		return "date 2025-02-14 " + play + " " + story + "\n\n" +
			"Theatre on the Weir\nWhat's on\nRepertoire\nSubscriptions\n\n" +
			"Home › Repertoire › " + play + "\n\n" +
			"Our staging of " + play + " keeps the words of the old text, but the set turns the stage into a new world, and the actors play it straight, as if it were written last year.\n\n" +
			"Upcoming dates\n" +
			dates[0] + "\nBuy tickets\n" + dates[1] + "\nSold out\n" + dates[2] + "\nBuy tickets\n\n" +
			"Also this season\n" + others[0][1] + "\n" + others[0][0] + "\n" + others[1][1] + "\n" + others[1][0] + "\n\n" +
			"© 2025 Theatre on the Weir"
	}
	own := page("The Miser", "is rich, but he will not give anyone a penny, and he wants to marry his children off for money.",
		[3]string{"Thu 13 March 2025, 19:00, Main stage", "Sat 22 March 2025, 19:00, Main stage", "Fri 4 April 2025, 19:00, Main stage"},
		[2][2]string{{"The Cherry Orchard", "from 27 September 2025 · Main stage"}, {"Garden after Rain", "from 18 October 2025 · Studio"}})
	wantDatasetVerdicts(t, own, "TEBBBBEBETETTBTBTBEBBBBBEB",
		page("Gingerbread House", "is the old tale of two children lost in the woods, told with songs for children from four years.",
			[3]string{"Sun 2 March 2025, 15:00, Studio", "Wed 5 March 2025, 10:00, Studio", "Sun 16 March 2025, 15:00, Studio"},
			[2][2]string{{"The Cherry Orchard", "from 27 September 2025 · Main stage"}, {"The Miser", "from 8 February 2025 · Main stage"}}),
		page("The Cherry Orchard", "returns after ten years: a family loses its estate and its orchard while it talks of the past.",
			[3]string{"Fri 7 March 2025, 19:00, Main stage", "Thu 27 March 2025, 19:00, Main stage", "Sat 5 April 2025, 19:00, Main stage"},
			[2][2]string{{"Garden after Rain", "from 18 October 2025 · Studio"}, {"Gingerbread House", "from 1 March 2025 · Studio"}}),
		page("Garden after Rain", "is a new play about three sisters who meet again in their parents' house after many years apart.",
			[3]string{"Wed 26 February 2025, 19:30, Studio", "Tue 18 March 2025, 19:30, Studio", "Thu 3 April 2025, 19:30, Studio"},
			[2][2]string{{"The Miser", "from 8 February 2025 · Main stage"}, {"The Cherry Orchard", "from 27 September 2025 · Main stage"}}),
	)
}

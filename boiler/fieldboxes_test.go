package boiler

import "testing"

// TestDecideFieldBoxes: a university's programme pages give each programme a box of its
// details under the same heading, below the page's header, its fields named alike and
// most of their values the same on every page ("Duration: 4 years"): the box is the
// page's. The site's contact
// box, the same on every page, and a results ticker, its scores other on each page,
// stay the site's.
func TestDecideFieldBoxes(t *testing.T) {
	page := func(name, degree, intake, result string) string {
		return "date 2024-03-11 The " + name + " programme trains students for the work of " + name + ", with a year of practice in the second half of the course.\n\n" +
			"Home › Study › Bachelor programmes\nApply now\n\n" +
			"Programme details\n" +
			"Degree: " + degree + "\n" +
			"Duration: 4 years (8 semesters)\n" +
			"Language: English\n" +
			"Credits: 144\n" +
			"Intake per year: " + intake + " students\n\n" +
			"In the first year, students of " + name + " learn the basics with the other programmes of the faculty, in small groups.\n\n" +
			"Latest results\n" +
			"Football: Cendana FC " + result + " Harbour United\n" +
			"Volleyball: Cendana Women 3 – 1 Rivertown\n" +
			"Futsal: Cendana Stars 2 – 2 Hilltop\n\n" +
			"Contact the faculty\n" +
			"Phone: 0274 555 010\n" +
			"Address: 12 Campus Road, Cendana\n" +
			"Office hours: Monday to Friday, 8 to 16\n"
	}
	own := page("civil engineering", "Bachelor of Engineering", "120", "1 – 0")
	wantDatasetVerdicts(t, own, "TEBBETTTTTTETEBBBBEBBBBE",
		page("nutrition", "Bachelor of Nutrition", "80", "2 – 2"),
		page("agribusiness", "Bachelor of Agriculture", "100", "0 – 3"),
		page("design", "Bachelor of Design", "90", "4 – 1"),
	)
}

// TestDecideFieldBoxClosedByFee: a university's degree pages close their box of facts
// with the fee per credit, a figure that repetition counts alike on every page though
// each page gives its own, and give the year of the cut-off mark in its field's name:
// the box is the page's, not a widget that the template closes.
func TestDecideFieldBoxClosedByFee(t *testing.T) {
	page := func(name, branch, places, mark, fee string) string {
		return "date 2025-02-10 The degree in " + name + " prepares students to work in " + name + ", with placements in every year from the second on.\n\n" +
			"Home › Study › Degrees › " + name + "\nApply now\n\n" +
			"Key facts\n" +
			"Branch: " + branch + "\n" +
			"Credits: 240\n" +
			"Duration: 4 years\n" +
			"Places: " + places + "\n" +
			"Cut-off mark 2024-2025: " + mark + "\n" +
			"Price of a credit (first enrolment): " + fee + " €\n\n" +
			"Students of " + name + " spend the first year in the lecture halls and the laboratories of the faculty.\n\n" +
			"Share · Print\n"
	}
	own := page("nursing", "Health sciences", "110", "11,284", "18,50")
	wantDatasetVerdicts(t, own, "TEBBETTTTTTTETEBE",
		page("history", "Arts and humanities", "80", "5,000", "13,90"),
		page("computing", "Engineering", "150", "8,906", "16,20"),
		page("journalism", "Social sciences", "70", "10,145", "14,60"),
		page("geography", "Sciences", "60", "6,718", "16,20"),
	)
}

// TestDecideTableHeads: a bus operator's line pages each give the line's timetable under
// the same heading, over the same row of column names, its rows the page's own; the
// heading and the column names are the table's, though every page gives them.
func TestDecideTableHeads(t *testing.T) {
	page := func(line, first, last, to, extra string) string {
		return "date 2025-02-10 Line " + line + " links the station to " + to + " in about half an hour, every ten minutes on weekdays.\n\n" +
			"Home › Lines and timetables › Buses › Line " + line + "\n" +
			"See on the map | Download the timetable (PDF)\n\n" +
			"Timetable\n" +
			"Period\tFirst departure\tLast departure\tFrequency\n" +
			"Weekdays\t" + first + "\t" + last + "\t8–12 min\n" +
			"Saturdays\t06:40\t" + last + "\t15 min\n" +
			"Sundays and holidays\t07:30\t23:30\t20 min\n\n" +
			extra + "\n\n" +
			"Was this information useful? Yes · No\n"
	}
	own := page("3", "06:05", "00:15", "the university", "On weekday mornings, between half past seven and half past nine, extra buses run between the station and the hospital.")
	wantDatasetVerdicts(t, own, "TEBBETTTTTETEBE",
		page("7", "06:20", "23:45", "the cathedral", "The tram stops short of the river bridge while it is repainted, and a bus takes its passengers across."),
		page("15", "05:50", "00:40", "the market", "On market days the buses leave from the north side of the square, as the stalls take the usual stop."),
		page("40", "05:10", "01:05", "the airport", "Each bus on this line carries luggage racks, and the last departure waits for the late flight from Lisbon."),
	)
}

// TestDecideTableBetweenBoxes: a forecast's table of hours, under the heading and the
// columns' names every page gives, stands between the site's blocks, no prose next to
// it; it is the page's all the same.
func TestDecideTableBetweenBoxes(t *testing.T) {
	page := func(town, sky string) string {
		return "date 2025-10-14 " + sky + " over " + town + " by midday, growing heavy towards evening, with a strong southerly wind on the fjord.\n\n" +
			"Home › Weather › Vestland › " + town + "\n\n" +
			"Sign in | Saved places\n" +
			"Search for a place\n\n" +
			"Hour by hour\n" +
			"Time\tWeather\tTemp.\tRain\n" +
			"10–11\t" + sky + "\t9°\t0 mm\n" +
			"11–12\tRain\t" + town[:1] + "0°\t1.2 mm\n" +
			"12–13\tHeavy rain\t11°\t4.0 mm\n\n" +
			"Share · Print"
	}
	own := page("Odda", "Cloudy")
	wantDatasetVerdicts(t, own, "TEBEBBETTTTTEB",
		page("Voss", "Sunny"),
		page("Stord", "Fog"),
	)
}

// TestDecideTemplateSections: a developer's project pages each give the project's
// units under the heading every page has, over lines of their own, some fields named
// as other pages name theirs, between the site's blocks: the section is the page's,
// though repetition decides its heading and its neighbours are the site's.
func TestDecideTemplateSections(t *testing.T) {
	page := func(name, units string) string {
		return "date 2025-05-12 " + name + " rises on the old harbour front, with a garden on its roof and shops along the quay below it.\n\n" +
			"Home › Projects › " + name + "\nBook a visit\n\n" +
			"Unit types and sizes\n" + units + "\n\n" +
			"Talk to our sales team\nRequest the brochure\n\n" +
			"© 2025 Harbour Homes\n"
	}
	own := page("Marrow Quay", "Studio: from 36 to 42 square metres\nOne-bedroom flat: from 62 to 71 square metres\nTwo-bedroom flat: from 98 to 109 square metres\nDuplex with two bedrooms on the top floors: 134 square metres")
	wantDatasetVerdicts(t, own, "TEBBETTTTTEBBEBE",
		page("Laguna Court", "Studio: from 41 to 46 square metres\nOne-bedroom flat: from 68 to 79 square metres\nThree-bedroom flat with a study: from 165 to 182 square metres"),
		page("Ferry Wharf", "One-bedroom flat: from 55 to 60 square metres\nTwo-bedroom flat: from 112 to 128 square metres\nPenthouse with four bedrooms and a terrace: 340 square metres"),
		page("Salt Store", "Studio: from 30 to 35 square metres\nLoft on two floors: from 88 to 96 square metres\nTwo-bedroom flat: from 90 to 104 square metres"),
		page("Rope Walk", "Townhouse with a garden: 150 square metres\nOne-bedroom flat: from 58 to 64 square metres\nTwo-bedroom flat with a balcony: from 101 to 115 square metres"),
	)
}

// TestDecideCastUnderFieldBox: a theatre's play pages give each play's creative team as a
// box of fields under a heading every page gives, its dramaturg the same on every page,
// and under it the cast, under a heading every page gives: the cast is the page's, as
// the box is.
func TestDecideCastUnderFieldBox(t *testing.T) {
	page := func(play, story, director, set string, cast [3][2]string) string {
		return "date 2025-02-14 " + play + " " + story + "\n\n" +
			"Theatre on the Weir\nWhat's on\nRepertoire\nSubscriptions\nContact\nSearch\n\n" +
			"Home › Repertoire › " + play + "\n\n" + play + "\n\n" +
			"Our staging keeps the words of the old text, but the set of " + set + " turns the stage into a new world, and " + director + " asks the actors to play it straight.\n\n" +
			"Creative team\nTranslation: " + cast[0][1] + "\nDirection: " + director + "\nSet: " + set + "\nCostumes: " + cast[1][1] +
			"\nDramaturgy: Tomas Vrba\nMusic: " + cast[2][1] + "\n\n" +
			"Cast\n" + cast[0][0] + " – " + cast[0][1] + "\n" + cast[1][0] + " – " + cast[1][1] + "\n" + cast[2][0] + " – " + cast[2][1] + "\n\n" +
			"Share | Print\n© 2025 Theatre on the Weir"
	}
	own := page("The Miser", "is rich, but he will not give anyone a penny, and he wants to marry his children off for money.",
		"Katerina Holub", "Martin Dvorak", [3][2]string{{"Harpagon", "Jan Kotrba"}, {"Cleante, his son", "Vojtech Maly"}, {"Elise, his daughter", "Tereza Horka"}})
	wantDatasetVerdicts(t, own, "TEBBBBBBEBETETETTTTTTTETTTTEBB",
		page("Gingerbread House", "is the old tale of two children lost in the woods, told with songs for children from four years.",
			"Petra Lanska", "Eva Lund", [3][2]string{{"Hansel", "Adam Sucha"}, {"Gretel", "Klara Beck"}, {"The witch", "Lucie Vran"}}),
		page("The Cherry Orchard", "returns after ten years: a family loses its estate and its orchard while it talks of the past.",
			"Jiri Dolezal", "Hana Mraz", [3][2]string{{"Ranevskaya", "Lucie Vran"}, {"Lopakhin", "Filip Kral"}, {"Firs", "Miroslav Sebek"}}),
		page("Garden after Rain", "is a new play about three sisters who meet again in their parents' house after many years apart.",
			"Tomas Kubat", "Ivana Ruzic", [3][2]string{{"Hana", "Lucie Vran"}, {"Jitka", "Tereza Horka"}, {"Mr Kadlec", "Miroslav Sebek"}}),
	)
}

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
	c := NewCorpus()
	c.Add(own)
	c.Add(page("nutrition", "Bachelor of Nutrition", "80", "2 – 2"))
	c.Add(page("agribusiness", "Bachelor of Agriculture", "100", "0 – 3"))
	c.Add(page("design", "Bachelor of Design", "90", "4 – 1"))
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TEBBETTTTTTETEBBBBEBBBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

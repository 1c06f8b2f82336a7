package boiler

import (
	"strings"
	"testing"
)

func TestMenuItems(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"Destinos · Rutas · Consejos · Sobre mí", 4},
		{"Home | News | Sport | Contact us", 4},
		{"Prijava | Registracija | Korpa (0)", 3}, // a basket's count
		{"Wins | Draws (12) | Losses (3) | 2024", 0},
		{"Sie sind hier: Startseite > Veranstaltungen > Wochenendtipps", 3},
		{"What's On › This week", 2},                                                                 // a breadcrumb's arrow: two items are enough
		{"echo done > log.txt", 0},                                                                   // in code, not a breadcrumb
		{"News › Local › What's On › This week", 4},                                                  // a breadcrumb
		{"Início › Restauros › Uma cómoda de pinho resgatada de um…", 3},                             // its last item the page's title
		{"« Habiter la barre » : à Rouen, les grands ensembles racontés par ceux qui y ont vécu", 0}, // a French quote
		{"Reviews / Binoculars / Compact", 3},
		{"Food 5/5 · Service 4/5 · Setting 5/5 · Value 4/5", 0}, // figures: a rating
		{"Laura Gil | Santa Marta de la Vega | Politics", 0},    // five words: not an item
		{"Either / or / neither: a guide to the choices in front of the council", 0},
		{"Mon – Fri", 0},
		{"Forums  New posts  Recipes  Members  Search", 5}, // links a crawl joined with spaces
		{"Log in  Register", 0},
		{"05:30  06:00  06:30  07:00", 0},                  // a timetable's row
		{"It rained.  Then it stopped.  We went home.", 0}, // sentences, two spaces apart
		{"A plain line of text", 0},
	}
	for _, tt := range tests {
		if got := menuItems(tt.line); got != tt.want {
			t.Errorf("menuItems(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

func TestMenuWithoutSeparators(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		{"Accueil La carte Vins Privatisation Contact", 6},
		{"Inicio El club Entrenamientos Escuela Calendario Galería Contacto", 8},
		{"Home News Sport Weather Contact us", 6},          // "contact us", two words, one button
		{"Contact the club before your first training", 0}, // one button: a sentence
		{"Home and contact", 0},                            // three words
		{"Home News Sport Weather: Contact", 0},            // punctuation
		{"Home News 24 Contact", 0},                        // a figure
		{"Praxis Team Leistungen Angstpatienten", 0},       // no button the lists know
		{"Army divers join search", 0},                     // its buttons in lower case: a headline
		{"home News Sport Contact", 0},                     // its first word in lower case
	}
	for _, tt := range tests {
		if got := spacedMenuWords(tt.line); got != tt.want {
			t.Errorf("spacedMenuWords(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestMenuOrTable: lines split by separators are a menu, unless the lines next to them
// split the same way: a table's rows, their cells between bars or tabs.
func TestMenuOrTable(t *testing.T) {
	text := "Home | News | Sport | Contact\n" +
		"Voters turned out in greater numbers than at the last election, the council said.\n" +
		"Candidate | List | Votes | Share\n" +
		"Anna Rossi | Civic List | 4,120 | 52.8\n" +
		"Marco Bruni | Our Town | 3,010 | 38.6\n" +
		"The new mayor takes office on Monday, and the council meets for the first time in June.\n"
	ds := (*Corpus)(nil).Decide(Page{Text: text}, DefaultThreshold)
	if got, want := verdicts(ds, text), "BTTTTTE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	if want := "a menu or breadcrumb: 4 items between separators"; ds[0].Reason != want {
		t.Errorf("line 0: reason %q, want %q", ds[0].Reason, want)
	}
	tabbed := "The worker reads its settings when it starts, so a change needs a restart to take effect.\n" +
		"Key\tType\tDefault\n" +
		"result.backend\tstring\tnone / redis / sqlite\n" +
		"worker.queues\tlist\tdefault\n" +
		"Each key may also be set in the environment, its dots written as underscores and in capitals.\n"
	if got, want := verdicts((*Corpus)(nil).Decide(Page{Text: tabbed}, DefaultThreshold), tabbed), "TTTTTE"; got != want {
		t.Errorf("a table's rows between tabs: verdicts = %s, want %s", got, want)
	}
	if strings.HasPrefix(ds[2].Reason, "a menu") {
		t.Errorf("a table's header: reason %q", ds[2].Reason)
	}
}

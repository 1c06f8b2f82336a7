package boiler

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestBylineName(t *testing.T) {
	by := phrase{text: "by", kind: '~'}
	reviewed := phrase{text: "reviewed by", kind: '~'}
	tests := []struct {
		text string
		p    phrase
		want []string
	}{
		{"By Ruth Calloway", by, []string{"Ruth Calloway"}},
		{"By Ruth Calloway, Property editor", by, []string{"Ruth Calloway"}},
		{"• By Anna Maria Rossi Bianchi", by, []string{"Anna Maria Rossi"}},
		{"Reviewed by Priya Castellan | 12 May", reviewed, []string{"Priya Castellan"}},
		{"By Reuters", by, nil}, // one word: a site or an agency
		{"By Kyiv Post", by, []string{"Kyiv Post"}},
		// A live blog's byline names its writers, whose names sign the entries.
		{"Av Ingvild Rusten Haugland, Eirik Moen og Tor Arne Lien", phrase{text: "av", kind: '~'}, []string{"Ingvild Rusten Haugland", "Eirik Moen", "Tor Arne Lien"}},
		{"By Ruth Calloway and Reuters", by, []string{"Ruth Calloway"}},
		{"By Ruth Calloway & Tom Pell in Leeds", by, []string{"Ruth Calloway", "Tom Pell"}},
		// A script without capitals: the words after the phrase, as many as a name's.
		{"מאת: נעמה בן־דוד", phrase{text: "מאת:", kind: '~'}, []string{"נעמה בן־דוד"}},
		{"بقلم: سارة المنصوري، القاهرة", phrase{text: "بقلم:", kind: '~'}, []string{"سارة المنصوري"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, bylineNames(tt.text, tt.p)); diff != "" {
			t.Errorf("bylineNames(%q) (-want +got):\n%s", tt.text, diff)
		}
	}
}

// A review with its byline above, and the box about its author below: the name alone,
// a role, and a bio that starts with the first name; a column's bio that starts with
// the whole name. An interview's answers under the name are the article's.
const reviewWithBio = `Reviewed by Priya Castellan
The Velmar Kite is the smallest binocular we have tested this year, and the sharpest.
Priya Castellan: I took it to the estuary for three weeks, and it never let me down.
The focus wheel is stiff at first but loosens after a few days of use.
Priya Castellan
Optics editor
Priya has been birding since she was eight and has tested binoculars for ten years.
Priya Castellan writes about optics and birds, and lives by the sea with two spaniels.`

func TestDecideBios(t *testing.T) {
	ds := (*Corpus)(nil).Decide(Page{Text: reviewWithBio}, DefaultThreshold)
	// byline B, review TTT, name B, role B, bios BB
	if got, want := verdicts(ds, reviewWithBio), "BTTTBBBB"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
	for i, want := range map[int]string{4: "the author's name, as in the byline", 6: "the author's bio", 7: "the author's bio"} {
		if !strings.HasPrefix(ds[i].Reason, want) {
			t.Errorf("line %d: reason %q, want it to start %q", i, ds[i].Reason, want)
		}
	}
}

// A byline that is a name alone, with a role under it, between the standfirst and the
// date; the bio at the end starts with the name.
const nameAloneByline = `Last buses leave Furnace Lane depot as operator moves routes
Drivers and passengers say the switch will mean longer journeys and earlier last buses on rural routes.
Laura Kettering
Transport reporter
10 March 2026, 6.02pm
The last bus left the Furnace Lane depot at ten past eleven on Saturday night, after ninety years.
Crossway Buses said the routes would run from its new site at Pellingham from Monday morning.
Laura Kettering has covered transport in the valley since 2019 and lives in Aldergate.`

func TestDecidePlainByline(t *testing.T) {
	ds := wantVerdicts(t, nameAloneByline, "TTBBBTTB")
	for i, want := range map[int]string{2: "a byline: a name alone", 3: "a byline: a name alone", 7: "the author's bio"} {
		if !strings.HasPrefix(ds[i].Reason, want) {
			t.Errorf("line %d: reason %q, want it to start %q", i, ds[i].Reason, want)
		}
	}
}

// A German essay's bio starts with the byline's name and a comma.
const essayWithBio = `Warum ich Karten zeichne
Seit zwanzig Jahren zeichne ich die Wege meines Viertels, und jede Karte ist falsch.
Von Jorinde Kalbfleisch · 3. März 2026
Die erste Karte entstand auf der Rückseite eines Einkaufszettels, als ich mich in der eigenen Straße verlief.
Heute liegen zweihundert davon in einer Kiste unter dem Bett, und keine zeigt den kürzesten Weg.
Jorinde Kalbfleisch, geboren 1981 in Husum, lebt als Zeichnerin in Leipzig.`

func TestDecideBioAfterComma(t *testing.T) {
	ds := wantVerdicts(t, essayWithBio, "TTBTTB")
	if want := "the author's bio"; !strings.HasPrefix(ds[5].Reason, want) {
		t.Errorf("the bio: reason %q, want it to start %q", ds[5].Reason, want)
	}
}

// TestDecideBioAfterBrackets: a columnist's bio may give a place and a year in
// brackets after the name.
func TestDecideBioAfterBrackets(t *testing.T) {
	text := "El reloj de la plaza\nPor Amparo Villegas\n" +
		"Cada domingo el reloj de la plaza marca una hora distinta, y nadie en el pueblo parece dispuesto a arreglarlo de una vez.\n" +
		"Quizá sea mejor así, porque un pueblo que discute por su reloj todavía tiene algo en común que defender.\n" +
		"Amparo Villegas (Puente Ormeño, 1979) es bióloga y técnica de medio ambiente. Escribe esta columna cada domingo.\n"
	ds := wantVerdicts(t, text, "TBTTBE")
	if want := "the author's bio"; !strings.HasPrefix(ds[4].Reason, want) {
		t.Errorf("the bio: reason %q, want it to start %q", ds[4].Reason, want)
	}
}

// TestDecideEntrySignedBySecondWriter: a live blog's byline names two writers;
// an entry signed by the second is signed by an author as much as one signed
// by the first.
func TestDecideEntrySignedBySecondWriter(t *testing.T) {
	text := "Storm Edda closes roads and railways across the county as rivers rise\nBy Ruth Calloway and Tom Pell\n" +
		"14:10\nThe bridge at Harlow Ford is closed to all traffic until the water falls, the council says.\n" +
		"Ruth Calloway\n" +
		"13:05\nTrains between Pellingham and the coast are running an hour late because of fallen trees.\n" +
		"Tom Pell\n"
	ds := wantVerdicts(t, text, "TBTTBTTBE")
	if want := "the author's name, as in the byline"; ds[7].Reason != want {
		t.Errorf("the second writer's signature: reason %q, want %q", ds[7].Reason, want)
	}
}

// TestDecideBoxWithoutHeading: under a recipe, the author's name alone, a bio
// that does not start with it, then a link to all their recipes that names them
// again: the author's box.
func TestDecideBoxWithoutHeading(t *testing.T) {
	text := "Castagnaccio della Lunigiana\n" +
		"Il castagnaccio si fa con farina di castagne, acqua, olio, pinoli e rosmarino, e niente zucchero.\n" +
		"Versate l'impasto nella teglia unta, spargete i pinoli e il rosmarino e infornate a 200 gradi per 35 minuti.\n" +
		"Marco Beltrame\n" +
		"Cresciuto a Bagnone, oggi fa il falegname a Sarzana e scrive di cucina di montagna.\n" +
		"Tutte le ricette di Marco (19)\n"
	ds := wantVerdicts(t, text, "TTTBBBE")
	if want := "the author's box"; !strings.HasPrefix(ds[4].Reason, want) {
		t.Errorf("the bio: reason %q, want it to start %q", ds[4].Reason, want)
	}
}

// A crawled page keeps the author's box at its end but not the byline above the text:
// a byline there, or a name alone, heads the bio under it, past a role. Profiles in the
// text, each a name over a paragraph that starts with it, are the article's.
func TestDecideBioWithoutBylineAbove(t *testing.T) {
	const text = `date 2026-03-04 The magistrates fined the yard's owner four thousand pounds on Tuesday for burning cable in the open, a few hundred yards from the school.
Residents had complained about the smoke for two years before the council took the case to court.
By Sophie Tremlett
Court Reporter
Sophie covers the magistrates' court and the crown court for the Gazette. She joined the paper in 2019.
Tags`
	ds := wantVerdicts(t, text, "TTBBBB")
	if want := "the author's bio"; !strings.HasPrefix(ds[4].Reason, want) {
		t.Errorf("the bio: reason %q, want it to start %q", ds[4].Reason, want)
	}
	const profiles = `date 2026-03-04 Three volunteers told us why they give their Saturdays to the town's repair café, and what they have fixed there.
Anna Berg
Anna has mended toasters, lamps and one accordion since the café opened in the old library three years ago.
Tom Pell
Tom came for a broken radio and stayed to learn soldering, and now he runs the electrical table every week.
The café opens again on the first Saturday of April, from ten until two.`
	wantVerdicts(t, profiles, "TTTTTT")
	const box = `date 2026-03-04 The flaw lets anyone on the same network change a router's settings without a password, the researchers said.
The maker has released a fix, and owners should install it from the settings page as soon as they can.
Tom Brackwell
Senior Security Writer
Tom has covered security for the site since 2018, and before that fixed other people's networks for a living.
Topics`
	ds = wantVerdicts(t, box, "TTBBBB")
	if want := "the author's name alone"; !strings.HasPrefix(ds[2].Reason, want) {
		t.Errorf("the name: reason %q, want it to start %q", ds[2].Reason, want)
	}
}

func TestBareName(t *testing.T) {
	tests := []struct {
		text, language string
		want           bool
	}{
		{"Ruth Calloway", "en", true},
		{"Marta Solé i Bertran", "ca", true}, // a particle, though a stop word
		{"Ana de la Torre", "es", true},
		{"Ruth", "en", false},
		{"Anna Maria Rossi Bianchi", "it", false}, // more words than a name's
		{"Die Anlage", "de", false},               // a capitalised stop word
		{"Read the story", "en", false},
		{"Eva van der de la Berg", "nl", false}, // more particles than a name's
		{"Ruth Calloway 2026", "en", false},
	}
	for _, tt := range tests {
		l := line{text: tt.text, f: measure(tt.text, tt.language)}
		if got := bareName(l); got != tt.want {
			t.Errorf("bareName(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

package boiler

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMeasure(t *testing.T) {
	tests := []struct {
		line, lang string
		want       features
	}{
		// the, said, it, would, on, longer: stopwords-iso's English is a long list.
		{"The council said it would consult on longer-term options.", "en",
			features{words: 10, phraseWords: 10, stops: 0.6, closes: true, capitals: 0.1, linkShare: -1}},
		// "Charles’" and "s" are words apart; stopwords-iso's English lists "s", "to" and "uk".
		{"Trump Accepts King Charles’s ‘Unprecedented’ Invite to UK", "en",
			features{words: 9, phraseWords: 9, stops: 3.0 / 9, capitals: 7.0 / 9, linkShare: -1}},
		{"Die Exporte sanken um 2,5 Prozent.", "de",
			features{words: 5, phraseWords: 5, stops: 0.4, closes: true, capitals: 0.6, linkShare: -1}},
		{"„Wir sind gescheitert“, sagte er.“", "de", // quotes after the full stop
			features{words: 5, phraseWords: 5, stops: 0.8, closes: true, capitals: 0.2, linkShare: -1}},
		// Finnish, whose running text has fewer stop words (sparseStopLanguages)
		{"Kuljetukset ajetaan maanantaista alkaen Pajulan kautta, ja matka on pidempi.", "fi",
			features{words: 10, phraseWords: 10, stops: 0.3, closes: true, capitals: 0.2, linkShare: -1, sparse: true}},
		{"Read Next", "", // language unknown: no stop word share
			features{words: 2, phraseWords: 2, stops: -1, capitals: 1, linkShare: -1}},
		// Korean: its particles are endings of its words, so its stop words are not counted
		{"시는 이 노선을 다음 달부터 운행한다.", "ko",
			features{words: 6, phraseWords: 6, stops: -1, closes: true, linkShare: -1}},
		// Somali: its short list leaves its sentences few stop words
		{"Ururka ayaa sheegay in mashruucu uu socon doono saddex bilood.", "so",
			features{words: 10, phraseWords: 10, stops: -1, closes: true, capitals: 0.1, linkShare: -1}},
		// Marathi: its postpositions are endings of its words ("घरात", in the house)
		{"घरात दोन प्रशस्त शयनकक्ष आहेत.", "mr",
			features{words: 5, phraseWords: 5, stops: -1, closes: true, linkShare: -1}},
		// Arabic: its article and prepositions are prefixes of its words
		{"وافتتح النجم التسجيل في الدقيقة 41 عن طريق قائده.", "ar",
			features{words: 8, phraseWords: 8, stops: -1, closes: true, linkShare: -1}},
		// Japanese: a word a character (some two to a word as the wording lists count);
		// の, を, に, し and た are stopwords-iso's; its headlines have few (sparse)
		{"駅前の広場を市に返した。", "ja",
			features{words: 11, phraseWords: 6, stops: 5.0 / 11, closes: true, linkShare: -1, sparse: true}},
		// Thai: no mark ends its sentences; a long line counts as ending one
		{"แม่ต้อยชอบซื้อหมูสันคอมาสับเอง ให้มีมันติดนิดหน่อย", "th",
			features{words: 36, phraseWords: 9, stops: -1, closes: true, linkShare: -1}}, // letters (some four to a word); its vowel and tone marks go with them
		{"พิมพ์สูตร", "th", features{words: 6, phraseWords: 2, stops: -1, linkShare: -1}},
		{"14 พ.ค. 2569 13:20 น.", "th", // its full stop ends abbreviations, not sentences
			features{words: 3, phraseWords: 1, stops: -1, linkShare: -1}},
		// Hindi's sentences end with a danda
		{"नतीजा आपके सामने है।", "hi", features{words: 4, phraseWords: 4, stops: 0.25, closes: true, linkShare: -1}},
		{"23:47", "en", features{stops: -1, linkShare: -1}},
		// fields between separators: no sentence, whatever their last mark
		{"Aug 14 · Night Market · Courthouse Square · 5-8 p.m.", "",
			features{words: 7, phraseWords: 7, stops: -1, capitals: 5.0 / 7, linkShare: -1}}, // Aug, Night, Market, Courthouse, Square, p, m
	}
	for _, tt := range tests {
		got := measure(tt.line, tt.lang)
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(features{})); diff != "" {
			t.Errorf("measure(%q) (-want +got):\n%s", tt.line, diff)
		}
	}
}

func TestProse(t *testing.T) {
	tests := []struct {
		f           features
		prose, near bool
	}{
		{features{words: 8, stops: 0.25, closes: true}, true, true},
		{features{words: 7, stops: 0.5, closes: true}, false, true},   // too short for prose
		{features{words: 20, stops: 0.5}, false, true},                // no closing mark
		{features{words: 20, stops: 0.1, closes: true}, false, false}, // few stop words
		{features{words: 20, stops: 0.13, closes: true}, false, true}, // half the share, and a closing mark
		{features{words: 3, stops: 0.9, closes: true}, false, false},  // short
		{features{words: 8, stops: -1, closes: true}, true, true},     // language unknown
		{features{words: 8, stops: -1}, false, false},
		{features{words: 8, stops: 0.25, colon: true}, true, true}, // introduces a list: "You will need:"
		{features{words: 7, stops: 0.5, colon: true}, false, true},
		{features{words: 10, stops: 0.2, closes: true}, false, true},              // few stop words for most languages
		{features{words: 10, stops: 0.2, closes: true, sparse: true}, true, true}, // enough in Finnish
		{features{words: 10, stops: 0.1, sparse: true}, false, false},
	}
	for _, tt := range tests {
		if got := tt.f.prose(); got != tt.prose {
			t.Errorf("%+v prose = %v, want %v", tt.f, got, tt.prose)
		}
		if got := tt.f.nearProse(); got != tt.near {
			t.Errorf("%+v nearProse = %v, want %v", tt.f, got, tt.near)
		}
	}
}

func TestHasYear(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Mon 10 Feb 2025 at 17:45", true},
		{"12.03.2025, 14:27 Uhr", true},
		{"1999", true},
		{"23:47", false},
		{"1 kg ripe tomatoes", false},
		{"20250", false}, // part of a longer number
		{"2100 votes", false},
		{"call 101 quoting 0452", false},
		{"14 พ.ค. 2569 09:45 น.", true}, // the Buddhist era's 2569, 2026
		{"Route 2569", false},
		{"১২ ডিসেম্বর ২০২৫", true}, // Bengali digits
		{"۱۵ اردیبهشت ۱۴۰۵", true}, // the Persian calendar's 1405, 2026
		{"1405 votes", false},
		{"𝟐𝟎𝟐𝟔", true},                   // mathematical bold digits, a run of fifty
		{"פורסם: 12.05.26, 08:41", true}, // a day, a month, a year of two digits
		{"Stand: 03.11.25.", true},
		{"14.6.71", false},       // a record's matrix date, or a version: not padded
		{"12.05.2", false},       // no year
		{"v1.12.05.26", false},   // part of a longer number
		{"12.05.26.4", false},    // a version
		{"32.05.26", false},      // no day
		{"6/12/24 hours", false}, // slashes part other figures too
	}
	for _, tt := range tests {
		if got := hasYear(tt.s); got != tt.want {
			t.Errorf("hasYear(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestMoreThanYear(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"Mon 10 Feb 2025 at 17:45", true},
		{"März 2026", true},
		{"publié en janv. 2026", true},
		{"2025-03-04", true},
		{"Updated 14:05 2026", true},
		{"Pour 2026", false}, // a subheading
		{"Budget 2026: what changes", false},
		{"Les comptes du potager 2025", false},
		{"১২ ডিসেম্বর ২০২৫", true}, // a day in Bengali digits
	}
	for _, tt := range tests {
		if got := moreThanYear(tt.s); got != tt.want {
			t.Errorf("moreThanYear(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestShare(t *testing.T) {
	ranges := []Range{{Start: 2, End: 4}, {Start: 6, End: 10}, {Start: 20, End: 30}}
	tests := []struct {
		start, end int
		want       float64
	}{
		{0, 10, 0.6},
		{4, 6, 0},
		{7, 9, 1},
		{25, 35, 0.5},
		{5, 5, 0},
	}
	for _, tt := range tests {
		if got := share(ranges, tt.start, tt.end); got != tt.want {
			t.Errorf("share([%d, %d)) = %v, want %v", tt.start, tt.end, got, tt.want)
		}
	}
}

func TestPointsAway(t *testing.T) {
	for text, want := range map[string]bool{
		"A wet week on the Dales Way →":     true,
		"← Mending the garden gate ":        true,
		"Read more → here":                  false,
		"« Nous n'avons pas été entendus »": false, // quotation marks
		"« My oven has been lying to me":    true,  // the previous post
		"Your questions, answered (well) »": true,  // the next one
		"« Au début, on avait peur.":        false, // a quotation going on below
		"et la tour tient. »":               false, // one ending here
		"Home › News ›":                     false, // a breadcrumb: menu.go's
		"Il post dopo: Il primo treno ▸":    true,
		"◂ Il post prima: Il mercatino":     true,
		"Next: the ferry ►":                 true,
		"‹ Äldre: Åska på Ramsholmen":       true,
		"Nyare: Upptagning ›":               true,
	} {
		if got := pointsAway(text); got != want {
			t.Errorf("pointsAway(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDeskInitials(t *testing.T) {
	for text, want := range map[string]bool{
		"/jkr/bgf/mis":          true,
		"dsi/hk/tm":             true,
		"RJV // ACL":            true,
		"091247 APR 26":         true,
		"181437 Sep 25":         true, // the month as a word
		"/jhb/DNA/kl":           true,
		"mlb/gdr 141152 NOV 25": true,
		"and/or":                true, // alone on its line, as a desk's initials would be
		"Kiel/Hamburg (dpa)":    false,
		"km/h":                  false, // one letter
		"24/7":                  false,
		"mlb/gdr said it":       false,
		"(mkl)":                 true,
		"(Atlántida)":           true,
		"(dpa/lnd)":             true,
		"(ma;pk)":               true,
		"(2)":                   false,
		"(see below)":           false, // two words
		"apo-lb/fg/mct":         true,  // the agency, then its desk's initials
		"Kiel-Nord/Hamburg":     false,
	} {
		if got := deskInitials.MatchString(text); got != want {
			t.Errorf("deskInitials matches %q = %v, want %v", text, got, want)
		}
	}
}

func TestSigningInitials(t *testing.T) {
	for text, want := range map[string]bool{
		"N. B.":          true,
		"C. D.-H.":       true,
		"J.R.R.":         true,
		"N.":             false, // one initial: a list's letter
		"U. S. A. today": false,
		"n. b.":          false,
	} {
		if got := signingInitials.MatchString(text); got != want {
			t.Errorf("signingInitials matches %q = %v, want %v", text, got, want)
		}
	}
}

func TestHashtagsAlone(t *testing.T) {
	for text, want := range map[string]bool{
		"#뜨개질 #손뜨개 #스웨터뜨기":                          true,
		"#knitting #sweater":                        true,
		"#knitting":                                 false, // one alone may be a heading's mark
		"#1 in the charts for six weeks":            false,
		"Tags: #knitting #sweater":                  false,
		"# #":                                       false,
		"#sốt xuất huyết #Tân Giang #y tế":          true, // a topic's name with spaces
		"## Ingredients":                            false,
		"#one #two words and then a whole sentence": false,
		"#a#b": false,
	} {
		if got := hashtagsAlone(text); got != want {
			t.Errorf("hashtagsAlone(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAddressAlone(t *testing.T) {
	for text, want := range map[string]bool{
		"jonatan.wiklander@gronvikposten.se":                          true,
		"E-Mail: redaktion@kesselgrat.de":                             true,
		"Contact: press@halvorsen.com (press office)":                 false, // two words beside the label
		"Write to letters@courier.co.uk with your views on the plan.": false,
		"Jonatan Wiklander":                                           false,
		"npm install nuripan@2.4.0":                                   false, // a package's version
	} {
		if got := addressAlone(text); got != want {
			t.Errorf("addressAlone(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestChapterMark(t *testing.T) {
	for text, want := range map[string]bool{
		"14:05 The 1997 search in a force ten":   true,
		"47:30 Listen: the 1928 recording again": true,
		"17:45, 10 February 2025":                false, // a date
		"Mon 10 Feb 2025 at 17:45":               false,
	} {
		if got := chapterMark(text, measure(text, "en").words); got != want {
			t.Errorf("chapterMark(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestBracketedCredits(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"(Reporting by Koffi Assamoi in Abidjan and Aya Traoré in San Pedro; Additional reporting by Marcus Webley in London; Editing by Jan Harvey)", true},
		{"(Berichterstattung: Lena Vogt; Redigiert von Tom Brandt)", true},
		{"(Reporting by Koffi Assamoi)", false},                         // one part: "(mkl)" and its like are deskInitials'
		{"(I am not patient; this is a problem.)", false},               // an aside
		{"(Biscuit was not impressed; neither was the builder)", false}, // no name after the first word
		{"(; Editing by Jan Harvey)", false},
		{"Reporting by Koffi Assamoi; Editing by Jan Harvey", false}, // not in brackets
	}
	for _, tt := range tests {
		if got := bracketedCredits(tt.s); got != tt.want {
			t.Errorf("bracketedCredits(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

func TestSlashCredit(t *testing.T) {
	for text, want := range map[string]bool{
		"Firefighters at the wharf on Sunday. (AP Photo/Evan Vucci)":                                                   true,
		"The damaged gate at the marina on Sunday morning. (Clarion photo / Tess Okafor)":                              true,
		"Walt Szymanski in the projection booth in 2016. (Clarion file photo / Mark Delaney)":                          true,
		"The council voted 5-2 on Monday (photo/video on our site).":                                                   false, // no name after the slash, and a sentence ends it
		"Send us your photos (photo / video) of the storm.":                                                            false,
		"Workers check the cheese at the new plant on May 14, 2026. (Anastasiia Moroz / The Eastern Current)":          true,
		"Rescuers at the block on Monday. (Jean-Paul Ortiz / Reuters)":                                                 true,
		"Brackton Head lighthouse, one of the stations due to be converted. (Allied Newswire/Simon Pellow)":            true,  // no spaces around the slash
		"Trains will run hourly on the new line (Leeds Bradford/York Central).":                                        false, // a sentence ends it
		"A dry stretch of the reservoir bed near Nicosia, Cyprus, March 2, 2026. Ledger Wire/Elena Georgiou":           true,
		"Bicycles at the plant in Göttingen, Germany, May 14, 2025. Ledger Wire/Stefan Kroll/File Photo":               true,
		"Fares rose again. Bus/Rail passes did not.":                                                                   false,
		"Le risaie ancora asciutte nei pressi di Borgo Salvarolo, l'11 marzo. (DISPACCIO/Luca Ferrero)":                true,
		"Ferries run to the islands twice a week (USA/Canada)":                                                         false, // no name after the slash
		"Flights were cancelled on both routes (New York / London).":                                                   false, // a sentence ends it
		"The ferry runs twice a day (Kyiv / Odesa)":                                                                    false, // one word before the slash: places
		"El bibliobús, durante su última parada del mes en la plaza de Valdecasas, el pasado martes. / Fernando Yeste": true,
		"Operarios trabajan en el socavón abierto junto al camino de la Noria. / Vega Hoy":                             true,
		"Gestaltung / Möbel":                            false, // a section's path, no sentence before the slash
		"Votaron a favor. / En contra: tres concejales": false, // no name after the slash
	} {
		if got := slashCredit.MatchString(text); got != want {
			t.Errorf("slashCredit(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestFileSize(t *testing.T) {
	for text, want := range map[string]bool{
		"Verkehrsrechtliche Anordnung (PDF, 312 KB)":                true,
		"Samrådsredogörelse (pdf, 640 kB)":                          true,
		"Télécharger les visuels (ZIP, 14 Mo)":                      true,
		"GPX-Track der Etappe herunterladen (184 KB)":               true,
		"Planbeskrivning (pdf, 1,8 MB)":                             true,
		"Download MP3 (36 MB)":                                      true,
		"Takterrassen (JPG, 4000 × 2667 px)":                        true, // a press photo
		"Karen Lindholt, portræt (JPG, 2.400 × 3.600 px, 2,2 MB)":   true,
		"The new wing seen from the park (1920 x 1080)":             false, // no pixels said
		"Novex Tab S11 (8/256 GB)":                                  false, // a device's storage, not a file
		"Precio: desde 349 euros (8/128 GB)":                        false,
		"The update is 1.2 MB (about the size of a photo).":         false, // not at the end
		"Each photo weighs about 4 MB (raw files are larger)":       false,
		"The council's report (PDF, 2 MB) says the bridge is safe.": false,
	} {
		if got := fileSize.MatchString(text); got != want {
			t.Errorf("fileSize matches %q = %v, want %v", text, got, want)
		}
	}
}

func TestWidget(t *testing.T) {
	for text, want := range map[string]bool{
		"☆☆☆☆☆":           true, // stars to click: the page's own rating form
		"− 6 +":           true, // a recipe's servings stepper
		"- 24 +":          true,
		"Personen: − 4 +": true, // with its label
		"Score: 3 − 2 +":  false,
		"★★★★☆":           false, // a reviewer's score
		"6 + 2":           false,
		"−6 °C +":         false,
	} {
		if got := widget.MatchString(text); got != want {
			t.Errorf("widget matches %q = %v, want %v", text, got, want)
		}
	}
}

func TestCapitalCredit(t *testing.T) {
	for text, want := range map[string]bool{
		"Bañistas en la piscina municipal de Almoraima, este martes a mediodía. PABLO CARDEÑA": true,
		"Judit Soler celebra el gol del empate a seis segundos del final. CARLOS MIRANDA":      true,
		"Vecinos en la plaza. ANA PÉREZ":                                                                         false, // too short a sentence for a caption
		"The treaty was signed in Brussels on Monday evening. NATO":                                              false, // one word
		"The minister met the unions on Monday to talk about the strike.":                                        false,
		"Leaving Lowick on the Back Lane, with Gorton Bank visible ahead. Rob Quayle":                            true, // a magazine's credit
		"Warning signs at Fennick Sluice. The causeway floods on every tide. Dev Okonkwo-Hale":                   true,
		"Dirección: calle de la Lonja, 9, junto al puerto. Puerto Almenar":                                       false, // a field's details
		"Dans le cortège de la grève, jeudi 16 octobre 2025. ÉLISE MARCHAND POUR LE CADRAN":                      true,
		"Arbres arrachés sur la route du littoral, mardi 14 octobre. YANN LE GOFF / ACP":                         true,
		"Les syndicats ont appelé à une nouvelle journée de grève. LA CGT ET FO SIGNENT TOUS LES TEXTES DU JOUR": false, // too long for a credit
	} {
		if got := capitalCredit(text); got != want {
			t.Errorf("capitalCredit(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestYearSentence(t *testing.T) {
	for text, want := range map[string]bool{
		"Aprobar el presupuesto de 2025.": true, // an item of the article's list
		"The plan was agreed in 2019.":    true,
		"July 22, 2025, 4:15 p.m.":        false, // a dateline
		"Published 4 March 2026":          false,
		"Spring 2026":                     false,
		"Madrid | 04/03/2026 - 13:26 h.":  false,
	} {
		if got := yearSentence(text); got != want {
			t.Errorf("yearSentence(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPullQuote(t *testing.T) {
	for text, want := range map[string]bool{
		"\"El barro no perdona las prisas. Si lo fuerzas, se raja en el horno\"": true,
		"« Les trains, je les reconnais au bruit, même la nuit »":                true,
		"\"Read more\"": false, // too short
		"Harwick 2-2 Saltmoor: the points shared again": false,
	} {
		if got := pullQuote(text, len(strings.Fields(text))); got != want {
			t.Errorf("pullQuote(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestDecidePullQuote: an interview gives a sentence twice, in quotation marks, as a
// pull quote: both copies are the text, and so is the question after the second.
func TestDecidePullQuote(t *testing.T) {
	text := "Irune Aldaz, ceramista\nPor Ana Ruiz\nIrune Aldaz trabaja en un taller de las afueras desde hace veinte años, y casi todo lo que hace sale de un único horno de leña.\n\"El barro no perdona las prisas. Si lo fuerzas, se raja en el horno\"\nLa entrevista empezó a primera hora, con el horno todavía caliente de la hornada de la noche anterior.\n\"El barro no perdona las prisas. Si lo fuerzas, se raja en el horno\"\n¿Qué le dice a quien quiere dejarlo todo para dedicarse a un oficio?\nQue lo piense dos veces, y que después lo haga sin mirar atrás, porque el oficio no espera a nadie.\n© 2026 Alféizar"
	wantVerdicts(t, text, "TBTTTTTTB")
}

func TestDatedFacts(t *testing.T) {
	for text, want := range map[string]bool{
		"Billet n° 91 · mis en selle le lundi 13 avril 2026 · Sorties et bourses":                         true,
		"12 March 2026 · 6 min read · Lena Ortiz":                                                         true,
		"12 March 2026 | 6 min read · Lena Ortiz":                                                         true,
		"Rodzaj stawki | Obecnie | Od 1 stycznia 2026":                                                    false, // a table's row: bars alone
		"Sello: Discos Rabal · 2026 · 10 canciones":                                                       false, // a year with no day
		"Published 3 March 2026":                                                                          false, // no separator
		"Posted in Travel · 14 March 2026, when the ferry to the island was cancelled for the third time": false, // an item too long
	} {
		if got := datedFacts(text); got != want {
			t.Errorf("datedFacts(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestAskedOrQuoted(t *testing.T) {
	for text, want := range map[string]bool{
		"Querverkehr: Und Ihre Pläne von 1978?":         true,
		"„Wir haben 1978 schon dieselben Pläne gemalt“": true,
		"\"The 1978 plan was the same as this one\"":    true,
		"« Le plan de 1978 était déjà le même »":        true,
		"Published 4 March 2026":                        false,
		"12 de março de 2026":                           false,
	} {
		if got := askedOrQuoted(text); got != want {
			t.Errorf("askedOrQuoted(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestEmbeddedPost: a live blog's embedded post, its header naming the account by its
// handle, and its text below, are boilerplate; the entry around them is not, its time
// and title above the post too.
func TestEmbeddedPost(t *testing.T) {
	const text = `Storm Idris live: coast road closed as waves top the sea wall
Gusts of 80mph are forecast on the coast this afternoon, and the Met Office has extended its amber warning.
By Mel Tregarthen
10:42
Rail lines closed
Coastline Rail (@CoastlineRail) posted:
Due to fallen trees, all lines between Porthallow and Kerrick are closed. Please do not travel today.
This content cannot be shown because you have not accepted social media cookies. Manage your settings
The rail company says buses will replace trains once the police have reopened the coast road, perhaps by the evening.
10:15
Council crews are clearing a fallen tree from the school lane in Gwenlow, which should reopen within the hour.`
	ds := wantVerdicts(t, text, "TTBTTBBBTTT") // the entry's time and title, the post, its text
	if want := "an embedded post's header"; !strings.HasPrefix(ds[5].Reason, want) {
		t.Errorf("the header's reason %q, want it to start %q", ds[5].Reason, want)
	}
}

// TestUnspacedScript: a Japanese article's paragraphs, written without spaces, read
// as prose (QA pass 20: each was one word, and all were taken for boilerplate).
func TestUnspacedScript(t *testing.T) {
	const text = `ホーム
ニュース
港町に新しい市場が開業、地元の漁師が直接販売
2026年3月14日
港町の旧倉庫を改装した新しい市場が土曜日に開業し、朝から多くの買い物客でにぎわった。
市場では地元の漁師が朝に水揚げした魚を直接販売しており、価格は通常の店より二割ほど安いという。
市は来年までに駐車場を拡張し、週末には観光バスの受け入れも始める予定だ。
© 2026 港町新聞`
	wantVerdicts(t, text, "BBTBTTTB")
}

func TestPriceAtShop(t *testing.T) {
	for text, want := range map[string]bool{
		"Peili Kehä, Ø 70 cm, 129 €, Lasimestari Mäki":                         true,
		"1 adet, 420 TL, Kil ve Kül":                                           true,
		"1 adet, 250–600 TL arası, Bit Pazarı Sandığı":                         true,
		"od 14 000 Kč, Znovu Čalounictví":                                      true,
		"Sgabello Tondo, €89, Bottega Lume":                                    true,
		"Läufer „Molkerei“, 70 × 200 cm, 920 Euro, über Werkstatt Ostendorp":   true, // the shop after a short word
		"Wir zahlten 920 Euro, aber das war es wert":                           false,
		"Bord Waalkant, Ø 26 cm, € 45 bij Hanneke Bos Keramiek":                true, // the price and the shop in one part
		"Terrazzo zeshoek Nevel, per m² € 84,50 bij Vloer & Ko":                true,
		"Dat kostte ons € 45 per maand, veel te veel":                          false,
		"Schaublasen nach Voranmeldung, samstags um 11 Uhr, 6 Euro pro Person": false, // a rate
		"Tiles: 1 200 €, Laattapiste":                                          false, // a field's value: a cost breakdown's
		"Doubles from £165, B&B":                                               false, // pounds are left out
		"Bench Raita, ash, 260 €":                                              false, // no shop after the price
		"Penkki Raita, 260 €, 2 kpl":                                           false, // a figure in the last part
		"We paid 260 €, which Kalle thought was too much":                      false, // the last part in small letters
		"۱۲۰ × ۱۸۰ سانتی‌متر، ۴٫۸۰۰٫۰۰۰ تومان، بافه":                           true,  // Persian digits and commas, a shop's name of no capitals
		"قیمت این گلیم ۴٫۸۰۰٫۰۰۰ تومان است":                                    false,
	} {
		if got := priceAtShop(text, len(strings.Fields(text))); got != want {
			t.Errorf("priceAtShop(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestWordingInUnspacedScript: a Thai "read more" link with its headline is fewer words
// than its letters, which the wording lists' limit of words would otherwise refuse.
func TestWordingInUnspacedScript(t *testing.T) {
	const text = `สะพานข้ามแม่น้ำเก่าจะปิดซ่อมเป็นเวลาสามเดือน ตั้งแต่ต้นเดือนมิถุนายนเป็นต้นไป
อ่านเพิ่มเติม: เทศบาลเตรียมสร้างสะพานคนเดินแห่งใหม่ข้ามแม่น้ำ คาดว่าจะเริ่มก่อสร้างในปีหน้า
ผู้ขับขี่ควรใช้ถนนเลี่ยงเมืองแทนในช่วงที่ปิดซ่อม และตำรวจจะตั้งจุดอำนวยความสะดวกที่ทางแยก`
	if got := measure(strings.Split(text, "\n")[1], "th").words; got <= maxContainsWords {
		t.Fatalf("the link's letters: %d, want more than %d for the test to mean anything", got, maxContainsWords)
	}
	wantVerdicts(t, text, "TBT")
}

func TestLineUp(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Orzeł: Kosmala – Grzelak, Wiśniewski, Pietras, Domański – Ryszka (46. Lipiec), Olejnik, Zawada.", true},
		{"SV Hainweiler: Pfeiffer – Kuhnert, Lenz, Yilmaz, Saathoff – Voigtländer, Obst. Trainer: Ralf Buck.", true},
		{"For: Cllrs Okeke, Brandon, Cheung, Lister, Marwood, Pattinson, Rix", true},
		{"Cast: Ana de la Torre, Bo Li, Carl Ek, Dee Moss, Ed Ray", false},                  // "de la": a name of five words
		{"Orzeł: Kosmala, Grzelak, Wiśniewski, Pietras", false},                             // four names
		{"Tore: 0:1 Ohlsen (15.), 1:1 Obst (63.), 2:1 Kessler, 3:1 Lenz, 4:1 Kamp", false},  // figures
		{"Ingredients: flour, butter, Sugar, eggs, milk", false},                            // not capitalised
		{"In the end the crowd came: Anna, Bruno, Carla, Dario, Elena and the rest", false}, // a sentence's words before the colon
	}
	for _, tt := range tests {
		if got := lineUp(tt.text); got != tt.want {
			t.Errorf("lineUp(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestPictographCall(t *testing.T) {
	for text, want := range map[string]bool{
		"📩 Sign up for our morning briefing, sent to your inbox at six": true,
		"📲 ติดตามข่าวด่วนในพื้นที่ของคุณทาง LINE":                       true,
		"✍️ Write to the editor":                       true,
		"📍 Plaza Mayor 3, open daily from 9 to 18":     false, // a place, the text's
		"👉 Three districts will get water on Tuesdays": false, // a pointer, an item of the text's
		"★★★★☆":                                        false,
		"Sign up for our newsletter 📩":                 false,
	} {
		if got := pictographCall(text); got != want {
			t.Errorf("pictographCall(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestCtrlEnter(t *testing.T) {
	for text, want := range map[string]bool{
		"වැරදි වචන තෝරා Ctrl සහ Enter එකවර ඔබන්න.":               true,
		"Markieren Sie den Text und drücken Sie STRG + Enter":    false, // German names the key Strg, which its list gives
		"ໝາຍຂໍ້ຄວາມທີ່ຜິດ ແລ້ວກົດ Ctrl + Enter.":                 true,
		"Press Ctrl and then, a long while later, the Enter key": false,
		"Enter the competition by Friday":                        false,
	} {
		if got := ctrlEnter.MatchString(text); got != want {
			t.Errorf("ctrlEnter.MatchString(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestSearchKeys(t *testing.T) {
	for text, want := range map[string]bool{
		"Søk i dokumentasjonen … Ctrl+K":      true,
		"Tìm kiếm trong tài liệu… (Ctrl+K)":   true,
		"Search docs ⌘K":                      true,
		"Keresés a dokumentációban… Ctrl K":   true,
		"Press Ctrl+Enter to report a typo":   false,
		"The ctrlk library handles shortcuts": false,
		"A Ctrl key and a K-pop playlist":     false,
	} {
		if got := searchKeys.MatchString(text); got != want {
			t.Errorf("searchKeys.MatchString(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestArchiveLinks(t *testing.T) {
	for text, want := range map[string]bool{
		"Προηγούμενα τεύχη: Νοέμβριος 2024 | Οκτώβριος 2024 | Σεπτέμβριος 2024 | Αρχείο": true,
		"ידיעונים קודמים: דצמבר 2023 | נובמבר 2023 | אוקטובר 2023":                       true,
		"Archive: February 2024 · January 2024 · December 2023":                          true,
		"Kennzahl | 2023 | 2024":                                        false, // a table's heading row
		"Cost | 2021 | 2023 | 2025 | Change 2021–25":                    false,
		"March 2024 | Archive":                                          false, // one month alone
		"Elections 2024 · The results in every ward of the city · Maps": false,
	} {
		if got := archiveLinks(text); got != want {
			t.Errorf("archiveLinks(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestBracketButtons(t *testing.T) {
	for text, want := range map[string]bool{
		"[ مسیریابی ]  [ تماس ]  [ ذخیره ]": true,
		"[Share] [Print]":                 true,
		"[edit]":                          false, // one alone: an edit link (editLink)
		"[ DODAJ U KORPU ]":               true,  // one, its brackets apart from its words
		"[build]\ntarget = \"web\"":       false,
		"See [1] and [2] for the sources": false,
	} {
		if got := bracketButtons.MatchString(text); got != want {
			t.Errorf("bracketButtons.MatchString(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPagerLink(t *testing.T) {
	for text, want := range map[string]bool{
		"« Previous The ferry timetable changes again":   true,
		"Next » Volunteers teach children at the temple": true,
		"ถัดไป » ครูอาสาพาเด็กเรียนหนังสือบนศาลาวัด": true,
		"‹ Anterior Uma feira de livros no bairro":    true,
		"«Mais do que isso, queremos voltar», disse.": false, // a quotation
		"« The river » is the name of the exhibition": false, // no button
		"Next »": false, // the button alone, which the lists decide
	} {
		if got := pagerLink(text); got != want {
			t.Errorf("pagerLink(%q) = %v, want %v", text, got, want)
		}
	}
}

// Basque joins to its words what other languages write as stop words: a paragraph of
// few of them, between the page's buttons, is still the text's.
func TestDecideBasqueProse(t *testing.T) {
	const text = `date 2023-05-20 Goizeko bostetan, portua oraindik ilunpean dagoenean, Karmele Etxanizek sarea zabaltzen du kaiko lurrean.

Partekatu

Antxoa-kanpaina betean dago, eta horrek lana esan nahi du saregileentzat, itsasontziak gauez ateratzen baitira eta goizean hautsitako sareekin itzultzen baitira.

Gorde`
	wantVerdicts(t, text, "TEBETEB")
}

package boiler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestWordingFilesLoad(t *testing.T) {
	phrases, err := loadWording()
	if err != nil {
		t.Fatal(err)
	}
	langs := map[string]int{}
	for _, p := range phrases {
		langs[p.lang]++
	}
	for _, want := range []string{"en", "de", "fr", "es", "it", "nl", "pl", "pt", "ru", "uk", "tr"} {
		if langs[want] < 30 {
			t.Errorf("%s wording: %d phrases", want, langs[want])
		}
	}
}

func TestParseWording(t *testing.T) {
	got, err := parseWording("en", "// a comment\n=Home\nShare on\n*All Rights Reserved\n\n# min ago\n!Follow our\n>Reply\n:Ingredients\n!Home >\n(Photo)\n文｜\n")
	if err != nil {
		t.Fatal(err)
	}
	want := []phrase{
		{text: "home", kind: '=', lang: "en"},
		{text: "share on", kind: '^', lang: "en"},
		{text: "all rights reserved", kind: '*', lang: "en"},
		{text: "# min ago", kind: '^', lang: "en"},
		{text: "follow our", kind: '!', lang: "en"},
		{text: "reply", kind: '>', lang: "en"},
		{text: "ingredients", kind: ':', lang: "en"},
		{text: "home", kind: '!', lang: "en", then: ">"}, // a breadcrumb's start, its arrow required
		{text: "photo", kind: '^', lang: "en"},           // a bracket is the phrase's own
		{text: "文", kind: '^', lang: "en", then: "|"},    // a fullwidth bar as ASCII: "文｜王明", not "文献…"
	}
	if diff := cmp.Diff(want, got, cmp.AllowUnexported(phrase{})); diff != "" {
		t.Errorf("parseWording (-want +got):\n%s", diff)
	}
	if _, err := parseWording("en", "ok\n= | \n"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("an entry empty once normalised: err %v, want one naming line 2", err)
	}
	if _, err := parseWording("en", "ok\n\n^read more\n"); err == nil || !strings.Contains(err.Error(), "line 3") {
		t.Errorf("an entry marked '^': err %v, want one naming line 3", err)
	}
	if _, err := parseWording("en", "ok\n*x\n"); err == nil || !strings.Contains(err.Error(), "line 2") {
		t.Errorf("a phrase found anywhere of one byte: err %v, want one naming line 2", err)
	}
}

func TestPhraseMatches(t *testing.T) {
	whole := phrase{text: "home", kind: '='}
	prefix := phrase{text: "share on", kind: '^'}
	byline := phrase{text: "by", kind: '^'}
	colon := phrase{text: "photo:", kind: '^'}
	anywhere := phrase{text: "all rights reserved", kind: '*'}
	call := phrase{text: "follow our", kind: '!'}
	readMore := phrase{text: "read more", kind: '!'}
	readAlso := phrase{text: "read also", kind: '!'}
	name := phrase{text: "by", kind: '~'}
	credit := phrase{text: "photo", kind: '$'}
	creditBy := phrase{text: "picture by", kind: '$'}
	creditDe := phrase{text: "cortesía de", kind: '$'}
	creditHe := phrase{text: "צילום", kind: '$'}
	creditTe := phrase{text: "ఫోటో", kind: '$'} // its last letter a vowel sign, a mark
	list := phrase{text: "most read", kind: '&'}
	more := phrase{text: "more", kind: '&'}
	note := phrase{text: "source:", kind: '^'}
	related := phrase{text: "you might also like", kind: '&'}
	thread := phrase{text: "# thoughts on", kind: '&'}
	reply := phrase{text: "reply", kind: '>'}
	deal := phrase{text: "£#.# at", kind: '/'}
	dealButton := phrase{text: "view deal", kind: '/'}
	crumb := phrase{text: "ホーム", kind: '!', then: ">"}
	answer := phrase{text: "님 답변", kind: '*', then: "·"}
	tests := []struct {
		p     phrase
		line  string
		words int
		prose bool
		want  bool
	}{
		{whole, "home", 1, false, true},
		{whole, "home news", 2, false, false},
		{whole, "Home:", 1, false, true}, // a button's label with a colon
		{whole, "Home :", 1, false, true},
		{whole, "Home::", 1, false, false},
		{prefix, "share on facebook", 3, false, true},
		{prefix, "share on", 2, false, true},
		{prefix, "share online", 2, false, false}, // not at a word's end
		{prefix, "we share on sundays", 4, false, false},
		{prefix, "share on " + strings.Repeat("x ", 11), 13, false, false}, // too long
		{byline, "by kyiv post", 3, false, true},
		{byline, "by the end of the year, most had left.", 9, true, false}, // prose
		{byline, "bylines", 1, false, false},
		{colon, "photo:reuters", 2, false, true}, // the phrase ends in a non-letter
		{anywhere, "© #, the paper. all rights reserved.", 5, true, true},
		{anywhere, "all rights reserved " + strings.Repeat("x ", 30), 33, false, false},
		{call, "follow our coverage of the war on the @kyivpost_official.", 10, true, true}, // a call to action written as a sentence
		{call, "follow ours", 2, false, false},
		{readMore, "Read more about our coverage of the floods.", 8, true, true},
		{readMore, "Read more about the scheme on the noticeboard in the library foyer, she added.", 14, true, false}, // the article quoting someone
		{readMore, "Read more about it in the report, the council's leader said.", 11, true, false},
		{call, "we follow our readers.", 4, true, false},
		{call, "follow our " + strings.Repeat("x ", 30), 32, false, true}, // a notice of a few sentences
		{call, "follow our " + strings.Repeat("x ", 40), 42, false, false},
		{name, "By Alice Moreno, Transport Correspondent", 5, false, true},
		{name, "BY KYIV POST", 3, false, true},
		{name, "• By: Alice Moreno", 3, false, true},
		{name, "By the numbers", 3, false, false}, // a subheading
		{name, "By", 1, false, false},
		{name, "By · Alice Moreno", 3, false, true}, // the name past a separator
		{name, "By · the numbers", 3, false, false},
		{credit, "Volunteers check the drained pool on Monday. Photo Kirsty Lomax", 10, true, true},
		{credit, "The market on a winter morning (Photo Maxime Gallet)", 9, false, true},
		{credit, "Photo Jan Meyer/dpa", 3, false, true},
		{credit, "Le pont franchit l'Arvèze à la sortie du bourg. Photo La Voix / N. F.", 14, true, true}, // initials
		{credit, "Photo finish", 2, false, false},                                                         // no name follows
		{credit, "It rained. Photo Kirsty Lomax took it.", 7, true, false},                                // a sentence
		{credit, "Snow on the hills. Photo by our reader Jan Meyer of Leeds", 12, false, false},           // not its phrase: "photo by" is
		{credit, "A sentence. Photographs were taken", 5, false, false},
		{creditBy, "Canary-shouldered Thorn. Picture by the author", 6, false, true},
		{creditBy, "The pool. Picture by a reader, Paul Nixon, who swam there as a child", 14, false, false},             // too long for a credit
		{creditDe, "'Helechos', 2024. Cianotipia sobre papel. Cortesía de la artista", 9, false, true},                   // "de", as "of"
		{phrase{text: "foto cedida por", kind: '$'}, "El arroyo, a mediodía. Foto cedida por un lector", 9, false, true}, // "por", as "by"
		{creditHe, "השביל עובר לאורך הנחל. צילום: יוסי כהן", 7, true, true},                                              // no capitals: any word may be a name
		{credit, "The new bridge at dusk. Photo: «Gazeta Nadwarcie»", 8, true, true},                                     // a quoted name
		{phrase{text: "撮影", kind: '$'}, "閉館後も残る客席=9日、本町(撮影・北原梢)", 13, false, true},                                       // in brackets, no space before them
		{phrase{text: "ติดตามข่าวสาร", kind: '!'}, "ติดตามข่าวสารลุ่มน้ำนิวส์ได้ทาง LINE", 6, false, true}, // no space ends a Thai word
		{list, "most read this week", 4, false, true},
		{more, "More music, more sport and fewer exclusions.", 7, false, false}, // a sentence of the text
		{more, "More news from the valley", 5, false, true},
		{more, "More.", 1, false, true},
		{more, "More: 8,7 % – 0 seats", 3, false, false}, // a table's row, its value a figure
		{more, "More: how to grow roses", 5, false, true},
		{note, "Source: The Proving Room analysis; AHDB; ONS. Figures rounded.", 10, false, true},      // a label, then its note
		{related, "You might also like: Wheaten bread · Potato farls · Fruit scones", 10, false, true}, // the list on its line
		{related, "You might also like: Wheaten bread. " + strings.Repeat("x ", 26), 31, true, true},   // a teaser after its label: a headline and its summary
		{related, "You might also like: " + strings.Repeat("x ", 58), 62, false, false},
		{readAlso, "Read also: Ferry fares rise by a tenth. The operator blames fuel, and the islanders' council says it will appeal to the ministry before the summer timetable starts in May.", 31, true, true},
		{readAlso, "Read also the report of the council's auditors, which the opposition has asked to publish before the vote on the budget in March, and the minutes of the three meetings where the mayor defended the loan against the objections of two of her own councillors.", 46, true, false},
		{list, "most read " + strings.Repeat("x ", 11), 13, false, false},
		{thread, "7 thoughts on “How to sew a coptic stitch notebook: a beginner's step-by-step”", 14, false, true}, // the article's title after the count
		{reply, "Reply", 1, false, true},
		{reply, "Like (22) · Quote · Reply", 4, false, true}, // a comment's buttons on one line
		{reply, "Reply | Report", 2, false, true},
		{reply, "Reply to Ann", 3, false, false},
		{reply, "Reply · Share this article with a friend", 7, false, false}, // an item longer than a button
		{reply, "Reply · Report · Quote · Like · Share", 5, false, false},    // more items than a comment's buttons: a menu
		{thread, "38 thoughts on “" + strings.Repeat("x ", 30) + "”", 32, false, false},
		{deal, "£229.99 at Barlow Electrical", 4, false, true}, // a shop's name follows
		{deal, "£12.50 at the door", 4, false, false},          // a venue's ticket price
		{dealButton, "View deal", 2, false, true},
		{dealButton, "View deal of the week", 5, false, false}, // not a button alone, and no name follows
		{creditTe, "ఫోటో: రవి కుమార్", 3, false, true},
		{creditTe, "ఫోటోగ్రఫీ ప్రాథమిక కోర్సు (తెలుగులో)", 4, false, false}, // "photography": not at the word's end
		{crumb, "ホーム ＞ 公演情報 ＞ 2025年度", 10, false, true},
		{crumb, "ホーム>お知らせ", 5, false, true},
		{crumb, "ホーム画面のウィジェットに予算を表示できるようになりました。", 20, true, false}, // "home screen", no arrow after it
		{answer, "김민수님 답변 · 2024.05.02", 5, false, true},
		{answer, "김민수님 답변 ·", 3, false, true}, // the separator trimmed at the line's end
		{answer, "김민수님 답변을 기다립니다", 4, false, false},
	}
	for _, tt := range tests {
		if got := tt.p.matches(tt.line, normalise(tt.line), tt.words, tt.prose); got != tt.want {
			t.Errorf("%c%q matches %q (%d words, prose %v) = %v, want %v", tt.p.kind, tt.p.text, tt.line, tt.words, tt.prose, got, tt.want)
		}
	}
}

func TestMatchWordingLanguages(t *testing.T) {
	tests := []struct{ line, want string }{
		{"Advertisement", "en"},
		{"Anzeige", "de"},
		{"Publicité", "fr"},
		{"Publicidad", "es"},
		{"Pubblicità", "it"},
		{"Teilen auf Facebook", "de"},
		{"vor 3 Stunden", "de"},
		{"Economy, 17 min ago", "en"},
		{"il y a 2 heures", "fr"},
		{"© Le Quotidien du Matin 2025. Tous droits réservés.", "en"}, // "©" is in the English list, the first (by name) that has it
		{"To suggest a correction or clarification, write to us here", "en"},
		{"You can also highlight the text and press Ctrl + Enter", "en"},
		{"Leia também", "pt"},
		{"há 3 horas", "pt"},
		{"Lees ook: de haven groeit", "nl"},
		{"12 minuten geleden", "nl"},
		{"Czytaj także", "pl"},
		{"Wszelkie prawa zastrzeżone", "pl"},
		{"Читайте также", "ru"},
		{"Нашли ошибку? Выделите её и сообщите нам, чтобы мы могли исправить текст.", "ru"}, // a sentence, and still a call to action ("!")
		{"Реклама", "ru"}, // the Russian list comes first; the Ukrainian has it too
		{"Читайте також", "uk"},
		{"5 хвилин тому", "uk"},
		{"The port will double its capacity", ""},
		{"By the numbers", ""},
		{"Por Juan Pérez", "es"},
		{"Por que o porto vai dobrar?", ""}, // Portuguese for "why", not a Spanish byline
		{"Von Anna Schmidt", "de"},
		{"Di cosa si parla", ""},
		{"По теме выборов", ""},
		{"Antworten", "de"},
		{"12 Gefällt mir", "de"},
		{"Leggi anche: Puglia in auto: itinerario di una settimana tra trulli e masserie", "it"}, // 13 words: "!"
		{"The Plug Test is supported by its readers. When you buy through links on our site, we may earn an affiliate commission.", "en"},
		{"Un momento de la votación en el pleno. | Foto: J. M. Cano", "cs"}, // a caption's credit, "$foto", in the Czech list first (by name)
		{"Interview by Tom Aldridge", "en"},
		{"Reply to this", ""},
		{"(c) 2026 Kellerhof Verlag", "en"},
		{"Den Ofen auf höchster Stufe (mindestens 250 °C) 30 Minuten vorheizen.", ""}, // "°C) 30" is no "(c) 2026"
		{"Tüm hakları saklıdır", "tr"},
		{"Yorum yapabilmek için giriş yapmanız gerekmektedir.", "tr"}, // a sentence, and still a call to action ("!")
		{"Sevgi Karaçam yorumlara cevap verdi", ""},
	}
	for _, tt := range tests {
		norm := normalise(tt.line)
		p, ok := matchWording(tt.line, norm, len(strings.Fields(norm)), false)
		if got := p.lang; got != tt.want || ok != (tt.want != "") {
			t.Errorf("matchWording(%q) = %q %v, want %q", tt.line, got, ok, tt.want)
		}
	}
}

// TestMatchWordingIndexed: the index finds, for every phrase's own text (alone, before
// a name or after a mark) and every corpusStride-th line of the corpus, the phrase a
// scan of all of them in file order finds first.
func TestMatchWordingIndexed(t *testing.T) {
	ix := wording()
	scan := func(text, norm string, words int, prose bool) (phrase, bool) {
		for _, p := range ix.all {
			if p.matches(text, norm, words, prose) {
				return p, true
			}
		}
		return phrase{}, false
	}
	// One setting a phrase, in turn: the scan is slow (every phrase for every line).
	var lines []string
	for i, p := range ix.all {
		lines = append(lines, []string{p.text, p.text + " Alice", "© " + p.text}[i%3])
	}
	// And a sample of the corpus's lines.
	const corpusStride = 64
	names, _ := filepath.Glob("testdata/*/*/*.txt")
	n := 0
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		for l := range strings.Lines(string(data)) {
			if n++; n%corpusStride == 0 {
				lines = append(lines, strings.TrimSpace(strings.TrimLeft(l, "+-")))
			}
		}
	}
	found := 0
	for _, text := range lines {
		norm, words := normalise(text), len(strings.Fields(text))
		for _, prose := range []bool{false, true} {
			want, wantOK := scan(text, norm, words, prose)
			got, ok := matchWording(text, norm, words, prose)
			if got != want || ok != wantOK {
				t.Fatalf("%q (prose %v): indexed %+v %v, scanned %+v %v", text, prose, got, ok, want, wantOK)
			}
			if ok {
				found++
			}
		}
	}
	if found < len(ix.all) {
		t.Errorf("%d lines matched, want at least one per phrase (%d)", found, len(ix.all))
	}
}

// A call that the lists also have as a list's heading heads the links below it when it
// is alone on its line; with a headline after it, it is a link.
func TestPhraseAlone(t *testing.T) {
	for line, want := range map[string]byte{
		"Lesen Sie auch":  '&',
		"Lesen Sie auch:": '&',
		"Lesen Sie auch: Neue Brücke für Altstadt": '!',
		"Read more": '!', // no list's heading of that text
	} {
		norm := normalise(line)
		p, ok := matchWording(line, norm, len(strings.Fields(line)), false)
		if !ok {
			t.Fatalf("%q: no wording", line)
		}
		if got := p.alone(norm).kind; got != want {
			t.Errorf("%q: kind %c, want %c", line, got, want)
		}
	}
}

func TestOneWord(t *testing.T) {
	for text, want := range map[string]bool{
		"more": true, "d'autres": true, "read more": false,
		"関連": true, // two Chinese characters: a word
		"ข่าวที่เกี่ยวข้อง": false, // Thai "related news": three words without spaces
	} {
		if got := (phrase{text: text, kind: '&'}).oneWord(); got != want {
			t.Errorf("oneWord(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestEndsWithButton(t *testing.T) {
	for text, want := range map[string]bool{
		"Sada uhlíkov 6 × 8 × 15 mm (2 ks) · 4,90 € · Skladom · Do košíka": true,
		"do 16 jan 19.30 · Zaal 1 · Koop tickets":                          true,
		"Precio | 149,99 €":        false, // a figure last: a field
		"Koop tickets":             false, // a button alone: the lists decide it
		"Kaffee · Kuchen · Torten": false,
	} {
		if got := endsWithButton(normalise(text)); got != want {
			t.Errorf("endsWithButton(%q) = %v, want %v", text, got, want)
		}
	}
}

// A row of items with a button at its end is the site's; a table's row that ends with
// a word the lists give as a button ("Share") is the text's.
func TestDecideRowsEndingWithButtons(t *testing.T) {
	text := `date 2024-11-18 The by-election went to a run-off, which the council's candidate won by fewer than two hundred votes.

Turnout was higher than at the first round, when fewer than a third of the ward's voters cast a ballot.

Candidate | Votes | Share
Anna Rossi | 4,120 | 52.8
Marco Bruni | 3,010 | 38.6

The new councillor takes her seat at the meeting on Monday, the council said in a statement.

Drevená volebná urna z radnice, 50. roky · 45,00 € · Skladom · Do košíka`
	wantVerdicts(t, text, "TETETTTETEB")
}

package lang

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDetect(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"The United States and Russia have agreed to hold further talks after a meeting in Istanbul.", "en"},
		{"Die Bundesregierung hat am Mittwoch beschlossen, dass die neuen Regeln ab dem ersten Januar gelten sollen.", "de"},
		{"Le gouvernement a annoncé mercredi que les nouvelles règles entreront en vigueur le premier janvier.", "fr"},
		{"El gobierno anunció el miércoles que las nuevas normas entrarán en vigor el primero de enero.", "es"},
		{"Il governo ha annunciato mercoledì che le nuove regole entreranno in vigore il primo gennaio.", "it"},
		{"O governo anunciou na quarta-feira que as novas regras entram em vigor no dia um de janeiro.", "pt"},
		{"De regering heeft woensdag aangekondigd dat de nieuwe regels op één januari ingaan.", "nl"},
		{"Уряд оголосив у середу, що нові правила набудуть чинності з першого січня, бо так вирішили депутати.", "uk"},
		{"Правительство объявило в среду, что новые правила вступят в силу с первого января, потому что так решили депутаты.", "ru"},
		{"El govern ha anunciat aquest dimecres que les noves normes entraran en vigor el primer de gener.", "ca"},
		{"Vlada je u srijedu objavila da će nova pravila stupiti na snagu od prvog siječnja, jer su tako odlučili zastupnici.", "hr"},
		// Serbian in Cyrillic: spaCy's list, not Bulgarian's or Russian's
		{"Влада је у среду објавила да ће нова правила ступити на снагу од првог јануара, јер су тако одлучили посланици.", "sr"},
		// Indonesian and Malay share most of their stop words (twins): the one ahead wins
		{"Pemerintah kota mengumumkan pada hari Rabu bahwa jembatan baru itu akan dibuka untuk umum mulai bulan depan.", "id"},
		{"Kerajaan negeri mengumumkan pada hari Rabu bahawa jambatan baharu itu akan dibuka kepada orang ramai mulai bulan hadapan.", "ms"},
		// Japanese: told by its kana, which stop words alone miss among a page's many kanji
		{"県議会は十二日、老朽化した県立図書館の建て替え計画を賛成多数で可決した。新館は駅前の旧商業施設跡地に建設され、閲覧席を現在の二倍に増やすほか、地域の歴史資料を展示する専用室や子ども向けの読書広場を設ける。総事業費は約四十八億円で、二〇二九年春の開館を目指す。", "ja"},
		{"市政府今天宣布了一条新的公交线路。这条线路将于下个月开始运营，预计将大大缩短市民的通勤时间。", "zh"},
		{"市政府今天宣佈了一條新的公車路線。這條路線將於下個月開始營運。", "zh"},
		{"서울시는 오늘 새로운 버스 노선을 발표했다. 이 노선은 다음 달부터 운행된다.", "ko"},
		{"กรุงเทพมหานครประกาศเส้นทางรถเมล์สายใหม่ในวันนี้ ซึ่งจะเริ่มให้บริการในเดือนหน้า", "th"},
		// Pashto: no stop words here, and its own letters say it is not the Persian
		// whose words it shares
		{"د ولسوالۍ روغتيايي مرکز د سيمې د خلکو په مرسته جوړ شوی دی او ډاکټران به هره ورځ هلته کار کوي.", ""},
		// a headline, too short to be asked the share of a page told by a long list
		{"Apple reports record revenue in China for the first time", "en"},
		{"東京", ""},                               // too short
		{"Read Next", ""},                        // too short
		{"Kyiv Post Kyiv Post Kyiv Post", ""},    // no stop words
		{"12:30 — 14:45 · 2025-02-28 · 99%", ""}, // no words at all
		{"", ""},
	}
	for _, tt := range tests {
		got, conf := Detect(tt.text)
		if got != tt.want {
			t.Errorf("Detect(%q) = %q (%.2f), want %q", tt.text, got, conf, tt.want)
		}
		if (got == "") != (conf == 0) || conf < 0 || conf > 1 {
			t.Errorf("Detect(%q) confidence %v with code %q", tt.text, conf, got)
		}
	}
}

func TestIsStop(t *testing.T) {
	tests := []struct {
		lang, word string
		want       bool
	}{
		{"en", "the", true},
		{"en", "The", true}, // case-insensitive, as spaCy
		{"en", "THE", true},
		{"en", "Ukraine", false},
		{"de", "und", true},
		{"de", "Und", true},
		{"de", "the", false},
		{"fr", "les", true},
		{"es", "las", true},
		{"it", "della", true},
		{"uk", "також", true},
		{"uk", "буде", true}, // spaCy's Ukrainian list, added to stopwords-iso's short one
		{"uk", "Київ", false},
		{"ru", "також", false},
		{"en", "don't", true},
		{"en", "don’t", true}, // the typographic apostrophe as the ASCII one
		{"el", "είναι", true}, // the list has "ειναι": Greek is compared without its accents
		{"el", "ΕΊΝΑΙ", true},
		{"el", "ΤΗΣ", true}, // the capital sigma lowers to σ, the list has the final ς
		{"el", "Αθήνα", false},
		{"xx", "the", false}, // unknown language
		{"", "the", false},
	}
	for _, tt := range tests {
		if got := IsStop(tt.lang, tt.word); got != tt.want {
			t.Errorf("IsStop(%q, %q) = %v, want %v", tt.lang, tt.word, got, tt.want)
		}
	}
}

func TestLikeNum(t *testing.T) {
	tests := []struct {
		lang, token string
		want        bool
	}{
		{"en", "10", true},
		{"en", "10,000", true},
		{"en", "3.14", true},
		{"en", "-5", true},
		{"en", "±5", true},
		{"en", "~5", true},
		{"en", "3/4", true},
		{"en", "3/4/5", false},
		{"en", "ten", true},
		{"en", "Ten", true},
		{"en", "TWELFTH", true},
		{"en", "21st", true},
		{"en", "2nd", true},
		{"en", "st", false},
		{"en", "x21st", false},
		{"en", "zwölf", false},
		{"de", "zwölf", false}, // spaCy has no number words for German: digits only
		{"de", "12", true},
		{"de", "21st", false}, // ordinal endings are English only, as in spaCy
		{"fr", "troisième", true},
		{"fr", "quatre-vingt", true},
		{"es", "veintitrés", true},
		{"it", "diciassette", false}, // nor for Italian
		{"pt", "milhões", true},
		{"nl", "twintig", true},
		{"xx", "ten", false},
		{"xx", "10", true}, // digits are numbers in any language
		{"en", "", false},
		{"en", "-", false},
		{"en", "٣", true}, // digits of any script, as Python's isdigit
	}
	for _, tt := range tests {
		if got := LikeNum(tt.lang, tt.token); got != tt.want {
			t.Errorf("LikeNum(%q, %q) = %v, want %v", tt.lang, tt.token, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	got := Words("L'homme — d’abord: 12 «mots», naïve café.")
	want := []string{"L'", "homme", "d’", "abord", "mots", "naïve", "café"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Words (-want +got):\n%s", diff)
	}
	// Scripts written without spaces: each character is a word (QA pass 20: a Japanese
	// paragraph was one word, too short to be prose).
	got = Words("東京都は公園を開く。Tokyo ok、สวัสดีครับ")
	want = []string{"東", "京", "都", "は", "公", "園", "を", "開", "く", "Tokyo", "ok", "ส", "วั", "ส", "ดี", "ค", "รั", "บ"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Words of unspaced scripts (-want +got):\n%s", diff)
	}
}

func TestLanguages(t *testing.T) {
	codes := Languages()
	for _, want := range []string{"de", "en", "es", "fr", "it", "nl", "pt"} {
		found := false
		for _, c := range codes {
			found = found || c == want
		}
		if !found {
			t.Errorf("Languages() lacks %q: %v", want, codes)
		}
	}
	for _, code := range []string{"en", "es", "fr", "nl", "pt"} { // spaCy has none for de and it
		if len(numWords()[code]) < 30 {
			t.Errorf("number words of %q: %d, want the spaCy lists", code, len(numWords()[code]))
		}
	}
}

func TestParseStopwordsErrors(t *testing.T) {
	if _, err := parseStopwords([]byte(`{"en": [`)); err == nil {
		t.Error("a broken file parsed")
	}
}

func FuzzWords(f *testing.F) {
	f.Add("L'homme — d’abord: 12 «mots», naïve café.")
	f.Add("e\u0301t\u00e9 don't ’")
	f.Fuzz(func(t *testing.T, text string) {
		at := 0
		for _, w := range Words(text) {
			i := strings.Index(text[at:], w)
			if w == "" || i < 0 {
				t.Fatalf("word %q is not in %q after byte %d", w, text, at)
			}
			at += i + len(w)
		}
		code, conf := Detect(text)
		if (code == "") != (conf == 0) || conf < 0 || conf > 1 {
			t.Fatalf("Detect = %q, %v", code, conf)
		}
	})
}

func TestIsMonth(t *testing.T) {
	for word, want := range map[string]bool{
		"März": true, "okt.": true, "okt": true, "Feb": true, "janv.": true, "janv": true, "MAYO": true,
		"lokakuuta": true, "października": true, "января": true,
		"points": false, "euros": false, "votes": false, "": false, "2026": false,
	} {
		if got := IsMonth(word); got != want {
			t.Errorf("IsMonth(%q) = %v, want %v", word, got, want)
		}
	}
}

func TestIsWeekday(t *testing.T) {
	for word, want := range map[string]bool{
		"Sobota": true, "niedziela": true, "Sat": true, "Mi.": true, "mercredi": true, "SÁBADO": true,
		"keskiviikkona": true, "суббота": true,
		"Kowalski": false, "March": false, "": false, "18": false,
	} {
		if got := IsWeekday(word); got != want {
			t.Errorf("IsWeekday(%q) = %v, want %v", word, got, want)
		}
	}
}

package boiler

import (
	"testing"

	"spantag/lang"
)

func TestReadersRating(t *testing.T) {
	for text, want := range map[string]bool{
		"★★★★★ 4,9 von 5 (527)":                  true,
		"Note : ★★★★★ 4,9 sur 5 (86 votes)":      true,
		"★★★★★ 4,9 fra 37 stemmer":               true,
		"Rated 4.8 ★ by 112 readers":             true,
		"⭐⭐⭐⭐⭐ 4,7/5 – 526 đánh giá trên Google": true,
		"Nota: ★★★★☆ (4 de 5)":                   false, // a reviewer's score
		"★★★★☆":                                  false,
		"Temperature 4.5 degrees":                false,
	} {
		if got := readersRating.MatchString(text); got != want {
			t.Errorf("readersRating matches %q = %v, want %v", text, got, want)
		}
	}
}

func TestRatingRow(t *testing.T) {
	for text, want := range map[string]bool{
		"5 ★★★★★":       true,
		"3 ★★★ 498":     true,
		"2 ⭐⭐ 4%":       true,
		"1★":            true,
		"★★★★☆":         false, // a score alone
		"6 ★★★★★★":      false,
		"3 ★★★ Tasty":   false,
		"12 ★★★★ hotel": false,
	} {
		if got := ratingRow.MatchString(text); got != want {
			t.Errorf("ratingRow matches %q = %v, want %v", text, got, want)
		}
	}
}

func TestReactionCounts(t *testing.T) {
	for text, want := range map[string]bool{
		"▲ 48 ▼":                 true,
		"👍 12 | Citovat":         true,
		"♡ 312 · 💬 27 · Bagikan": true,
		"❤ 1,2k":                 true,
		"Var denne side nyttig? 👍 Ja 👎 Nej": false, // a question: feedback's own words decide it
		"We ❤ our 12 volunteers":            false, // words
		"▲ Back to top":                     false, // no figure
	} {
		if got := reactionCounts(text, phraseWords(lang.Words(text))); got != want {
			t.Errorf("reactionCounts(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestStarredReview(t *testing.T) {
	for text, want := range map[string]bool{
		"Elena D. ★★★★★ · acum 2 luni":                    true,
		"★★★★★ Fixed my boots in an hour. — Natalia":      true,
		"林**泉 ★★★★☆ 壶很好，就是快递稍微慢了两天。":                      true,
		"Andrés F. · ●●●●● «Fuimos por el menú del día.»": true,
		"سارا ک. · فروردین ۱۴۰۳ · ★★★★★":                  true,
		"★★★★★ Gerda uit Zwolle":                          true,
		"Rating: ★★★★☆":                                   false, // a critic's verdict
		"Nota: ★★★★☆ (4 de 5)":                            false,
		"部屋 ★★★★☆ 4":                                      false, // a score by a field
		"Kruimels (★★★★☆), over drie generaties bakkers.": false, // a film's verdict in brackets
		"★★★★☆": false,
	} {
		if got := starredReview(text); got != want {
			t.Errorf("starredReview(%q) = %v, want %v", text, got, want)
		}
	}
}

// Readers' reviews under a shop's item, each a name and five stars before the review's
// text, are the site's, though the texts read as prose.
func TestDecideStarredReviews(t *testing.T) {
	const text = `date 2024-04-03 Our stoneware teapot holds a litre and pours cleanly: the spout is cut by hand, and the lid is ground to sit tight without rattling.

Glazed inside and out in a deep rust brown, it keeps tea hot for a good half hour under a cosy.

Customer reviews (37)
Agnes from Lincoln ★★★★★ "Beautiful colour, even nicer than in the photo. It arrived well packed."
Tom ★★★★☆ "Solid and sits well in the hand, only the strainer could be deeper."

Write a review`
	wantVerdicts(t, text, "TETEBBBEB")
}

func TestLiveScores(t *testing.T) {
	for text, want := range map[string]bool{
		"LIVE: Vrbno – Kostelec 0:0 (34.) | Hradiště – Bělá 1:2 (61.) | Strakov – Mlýnice 3:0 (konec)":   true,
		"AO VIVO: Académico Beira – União de Tomar 1-0 (56') · Naval Peniche – Lusitano 0-0 (intervalo)": true,
		"Série B Operário 1 x 0 Campinense (2º tempo) · NBB Pinheiral 71 x 68 Franca Norte (4º quarto)":  true,
		"Hadley Town – Mill Lane 1:2 (1:0) · Upper Lees – Dunford 3:3 (2:1)":                             false, // final scores, half-time in brackets
		"Hadley Town – Mill Lane 1:2 (61.)":                            false, // one game
		"The hosts led 2-0 at the break (45') and won 3-1 in the end.": false,
	} {
		if got := liveScores(text); got != want {
			t.Errorf("liveScores(%q) = %v, want %v", text, got, want)
		}
	}
}

// A ticker of other games' live scores under the text's first paragraph is the site's,
// though its scores would make it a table's row.
func TestDecideLiveScores(t *testing.T) {
	const text = `date 2024-05-11 Hadley Town came from behind to beat Mill Lane on Saturday and moved within two points of the top of the county league with three games left.
LIVE: Upper Lees – Dunford Rovers 0:0 (34.) | Briar Athletic – Pond End 1:2 (61.) | Kettle Green – Ashby 3:0 (full time)

Mill Lane led through a header from Newton after twenty minutes, and the home side needed until the hour to find a way back into the game.`
	wantVerdicts(t, text, "TBET")
}

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
		"5 ★★★★★":   true,
		"3 ★★★ 498": true,
		"2 ⭐⭐ 4%":   true,
		"1★":        true,
		"4 ███":     true, // a bar counts them
		"5 ████████████ 82%": true,
		"████":          false,
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
		"+34":                               true,  // a post's score
		"−2":                                true,
		"+34 °C":                            false,
		"2024":                              false,
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
		"Jitka P., Olomouc – ★★★★★":                       true,  // a reader's name, its surname's initial
		"Bäckerei Krume – ★★★★☆":                          false, // a critic's verdict on a place
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

// Customers' testimonials in a row, each a quote and its author's name, are the site's
// where the text has ended; a quote alone among the text's prose is the text's, and so
// are a live blog's readers' messages, its entries going on below them.
func TestDecideTestimonials(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"a plumber's customers", `date 2024-05-02 Fontanería Ríos atiende urgencias en toda la comarca, de lunes a domingo, con técnicos propios.

«Preferimos reparar antes que cambiar piezas», dice el fundador, que abrió el taller en 1998 con una furgoneta.
«Un buen fontanero se nota en lo que no tienes que volver a llamar.» – Julián Ríos

Opiniones
«Vinieron en una hora por una fuga en la cocina un domingo. Muy profesionales.» – Lucía M.

«Nos cambiaron la bañera por un plato de ducha en dos días, quedó perfecto.» – Antonio G.`, "TETTEBBEB"},
		{"a guesthouse's scored reviews", `date 2024-05-02 A casa fica numa rua estreita do bairro antigo, a cinco minutos a pé do rio e das tascas.

Os quartos são pequenos mas luminosos, e o pequeno-almoço é servido no pátio interior.

Relação qualidade-preço 9,0
10 «O mapa do bairro foi o melhor guia da viagem. Comemos nas tascas todas!»
Sofia · Portugal · agosto de 2024

8 «Muito acolhedor, mas as escadas são duras com malas grandes.»
Marek · Polónia · julho de 2024`, "TETEBBBEBB"},
		{"a hotel's guests, each under their name and score", `date 2024-05-02 The inn stands in a walled courtyard of the old town, two streets from the covered market.

Its twelve rooms keep their painted ceilings, and breakfast is served under the vine in the courtyard.

Guest reviews
Burak T. · Izmir · 9.0
"The courtyard is enchanting and breakfast generous. Our room was small but spotless."
Katrin B. · Germany · 10
"Quiet, peaceful and very clean. We will come back."`, "TETEBBBBB"},
		{"a live blog's readers", `date 2024-05-02 Train drivers walked out at dawn, and no trains will run on the county's lines until Friday.

"Cycled 14 miles to work for the first time in my life. Legs gone." – Tomasz, Ledsham
"My daughter's exam is at 9am and there's no bus either. Who thought this was a good week?" – Fiona, Harcastle

The union said talks with the operator would resume on Thursday morning, but no date has been set for a vote.

The operator said it would run replacement buses on the two busiest routes from Wednesday afternoon.`, "TETTETET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

// Three rows or more of other items on offer, one under the other, each items between
// middle dots with a price, are the site's, and so is their heading.
func TestDecideOfferRows(t *testing.T) {
	text := `date 2024-06-11 La hostería ocupa una casa de labranza del siglo XVIII, restaurada con piedra y madera de la comarca.

Las ocho habitaciones dan al valle, y el desayuno se sirve en la antigua cocina, junto a la chimenea.

Alojamientos similares
Hostal Marejada · a 0,6 km · 8,2 · desde 71 €
Apartahotel Punta Brava · a 1,9 km · 8,5 · desde 98 €
Hotel Boutique Casa Lonja · a 0,9 km · 9,1 · desde 152 €`
	wantVerdicts(t, text, "TETEBBBB")
	// a used car's similar cars, each with its year and mileage: no table of the text
	cars := `date 2024-06-11 The car has had one owner since new and every service at the dealer, with the book to show it.

Similar cars
Dacia Duster 1.5 dCi Comfort · 2018 · 104,000 km · €12,300
Suzuki Vitara 1.6 DDiS · 2017 · 96,500 km · €13,800
Fiat Panda Cross 1.3 · 2019 · 77,800 km · €12,900`
	wantVerdicts(t, cars, "TEBBBB")
	// each car's price alone on the line under its row
	priced := `date 2024-06-11 El coche tiene un solo dueño desde nuevo y todas las revisiones hechas en el concesionario oficial.

Se vende con la inspección en vigor hasta octubre y la garantía de doce meses de la venta por profesional.

Coches similares
Seat León 2.0 TDI FR · 2017 · 138.000 km
13.200 €
Audi A3 Sportback 1.6 TDI · 2016 · 149.500 km
13.900 €
Škoda Octavia 2.0 TDI Style · 2016 · 171.000 km
11.400 €`
	wantVerdicts(t, priced, "TETEBBBBBBB")
	for text, want := range map[string]bool{"13.450 €": true, "299 lei": true, "2,900元/月": true, "£112": true, "₱ 398,000": true, "500 ₴": true, "₺2.850'den": true, "8,2": false, "a 0,6 km": false, "2019": false} {
		if got := rowPrice.MatchString(text); got != want {
			t.Errorf("rowPrice matches %q = %v, want %v", text, got, want)
		}
	}
}

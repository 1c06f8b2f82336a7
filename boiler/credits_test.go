package boiler

import (
	"fmt"
	"strings"
	"testing"
)

// TestCaptionsAboveCredits: a sentence between a picture's buttons and its credit alone
// on its line is the picture's caption; one above a caption that starts with its credit
// ("Leserfoto: …"), or above a credit that the text does not follow, is left as decided.
func TestCaptionsAboveCredits(t *testing.T) {
	body := `Bookmobile makes its last run after three decades
By Dana Whitcomb · March 3, 2026
On a gray Tuesday morning in the gravel lot behind the post office, the county's bookmobile opened its door for the last time.
Share on Facebook
Librarian Joyce Ambler checks out books to students aboard the bookmobile last week, before its final trip.
%s
The bus, bought in 1995, has carried more than a million books to the county's most remote homes and schools.
Its replacement, a smaller van, will keep the same stops but visit each of them every other week.`
	wantVerdicts(t, fmt.Sprintf(body, "Photo: Marcus Oyelowo/The Harlan Sentinel"), "TBTBBBTT")
	wantVerdicts(t, fmt.Sprintf(body, "Leserfoto: Zuschauer an der Schwanenbrücke"), "TBTBTBTT")
}

// A photo story's captions, each above its credit, tell the page's story, more of its
// words than its other prose: they stay the text's, their credits the site's.
func TestDecideCreditedPhotoStory(t *testing.T) {
	text := `date 2024-09-20 La vendimia empezó este año dos semanas antes de lo habitual en el valle del Jalón.

Compartir en Facebook

A las siete de la mañana, todavía con niebla en el valle, la cuadrilla reparte las tijeras y las cajas junto al camino.
Foto: Lucía Ferrer

Remedios Orduña, de 74 años, lleva vendimiando estas mismas cepas desde que tenía doce años.
Foto: Lucía Ferrer

Las uvas de garnacha llegan este año pequeñas pero muy concentradas, y la cosecha será más corta.
Foto: Lucía Ferrer

A mediodía la cuadrilla se para a comer a la sombra de un nogal, con pan y tomates del huerto.
Foto: Lucía Ferrer`
	wantVerdicts(t, text, "TEBETBETBETBETB")
}

// TestDecideNumberedPhotoStory: a photo story's captions between each photo's number
// and its credit tell the story, the short ones with the long: none is a call to action
// left alone in its block.
func TestDecideNumberedPhotoStory(t *testing.T) {
	text := `date 2024-09-02 For 38 years Hinrich Bolte has pulled the little chain ferry across the river at Grohnsfeld, and at the end of the month he will do it for the last time.

Photo 1 of 3
Shortly after six in the morning Hinrich Bolte loosens the chain at the landing stage, as he has done on almost every working day since the spring of 1986, and checks the cable by hand.
Photo: Jana Reuter

Photo 2 of 3
At noon his niece Merle takes over for an hour. She has her ferry licence but does not want the boat for good.
Photo: Jana Reuter

Photo 3 of 3
At eight in the evening he pulls the ferry back to the landing stage. What will he do after September? Fish, he says.
Photo: Jana Reuter

Share this gallery`
	wantVerdicts(t, text, "TEBTBEBTBEBTBEB")
}

// A caption's credit may be a sentence of its own after the caption's, naming whom it
// credits; one that names no one is a sentence of the text.
func TestStoppedCredit(t *testing.T) {
	for text, want := range map[string]bool{
		"Dan's hands, and the morning's curd. Photo by Ruth.":                 true,
		"The curd, cut into cubes. Photo by the farmer's daughter.":           false, // no name: a sentence
		"We asked for a photo. Photo by Ruth, who took the rest of them too.": false, // too long for a credit
		"Photo by Ruth.": false, // no caption before it
	} {
		if got := creditedCaption(text, len(strings.Fields(text))); got != want {
			t.Errorf("creditedCaption(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestDatedCaption(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Elena Rusu in her vineyard near Orhei, June 2025.", true},
		{"Aigerim Saparova at the measuring station on the glacier, August 2025", true},
		{"Les vendanges à Cahors, septembre 2024.", true},
		{"The plant opened in 1998, two years late.", false},                 // no month
		{"She left the village. It was cold, March 2025.", false},            // two sentences
		{"The council will vote on the plan in Orhei, Tuesday 2025.", false}, // a day, not a month
	}
	for _, tt := range tests {
		if got := datedCaption(tt.text); got != tt.want {
			t.Errorf("datedCaption(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// A gallery's captions: the photo's number of the gallery's starts the caption, or stands
// alone above it.
func TestDecideGalleryCaptions(t *testing.T) {
	text := `The school's science fair filled the sports hall on Saturday, with more than forty projects by pupils of every year.

Photo 1 of 3: Pupils of year five with a windmill made of recycled bottles.
Photo 2 of 3
The vertical garden of the first years, set up in the main hall.
Photo 3 of 3: Families walk between the stands.

The jury gave its first prize to a study of the river's birds by year seven.`
	wantVerdicts(t, text, "TEBBBBET")
	for text, want := range map[string]bool{
		"Foto 1 de 8: Alunos do 5.º C junto ao moinho.": true,
		"Bild 2/6":    true,
		"ภาพที่ 3/8":  true,
		"写真3/10 港の朝市": true,
		"Días 1 y 2: una hora, en grupos de siete niños.": false,
		"Photos of the day": false,
	} {
		if got := galleryPhoto.MatchString(text); got != want {
			t.Errorf("galleryPhoto matches %q = %v, want %v", text, got, want)
		}
	}
}

// A gallery's bare counters are its own when they count up to one total, and so are the
// captions under them; not when the captions tell the page's story; a review's marks out of ten stay the text's.
func TestDecideGalleryCounters(t *testing.T) {
	const story = `date 2022-11-19 The inland port of Oberwelden was once the busiest grain harbour on the upper river; today three ships a week still tie up there.

1/3
Harbour master Reinhold Gast starts his day at half past five in the hut on the quay. For 31 years he has written every arrival by hand into a green book.
2/3
The Margarethe brings feed wheat from the north. Captain Jens Ohlsen has sailed the route for twenty years and knows every shoal by name.
3/3
In the evening the lights of the loading bridge shine on the still water of the basin, and all one hears is the hum of the pumps.

Share this gallery`
	const article = `date 2024-05-02 The couple bought the ruined farmhouse in 2019, when the roof had fallen onto the kitchen and a fig tree grew in the middle of the hall.

The works took four years of weekends and summers, with an architect for the plans and a crew for the roof and the walls, and the rest done by the two of them.

1 / 12
The stone front, with the vine Joan planted the first winter.
4 / 12
The kitchen, with the old tiles saved from a house in the village.

The rule of the house is simple: nothing is bought new if it can be found used, and the tiles of the kitchen came from a house that was being pulled down.`
	const marks = `date 2024-03-30 Five albums came out this month that we listened to more than once, from a debut in a garage to a return after ten years of silence.

Hollow Coast, by the Meridian Four, a record of long songs about the sea and the towns beside it.
9/10
Small Hours, by Ada Voss, a quiet record made at night in her kitchen with a piano and a tape machine.
7/10

Next month we listen to the spring's debuts, from a choir in a chapel to a drummer alone.`
	tests := []struct{ name, text, want string }{
		{"a photo story", story, "TEBTBTBTEB"},
		{"a gallery in an article", article, "TETEBBBBET"},
		{"marks out of ten", marks, "TETTTTET"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { wantVerdicts(t, tt.text, tt.want) })
	}
}

func TestLabelledCredit(t *testing.T) {
	for text, want := range map[string]bool{
		"Canolwr Cwm Eirin, Rhodri Llwyd, yn torri drwy'r amddiffyn. Llun: Y Sgrym / Elin Haf":   true,
		"ಕುಸಿದ ಸೇತುವೆಯ ಬಳಿ ಜಮಾಯಿಸಿದ ಗ್ರಾಮಸ್ಥರು. ಚಿತ್ರ: ಮಲೆನಾಡು ಸಮಾಚಾರ":                           true, // a label without capitals
		"ਮਾਸਟਰ ਜਗਜੀਤ ਸਿੰਘ ਭੰਗੂ ਆਪਣੇ ਘਰ ਵਿੱਚ। ਤਸਵੀਰ: ਪਰਿਵਾਰ ਵੱਲੋਂ":                                true, // after a danda
		"Omulimi Yozefu Mukasa ng'ayanika emmwanyi mu luggya lwe. EKIFAANANYI: Ensimbi Leero":    true, // a label in capitals
		"Vakadzi vachimirira kuchera mvura pachitubu. (Mufananidzo: Tendai Mhofu/Nhau Dzemusha)": true, // in brackets
		"Bake the tart until golden. TIP: Use cold butter":                                       false,
		"The old mill on the river at dawn. Photo: Harbour Post":                                 false, // no slash, a label with a capital
		"A sturdy feeding table, made in a weekend for under £30. Difficulty: moderate / easy":   false, // no names
		"Bake the tart until golden. Tip: Use cold butter / or lard":                             false,
		"Drama. España. 108 min. Dirección: Ainhoa Echarri / Luis Mena":                          false, // no sentence before it
		"Sizes: 70 x 200cm to 70 x 400cm. Colours: Oat / Slate":                                  false, // a colon before it
		"Rhodri Llwyd breaks through the defence. Llun: Y Sgrym / Elin Haf. Mwy o luniau yma":    false, // a sentence after it
	} {
		if got := labelledCredit(text); got != want {
			t.Errorf("labelledCredit(%q) = %v, want %v", text, got, want)
		}
	}
}

func TestPointsAtPhoto(t *testing.T) {
	for text, want := range map[string]bool{
		"▲ The harbour at dawn, before the first ferry": true,
		"📸 Azulejos originais da década de 1950":        true,
		"▲사진 1. 끓는 물에 국수를 삶는 모습":                        true, // a photo's number, no sentence's end
		"📷 Le marché couvert, un samedi matin.":         true, // one sentence
		"📷 Our own photos. Please do not copy them":     false,
		"▲ 48 ▼":                  false, // a count
		"Photos of the harbour ▲": false, // not at its start
		"✓ The harbour at dawn, before the first ferry": false,
	} {
		if got := pointsAtPhoto(text); got != want {
			t.Errorf("pointsAtPhoto(%q) = %v, want %v", text, got, want)
		}
	}
}

// A photo's caption between the text's paragraphs, with no credit, a mark pointing at
// the photo at its start, is the site's.
func TestDecideCaptionPointingAtPhoto(t *testing.T) {
	const text = `date 2024-05-02 The ferry from Linmore arrived nearly three hours late on Tuesday night, after a storm closed the harbour mouth for most of the afternoon.

▲ Islanders waiting on the quay for the late crossing

Passengers said the crew had kept them informed throughout, and the operator apologised for the delay in a statement on Wednesday.`
	wantVerdicts(t, text, "TEBET")
}

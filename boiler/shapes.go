package boiler

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/lang"
)

// What a line's own text shows, whatever its neighbours: an address, an arrow to
// another page, a caption's credit, a wire desk's initials, a pull quote, a year.

// email is an e-mail address.
var email = regexp.MustCompile(`[\pL\pN._%+-]+@[\pL\pN-]+(\.[\pL\pN-]+)*\.\pL[\pL\pN-]+`)

// pointsAway tells whether a line ends with an arrow to the right (→ ▸ ►) or starts
// with one to the left (← ◂ ◄): a link to the next or the previous post, or to a
// related page. A guillemet, double or single (« » ‹ ›), is such an arrow when the line
// has no other and its text no sentence's end, as a quotation going on from or into
// another line has.
func pointsAway(text string) bool {
	text = strings.TrimSpace(text)
	if strings.HasSuffix(text, "→") || strings.HasPrefix(text, "←") || strings.HasSuffix(text, "▸") || strings.HasPrefix(text, "◂") ||
		strings.HasSuffix(text, "►") || strings.HasPrefix(text, "◄") {
		return true
	}
	return guillemetAway(text, "«", "»") || guillemetAway(text, "‹", "›")
}

// guillemetAway tells whether text opens with the guillemet open or closes with close,
// as a link to the previous or next post, and has no other: no quotation.
func guillemetAway(text, open, close string) bool {
	if strings.Count(text, open)+strings.Count(text, close) != 1 {
		return false
	}
	title := strings.TrimSpace(strings.Trim(text, open+close))
	return (strings.HasPrefix(text, open) || strings.HasSuffix(text, close)) && !closesSentence(title)
}

// pagerArrows part a link to the previous or the next post from its headline.
const pagerArrows = "«»‹›←→"

// pagerLink tells whether text is a link to the previous or the next post whose arrow
// stands inside the line, where pointsAway looks at its ends: a button the wording
// lists give as a whole line ("Previous", "ถัดไป") and the post's headline, the arrow
// standing apart between them ("« Previous The headline", "Next » The headline"; not a
// quotation's «Mais …»).
func pagerLink(text string) bool {
	text = strings.TrimSpace(text)
	i := strings.IndexAny(text, pagerArrows)
	if i < 0 {
		return false
	}
	_, size := utf8.DecodeRuneInString(text[i:])
	button, after := strings.TrimSpace(text[:i]), text[i+size:]
	if !strings.HasPrefix(after, " ") || button != "" && !strings.HasSuffix(text[:i], " ") {
		return false
	}
	if words := strings.Fields(after); button == "" && len(words) > 0 {
		button = words[0]
	}
	return button != "" && wholeLineButton(normalise(button))
}

// opensQuotation tells whether text opens with a guillemet that it closes further on:
// a quoted title ("«La piscina vacía»: un verano …", "»Wir bleiben«, sagt …"), no arrow.
func opensQuotation(text string) bool {
	for _, pair := range [][2]string{{"«", "»"}, {"»", "«"}, {"‹", "›"}, {"›", "‹"}} {
		if rest, ok := strings.CutPrefix(text, pair[0]); ok && strings.Contains(rest, pair[1]) {
			return true
		}
	}
	return false
}

// signingInitials are a writer's initials alone on a line, signing a short item of a
// roundup ("N. B.", "C. D.-H.").
var signingInitials = regexp.MustCompile(`^\p{Lu}\.(?:\s?-?\p{Lu}\.){1,2}$`)

// deskInitials is the line a wire story ends with: the initials of its writers and
// editors between slashes, sometimes with the agency's time stamp ("/jkr/bgf/mis",
// "dsi/hk/tm", "apo-lb/fg/mct", "RJV // ACL", "mlb/gdr 141152 NOV 25", the time stamp alone), or the writer's initials or the agency's name
// in brackets ("(mkl)", "(ma;pk)", "(Atlántida)").
var deskInitials = regexp.MustCompile(`^(/?\pL{2,5}(-\pL{2,5})?(\s?//?\s?\pL{2,5})+/?(\s+\d{4,6}\s+\pL{3}\s+\d{2,4})?|\(\pL{2,12}([/;]\pL{2,5})*\)|\d{6}\s+\p{Lu}\pL{2}\s+\d{2})$`)

// bracketedCredits tells whether text is a wire story's credits: a line in brackets, of
// two parts or more between semicolons, each naming someone ("(Reporting by Koffi
// Assamoi in Abidjan; Editing by Jan Harvey)", "(Información de Ane Etxeberria; edición
// de Luis Campos)"), not a sentence.
func bracketedCredits(text string) bool {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "(") || !strings.HasSuffix(text, ")") {
		return false
	}
	parts := strings.Split(text[1:len(text)-1], "; ")
	return len(parts) >= 2 && !slices.ContainsFunc(parts, func(part string) bool {
		words := strings.Fields(part)
		return len(words) < 2 || strings.ContainsAny(part, ".!?") || !slices.ContainsFunc(words[1:], startsUpper)
	})
}

// slashCredit is a picture's credit in brackets at a line's end, the photographer after
// a slash, as American papers and agencies print it ("(AP Photo/Evan Vucci)", "(Clarion
// file photo / Tess Okafor)"), or before it, with the paper or agency after it
// ("(Anastasiia Moroz / The Eastern Current)", "(Allied Newswire/Simon Pellow)"), or an
// agency's name in capitals before the photographer's ("(ANSA/Luca Ferrero)"); or, as
// Spanish papers print it, after the caption's last sentence without brackets ("… el
// pasado martes. / Fernando Yeste"); or, as agencies print it, the agency and the
// photographer after the caption's last sentence ("… March 2, 2026. Ledger Wire/Elena
// Georgiou", "… /File Photo").
var slashCredit = regexp.MustCompile(`(?:\((?:(?:\S+\s+){0,3}(?i:photo|foto)\s*/\s*\p{Lu}[^()]*|\p{Lu}\pL+(?:[\s-]\p{Lu}[\pL.'’-]*){1,2}\s?/\s?\p{Lu}[^()/]*|\p{Lu}{2,}\s?/\s?\p{Lu}\pL+(?:[\s-]\p{Lu}[\pL.'’-]*){1,2})\)|[.!?»"”]\s+/\s+\p{Lu}[\pL.'’-]*(?:\s\p{Lu}[\pL.'’-]*){0,2}|[.!?]\s+\p{Lu}[\pL'’-]*(?:\s\p{Lu}[\pL'’-]*){0,2}/\p{Lu}[\pL.'’-]*(?:\s\p{Lu}[\pL.'’-]*){0,2}(?:/\p{Lu}\pL*(?:\s\p{Lu}\pL*)?)?)$`)

// fileSize is a download link's size in brackets at a line's end, perhaps with the
// file's type ("Bauzeitenplan (PDF, 204 KB)", "Télécharger les visuels (ZIP, 14 Mo)"):
// kilobytes and megabytes only, as a device's storage is given in gigabytes; or a
// press photo's type and its size in pixels ("Takterrassen (JPG, 4000 × 2667 px)",
// "Portrait (JPG, 2.400 × 3.600 px, 2,2 MB)").
var fileSize = regexp.MustCompile(`\((?:\pL{2,5},\s*)?(?:\d+(?:[.,]\d+)?\s?(?:[kK][bB]|MB|Ko|Mo|KiB|MiB)|[\d.,]+\s?[×x]\s?[\d.,]+\s?px(?:,\s*\d+(?:[.,]\d+)?\s?(?:[kK][bB]|MB|Ko|Mo))?)\)$`)

// embedHeader is the header of a post embedded in a page (a live blog's): the
// account's name with its handle in brackets, and a colon ("Coastline Rail
// (@CoastlineRail) posted:", "Vecinos por el Albar (@VecinosAlbar) ha publicado en X:").
var embedHeader = regexp.MustCompile(`\(@[\pL\pN_.]+\)[^.!?]*:$`)

// capitalCredit tells whether a line ends, after a sentence of minNoteWords words or
// more, with a name of two to maxNameWords words in capitals or each with a capital: a
// caption and its photographer, as Spanish papers and magazines print them
// ("Bañistas en la piscina municipal, este martes. PABLO CARDEÑA", "Leaving Lowick on
// the Back Lane. Rob Quayle"; in capitals, perhaps with whom for: capitalsCredit), not
// a field's details ("Dirección: calle de la Lonja, 9. Puerto Almenar"). Text never
// ends with a name and no full stop.
func capitalCredit(text string) bool {
	before, name, ok := cutLast(strings.TrimSpace(text), ". ")
	words := strings.Fields(name)
	if !ok || len(words) < 2 || countWords(before) < minNoteWords {
		return false
	}
	return capitalsCredit(words) || len(words) <= maxNameWords &&
		!strings.Contains(before, ":") && !slices.ContainsFunc(words, func(w string) bool { return !titleWord(w) })
}

// capitalsCredit tells whether words are a photographer's credit in capitals: a name,
// perhaps with whom for or the agency ("MARIE-ANGE PÉLISSIER POUR LE CADRAN", "YANN LE
// GOFF / ACP"), at most 2*maxNameWords words.
func capitalsCredit(words []string) bool {
	return len(words) <= 2*maxNameWords && !slices.ContainsFunc(words, func(w string) bool { return !capitalWord(w) && w != "/" })
}

// cutLast is strings.Cut at the last sep.
func cutLast(s, sep string) (before, after string, found bool) {
	i := strings.LastIndex(s, sep)
	if i < 0 {
		return s, "", false
	}
	return s[:i], s[i+len(sep):], true
}

// capitalWord tells whether w is a word of two letters or more, all capitals.
func capitalWord(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsUpper(r):
			letters++
		case r != '-' && r != '\'' && r != '’':
			return false
		}
	}
	return letters >= 2
}

// titleWord tells whether w is a word of two letters or more that starts with a capital,
// all letters but for hyphens and apostrophes ("Okonkwo-Hale", "O'Neill").
func titleWord(w string) bool {
	first, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(first) && utf8.RuneCountInString(w) >= 2 &&
		!strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\'' && r != '’' })
}

// pullQuote tells whether a line given twice is a pull quote, which the text gives
// again as it quotes it: a quotation of minNoteWords words or more, in quotation marks
// from end to end.
func pullQuote(text string, words int) bool {
	text = strings.TrimSpace(text)
	first, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	return words >= minNoteWords && strings.ContainsRune("\"“„«‘'", first) && strings.ContainsRune("\"”“»’'", last)
}

// yearSentence tells whether a short line with a year is a sentence, not a date: it
// ends with a full stop, and besides the year it has three words or more and no other
// figure ("Aprobar el presupuesto de 2025.", not "July 22, 2025, 4:15 p.m.").
func yearSentence(text string) bool {
	text = strings.TrimSpace(text)
	if !strings.HasSuffix(text, ".") {
		return false
	}
	words, figures := 0, 0
	for _, w := range strings.Fields(text) {
		if strings.ContainsFunc(w, unicode.IsDigit) {
			figures++
		} else {
			words++
		}
	}
	return figures == 1 && words >= 3
}

// askedOrQuoted tells whether text is a question or starts with a quotation mark, as a
// dateline never does ("Und Ihre Pläne von 1978?", "„Wir haben 1978 schon …“").
func askedOrQuoted(text string) bool {
	text = strings.TrimSpace(text)
	first, _ := utf8.DecodeRuneInString(text)
	return strings.HasSuffix(text, "?") || strings.ContainsRune("\"„“”«»‘’‚'", first)
}

// chapterMark tells whether a line is a chapter of an episode or a video: a time, then a
// title of a few words, which may hold a year ("14:05 The 1997 search in a force ten"),
// where a date's time has a month's or a weekday's name at most beside it.
func chapterMark(text string, words int) bool {
	return startsWithTime(text) && words >= 4
}

// galleryPhoto is a gallery's caption, the photo's number of the gallery's at its start
// ("Foto 1 de 8: …", "Photo 3 of 12", "Bild 2/6", "ภาพที่ 3/8", "写真3/10").
var galleryPhoto = regexp.MustCompile(`(?i)^(foto|photo|bild|image|imagen|immagine|zdjęcie|obrázek|фото|снимка|kuva|billede|fotoğraf|ảnh|gambar|kép|φωτογραφία|תמונה|صورة|ภาพที่|사진|写真|图|圖)\s?\d+\s?(of|de|von|di|van|z|из|от|av|af|/)\s?\d+`)

// addressAlone tells whether a line is an e-mail address with at most two words beside
// it: a label ("E-Mail:"), not a sentence.
func addressAlone(text string) bool {
	at := email.FindStringIndex(text)
	return at != nil && len(lang.Words(text[:at[0]]+" "+text[at[1]:])) <= 2
}

// hasYear tells whether s holds a year from 1900 to 2099 standing apart from other
// digits ("2025", "12.03.2025", "২০২৫"), as datelines do, in the digits of any script;
// in Thai, one of the Buddhist era too, 543 years ahead, from 2500 ("14 พ.ค. 2569" for
// 14 May 2026), and in Arabic script one of the Hijri or the Persian calendar, from 1300
// to 1499 ("۱۵ اردیبهشت ۱۴۰۵"); or a day, a month and a year of two digits parted by
// dots ("12.05.26"), as Hebrew and German sites date their articles.
func hasYear(s string) bool {
	s = asciiDigits(s)
	centuries := []string{"19", "20"}
	switch {
	case strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Thai, r) }):
		centuries = append(centuries, "25")
	case strings.ContainsFunc(s, func(r rune) bool { return unicode.Is(unicode.Arabic, r) }):
		centuries = append(centuries, "13", "14")
	}
	for i := 0; i+4 <= len(s); i++ {
		if slices.Contains(centuries, s[i:i+2]) && isDigit(s[i+2]) && isDigit(s[i+3]) &&
			(i == 0 || !isDigit(s[i-1])) && (i+4 == len(s) || !isDigit(s[i+4])) {
			return true
		}
	}
	return shortDate.MatchString(s)
}

// shortDate is a day, a month and a year of two digits parted by dots, standing apart
// from other digits and dots.
var shortDate = regexp.MustCompile(`(^|[^\d.])(0[1-9]|[12]\d|3[01])\.(0[1-9]|1[0-2])\.\d{2}([^\d.]|\.?$|\.\s)`)

// asciiDigits is s with the decimal digits of other scripts written as ASCII ones.
func asciiDigits(s string) string {
	if !strings.ContainsFunc(s, otherDigit) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if !otherDigit(r) {
			return r
		}
		zero := r // a script's digits run from its zero, ten by ten
		for unicode.IsDigit(zero - 1) {
			zero--
		}
		return '0' + (r-zero)%10
	}, s)
}

func otherDigit(r rune) bool { return r > '9' && unicode.IsDigit(r) }

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// moreThanYear tells whether a text with a year gives more of a date: a day or an hour,
// or a month's name ("Pour 2026" and "Budget 2026: what changes" give none).
func moreThanYear(s string) bool {
	return dayOrHour.MatchString(asciiDigits(s)) || slices.ContainsFunc(lang.Words(s), lang.IsMonth)
}

// maxFactWords is the most words of one item of a post's line of facts.
const maxFactWords = 8

// datedFacts tells whether text is a post's line of facts that gives its date: items
// parted by middle dots, or by bars and dots, each of at most maxFactWords words, one of
// them a date with a day and a year ("Billet n° 91 · mis en selle le lundi 13 avril
// 2026 · Sorties et bourses", "12 March 2026 · 6 min read · Lena Ortiz"). A table's
// row parts its cells with bars alone.
func datedFacts(text string) bool {
	if !strings.Contains(text, " · ") {
		return false
	}
	items := strings.FieldsFunc(strings.ReplaceAll(strings.ReplaceAll(text, " | ", "\x00"), " · ", "\x00"), func(r rune) bool { return r == 0 })
	dated := false
	for _, item := range items {
		if len(strings.Fields(item)) > maxFactWords {
			return false
		}
		dated = dated || hasYear(item) && dayOrHour.MatchString(item)
	}
	return dated
}

// priceAtShop tells whether a short line ends with a price and the shop that sells
// it, split by commas, as a magazine's product lists print them ("Peili Kehä, Ø 70 cm,
// 129 €, Lasimestari Mäki", "1 adet, 420 TL, Kil ve Kül", "920 Euro, über Werkstatt
// Ostendorp"), or with both in its last part ("Bord Waalkant, Ø 26 cm, € 45 bij Hanneke
// Bos Keramiek"); not a field's value ("Tiles: 1 200 €, Laattapiste"). Digits of any
// script and the Arabic script's comma count as well.
func priceAtShop(text string, words int) bool {
	text = strings.ReplaceAll(asciiDigits(text), "، ", ", ") // Arabic script's comma
	parts := strings.Split(strings.TrimSpace(text), ", ")
	if words > maxPrefixWords || len(parts) < 2 || strings.Contains(text, ": ") {
		return false
	}
	last := parts[len(parts)-1]
	return sold(parts[len(parts)-2], last) || soldInOne(last)
}

// soldInOne tells whether part is a price with its currency's sign, a short word and a
// shop's name of two words or more ("€ 45 bij Hanneke Bos Keramiek"; "€ 45 im Jahr" is
// none).
func soldInOne(part string) bool {
	w := strings.Fields(part)
	for i := 1; i+2 < len(w); i++ {
		if price := strings.Join(w[:i], " "); shopWord(w[i]) && strings.ContainsAny(price, "€₺") && sold(price, strings.Join(w[i+1:], " ")) {
			return true
		}
	}
	return false
}

// sold tells whether price, of at most maxMoneyWords words, is an amount of money, and
// shop, perhaps after a short word ("bei Raumgut"), a name with a capital and no figure
// nor full stop ("12,99 € im Monat. Jederzeit kündbar." is none).
func sold(price, shop string) bool {
	if word, name, ok := strings.Cut(shop, " "); ok && shopWord(word) {
		shop = name
	}
	return startsName(shop) && !strings.ContainsFunc(shop, unicode.IsDigit) && !strings.Contains(shop, ".") &&
		len(strings.Fields(price)) <= maxMoneyWords && money.MatchString(price)
}

// shopWord tells whether w may stand between a price and its shop: a short word in
// small letters ("bei", "über", "bij", "via"), not one that makes the price a rate ("6
// Euro pro Person", "€ 45 per maand").
func shopWord(w string) bool {
	return startsLower(w) && utf8.RuneCountInString(w) <= maxShopWordLetters && w != "pro" && w != "per"
}

// maxMoneyWords is the most words of an amount of money ("250–600 TL arası", "od 14 000 Kč");
// maxShopWordLetters the most letters of a word before the shop's name ("bei", "über").
const (
	maxMoneyWords      = 4
	maxShopWordLetters = 4
)

// money is an amount in euros, liras or a currency written after the figure with its
// sign or code, or with its name in Arabic script (tomans, rials, dirhams, dinars).
// (Pounds and dollars are left out: taken too, they lowered two English frozen sets,
// and a guide's "Doubles from £165, B&B" names no shop.)
var money = regexp.MustCompile(`(?i)\d\s?(€|₺|eur\b|euros?\b|tl\b|kč|kr\b|zł|lei\b|chf\b|sek\b|nok\b|dkk\b|تومان|ریال|ريال|درهم|دينار)|[€₺]\s?\d`)

// callPictographs are the pictographs that open the calls to action of crawled news
// pages: to write or subscribe by mail, to get the app or follow a channel, to listen,
// to be told, to support, to pin ("👉", a pointer, also marks the text's own items).
const callPictographs = "📩📧📨📬✉📲📱🎧🎙🔔💛❤✍📣📢📌"

// pictographCall tells whether text starts with such a pictograph ("📩", "📲", "✍️");
// not a list's mark for a place or a time ("📍", "🕒"), nor a shape or a star.
func pictographCall(text string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimSpace(text))
	return strings.ContainsRune(callPictographs, r)
}

// ctrlEnter is a correction prompt's keys, whatever the words around them ("Ctrl සහ
// Enter", Ctrl and Enter in Sinhala).
var ctrlEnter = regexp.MustCompile(`(?i)\bctrl\b.{0,24}\benter\b`)

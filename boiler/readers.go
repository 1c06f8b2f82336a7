package boiler

import (
	"regexp"
	"strings"
	"unicode"

	"spantag/lang"
)

// Readers' and other games' widgets a page shows beside its text: ratings and reviews by
// their stars, reactions and votes by their counts, a page's controls, live scores.

// readersRating is the average of readers' ratings, stars and a decimal ("★★★★★ 4,9
// von 5 (527)", "⭐⭐⭐⭐⭐ 4,7/5"); a reviewer's score is a whole number ("★★★★☆ (4 de 5)").
var readersRating = regexp.MustCompile(`[★☆⭐].*\d[.,]\d|\d[.,]\d.*[★☆⭐]`)

// fiveStars is a rating of five marks, full and empty ("★★★★☆", "●●●●○").
var fiveStars = regexp.MustCompile(`[★☆]{5}|[●○]{5}`)

// minReviewWords is the fewest words after a rating that make it a reader's review.
const minReviewWords = 3

// starredReview tells whether text is a reader's review: a rating of five marks, its
// text or its date after it ("Elena D. ★★★★★ · 2 months ago", "★★★★★ Fixed in an hour.
// — Natalia"), or a name and a date before it ("Sara K. · March 2024 · ★★★★★"), or a
// reader's name, a surname's initial, first ("Jitka P., Olomouc – ★★★★★"); not a
// critic's labelled verdict ("Rating: ★★★★☆ (4 of 5)", "Rooms ★★★★☆ 4", "Crumbs
// (★★★★☆), three generations of bakers").
func starredReview(text string) bool {
	at := fiveStars.FindStringIndex(text)
	if at == nil || strings.HasSuffix(strings.TrimSpace(text[:at[0]]), ":") || strings.HasSuffix(text[:at[0]], "(") {
		return false // a critic's verdict, labelled or in brackets after a title
	}
	before, after := text[:at[0]], text[at[1]:]
	words := phraseWords(lang.Words(after))
	dated := func(s string) bool { return strings.ContainsFunc(s, unicode.IsDigit) }
	return words >= minReviewWords || words > 0 && dated(after) || phraseWords(lang.Words(before)) > 1 && dated(before) || // its date
		readerName.MatchString(before)
}

// readerName is a reader's name as reviews give it, the surname's initial after the
// first name ("Jitka P.", "Ondřej V.").
var readerName = regexp.MustCompile(`^\s*\p{Lu}\p{Ll}+\s\p{Lu}\.`)

// testimonial is a customer's or a guest's words in quotes, a sentence at least, then a
// dash and their name, perhaps with a place or a date ("«Vinieron en una hora … Muy
// profesionales.» – Lucía M.", "“Dejligt hus … Vi kommer igen.” – Anne, juli 2023").
var testimonial = regexp.MustCompile(`^[«"„“”‘'].{10,}[.!?…।。]\s?[»"”“'’]\s*[–—-]\s*[^–—-]{2,40}$`)

// quoteAlone is a guest's or a customer's words alone in quotes, a sentence at least,
// under their author's line (reviewerAbove).
var quoteAlone = regexp.MustCompile(`^[«"„“].{10,}[.!?…।。]\s?[»"”“]$`)

// scoredAuthor is a review's author's line of items between middle dots that ends with
// their score ("Burak T. · İzmir · 9,0").
var scoredAuthor = regexp.MustCompile(` · .*\d([.,]\d)?$`)

// reviewerAbove is the line right above line i when it is a review's author's: short,
// no sentence, a name with a surname's initial or items ending with a score; else -1.
func reviewerAbove(lines []line, i int) int {
	a := i - 1
	if a < 0 || lines[a].empty || lines[a].f.prose() || lines[a].f.words > maxSignatureWords {
		return -1
	}
	if text := strings.TrimSpace(lines[a].text); readerName.MatchString(text) || scoredAuthor.MatchString(text) {
		return a
	}
	return -1
}

// scoredReview is a guest's review as booking sites give it: their score, then their
// words in quotes, a sentence at least ("10 «O mapa do bairro foi o melhor guia.»").
var scoredReview = regexp.MustCompile(`^\d{1,2}([.,]\d)?\s+[«"„“].{10,}[.!?…।。]\s?[»"”“]$`)

// minTestimonials is the fewest testimonials in a row that make the site's list of them;
// maxSignatureWords the most words of their author's line under each.
const (
	minTestimonials   = 2
	maxSignatureWords = 8
)

// markTestimonials makes boilerplate of minTestimonials testimonials or scored reviews
// or more in a row, each perhaps with its author's line right under it, empty lines at
// most between them, where the text has ended (a line of its prose at most below them),
// and of a short heading right above them: what a shop, a host or a school quotes of
// its customers, though each reads as prose; or each right under its author's line,
// a name and a score (reviewerAbove). A quote the text gives stands alone or among its
// prose; a live blog's readers' messages, its entries below.
func markTestimonials(lines []line) {
	quoted := func(i int) bool {
		text := strings.TrimSpace(lines[i].text)
		return testimonial.MatchString(text) || scoredReview.MatchString(text) || quoteAlone.MatchString(text) && reviewerAbove(lines, i) >= 0
	}
	for i := 0; i < len(lines); i++ {
		if lines[i].empty || !quoted(i) {
			continue
		}
		run, quotes := []int{i}, 1
		if author := reviewerAbove(lines, i); author >= 0 {
			run = []int{author, i}
		}
		for j := nextLine(lines, i, anyLine); j >= 0; j = nextLine(lines, j, anyLine) {
			if quoted(j) {
				quotes++
			} else if prev := run[len(run)-1]; j != prev+1 || !quoted(prev) || lines[j].f.prose() || lines[j].f.words > maxSignatureWords {
				break // one short line right under each quote at most: its author's ("Sofia · Portugal · agosto de 2024")
			}
			run = append(run, j)
		}
		end := run[len(run)-1]
		if quotes >= minTestimonials && proseLinesFrom(lines, end+1) < minProseAfterTeasers {
			if h := prevLine(lines, run[0]); h >= 0 && !lines[h].f.prose() && lines[h].f.phraseWords <= maxTableHeadingWords {
				run = append(run, h) // their heading ("Opiniones")
			}
			for _, k := range run {
				if !lines[k].strong || lines[k].class != bad {
					lines[k].decideStrong(scoreFurniture, "customers' testimonials, each a quote and its author's name, in a row")
				}
			}
		}
		i = end
	}
}

// rowPrice is an amount, in any script's digits, with its currency's sign or code after
// or before it ("13.450 €", "299 lei", "2,900元", "£112", "₱ 398,000", "₹১২০"): in a
// row of items between middle dots, pounds, dollars and pesos too, which a shop's line
// alone (money) leaves out.
var rowPrice = regexp.MustCompile(`\p{Nd}\s?(€|zł|kr\b|Kč|лв|грн|₴|₽|₺|₸|₪|lei\b|Ft\b|din\b|\$|£|¥|₹|₩|฿|৳|元|원|円|đ|₫)|(€|\$|£|₹|₩|฿|₱|৳|₺|₪|₦|R\$|RM|Rp)\s?\p{Nd}`)

// minOfferRows is the fewest rows in a row that make a list of other items on offer.
const minOfferRows = 3

// offerRow tells whether l is a row of an item on offer: items between middle dots, a
// price among them ("Hostal Marejada · a 0,6 km · 8,2 · desde 71 €").
func offerRow(l line) bool {
	return !l.empty && !l.f.prose() && strings.Contains(l.text, " · ") && rowPrice.MatchString(l.text)
}

// markOfferRows makes boilerplate of minOfferRows rows of items on offer or more, one
// right under the other (each perhaps a row of items with its price alone on the line
// below it), and of a short heading right above them: a site's other listings, a
// seller's other items, a campaign's last donors, whatever their language.
func markOfferRows(lines []line) {
	for i := 0; i < len(lines); i++ {
		end, rows := i, 0
		for n := offerAt(lines, end); n > 0; n = offerAt(lines, end) {
			end, rows = end+n, rows+1
		}
		if rows >= minOfferRows {
			if h := prevLine(lines, i); h >= 0 && !lines[h].f.prose() && lines[h].f.phraseWords <= maxTableHeadingWords {
				lines[h].decideStrong(scoreFurniture, "the heading of a list of other items on offer")
			}
			for k := i; k < end; k++ {
				lines[k].decideStrong(scoreFurniture, "other items on offer: rows of items between middle dots, a price among them")
				lines[k].offer = true
			}
		}
		i = max(i, end-1)
	}
}

// offerAt is how many lines the item on offer at line i takes: one, a row with its
// price (offerRow), or two, a row of items between middle dots over its price alone
// ("Kia Niro 1.6 HEV · 2019 · 92.100 km", "16.800 €"); else 0.
func offerAt(lines []line, i int) int {
	switch {
	case i >= len(lines):
		return 0
	case offerRow(lines[i]):
		return 1
	case i+1 < len(lines) && !lines[i].empty && !lines[i].f.prose() && strings.Contains(lines[i].text, " · ") && priceAlone(lines[i+1].text):
		return 2
	}
	return 0
}

// maxPriceFields is the most fields of a price alone on its line ("9 800 ₽").
const maxPriceFields = 3

// priceAlone tells whether text is an amount with its currency and little else.
func priceAlone(text string) bool {
	return rowPrice.MatchString(text) && len(strings.Fields(text)) <= maxPriceFields
}

// ratingRow is a row of readers' ratings counted by stars, alone on its line: "5
// ★★★★★", "3 ★★★ 498", "2 ⭐⭐ 4%", or by a bar ("4 ███").
var ratingRow = regexp.MustCompile(`^[1-5]\s?([★☆⭐]{1,5}|[▏▎▍▌▋▊▉█]+)(\s*\d[\d\s.,]*%?)?$`)

// widget is a control of the page alone on its line: empty stars to rate with
// ("☆☆☆☆☆"), a stepper of servings ("− 6 +", "Personen: − 4 +").
var widget = regexp.MustCompile(`^(☆{3,}|(\pL[\pL ]{0,24}:\s*)?[−-]\s*\d+\s*\+)$`)

// reactionMarks are the marks of readers' reactions and votes a page counts beside them.
const reactionMarks = "▲▼♡♥❤👍👎💬"

// maxReactionWords is the most words beside a reactions' counts: a button or two.
const maxReactionWords = 2

// signedCount is a post's score of votes alone on its line: "+34", "−2".
var signedCount = regexp.MustCompile(`^[+−-]\d{1,6}$`)

// reactionCounts tells whether a line counts readers' reactions or votes, with at most a
// button or two beside them ("▲ 48 ▼", "👍 12 | Citovat", "♡ 312 · 💬 27 · Bagikan"):
// a reaction's mark and a figure, few words, no sentence; or a post's score alone.
func reactionCounts(text string, words int) bool {
	return words <= maxReactionWords && strings.ContainsAny(text, reactionMarks) && strings.ContainsFunc(text, unicode.IsDigit) && !strings.ContainsAny(text, ".!?") ||
		signedCount.MatchString(strings.TrimSpace(text))
}

// tickerSeparator parts the games of a line of live scores.
var tickerSeparator = regexp.MustCompile(`\s[·|▸•]\s`)

// tickerScore is a game's score, "1:2", "1-0", "1 x 0"; tickerStatus a note in brackets
// at a game's end ("(61.)", "(52')", "(intervalo)"), not its half-time score ("(1:0)").
var (
	tickerScore  = regexp.MustCompile(`\d\s?[-–:x]\s?\d`)
	tickerStatus = regexp.MustCompile(`\(([^()]*)\)$`)
)

// liveScores tells whether text is a ticker of other games' scores: two or more games,
// each with its score, between separators, one at least with its minute or its state in
// brackets ("LIVE: Vrbno – Kostelec 0:0 (34.) | Strakov – Mlýnice 3:0 (konec)").
func liveScores(text string) bool {
	scored, live := 0, 0
	for _, game := range tickerSeparator.Split(text, -1) {
		if !tickerScore.MatchString(game) {
			continue
		}
		scored++
		if m := tickerStatus.FindStringSubmatch(strings.TrimSpace(game)); m != nil && !tickerScore.MatchString(m[1]) {
			live++
		}
	}
	return scored >= 2 && live > 0
}

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
// — Natalia"), or a name and a date before it ("Sara K. · March 2024 · ★★★★★"); not a
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
	return words >= minReviewWords || words > 0 && dated(after) || phraseWords(lang.Words(before)) > 1 && dated(before) // its date
}

// ratingRow is a row of readers' ratings counted by stars, alone on its line: "5
// ★★★★★", "3 ★★★ 498", "2 ⭐⭐ 4%".
var ratingRow = regexp.MustCompile(`^[1-5]\s?[★☆⭐]{1,5}(\s*\d[\d\s.,]*%?)?$`)

// widget is a control of the page alone on its line: empty stars to rate with
// ("☆☆☆☆☆"), a stepper of servings ("− 6 +", "Personen: − 4 +").
var widget = regexp.MustCompile(`^(☆{3,}|(\pL[\pL ]{0,24}:\s*)?[−-]\s*\d+\s*\+)$`)

// reactionMarks are the marks of readers' reactions and votes a page counts beside them.
const reactionMarks = "▲▼♡♥❤👍👎💬"

// maxReactionWords is the most words beside a reactions' counts: a button or two.
const maxReactionWords = 2

// reactionCounts tells whether a line counts readers' reactions or votes, with at most a
// button or two beside them ("▲ 48 ▼", "👍 12 | Citovat", "♡ 312 · 💬 27 · Bagikan"):
// a reaction's mark and a figure, few words, no sentence.
func reactionCounts(text string, words int) bool {
	return words <= maxReactionWords && strings.ContainsAny(text, reactionMarks) && strings.ContainsFunc(text, unicode.IsDigit) && !strings.ContainsAny(text, ".!?")
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

package boiler

import "strings"

// Calls to action in blocks of their own in a crawled page: a call's other line, an
// appeal between the site's blocks.

// maxPairedCallWords is the most words of a line that a call to action's other lines
// make boilerplate in a block of their own.
const maxPairedCallWords = 25

// markCallBlocks makes boilerplate, in a crawled page, of the one line left in a block
// of lines of their own whose other lines are boilerplate, one of them decided by the
// wording lists: a call to action's other half in the outlet's own words ("Spotted an
// error? Tell us." over "Select the text and press Ctrl+Enter", "JOIN US ON WHATSAPP"
// over "Tap here for the day's news"), a newsletter's promise between its heading and
// its button. Not a numbered sentence, a step above its photo's caption ("4. Mix the
// ricotta …" over "Photo 4: the filling"), nor lines that tell the page's story
// (tellsStory): a photo story's captions, each over its credit.
func markCallBlocks(lines []line) {
	if !crawledPage(lines) {
		return
	}
	var others []int
	for _, b := range blocksOf(lines)[1:] {
		if left := oneLeft(lines[b[0] : b[1]+1]); left >= 0 && !stepCaption(lines[b[0]+left]) {
			others = append(others, b[0]+left)
		}
	}
	if tellsStory(lines, others) {
		return
	}
	for _, i := range others {
		if lines[i].f.phraseWords <= maxPairedCallWords {
			lines[i].decideStrong(scoreWording, "a call to action's other line, in a block of its own with it; "+lines[i].reason)
		}
	}
}

// oneLeft is the index of the one line of a block that is not boilerplate when the
// others are, one of them worded or a call to follow; else -1 (markCallBlocks decides
// only the lines short enough for a call to action, and counts them all to tell a
// photo story). A reply button calls for nothing: the prose above it is a
// post's (a forum's first post going on), its author's line the site's.
func oneLeft(block []line) int {
	left, worded, replied := -1, false, false
	for i, l := range block {
		switch {
		case l.class == bad:
			worded = worded || l.worded && !l.reply || l.calls
			replied = replied || l.reply
		case left >= 0:
			return -1
		default:
			left = i
		}
	}
	if left < 0 || len(block) < 2 || block[left].strong || block[left].titled {
		return -1
	}
	if !worded && !(replied && !block[left].f.prose()) {
		return -1
	}
	return left
}

// Limits of an appeal's block: its heading, its promise and its button.
const (
	maxAppealHeadingWords = 6
	minAppealWords        = 6
	maxAppealWords        = 30
	maxButtonWords        = 3
)

// markAppealBlocks makes boilerplate, in a crawled page, of a block of an appeal
// between blocks of the site's lines (or the page's end): a line of its promise under
// a short heading or none, over a button of a few words without punctuation ("Support
// local journalism", "Subscribe for 2.99 a month and read without ads.", "Subscribe
// now"), in whatever language; or a call to action alone (callAlone).
func markAppealBlocks(lines []line) {
	if !crawledPage(lines) {
		return
	}
	for _, b := range blocksOf(lines)[1:] {
		start, end := b[0], b[1]
		block := lines[start : end+1]
		between := siteBlockAt(lines, prevLine(lines, start)) && (end+1 == len(lines) || siteBlockAt(lines, nextLine(lines, end, anyLine)))
		if (appealBlock(block, maxButtonWords) || callAlone(block)) && between || wordedAppeal(block) {
			for i := start; i <= end; i++ {
				lines[i].decideStrong(scoreWording, "an appeal's block between the site's: "+lines[i].reason)
			}
		}
	}
}

// appealBlock tells whether a block is an appeal's: a promise, a sentence, over a
// button, perhaps under a heading (not a price list's item over its price, "วัคซีนรวมแมว"
// over "500 บาท").
func appealBlock(block []line, buttonWords int) bool {
	n := len(block)
	if n < 2 || n > 3 || n == 3 && (block[0].f.words > maxAppealHeadingWords || block[0].f.closes || block[0].f.colon) {
		return false
	}
	promise, button := block[n-2], block[n-1]
	return promise.f.closes && promise.f.words >= minAppealWords && promise.f.words <= maxAppealWords &&
		button.f.words <= buttonWords && !button.f.closes && !strings.ContainsAny(button.text, ",:،")
}

// maxHeadedButtonWords is the most words of an appeal's button under a heading that
// the wording lists decide.
const maxHeadedButtonWords = 5

// wordedAppeal tells whether a block is an appeal under a heading that the wording
// lists decide ("Calcula tu hipoteca" over its promise and "Solicitar estudio de
// financiación"), wherever it stands; not a photo's number over its caption and its
// credit ("2 / 10", "Foto di …").
func wordedAppeal(block []line) bool {
	return len(block) == 3 && block[0].worded && block[0].class == bad && hasLetter(block[0].norm) && !block[2].credited &&
		appealBlock(block, maxHeadedButtonWords)
}

// callAlone tells whether a block is a call to action alone: one line of at most
// maxPrefixWords words that wording opens ("Suscríbete y recibe una receta nueva cada
// semana.").
func callAlone(block []line) bool {
	return len(block) == 1 && !block[0].strong && block[0].f.words <= maxPrefixWords && opensCall(block[0].norm)
}

// siteBlockAt tells whether the block that line i is in holds only boilerplate; not
// when i is -1.
func siteBlockAt(lines []line, i int) bool {
	if i < 0 {
		return false
	}
	start := i
	for start > 0 && !lines[start-1].empty {
		start--
	}
	for j := start; j <= blockEnd(lines, i); j++ {
		if lines[j].class != bad {
			return false
		}
	}
	return true
}

package boiler

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"spantag/lang"
)

// nameFollows tells whether the word after the phrase, in the line as written, past
// separators ("Redacción · Villatormes") and opening quotes ("Фото: «Новости города»"),
// starts with a capital: "By Alice Moreno" is a byline, "By the numbers" a subheading,
// "Por que o porto cresce" a question. In a script without capitals ("بقلم سامي الخوري")
// any word may be a name.
func (p phrase) nameFollows(text string) bool {
	text = strings.TrimLeftFunc(text, isSeparator)
	if last, _ := utf8.DecodeLastRuneInString(p.text); lang.LettersPerWord(last) > 0 && strings.HasPrefix(text, p.text) {
		// no space ends the phrase's word ("撮影・北原梢"): the name is what follows it
		name := strings.TrimLeftFunc(text[len(p.text):], func(r rune) bool { return isSeparator(r) || r == '・' || r == ':' })
		return startsName(name)
	}
	fields := strings.Fields(text)
	after := len(strings.Fields(p.text))
	for after < len(fields) && strings.TrimFunc(fields[after], isSeparator) == "" {
		after++
	}
	if after >= len(fields) {
		return false
	}
	name := strings.TrimLeft(fields[after], openingQuotes) // a paper's name: "Photo: «Gazeta»"
	return startsName(name)
}

// openingQuotes are the marks that open a quoted name.
const openingQuotes = "«„“‘‹\"'"

// credits tells whether the line ends with a credit that starts with the phrase: its
// last part, after its last sentence or in brackets at its end, of at most
// maxCreditWords words and no sentence of its own, names someone ("… on Saturday.
// Photo Karl Steiner", "(Crédit photo Maxime Gallet)", "Picture by the author"); a
// credit's initials may end it ("Photo La Voix / N. F.").
func (p phrase) credits(text string) bool { return p.creditIn(creditTails(text)) }

// creditedCaption tells whether a line of at most maxCaptionWords words ends with a
// caption's credit (a phrase of kind '$'), whichever phrase decided it.
func creditedCaption(text string, words int) bool {
	if words > maxCaptionWords {
		return false
	}
	ix, tails := wording(), creditTails(text)
	return slices.ContainsFunc(ix.credits, func(i int) bool { return ix.all[i].creditIn(tails) })
}

// creditIn tells whether one of a line's tails (creditTails) is a credit that starts
// with the phrase: it names someone, or the phrase ends in "by" or "of" (or their
// like: "Cortesía de la artista").
func (p phrase) creditIn(tails []creditTail) bool {
	space := strings.LastIndexByte(p.text, ' ') // the text is normalised: spaces single, none at its ends
	of := space >= 0 && creditOf[p.text[space+1:]]
	for _, t := range tails {
		if p.starts(t.norm) && (of && !t.stopped || p.nameFollows(t.text)) {
			return true
		}
	}
	return false
}

// creditOf are the words that end a credit's phrase before whom it credits, named or
// not ("Picture by the author", "Cortesía de la artista", "Foto cedida por un lector"),
// in the corpus's languages.
var creditOf = map[string]bool{"by": true, "of": true, "de": true, "di": true, "von": true, "por": true}

// maxStoppedCreditWords is the most words of a credit written as a sentence.
const maxStoppedCreditWords = 4

// creditTail is a line's last part that may be a credit, as written and normalised.
type creditTail struct {
	text, norm string
	stopped    bool // a sentence of its own after the caption's: it must name someone
}

// creditTails are the last parts of a line that may be a credit: after its last full
// stop or opening bracket, and, when an initial's full stop cut it short, after the
// ones before, while they have at most maxCreditWords words and do not end a sentence;
// or a last sentence of at most maxStoppedCreditWords words after the caption's
// ("… isn't blurred. Photo by Ruth.").
// A line's tails are found once for all the credit phrases.
func creditTails(text string) []creditTail {
	line := strings.TrimSpace(text)
	var tails []creditTail
	for end := len(line); ; {
		at, from := tailStart(line[:end])
		tail := line[from:]
		if countWords(tail) > maxCreditWords {
			return tails
		}
		trimmed := strings.TrimRight(tail, ")]")
		last, _ := utf8.DecodeLastRuneInString(trimmed)
		if !strings.ContainsRune(".!?:", last) || endsWithInitial(trimmed) {
			tails = append(tails, creditTail{tail, normalise(tail), false})
		} else if last == '.' && at >= 0 && countWords(tail) <= maxStoppedCreditWords {
			tails = append(tails, creditTail{tail, normalise(tail), true})
		}
		if at < 0 {
			return tails
		}
		end = at
	}
}

// tailStart is where s's last part starts (from), after its last full stop or opening
// bracket (at; -1 and 0 if none): one after a space, or, in a script without spaces,
// after a letter ("客席＝9日、本町（撮影・北原梢）").
func tailStart(s string) (at, from int) {
	at = max(strings.LastIndex(s, ". "), strings.LastIndex(s, " ("))
	if i := strings.LastIndexByte(s, '('); i > at+1 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); lang.LettersPerWord(r) > 0 {
			return i, i + 1
		}
	}
	if at < 0 {
		return -1, 0
	}
	return at, at + 2
}

// countWords is len(strings.Fields(s)), without making the fields.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// endsWithInitial tells whether s ends with an initial and its full stop ("N. F.").
func endsWithInitial(s string) bool {
	fields := strings.Fields(s)
	if len(fields) == 0 {
		return false
	}
	last := []rune(fields[len(fields)-1])
	return len(last) == 2 && unicode.IsUpper(last[0]) && last[1] == '.'
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '#'
}

// creditCapitals is the least share of capitalised words of a credit alone on its line:
// names ("Photo: Marcus Oyelowo/The Sentinel"), not a caption with its credit first
// ("Leserfoto: Zuschauer an der Schwanenbrücke").
const creditCapitals = 0.75

// markCaptionsAboveCredits makes boilerplate of a line of prose that the page's
// boilerplate stands right above and a credit alone on its line (at most maxCreditWords
// words, creditCapitals of them capitalised) right below: a picture's caption, between
// the picture's buttons and its photographer ("Share on X", the caption, "Photo: Marcus
// Oyelowo/The Sentinel"). A credit under the body's prose credits the picture below it,
// or one without a caption. Captions that tell the page's story (tellsStory), a photo
// story's, stay the text's.
func markCaptionsAboveCredits(lines []line) {
	var captions, credits []int
	for i := range lines {
		prev, next := prevLine(lines, i), nextLine(lines, i, anyLine)
		if prev < 0 || next < 0 || !lines[i].f.prose() || lines[i].class == bad || lines[prev].class != bad {
			continue
		}
		after := nextLine(lines, next, anyLine)
		if credit := lines[next]; credit.credited && credit.f.words <= maxCreditWords && credit.f.capitals >= creditCapitals && after >= 0 && lines[after].f.prose() && lines[after].class != bad {
			captions, credits = append(captions, i), append(credits, next)
		}
	}
	if tellsStory(lines, captions) {
		return
	}
	for k, i := range captions {
		lines[i].decideStrong(scoreFurniture, fmt.Sprintf("a caption: between boilerplate and its credit (line %d)", credits[k]+1))
	}
}

// markGalleryCaptions makes boilerplate of a gallery's counters alone on their lines
// ("Bild 2 von 9", "3/8", "4 di 10", two or more of one gallery's), and of the caption
// right under each photo's number ("Photo 2 of 6", then "Bernadette Kearns replaces the
// zip …"), of at most maxCaptionWords words, that nothing else decides; unless the
// captions tell the page's story, more of its words than its other prose (a photo
// story: the harbour's day told photo by photo).
func markGalleryCaptions(lines []line) {
	numbers := galleryNumbers(lines)
	var captions []int
	for _, i := range numbers {
		lines[i].decideStrong(scoreFurniture, "a gallery's counter: the photo's number of the gallery's")
		if c := i + 1; c < len(lines) && !lines[c].empty && !lines[c].strong && lines[c].f.words <= maxCaptionWords && !galleryPhoto.MatchString(strings.TrimSpace(lines[c].text)) {
			captions = append(captions, c)
		}
	}
	if tellsStory(lines, captions) {
		return
	}
	for _, c := range captions {
		lines[c].decideStrong(scoreFurniture, "a gallery photo's caption, under its number; "+lines[c].reason)
	}
}

// galleryNumbers are the lines that give a gallery photo's number alone: with its word
// ("Photo 2 of 6"), or bare when two or more count up to one total down the page ("1/8",
// "3/8"; not the marks "9/10", "5/10" of a list's items).
func galleryNumbers(lines []line) []int {
	var numbers []int
	bare := map[string][]int{}
	counted := map[string][]int{}
	for i, l := range lines {
		text := strings.TrimSpace(l.text)
		if galleryPhoto.FindString(text) == text && text != "" {
			numbers = append(numbers, i)
		} else if m := galleryCount.FindStringSubmatch(text); m != nil {
			n, _ := strconv.Atoi(m[1])
			bare[m[2]], counted[m[2]] = append(bare[m[2]], i), append(counted[m[2]], n)
		}
	}
	for total, at := range bare {
		if len(at) >= minGalleryCounters && countsUp(counted[total]) {
			numbers = append(numbers, at...)
		}
	}
	slices.Sort(numbers)
	return numbers
}

// countsUp tells whether each number is more than the one before it (a crawl keeps
// some of a gallery's photos: "1 / 12", "4 / 12", "8 / 12").
func countsUp(ns []int) bool {
	for i := 1; i < len(ns); i++ {
		if ns[i] <= ns[i-1] {
			return false
		}
	}
	return true
}

// minGalleryCounters is the fewest bare counters of one gallery that make them its.
const minGalleryCounters = 2

// galleryCount is a photo's bare number of the gallery's: "3/8", "4 di 10", "2 of 9".
var galleryCount = regexp.MustCompile(`(?i)^(\d+)\s?(?:of|de|von|di|van|z|из|от|av|af|/)\s?(\d+)$`)

// tellsStory tells whether the captions hold more words than the page's other prose
// the rules keep.
func tellsStory(lines []line, captions []int) bool {
	if len(captions) == 0 {
		return false
	}
	caption := make([]bool, len(lines))
	for _, c := range captions {
		caption[c] = true
	}
	told, other := 0, 0
	for i, l := range lines {
		switch {
		case caption[i]:
			told += l.f.words
		case l.class == good && l.f.prose():
			other += l.f.words
		}
	}
	return told > other
}

// A photo's caption may end with the month and year it was taken, after a comma
// ("Elena Rusu in her vineyard near Orhei, June 2025."), a line of at most
// maxDatedCaptionWords words.
const maxDatedCaptionWords = 16

var monthYearEnd = regexp.MustCompile(`,\s+(\p{L}+)\.?\s+\d{4}\.?$`)

// datedCaption tells whether text is such a caption: one sentence that ends so.
func datedCaption(text string) bool {
	text = strings.TrimSpace(text)
	m := monthYearEnd.FindStringSubmatch(text)
	return m != nil && lang.IsMonth(m[1]) && !strings.ContainsAny(strings.TrimSuffix(text, "."), ".!?")
}

// A caption's credit under a label in any language ends a line after a sentence of at
// least minCaptionSentenceWords words, and has at most maxLabelledCreditWords words.
const (
	minCaptionSentenceWords = 3
	maxLabelledCreditWords  = 5
)

// sentenceEnd is a sentence's closing mark (Latin, Devanagari's and Gurmukhi's danda)
// and the space after it, perhaps past closing quotes or brackets.
var sentenceEnd = regexp.MustCompile(`[.!?।]["'”’»)\]]*\s+`)

// labelledCredit tells whether a line ends, after a sentence with no colon in it, with
// a credit under a label of one word and a colon, perhaps in brackets, whatever its
// language: its words start with a letter not in lower case, mostly capitals, and hold
// no sentence nor another colon; and it parts two names with a slash, or its label has
// no small letter, in capitals or in a script without them ("… the defence. Llun: Y
// Sgrym / Elin Haf", "… e Bukasa. EKIFAANANYI: Ensimbi Leero", "…। ਤਸਵੀਰ: ਪਰਿਵਾਰ
// ਵੱਲੋਂ"; not "… under £30. Difficulty: moderate", "… until golden. Tip: Use
// cold butter", nor a film's "Drama. 108 min. Dirección: Ainhoa Echarri"). (Any
// label over a credit without a slash lowered a held-out set.)
func labelledCredit(text string) bool {
	if !strings.Contains(text, ":") {
		return false
	}
	ends := sentenceEnd.FindAllStringIndex(text, -1)
	if len(ends) == 0 {
		return false
	}
	last := ends[len(ends)-1]
	before, after := text[:last[0]], text[last[1]:]
	if len(ends) > 1 {
		before = text[ends[len(ends)-2][1]:last[0]]
	}
	label, credit, ok := strings.Cut(strings.TrimSuffix(strings.TrimPrefix(after, "("), ")"), ":")
	credit = strings.TrimSpace(credit)
	first, _ := utf8.DecodeRuneInString(label)
	initial, _ := utf8.DecodeRuneInString(credit)
	return ok && !strings.Contains(text[:last[0]], ":") && countWords(before) >= minCaptionSentenceWords &&
		unicode.IsLetter(first) && !strings.ContainsFunc(label, unicode.IsSpace) &&
		unicode.IsLetter(initial) && !unicode.IsLower(initial) && countWords(credit) <= maxLabelledCreditWords &&
		!strings.ContainsAny(credit, ".!?।:") && mostlyCapitalised(credit) && (strings.Contains(credit, "/") || !unicode.IsUpper(first) || label == strings.ToUpper(label))
}

// mostlyCapitalised tells whether most of the words of s that start with a letter of a
// script with capitals start with a capital, as names do ("Y Sgrym / Elin Haf"; not
// "Use cold butter"), or none start with such a letter.
func mostlyCapitalised(s string) bool {
	upper, lower := 0, 0
	for _, w := range strings.Fields(s) {
		switch r, _ := utf8.DecodeRuneInString(w); {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return upper >= lower
}

// photoMarks point at a photo from its caption: up at it, or a camera.
const photoMarks = "▲△📷📸"

// pointsAtPhoto tells whether text starts with one of photoMarks and then words ("▲
// The harbour at dawn", "📸 Azulejos originais"), not a count ("▲ 48 ▼"), in one
// sentence at most: a photo's caption, not a notice on the photos ("📷 Our own photos.
// Do not copy").
func pointsAtPhoto(text string) bool {
	text = strings.TrimSpace(text)
	r, size := utf8.DecodeRuneInString(text)
	rest := strings.TrimLeftFunc(text[size:], func(r rune) bool { return unicode.IsSpace(r) || r == '\ufe0f' })
	first, _ := utf8.DecodeRuneInString(rest)
	return strings.ContainsRune(photoMarks, r) && unicode.IsLetter(first) && !sentenceInside.MatchString(rest)
}

// sentenceInside is a sentence's end with more text after it (not a figure's point: "사진 1. …").
var sentenceInside = regexp.MustCompile(`\D[.!?。！？]\s*\S`)

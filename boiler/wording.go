package boiler

import (
	"embed"
	"fmt"
	"path"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"spantag/lang"
)

//go:embed data/wording/*.txt
var wordingFS embed.FS

// Word limits of the lines that wording at their start, or anywhere in them, decides.
const (
	maxPrefixWords   = 12
	maxContainsWords = 25
	maxCaptionWords  = 60
	maxCreditWords   = 8
	// maxTeaserWords is the most words of a teaser after its label ("Read also: …"):
	// a headline and its summary.
	maxTeaserWords = 60
	// maxCallPhraseWords is the most words of a call to action that wording at its start
	// decides ("Gostou desta entrevista? Toda sexta-feira …"): a notice of a few sentences.
	maxCallPhraseWords = 40
)

// phrase is one entry of a wording file.
type phrase struct {
	text string // normalised
	kind byte   // '=' whole line, '>' a reply button (whole line), '<' a buy button (whole line), '^' start of the line, '~' a byline, '@' a box's heading, '&' a list's heading, '!' start of any line, '*' anywhere, '%' anywhere in a line of any length, '$' a caption's credit at its end, '+' the heading of the article's summary, ':' the heading of the article's own list (whole line), '?' a poll's button (whole line), '/' an affiliate's deal (start of the line), '|' the heading of the page's contents (whole line)
	lang string // the file it came from
	then string // the separator the entry ends with ("ホーム >"), which the line must go on with
}

// ago tells whether p is a time ago ("*# hours ago", "*vor # stunden"): a phrase found
// anywhere with a number that words follow (not a copyright's year, "(c) #").
func (p phrase) ago() bool {
	return p.kind == '*' && strings.Contains(p.text, "#") && !strings.HasSuffix(p.text, "#")
}

var wording = sync.OnceValue(func() *wordingIndex {
	phrases, err := loadWording()
	if err != nil {
		panic(err) // the embedded files are checked by the tests
	}
	return indexWording(phrases)
})

// wordingIndex finds the phrases that may decide a line without trying them
// all: whole-line phrases by their text, phrases at a line's start by their
// first word (firstWord), phrases found anywhere by their first two bytes
// (bytePair), which the line must hold, and credits in order. Each list holds
// indices into all, ascending, so the first phrase of the files still wins.
type wordingIndex struct {
	all      []phrase
	whole    map[string][]int
	leading  map[string][]int
	anywhere map[uint16][]int    // the phrases of kinds '*' and '%', by bytePair
	credits  []int               // the phrases of kind '$'
	langs    map[phrase][]string // the lists that hold each phrase (lang left out of the key)
}

// bytePair is the two bytes of s from byte i.
func bytePair(s string, i int) uint16 { return uint16(s[i])<<8 | uint16(s[i+1]) }

func indexWording(phrases []phrase) *wordingIndex {
	ix := &wordingIndex{all: phrases, whole: map[string][]int{}, leading: map[string][]int{}, anywhere: map[uint16][]int{}, langs: map[phrase][]string{}}
	for i, p := range phrases {
		key := phrase{text: p.text, kind: p.kind}
		ix.langs[key] = append(ix.langs[key], p.lang)
		switch p.kind {
		case '=', '>', '<', '?', ':', '|':
			ix.whole[p.text] = append(ix.whole[p.text], i)
		case '*', '%':
			k := bytePair(p.text, 0) // parseWording refuses a shorter one
			ix.anywhere[k] = append(ix.anywhere[k], i)
		case '$':
			ix.credits = append(ix.credits, i)
		default:
			k := leadingKey(p.text)
			ix.leading[k] = append(ix.leading[k], i)
		}
	}
	return ix
}

// leadingKey is what a phrase that starts a line at a word's end (phrase.starts) has
// in common with the line: its first word, or, in a script without spaces, where any
// letter may end one, its first letter.
func leadingKey(s string) string {
	if r, size := utf8.DecodeRuneInString(s); lang.LettersPerWord(r) > 0 {
		return s[:size]
	}
	return firstWord(s)
}

// firstWord is s's leading run of word runes, or its first rune if that is
// not one.
func firstWord(s string) string {
	end := strings.IndexFunc(s, func(r rune) bool { return !isWordRune(r) })
	if end == 0 {
		_, end = utf8.DecodeRuneInString(s)
	}
	if end < 0 {
		return s
	}
	return s[:end]
}

// loadWording reads every data/wording/LANG.txt.
func loadWording() ([]phrase, error) {
	files, err := wordingFS.ReadDir("data/wording")
	if err != nil {
		return nil, err
	}
	var all []phrase
	for _, f := range files {
		data, err := wordingFS.ReadFile(path.Join("data/wording", f.Name()))
		if err != nil {
			return nil, err
		}
		phrases, err := parseWording(strings.TrimSuffix(f.Name(), ".txt"), string(data))
		if err != nil {
			return nil, fmt.Errorf("data/wording/%s: %w", f.Name(), err)
		}
		all = append(all, phrases...)
	}
	return all, nil
}

// parseWording reads one wording file; see data/wording/README.md.
func parseWording(lang, data string) ([]phrase, error) {
	var phrases []phrase
	for i, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		if line[0] == '^' {
			return nil, fmt.Errorf("line %d: %q: a phrase at a line's start has no mark before it", i+1, line)
		}
		p := phrase{kind: '^', lang: lang}
		if strings.IndexByte("=><*!~@&%$+?:/|}", line[0]) >= 0 {
			p.kind, line = line[0], line[1:]
		}
		p.text = normalise(line)
		raw := readable(line)
		p.then = strings.TrimSpace(raw[len(strings.TrimRightFunc(raw, endingSeparator)):])
		if p.text == "" {
			return nil, fmt.Errorf("line %d: %q is empty once normalised", i+1, line)
		}
		if (p.kind == '*' || p.kind == '%') && len(p.text) < 2 {
			return nil, fmt.Errorf("line %d: %q: a phrase found anywhere needs two bytes or more (one ASCII character is too little to look for)", i+1, line)
		}
		phrases = append(phrases, p)
	}
	return phrases, nil
}

// matchWording returns the first phrase that decides a line, given its text, its
// normalised form, its word count and whether it reads as prose (wording at its start
// does not decide prose: "By the end of the year, …").
func matchWording(text, norm string, words int, prose bool) (phrase, bool) {
	ix := wording()
	first := len(ix.all)
	var tails []creditTail // found once, for the first credit phrase
	tailsFound := false
	lists := [][]int{ix.whole[norm], ix.whole[withoutColon(norm)], ix.leading[leadingKey(norm)], ix.credits, ix.containedIn(norm)}
	for _, button := range buttonBar(norm) {
		lists = append(lists, ix.whole[button])
	}
	for _, list := range lists {
		for _, i := range list {
			if i >= first {
				break
			}
			p := ix.all[i]
			if p.kind == '$' {
				if words > maxCaptionWords {
					continue
				}
				if !tailsFound {
					tails, tailsFound = creditTails(text), true
				}
				if p.creditIn(tails) {
					first = i
					break
				}
				continue
			}
			if p.matches(text, norm, words, prose) {
				first = i
				break
			}
		}
	}
	if first == len(ix.all) {
		return phrase{}, false
	}
	return ix.all[first], true
}

// opensCall tells whether norm opens with a phrase that starts a call to action at a
// line's start, or with a one-word button ("Suscríbete …", "Tilaa …"), whatever follows
// it, a sentence's end too.
func opensCall(norm string) bool {
	ix := wording()
	opens := func(i int) bool { return ix.all[i].kind == '^' && ix.all[i].starts(norm) }
	return slices.ContainsFunc(ix.leading[leadingKey(norm)], opens) || wholeLineButton(firstWord(norm))
}

// wholeLineButton tells whether the wording lists give norm as a whole line ("Tilaa",
// "Previous", "ถัดไป").
func wholeLineButton(norm string) bool {
	ix := wording()
	return slices.ContainsFunc(ix.whole[norm], func(i int) bool { return ix.all[i].kind == '=' })
}

// containedIn is the phrases of kinds '*' and '%' whose first two bytes norm holds
// somewhere, ascending: the only ones it may contain.
func (ix *wordingIndex) containedIn(norm string) []int {
	var found []int
	for i := 0; i+1 < len(norm); i++ {
		found = append(found, ix.anywhere[bytePair(norm, i)]...)
	}
	slices.Sort(found)
	return slices.Compact(found)
}

// inLanguage is p as the list of language has it, if that list has it too: the
// decision is the same, and the reason names the document's own list ("sport" is in
// the Czech list, which comes first, and in the English one).
func (p phrase) inLanguage(language string) phrase {
	if slices.Contains(wording().langs[phrase{text: p.text, kind: p.kind}], language) {
		p.lang = language
	}
	return p
}

// alone is p as a list's heading when the line is the phrase alone and the lists
// have it as one too: "Leia também: a headline" is a link, "Leia também" alone heads
// the links below it.
func (p phrase) alone(norm string) phrase {
	if p.kind == '!' && withoutColon(norm) == p.text && len(wording().langs[phrase{text: p.text, kind: '&'}]) > 0 {
		p.kind = '&'
	}
	return p
}

func (p phrase) matches(text, norm string, words int, prose bool) bool {
	switch p.kind {
	case '=', ':', '|':
		return norm == p.text || withoutColon(norm) == p.text
	case '>', '<':
		return norm == p.text || slices.Contains(buttonBar(norm), p.text)
	case '?':
		return norm == p.text
	case '*':
		return words <= maxContainsWords && p.within(norm)
	case '%':
		return strings.Contains(norm, p.text)
	case '!':
		if p.labels(norm) { // a teaser after its label: "Leia também: a headline. Its summary …"
			return words <= maxTeaserWords
		}
		return words <= maxCallPhraseWords && p.starts(norm) && !reported.MatchString(norm)
	case '~':
		return words <= maxPrefixWords && !prose && p.starts(norm) && p.nameFollows(text)
	case '$':
		return words <= maxCaptionWords && p.credits(text)
	case '/': // a deal's button alone, or a price at a shop that a name follows ("$25 at the door" is none)
		return words <= maxPrefixWords && !prose && p.starts(norm) && (norm == p.text || p.nameFollows(text))
	case '}':
		if p.oneWord() && !strings.HasSuffix(p.text, ":") && !countOrLabel(strings.TrimPrefix(norm, p.text)) {
			return false // "Comments from residents", a subheading, not "Comments (4)" nor "Tagged: …"
		}
	case '&':
		if p.oneWord() && p.labels(norm) && strings.Contains(norm, "#") {
			return false // a table's row, "Otros: 8,7 % – 0 concejales"
		}
		if p.labels(norm) && !p.oneWord() { // "Read next: a headline. Its summary …"
			return words <= maxTeaserWords
		}
		if strings.HasPrefix(p.text, "#") || p.labels(norm) { // a count of comments, the article's title after it; "Read next: …"
			return words <= maxContainsWords && p.starts(norm)
		}
		if head, _, _ := strings.Cut(norm, ":"); p.oneWord() && (strings.HasSuffix(norm, ":") || words > maxListHeadingWords && len(strings.Fields(head)) > 2) {
			return false // "Otras cosas que hago:", "More rain expected as floods hit the valley", "Mehr Einsätze auf Wanderwegen: …", not "More roses: How to …"
		}
	}
	return words <= maxPrefixWords && !prose && p.starts(norm) && (strings.HasSuffix(p.text, ":") || p.labels(norm) || words < minSentenceWords || !endsSentence(norm))
}

// countOrLabel tells whether rest, what follows a heading's word, is nothing, a count
// ("(4)", "(1,204)") or a label's colon and its value.
func countOrLabel(rest string) bool {
	return strings.Trim(rest, " #()[],.") == "" || strings.HasPrefix(strings.TrimSpace(rest), ":")
}

// oneWord tells whether the phrase is a single word ("more", "mehr"), which starts
// headlines and subheadings too; in a script without spaces, as phraseWords counts
// ("ข่าวที่เกี่ยวข้อง", related news, is three).
func (p phrase) oneWord() bool {
	if strings.Contains(p.text, " ") {
		return false
	}
	words := 0.0
	for _, r := range p.text {
		words += letterShare(r)
	}
	return words <= 1
}

// minSentenceWords is the fewest words of a line that, ending with a full stop,
// is a sentence of the text ("More music, more sport and fewer exclusions."),
// not a heading or a button that starts as one does; a label and its colon
// start a note ("Source: …. Figures rounded.").
const minSentenceWords = 5

// endsSentence tells whether norm ends with a full stop, a closing quotation
// mark after it aside.
func endsSentence(norm string) bool {
	return strings.HasSuffix(strings.TrimRight(norm, "\"'”’»)"), ".")
}

// reported is a sentence that ends with who said it (", she added.", ", the mayor
// said."): the article quoting someone, not a call to its readers ("Read more about
// the scheme in the library foyer, she added.").
var reported = regexp.MustCompile(`, (she|he|they|[\pL'’-]+( [\pL'’-]+){0,3}) (said|says|added|adds|told [\pL ]+|explained|wrote)\.["”’]?$`)

// barButtons is the most buttons of a comment's bar ("Like (22) · Quote · Reply"): a
// line of more items is a menu.
const barButtons = 4

// buttonBar is the items of a line of buttons between separators, each of at most
// buttonWords words, or nil if the line is not one.
func buttonBar(norm string) []string {
	if !strings.ContainsAny(norm, "·|•") {
		return nil
	}
	items := strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune("·|•", r) })
	if len(items) < 2 || len(items) > barButtons {
		return nil
	}
	for i, item := range items {
		items[i] = strings.TrimSpace(item)
		if n := len(strings.Fields(item)); n == 0 || n > buttonWords {
			return nil
		}
	}
	return items
}

// endsWithButton tells whether a normalised line of items between separators ends with
// a button the wording lists give as a whole line, or a shop's buy button: a row of a
// shop's item or a cinema's showing with its button ("… · 4,90 € · skladom · do košíka",
// "… · zaal 1 · koop tickets").
func endsWithButton(norm string) bool {
	items := strings.FieldsFunc(norm, func(r rune) bool { return strings.ContainsRune("·|•", r) })
	if len(items) < 2 {
		return false
	}
	last := strings.TrimSpace(items[len(items)-1])
	ix := wording()
	return hasLetter(last) && slices.ContainsFunc(ix.whole[last], func(i int) bool { return strings.ContainsRune("=<", rune(ix.all[i].kind)) })
}

// withoutColon is a line without the colon at its end: a button's label is the same
// with one ("Share:", "Teilen :").
func withoutColon(norm string) string {
	return strings.TrimRight(strings.TrimSuffix(norm, ":"), " ")
}

// labels tells whether norm starts with the phrase and a colon: a list's heading
// with its links on its line ("You might also like: …").
func (p phrase) labels(norm string) bool {
	rest, ok := strings.CutPrefix(norm, p.text)
	return ok && strings.HasPrefix(strings.TrimLeft(rest, " "), ":")
}

// endingSeparator tells the separators an entry may end with, which the line must go
// on with after its phrase: arrows, bars, dots, dashes, an opening quote; not a
// bracket, which closes the phrase itself ("(Foto)").
func endingSeparator(r rune) bool {
	return unicode.IsSpace(r) || strings.ContainsRune("|•·–—-►▶›»«‹>", r)
}

// within tells whether norm holds the phrase, and then the separator the entry ends
// with, if any ("님 답변 ·"), or ends with the phrase (the separator trimmed).
func (p phrase) within(norm string) bool {
	if p.then == "" {
		return strings.Contains(norm, p.text)
	}
	return strings.Contains(norm, p.text+p.then) || strings.Contains(norm, p.text+" "+p.then) || strings.HasSuffix(norm, p.text)
}

// starts tells whether norm starts with the phrase, at the end of a word; in a script
// without spaces, where nothing marks a word's end, at any letter; and then with the
// separator the entry ends with, if any ("ホーム >" is no start of "ホーム画面の…").
func (p phrase) starts(norm string) bool {
	rest, ok := strings.CutPrefix(norm, p.text)
	if !ok || rest != "" && !strings.HasPrefix(strings.TrimLeft(rest, " "), p.then) {
		return false
	}
	// A mark belongs to the letter before it: a vowel sign ends a word's letters
	// ("ఫోటో", photo, is no word of "ఫోటోగ్రఫీ"), and the line's marks after the phrase's
	// last letter end its word ("اقرأ أيضا" in "اقرأ أيضاً:").
	next, _ := utf8.DecodeRuneInString(strings.TrimLeftFunc(rest, unicode.IsMark))
	last, _ := utf8.DecodeLastRuneInString(p.text)
	wordEnd := isWordRune(last) || unicode.IsMark(last)
	return len(norm) == len(p.text) || !wordEnd || !isWordRune(next) || lang.LettersPerWord(last) > 0
}

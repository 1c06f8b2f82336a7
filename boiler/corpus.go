package boiler

import (
	"strings"
	"sync"
)

// Corpus counts, for each normalised line and for each line's first sentence, in how
// many of the dataset's documents it appears. It keeps 64-bit hashes and counts, never the lines, and is fed one document
// at a time, so it follows a queue as it streams in: decisions asked for after more
// documents have arrived see the larger counts. A document fed twice (the same text)
// counts once. It is safe for concurrent use.
type Corpus struct {
	mu     sync.Mutex
	counts map[uint64]int32 // hash of a normalised line → documents holding it
	seen   map[uint64]bool  // hashes of the texts fed
}

// NewCorpus returns an empty corpus.
func NewCorpus() *Corpus {
	return &Corpus{counts: map[uint64]int32{}, seen: map[uint64]bool{}}
}

// Add counts the lines of one document's text.
func (c *Corpus) Add(text string) {
	keys := lineKeys(text)
	c.mu.Lock()
	defer c.mu.Unlock()
	doc := hashLine(text)
	if c.seen[doc] {
		return
	}
	c.seen[doc] = true
	for k := range keys {
		c.counts[k]++
	}
}

// Docs is how many distinct documents were fed.
func (c *Corpus) Docs() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return len(c.seen)
}

// count is how many documents hold a line, or a first sentence, with this key.
func (c *Corpus) count(key uint64) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return int(c.counts[key])
}

// lineKeys are the hashes of the distinct normalised lines of text that can show a
// template (those with a letter), of the first sentences of lines that go on after
// theirs (leadKey) and the last sentences of lines that have one before (tailKey), of
// fields' names (labelKey), and of the first lines with the line before them (pairKey).
func lineKeys(text string) map[uint64]bool {
	keys := map[uint64]bool{}
	prev, n := "", 0
	for line := range strings.SplitSeq(text, "\n") {
		line = readable(line) // as decide reads it
		norm := normalise(line)
		if !hasLetter(norm) {
			continue
		}
		keys[repeatKey(line, norm)] = true
		if lead, ok := leadKey(line, norm); ok {
			keys[lead] = true
		}
		if tail, ok := tailKey(norm); ok {
			keys[tail] = true
		}
		if label, ok := labelKey(line); ok {
			keys[label] = true
		}
		if n > 0 && n < headerLines {
			keys[pairKey(prev, norm)] = true
		}
		prev, n = norm, n+1
	}
	return keys
}

// headerLines is how many of a document's first lines with a letter are also counted
// with the line before them (pairKey): a site's name and its tagline follow each other
// on every page, where a headline that every page lists follows another line on each.
const headerLines = 8

// pairKey is the key a normalised line is counted under with the one before it.
func pairKey(prev, norm string) uint64 {
	const salt = 0x632be59bd9b4e019
	return hashLine(prev+"\n"+norm) ^ salt
}

// minLeadWords is the fewest words a line's first sentence needs to be counted apart.
const minLeadWords = 4

// leadKey is the key a normalised line's first sentence is counted under, if the line
// goes on after it and it has minLeadWords words: a site's appeal or notice often
// starts the same on every page and ends differently ("Quillwort is free to read and
// always will be. … this feature …"). The salt keeps it apart from a whole line's.
//
// A first sentence with figures is counted with its figures as written ("Heat the oven
// to 180C." opens many recipes' steps, with other temperatures), which a template's
// keeps from page to page ("Join 12,000 readers.").
func leadKey(line, norm string) (uint64, bool) {
	const salt = 0x9e3779b97f4a7c15
	lead, ok := firstSentence(norm)
	if !ok || strings.Count(lead, " ")+1 < minLeadWords {
		return 0, false
	}
	if strings.Contains(lead, "#") && !strings.HasSuffix(lead, "#.") { // not "Geschrieben am Sonntag, 17. August …"
		lead, _ = firstSentence(strings.Join(strings.Fields(strings.ToLower(line)), " "))
	}
	return hashLine(lead) ^ salt, true
}

// firstSentence is s up to its first sentence's closing mark, if a space follows it.
func firstSentence(s string) (string, bool) {
	for i := 0; i < len(s)-1; i++ {
		if c := s[i]; (c == '.' || c == '!' || c == '?') && s[i+1] == ' ' {
			return s[:i+1], true
		}
	}
	return "", false
}

// minTailWords is the fewest words a line's last sentence needs to be counted apart:
// more than a stock ending has ("But that is how it goes.").
const minTailWords = 8

// tailKey is the key a normalised line's last sentence is counted under, if another
// sentence comes before it and it has minTailWords words: an appeal whose first
// sentence names what the page is ("If you're enjoying this essay, consider
// subscribing. Underleaf has no advertisers …"). The salt keeps it apart from a whole
// line's and a first sentence's.
func tailKey(norm string) (uint64, bool) {
	const salt = 0x3c6ef372fe94f82b
	for i := len(norm) - 2; i > 0; i-- {
		if c := norm[i]; (c == '.' || c == '!' || c == '?') && norm[i+1] == ' ' {
			tail := norm[i+2:]
			return hashLine(tail) ^ salt, strings.Count(tail, " ")+1 >= minTailWords
		}
	}
	return 0, false
}

// labelKey is the key the name of a field is counted under, if the line is one
// ("Schwierigkeit: leicht" as "schwierigkeit:") or a table's row whose first cell a
// tab ends ("Bremsen\tScheibenbremsen" as "bremsen:"), with a salt of its own: a
// field whose line repeats while other documents give its name with another value is
// each document's own ("Schwierigkeit: mittel").
func labelKey(line string) (uint64, bool) {
	name, ok := fieldName(line)
	if !ok {
		return 0, false
	}
	const salt = 0x7f4a7c15f39cc060
	return hashLine(normalise(name)+":") ^ salt, true
}

// fieldName is the name of the field a line gives, before its colon or its tab.
func fieldName(line string) (string, bool) {
	if _, ok := fieldValue(line); ok {
		name, _, _ := cutField(line)
		return name, true
	}
	name, _, ok := strings.Cut(strings.TrimSpace(line), "\t")
	return name, ok && name != "" && len(strings.Fields(name)) <= maxFieldWords
}

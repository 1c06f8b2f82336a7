package boiler

import (
	"strings"
	"sync"
)

// Corpus counts, for each normalised line, in how many of the dataset's documents it
// appears. It keeps 64-bit hashes and counts, never the lines, and is fed one document
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

// count is how many documents hold a line with this normalised form.
func (c *Corpus) count(norm string) int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return int(c.counts[hashLine(norm)])
}

// lineKeys are the hashes of the distinct normalised lines of text that can show a
// template: those with a letter.
func lineKeys(text string) map[uint64]bool {
	keys := map[uint64]bool{}
	for line := range strings.SplitSeq(text, "\n") {
		if norm := normalise(line); hasLetter(norm) {
			keys[hashLine(norm)] = true
		}
	}
	return keys
}

package agree

import (
	"cmp"
	"crypto/sha256"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"spantag/annotations"
)

// The figures a Report holds, by the name its results give them.
const (
	SpanF1Exact   = "span_f1_exact"   // pairwise: F1 of spans with the same start, end and label
	SpanF1Overlap = "span_f1_overlap" // pairwise: F1 of spans with the same label and a token in common
	CohenKappa    = "cohen_kappa"     // pairwise, over tokens
	FleissKappa   = "fleiss_kappa"    // all annotators, over the tokens of documents every one has
	Alpha         = "krippendorff_alpha"
)

// pairFigures are the figures given for each pair of annotators, in order.
var pairFigures = []string{SpanF1Exact, SpanF1Overlap, CohenKappa, Alpha}

// Report is every agreement figure of a set of matched documents.
type Report struct {
	Annotators []string `json:"annotators"`
	Labels     []string `json:"labels"`
	Documents  int      `json:"documents"` // matched documents
	Compared   int      `json:"compared"`  // of which two annotators or more have a version
	// Results: first the figures of all annotators together (Fleiss' kappa,
	// then alpha), then each pair's; each figure of every label together
	// first, then of each label.
	Results        []Result         `json:"results"`
	Matrices       []Matrix         `json:"matrices"`
	ByDisagreement []DocumentResult `json:"documents_by_disagreement"`
	Alike          []Alike          `json:"alike"`
	SameID         []SameID         `json:"same_id"`
}

// Alike is two documents whose texts differ only in their spaces and line
// ends (one tool's export keeps "\r\n" or a trailing newline, another's
// not): matched by their exact text, they are two documents, and their
// versions are not compared with each other, which a reviewer should know.
type Alike struct {
	A     string `json:"a"` // the first met's ID
	B     string `json:"b"`
	Start string `json:"start"` // the text's first words
}

// SameID is two documents with one ID whose words differ (one annotator's
// file has the text changed: scraped again, or edited): matched by their
// exact text, they are two documents, and their versions are not compared
// with each other.
type SameID struct {
	ID string   `json:"id"`
	A  []string `json:"a"` // who has the first met's text
	B  []string `json:"b"` // who has the other
}

// Result is one figure, of one label or of all (Label ""), for one pair of
// annotators or all of them (A and B "").
type Result struct {
	Name      string
	Label     string
	A, B      string
	Documents int         // compared
	Tokens    int64       // compared, in each annotator's version
	Spans     *SpanCounts // for the span F1 figures
	Figure    Figure
}

// Matrix is one figure for every pair of annotators, Cells[i][j] being that
// of Annotators i and j (symmetric; the diagonal has no value), for a heatmap.
type Matrix struct {
	Figure string     `json:"figure"`
	Label  string     `json:"label"`
	Cells  [][]Figure `json:"cells"`
}

// DocumentResult is how much the annotators of one document disagree.
type DocumentResult struct {
	Item       int      `json:"item"` // the index in the matched items
	ID         string   `json:"id"`
	InputHash  int32    `json:"input_hash"`
	Annotators []string `json:"annotators"`
	Tokens     int      `json:"tokens"`
	// Disagreement is the share of (token, pair of annotators) whose labels
	// differ: 0 when all agree, 1 when no two agree on any token.
	Disagreement float64 `json:"disagreement"`
	Spans        int     `json:"spans"`           // distinct spans over all versions
	Unanimous    int     `json:"unanimous_spans"` // of which every annotator made
	// Start is the text's first words, to name the document to a reviewer
	// (an id is often its hash); the view shows it, the files keep the id.
	Start string `json:"-"`
}

// startWords and startRunes bound a document's Start.
const (
	startWords = 8
	startRunes = 60
)

// textStart is text's first startWords words, at most startRunes
// characters, with "…" when it goes on.
func textStart(text string) string {
	words := strings.Fields(text)
	start := strings.Join(words[:min(len(words), startWords)], " ")
	if r := []rune(start); len(r) > startRunes {
		start = string(r[:startRunes])
	}
	if len(start) < len(strings.Join(words, " ")) {
		start += "…"
	}
	return start
}

// Compute works out every figure of items, with the annotators and labels
// their versions have, sorted (see Counter).
func Compute(items []Item) *Report {
	annotators, labels := map[string]bool{}, map[string]bool{}
	for _, it := range items {
		for _, v := range it.Versions {
			annotators[v.Annotator] = true
			for _, s := range v.Spans {
				labels[s.Label] = true
			}
		}
	}
	c := NewCounter(slices.Sorted(maps.Keys(annotators)), slices.Sorted(maps.Keys(labels)))
	for i, it := range items {
		c.Add(i, it) // cannot fail: every annotator and label is known
	}
	return c.Report()
}

// Counter counts the figures of documents added one at a time, holding
// one DocumentResult per document compared but no text, so that a corpus
// of any size can be gone through. Only documents that two annotators or
// more have are compared; a pair is compared over the documents both have,
// Fleiss' kappa over those that every annotator has, and Krippendorff's
// alpha of all annotators over all of them, each token a unit coded by the
// annotators that have its document.
type Counter struct {
	annotators []string
	annotator  map[string]int
	labels     []string
	label      map[string]int
	pairs      map[[2]int]*pairCounts       // by the annotators' indices, lower first
	all        []tally                      // alpha of all annotators: every label together, then each
	every      []tally                      // the same for Fleiss' kappa
	everyDocs  int                          // documents every annotator has
	added      int                          // documents added
	docs       []DocumentResult             // of the documents compared
	words      map[[sha256.Size]byte]string // the ID of the first document of each text's words (alike)
	alike      []Alike
	ids        map[string][]string // who has the first document of each ID (sameID)
	sameID     []SameID
}

// pairCounts are the counts of one pair of annotators.
type pairCounts struct {
	docs    int
	tokens  []pairTally  // every label together, then each label in or out
	exact   []SpanCounts // per label
	overlap []SpanCounts
}

// NewCounter makes a Counter of the figures of annotators over labels, in
// the order given, which the Report keeps.
func NewCounter(annotators, labels []string) *Counter {
	c := &Counter{annotators: slices.Clone(annotators), labels: slices.Clone(labels),
		annotator: map[string]int{}, label: map[string]int{}, pairs: map[[2]int]*pairCounts{},
		words: map[[sha256.Size]byte]string{}, alike: []Alike{}, ids: map[string][]string{}, sameID: []SameID{}}
	if c.annotators == nil {
		c.annotators = []string{} // [] rather than null in JSON
	}
	if c.labels == nil {
		c.labels = []string{}
	}
	for i, a := range c.annotators {
		c.annotator[a] = i
	}
	for i, l := range c.labels {
		c.label[l] = i
	}
	c.all = c.tallies()
	c.every = c.tallies()
	return c
}

// Report is every figure of the documents added so far.
func (c *Counter) Report() *Report {
	r := &Report{Annotators: c.annotators, Labels: c.labels, Documents: c.added, Compared: len(c.docs),
		Results: c.results(), Matrices: c.matrices(), ByDisagreement: slices.Clone(c.docs), Alike: slices.Clone(c.alike),
		SameID: slices.Clone(c.sameID)}
	if r.ByDisagreement == nil {
		r.ByDisagreement = []DocumentResult{}
	}
	slices.SortStableFunc(r.ByDisagreement, func(a, b DocumentResult) int {
		return cmp.Or(cmp.Compare(b.Disagreement, a.Disagreement), cmp.Compare(b.Spans-b.Unanimous, a.Spans-a.Unanimous))
	})
	return r
}

// tallies makes a tally of every label together, then one per label.
func (c *Counter) tallies() []tally {
	t := []tally{newTally(1 + len(c.labels))}
	for range c.labels {
		t = append(t, newTally(2))
	}
	return t
}

// Add counts item it, whose index (or any number that names it) is i; it
// fails, counting nothing, on an annotator or a label the Counter was not
// made with, or on two versions by one annotator.
func (c *Counter) Add(i int, it Item) error {
	if err := c.check(it); err != nil {
		return err
	}
	c.added++
	if !c.noteAlike(it) {
		c.noteSameID(it)
	}
	if len(it.Versions) < 2 {
		return nil
	}
	codes := make([]coded, len(it.Versions))
	who := make([]int, len(it.Versions))
	for k, v := range it.Versions {
		codes[k] = code(it.Tokens, v, c.label)
		who[k] = c.annotator[v.Annotator]
	}
	differ := 0
	for x := range codes {
		for y := x + 1; y < len(codes); y++ {
			differ += c.pair(who[x], who[y], codes[x], codes[y])
		}
	}
	everyone := len(codes) == len(c.annotators)
	if everyone {
		c.everyDocs++
	}
	c.units(codes, everyone)
	c.docs = append(c.docs, c.document(i, it, codes, differ))
	return nil
}

// noteAlike notes it as alike an earlier document with the same words, and
// tells whether it is: no two items have the same text, so their texts
// differ in spaces only.
func (c *Counter) noteAlike(it Item) bool {
	h := sha256.New()
	for w := range strings.FieldsSeq(it.Text) { // a word at a time: a text may be 60 MB
		io.WriteString(h, w)
		h.Write([]byte{' '})
	}
	var key [sha256.Size]byte
	h.Sum(key[:0])
	if first, ok := c.words[key]; ok {
		c.alike = append(c.alike, Alike{A: first, B: it.ID, Start: textStart(it.Text)})
		return true
	}
	c.words[key] = it.ID
	return false
}

// noteSameID notes it as another text of an earlier document's ID, when
// the ID is a name the files give, not the 32-bit _input_hash, which two
// texts of a large corpus share by chance.
func (c *Counter) noteSameID(it Item) {
	if it.ID == strconv.Itoa(int(it.InputHash)) {
		return
	}
	who := make([]string, len(it.Versions))
	for i, v := range it.Versions {
		who[i] = v.Annotator
	}
	if first, ok := c.ids[it.ID]; ok {
		c.sameID = append(c.sameID, SameID{ID: it.ID, A: first, B: who})
		return
	}
	c.ids[it.ID] = who
}

func (c *Counter) check(it Item) error {
	seen := map[string]bool{}
	for _, v := range it.Versions {
		if _, ok := c.annotator[v.Annotator]; !ok {
			return fmt.Errorf("document %s: annotator %q is not one of %q", it.ID, v.Annotator, c.annotators)
		}
		if seen[v.Annotator] {
			return fmt.Errorf("document %s: two versions by %q", it.ID, v.Annotator)
		}
		seen[v.Annotator] = true
		for _, s := range v.Spans {
			if _, ok := c.label[s.Label]; !ok {
				return fmt.Errorf("document %s: %s's span %v has a label that is not one of %q", it.ID, v.Annotator, s, c.labels)
			}
		}
	}
	return nil
}

// pair counts the versions a and b of annotators x and y, and returns the
// number of tokens they label differently.
func (c *Counter) pair(x, y int, a, b coded) int {
	if x > y {
		x, y, a, b = y, x, b, a
	}
	p := c.pairs[[2]int{x, y}]
	if p == nil {
		p = &pairCounts{exact: make([]SpanCounts, len(c.labels)), overlap: make([]SpanCounts, len(c.labels))}
		p.tokens = append(p.tokens, newPairTally(1+len(c.labels)))
		for range c.labels {
			p.tokens = append(p.tokens, newPairTally(2))
		}
		c.pairs[[2]int{x, y}] = p
	}
	p.docs++
	differ := 0
	for t := range a.token {
		p.tokens[0].add(a.token[t], b.token[t])
		if a.token[t] != b.token[t] {
			differ++
		}
		for l := range c.labels {
			p.tokens[1+l].add(inOut(a.in[l][t]), inOut(b.in[l][t]))
		}
	}
	countSpans(a.spans, b.spans, p.exact, p.overlap)
	return differ
}

func inOut(in bool) int {
	if in {
		return 1
	}
	return 0
}

// units counts each token of one document as a unit of the alpha of all
// annotators, and of Fleiss' kappa when everyone has the document.
func (c *Counter) units(codes []coded, everyone bool) {
	counts := make([]int, 1+len(c.labels))
	binary := make([]int, 2)
	for t := range codes[0].token {
		clear(counts)
		for _, v := range codes {
			counts[v.token[t]]++
		}
		c.unit(0, counts, everyone)
		for l := range c.labels {
			clear(binary)
			for _, v := range codes {
				binary[inOut(v.in[l][t])]++
			}
			c.unit(1+l, binary, everyone)
		}
	}
}

func (c *Counter) unit(k int, counts []int, everyone bool) {
	c.all[k].add(counts)
	if everyone {
		c.every[k].add(counts)
	}
}

// document says how much the versions codes of item it disagree, differ
// being the (token, pair) whose labels differ.
func (c *Counter) document(i int, it Item, codes []coded, differ int) DocumentResult {
	d := DocumentResult{Item: i, ID: it.ID, InputHash: it.InputHash, Tokens: len(it.Tokens), Start: textStart(it.Text)}
	made := map[annotations.Span]int{}
	for k, v := range it.Versions {
		d.Annotators = append(d.Annotators, v.Annotator)
		for _, s := range codes[k].spans {
			made[s.Span]++
		}
	}
	d.Spans = len(made)
	for _, n := range made {
		if n == len(it.Versions) {
			d.Unanimous++
		}
	}
	if pairs := len(codes) * (len(codes) - 1) / 2; d.Tokens > 0 {
		d.Disagreement = float64(differ) / float64(d.Tokens*pairs)
	}
	return d
}

// categories names the categories of the figure of label k (0: every label
// together), for the reason a figure is undefined.
func (c *Counter) categories(k int) []string {
	if k > 0 {
		l := c.labels[k-1]
		return []string{"outside " + l + " spans", "inside " + l + " spans"}
	}
	names := []string{`labelled "O"`}
	for _, l := range c.labels {
		names = append(names, fmt.Sprintf("labelled %q", l))
	}
	return names
}

// labelOf is the label of figure k, "" for every label together.
func (c *Counter) labelOf(k int) string {
	if k == 0 {
		return ""
	}
	return c.labels[k-1]
}

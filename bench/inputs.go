//go:build !js

package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"spantag/annotations"
)

// vocabulary is what the generated texts are drawn from: plain words,
// accented Latin, Greek, Cyrillic and CJK words, and emoji sequences (a
// skin tone, a flag, a ZWJ family), so that bytes, code points and UTF-16
// units all differ.
var vocabulary = strings.Fields(`the a of to in and is was for on that with by as at from
	it be or are has had not but new old said two year city port day week its an we up
	council harbour ferry budget critics mayor islanders estimate report
	minister agreement statement crossing weather reporters election
	café naïve façade résumé jalapeño Zürich São Kraków Dvořák Ibáñez
	Gdańsk Valparaíso Ångström Łukasz crème brûlée
	Ελλάδα Київ 東京 北京 👍🏽 🇺🇦 👨‍👩‍👧‍👦 🎉 ☕`)

// span is a labelled range of a text in byte offsets.
type span struct {
	start, end int
	label      string
}

// text is a generated text with where its words and paragraphs are.
type text struct {
	s     string
	words []span // every word, punctuation excluded; label unused
	paras [][2]int
}

// paragraphs writes n paragraphs of size words each, in sentences of 20
// words, separated by blank lines. paras holds each paragraph's range of
// words: [first, last).
func paragraphs(r *rand.Rand, n, size int) text {
	var b strings.Builder
	var t text
	for p := range n {
		if p > 0 {
			b.WriteString("\n\n")
		}
		first := len(t.words)
		for w := 1; w <= size; w++ {
			word := vocabulary[r.IntN(len(vocabulary))]
			t.words = append(t.words, span{start: b.Len(), end: b.Len() + len(word)})
			b.WriteString(word)
			switch {
			case w == size:
				b.WriteString(".")
			case w%20 == 0:
				b.WriteString(". ")
			default:
				b.WriteString(" ")
			}
		}
		t.paras = append(t.paras, [2]int{first, len(t.words)})
	}
	b.WriteString("\n")
	t.s = b.String()
	return t
}

// spread places count spans of 1 to 4 words in the paragraphs of t, as
// evenly as they go: each paragraph gets its share, each span its own slot
// of the paragraph, with at least one free word before it. Labels take
// turns.
func spread(r *rand.Rand, t text, count int) []span {
	labels := annotations.DefaultLabels.Names()
	var spans []span
	for p, para := range t.paras {
		share := (p+1)*count/len(t.paras) - p*count/len(t.paras)
		slot := (para[1] - para[0]) / max(share, 1)
		for k := range share {
			first := para[0] + k*slot + 1 + r.IntN(max(slot-5, 1))
			last := min(first+r.IntN(4), para[1]-1)
			label := labels[len(spans)%len(labels)]
			spans = append(spans, span{t.words[first].start, t.words[last].end, label})
		}
	}
	return spans
}

// task is one line of a spans JSONL file, as spantag and Prodigy read it.
type task struct {
	Text  string         `json:"text"`
	Meta  map[string]any `json:"meta"`
	Spans []taskSpan     `json:"spans,omitempty"`
}

// taskSpan is a span of a task, in code points.
type taskSpan struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Label string `json:"label"`
	Text  string `json:"text"`
}

// newTask makes a task of the text s with spans, which must be in order
// and not overlap.
func newTask(s string, id int, spans []span) task {
	t := task{Text: s, Meta: map[string]any{"source": "bench", "id": id}}
	cp := counter{text: s, units: utf8.RuneCountInString}
	for _, sp := range spans {
		t.Spans = append(t.Spans, taskSpan{Start: cp.to(sp.start), End: cp.to(sp.end), Label: sp.label, Text: s[sp.start:sp.end]})
	}
	return t
}

// counter converts increasing byte offsets of one text into another unit
// (code points, UTF-16) in a single pass over it.
type counter struct {
	text       string
	units      func(string) int // how many units a piece of text has
	byteAt, at int
}

func (c *counter) to(b int) int {
	c.at += c.units(c.text[c.byteAt:b])
	c.byteAt = b
	return c.at
}

// utf16Len is the length of s in UTF-16 code units, JavaScript's length.
func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += utf16.RuneLen(r)
	}
	return n
}

// isWord reports whether the word is all letters, so that a mouse drag
// from its first character to its last selects exactly it.
func isWord(w string) bool {
	for _, r := range w {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// writeJSONL writes n tasks made by next into path, one a line.
func writeJSONL(path string, n int, next func(i int) (task, error)) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for i := range n {
		t, err := next(i)
		if err != nil {
			f.Close()
			return err
		}
		if err := enc.Encode(t); err != nil {
			f.Close()
			return fmt.Errorf("writing %s: %v", path, err)
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %v", path, err)
	}
	return f.Close()
}

// fileSize is the size of the file at path, 0 if it cannot be read.
func fileSize(path string) int64 {
	st, err := os.Stat(path)
	if err != nil {
		return 0
	}
	return st.Size()
}

// sizing is how big the inputs are and how many actions a launch times.
type sizing struct {
	exportDocs int // documents in the export file (10,000: ~50 MB)
	queueDocs  int // documents in the big queue (34,500: ~200 MB)
	adds       int // spans added per launch
	deletes    int // spans deleted, undone and redone per launch

	oneLineBytes int // the one-line document's size (big.go)
	lines        int // the many-line document's lines
}

var (
	fullSize  = sizing{exportDocs: 10_000, queueDocs: 34_500, adds: 20, deletes: 10, oneLineBytes: 60_000_000, lines: 1_000_000}
	quickSize = sizing{exportDocs: 1_000, queueDocs: 3_450, adds: 5, deletes: 3, oneLineBytes: 6_000_000, lines: 100_000}
)

// smallQueueDocs is the size of the queue whose memory the big one is
// compared with: the same documents, ~1 MB.
const smallQueueDocs = 180

// inputs are the generated files, in dir, and what the figures need to
// know about them.
type inputs struct {
	dir string

	article      text
	articleSpans []span
	articleLen   int      // #doc's textContent length in UTF-16 units
	floorLen     int      // the floor's: the paragraphs without the blank lines
	adds         [][2]int // UTF-16 ranges of free words to select and label
	deletes      []int    // UTF-16 offsets of the first character of spans to delete

	exportDocs  int
	exportFirst string // the text of the export file's first document
	queueDocs   int
	queueFirst  string // the text of both queues' first document

	sample string // the app's built-in sample article, for the floor's render

	oneLineLen, linesLen int // the big documents' lengths in UTF-16 units (big.go)
	bigLines             int

	assist assisted // the suggestions' inputs (assist.go)
}

// Input file names, served at /inputs/<name>.
const (
	articleFile    = "article.jsonl"
	exportFile     = "export.jsonl"
	queueFile      = "queue.jsonl"
	smallQueueFile = "queue-small.jsonl"
)

// generate writes every input into dir, each from its own seed, so that
// every run of the benchmark measures the same bytes.
func generate(dir string, size sizing) (*inputs, error) {
	in := &inputs{dir: dir, exportDocs: size.exportDocs, queueDocs: size.queueDocs, bigLines: size.lines}
	sample, err := os.ReadFile("wasm/sample.txt")
	if err != nil {
		return nil, fmt.Errorf("the app's sample article (run from the module root): %v", err)
	}
	in.sample = string(sample)
	if err := in.writeArticle(size.adds, size.deletes); err != nil {
		return nil, err
	}
	if err := in.writeExport(); err != nil {
		return nil, err
	}
	if err := in.writeQueue(queueFile, in.queueDocs); err != nil {
		return nil, err
	}
	if err := in.writeBig(size.oneLineBytes, size.lines); err != nil {
		return nil, err
	}
	if err := in.writeAssist(size.exportDocs); err != nil {
		return nil, err
	}
	return in, in.writeQueue(smallQueueFile, smallQueueDocs)
}

func (in *inputs) path(name string) string { return filepath.Join(in.dir, name) }

// writeArticle writes the ~1 MB article of 1,600 paragraphs of 100 words
// with 5,000 spans of 1–4 words, as one task, and picks the words that the
// edit figures select and the spans they delete.
func (in *inputs) writeArticle(adds, deletes int) error {
	r := rand.New(rand.NewPCG(1, 1))
	in.article = paragraphs(r, 1600, 100)
	in.articleSpans = spread(r, in.article, 5000)
	s := in.article.s
	in.articleLen = utf16Len(s)
	in.floorLen = in.articleLen - 2*(len(in.article.paras)-1)
	in.adds = in.freeWords(adds)
	in.deletes = in.spanStarts(deletes)
	return writeJSONL(in.path(articleFile), 1, func(int) (task, error) {
		return newTask(s, 1, in.articleSpans), nil
	})
}

// freeWords picks n ranges of two words, in n paragraphs spread over the
// article, that no span covers or touches.
func (in *inputs) freeWords(n int) [][2]int {
	t := in.article
	covered := make([]bool, len(t.words))
	for i, at := 0, 0; i < len(t.words); i++ {
		for at < len(in.articleSpans) && in.articleSpans[at].end <= t.words[i].start {
			at++
		}
		covered[i] = at < len(in.articleSpans) && in.articleSpans[at].start < t.words[i].end
	}
	free := func(w int) bool {
		for k := w - 1; k <= w+2; k++ {
			if k < 0 || k >= len(t.words) || covered[k] {
				return false
			}
		}
		a, b := t.words[w], t.words[w+1]
		return isWord(t.s[a.start:a.end]) && isWord(t.s[b.start:b.end]) && t.s[a.end:b.start] == " "
	}
	var ranges [][2]int
	u16 := counter{text: t.s, units: utf16Len}
	for i := range n {
		para := t.paras[(2*i+1)*len(t.paras)/(2*n)]
		for w := para[0] + 1; w < para[1]-2; w++ {
			if free(w) {
				ranges = append(ranges, [2]int{u16.to(t.words[w].start), u16.to(t.words[w+1].end)})
				break
			}
		}
	}
	return ranges
}

// spanStarts picks n spans spread over the article whose first character
// is a letter, and returns where each starts in UTF-16 units.
func (in *inputs) spanStarts(n int) []int {
	var starts []int
	u16 := counter{text: in.article.s, units: utf16Len}
	for i := range n {
		for k := (2*i+1)*len(in.articleSpans)/(2*n) + 1; k < len(in.articleSpans); k++ {
			sp := in.articleSpans[k]
			if r, _ := utf8.DecodeRuneInString(in.article.s[sp.start:]); unicode.IsLetter(r) {
				starts = append(starts, u16.to(sp.start))
				break
			}
		}
	}
	return starts
}

// writeExport writes the export figure's documents in spantag's own export
// format (annotations.Writer: text, meta, tokens, spans, hashes), so that
// exporting them again writes the same objects that JSON.stringify is
// timed on.
func (in *inputs) writeExport() error {
	f, err := os.Create(in.path(exportFile))
	if err != nil {
		return err
	}
	buf := bufio.NewWriterSize(f, 1<<20)
	w := annotations.NewWriter(buf)
	r := rand.New(rand.NewPCG(2, 2))
	for i := range in.exportDocs {
		d, err := exportDoc(r, i)
		if err == nil {
			err = w.Write(d)
		}
		if err != nil {
			f.Close()
			return fmt.Errorf("writing %s: document %d: %v", exportFile, i+1, err)
		}
		if i == 0 {
			in.exportFirst = d.Text
		}
	}
	if err := w.Flush(); err == nil {
		err = buf.Flush()
	}
	if err != nil {
		f.Close()
		return fmt.Errorf("writing %s: %v", exportFile, err)
	}
	return f.Close()
}

// exportDoc is one ~5 KB document of the export file: a paragraph of 70
// words with 3 spans (its tokens make up most of its size when written).
func exportDoc(r *rand.Rand, i int) (*annotations.Document, error) {
	t := paragraphs(r, 1, 70)
	d, err := annotations.NewDocument(t.s)
	if err != nil {
		return nil, err
	}
	d.Meta = json.RawMessage(fmt.Sprintf(`{"source":"bench","id":%d}`, i+1))
	for _, s := range spread(r, t, 3) {
		d.Spans = append(d.Spans, annotations.Span{Start: s.start, End: s.end, Label: s.label})
	}
	return d, nil
}

// writeQueue writes n tasks of 8 paragraphs (~5.8 KB each, with 8 spans)
// into name. Both queues come from the same seed, so they begin alike.
func (in *inputs) writeQueue(name string, n int) error {
	r := rand.New(rand.NewPCG(3, 3))
	return writeJSONL(in.path(name), n, func(i int) (task, error) {
		t := paragraphs(r, 8, 100)
		if i == 0 {
			in.queueFirst = t.s
		}
		return newTask(t.s, i+1, spread(r, t, 8)), nil
	})
}

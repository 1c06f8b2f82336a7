package agree

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"spantag/annotations"
)

// Index matches the versions of documents from files as Match does, for
// corpora too large to hold: it keeps no text, only, per document, its
// _input_hash and the SHA-256 of its text (which stands for the text: two
// texts with the same digest are taken as equal), and per version its
// annotator and where it is in a spool that Add writes it to, as spans
// JSONL without tokens. Each then reads the versions back from the spool, one document at
// a time.
type Index struct {
	spool  *annotations.Writer
	out    *counter        // what spool writes to
	byHash map[int32][]int // _input_hash → indices in docs
	docs   []indexDoc
	names  map[string]string // annotator names, each held once
	// Replaced are the versions an annotator's later version of the same
	// document replaced, as in Matched.
	Replaced []Replaced
}

type indexDoc struct {
	digest   [sha256.Size]byte
	id       string // the ID of its first version, as Match names items
	named    bool   // id is a name the file gives, not the _input_hash
	versions []indexVersion
}

// indexVersion is one version's place: its annotator and source, its
// answer and labels (to leave it out and count without reading it again)
// and its place in the spool.
type indexVersion struct {
	annotator, source string
	doc, line         int // its position among its source's documents, the line it starts on
	answer            annotations.Answer
	labels            []string // of its spans, each once
	at                int64
	n                 int
}

// NewIndex makes an Index that writes the versions to spool, which Each
// reads back.
func NewIndex(spool io.Writer) *Index {
	out := &counter{w: spool}
	w := annotations.NewWriter(out)
	w.NoTokens = true // read back, the text gives them again
	return &Index{spool: w, out: out, byHash: map[int32][]int{}, names: map[string]string{}}
}

// counter counts the bytes written through it.
type counter struct {
	w io.Writer
	n int64
}

func (c *counter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// Add adds d, the doc-th document read from source (the name it goes by),
// from the line line. When the same annotator has a version of the
// document already, d replaces it. It refuses a document the Writer
// refuses, adding nothing; a failure to write the spool is a *SpoolError.
func (x *Index) Add(source string, doc, line int, d *annotations.Document) error {
	at := x.out.n
	if err := x.spool.Write(d); err != nil {
		return err
	}
	if err := x.spool.Flush(); err != nil {
		return &SpoolError{err}
	}
	v := indexVersion{annotator: x.name(annotatorOf(d, source)), source: x.name(source), doc: doc, line: line,
		answer: d.Answer, at: at, n: int(x.out.n - at)}
	for _, s := range d.Spans {
		if l := x.name(s.Label); !slices.Contains(v.labels, l) {
			v.labels = append(v.labels, l)
		}
	}
	item := x.docOf(d)
	vs := x.docs[item].versions
	if at := slices.IndexFunc(vs, func(o indexVersion) bool { return o.annotator == v.annotator }); at >= 0 {
		x.Replaced = append(x.Replaced, Replaced{Annotator: vs[at].annotator, Source: vs[at].source, Doc: vs[at].doc})
		vs[at] = v
		return nil
	}
	x.docs[item].versions = append(vs, v)
	return nil
}

// name returns s, held once however many versions name it.
func (x *Index) name(s string) string {
	if held, ok := x.names[s]; ok {
		return held
	}
	x.names[s] = s
	return s
}

func (x *Index) docOf(d *annotations.Document) int {
	hash, digest := d.InputHash(), sha256.Sum256([]byte(d.Text))
	for _, i := range x.byHash[hash] {
		if x.docs[i].digest == digest {
			return i
		}
	}
	id := d.ID()
	x.docs = append(x.docs, indexDoc{digest: digest, id: id, named: id != strconv.Itoa(int(hash))})
	x.byHash[hash] = append(x.byHash[hash], len(x.docs)-1)
	return len(x.docs) - 1
}

// Documents counts the documents added, each once however many versions
// it has.
func (x *Index) Documents() int { return len(x.docs) }

// SharedIDs are the IDs that the files give two documents or more: one
// document whose text a file has changed (or whose spaces a tool changed).
// An _input_hash standing for a missing ID is left out: two texts of a large
// corpus share one by chance.
func (x *Index) SharedIDs() map[string]bool {
	seen, shared := map[string]bool{}, map[string]bool{}
	for _, d := range x.docs {
		if !d.named {
			continue
		}
		shared[d.id] = shared[d.id] || seen[d.id]
		seen[d.id] = true
	}
	maps.DeleteFunc(shared, func(_ string, v bool) bool { return !v })
	return shared
}

// Annotators lists, sorted, the annotators of the versions that opt keep.
func (x *Index) Annotators(opt MatchOptions) []string {
	return x.kept(opt, func(v indexVersion) []string { return []string{v.annotator} })
}

// Labels lists, sorted, the labels of the spans of the versions that opt
// keep: those Compute would count.
func (x *Index) Labels(opt MatchOptions) []string {
	return x.kept(opt, func(v indexVersion) []string { return v.labels })
}

func (x *Index) kept(opt MatchOptions, of func(indexVersion) []string) []string {
	seen := map[string]bool{}
	for _, d := range x.docs {
		for _, v := range d.versions {
			if opt.keeps(v.answer) {
				for _, s := range of(v) {
					seen[s] = true
				}
			}
		}
	}
	return slices.Sorted(maps.Keys(seen))
}

// Versions are the versions of one document, read back whole.
type Versions struct {
	N  int    // the document's number, from 0, in the order first met
	ID string // its first version's ID
	Of []Versioned
}

// Versioned is one annotator's version of a document, read back whole.
type Versioned struct {
	Annotator string
	Source    string
	Line      int // the line of the source it starts on
	Doc       *annotations.Document
}

// Each calls each with every document's versions, read back from spool
// (what Add wrote to), in the order the documents were first met, the
// versions sorted by annotator; the versions opt leaves out are left out,
// and so are the documents left with none. It stops at the first error
// each returns.
func (x *Index) Each(spool io.ReaderAt, labels annotations.LabelSet, opt MatchOptions, each func(Versions) error) error {
	for i, d := range x.docs {
		var versions []Versioned
		for _, v := range d.versions {
			if !opt.keeps(v.answer) {
				continue
			}
			doc, err := x.readBack(spool, v, labels)
			if err != nil {
				return err
			}
			versions = append(versions, Versioned{Annotator: v.annotator, Source: v.source, Line: v.line, Doc: doc})
		}
		if len(versions) == 0 {
			continue
		}
		slices.SortFunc(versions, func(a, b Versioned) int { return strings.Compare(a.Annotator, b.Annotator) })
		if err := each(Versions{N: i, ID: d.id, Of: versions}); err != nil {
			return err
		}
	}
	return nil
}

func (x *Index) readBack(spool io.ReaderAt, v indexVersion, labels annotations.LabelSet) (*annotations.Document, error) {
	raw := make([]byte, v.n)
	if _, err := spool.ReadAt(raw, v.at); err != nil {
		return nil, &SpoolError{err}
	}
	d, err := annotations.NewReader(bytes.NewReader(raw), labels).Read()
	if err != nil { // it read once; only a changed spool fails
		return nil, fmt.Errorf("%s: document %d read back: %w", v.source, v.doc+1, err)
	}
	return d, nil
}

// Item makes vs an Item for a Counter.
func (vs Versions) Item() Item {
	d := vs.Of[0].Doc
	it := Item{Text: d.Text, ID: vs.ID, InputHash: d.InputHash(), Tokens: d.Tokens()}
	for _, v := range vs.Of {
		it.Versions = append(it.Versions, Version{Annotator: v.Annotator, Answer: v.Doc.Answer, Spans: v.Doc.Spans})
	}
	return it
}

// keeps reports whether a version answered a is compared.
func (opt MatchOptions) keeps(a annotations.Answer) bool {
	return opt.KeepRejected || a != annotations.Reject && a != annotations.Ignore
}

// SpoolError is a failure to write the spool or to read it back.
type SpoolError struct{ Err error }

func (e *SpoolError) Error() string { return "the spool: " + e.Err.Error() }

func (e *SpoolError) Unwrap() error { return e.Err }

package shard

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"spantag/annotations"
)

// Plan says how to split a dataset.
type Plan struct {
	Dataset    string   // the dataset's name, which sessions are named after
	Annotators []string // who gets a shard, at least one, each named once
	// Overlap is the share of documents, from 0 to 1, that every annotator
	// gets. A document is in the overlap when its score (a hash of its
	// text, uniform in [0, 1)) is below Overlap: about that share of a large
	// dataset, and the same documents whatever the file. When Overlap is
	// not 0 and no document's score is below it, the one with the lowest
	// score is in the overlap, so that there is always one.
	Overlap float64
}

// Check says what is wrong with the plan, or nil.
func (p Plan) Check() error {
	if len(p.Annotators) == 0 {
		return errors.New("no annotators to split among")
	}
	for i, a := range p.Annotators {
		if a == "" {
			return fmt.Errorf("annotator %d has no name", i+1)
		}
		// alice and Alice would name two files that a file system blind to
		// case (macOS's, Windows') takes for one.
		if j := slices.IndexFunc(p.Annotators, func(b string) bool { return strings.EqualFold(a, b) }); j < i {
			if p.Annotators[j] == a {
				return fmt.Errorf("annotator %q is named twice", a)
			}
			return fmt.Errorf("annotators %q and %q differ only in case: their files would be one on macOS and Windows", p.Annotators[j], a)
		}
	}
	if !(p.Overlap >= 0 && p.Overlap <= 1) { // also refuses NaN
		return fmt.Errorf("overlap %v is not a share from 0 to 1 (10%% is 0.1)", p.Overlap)
	}
	return nil
}

// Owner is the annotator the document with text goes to when it is not in
// the overlap: of the annotators, the one whose hash with the text is
// highest (rendezvous hashing), so that adding an annotator moves documents
// only to the newcomer, and removing one moves only that one's documents.
func (p Plan) Owner(text string) string {
	h := hash(text)
	best, owner := uint64(0), ""
	for _, a := range p.Annotators {
		if w := mix(h ^ mix(hash(a))); owner == "" || w > best {
			best, owner = w, a
		}
	}
	return owner
}

// score places the document with text in [0, 1), for the overlap.
func score(text string) float64 {
	return float64(mix(hash(text))>>11) / (1 << 53)
}

// hash is the FNV-1a 64 of s.
func hash(s string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(s))
	return h.Sum64()
}

// mix is SplitMix64's finaliser: every bit of x flips about half the bits
// of the result, which FNV alone does not give.
func mix(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	return x ^ x>>31
}

// Shard is the documents of one annotator, in the order of the dataset.
type Shard struct {
	Annotator string
	Docs      []*annotations.Document
}

// Split splits docs by plan: one shard per annotator, in the plan's order.
// The document that is in the overlap only for want of any other (see
// Plan.Overlap) comes last in the shards of the annotators it is not
// owned by.
func Split(docs []*annotations.Document, plan Plan) ([]Shard, error) {
	s, err := NewSplitter(plan)
	if err != nil {
		return nil, err
	}
	shards := make([]Shard, len(plan.Annotators))
	byName := map[string]*Shard{}
	for i, a := range plan.Annotators {
		shards[i].Annotator = a
		byName[a] = &shards[i]
	}
	for _, d := range docs {
		for _, to := range s.Add(d) {
			byName[to.Annotator].Docs = append(byName[to.Annotator].Docs, to.Doc)
		}
	}
	for _, to := range s.Finish() {
		byName[to.Annotator].Docs = append(byName[to.Annotator].Docs, to.Doc)
	}
	return shards, nil
}

// Assignment is a document for an annotator's shard, tagged as theirs.
type Assignment struct {
	Annotator string
	Doc       *annotations.Document
}

// Splitter splits a dataset one document at a time, holding no more than
// one of them: the one with the lowest score, in case no document is in the
// overlap.
type Splitter struct {
	plan    Plan
	overlap bool                  // a document was in the overlap
	lowest  *annotations.Document // of the lowest score so far
	low     float64
	docs    int // documents added
	shared  int // of which in every shard
}

// Counts is how many documents were added, and how many of them are in
// every shard (with Finish's): the overlap made, which a hash draws, so a
// small dataset's share differs from the plan's.
func (s *Splitter) Counts() (docs, shared int) { return s.docs, s.shared }

// NewSplitter makes a Splitter for plan, refusing a plan that does not Check.
func NewSplitter(plan Plan) (*Splitter, error) {
	if err := plan.Check(); err != nil {
		return nil, err
	}
	return &Splitter{plan: plan}, nil
}

// Add returns the shards d goes to: every annotator's when it is in the
// overlap, in the plan's order, else its owner's.
func (s *Splitter) Add(d *annotations.Document) []Assignment {
	sc := score(d.Text)
	s.docs++
	if sc < s.plan.Overlap {
		s.overlap = true
		s.shared++
		return s.assign(d, s.plan.Annotators)
	}
	if s.lowest == nil || sc < s.low || sc == s.low && d.Text < s.lowest.Text {
		s.lowest, s.low = d, sc
	}
	return s.assign(d, []string{s.plan.Owner(d.Text)})
}

// Finish returns what is left to add once every document has been: when
// the plan has an overlap but no document was in it, the document with the
// lowest score for every annotator but its owner, who has it already.
func (s *Splitter) Finish() []Assignment {
	if s.overlap || s.plan.Overlap == 0 || s.lowest == nil {
		return nil
	}
	owner := s.plan.Owner(s.lowest.Text)
	s.shared++
	others := slices.DeleteFunc(slices.Clone(s.plan.Annotators), func(a string) bool { return a == owner })
	return s.assign(s.lowest, others)
}

func (s *Splitter) assign(d *annotations.Document, annotators []string) []Assignment {
	out := make([]Assignment, len(annotators))
	for i, a := range annotators {
		out[i] = Assignment{Annotator: a, Doc: Tag(d, a, s.plan.Dataset+"-"+a)}
	}
	return out
}

// Tag returns a copy of d that says it is annotator's, of session: its
// "_annotator_id" and "_session_id" set (in place of any it had, other
// keys kept in their order, new ones last). d itself is left as it was.
func Tag(d *annotations.Document, annotator, session string) *annotations.Document {
	c := *d
	c.Spans = slices.Clone(d.Spans)
	c.Extra = slices.Clone(d.Extra)
	c.Extra = set(c.Extra, "_annotator_id", annotator)
	c.Extra = set(c.Extra, "_session_id", session)
	return &c
}

// set gives key the string value in fields.
func set(fields []annotations.Field, key, value string) []annotations.Field {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false) // as spantag's writer writes strings
	e.Encode(value)        // a string always encodes
	raw := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	if i := slices.IndexFunc(fields, func(f annotations.Field) bool { return f.Key == key }); i >= 0 {
		fields[i].Value = raw
		return fields
	}
	return append(fields, annotations.Field{Key: key, Value: raw})
}

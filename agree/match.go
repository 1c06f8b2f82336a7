package agree

import (
	"encoding/json"
	"slices"
	"strings"

	"spantag/annotations"
)

// Source is one opened file: the name it goes by (the annotator of its
// documents that carry no annotator id) and its documents in order.
type Source struct {
	Name string
	Docs []*annotations.Document
}

// MatchOptions change what Match compares.
type MatchOptions struct {
	// KeepRejected keeps the versions answered reject or ignore, which are
	// left out by default: the annotator said the document is not to be used.
	KeepRejected bool
}

// Version is one annotator's version of a document.
type Version struct {
	Annotator string
	Answer    annotations.Answer
	Spans     []annotations.Span // byte offsets into the item's text, sorted
}

// Item is one document with every annotator's version of it, the versions
// sorted by annotator.
type Item struct {
	Text      string
	ID        string // the first version's Document.ID, to name it in lists
	InputHash int32
	Tokens    []annotations.Token // annotations' own tokens of Text
	Versions  []Version
}

// Replaced is a version that Match dropped because the same annotator's
// version of the same document came later (a document answered twice).
type Replaced struct {
	Annotator string
	Source    string
	Doc       int // its position in the source's documents, from 0
}

// Matched is what Match makes of the sources.
type Matched struct {
	Items      []Item   // in the order their first version was met; each has a version
	Annotators []string // sorted
	LeftOut    int      // versions answered reject or ignore, left out
	Replaced   []Replaced
}

// Match gathers the versions of each document from the sources. Versions
// are of one document when their texts are equal: they are looked up by
// _input_hash (spantag's, of the text) and then compared by text, since the
// 32-bit hash collides on large corpora; never by position or by file. A
// version's annotator is its "_annotator_id", else its "_session_id", else
// its source's Name. When one annotator has several versions of a document,
// the last one counts and the others are listed in Replaced.
func Match(sources []Source, opt MatchOptions) Matched {
	var m Matched
	byHash := map[int32][]int{}    // _input_hash → indices in m.Items
	where := map[[2]int]Replaced{} // (item, annotator's version) → its place
	for _, src := range sources {
		for i, d := range src.Docs {
			v := Version{Annotator: annotatorOf(d, src.Name), Answer: d.Answer, Spans: d.Spans}
			item := m.itemOf(d, byHash)
			it := &m.Items[item]
			at := slices.IndexFunc(it.Versions, func(o Version) bool { return o.Annotator == v.Annotator })
			if at < 0 {
				it.Versions = append(it.Versions, v)
				at = len(it.Versions) - 1
			} else {
				m.Replaced = append(m.Replaced, where[[2]int{item, at}])
				it.Versions[at] = v
			}
			where[[2]int{item, at}] = Replaced{Annotator: v.Annotator, Source: src.Name, Doc: i}
		}
	}
	m.leaveOut(opt)
	seen := map[string]bool{}
	for _, it := range m.Items {
		for _, v := range it.Versions {
			if !seen[v.Annotator] {
				seen[v.Annotator] = true
				m.Annotators = append(m.Annotators, v.Annotator)
			}
		}
	}
	slices.Sort(m.Annotators)
	return m
}

// leaveOut drops the versions answered reject or ignore, unless opt keeps
// them (an annotator's last answer decides, so a document accepted and then
// rejected is left out), and the items left with none; it sorts the rest by
// annotator.
func (m *Matched) leaveOut(opt MatchOptions) {
	kept := m.Items[:0]
	for _, it := range m.Items {
		n := len(it.Versions)
		it.Versions = slices.DeleteFunc(it.Versions, func(v Version) bool { return !opt.keeps(v.Answer) })
		m.LeftOut += n - len(it.Versions)
		if len(it.Versions) > 0 {
			slices.SortFunc(it.Versions, func(a, b Version) int { return strings.Compare(a.Annotator, b.Annotator) })
			kept = append(kept, it)
		}
	}
	m.Items = kept
}

// itemOf returns the index of d's item, adding one if d's text is new.
func (m *Matched) itemOf(d *annotations.Document, byHash map[int32][]int) int {
	hash := d.InputHash()
	for _, i := range byHash[hash] {
		if m.Items[i].Text == d.Text {
			return i
		}
	}
	m.Items = append(m.Items, Item{Text: d.Text, ID: d.ID(), InputHash: hash, Tokens: d.Tokens()})
	byHash[hash] = append(byHash[hash], len(m.Items)-1)
	return len(m.Items) - 1
}

// annotatorOf is d's "_annotator_id", else its "_session_id" (which older
// Prodigy exports carry alone), each a string or else its JSON as written,
// or fallback when it has neither.
func annotatorOf(d *annotations.Document, fallback string) string {
	for _, key := range []string{"_annotator_id", "_session_id"} {
		i := slices.IndexFunc(d.Extra, func(f annotations.Field) bool { return f.Key == key })
		if i < 0 {
			continue
		}
		var id string
		if json.Unmarshal(d.Extra[i].Value, &id) != nil {
			id = string(d.Extra[i].Value)
		}
		if id != "" {
			return id
		}
	}
	return fallback
}

// HasAnnotator reports whether d says whose version it is (an
// "_annotator_id" or a "_session_id"); else its file's name stands for it.
func HasAnnotator(d *annotations.Document) bool { return annotatorOf(d, "") != "" }

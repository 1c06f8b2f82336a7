package save

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// A document's text is stored in parts of at most PartBytes, so that
// storing or reading a document of 60 MB is many short tasks for the
// browser (each part turned into a string of its own and cloned into the
// store), never one long one. The sources store holds, for document doc of
// dataset ds:
//
//	[ds, doc]     → SourceHead: the first parts of the text and of the
//	                info, how many parts of each
//	[ds, doc, k]  → part k of the text, a string (1 ≤ k < Parts), then
//	                the info's parts after the head's (Parts ≤ k <
//	                Parts + InfoParts - 1; a count of 0 is 1)
//
// all written in the transaction that writes the head, so that a store
// holds a document whole or not at all. A head with no count (a store
// written before parts) holds the whole text, and one with no count of
// info parts (before format 4) the whole info. The info is long when the
// document is a saved page (its markup, under the info's "_html"). A part key
// sorts after its head and before the next document's, so that a
// dataset's key range holds its parts too.

// PartBytes is the most text one record of a source holds: cloning a part
// into the store is a few milliseconds of the page's thread (a 256 KB part
// with the records written beside it made storing the 1 MB article a task
// of 200 ms, traced). Parts of another size, written before, read the same.
const PartBytes = 64 << 10

// SourceHead is the record at a document's key in the sources store.
type SourceHead struct {
	Text      string `json:"text"`
	Info      string `json:"info"`
	Parts     int    `json:"parts,omitempty"`     // 0: 1, the whole text here
	InfoParts int    `json:"infoParts,omitempty"` // 0: 1, the whole info here
}

// SourceParts are the records of src in the sources store: its head, and
// the other parts of its text and then of its info, part k at rest[k-1].
func SourceParts(src Source) (head SourceHead, rest []string) {
	parts := splitText(src.Text, PartBytes)
	infos := splitText(src.Info, PartBytes)
	head = SourceHead{Text: parts[0], Info: infos[0]}
	if len(parts) > 1 {
		head.Parts = len(parts)
	}
	if len(infos) > 1 {
		head.InfoParts = len(infos)
	}
	return head, append(parts[1:], infos[1:]...)
}

// textParts and infoParts are how many parts of each the head counts.
func (h SourceHead) textParts() int { return max(h.Parts, 1) }
func (h SourceHead) infoParts() int { return max(h.InfoParts, 1) }

// splitText cuts text into parts of at most size bytes, each ending on a
// character boundary (a character longer than size is a part of its own);
// an empty text is one empty part.
func splitText(text string, size int) []string {
	parts := []string{}
	for len(text) > size {
		cut := size
		for cut > 0 && !utf8.RuneStart(text[cut]) {
			cut--
		}
		if cut == 0 { // only inside a character longer than size
			_, cut = utf8.DecodeRuneInString(text)
		}
		parts = append(parts, text[:cut])
		text = text[cut:]
	}
	if text == "" && len(parts) > 0 {
		return parts // the last part was a character longer than size
	}
	return append(parts, text)
}

// SourceRecords gathers the sources of documents from the records of the
// sources store, read in key order: each document's head, then its parts.
// Each text is joined as its parts come, into a buffer of its full size
// made at its head: a 60 MB text is copied a part at a time, between which
// the page can yield, never in one go at the end.
type SourceRecords struct {
	docs map[int]*joining
}

// joining is one document's source while its parts are read.
type joining struct {
	head SourceHead
	text strings.Builder // the head's text and the parts within its count
	info strings.Builder // the same of the info
	read int             // parts read after the head
}

// maxGrow bounds the buffer made for a text at its head: a damaged head
// counting millions of parts must not take the page's memory.
const maxGrow = 1 << 30

// Head adds the head of document doc.
func (r *SourceRecords) Head(doc int, h SourceHead) {
	if r.docs == nil {
		r.docs = map[int]*joining{}
	}
	j := &joining{head: h}
	grow(&j.text, h.Text, h.Parts)
	grow(&j.info, h.Info, h.InfoParts)
	r.docs[doc] = j
}

// grow makes b ready for a text of parts parts that starts with first.
func grow(b *strings.Builder, first string, parts int) {
	if parts > 1 {
		if size := len(first) + (parts-1)*PartBytes; size <= maxGrow {
			b.Grow(size)
		}
		b.WriteString(first)
	}
}

// Part adds part k of document doc, which must come after its head and
// part k-1. Parts past the head's counts are left from an earlier write of
// the document, and neither its text nor its info.
func (r *SourceRecords) Part(doc, k int, part string) error {
	j, ok := r.docs[doc]
	if !ok || k != j.read+1 {
		return fmt.Errorf("document %d: part %d of its text is out of place", doc+1, k)
	}
	j.read++
	switch texts := j.head.textParts(); {
	case k < texts:
		j.text.WriteString(part)
	case k < texts+j.head.infoParts()-1:
		j.info.WriteString(part)
	}
	return nil
}

// Sources are the documents' sources, by document. A store that lacks some
// of the parts a head counts is damaged.
func (r *SourceRecords) Sources() (map[int]Source, error) {
	docs := make(map[int]Source, len(r.docs))
	for doc, j := range r.docs {
		if want := j.head.textParts() + j.head.infoParts() - 1; j.read < want-1 {
			return nil, fmt.Errorf("document %d: its text is stored in %d parts of %d", doc+1, j.read+1, want)
		}
		text, info := j.head.Text, j.head.Info
		if j.head.Parts > 1 {
			text = j.text.String()
		}
		if j.head.InfoParts > 1 {
			info = j.info.String()
		}
		docs[doc] = Source{Text: text, Info: info}
	}
	return docs, nil
}

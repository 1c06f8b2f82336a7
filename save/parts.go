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
//	[ds, doc]     → SourceHead: the info, the first part, how many parts
//	[ds, doc, k]  → part k of the text, a string (1 ≤ k < Parts)
//
// all written in the transaction that writes the head, so that a store
// holds a document whole or not at all. A head with no count (a store
// written before parts) holds the whole text. A part key sorts after its
// head and before the next document's, so that a dataset's key range
// holds its parts too.

// PartBytes is the most text one record of a source holds.
const PartBytes = 256 << 10

// SourceHead is the record at a document's key in the sources store.
type SourceHead struct {
	Text  string `json:"text"`
	Info  string `json:"info"`
	Parts int    `json:"parts,omitempty"` // 0: 1, the whole text here
}

// SourceParts are the records of src in the sources store: its head, and
// the other parts of its text, part k at rest[k-1].
func SourceParts(src Source) (head SourceHead, rest []string) {
	parts := splitText(src.Text, PartBytes)
	head = SourceHead{Text: parts[0], Info: src.Info}
	if len(parts) > 1 {
		head.Parts = len(parts)
	}
	return head, parts[1:]
}

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
type SourceRecords struct {
	heads map[int]SourceHead
	rest  map[int][]string
}

// Head adds the head of document doc.
func (r *SourceRecords) Head(doc int, h SourceHead) {
	if r.heads == nil {
		r.heads, r.rest = map[int]SourceHead{}, map[int][]string{}
	}
	r.heads[doc] = h
}

// Part adds part k of document doc, which must come after its head and
// part k-1.
func (r *SourceRecords) Part(doc, k int, part string) error {
	if _, ok := r.heads[doc]; !ok || k != len(r.rest[doc])+1 {
		return fmt.Errorf("document %d: part %d of its text is out of place", doc+1, k)
	}
	r.rest[doc] = append(r.rest[doc], part)
	return nil
}

// Sources are the documents' sources, by document.
func (r *SourceRecords) Sources() (map[int]Source, error) {
	docs := make(map[int]Source, len(r.heads))
	for doc, h := range r.heads {
		src, err := joinSource(h, r.rest[doc])
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", doc+1, err)
		}
		docs[doc] = src
	}
	return docs, nil
}

// joinSource makes the Source of a head and the other parts read with it,
// part k at rest[k-1], as SourceParts made them. A store that lacks some of
// the parts its head counts is damaged; parts past the count are left from
// an earlier write of the document, and not its text.
func joinSource(head SourceHead, rest []string) (Source, error) {
	want := max(head.Parts, 1)
	if len(rest) < want-1 {
		return Source{}, fmt.Errorf("its text is stored in %d parts of %d", len(rest)+1, want)
	}
	rest = rest[:want-1]
	if len(rest) == 0 {
		return Source{Text: head.Text, Info: head.Info}, nil
	}
	var text strings.Builder
	n := len(head.Text)
	for _, p := range rest {
		n += len(p)
	}
	text.Grow(n)
	text.WriteString(head.Text)
	for _, p := range rest {
		text.WriteString(p)
	}
	return Source{Text: text.String(), Info: head.Info}, nil
}

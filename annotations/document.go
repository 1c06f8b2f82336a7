package annotations

import (
	"encoding/json"
	"fmt"
	"unicode/utf8"
)

// Answer is the annotator's verdict on a whole document.
type Answer string

const (
	Unanswered Answer = ""
	Accept     Answer = "accept"
	Reject     Answer = "reject"
	Ignore     Answer = "ignore"
)

// Valid reports whether a is one of the answers a document can have.
func (a Answer) Valid() bool {
	return a == Unanswered || a == Accept || a == Reject || a == Ignore
}

// Field is a top-level JSON key the codecs do not understand, kept verbatim
// so that writing a document back loses nothing.
type Field struct {
	Key   string
	Value json.RawMessage
}

// Document is one text to annotate and everything said about it.
// Spans are kept sorted by (Start, End, Label) in byte offsets.
type Document struct {
	Text   string
	Meta   json.RawMessage // the "meta" object as read, or nil
	Answer Answer
	Spans  []Span
	Extra  []Field

	// Suggestions open, sorted as Spans; Rejected: the suggestions the
	// annotator rejected, by label and offsets; Origins: the provenance of
	// spans that were suggestions (suggest.go).
	Suggestions []Suggestion
	Rejected    []Span
	Origins     []Origin

	index *Index // built on first use; Text never changes
	lines []Line
	nul   int8  // whether Text holds a NUL: nulUnknown until HasNUL or BuildLines looks
	utf8  bool  // NewDocument found Text to be UTF-8: the Writer need not look again
	reach reach // where the suggestions reach, built on first use (SuggestionsOn)
}

// NewDocument makes a document of text, refusing text that is not UTF-8.
func NewDocument(text string) (*Document, error) {
	// Not CheckUTF8([]byte(text)): the conversion is a copy of the text, 60
	// MB for the largest, only needed to name the bad byte.
	if !utf8.ValidString(text) {
		return nil, CheckUTF8([]byte(text))
	}
	return &Document{Text: text, utf8: true}, nil
}

// CheckUTF8 returns an error naming the byte position of the first invalid
// UTF-8 sequence in b, or nil if b is valid.
func CheckUTF8(b []byte) error {
	if utf8.Valid(b) {
		return nil
	}
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return fmt.Errorf("text is not valid UTF-8 at byte %d", i)
		}
		i += size
	}
	return nil
}

// checkUTF8Paused is CheckUTF8, calling pause after each scanPiece bytes or
// so, and stopping at its error.
func checkUTF8Paused(b []byte, pause func() error) error {
	for at := 0; at < len(b); {
		end := min(at+scanPiece, len(b))
		for end < len(b) && !utf8.RuneStart(b[end]) && end > at+scanPiece-utf8.UTFMax {
			end-- // a piece ends where a character starts
		}
		if err := CheckUTF8(b[at:end]); err != nil {
			return CheckUTF8(b) // the message counts from the start
		}
		if err := pause(); err != nil {
			return err
		}
		at = end
	}
	return nil
}

// Index returns the document's offset index, building it on first use.
func (d *Document) Index() *Index {
	if d.index == nil {
		d.index = NewIndex(d.Text)
	}
	return d.index
}

// indexPiece is how much text BuildIndex reads between two pauses.
const indexPiece = 1 << 20

// BuildIndex builds the document's offset index ahead of its first use,
// calling pause after each megabyte of text, so that the index of a long
// text is built in slices of time rather than in one long task when the
// annotator first selects. An Index call meanwhile builds it at once.
func (d *Document) BuildIndex(pause func() error) error {
	b := newIndexBuilder(d.Text)
	for d.index == nil && !b.done() {
		b.scan(b.i + indexPiece)
		if err := pause(); err != nil {
			return err
		}
	}
	if d.index == nil {
		d.index = b.index()
	}
	return nil
}

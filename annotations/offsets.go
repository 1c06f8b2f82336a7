package annotations

import (
	"fmt"
	"sort"
	"unicode/utf8"
)

// Unit is the unit an offset into a text is counted in.
type Unit int

const (
	Bytes      Unit = iota // UTF-8 bytes, Go's string index
	CodePoints             // Unicode code points, Python's str index and every export's
	UTF16                  // UTF-16 code units, JavaScript's string index
)

func (u Unit) String() string {
	switch u {
	case Bytes:
		return "bytes"
	case CodePoints:
		return "code points"
	case UTF16:
		return "UTF-16 units"
	}
	return fmt.Sprintf("Unit(%d)", int(u))
}

// markEvery is how many bytes apart the Index keeps a checkpoint; a lookup
// binary-searches the checkpoints and then decodes at most this many bytes.
const markEvery = 256

// checkpoint is one rune boundary with its offset in every unit.
type checkpoint [3]int

// Index converts offsets into one text between bytes, code points and UTF-16
// units. Building it is one O(n) pass; each lookup is O(log n).
type Index struct {
	text  string
	ascii bool // every unit is one byte: conversion is the identity
	marks []checkpoint
	total checkpoint
}

// NewIndex builds the offset index of text, which must be valid UTF-8.
func NewIndex(text string) *Index {
	b := newIndexBuilder(text)
	b.scan(len(text))
	return b.index()
}

// indexBuilder builds an Index a stretch of the text at a time.
type indexBuilder struct {
	x       *Index
	at      checkpoint // the offsets of byte i
	i, next int        // the next byte to read, and where the next mark goes
}

func newIndexBuilder(text string) *indexBuilder {
	return &indexBuilder{x: &Index{text: text, ascii: true}}
}

// done reports whether the whole text is read.
func (b *indexBuilder) done() bool { return b.i >= len(b.x.text) }

// scan reads the text up to byte until at least (or to its end).
func (b *indexBuilder) scan(until int) {
	text, x := b.x.text, b.x
	until = min(until, len(text))
	for b.i < until {
		if b.i >= b.next {
			b.at[Bytes] = b.i
			x.marks = append(x.marks, b.at)
			b.next = b.i + markEvery
		}
		// A run of ASCII up to the next mark, counted without decoding (a
		// 60 MB text is built in a fraction of the time), then one rune.
		j := b.i
		for end := min(b.next, len(text)); j < end && text[j] < utf8.RuneSelf; j++ {
		}
		b.at[CodePoints] += j - b.i
		b.at[UTF16] += j - b.i
		if b.i = j; b.i >= b.next || b.i == len(text) {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[b.i:])
		x.ascii = false
		b.at[CodePoints]++
		b.at[UTF16] += utf16Len(r)
		b.i += size
	}
}

// index is the Index built, once the whole text is read.
func (b *indexBuilder) index() *Index {
	b.at[Bytes] = len(b.x.text)
	b.x.total = b.at
	return b.x
}

func utf16Len(r rune) int {
	if r >= 0x10000 {
		return 2
	}
	return 1
}

// Len is the length of the text in unit u.
func (x *Index) Len(u Unit) int { return x.total[u] }

// OffsetError says why an offset could not be converted.
type OffsetError struct {
	Offset int
	Unit   Unit
	Reason string
}

func (e *OffsetError) Error() string {
	return fmt.Sprintf("offset %d (%s) %s", e.Offset, e.Unit, e.Reason)
}

// Convert turns offset off, counted in from, into the same position counted
// in to. It fails when off is outside the text or falls inside a code point.
func (x *Index) Convert(off int, from, to Unit) (int, error) {
	if off < 0 || off > x.total[from] {
		return 0, &OffsetError{off, from, fmt.Sprintf("is outside the text (length %d)", x.total[from])}
	}
	if x.ascii || from == to && from == CodePoints {
		return off, nil
	}
	if off == x.total[from] {
		return x.total[to], nil
	}
	// The last checkpoint at or before off, then decode forward to it.
	k := sort.Search(len(x.marks), func(i int) bool { return x.marks[i][from] > off }) - 1
	at := x.marks[k]
	for at[from] < off {
		if x.text[at[Bytes]] < utf8.RuneSelf { // one unit in each, not decoded
			at[Bytes]++
			at[CodePoints]++
			at[UTF16]++
			continue
		}
		r, size := utf8.DecodeRuneInString(x.text[at[Bytes]:])
		at[Bytes] += size
		at[CodePoints]++
		at[UTF16] += utf16Len(r)
	}
	if at[from] != off {
		return 0, &OffsetError{off, from, "falls inside a code point"}
	}
	return at[to], nil
}

// ToByte converts an offset in unit u to a byte offset.
func (x *Index) ToByte(off int, u Unit) (int, error) { return x.Convert(off, u, Bytes) }

// FromByte converts a byte offset to unit u.
func (x *Index) FromByte(b int, u Unit) (int, error) { return x.Convert(b, Bytes, u) }

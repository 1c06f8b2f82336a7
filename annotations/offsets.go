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
	x := &Index{text: text, ascii: true}
	var at checkpoint
	next := 0
	for i := 0; i < len(text); {
		if i >= next {
			at[Bytes] = i
			x.marks = append(x.marks, at)
			next = i + markEvery
		}
		// A run of ASCII up to the next mark, counted without decoding (a
		// 60 MB text is built in a fraction of the time), then one rune.
		j := i
		for end := min(next, len(text)); j < end && text[j] < utf8.RuneSelf; j++ {
		}
		at[CodePoints] += j - i
		at[UTF16] += j - i
		if i = j; i >= next || i == len(text) {
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		x.ascii = false
		at[CodePoints]++
		at[UTF16] += utf16Len(r)
		i += size
	}
	at[Bytes] = len(text)
	x.total = at
	return x
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

package annotations

import (
	"encoding/binary"
	"errors"
	"math"
)

// replyHead is the head of a packed SuggestReply: its messages, and the
// labels and reasons its suggestions name by number. It is packed as
// varints and strings, not JSON: a patterns file of 1,000 lines gives as
// many reasons, which encoding/json took some 30 ms of the page's thread
// to read.
type replyHead struct {
	SuggestReply
	Labels  []string
	Reasons []Reason
}

// appendHead appends h: the usable patterns' count, then the refused
// lines, the labels and the reasons, each list as its length and its
// items; a reason is its source, text and pattern as strings and its
// score's float64 bits as a varint (one byte for no score). A string is
// its length and its bytes.
func appendHead(b []byte, h replyHead) []byte {
	b = binary.AppendUvarint(b, uint64(h.Patterns))
	for _, list := range [][]string{h.Refused, h.Labels} {
		b = binary.AppendUvarint(b, uint64(len(list)))
		for _, s := range list {
			b = appendString(b, s)
		}
	}
	b = binary.AppendUvarint(b, uint64(len(h.Reasons)))
	for _, r := range h.Reasons {
		b = appendString(appendString(appendString(b, string(r.From)), r.Text), r.Pattern)
		b = binary.AppendUvarint(b, math.Float64bits(r.Score))
	}
	return b
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

// readHead reads what appendHead packed, all of b.
func readHead(b []byte) (replyHead, error) {
	var h replyHead
	rd := varintReader{b: b}
	h.Patterns = int(min(rd.uvarint(), math.MaxInt32))
	h.Refused, h.Labels = rd.strings(), rd.strings()
	if n := rd.count(4); n > 0 { // three empty strings and no score at least
		h.Reasons = make([]Reason, n)
	}
	for i := range h.Reasons {
		h.Reasons[i] = Reason{From: From(rd.string()), Text: rd.string(), Pattern: rd.string(), Score: math.Float64frombits(rd.uvarint())}
	}
	if rd.err == nil && len(rd.b) > 0 {
		rd.err = errors.New("suggestions: the reply's head is followed by more")
	}
	return h, rd.err
}

// count reads the length of a list whose items take at least least bytes
// each: one longer than the rest can hold is an error.
func (rd *varintReader) count(least int) int {
	n := rd.uvarint()
	if n > uint64(len(rd.b)/least) {
		rd.cutShort()
		return 0
	}
	return int(n)
}

func (rd *varintReader) cutShort() {
	if rd.err == nil {
		rd.err = errors.New("suggestions: the reply's head is cut short")
	}
	rd.b = nil
}

func (rd *varintReader) string() string {
	n := rd.count(1)
	s := string(rd.b[:n])
	rd.b = rd.b[n:]
	return s
}

func (rd *varintReader) strings() []string {
	n := rd.count(1)
	if n == 0 {
		return nil
	}
	out := make([]string, n)
	for i := range out {
		out[i] = rd.string()
	}
	return out
}

package annotations

// The pieces of the jobs packed for the worker (SuggestJob, ModelSuggestJob,
// ModelLoadJob): texts and files as their length and bytes, spans as
// varints, never written as JSON on the page's thread.

import (
	"encoding/binary"
	"errors"
)

// packSpans appends spans to body, each as varints: its start (after
// the previous one's), its length and its label's number in labels, where
// a label not there yet is added.
func packSpans(body []byte, spans []Span, labels *[]string) []byte {
	numbers := map[string]int{}
	for i, l := range *labels {
		numbers[l] = i
	}
	prev := 0
	for _, s := range spans {
		body = binary.AppendVarint(body, int64(s.Start-prev))
		body = binary.AppendUvarint(body, uint64(s.End-s.Start))
		body = binary.AppendUvarint(body, uint64(numberOf(numbers, labels, s.Label)))
		prev = s.Start
	}
	return body
}

// Pack joins pieces, each as its length (a uvarint) and its bytes, then
// appends tail (jobs.Pack, whose Unpack splits them again, is this one).
func Pack[P ~string | ~[]byte](tail []byte, pieces ...P) []byte {
	n := len(tail)
	for _, p := range pieces {
		n += binary.MaxVarintLen64 + len(p)
	}
	out := make([]byte, 0, n)
	for _, p := range pieces {
		out = binary.AppendUvarint(out, uint64(len(p)))
		out = append(out, p...)
	}
	return append(out, tail...)
}

// pieces reads n pieces packed by Pack.
func (rd *varintReader) pieces(n int) []string {
	out := make([]string, n)
	for i := range out {
		size := rd.uvarint()
		if rd.err == nil && size > uint64(len(rd.b)) {
			rd.err, rd.b = errors.New("suggestions: the job is cut short"), nil
		}
		if rd.err != nil {
			return nil
		}
		out[i], rd.b = string(rd.b[:size]), rd.b[size:]
	}
	return out
}

// spans reads the spans packSpans wrote, to the end, naming labels.
func (rd *varintReader) spans(labels []string) []Span {
	var out []Span
	start := 0
	for len(rd.b) > 0 && rd.err == nil {
		start += int(rd.varint())
		end := start + int(rd.uvarint())
		if label := rd.index(len(labels)); label >= 0 {
			out = append(out, Span{Start: start, End: end, Label: labels[label]})
		}
	}
	return out
}

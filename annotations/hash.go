package annotations

import (
	"hash/fnv"
	"strconv"
)

// The hashes let tools that deduplicate by them (Prodigy does) tell texts
// and annotations apart. They are 32-bit signed integers, like Prodigy's,
// and the same on every machine:
//
//	_input_hash = FNV-1a 32 of the text's UTF-8 bytes
//	_task_hash  = FNV-1a 32 of _input_hash in decimal, then for each span as
//	              written (sorted, code points) "\n" start " " end " " label
//
// each FNV-1a sum (hash/fnv) read as an int32. The answer is not hashed:
// it is the verdict on the task, not part of it.

// InputHash is the document's _input_hash, which depends on its text alone.
func (d *Document) InputHash() int32 {
	h := newFNV32a()
	h.add(d.Text)
	return int32(h)
}

// fnv32a is hash/fnv's New32a taking strings as they are: converting a
// 60 MB text to bytes to hash it copied it whole.
type fnv32a uint32

func newFNV32a() fnv32a { return 2166136261 }

func (h *fnv32a) add(s string) {
	x := *h
	for i := 0; i < len(s); i++ {
		x ^= fnv32a(s[i])
		x *= 16777619
	}
	*h = x
}

// TaskHash is the document's _task_hash, which also covers its spans. It
// fails on a span the Writer would refuse.
func (d *Document) TaskHash() (int32, error) {
	spans, err := exportSpans(d)
	if err != nil {
		return 0, err
	}
	return taskHash(d.InputHash(), spans), nil
}

func taskHash(input int32, spans []exportSpan) int32 {
	b := strconv.AppendInt(nil, int64(input), 10)
	for _, s := range spans {
		b = append(b, '\n')
		b = strconv.AppendInt(b, int64(s.start), 10)
		b = append(b, ' ')
		b = strconv.AppendInt(b, int64(s.end), 10)
		b = append(b, ' ')
		b = append(b, s.Label...)
	}
	h := fnv.New32a()
	h.Write(b)
	return int32(h.Sum32())
}

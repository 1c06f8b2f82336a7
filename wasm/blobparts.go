//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"
)

// blobParts collects a file being written as JavaScript Blobs, one per
// flush (a slice of the export's time), so that neither Go's memory nor
// one task has to hold the whole file at once. The bytes go through one
// Uint8Array reused from flush to flush: a Blob copies what it is made
// of, and a new array a flush, gathered into a Blob every few megabytes,
// cost an allocation and a copy more, that Blob a long task of its own
// (measured in Chromium: a Blob per slice with a fold every 32 took 45 %
// less time in all than arrays gathered every 4 MB, its longest step a
// fifth as long).
type blobParts struct {
	parts safejs.Value // a JavaScript array of Blobs
	count int          // Blobs in parts
	buf   []byte       // written since the last flush
	chunk safejs.Value // the reused array, chunkLen bytes; none before the first flush
	// chunkLen is the reused array's length.
	chunkLen int
	// yield is the export's job's yieldIfDue, nil for none. A func, not the
	// *job: a blobParts is used as an io.Writer, and the linker keeps every
	// method of every type a value in an interface points to, which through
	// the job, the app and time.Time meant time's parser and formatter
	// (32 KiB of the first download; wasm/linked_test.go checks).
	yield func(flush func() error) error
}

func newBlobParts() (*blobParts, error) {
	parts, err := newJS("Array")
	return &blobParts{parts: parts}, err
}

// Write takes b and, once the export's slice of time is spent (inside a
// long document too), hands what it holds to JavaScript and yields.
func (p *blobParts) Write(b []byte) (int, error) {
	p.buf = append(p.buf, b...)
	if p.yield == nil {
		return len(b), nil
	}
	if len(p.buf) >= minChunk { // a Blob costs by the byte: one of a slice's worth could be a long task
		if err := p.flush(); err != nil {
			return len(b), err
		}
	}
	return len(b), p.yield(p.flush)
}

// yieldIfDue flushes and yields once the job's slice of time is spent.
func (j *job) yieldIfDue(flush func() error) error {
	if !j.pace.Due(time.Now()) {
		return nil
	}
	if err := flush(); err != nil {
		return err
	}
	return j.pause()
}

// flush moves what was written into a new Blob, through the reused array.
func (p *blobParts) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	if p.chunkLen < len(p.buf) {
		n := max(len(p.buf), 2*p.chunkLen, minChunk)
		u8, err := newJS("Uint8Array", n)
		if err != nil {
			return err
		}
		p.chunk, p.chunkLen = u8, n
	}
	if _, err := safejs.CopyBytesToJS(p.chunk, p.buf); err != nil {
		return err
	}
	view, err := p.chunk.Call("subarray", 0, len(p.buf))
	if err != nil {
		return err
	}
	p.buf = p.buf[:0]
	blob, err := newJS("Blob", []any{view})
	if err != nil {
		return err
	}
	if _, err = p.parts.Call("push", blob); err != nil {
		return err
	}
	if p.count++; p.count < foldEvery {
		return nil
	}
	// A Blob made of Blobs costs a little for each of them: gathered every
	// foldEvery, the file's Blob at the end is made of a few, not one per
	// slice (564 MB for a 60 MB document).
	folded, err := newJS("Blob", p.parts)
	if err == nil {
		p.parts, err = newJS("Array", folded)
	}
	p.count = 1
	return err
}

// minChunk is the least length of the reused array, and how much an
// export's blobParts holds before it makes a Blob, in a slice's time.
const minChunk = 512 << 10

// foldEvery is how many Blobs blobParts gathers into one.
const foldEvery = 32

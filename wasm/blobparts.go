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
// cost an allocation and a copy more, that Blob a long task of its own.
type blobParts struct {
	parts safejs.Value // a JavaScript array of Blobs
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
	_, err = p.parts.Call("push", blob)
	return err
}

// minChunk is the least length of the reused array.
const minChunk = 256 << 10

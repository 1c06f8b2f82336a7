//go:build js && wasm

package main

import (
	"time"

	"github.com/hack-pad/safejs"
)

// blobParts collects a file being written as JavaScript byte arrays, a
// frame's worth at a time, so that neither Go's memory nor one task has to
// hold the whole file at once.
type blobParts struct {
	parts   safejs.Value // a JavaScript array of Uint8Array
	buf     []byte       // written since the last flush
	pending int          // bytes in the arrays since the last Blob
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

// flush moves what was written into a new part.
func (p *blobParts) flush() error {
	if len(p.buf) == 0 {
		return nil
	}
	u8, err := newJS("Uint8Array", len(p.buf))
	if err != nil {
		return err
	}
	if _, err := safejs.CopyBytesToJS(u8, p.buf); err != nil {
		return err
	}
	p.pending += len(p.buf)
	p.buf = p.buf[:0]
	if _, err = p.parts.Call("push", u8); err != nil || p.pending < blobEvery {
		return err
	}
	// The arrays so far become one Blob, a copy of a few megabytes: the
	// final Blob then gathers a few of them, never a copy of the whole file
	// in one task.
	blob, err := newJS("Blob", p.parts)
	if err == nil {
		p.parts, err = newJS("Array")
	}
	if err == nil {
		_, err = p.parts.Call("push", blob)
	}
	p.pending = 0
	return err
}

// blobEvery is how many bytes of arrays blobParts gathers into a Blob.
const blobEvery = 4 << 20

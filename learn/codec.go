package learn

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
)

// encoder appends the model file's values: unsigned varints, strings as
// their length and bytes, float64 and hashes as 8 bytes little-endian.
type encoder struct{ b []byte }

func (e *encoder) uint(n int)      { e.b = binary.AppendUvarint(e.b, uint64(n)) }
func (e *encoder) uint64(n uint64) { e.b = binary.AppendUvarint(e.b, n) }
func (e *encoder) u64(n uint64)    { e.b = binary.LittleEndian.AppendUint64(e.b, n) }
func (e *encoder) float(f float64) { e.u64(math.Float64bits(f)) }
func (e *encoder) floats(f []float64) {
	for _, x := range f {
		e.float(x)
	}
}

func (e *encoder) str(s string) {
	e.uint(len(s))
	e.b = append(e.b, s...)
}

// decoder reads what encoder wrote. The first error sticks, naming what was
// being read and where; every later read gives zero values.
type decoder struct {
	b       []byte
	at      int
	what    string // what is being read, for the message
	err     error
	version int // of the file
}

func (d *decoder) fail(format string, args ...any) {
	if d.err == nil {
		d.err = fmt.Errorf("%s at byte %d: %s", d.what, d.at, fmt.Sprintf(format, args...))
	}
}

func (d *decoder) uint() int {
	n := d.uint64()
	if n > math.MaxInt32 {
		d.fail("a count out of range")
		return 0
	}
	return int(n)
}

func (d *decoder) uint64() uint64 {
	if d.err != nil {
		return 0
	}
	n, size := binary.Uvarint(d.b[d.at:])
	if size <= 0 {
		d.fail("not a valid number")
		return 0
	}
	d.at += size
	return n
}

// count reads a number of entries that each take at least size bytes, and
// refuses one the rest of the file cannot hold (so that a damaged count
// never makes the reader allocate much).
func (d *decoder) count(size int) int {
	n := d.uint()
	if n > (len(d.b)-d.at)/size {
		d.fail("%d entries, more than the file holds", n)
		return 0
	}
	return n
}

func (d *decoder) u64() uint64 {
	if d.err != nil {
		return 0
	}
	if len(d.b)-d.at < 8 {
		d.fail("the file ends early")
		return 0
	}
	n := binary.LittleEndian.Uint64(d.b[d.at:])
	d.at += 8
	return n
}

// float reads a number, refusing NaN and infinities: no training makes them.
func (d *decoder) float() float64 {
	f := math.Float64frombits(d.u64())
	if math.IsNaN(f) || math.IsInf(f, 0) {
		d.fail("a weight that is not a finite number")
		return 0
	}
	return f
}

func (d *decoder) floats(n int) []float64 {
	f := make([]float64, n)
	for i := range f {
		f[i] = d.float()
	}
	return f
}

func (d *decoder) str() string {
	n := d.uint()
	if d.err == nil && n > len(d.b)-d.at {
		d.fail("a text of %d bytes, longer than the rest of the file", n)
	}
	if d.err != nil {
		return ""
	}
	s := string(d.b[d.at : d.at+n])
	d.at += n
	return s
}

var errTrailing = errors.New("bytes after the end of the model")

package learn

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"
)

// The model file: the magic line, the format version, then the labels, the
// entity tagger (its perceptron and gazetteer), the claim classifier, the
// line classifier, the extent of claims, the spread of words and the records of
// entity texts, and a CRC-32 of everything before it, so that a damaged
// file is refused rather than read as another model. FORMATS.md describes
// it field by field. Maps are written in the order of their keys, so the
// same model always gives the same bytes.
const (
	magic         = "spantag model\n"
	formatVersion = 5 // 1 to 4 are read too: 1's tagger has no counts of names in boilerplate, 1 and 2 no extent of claims, 1 to 3 not the words' spread, none of them the records of entity texts
)

// ErrNotModel is the error for a file that is not a spantag model.
var ErrNotModel = errors.New("not a spantag model file")

// WriteTo writes m as one model file.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	n, err := w.Write(m.Encode())
	return int64(n), err
}

// Encode is m as the bytes of a model file.
func (m *Model) Encode() []byte {
	e := &encoder{b: []byte(magic)}
	e.uint(formatVersion)
	e.uint(len(m.Labels.Entities))
	for _, l := range m.Labels.Entities {
		e.str(l)
	}
	e.str(m.Labels.Claim)
	e.str(m.Labels.Boilerplate)
	e.uint(m.Learnt)
	m.Entities.encode(e)
	m.Claims.model.encode(e)
	m.Lines.model.encode(e)
	m.Claims.extent.encode(e)
	m.Entities.encodeSpread(e)
	m.Entities.encodeRecords(e)
	return binary.LittleEndian.AppendUint32(e.b, crc32.ChecksumIEEE(e.b))
}

// Read reads a model file, refusing with a message one that is not a model,
// is of another format version, or is damaged.
func Read(r io.Reader) (*Model, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return Decode(b)
}

// Decode reads the bytes of a model file (see Read).
func Decode(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, ErrNotModel
	}
	d := &decoder{b: b[:len(b)-min(4, len(b)-len(magic))], at: len(magic), what: "model file"}
	if d.version = d.uint(); d.err == nil && (d.version < 1 || d.version > formatVersion) {
		return nil, fmt.Errorf("a model file of format version %d; this spantag reads versions 1 to %d", d.version, formatVersion)
	}
	if len(b) < len(magic)+4 || crc32.ChecksumIEEE(d.b) != binary.LittleEndian.Uint32(b[len(d.b):]) {
		return nil, errors.New("the model file is damaged: its checksum does not match")
	}
	m, err := decodeModel(d)
	if err != nil {
		return nil, fmt.Errorf("the model file is damaged: %w", err)
	}
	return m, nil
}

func decodeModel(d *decoder) (*Model, error) {
	d.what = "labels"
	var labels Labels
	for n := d.count(1); n > 0; n-- {
		labels.Entities = append(labels.Entities, d.str())
	}
	labels.Claim, labels.Boilerplate = d.str(), d.str()
	if d.err != nil {
		return nil, d.err
	}
	m, err := New(labels)
	if err != nil {
		return nil, err
	}
	m.Learnt = d.uint()
	d.what = "entity tagger"
	m.Entities.decode(d)
	d.what = "claim classifier"
	m.Claims.model.decode(d)
	d.what = "line classifier"
	m.Lines.model.decode(d)
	if d.version >= 3 {
		d.what = "extent of claims"
		m.Claims.extent.decode(d)
	}
	if d.version >= 4 {
		d.what = "spread of words"
		m.Entities.decodeSpread(d)
	}
	if d.version >= 5 {
		d.what = "records of entity texts"
		m.Entities.decodeRecords(d)
	}
	if d.err == nil && d.at != len(d.b) {
		return nil, errTrailing
	}
	return m, d.err
}

// sortedKeys lists a map's keys in order.
func sortedKeys[K ~uint64 | ~string, V any](m map[K]V) []K {
	keys := make([]K, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}

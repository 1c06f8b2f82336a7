package learn

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"testing"
)

// TestReadVersion1: a file of format version 1 has no counts of names in
// boilerplate after its gazetteer, nor what later versions added at its
// end; it is read, and they are zero.
func TestReadVersion1(t *testing.T) {
	m, err := New(DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	m.Entities.gaz.addKey("Ruth Okafor", 0)
	m.Entities.boilerNames, m.Entities.boilerNamed = 7, 1
	v3 := withoutSpread(t, m)
	v2 := v3[:len(v3)-len(noExtent)]
	tagger := &encoder{}
	m.Entities.encode(tagger)
	at := bytes.Index(v2, tagger.b) + len(tagger.b)
	if at < len(tagger.b) || !bytes.HasSuffix(tagger.b, []byte{7, 1}) {
		t.Fatalf("the tagger's section does not end with its counts: % x", tagger.b)
	}
	v1 := append([]byte(magic), 1)
	v1 = append(v1, v2[len(magic)+1:at-2]...)
	v1 = append(v1, v2[at:]...)
	v1 = binary.LittleEndian.AppendUint32(v1, crc32.ChecksumIEEE(v1))
	back, err := Decode(v1)
	if err != nil {
		t.Fatal(err)
	}
	if back.Entities.boilerNames != 0 || back.Entities.boilerNamed != 0 || len(back.Entities.gaz.entries) != 1 {
		t.Errorf("read back: %d names in boilerplate, %d tagged, gazetteer %v", back.Entities.boilerNames, back.Entities.boilerNamed, back.Entities.gaz.entries)
	}
}

// noExtent is an extent of claims that learnt nothing, as written, and
// noSpread the spread of words of a tagger that learnt from no document.
var noExtent, noSpread = []byte{0, 0}, []byte{0, 0}

// withoutSpread is a model file's body without its checksum, the records
// of entity texts and the spread of words at its end, as versions before 4
// end, checking that it ends so.
func withoutSpread(t *testing.T, m *Model) []byte {
	t.Helper()
	v4 := withoutRecords(t, m)
	e := &encoder{}
	m.Entities.encodeSpread(e)
	if !bytes.HasSuffix(v4, e.b) {
		t.Fatalf("the file does not end with the spread of words: % x", e.b)
	}
	return v4[:len(v4)-len(e.b)]
}

// withoutRecords is a model file's body without its checksum and the
// records of entity texts at its end, as version 4 ends.
func withoutRecords(t *testing.T, m *Model) []byte {
	t.Helper()
	file := m.Encode()
	e := &encoder{}
	m.Entities.encodeRecords(e)
	if !bytes.HasSuffix(file[:len(file)-4], e.b) {
		t.Fatalf("the file does not end with the records of entity texts: % x", e.b)
	}
	return file[:len(file)-4-len(e.b)]
}

// TestReadVersion2: a file of format version 2 has no extent of claims at
// its end; it is read, and its claims are whole sentences.
func TestReadVersion2(t *testing.T) {
	m := trainedOnClauses(t)
	v3 := withoutSpread(t, m)
	e := &encoder{}
	m.Claims.extent.encode(e)
	if !bytes.HasSuffix(v3, e.b) || bytes.Equal(e.b, noExtent) {
		t.Fatalf("the file does not end with the extent learnt: % x", e.b)
	}
	v2 := append([]byte(magic), 2)
	v2 = append(v2, v3[len(magic)+1:len(v3)-len(e.b)]...)
	v2 = binary.LittleEndian.AppendUint32(v2, crc32.ChecksumIEEE(v2))
	back, err := Decode(v2)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Claims.extent.lead)+len(back.Claims.extent.tail) != 0 {
		t.Errorf("a version 2 file read with an extent of claims: %v", back.Claims.extent)
	}
}

// TestReadVersion3: a file of format version 3 has no spread of words at
// its end; it is read, and the tagger counts words from the next document
// it learns.
func TestReadVersion3(t *testing.T) {
	m := trainedOnClauses(t)
	v3 := withoutSpread(t, m)
	v3[len(magic)] = 3
	v3 = binary.LittleEndian.AppendUint32(v3, crc32.ChecksumIEEE(v3))
	back, err := Decode(v3)
	if err != nil {
		t.Fatal(err)
	}
	if back.Entities.docs != 0 || len(back.Entities.df) != 0 || m.Entities.docs != 3 {
		t.Errorf("a version 3 file read with %d documents' words (%d learnt)", back.Entities.docs, m.Entities.docs)
	}
}

// TestReadVersion4: a file of format version 4 has no records of entity
// texts at its end; it is read, and its names are suggested by the tagger
// alone until it learns again.
func TestReadVersion4(t *testing.T) {
	m, err := New(DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	m.Entities.gaz.addKey("Ruth Okafor", 0)
	m.Entities.gaz.records["Ruth Okafor"] = record{tagged: 3, other: 1}
	v4 := withoutRecords(t, m)
	v4[len(magic)] = 4
	v4 = binary.LittleEndian.AppendUint32(v4, crc32.ChecksumIEEE(v4))
	back, err := Decode(v4)
	if err != nil {
		t.Fatal(err)
	}
	if len(back.Entities.gaz.records) != 0 || len(back.Entities.gaz.entries) != 1 {
		t.Errorf("a version 4 file read with records %v", back.Entities.gaz.records)
	}
}

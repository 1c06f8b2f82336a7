package learn

import (
	"bytes"
	"encoding/binary"
	"hash/crc32"
	"testing"
)

// TestReadVersion1: a file of format version 1 has no counts of names in
// boilerplate after its gazetteer; it is read, and they are zero.
func TestReadVersion1(t *testing.T) {
	m, err := New(DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	m.Entities.gaz.addKey("Ruth Okafor", 0)
	m.Entities.boilerNames, m.Entities.boilerNamed = 7, 1
	v2 := m.Encode()
	tagger := &encoder{}
	m.Entities.encode(tagger)
	at := bytes.Index(v2, tagger.b) + len(tagger.b)
	if at < len(tagger.b) || !bytes.HasSuffix(tagger.b, []byte{7, 1}) {
		t.Fatalf("the tagger's section does not end with its counts: % x", tagger.b)
	}
	v1 := append([]byte(magic), 1)
	v1 = append(v1, v2[len(magic)+1:at-2]...)
	v1 = append(v1, v2[at:len(v2)-4]...)
	v1 = binary.LittleEndian.AppendUint32(v1, crc32.ChecksumIEEE(v1))
	back, err := Decode(v1)
	if err != nil {
		t.Fatal(err)
	}
	if back.Entities.boilerNames != 0 || back.Entities.boilerNamed != 0 || len(back.Entities.gaz.entries) != 1 {
		t.Errorf("read back: %d names in boilerplate, %d tagged, gazetteer %v", back.Entities.boilerNames, back.Entities.boilerNamed, back.Entities.gaz.entries)
	}
}

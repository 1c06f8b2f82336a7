package learn_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"
	"testing"

	"spantag/annotations"
	"spantag/learn"
)

const magic = "spantag model\n"

// withChecksum is body followed by its CRC-32, as a model file ends.
func withChecksum(body []byte) []byte {
	return binary.LittleEndian.AppendUint32(bytes.Clone(body), crc32.ChecksumIEEE(body))
}

func TestReadRefuses(t *testing.T) {
	file := trained(t, generated(3)).Encode()
	body := file[:len(file)-4]
	flipped := bytes.Clone(file)
	flipped[len(flipped)/2] ^= 0x10
	version6 := withChecksum(append([]byte(magic), 6))
	trailing := withChecksum(append(bytes.Clone(body), 0))
	for _, tt := range []struct {
		name string
		file []byte
		want string
	}{
		{"empty", nil, "not a spantag model file"},
		{"a JSONL file", []byte(`{"text":"Hello"}` + "\n"), "not a spantag model file"},
		{"the magic line alone", []byte(magic), "damaged"},
		{"another version", version6, "a model file of format version 6; this spantag reads versions 1 to 5"},
		{"a byte changed", flipped, "the model file is damaged: its checksum does not match"},
		{"cut short", file[:len(file)-9], "the model file is damaged: its checksum does not match"},
		{"a byte too many, checksum right", trailing, "the model file is damaged: bytes after the end of the model"},
		{"labels cut short, checksum right", withChecksum(body[:len(magic)+3]), "the model file is damaged: labels at byte 17: a text of 6 bytes, longer than the rest of the file"},
	} {
		_, err := learn.Decode(tt.file)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
	if _, err := learn.Decode([]byte("{}")); !errors.Is(err, learn.ErrNotModel) {
		t.Errorf("not a model: %v, want ErrNotModel", err)
	}
}

// FuzzReadModel reads any bytes, and also any bytes after the magic line
// with their checksum right (else nearly every input would stop at the
// checksum): never a panic, and a model read writes itself again the
// same way and can suggest.
func FuzzReadModel(f *testing.F) {
	doc, err := annotations.NewDocument("Mayor Anna Berg said the bridge would rise by 3 percent.\nMenu")
	if err != nil {
		f.Fatal(err)
	}
	doc.Spans = []annotations.Span{{Start: 6, End: 15, Label: "ENTITY"}, {Start: 0, End: 56, Label: "CLAIM"}}
	file := trained(f, []*annotations.Document{doc}).Encode() // small, so that fuzzing goes fast
	f.Add(file)
	f.Add(file[len(magic):])
	f.Add(file[len(magic) : len(file)-4])
	f.Add([]byte(magic))
	f.Add([]byte{1, 1, 6, 'E', 'N', 'T', 'I', 'T', 'Y', 5, 'C', 'L', 'A', 'I', 'M', 1, 'B', 0})
	f.Fuzz(func(t *testing.T, b []byte) {
		_, _ = learn.Decode(b)
		m, err := learn.Decode(withChecksum(append([]byte(magic), b...)))
		if err != nil {
			return
		}
		again := m.Encode()
		m2, err := learn.Decode(again)
		if err != nil {
			t.Fatalf("a model read back cannot be read again: %v", err)
		}
		if !bytes.Equal(m2.Encode(), again) {
			t.Fatal("a model read back writes other bytes the second time")
		}
		m.Suggest(doc)
		m.Uncertainty(doc)
	})
}

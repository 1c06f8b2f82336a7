package annotations

import (
	"bytes"
	"encoding/binary"
	"io"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// utf16File is s in UTF-16 with a byte order mark, as Windows Notepad saves
// "Unicode" (little-endian) and "Unicode big endian".
func utf16File(s string, order binary.AppendByteOrder) []byte {
	b := order.AppendUint16(nil, 0xfeff)
	for _, u := range utf16.Encode([]rune(s)) {
		b = order.AppendUint16(b, u)
	}
	return b
}

func TestOpenEncodings(t *testing.T) {
	le, be := binary.LittleEndian, binary.BigEndian
	tests := []struct {
		name    string
		file    string
		content []byte
		want    []string // the documents' texts
		wantErr string   // "<nil>" for none
	}{
		{"UTF-16LE text, by hand", "notepad.txt", []byte("\xff\xfeZ\x00o\x00\xeb\x00\r\x00\n\x00"), []string{"Zoë\r\n"}, "<nil>"},
		{"UTF-16LE text with an astral character", "notepad.txt", utf16File("Zoë 🌊 met 👨‍👩‍👧 in Kraków.\r\n", le), []string{"Zoë 🌊 met 👨‍👩‍👧 in Kraków.\r\n"}, "<nil>"},
		{"UTF-16BE text", "notepad.md", utf16File("Gdańsk 🇵🇱\n", be), []string{"Gdańsk 🇵🇱\n"}, "<nil>"},
		{"UTF-16 JSONL", "queue.jsonl", utf16File(`{"text":"Zoë 🌊"}`+"\n"+`{"text":"Łódź"}`+"\n", le), []string{"Zoë 🌊", "Łódź"}, "<nil>"},
		{"UTF-16 JSON array", "tasks.json", utf16File(`[{"text":"Zoë"}]`, be), []string{"Zoë"}, "<nil>"},
		{"UTF-16 HTML", "page.html", utf16File(`<meta charset="utf-16"><p>Zoë 🌊</p><p>Kraków</p>`, le), []string{"Zoë 🌊\nKraków"}, "<nil>"},
		{"UTF-16 text ending in half a character", "odd.txt", append(utf16File("ab", le), 'c'), nil,
			"odd.txt: the UTF-16 text ends in half a character at byte 6; " + saveAsUTF8},
		{"UTF-16 text with half a surrogate pair", "half.txt", append(utf16File("ab", le), 0x3d, 0xd8, 'c', 0), nil,
			"half.txt: the UTF-16 text holds half a surrogate pair at byte 6; " + saveAsUTF8},
		{"UTF-16 text with a lone low surrogate", "low.txt", append(utf16File("a", be), 0xdc, 0x00), nil,
			"low.txt: the UTF-16 text holds half a surrogate pair at byte 4; " + saveAsUTF8},
		{"HTML declaring windows-1252", "cp1252.html", []byte("<meta charset=windows-1252><p>Caf\xe9 \x93Z\xf6e\x94 \x80 5 \x81</p>"), []string{"Café “Zöe” € 5 \u0081"}, "<nil>"},
		{"HTML declaring ISO-8859-1 in http-equiv, which means windows-1252", "latin1.htm",
			[]byte("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; Charset=ISO-8859-1\"></head><body><p>Z\xf6e \x80</p></body></html>"), []string{"Zöe €"}, "<nil>"},
		{"HTML declaring windows-1252 that is UTF-8 is read as UTF-8", "saved.html", []byte("<meta charset=windows-1252><p>Café</p>"), []string{"Café"}, "<nil>"},
		{"HTML with a UTF-8 byte order mark is UTF-8, whatever it declares", "bom.html", []byte("\ufeff<meta charset=windows-1252><p>Caf\xe9</p>"), nil,
			"bom.html: text is not valid UTF-8 at byte 36, though the page starts with UTF-8's byte order mark; " + pageCharsets},
		{"HTML declaring another character set", "sjis.html", []byte("<meta charset='Shift_JIS'><p>\x93\x8c\x8b\x9e</p>"), nil,
			`sjis.html: the page declares the character set "shift_jis", which spantag does not read; ` + saveAsUTF8},
		{"HTML declaring nothing, not UTF-8", "plain.html", []byte("<p>Caf\xe9</p>"), nil,
			"plain.html: text is not valid UTF-8 at byte 6, and the page declares no character set; " + pageCharsets},
		{"HTML declaring UTF-8, not UTF-8 (QA pass 13: a stray windows-1252 quote)", "mislabelled.html", []byte("<meta charset=utf-8><p>It\x92s</p>"), nil,
			"mislabelled.html: text is not valid UTF-8 at byte 25, though the page declares UTF-8; " + pageCharsets},
		{"HTML declaring windows-1252 in its body only", "late.html", []byte("<body><meta charset=windows-1252><p>Caf\xe9</p>"), nil,
			"late.html: text is not valid UTF-8 at byte 39, and the page declares no character set; " + pageCharsets},
		{"UTF-16LE text without a byte order mark", "nobom.txt", utf16File("Zoe met Lukasz.\n", le)[2:], nil,
			"nobom.txt: " + errWide.Error()},
		{"UTF-16BE HTML without a byte order mark", "nobom.html", utf16File("<p>Zoe met Lukasz.</p>", be)[2:], nil,
			"nobom.html: " + errWide.Error()},
		{"text with a few NULs is text", "nul.txt", []byte("Alpha\x00Beta Gamma\x00\x00Delta epsilon\n"), []string{"Alpha\x00Beta Gamma\x00\x00Delta epsilon\n"}, "<nil>"},
		{"text with NULs at every other byte, but only a few", "sparse.txt", []byte("Alpha\x00B\x00eta Gamma Delta epsilon and more words\n"), []string{"Alpha\x00B\x00eta Gamma Delta epsilon and more words\n"}, "<nil>"},
		{"windows-1252 text", "notes.txt", []byte("Caf\xe9"), nil,
			"notes.txt: text is not valid UTF-8 at byte 3; " + saveAsUTF8},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, report, err := openAll(tt.file, bytes.NewReader(tt.content), DefaultLabels)
			if diff := cmp.Diff(tt.wantErr, errString(err)); diff != "" {
				t.Fatalf("error (-want +got):\n%s", diff)
			}
			if !isClean(report) {
				t.Errorf("report: %v", report)
			}
			if diff := cmp.Diff(tt.want, docTexts(docs)); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
		})
	}
}

// TestUTF16ReaderReadsInPieces reads a UTF-16 file longer than the
// decoder's buffer a byte at a time, surrogate pairs across every boundary.
func TestUTF16ReaderReadsInPieces(t *testing.T) {
	text := strings.Repeat("a🌊é", 2000)
	got, err := io.ReadAll(iotest.OneByteReader(utf8Reader(iotest.OneByteReader(bytes.NewReader(utf16File(text, binary.LittleEndian))))))
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != text {
		t.Errorf("read %d bytes, not the text's %d", len(got), len(text))
	}
}

// FuzzUTF16 checks that every text written as UTF-16 reads back as it was.
func FuzzUTF16(f *testing.F) {
	f.Add("Zoë 🌊 met 👨‍👩‍👧", true)
	f.Add("", false)
	f.Fuzz(func(t *testing.T, text string, little bool) {
		text = strings.ToValidUTF8(text, "?")
		var order binary.AppendByteOrder = binary.BigEndian
		if little {
			order = binary.LittleEndian
		}
		got, err := io.ReadAll(utf8Reader(bytes.NewReader(utf16File(text, order))))
		if err != nil || string(got) != text {
			t.Errorf("read %q, %v; want %q", got, err, text)
		}
	})
}

// FuzzUTF16Bytes reads any bytes after a byte order mark: either an error,
// or UTF-8 text that is exactly what the bytes encode.
func FuzzUTF16Bytes(f *testing.F) {
	f.Add([]byte("Z\x00\x3d\xd8\x0a\xdf"), true)
	f.Add([]byte("\xd8\x3d"), false)
	f.Fuzz(func(t *testing.T, units []byte, little bool) {
		bom, order := []byte("\xfe\xff"), binary.AppendByteOrder(binary.BigEndian)
		if little {
			bom, order = []byte("\xff\xfe"), binary.LittleEndian
		}
		got, err := io.ReadAll(utf8Reader(bytes.NewReader(append(bom, units...))))
		if err != nil {
			return
		}
		if !utf8.Valid(got) {
			t.Fatalf("read %q, not UTF-8", got)
		}
		if again := utf16File(string(got), order)[2:]; !bytes.Equal(again, units) {
			t.Errorf("read %q from % x, which encodes as % x", got, units, again)
		}
	})
}

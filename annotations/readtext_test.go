package annotations

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

// readWhole is what readText gives, read in one go.
func readWhole(b []byte) (string, error) {
	if !utf8.Valid(b) {
		return "", notUTF8(b)
	}
	if wide(b) {
		return "", errWide
	}
	return string(bytes.TrimPrefix(b, []byte(byteOrderMark))), nil
}

func TestReadPieces(t *testing.T) {
	for _, c := range []struct{ name, text string }{
		{"empty", ""},
		{"shorter than a piece", "ab"},
		{"a character across two pieces", "abcé" + "defg"},
		{"a four-byte character across two pieces", "ab🌊cdefgh"},
		{"a byte order mark", byteOrderMark + "abcdefgh"},
		{"an invalid byte after a piece", "abcd\xffefg"},
		{"a character cut at the end of the file", "abcdefé"[:8]},
		{"a stray continuation byte at a piece's end", "abc\x80defg"},
		{"UTF-16 without a byte order mark", strings.Repeat("a\x00", 20)},
	} {
		t.Run(c.name, func(t *testing.T) {
			want, wantErr := readWhole([]byte(c.text))
			// The size hint is the file's length, none, or wrong (a UTF-16
			// file's decoded text is longer than the file).
			for _, hint := range []int{len(c.text), 0, len(c.text) / 2, 2*len(c.text) + 1} {
				got, err := readPieces(strings.NewReader(c.text), 4, hint)
				if got != want || (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
					t.Errorf("read in pieces of 4, size hint %d: %q, %v; want %q, %v", hint, got, err, want, wantErr)
				}
			}
		})
	}
}

func FuzzReadPieces(f *testing.F) {
	f.Add("Mayor José Ramírez 🌊 spoke.", 3, 30)
	f.Add("abc\xffdef", 4, 0)
	f.Fuzz(func(t *testing.T, text string, piece, hint int) {
		if piece < utf8.UTFMax || piece > 64 || hint > 1<<20 {
			return
		}
		want, wantErr := readWhole([]byte(text))
		got, err := readPieces(strings.NewReader(text), piece, hint)
		if got != want || (err == nil) != (wantErr == nil) || (err != nil && err.Error() != wantErr.Error()) {
			t.Errorf("read in pieces of %d: %q, %v; want %q, %v", piece, got, err, want, wantErr)
		}
	})
}

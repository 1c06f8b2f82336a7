package annotations

import (
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// hazardText holds, one per line, the text that breaks naive offset and
// segmentation code: a ZWJ family emoji, flags, a skin tone, combining
// marks, CJK without spaces, Arabic and Hebrew, CRLF and a lone CR, NBSP,
// a zero-width space, astral letters and a tab.
const hazardText = "Family 👨‍👩‍👧‍👦 and flag 🇺🇦🇵🇱 ok.\n" +
	"Thumbs 👍🏽 up\r\n" +
	"Cafe\u0301 and re\u0301sume\u0301\r" +
	"東京都に住んでいます。今日は晴れ。\n" +
	"مرحبا بالعالم. שלום עולם.\n" +
	"4.2\u00a0million\u200bdollars\n" +
	"Bold \U0001D400\U0001D401 math\ttab\n"

// docOf makes a document of text, failing the test if it cannot.
func docOf(t testing.TB, text string) *Document {
	t.Helper()
	d, err := NewDocument(text)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// rangeOf is the byte range of the first sub in text.
func rangeOf(t testing.TB, text, sub string) Range {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q is not in %q", sub, text)
	}
	return Range{i, i + len(sub)}
}

func TestConvert(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		off      int
		from, to Unit
		want     int
	}{
		{"ASCII is the identity", "hello", 3, Bytes, CodePoints, 3},
		{"after an emoji in code points", "a👍b", 5, Bytes, CodePoints, 2},
		{"after an emoji in UTF-16", "a👍b", 5, Bytes, UTF16, 3},
		{"UTF-16 back to bytes", "a👍b", 3, UTF16, Bytes, 5},
		{"code points to UTF-16", "a👍b", 2, CodePoints, UTF16, 3},
		{"ZWJ family is 7 code points", "👨‍👩‍👧‍👦x", 25, Bytes, CodePoints, 7},
		{"ZWJ family is 11 UTF-16 units", "👨‍👩‍👧‍👦x", 25, Bytes, UTF16, 11},
		{"flag is two code points", "🇺🇦x", 8, Bytes, CodePoints, 2},
		{"flag is four UTF-16 units", "🇺🇦x", 4, UTF16, Bytes, 8},
		{"skin tone modifier", "👍🏽x", 2, CodePoints, Bytes, 8},
		{"combining mark is its own code point", "e\u0301x", 3, Bytes, CodePoints, 2},
		{"CJK is three bytes a code point", "東京x", 6, Bytes, UTF16, 2},
		{"Arabic is two bytes a code point", "مرحبا", 3, CodePoints, Bytes, 6},
		{"Hebrew", "שלום", 8, Bytes, CodePoints, 4},
		{"CRLF is two code points", "a\r\nb", 3, Bytes, CodePoints, 3},
		{"NBSP", "a\u00a0b", 3, Bytes, CodePoints, 2},
		{"zero-width space", "a\u200bb", 4, Bytes, UTF16, 2},
		{"astral letter is a surrogate pair", "\U0001D400b", 1, CodePoints, UTF16, 2},
		{"end of text", "a👍b", 6, Bytes, UTF16, 4},
		{"end of text from UTF-16", "a👍b", 4, UTF16, CodePoints, 3},
		{"start of text", "👍", 0, UTF16, Bytes, 0},
		{"same unit", "a👍b", 3, UTF16, UTF16, 3},
		{"past a checkpoint", strings.Repeat("é", 200) + "👍x", 404, Bytes, UTF16, 202},
		{"from a checkpoint in UTF-16", strings.Repeat("é", 200) + "👍x", 202, UTF16, Bytes, 404},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := NewIndex(tt.text).Convert(tt.off, tt.from, tt.to)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("Convert(%d, %v, %v) = %d, want %d", tt.off, tt.from, tt.to, got, tt.want)
			}
		})
	}
}

func TestConvertErrors(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		off      int
		from, to Unit
		want     string
	}{
		{"negative", "abc", -1, CodePoints, Bytes, "offset -1 (code points) is outside the text (length 3)"},
		{"past the end of ASCII", "hello", 6, Bytes, CodePoints, "offset 6 (bytes) is outside the text (length 5)"},
		{"past the end in UTF-16", "a👍b", 5, UTF16, Bytes, "offset 5 (UTF-16 units) is outside the text (length 4)"},
		{"byte inside an emoji", "a👍b", 2, Bytes, CodePoints, "offset 2 (bytes) falls inside a code point"},
		{"byte inside a combining mark", "e\u0301", 2, Bytes, UTF16, "offset 2 (bytes) falls inside a code point"},
		{"UTF-16 inside a surrogate pair", "a👍b", 2, UTF16, Bytes, "offset 2 (UTF-16 units) falls inside a code point"},
		{"UTF-16 inside an astral letter", "\U0001D400", 1, UTF16, CodePoints, "offset 1 (UTF-16 units) falls inside a code point"},
		{"bytes to bytes inside a code point", "東京", 4, Bytes, Bytes, "offset 4 (bytes) falls inside a code point"},
		{"UTF-16 to UTF-16 inside a surrogate pair", "a👍b", 2, UTF16, UTF16, "offset 2 (UTF-16 units) falls inside a code point"},
		{"empty text", "", 1, CodePoints, Bytes, "offset 1 (code points) is outside the text (length 0)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewIndex(tt.text).Convert(tt.off, tt.from, tt.to)
			if err == nil {
				t.Fatalf("Convert(%d, %v, %v) succeeded", tt.off, tt.from, tt.to)
			}
			if diff := cmp.Diff(tt.want, err.Error()); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestIndexLen(t *testing.T) {
	x := NewIndex(hazardText)
	got := [3]int{x.Len(Bytes), x.Len(CodePoints), x.Len(UTF16)}
	want := [3]int{len(hazardText), utf8.RuneCountInString(hazardText), len(utf16.Encode([]rune(hazardText)))}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lengths mismatch (-want +got):\n%s", diff)
	}
}

func TestUnitString(t *testing.T) {
	got := []string{Bytes.String(), CodePoints.String(), UTF16.String(), Unit(7).String()}
	want := []string{"bytes", "code points", "UTF-16 units", "Unit(7)"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("names mismatch (-want +got):\n%s", diff)
	}
}

// TestIndexAgreesWithNaive checks every offset of a long hazard text, whose
// multi-byte characters straddle the index's checkpoints.
func TestIndexAgreesWithNaive(t *testing.T) {
	checkIndex(t, strings.Repeat(hazardText, 12))
}

func FuzzIndex(f *testing.F) {
	f.Add(hazardText)
	f.Add("")
	f.Add("plain ASCII")
	f.Add(strings.Repeat("é👍", 100))
	f.Fuzz(func(t *testing.T, text string) {
		if !utf8.ValidString(text) {
			return
		}
		checkIndex(t, text)
	})
}

// checkIndex compares the index of text with a naive count at every byte
// offset and every UTF-16 offset: boundaries convert and round-trip, and
// offsets inside a code point fail.
func checkIndex(t *testing.T, text string) {
	t.Helper()
	x := NewIndex(text)
	boundary := make(map[int]bool) // UTF-16 offsets at a code point boundary
	wantCP, wantU16 := 0, 0        // the naive count up to b
	for b := 0; b <= len(text); b++ {
		cp, errCP := x.FromByte(b, CodePoints)
		u16, errU16 := x.FromByte(b, UTF16)
		if b < len(text) && !utf8.RuneStart(text[b]) {
			if errCP == nil || errU16 == nil {
				t.Fatalf("byte %d inside a code point converted to %d, %d", b, cp, u16)
			}
			continue
		}
		if b > 0 {
			r, _ := utf8.DecodeLastRuneInString(text[:b])
			wantCP++
			wantU16 += len(utf16.Encode([]rune{r}))
		}
		boundary[wantU16] = true
		if errCP != nil || errU16 != nil || cp != wantCP || u16 != wantU16 {
			t.Fatalf("byte %d: got (%d, %d, %v, %v), want (%d, %d)", b, cp, u16, errCP, errU16, wantCP, wantU16)
		}
		back, err := x.ToByte(cp, CodePoints)
		if err != nil || back != b {
			t.Fatalf("code point %d back to byte %d, %v; want %d", cp, back, err, b)
		}
		back, err = x.ToByte(u16, UTF16)
		if err != nil || back != b {
			t.Fatalf("UTF-16 %d back to byte %d, %v; want %d", u16, back, err, b)
		}
		if got, err := x.Convert(cp, CodePoints, UTF16); err != nil || got != u16 {
			t.Fatalf("code point %d to UTF-16: %d, %v; want %d", cp, got, err, u16)
		}
	}
	if wantCP != utf8.RuneCountInString(text) || x.Len(UTF16) != len(utf16.Encode([]rune(text))) {
		t.Fatalf("lengths %d, %d disagree with the naive count", wantCP, x.Len(UTF16))
	}
	for u := 0; u <= x.Len(UTF16); u++ {
		if _, err := x.ToByte(u, UTF16); (err == nil) != boundary[u] {
			t.Fatalf("UTF-16 offset %d: error %v, but boundary is %v", u, err, boundary[u])
		}
	}
}

// TestBuildIndexInPieces builds the index of a text of several pieces with
// pauses between them: it is the index NewIndex builds, and an Index call
// during a pause ends the build with the index that call built.
func TestBuildIndexInPieces(t *testing.T) {
	text := strings.Repeat("Mayor José Ramírez 🌊 spoke. ", 3*indexPiece/25)
	d := &Document{Text: text}
	pauses := 0
	if err := d.BuildIndex(func() error { pauses++; return nil }); err != nil {
		t.Fatal(err)
	}
	if pauses < 3 {
		t.Errorf("built with %d pauses; want one a piece, at least 3", pauses)
	}
	if diff := cmp.Diff(NewIndex(text), d.index, cmp.AllowUnexported(Index{})); diff != "" {
		t.Errorf("the index built in pieces differs (-NewIndex +BuildIndex):\n%s", diff)
	}
	d = &Document{Text: text}
	var during *Index
	err := d.BuildIndex(func() error {
		if during == nil {
			during = d.Index()
		}
		return nil
	})
	if err != nil || d.index != during {
		t.Errorf("after an Index call during a pause, the document holds another index (error %v)", err)
	}
}

package annotations

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const selectText = "Critics call the estimate unrealistic. The  plan\u00a0\u200bcosts.\n" +
	"Family 👨‍👩‍👧‍👦 met Cafe\u0301 owners 👍🏽 🇺🇦🇵🇱 today.\r\n" +
	"\u00a0\u200b \n" +
	"end"

func TestSpanFromSelection(t *testing.T) {
	tests := []struct {
		name    string
		sel     string // the selection: the first place this text occurs
		unit    Unit
		reverse bool // selected right to left
		snap    bool
		want    string // the span: the first place this text occurs
	}{
		{"whole words stay as they are", "estimate unrealistic", Bytes, false, true, "estimate unrealistic"},
		{"partial words snap outward", "stimate unreal", Bytes, false, true, "estimate unrealistic"},
		{"snapping never swallows the full stop", "realisti", Bytes, false, true, "unrealistic"},
		{"a selected full stop is kept", "unrealistic. ", Bytes, false, true, "unrealistic."},
		{"whitespace is trimmed, NBSP and ZWSP too", "  plan\u00a0\u200b", Bytes, false, true, "plan"},
		{"code points", "Cafe\u0301 own", CodePoints, false, true, "Cafe\u0301 owners"},
		{"UTF-16 right to left", "mily 👨‍👩‍👧‍👦 me", UTF16, true, true, "Family 👨‍👩‍👧‍👦 met"},
		{"across a line break", "osts.\nFam", CodePoints, false, true, "costs.\nFamily"},
		{"CRLF at the end is trimmed", "today.\r\n", UTF16, false, true, "today."},
		{"half a flag pair snaps to its flag token", "🇦", UTF16, false, true, "🇺🇦"},
		{"character-exact keeps partial words", "stimate", Bytes, false, false, "stimate"},
		{"character-exact: half a ZWJ emoji is the whole cluster", "Family 👨", CodePoints, false, false, "Family 👨‍👩‍👧‍👦"},
		{"character-exact: the tail of a ZWJ emoji is the whole cluster", "👧‍👦 met", UTF16, true, false, "👨‍👩‍👧‍👦 met"},
		{"character-exact: a letter without its accent gets the accent", "Cafe", CodePoints, false, false, "Cafe\u0301"},
		{"character-exact: an accent alone gets its letter", "\u0301 own", CodePoints, false, false, "e\u0301 own"},
		{"character-exact: half a flag pair is one flag", "🇺", UTF16, false, false, "🇺🇦"},
		{"character-exact: an emoji without its skin tone gets the tone", "👍", UTF16, false, false, "👍🏽"},
	}
	d := docOf(t, selectText)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			sel := rangeOf(t, d.Text, tt.sel)
			start, end := inUnit(t, d, sel.Start, tt.unit), inUnit(t, d, sel.End, tt.unit)
			if tt.reverse {
				start, end = end, start
			}
			got, err := d.SpanFromSelection(start, end, tt.unit, "ENTITY", tt.snap)
			if err != nil {
				t.Fatal(err)
			}
			r := rangeOf(t, d.Text, tt.want)
			if diff := cmp.Diff(Span{r.Start, r.End, "ENTITY"}, got); diff != "" {
				t.Errorf("span of %q mismatch (-want +got):\n%s\ngot text %q", tt.sel, diff, d.Text[got.Start:got.End])
			}
		})
	}
}

func inUnit(t *testing.T, d *Document, b int, u Unit) int {
	t.Helper()
	off, err := d.Index().FromByte(b, u)
	if err != nil {
		t.Fatal(err)
	}
	return off
}

func TestSpanFromSelectionErrors(t *testing.T) {
	d := docOf(t, selectText)
	blank := rangeOf(t, d.Text, "\u00a0\u200b \n")
	tests := []struct {
		name       string
		start, end int
		unit       Unit
		want       error
	}{
		{"whitespace-only selection", blank.Start, blank.End, Bytes, ErrEmptySpan},
		{"empty selection", 5, 5, CodePoints, ErrEmptySpan},
		{"end past the text", 0, 10000, CodePoints, &OffsetError{10000, CodePoints, "is outside the text (length 112)"}},
		{"negative start", -1, 3, UTF16, &OffsetError{-1, UTF16, "is outside the text (length 122)"}},
		{"inside a surrogate pair", 0, 65, UTF16, &OffsetError{65, UTF16, "falls inside a code point"}},
		{"inside a code point", 68, 70, Bytes, &OffsetError{68, Bytes, "falls inside a code point"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := d.SpanFromSelection(tt.start, tt.end, tt.unit, "CLAIM", true)
			var offErr *OffsetError
			if errors.As(err, &offErr) {
				err = offErr
			}
			if diff := cmp.Diff(tt.want, err, cmp.Comparer(sameError)); diff != "" {
				t.Errorf("error mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

// sameError compares errors by identity or, for offset errors, by value.
func sameError(a, b error) bool {
	var x, y *OffsetError
	if errors.As(a, &x) && errors.As(b, &y) {
		return *x == *y
	}
	return a == b
}

func TestBlockSpan(t *testing.T) {
	text := " \tHeadline  \r\nBody text\n\u00a0\n\nlast"
	d := docOf(t, text)
	tests := []struct {
		name string
		at   int
		want string // the span's text, or "" for ErrEmptySpan
	}{
		{"from leading whitespace", 0, "Headline"},
		{"from inside a word", 5, "Headline"},
		{"a line break belongs to the line it ends", rangeOf(t, text, "\r").Start, "Headline"},
		{"second line", rangeOf(t, text, "text").Start, "Body text"},
		{"NBSP-only line", rangeOf(t, text, "\u00a0").Start, ""},
		{"empty line", rangeOf(t, text, "\n\n").End - 1, ""},
		{"end of text", len(text), "last"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := d.BlockSpan(tt.at, "BOILERPLATE")
			if tt.want == "" {
				if !errors.Is(err, ErrEmptySpan) {
					t.Fatalf("got %v, %v; want ErrEmptySpan", got, err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			r := rangeOf(t, text, tt.want)
			if diff := cmp.Diff(Span{r.Start, r.End, "BOILERPLATE"}, got); diff != "" {
				t.Errorf("BlockSpan(%d) mismatch (-want +got):\n%s", tt.at, diff)
			}
		})
	}
}

// TestPieceAtInLongLine: in a line too long to tokenise whole, the token
// around a byte is the one tokenising the whole line gives, and the count
// of tokenisations goes up by one.
func TestPieceAtInLongLine(t *testing.T) {
	words := "Mayor José Ramírez 👨‍👩‍👧 spoke, didn't he? 3.5 well-known Russia’s  e\u0301t\u00e9 日本語 « quoted » "
	text := strings.Repeat(words, 2*windowBytes/len(words)+1)
	d, err := NewDocument(text)
	if err != nil {
		t.Fatal(err)
	}
	whole := appendTokens(nil, text, 0, len(text))
	before := Tokenised()
	for _, tok := range whole {
		for b := tok.Start; b < tok.End; b++ {
			got, ok := d.pieceAt(b, true)
			if want := (Range{tok.Start, tok.End}); !ok || got != want {
				t.Fatalf("pieceAt(%d) = %v, %v; want %v (%q)", b, got, ok, want, text[tok.Start:tok.End])
			}
		}
	}
	if n, calls := Tokenised()-before, int64(len(text)-strings.Count(text, " ")); n > calls {
		t.Errorf("Tokenised went up by %d for at most %d lookups", n, calls)
	}
}

package annotations

import "testing"

// TestCheckSpanBoundaries checks the code point boundaries of spans, in a
// document known to be UTF-8 (without building its offset index) and in
// one that is not (whose stray bytes the index reads as code points).
func TestCheckSpanBoundaries(t *testing.T) {
	utf8Doc, err := NewDocument("a👍b é")
	if err != nil {
		t.Fatal(err)
	}
	other := &Document{Text: "a\x80b"}
	for _, tt := range []struct {
		name string
		d    *Document
		span Span
		want string
	}{
		{"around the emoji", utf8Doc, Span{1, 5, "X"}, ""},
		{"to the end", utf8Doc, Span{6, 9, "X"}, ""},
		{"start inside the emoji", utf8Doc, Span{2, 5, "X"}, "span X[2,5): offset 2 (bytes) falls inside a code point"},
		{"end inside the é", utf8Doc, Span{7, 8, "X"}, "span X[7,8): offset 8 (bytes) falls inside a code point"},
		{"a stray byte is a code point", other, Span{1, 2, "X"}, ""},
		{"outside", utf8Doc, Span{0, 10, "X"}, "span X[0,10) lies outside the text (length 9 bytes)"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if err := tt.d.checkSpan(tt.span); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("checkSpan(%v) = %q, want %q", tt.span, got, tt.want)
			}
		})
	}
	if utf8Doc.index != nil {
		t.Error("checking spans of a UTF-8 document built its offset index")
	}
}

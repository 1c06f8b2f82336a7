package annotations

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestUnsureSaid: Label Studio regions without text are named when an emoji
// comes before their end, and only then.
func TestUnsureSaid(t *testing.T) {
	text := "Ferry 🚢 to Gdańsk"
	region := func(n, start, end int) spanIn {
		return spanIn{name: fmt.Sprintf("result %d", n), start: start, end: end, units: codePointsOnly, unsure: true}
	}
	tests := []struct {
		name  string
		text  string
		spans []spanIn
		want  []string
	}{
		{"no emoji", "Ferry to Gdańsk", []spanIn{region(1, 9, 15)}, nil},
		{"before the emoji", text, []spanIn{region(1, 0, 5)}, nil},
		{"with text to tell", text, []spanIn{{name: "result 1", start: 11, end: 17, units: textUnits}}, nil},
		{"after it", text, []spanIn{region(1, 0, 5), region(2, 11, 17)},
			[]string{`result 2 [11,17) read in code points; Label Studio's editor may count UTF-16 units, in which U+1F6A2 at code point 6 counts twice, and without the region's "text" nothing tells which was meant: check where they fall`}},
		{"many", text, []spanIn{region(1, 11, 17), region(2, 11, 17), region(3, 11, 17), region(4, 11, 17), region(5, 8, 10)},
			[]string{`result 1 [11,17), result 2 [11,17), result 3 [11,17) and 2 more read in code points; Label Studio's editor may count UTF-16 units, in which U+1F6A2 at code point 6 counts twice, and without the region's "text" nothing tells which was meant: check where they fall`}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, unsureSaid(tt.text, tt.spans)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
	}
}

package annotations

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestScanSpans(t *testing.T) {
	five, nine := 5, 9
	text := "a\"b"
	for _, tt := range []struct {
		raw  string
		want []prodigySpan
		ok   bool
	}{
		{`[]`, []prodigySpan{}, true},
		{` [ {"start":5,"end":9,"label":"X","text":"a\"b","pattern":[{"lower":"a"}],"source":"p"} , {} ] `,
			[]prodigySpan{{Start: &five, End: &nine, Label: "X", Text: &text, Pattern: json.RawMessage(`[{"lower":"a"}]`), Source: "p"}, {}}, true},
		{`[{"Start":5}]`, nil, false}, // encoding/json's: any case
		{`[{"start":5.0}]`, nil, false},
		{`[{"text":null}]`, nil, false},
		{`[{"label":1}]`, nil, false},
		{`[{"other":1}]`, nil, false},
		{`[{"start":5}`, nil, false},
		{`[{"start":5}] x`, nil, false},
		{`[null]`, nil, false},
	} {
		got, ok := scanSpans([]byte(tt.raw))
		if ok != tt.ok {
			t.Errorf("scanSpans(%s): ok %v, want %v", tt.raw, ok, tt.ok)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("scanSpans(%s) (-want +got):\n%s", tt.raw, diff)
		}
	}
}

// FuzzScanSpans checks scanSpans against encoding/json: a list it reads,
// encoding/json reads the same.
func FuzzScanSpans(f *testing.F) {
	for _, seed := range []string{`[{"start":0,"end":3,"label":"A","text":"abc"}]`, `[{"start":-1,"end":1e2}]`,
		`[{"pattern":{"a":[1,2]},"source":"\u00e9"},{}]`, `[{"start":99999999999999999999}]`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, ok := scanSpans(raw)
		if !ok {
			return
		}
		var want []prodigySpan
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("scanSpans(%q) read %d spans, but encoding/json refuses the list: %v", raw, len(got), err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("scanSpans(%q) (-encoding/json +got):\n%s", raw, diff)
		}
	})
}

package annotations

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestChangesOnImportAreSaid: what reading changes in a line, it says,
// naming the line, and it loses nothing.
func TestChangesOnImportAreSaid(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		want     []*Document
		warnings []string
	}{
		{
			name: "doccano spans of one label that overlap are merged, the originals kept aside",
			input: `{"text":"Kyiv","label":[]}` + "\n" +
				`{"text":"Alice Smith visited Kyiv","label":[[0,11,"ENTITY"],[6,19,"ENTITY"],[20,24,"ENTITY"],[0,24,"CLAIM"]]}`,
			want: []*Document{{Text: "Kyiv"}, {
				Text:  "Alice Smith visited Kyiv",
				Spans: []Span{{0, 19, "ENTITY"}, {0, 24, "CLAIM"}, {20, 24, "ENTITY"}},
				Extra: []Field{{"_kept_aside", rawJSON(`[` +
					`{"start":0,"end":11,"label":"ENTITY","text":"Alice Smith","reason":"merged with the ENTITY spans it overlaps into [0,19)"},` +
					`{"start":6,"end":19,"label":"ENTITY","text":"Smith visited","reason":"merged with the ENTITY spans it overlaps into [0,19)"}]`)}},
			}},
			warnings: []string{"line 2: ENTITY spans overlap: span 1 [0,11) and span 2 [6,19) merged into [0,19); the spans as they were are kept in _kept_aside"},
		},
		{
			name:  "exact duplicates are one span, said of nothing",
			input: `{"text":"Kyiv","label":[[0,4,"ENTITY"],[0,4,"ENTITY"]]}`,
			want:  []*Document{{Text: "Kyiv", Spans: []Span{{0, 4, "ENTITY"}}}},
		},
		{
			name:  "merged spans join those kept aside already, in code points",
			input: `{"text":"🌊 Kyiv 🌊","entities":[{"label":"ENTITY","start_offset":2,"end_offset":5},{"label":"ENTITY","start_offset":4,"end_offset":6}],"_kept_aside":[{"label":"CLAIM","text":"x"}]}`,
			want: []*Document{{
				Text:  "🌊 Kyiv 🌊",
				Spans: []Span{{5, 9, "ENTITY"}},
				Extra: []Field{{"_kept_aside", rawJSON(`[{"label":"CLAIM","text":"x"},` +
					`{"start":2,"end":5,"label":"ENTITY","text":"Kyi","reason":"merged with the ENTITY spans it overlaps into [2,6)"},` +
					`{"start":4,"end":6,"label":"ENTITY","text":"iv","reason":"merged with the ENTITY spans it overlaps into [2,6)"}]`)}},
			}},
			warnings: []string{"line 1: ENTITY spans overlap: span 1 [2,5) and span 2 [4,6) merged into [2,6); the spans as they were are kept in _kept_aside"},
		},
		{
			name: "a key given twice: the last value is read, never both",
			input: `{"text":"Alice met Bob","spans":[{"start":0,"end":5,"label":"ENTITY"}],"source":"a",` +
				`"spans":[{"start":10,"end":13,"label":"ENTITY"}],"source":"b","source":"c"}`,
			want: []*Document{{
				Text:  "Alice met Bob",
				Spans: []Span{{10, 13, "ENTITY"}},
				Extra: []Field{{"source", rawJSON(`"c"`)}},
			}},
			warnings: []string{
				`line 1: key "spans" is given 2 times: the last value is read, the others are left out`,
				`line 1: key "source" is given 3 times: the last value is read, the others are left out`,
			},
		},
		{
			name:  "a lone surrogate escape is named with its line; a pair and an escaped backslash are not",
			input: `{"text":"ok"}` + "\n" + `{"text":"a\ud800b \ud83d\ude00 \\ud800 \udc00\ud800"}`,
			want:  []*Document{{Text: "ok"}, {Text: "a\ufffdb 😀 \\ud800 \ufffd\ufffd"}},
			warnings: []string{
				`line 2: the escape \ud800 at byte 10 is half of a UTF-16 surrogate pair, alone: it is read as U+FFFD`,
				`line 2: the escape \udc00 at byte 39 is half of a UTF-16 surrogate pair, alone: it is read as U+FFFD`,
				`line 2: the escape \ud800 at byte 45 is half of a UTF-16 surrogate pair, alone: it is read as U+FFFD`,
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, report, err := ReadAll(strings.NewReader(tt.input), DefaultLabels)
			if err != nil || len(report.Errors) > 0 || len(report.Anchors) > 0 {
				t.Fatalf("ReadAll: %v %v", err, report)
			}
			if diff := cmp.Diff(tt.want, docs, docOptions); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.warnings, errorTexts(report.Warnings)); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
			}
			for _, d := range docs {
				checkWritesBack(t, d)
			}
		})
	}
}

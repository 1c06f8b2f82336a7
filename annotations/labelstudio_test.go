package annotations

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestLabelStudioUnits(t *testing.T) {
	task := func(text, value string) string {
		return fmt.Sprintf(`{"data":{"text":%q},"annotations":[{"result":[{"type":"labels","value":%s}]}]}`, text, value)
	}
	tests := []struct {
		name    string
		line    string
		want    []Span
		wantErr string
	}{
		{
			name: "code points are tried first",
			line: task("😀 Kyiv Kyiv.", `{"start":2,"end":6,"text":"Kyiv","labels":["ENTITY"]}`),
			want: []Span{{5, 9, "ENTITY"}},
		},
		{
			name: "UTF-16 units when only they match the text",
			line: task("😀 Kyiv Kyiv.", `{"start":8,"end":12,"text":"Kyiv","labels":["ENTITY"]}`),
			want: []Span{{10, 14, "ENTITY"}},
		},
		{
			name: "without a text the offsets are code points",
			line: task("😀 Kyiv Kyiv.", `{"start":7,"end":11,"labels":["ENTITY"]}`),
			want: []Span{{10, 14, "ENTITY"}},
		},
		{
			name: "each of several labels makes a span",
			line: task("😀 Kyiv Kyiv.", `{"start":2,"end":6,"text":"Kyiv","labels":["ENTITY","CLAIM"]}`),
			want: []Span{{5, 9, "CLAIM"}, {5, 9, "ENTITY"}},
		},
		{
			name: "when no unit holds the text the span moves to it",
			line: task("😀 Kyiv Odesa.", `{"start":2,"end":7,"text":"Odesa","labels":["ENTITY"]}`),
			want: []Span{{10, 15, "ENTITY"}},
		},
		{
			name:    "a result without labels",
			line:    task("Kyiv", `{"start":0,"end":4,"labels":[]}`),
			wantErr: "line 1: annotation 1 result 1 has no labels",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewReader(strings.NewReader(tt.line), DefaultLabels).Read()
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Read() error = %v, want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, d.Spans); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
		})
	}
}

package annotations

import (
	"bytes"
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		s    string
	}{
		{"plain ASCII", "Kyiv talks"},
		{"HTML characters are not escaped", "<b>Tom & Jerry</b>"},
		{"quotes and backslashes", `say "hi" \ bye`},
		{"short escapes", "\b\f\n\r\t"},
		{"other control characters", "\x00\x01\x1f\x7f"},
		{"line and paragraph separators", "a\u2028b\u2029c"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb\xe2\x80"},
		{"emoji, ZWJ, flags, combining marks, RTL, NBSP", "👩‍👩‍👧 🇵🇱 e\u0301 שלום\u00a0\u200b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tt.s); err != nil {
				t.Fatal(err)
			}
			got := string(appendJSONString(nil, tt.s)) + "\n"
			if diff := cmp.Diff(want.String(), got); diff != "" {
				t.Errorf("appendJSONString(%q) (-want +got):\n%s", tt.s, diff)
			}
		})
	}
}

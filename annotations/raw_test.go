package annotations

import (
	"strings"
	"testing"
)

func TestReaderRaw(t *testing.T) {
	r := NewReader(strings.NewReader("\n{\"text\":\"a\"}\n{bad}\n"), DefaultLabels)
	for _, want := range []struct {
		raw  string
		line int
	}{{"{\"text\":\"a\"}\n", 2}, {"{bad}\n", 3}} {
		r.Read()
		if raw, line := r.Raw(); string(raw) != want.raw || line != want.line {
			t.Errorf("Raw() = %q, %d; want %q, %d", raw, line, want.raw, want.line)
		}
	}
}

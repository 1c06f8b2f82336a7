package annotations

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// splitInWindows splits text as BuildLines does, in windows of size bytes.
func splitInWindows(text string, size int) []Line {
	s := lineSplitter{text: text}
	for !s.done {
		s.splitTo(s.scanned + size)
	}
	return s.lines
}

func TestLinesInWindows(t *testing.T) {
	for _, text := range []string{"", "ab", "ab\n", "a\r\nb", "\r\r\n", "a\n\rb", "a\n\n\nb", "ab\r", "abc\r\ndef\rg\n\nh"} {
		want := splitLines(text)
		for size := 1; size <= len(text)+1; size++ {
			if diff := cmp.Diff(want, splitInWindows(text, size)); diff != "" {
				t.Errorf("%q in windows of %d (-whole +windows):\n%s", text, size, diff)
			}
		}
	}
}

func FuzzLinesInWindows(f *testing.F) {
	f.Add("a\r\nb\rc\n\n", 2)
	f.Fuzz(func(t *testing.T, text string, size int) {
		if size < 1 || size > 1<<10 {
			return
		}
		if diff := cmp.Diff(splitLines(text), splitInWindows(text, size)); diff != "" {
			t.Fatalf("%q in windows of %d (-whole +windows):\n%s", text, size, diff)
		}
	})
}

// TestBuildLines finds a long text's lines and NUL a megabyte at a time:
// the same lines as Lines, the NUL wherever it is.
func TestBuildLines(t *testing.T) {
	long := strings.Repeat("Mayor José spoke.\r\n", linesPiece/9) // 2.2 MB: three pieces
	for _, c := range []struct {
		name   string
		text   string
		nul    bool
		pauses int
	}{
		{"short", "a\nb", false, 1},
		{"long", long, false, 3},
		{"a NUL in the last piece", long + "\x00", true, 3},
		{"a NUL at the start", "\x00" + long, true, 3},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := &Document{Text: c.text}
			pauses := 0
			if err := d.BuildLines(func() error { pauses++; return nil }); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(splitLines(c.text), d.Lines()) {
				t.Errorf("the lines differ from those found in one go")
			}
			if d.HasNUL() != c.nul || pauses != c.pauses {
				t.Errorf("HasNUL %v after %d pauses, want %v after %d", d.HasNUL(), pauses, c.nul, c.pauses)
			}
		})
	}
}

// TestBuildLinesStopped: a pause's error stops BuildLines, and Lines and
// HasNUL are then found whole on first use.
func TestBuildLinesStopped(t *testing.T) {
	text := strings.Repeat("ab\n", linesPiece) + "\x00"
	d := &Document{Text: text}
	stop := errors.New("stop")
	if err := d.BuildLines(func() error { return stop }); err != stop {
		t.Fatalf("BuildLines gave %v, want the pause's error", err)
	}
	if len(d.Lines()) != linesPiece+1 || !d.HasNUL() {
		t.Errorf("after a stop: %d lines, HasNUL %v; want %d, true", len(d.Lines()), d.HasNUL(), linesPiece+1)
	}
}

package save

import (
	"io"
	"strings"
	"testing"
	"testing/iotest"
)

// TestTrackerLen: a tracker says how much is left to read when the reader
// it tracks knows, and 0 when it does not.
func TestTrackerLen(t *testing.T) {
	sized := Track(strings.NewReader("Mayor José"))
	if got := sized.Len(); got != 11 {
		t.Errorf("before reading: %d bytes left, want 11", got)
	}
	if _, err := io.CopyN(io.Discard, sized, 4); err != nil {
		t.Fatal(err)
	}
	if got := sized.Len(); got != 7 {
		t.Errorf("after 4 bytes: %d bytes left, want 7", got)
	}
	if got := Track(iotest.OneByteReader(strings.NewReader("abc"))).Len(); got != 0 {
		t.Errorf("a reader that does not know its length: %d, want 0", got)
	}
}

package annotations

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// manySpansLine is one JSONL object: a text of n words, each an ENTITY.
func manySpansLine(n int) string {
	words := make([]string, n)
	spans := make([]string, n)
	at := 0
	for i := range words {
		words[i] = fmt.Sprintf("w%04d", i)
		spans[i] = fmt.Sprintf(`{"start":%d,"end":%d,"label":"ENTITY"}`, at, at+5)
		at += 6
	}
	return `{"text":"` + strings.Join(words, " ") + `","spans":[` + strings.Join(spans, ",") + "]}\n"
}

// TestReaderPausesInALongObject: one object of 2,500 spans is decoded in
// pieces, with a pause between its fields, after its offset index and
// every thousand spans placed, and gives the same document as read
// without pausing.
func TestReaderPausesInALongObject(t *testing.T) {
	line := manySpansLine(2500)
	want, _, err := ReadAll(strings.NewReader(line), DefaultLabels)
	if err != nil || len(want) != 1 || len(want[0].Spans) != 2500 {
		t.Fatalf("ReadAll: %d documents, err %v", len(want), err)
	}
	pauses := 0
	var got []*Document
	count := func() error { pauses++; return nil }
	report, err := OpenPlainWith("x.jsonl", strings.NewReader(line), DefaultLabels, ReadOptions{Pause: count}, func(d *Document) error {
		got = append(got, d)
		return nil
	})
	if err != nil || len(report.Errors) > 0 {
		t.Fatalf("OpenPlainWith: %v %v", err, report.Errors)
	}
	// One after the UTF-8 check, one before each of the 2 fields, one
	// after them, one after the offset index's piece, 2 among the spans
	// placed.
	if pauses != 7 {
		t.Errorf("paused %d times, want 7", pauses)
	}
	if diff := cmp.Diff(want, got, docOptions); diff != "" {
		t.Errorf("documents mismatch (-read at once +read pausing):\n%s", diff)
	}
}

// TestReaderStopsAtThePausesError: an error of the pause (the page's job
// cancelled) ends the read as it is, not as a bad line.
func TestReaderStopsAtThePausesError(t *testing.T) {
	stop := errors.New("stopped")
	calls := 0
	pause := func() error {
		if calls++; calls == 4 {
			return stop
		}
		return nil
	}
	report, err := OpenPlainWith("x.jsonl", strings.NewReader(manySpansLine(2500)+manySpansLine(3)), DefaultLabels, ReadOptions{Pause: pause}, func(*Document) error {
		t.Error("a document was read past the pause's error")
		return nil
	})
	if !errors.Is(err, stop) || len(report.Errors) > 0 {
		t.Errorf("err %v, lines reported %v; want the pause's error alone", err, report.Errors)
	}
}

// TestReaderPausesInALongText: a document's 3 MiB text, as JSON with an
// escape every 1,024 bytes, is checked and scanned in pieces of a MiB, with
// a pause after each (QA pass 13: a 4 MB page was one task of a second).
func TestReaderPausesInALongText(t *testing.T) {
	segment := strings.Repeat("x", 1022) + `\n`
	line := `{"text":"` + strings.Repeat(segment, 3072) + "\"}\n"
	pauses := 0
	count := func() error { pauses++; return nil }
	var got []*Document
	_, err := OpenPlainWith("x.jsonl", strings.NewReader(line), DefaultLabels, ReadOptions{Pause: count}, func(d *Document) error {
		got = append(got, d)
		return nil
	})
	if err != nil || len(got) != 1 || len(got[0].Text) != 3072*1023 {
		t.Fatalf("read %d documents, err %v", len(got), err)
	}
	// 4 in the UTF-8 check (3 MiB and 12 bytes), 3 in the text's string
	// (at the first escape past each MiB), one before its field and one
	// after (no spans: no offset index to build).
	if pauses != 9 {
		t.Errorf("paused %d times, want 9", pauses)
	}
}

// TestCheckUTF8Paused: a bad byte past the first piece is named by its
// place in the whole, as CheckUTF8 names it, and a character across a
// piece's end is no bad byte.
func TestCheckUTF8Paused(t *testing.T) {
	none := func() error { return nil }
	across := []byte(strings.Repeat("x", scanPiece-1) + "é" + strings.Repeat("y", 10))
	if err := checkUTF8Paused(across, none); err != nil {
		t.Errorf("a character across a piece's end: %v", err)
	}
	bad := []byte(strings.Repeat("x", scanPiece+500) + "\xff")
	if err := checkUTF8Paused(bad, none); err == nil || err.Error() != fmt.Sprintf("text is not valid UTF-8 at byte %d", scanPiece+500) {
		t.Errorf("a bad byte in the second piece: %v", err)
	}
}

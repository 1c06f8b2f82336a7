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

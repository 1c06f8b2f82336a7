//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	gocmp "github.com/google/go-cmp/cmp"
)

// The HTML parser drops U+0000: a document holding it must still be shown,
// selected and exported exactly.

// writeText writes text as the file dir/name and returns its path.
func writeText(t *testing.T, dir, name, text string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNULKept drags over "Delta" in a text holding NULs, labels it and
// exports: the span is exactly "Delta", and #doc shows the text exactly.
func TestNULKept(t *testing.T) {
	text := "Alpha\x00Beta Gamma\x00\x00Delta epsilon\n"
	tb := openApp(t)
	tb.openFile(writeText(t, t.TempDir(), "nul.txt", text))
	tb.waitDoc(text)
	at := strings.Index(text, "Delta")
	delta := span{at, at + len("Delta"), "ENTITY"}
	tb.drag(u16(text, delta.Start), u16(text, delta.End), false)
	tb.press("1")
	tb.waitCover("Delta is an ENTITY", coverOf(text, delta))
	tb.waitDoc(text)
	tasks := jsonLines(t, tb.export())
	if len(tasks) != 1 {
		t.Fatalf("the export holds %d documents, want 1", len(tasks))
	}
	spans, _ := tasks[0]["spans"].([]any)
	var got []map[string]any
	for _, s := range spans {
		s := s.(map[string]any)
		got = append(got, map[string]any{"start": s["start"], "end": s["end"], "label": s["label"], "text": s["text"]})
	}
	want := []map[string]any{{"start": float64(cp(text, delta.Start)), "end": float64(cp(text, delta.End)), "label": "ENTITY", "text": "Delta"}}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("exported spans (-want +got):\n%s", diff)
	}
	if tasks[0]["text"] != text {
		t.Errorf("exported text %q, want %q", tasks[0]["text"], text)
	}
}

// TestEveryCharacterKept opens a file holding every character of the Basic
// Multilingual Plane and a few beyond it, 64 to a line, and lines ended by
// CR and CRLF: #doc's text content is the file's text exactly.
func TestEveryCharacterKept(t *testing.T) {
	var b strings.Builder
	n := 0
	for r := rune(1); r <= 0x10FFFF; r++ {
		if r == '\n' || r == '\r' || !utf8.ValidRune(r) || r > 0xFFFF && r&0xFFFF > 2 {
			continue
		}
		b.WriteRune(r)
		if n++; n%64 == 0 {
			b.WriteString("\n")
		}
	}
	b.WriteString("\x00 a CR\rends a line, as CRLF\r\ndoes\n")
	text := b.String()
	tb := openApp(t)
	tb.openFile(writeText(t, t.TempDir(), "every.txt", text))
	tb.waitFor("#doc holds every character", js(`t => document.getElementById("doc").textContent === t`, text),
		js(`t => { const d = document.getElementById("doc").textContent; let i = 0; while (i < d.length && d[i] === t[i]) i++;
			return "the text differs at UTF-16 offset " + i + ": " + JSON.stringify(d.slice(i, i + 8)) + " for " + JSON.stringify(t.slice(i, i + 8)); }`, text))
}

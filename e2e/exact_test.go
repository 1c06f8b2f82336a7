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

// TestRightToLeftLine: a line of Arabic in an English text is drawn right to left (its
// full stop at its left end: QA pass 19, L1), and a drag over one of its words labels
// exactly that word.
func TestRightToLeftLine(t *testing.T) {
	text := "Market day in Orton.\nافتتح السوق يوم السبت.\n"
	tb := openApp(t)
	tb.openFile(writeText(t, t.TempDir(), "rtl.txt", text))
	tb.waitDoc(text)
	const stopLeftOfText = `(() => {
		const ln = document.querySelectorAll("#doc .ln")[1], node = document.createTreeWalker(ln, NodeFilter.SHOW_TEXT).nextNode();
		const rect = (a, b) => { const r = document.createRange(); r.setStart(node, a); r.setEnd(node, b); return r.getBoundingClientRect() };
		const n = node.length;
		return rect(n-1, n).left < rect(0, 1).left })()`
	if !eval[bool](tb, stopLeftOfText) {
		t.Errorf("the Arabic line's full stop is not drawn at its left end")
	}
	tb.screenshot(t.Name())
	at := strings.Index(text, "السوق")
	word := span{at, at + len("السوق"), "ENTITY"}
	tb.drag(u16(text, word.Start), u16(text, word.End), false)
	tb.press("1")
	tb.waitCover("the word is an ENTITY", coverOf(text, word))
	spans, _ := jsonLines(t, tb.export())[0]["spans"].([]any)
	if len(spans) != 1 || spans[0].(map[string]any)["text"] != "السوق" || spans[0].(map[string]any)["start"] != float64(cp(text, word.Start)) {
		t.Errorf("exported spans %v, want the one word at %d", spans, cp(text, word.Start))
	}
}

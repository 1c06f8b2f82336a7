//go:build !js

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// writeFile writes content to a file called name in a temporary directory
// and returns its path.
func writeFile(t *testing.T, name, content string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// TestNoTokensBeforeFirstPaint opens a document with spans and reads the
// core's count of tokenisations (window.spantagTokenised) when its text
// first comes into #doc: opening it tokenised nothing. Snapping a
// selection then does, which shows that the count counts.
func TestNoTokensBeforeFirstPaint(t *testing.T) {
	text := strings.Repeat("Mayor José Ramírez spoke about the estimate.\n", 4000)
	path := writeFile(t, "article.jsonl", fmt.Sprintf(`{"text":%q,"spans":[{"start":6,"end":18,"label":"ENTITY"}]}`+"\n", text))
	tb := openApp(t)
	eval[bool](tb, `(() => {
		window.tokensBefore = spantagTokenised();
		const doc = document.getElementById("doc");
		new MutationObserver((_, observer) => {
			if (!doc.textContent.startsWith("Mayor")) return;
			observer.disconnect();
			window.firstPaint = {tokens: spantagTokenised(), marks: doc.querySelectorAll("mark").length};
		}).observe(doc, {childList: true, subtree: true});
		return true;
	})()`)
	tb.openFile(path)
	tb.waitDoc(text)
	got := eval[map[string]int](tb, `({before: window.tokensBefore, ...window.firstPaint})`)
	if got["tokens"] != got["before"] || got["marks"] != 1 {
		t.Errorf("when the text came into #doc, the page had tokenised %d times and drawn %d spans; want %d times (as before opening) and 1 span",
			got["tokens"], got["marks"], got["before"])
	}
	tb.drag(20, 24, false) // "spo" of "spoke", snapped
	tb.press("2")
	tb.waitFor("the snapped span is drawn", `document.querySelectorAll('#doc mark[data-label="CLAIM"]').length === 1`, `document.getElementById("status").textContent`)
	if after := eval[int](tb, `spantagTokenised()`); after <= got["before"] {
		t.Errorf("snapping a selection left the count of tokenisations at %d", after)
	}
}

// wordsText is n bytes of numbered ASCII words ("w0 w1 …") on one line.
func wordsText(n int) string {
	var b strings.Builder
	for i := 0; b.Len() < n; i++ {
		fmt.Fprintf(&b, "w%d ", i)
	}
	return strings.TrimSpace(b.String())
}

// TestLongLineInBlocks opens a document of one line larger than what is
// drawn at once: #doc's text is exact, the line is drawn in blocks, and a
// drag over the edge between two blocks, snapping, Shift+3 over the whole
// line and undo work as on any line; a reload reads it back, stored in
// parts.
func TestLongLineInBlocks(t *testing.T) {
	text := wordsText(2_500_000)
	tb := openApp(t)
	tb.openFile(writeFile(t, "one-line.txt", text))
	tb.waitDoc(text)
	blocks := eval[int](tb, `document.querySelectorAll("#doc .ln > .blk").length`)
	if blocks < 100 {
		t.Fatalf("a line of %d bytes is drawn in %d blocks", len(text), blocks)
	}
	cut := eval[int](tb, `+document.querySelectorAll("#doc .blk")[7].dataset.at`)
	if text[cut-1] != ' ' || text[cut] == ' ' {
		t.Fatalf("block 7 starts at %d, not after a space: %q", cut, text[cut-5:cut+5])
	}
	// Drag from inside the word before the edge to inside the word after.
	tb.drag(cut-3, cut+2, false)
	tb.press("1")
	start := strings.LastIndexByte(text[:cut-3], ' ') + 1
	end := cut + strings.IndexByte(text[cut:], ' ')
	want := fmt.Sprintf("%d-%d %d-%d", start, end, start, end)
	tb.waitFor("the span over the edge is drawn in both blocks as "+want,
		js(`w => [...document.querySelectorAll('#doc mark[data-label="ENTITY"]')].map(m => m.dataset.start + "-" + m.dataset.end).join(" ") === w`, want),
		`[...document.querySelectorAll("#doc mark")].map(m => m.parentElement.dataset.at + ":" + m.dataset.start + "-" + m.dataset.end).join(" ")`)
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitFor("undo takes the span away", `document.querySelectorAll("#doc mark").length === 0`, `document.querySelectorAll("#doc mark").length`)
	tb.clickAt(cut + 2)
	tb.press("#") // Shift+3: the whole line, every block redrawn
	tb.waitFor("the line's span is drawn in every block",
		fmt.Sprintf(`document.querySelectorAll('#doc mark[data-label="BOILERPLATE"]').length === %d`, blocks),
		`document.querySelectorAll("#doc mark").length`)
	tb.waitFor("the span list shows the line's span, drawn anew after the large change",
		`document.querySelectorAll("#spans li").length === 1 && document.getElementById("spans").textContent.includes("BOILERPLATE")`,
		`document.getElementById("spans").textContent`)
	if got := tb.docText(); got != text {
		t.Fatalf("#doc's text differs from the document's after the edits (%d bytes, want %d)", len(got), len(text))
	}
	lines := jsonLines(t, tb.export())
	spans, _ := lines[0]["spans"].([]any)
	if len(spans) != 1 {
		t.Fatalf("the export has %d spans, want 1", len(spans))
	}
	s := spans[0].(map[string]any)
	if s["start"] != 0.0 || s["end"] != float64(len(text)) || s["label"] != "BOILERPLATE" || s["text"] != text {
		t.Errorf("the export's span is %v-%v %v, want the whole line, 0-%d BOILERPLATE", s["start"], s["end"], s["label"], len(text))
	}
	// The text is stored in parts (save/parts.go) and read back whole.
	tb.waitSaved()
	tb.reload()
	tb.waitDoc(text)
	tb.waitFor("the line's span is back after the reload", `document.querySelectorAll('#doc mark[data-label="BOILERPLATE"]').length > 0`,
		`document.querySelectorAll("#doc mark").length`)
}

// TestManyLines opens a document of 200,000 short lines: its text is
// exact, the end can be scrolled to and labelled, undo works there, and the
// export holds the text.
func TestManyLines(t *testing.T) {
	var b strings.Builder
	for i := range 200_000 {
		fmt.Fprintf(&b, "Line %d of many.\n", i)
	}
	text := b.String()
	tb := openApp(t)
	tb.openFile(writeFile(t, "many-lines.txt", text))
	tb.waitDoc(text)
	// Drawing it in steps shows its progress over what opening said, which
	// comes back when the drawing ends.
	tb.waitFor("the status says what was opened", `document.getElementById("status").textContent.startsWith("Opened many-lines.txt")`,
		`document.getElementById("status").textContent`)
	last := strings.LastIndex(text, "Line 199999")
	tb.drag(last+5, last+11, false) // the number of the last line
	tb.press("1")
	tb.waitFor("the span on the last line is drawn",
		fmt.Sprintf(`document.querySelector('#doc mark[data-label="ENTITY"]')?.dataset.start === "%d"`, last+5), `document.querySelectorAll("#doc mark").length`)
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitFor("undo takes it away", `document.querySelectorAll("#doc mark").length === 0`, `document.querySelectorAll("#doc mark").length`)
	lines := jsonLines(t, tb.export())
	if len(lines) != 1 || lines[0]["text"] != text {
		t.Errorf("the export does not hold the document's text")
	}
}

// TestLargePageKept opens a saved page whose markup is many parts of the
// store long (save/parts.go), reloads, and exports its CleanEval gold: the
// page's HTML comes back byte for byte.
func TestLargePageKept(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!DOCTYPE html><html><body><h1>Harbour archive</h1>\n")
	for i := range 4000 {
		fmt.Fprintf(&b, "<p class=\"entry\">Entry %d: Zoë Ramírez logged the tide at Kyiv pier 🌊.</p>\n", i)
	}
	b.WriteString("</body></html>\n")
	page := b.String()
	tb := openApp(t)
	tb.openFile(writeFile(t, "archive.html", page))
	tb.waitFor("the page is drawn", `document.getElementById("doc").textContent.includes("Entry 3999:")`, `document.getElementById("doc").textContent.length`)
	tb.waitSaved()
	tb.reload()
	tb.waitFor("the page is drawn again", `document.getElementById("doc").textContent.includes("Entry 3999:")`, `document.getElementById("doc").textContent.length`)
	files := tb.exportAs("cleaneval", 2)
	if got := string(files["archive.cleaneval-1.html"]); got != page {
		t.Errorf("the page's HTML came back as %d bytes, want the %d opened", len(got), len(page))
	}
}

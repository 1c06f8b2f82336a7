//go:build !js

package e2e

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// TestCrashWhileReading crashes the renderer while a large file is read:
// on reopening, the page says the dataset holds only the file's beginning
// and Export warns so; opening the same file again continues the read,
// with no document twice.
func TestCrashWhileReading(t *testing.T) {
	// About 7 MB, which the page stores a megabyte at a time; long words,
	// so that the exports stay small.
	const docs = 2000
	var file strings.Builder
	var texts []string
	for i := range docs {
		text := fmt.Sprintf("Document %d %s", i, strings.Repeat("abcdefghij", 370))
		texts = append(texts, text)
		fmt.Fprintf(&file, "{\"text\":%q}\n", text)
	}
	path := filepath.Join(t.TempDir(), "parts.jsonl")
	if err := os.WriteFile(path, []byte(file.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	s := newSession(t, siteURL)
	tb := s.open()
	// A slow processor, so that the read is still under way when the
	// renderer crashes.
	if _, err := chromedp.Call(tb.ctx, emulation.SetCPUThrottlingRate, emulation.SetCPUThrottlingRateParams{Rate: 10}); err != nil {
		t.Fatal(err)
	}
	tb.openFile(path)
	tb.waitLong("a part of the file is stored", `document.getElementById("status").textContent.startsWith("Reading parts.jsonl")`)
	ctx, cancel := context.WithTimeout(tb.ctx, 2*time.Second)
	_, _ = chromedp.Call(ctx, page.Crash, cdp.Empty{}) // never answers: the renderer is gone
	cancel()
	tb.close()

	again := s.open()
	again.chooseDataset("parts.jsonl")
	again.waitFor("the page says the file was not read to its end", `document.getElementById("status").textContent.includes("parts.jsonl was not read to its end")`,
		`document.getElementById("status").textContent`)
	partial := jsonLines(t, again.export())
	if len(partial) == 0 || len(partial) >= docs {
		t.Fatalf("the crash left %d documents of %d", len(partial), docs)
	}
	if status := again.textOf("#status"); !strings.Contains(status, "not read to its end") {
		t.Errorf("after exporting the part, #status says %q; want a warning", status)
	}

	again.openFile(path)
	again.waitFor("the page offers to continue", `!document.getElementById("resume-form").hidden`, `"hidden"`)
	again.click("Continue reading")
	again.waitLong("the file is read to its end", `document.getElementById("progress").getAttribute("aria-busy") === "false" && document.getElementById("progress").textContent.includes("of 2000")`)
	lines := jsonLines(t, again.export())
	if len(lines) != docs {
		t.Fatalf("after continuing, the export has %d lines, want %d", len(lines), docs)
	}
	for i, l := range lines {
		if l["text"] != texts[i] {
			t.Fatalf("line %d of the export holds another text: %.40q", i+1, l["text"])
		}
	}
	if names := eval[string](again, `[...document.getElementById("datasets").options].map(o => o.textContent).join("|")`); strings.Count(names, "parts.jsonl") != 1 {
		t.Errorf("the datasets are %q, want parts.jsonl once", names)
	}
}

// waitLong waits until expr is true, for as long as a page busy reading a
// large file may take to answer (waitFor's polls give up sooner).
func (tb *tab) waitLong(what, expr string) {
	tb.t.Helper()
	for deadline := time.Now().Add(60 * time.Second); !eval[bool](tb, expr); {
		if time.Now().After(deadline) {
			tb.t.Fatalf("waiting until %s: not in a minute", what)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

//go:build !js

package e2e

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	gocmp "github.com/google/go-cmp/cmp"
)

// topLineJS is the index of the first line of #doc whose bottom is in the
// window.
const topLineJS = `(() => {
	for (const l of document.querySelectorAll("#doc .ln"))
		if (l.getBoundingClientRect().bottom > 0) return +l.dataset.line;
	return -1;
})()`

// exportChoiceJS is what the export options show.
const exportChoiceJS = `(() => {
	const ticked = id => [...document.querySelectorAll("#" + id + " input:checked")].map(b => b.value);
	const field = n => document.querySelector('#export-settings [name="' + n + '"]');
	return {Format: document.getElementById("export-format").value, Labels: ticked("export-labels"),
		Answers: ticked("export-answers"), ByDocument: field("by-document").checked, Dev: field("dev").value};
})()`

type exportChoice struct {
	Format          string
	Labels, Answers []string
	ByDocument      bool
	Dev             string
}

// TestReloadKeepsPlaceAndExportOptions scrolls a long document with the
// mouse wheel and sets the export options, reloads, and finds both as they
// were. The document is drawn in steps (over render.DrawAtOnce), so its
// place is drawn only after the page starts.
func TestReloadKeepsPlaceAndExportOptions(t *testing.T) {
	tb := openApp(t)
	openLines(t, tb, 4000)
	tb.openExportOptions()
	tb.choose("export-format", "entities-iob2")
	tb.untick(`#export-labels input[value="CLAIM"]`)
	tb.untick(`#export-answers input[value="reject"]`)
	tb.clickCSS(`#export-settings [name="by-document"]`)
	tb.setInput(`#export-settings [name="dev"]`, "10")
	want := eval[exportChoice](tb, exportChoiceJS)
	if want.Format != "entities-iob2" || want.Dev != "10" || !want.ByDocument {
		t.Fatalf("the export options were not set as the test meant: %+v", want)
	}

	tb.press(kb.Escape) // the options are stored as they close
	tb.waitFor("the export options are closed", "!("+exportPanelOpen+")", `"open"`)
	wheel := input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseWheel, X: 300, Y: 300, DeltaX: 0.01, DeltaY: 40000} // CDP refuses a wheel without both deltas, and drops a zero one
	if _, err := chromedp.Call(tb.ctx, input.DispatchMouseEvent, wheel); err != nil {
		t.Fatalf("scrolling with the wheel: %v", err)
	}
	tb.waitFor("the page scrolled", `scrollY > 20000`, `scrollY`)
	time.Sleep(time.Second) // the place is stored once scrolling has stopped for a moment
	top := eval[int](tb, topLineJS)
	tb.waitSaved()
	tb.reload()
	// Within a line: chunks never drawn are laid out at an estimated height.
	tb.waitFor(fmt.Sprintf("the document is back at its place, line %d at the top", top), js(`top => {
		for (const l of document.querySelectorAll("#doc .ln"))
			if (l.getBoundingClientRect().bottom > 0) return Math.abs(+l.dataset.line - top) <= 1;
		return false;
	}`, top), topLineJS)
	if diff := gocmp.Diff(want, eval[exportChoice](tb, exportChoiceJS)); diff != "" {
		t.Errorf("the export options after the reload (-before +after):\n%s", diff)
	}
}

// seenLineJS is the index of the line of #doc seen at the top of the
// window (hit-tested, not measured: a line in a chunk laid out at an
// estimated height has a place of its own that is not where it is drawn).
const seenLineJS = `(() => {
	const d = document.getElementById("doc").getBoundingClientRect();
	const e = document.elementFromPoint(d.left + 40, Math.max(d.top, 0) + 4);
	const ln = e && e.closest(".ln");
	return ln ? +ln.dataset.line : -1;
})()`

// TestReloadKeepsPlaceInParagraphs scrolls far down a document of long
// paragraphs, each several lines on screen, drawn in steps (over
// render.DrawAtOnce), reloads twice, and sees the same paragraph at the top:
// the chunks above it are laid out at an estimated height until drawn, and
// the paragraph's own scroll landed some twenty paragraphs away. Then a new
// file opens at its start, not where the last one was.
func TestReloadKeepsPlaceInParagraphs(t *testing.T) {
	tb := openApp(t)
	text := paragraphs(440)
	tb.openFile(writeText(t, t.TempDir(), "paragraphs.txt", text))
	tb.waitDoc(text)
	// Turn by turn, as a wheel scrolls: the page grows as the chunks come
	// into view and are laid out for real.
	for range 30 {
		wheel := input.DispatchMouseEventParams{Type: input.DispatchMouseEventTypeMouseWheel, X: 300, Y: 300, DeltaX: 0.01, DeltaY: 1000}
		if _, err := chromedp.Call(tb.ctx, input.DispatchMouseEvent, wheel); err != nil {
			t.Fatalf("scrolling with the wheel: %v", err)
		}
		time.Sleep(30 * time.Millisecond)
	}
	tb.waitFor("the page scrolled", `scrollY > 25000`, `scrollY`)
	time.Sleep(time.Second) // the place is stored once scrolling has stopped for a moment
	top := eval[int](tb, seenLineJS)
	tb.waitSaved()
	for _, how := range []string{"a reload", "a second reload"} {
		tb.reload()
		tb.waitDoc(text)
		time.Sleep(time.Second) // the page settles: what moves the text would have moved it
		if got := eval[int](tb, seenLineJS); got < top-1 || got > top+1 {
			t.Errorf("after %s, paragraph %d is at the top, want %d", how, got, top)
		}
	}
	small := "A short note.\nIt opens at its start.\n"
	tb.openFile(writeText(t, t.TempDir(), "note.txt", small))
	tb.waitDoc(small)
	tb.waitFor("the new file is shown from its start", `scrollY === 0`, `scrollY`)
}

// paragraphs is a text of n paragraphs of 100 to 230 bytes, one to three
// lines on screen, over render.DrawAtOnce from 300 on.
func paragraphs(n int) string {
	var b strings.Builder
	words := strings.Fields("the council voted on the harbour plan after spring flooding delayed the new bridge and its steel costs rose again")
	for i := range n {
		fmt.Fprintf(&b, "Paragraph %d:", i)
		for w := 0; w < 16+(i*7)%22; w++ {
			b.WriteString(" " + words[(i*5+w*3)%len(words)])
		}
		b.WriteString(".\n")
	}
	return b.String()
}

// TestNextSuggestionFarDown steps to a suggestion near the end of a long
// document of paragraphs, from its start: the suggestion is on screen
// where it is drawn (hit-tested), though the chunks before it were laid
// out at an estimated height.
func TestNextSuggestionFarDown(t *testing.T) {
	tb := openApp(t)
	text := paragraphs(440)
	tb.openFile(writeText(t, t.TempDir(), "paragraphs.txt", text))
	tb.waitDoc(text)
	tb.openFile(writeText(t, t.TempDir(), "far.patterns.jsonl", `{"label": "ENTITY", "pattern": [{"ORTH": "Paragraph"}, {"ORTH": "408"}]}`+"\n"))
	tb.waitFor("the pattern's suggestion is drawn", `document.querySelectorAll("#doc [data-suggested]").length === 1`, `document.getElementById("status").textContent`)
	tb.press("n")
	tb.waitFor("the suggestion is on screen where it is drawn", `(() => {
		const m = document.querySelector("#doc mark.sel");
		if (!m) return false;
		const r = m.getBoundingClientRect(), hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
		return r.top >= 0 && r.bottom <= innerHeight && m.contains(hit);
	})()`, `(() => { const d = document.getElementById("doc").getBoundingClientRect(); const e = document.elementFromPoint(d.left + 40, innerHeight / 2); return "the middle of the window shows " + (e && e.textContent.slice(0, 16)); })()`)
}

// setInput types value into the field matching sel, replacing what it
// held, and leaves it, so that its change event fires.
func (tb *tab) setInput(sel, value string) {
	tb.t.Helper()
	tb.clickCSS(sel)
	tb.waitFor("the field has the focus", js(`sel => document.activeElement === document.querySelector(sel)`, sel), `document.activeElement.outerHTML`)
	tb.press("a", chromedp.ModifierCtrl)
	tb.do("type into "+sel, chromedp.KeyEvent(value))
	tb.waitFor("the field holds "+value, js(`(sel, v) => document.querySelector(sel).value === v`, sel, value), js(`sel => document.querySelector(sel).value`, sel))
	tb.press(kb.Tab)
}

// TestShiftLabelsEachLine drags over three lines, one of them blank, and
// presses Shift+3: each line with text becomes a span of its own, and one
// undo takes them all back.
func TestShiftLabelsEachLine(t *testing.T) {
	text := "Advertisement\nRead Next\n\nShare on X\nThe harbour wall holds.\n"
	tb := openApp(t)
	tb.openFile(writeText(t, t.TempDir(), "lines.txt", text))
	tb.waitDoc(text)
	at := func(s string) int { return strings.Index(text, s) }
	tb.drag(at("vertisement"), at("on X"), false)
	tb.press("#") // Shift+3
	line := func(s string) span { return span{at(s), at(s) + len(s), "BOILERPLATE"} }
	tb.waitCover("each line is a span", coverOf(text, line("Advertisement"), line("Read Next"), line("Share on X")))
	tb.waitFor("the list holds three spans", `document.querySelectorAll("#spans [data-label=BOILERPLATE]").length === 3`,
		`document.getElementById("spans").textContent`)
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitCover("one undo removes them all", cover{})
}

//go:build !js

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// caretState is the page's selection as UTF-16 offsets into #doc, and the
// caret the page draws.
type caretState struct {
	Anchor, Focus int
	Shown         bool    // #caret is visible
	Off           float64 // how far #caret is from the selection's focus, in pixels
	InView        bool    // the focus is inside the window
}

const caretJS = `() => {
	const root = document.getElementById("doc"), sel = getSelection();
	if (!sel.rangeCount) return {Anchor: -1, Focus: -1};
	const off = (node, o) => { const r = document.createRange(); r.setStart(root, 0); r.setEnd(node, o); return r.toString().length; };
	const at = document.createRange();
	at.setStart(sel.focusNode, sel.focusOffset);
	let f = at.getBoundingClientRect();
	if (!f.height && sel.focusNode.nodeType === 1) f = sel.focusNode.getBoundingClientRect(); // an empty line
	const c = document.getElementById("caret").getBoundingClientRect();
	return {
		Anchor: off(sel.anchorNode, sel.anchorOffset), Focus: off(sel.focusNode, sel.focusOffset),
		Shown: document.getElementById("caret").checkVisibility() && c.height > 0,
		Off: Math.abs(c.left + c.width / 2 - f.left) + Math.abs(c.top - f.top),
		InView: f.top >= 0 && f.bottom <= innerHeight,
	};
}`

// caret waits until the caret is drawn, collapsed at UTF-16 offset want
// (any offset when want is -1), and returns where it is.
func (tb *tab) caret(what string, want int) caretState {
	tb.t.Helper()
	return tb.caretWhere(what, fmt.Sprintf("(%d < 0 || s.Focus === %d)", want, want))
}

// caretWhere waits until the caret is drawn, collapsed, and cond holds of
// its caretState s (a JavaScript expression), and returns where it is.
func (tb *tab) caretWhere(what, cond string) caretState {
	tb.t.Helper()
	tb.waitFor(what, fmt.Sprintf(`(s => s.Anchor === s.Focus && s.Shown && s.Off < 2 && %s)((%s)())`, cond, caretJS), `(`+caretJS+`)()`)
	return eval[caretState](tb, `(`+caretJS+`)()`)
}

// openLines opens a text of n short lines as a dataset, and returns it and
// the length of each line with its newline.
func openLines(t *testing.T, tb *tab, n int) (text string, lineLen int) {
	t.Helper()
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "line %03d alpha beta gamma\n", i)
	}
	text = b.String()
	path := filepath.Join(t.TempDir(), "lines.txt")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	tb.openFile(path)
	tb.waitDoc(text)
	return text, len(text) / n
}

// TestCaretKeys places and moves the caret with the keyboard alone, sees it
// drawn, and labels a word selected from it with Shift+Ctrl+Left.
func TestCaretKeys(t *testing.T) {
	tb := openApp(t)
	text, n := openLines(t, tb, 200)

	tb.press(kb.ArrowDown)
	tb.caret("the first key puts the caret at the start of the first line", 0)
	// What is above the text grows (a status line, a panel), and lines
	// above the caret are laid out anew: the caret moves with the text.
	eval[bool](tb, `(() => {
		const shim = document.createElement("div");
		shim.id = "shim";
		shim.style.height = "57px";
		document.body.insertBefore(shim, document.querySelector("main"));
		return true;
	})()`)
	tb.caret("the caret follows the text down when what is above it grows", 0)
	eval[bool](tb, `(document.getElementById("doc").style.paddingTop = "41px", true)`)
	tb.caret("the caret follows the text when the document's own box grows", 0)
	eval[bool](tb, `(document.getElementById("shim").remove(), document.getElementById("doc").style.paddingTop = "", true)`)
	tb.caret("the caret follows the text back up", 0)
	tb.press(kb.ArrowDown)
	tb.press(kb.ArrowDown)
	tb.caret("ArrowDown twice moves it two lines down", 2*n)
	tb.press(kb.ArrowRight)
	tb.caret("ArrowRight moves it by a character", 2*n+1)
	tb.press(kb.Home)
	tb.caret("Home moves it to the start of the line", 2*n)
	tb.press(kb.End)
	tb.caret("End moves it to the end of the line", 3*n-1)
	tb.press(kb.ArrowLeft, chromedp.ModifierCtrl, chromedp.ModifierShift)
	tb.press("1")
	gamma := strings.LastIndex(text[:3*n], "gamma")
	tb.waitCover("the last word of the third line is an ENTITY", coverOf(text, span{gamma, gamma + len("gamma"), "ENTITY"}))

	// The label leaves the caret where the selection ended, before "gamma";
	// ArrowUp takes it a line up, at the same place across.
	tb.press(kb.ArrowUp)
	at := tb.caret("ArrowUp moves the caret a line up from where the label left it", gamma-n)
	tb.clickAt(40*n + 3)
	tb.caret("a click puts the caret in line 40", 40*n+4)
	tb.press(kb.ArrowUp)
	tb.caret("ArrowUp from line 40 goes to line 39", 39*n+4)
	// PageDown and PageUp place the caret once the page has scrolled.
	tb.press(kb.PageDown)
	down := tb.caretWhere("PageDown moves the caret a screenful of lines down, in view", fmt.Sprintf("s.Focus >= %d && s.InView", (at.Focus/n+10)*n))
	tb.press(kb.PageUp)
	tb.caretWhere("PageUp moves the caret back up, in view", fmt.Sprintf("s.Focus <= %d && s.InView", (down.Focus/n-10)*n))
	tb.press(kb.End, chromedp.ModifierCtrl)
	if end := tb.caret("Ctrl+End moves the caret to the end", -1); end.Focus < len(text)-n || !end.InView {
		t.Errorf("Ctrl+End put the caret at %d of %d (in view: %v)", end.Focus, len(text), end.InView)
	}
	tb.press(kb.Home, chromedp.ModifierCtrl)
	tb.caret("Ctrl+Home moves the caret to the start", 0)
	tb.press(kb.ArrowRight, chromedp.ModifierCtrl)
	if word := tb.caret("Ctrl+ArrowRight moves the caret by a word", -1); word.Focus < len("line") || word.Focus > len("line ") {
		t.Errorf("Ctrl+ArrowRight put the caret at %d; want after the word %q", word.Focus, "line")
	}
	tb.press(kb.ArrowRight, chromedp.ModifierShift)
	tb.press(kb.ArrowRight, chromedp.ModifierShift)
	if s := eval[caretState](tb, `(`+caretJS+`)()`); s.Focus-s.Anchor != 2 {
		t.Errorf("Shift+ArrowRight twice selected [%d,%d); want two characters from the caret", s.Anchor, s.Focus)
	}
}

// TestLinesByKeys tags lines one after another from the keyboard: Shift+3
// with the caret in a line tags it and leaves the caret there, and ArrowDown
// goes on to the next line; Enter selects a span there, Delete removes it.
func TestLinesByKeys(t *testing.T) {
	tb := openApp(t)
	text, n := openLines(t, tb, 30)
	tb.clickAt(5*n + 2)
	tb.caret("a click puts the caret in line 5", 5*n+3)
	for range 3 {
		tb.press("#")
		tb.press(kb.ArrowDown)
	}
	line := func(i int) span { return span{i * n, (i+1)*n - 1, "BOILERPLATE"} }
	tb.waitCover("lines 5, 6 and 7 are BOILERPLATE", coverOf(text, line(5), line(6), line(7)))
	tb.caret("the caret is in line 8, where ArrowDown took it", 8*n+3)
	// Enter selects the span the caret is in, and Delete removes it.
	tb.press(kb.ArrowUp)
	tb.press(kb.Enter)
	tb.waitFor("Enter selects the span of line 7", `document.getElementById("status").textContent.startsWith("Selected BOILERPLATE")`,
		`document.getElementById("status").textContent`)
	tb.press(kb.Delete)
	tb.waitCover("Delete removed it", coverOf(text, line(5), line(6)))
}

// TestEscClearsSelection selects words, presses Esc, then a label key: no
// span is made, and the caret stays where the selection ended.
func TestEscClearsSelection(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)
	tb.label(sample, s.entity, "1", false)
	tb.waitCover("the name is an ENTITY", coverOf(sample, s.entity))

	start, end := inside(sample, s.other)
	tb.drag(start, end, false)
	tb.press(kb.Escape)
	tb.caret("Esc leaves the caret at the end of the selection", end)
	tb.press("2")
	tb.waitFor("the page asks for a selection", `document.getElementById("status").textContent.includes("Select some text")`,
		`document.getElementById("status").textContent`)
	tb.waitCover("nothing more is labelled", coverOf(sample, s.entity))
}

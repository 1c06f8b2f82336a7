//go:build !js

package e2e

import (
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The keyboard's focus, as a keyboard user meets it (QA pass 14): it stays
// where the user was when the page redraws what had it; and what a key did
// is said in the status line, which a screen reader reads.

// activeSays is a script saying what has the focus: its tag, id and text.
const activeSays = `(e => e.tagName + "#" + e.id + " " + e.textContent.trim())(document.activeElement)`

// openAnn opens the app with a one-line document of its own, and returns its text.
func openAnn(t *testing.T) (*tab, string) {
	text := "Ann met Bob in Oslo.\n"
	tb := openApp(t)
	tb.openFile(writeFile(t, "ann.txt", text))
	tb.waitDoc(text)
	return tb, text
}

// TestFocusKept: choosing an entry of the span list by Enter keeps the focus
// on it; Delete span, which then has nothing to delete, gives it to the
// document; Enter in the rename field saves the name and leaves the form for
// the list of datasets.
func TestFocusKept(t *testing.T) {
	tb, text := openAnn(t)
	status := `document.getElementById("status").textContent`
	tb.label(text, span{Start: 0, End: 3}, "1", false)
	tb.waitFor("a span made is said", status+` === "Added ENTITY “Ann”; Undo takes it back."`, status)
	tb.label(text, span{Start: 15, End: 19}, "1", false)
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitFor("an undo is said", status+` === "Undo: removed ENTITY “Oslo”."`, status)
	tb.press("Z", chromedp.ModifierCtrl, chromedp.ModifierShift) // redo
	tb.waitFor("two spans listed", `document.querySelectorAll("#spans button").length === 2`, `document.getElementById("spans").textContent`)

	eval[bool](tb, `document.querySelector("#spans button").focus(), true`)
	tb.press(kb.Enter)
	tb.waitFor("the chosen entry keeps the focus", `document.activeElement.closest("#spans") !== null && document.activeElement.textContent.includes("Ann")`, activeSays)

	eval[bool](tb, `document.getElementById("span-delete").focus(), true`)
	tb.press(kb.Enter)
	tb.waitFor("one span left", `document.querySelectorAll("#spans button").length === 1`, `document.getElementById("spans").textContent`)
	tb.waitFor("the document has the focus", `document.activeElement.id === "doc"`, activeSays)

	eval[bool](tb, `document.getElementById("rename").focus(), true`)
	tb.press(kb.Enter)
	tb.waitFor("the name field has the focus", `document.activeElement.id === "rename-input"`, activeSays)
	eval[bool](tb, `document.getElementById("rename-input").value = "", true`)
	tb.press("People")
	tb.press(kb.Enter)
	tb.waitFor("the name is saved and the form left, the list of datasets focused", `document.getElementById("rename-form").hidden && document.activeElement.id === "datasets" && [...document.getElementById("datasets").options].some(o => o.textContent === "People")`, activeSays)
}

// TestDatasetListKeys: arrowing through the Dataset list chooses a dataset
// without opening it (WCAG 3.2.2); Enter opens it and goes to its document,
// Esc goes back to the document; leaving the list without Enter puts back the
// one open. The first Tab reaches a link that skips to the document.
func TestDatasetListKeys(t *testing.T) {
	tb, text := openAnn(t)
	status := `document.getElementById("status").textContent`
	chosen := `document.getElementById("datasets").selectedOptions[0].textContent`
	tb.waitSaved() // the opening done, the list drawn with the new dataset

	eval[bool](tb, `document.getElementById("datasets").focus(), true`)
	tb.waitFor("the list has the focus", `document.activeElement.id === "datasets"`, activeSays)
	tb.press(kb.ArrowUp)
	tb.waitFor("the list says which dataset Enter opens", status+`.startsWith("Dataset “Sample article” chosen: press Enter")`, status)
	if got := tb.docText(); got != text {
		t.Fatalf("an arrow key opened another dataset: the document is %.40q", got)
	}
	tb.press(kb.Enter)
	tb.waitFor("Enter opens it", `document.getElementById("doc").textContent.length > 1000`, `document.getElementById("doc").textContent.length`)
	tb.waitFor("the document takes the focus, where its keys work (QA pass 18)", `document.activeElement.id === "doc"`, activeSays)
	eval[bool](tb, `document.getElementById("datasets").focus(), true`)
	tb.press(kb.Escape)
	tb.waitFor("Esc goes back to the document", `document.activeElement.id === "doc"`, activeSays)

	eval[bool](tb, `document.getElementById("datasets").focus(), true`)
	tb.press(kb.ArrowDown)
	tb.waitFor("the keys chose the other dataset", chosen+` === "ann.txt"`, chosen)
	tb.press(kb.Tab)
	tb.waitFor("leaving the list puts back the one open", chosen+` === "Sample article" && !`+status+`.includes("press Enter")`, chosen+` + " / " + `+status)
	if got := tb.docText(); got == text {
		t.Error("leaving the list opened the dataset its keys chose")
	}

	tb.waitSaved()
	tb.reload() // the keyboard starts from the top of the page
	tb.waitFor("the page is back", `document.getElementById("doc").textContent.length > 1000`, `document.getElementById("doc").textContent.length`)
	tb.press(kb.Tab)
	tb.waitFor("the first Tab stop is the link to the document", `document.activeElement.textContent === "Skip to the document"`, activeSays)
	tb.screenshot("skip-link")
	tb.press(kb.Enter)
	tb.waitFor("it takes the focus to the document", `document.activeElement.id === "doc"`, activeSays)
}

// TestKeysInExportOptions: a key typed while the focus is in the export options (on a
// tick) is the panel's, not the app's: "1" there labels nothing (QA pass 15: "a"
// there accepted a suggestion).
func TestKeysInExportOptions(t *testing.T) {
	tb, _ := openAnn(t)
	tb.click("Export options")
	tb.waitFor("the export options are open", exportPanelOpen, `"closed"`)
	eval[bool](tb, `(() => {
		const node = document.getElementById("doc").querySelector(".ln").firstChild;
		const r = document.createRange();
		r.setStart(node, 0);
		r.setEnd(node, 3);
		getSelection().removeAllRanges();
		getSelection().addRange(r);
		document.querySelector('#export-labels input[type="checkbox"]').focus();
		return true;
	})()`)
	tb.press("1")
	time.Sleep(time.Second) // what the key would do
	if n := eval[int](tb, `document.querySelectorAll("#doc mark").length`); n != 0 {
		t.Errorf("a key typed on a tick of the export options made %d span(s)", n)
	}
}

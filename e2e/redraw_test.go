//go:build !js

package e2e

import (
	"fmt"
	"strings"
	"testing"

	"spantag/internal/chrome"
)

// TestSelectionKeptWhileSuggestionsAreDrawn: suggestions drawn line by line
// while the annotator selects text keep the selection, even in the line
// drawn anew under the mouse, so that the label key then labels what was
// dragged over. Lines are drawn in order: the drag starts on the last one
// while the first are still being drawn. (Its words stand before the
// suggestion, whose mark would move them under the mouse.)
func TestSelectionKeptWhileSuggestionsAreDrawn(t *testing.T) {
	const lines = 40_000
	var b strings.Builder
	for i := range lines {
		fmt.Fprintf(&b, "Line %d, then Kyiv.\n", i)
	}
	text := b.String()
	tb := openApp(t)
	tb.openFile(writeFile(t, "kyiv.txt", text))
	tb.waitDoc(text)
	tb.waitFor("the file is read", `document.getElementById("progress").getAttribute("aria-busy") === "false"`, `document.getElementById("status").textContent`)
	tb.openFile(writeFile(t, "kyiv.patterns.jsonl", `{"label":"ENTITY","pattern":"Kyiv"}`+"\n"))
	tb.waitFor("the suggestions are being drawn", `document.getElementById("status").textContent.includes("Drawing")`,
		`document.getElementById("status").textContent`)
	last := strings.LastIndex(text, "then")
	from, to := u16(text, last), u16(text, last+len("then"))
	// The button goes down while the first lines are drawn, and comes up
	// once the line under it is drawn anew: DragWhile checks the selection.
	err := chrome.DragWhile(tb.ctx, from, to, false, func() error {
		tb.waitFor("every line's suggestion is drawn",
			fmt.Sprintf(`document.querySelectorAll("#doc mark[data-suggested]").length === %d`, lines),
			`document.querySelectorAll("#doc mark[data-suggested]").length`)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	tb.press("1")
	tb.waitFor("the selection is labelled",
		fmt.Sprintf(`document.querySelector('#doc mark[data-label="ENTITY"]:not([data-suggested])')?.dataset.start === "%d"`, last),
		`document.querySelectorAll("#doc mark:not([data-suggested])").length`)
}

//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/chromedp/chromedp/kb"
)

// TestLongSpanListInSteps: a short document with many spans lists them all
// (the list is drawn in steps after the paint), and a span deleted as soon
// as the text is there leaves the list, drawn whole, without it.
func TestLongSpanListInSteps(t *testing.T) {
	const n = 700 // over the 500 spans drawn at once
	var text strings.Builder
	var spans []map[string]any
	for i := range n {
		line := fmt.Sprintf("Line %d: Kyiv voted.\n", i)
		at := text.Len() + strings.Index(line, "Kyiv")
		spans = append(spans, map[string]any{"start": at, "end": at + 4, "label": "ENTITY"})
		text.WriteString(line)
	}
	raw, err := json.Marshal(map[string]any{"text": text.String(), "spans": spans})
	if err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(writeFile(t, "many-spans.jsonl", string(raw)+"\n"))
	tb.waitDoc(text.String())
	first := spans[0]["start"].(int)
	tb.clickAt(first + 1) // ASCII: UTF-16 offsets are byte offsets
	tb.waitFor("the first span is selected", fmt.Sprintf(`!!document.querySelector('#doc mark.sel[data-start="%d"]')`, first), `document.getElementById("status").textContent`)
	tb.press(kb.Delete)
	tb.waitFor(fmt.Sprintf("the list holds the other %d spans", n-1),
		fmt.Sprintf(`document.querySelectorAll("#spans li").length === %d && !document.querySelector('#spans [data-start="%d"]') && document.querySelectorAll("#doc mark").length === %d`, n-1, first, n-1),
		`document.querySelectorAll("#spans li").length + " listed, " + document.querySelectorAll("#doc mark").length + " marks"`)
}

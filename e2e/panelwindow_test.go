//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// panelWindow is what the suggestions panel shows of a document's
// suggestions: the listed ones' starts, the selected one's (-1 if none)
// and the lines that count those not listed.
type panelWindow struct {
	Starts   []int
	Selected int
	More     []string
}

const panelWindowJS = `(() => {
	const buttons = [...document.querySelectorAll("#suggestions button")];
	const sel = buttons.find(b => b.classList.contains("sel"));
	return {
		Starts: buttons.map(b => +b.dataset.start),
		Selected: sel ? +sel.dataset.start : -1,
		More: [...document.querySelectorAll("#suggestions li.more")].map(li => li.textContent),
	};
})()`

// TestPanelWindowFollowsNext: with more suggestions than the panel lists,
// Next and Previous move the list so that the selected suggestion is
// always in it, a few after the start, and the panel counts the others.
func TestPanelWindowFollowsNext(t *testing.T) {
	var sentences []string
	for i := 1; i <= 20; i++ {
		sentences = append(sentences, fmt.Sprintf("Kyiv %d.", i))
	}
	text := strings.Join(sentences, " ")
	line, _ := json.Marshal(map[string]string{"text": text})
	starts := make([]int, 20)
	for i := range starts {
		starts[i] = nth(t, text, "Kyiv", i, "ENTITY").Start
	}

	tb := openApp(t)
	tb.openFile(writeFile(t, "many.jsonl", string(line)+"\n"))
	tb.waitDoc(text)
	tb.openFile(writeFile(t, "many.patterns.jsonl", `{"label":"ENTITY","pattern":"Kyiv"}`+"\n"))
	tb.waitListed("patterns opened", 20, text)
	if diff := gocmp.Diff(panelWindow{starts[:12], -1, []string{"and 8 more"}}, eval[panelWindow](tb, panelWindowJS)); diff != "" {
		t.Errorf("the panel before any is selected (-want +got):\n%s", diff)
	}

	// The window, worked out by hand: three listed before the selected
	// one, twelve in all, never past the last.
	want := map[int]panelWindow{
		1:  {starts[0:12], starts[0], []string{"and 8 more"}},
		4:  {starts[0:12], starts[3], []string{"and 8 more"}},
		5:  {starts[1:13], starts[4], []string{"1 before", "and 7 more"}},
		10: {starts[6:18], starts[9], []string{"6 before", "and 2 more"}},
		12: {starts[8:20], starts[11], []string{"8 before"}},
		20: {starts[8:20], starts[19], []string{"8 before"}},
		21: {starts[0:12], starts[0], []string{"and 8 more"}}, // round to the first
	}
	for presses := 1; presses <= 21; presses++ {
		tb.press("n")
		selected := starts[(presses-1)%20]
		tb.waitFor(fmt.Sprintf("Next pressed %d times: the suggestion at %d selected", presses, selected),
			fmt.Sprintf(`%s.Selected === %d`, panelWindowJS, selected), panelWindowJS)
		if w, ok := want[presses]; ok {
			if diff := gocmp.Diff(w, eval[panelWindow](tb, panelWindowJS)); diff != "" {
				t.Errorf("Next pressed %d times (-want +got):\n%s", presses, diff)
			}
		}
	}
	tb.press("p") // round to the last
	tb.waitFor("Previous from the first: the last selected", fmt.Sprintf(`%s.Selected === %d`, panelWindowJS, starts[19]), panelWindowJS)
	if diff := gocmp.Diff(want[20], eval[panelWindow](tb, panelWindowJS)); diff != "" {
		t.Errorf("Previous from the first (-want +got):\n%s", diff)
	}
}

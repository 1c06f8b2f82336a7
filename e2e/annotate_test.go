//go:build !js

package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/chromedp/chromedp"

	"spantag/internal/chrome"
)

// readSample returns the built-in sample article that the app shows first.
func readSample(t *testing.T) string {
	t.Helper()
	b, err := os.ReadFile("../wasm/sample.txt")
	if err != nil {
		t.Fatalf("the sample article: %v", err)
	}
	return string(b)
}

// sampleSpans are spans a user would make on the sample: a name with an
// accented letter on a line with an emoji, a claim around it reaching over
// the emoji, and a boilerplate line.
type sampleSpans struct {
	entity, claim, block span
	other                span // a word on another line, for a second span
}

func pickSpans(t *testing.T, text string) sampleSpans {
	t.Helper()
	var s sampleSpans
	found := false
	for _, l := range lines(text) {
		ws := words(text, l.Start, l.End)
		trimmed := strings.TrimSpace(text[l.Start:l.End])
		if trimmed == "Advertisement" && s.block.Label == "" {
			at := l.Start + strings.Index(text[l.Start:l.End], trimmed)
			s.block = span{at, at + len(trimmed), "BOILERPLATE"}
		}
		emoji := strings.IndexFunc(text[l.Start:l.End], func(r rune) bool { return r > 0xFFFF })
		if found || emoji < 0 {
			continue
		}
		emoji += l.Start
		for i, w := range ws {
			if !capitalized(text[w.Start:w.End]) || !strings.ContainsFunc(text[w.Start:w.End], func(r rune) bool { return unicode.IsLetter(r) && r > 0x7F }) {
				continue
			}
			// The name: this word and the capitalized words right beside it.
			k, j := i, i
			for k > 0 && capitalized(text[ws[k-1].Start:ws[k-1].End]) && text[ws[k-1].End:ws[k].Start] == " " {
				k--
			}
			for j+1 < len(ws) && capitalized(text[ws[j+1].Start:ws[j+1].End]) && text[ws[j].End:ws[j+1].Start] == " " {
				j++
			}
			s.entity = span{ws[k].Start, ws[j].End, "ENTITY"}
			// The claim: two words more on each side, and on to the emoji.
			a, b := max(0, k-2), min(len(ws)-1, j+2)
			for a > 0 && ws[a].Start > emoji {
				a--
			}
			for b < len(ws)-1 && ws[b].End <= emoji {
				b++
			}
			s.claim = span{ws[a].Start, ws[b].End, "CLAIM"}
			found = true
			break
		}
	}
	for _, l := range lines(text) {
		if l.End < s.claim.Start || l.Start > s.claim.End {
			for _, w := range words(text, l.Start, l.End) {
				if utf8.RuneCountInString(text[w.Start:w.End]) >= 4 && (s.block.Label == "" || w.End < s.block.Start || w.Start > s.block.End) {
					s.other = span{w.Start, w.End, "ENTITY"}
					break
				}
			}
		}
		if s.other.Label != "" {
			break
		}
	}
	switch {
	case !found:
		t.Fatalf("the sample has no line with an emoji and a capitalized word with an accented letter: the test needs one")
	case s.block.Label == "":
		t.Fatalf("the sample has no %q line: the test needs one to tag as boilerplate", "Advertisement")
	case s.claim.Start == s.entity.Start && s.claim.End == s.entity.End:
		t.Fatalf("the sample's line with the name %q has no words around it for a claim", text[s.entity.Start:s.entity.End])
	case s.other.Label == "":
		t.Fatalf("the sample has no word of 4 letters or more outside the claim")
	}
	t.Logf("entity %q, claim %q, block %q, other %q", text[s.entity.Start:s.entity.End], text[s.claim.Start:s.claim.End],
		text[s.block.Start:s.block.End], text[s.other.Start:s.other.End])
	return s
}

func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// label selects the words of s with the mouse, from inside the first to
// inside the last (or backwards), and presses the label's key.
func (tb *tab) label(text string, s span, key string, backwards bool) {
	tb.t.Helper()
	a, b := inside(text, s)
	tb.drag(a, b, backwards)
	tb.press(key)
}

// buttons counts the buttons whose accessible name is name.
func (tb *tab) buttons(name string) int {
	tb.t.Helper()
	found, err := chrome.Buttons(tb.ctx, name)
	if err != nil {
		tb.t.Fatal(err)
	}
	return len(found)
}

func TestSampleAppears(t *testing.T) {
	sample := readSample(t)
	tb := openApp(t)
	if got := tb.docText(); got != sample {
		t.Errorf("#doc's textContent is not the sample (wasm/sample.txt):\n got %q\nwant %q", short(got), short(sample))
	}
	if eval[bool](tb, `(() => { const b = document.getElementById("boot"); return !!b && b.checkVisibility(); })()`) {
		t.Errorf("#boot is still visible when the app is ready")
	}
	for _, name := range []string{"ENTITY", "CLAIM", "BOILERPLATE", "Undo", "Redo", "Export", "Next", "Previous", "Accept", "Reject", "Ignore"} {
		if n := tb.buttons(name); n != 1 {
			t.Errorf("found %d buttons named %q, want 1", n, name)
		}
	}
	for sel, what := range map[string]string{
		`input#file[type=file]`:         "the file input",
		`input#snap:checked`:            "the snap-to-words checkbox, checked",
		`#status`:                       "the status area",
		`#progress`:                     "the queue progress",
		`#spans`:                        "the span list",
		`select#datasets`:               "the dataset list",
		`#doc div.ln[data-line]`:        "#doc's lines",
		`link[rel=icon][href^="data:"]`: "an inline icon",
	} {
		if !eval[bool](tb, js(`s => !!document.querySelector(s)`, sel)) {
			t.Errorf("the page lacks %s (%s)", what, sel)
		}
	}
}

func TestLabelSelection(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)

	tb.label(sample, s.entity, "1", false)
	tb.waitCover("the name is an ENTITY", coverOf(sample, s.entity))

	// A press on the ENTITY mark would select that span: start outside it.
	tb.label(sample, s.claim, "2", s.claim.Start == s.entity.Start)
	tb.waitCover("a CLAIM nests around the ENTITY", coverOf(sample, s.entity, s.claim))
	for _, l := range []string{"ENTITY", "CLAIM"} {
		if !eval[bool](tb, js(`l => [...document.querySelectorAll("#doc mark[data-label=" + l + "]")].every(m => m.checkVisibility() && m.getClientRects().length > 0)`, l)) {
			t.Errorf("a mark[data-label=%s] is not visible", l)
		}
	}
	look := `m => { const s = getComputedStyle(m); return [s.backgroundColor, s.borderBottom, s.textDecoration, s.boxShadow, s.outline, s.color].join("|"); }`
	entity := eval[string](tb, `(`+look+`)(document.querySelector("#doc mark[data-label=ENTITY]"))`)
	claim := eval[string](tb, `(`+look+`)([...document.querySelectorAll("#doc mark[data-label=CLAIM]")].find(m => !m.closest("mark[data-label=ENTITY]")))`)
	if entity == claim {
		t.Errorf("ENTITY and CLAIM marks look the same: %s", entity)
	}

	tb.clickAt(u16(sample, s.block.Start) + 1)
	tb.press("#") // Shift+3
	tb.waitCover("the Advertisement line is BOILERPLATE", coverOf(sample, s.entity, s.claim, s.block))
	for _, l := range []string{"ENTITY", "CLAIM", "BOILERPLATE"} {
		tb.waitFor("the span list holds one "+l,
			fmt.Sprintf(`document.querySelectorAll("#spans [data-label=%s]").length === 1`, l),
			`document.getElementById("spans").textContent`)
	}
	if !eval[bool](tb, `(() => { const r = [...document.querySelectorAll("#spans button")].map(b => b.getBoundingClientRect());
		return r.every((b, i) => i === 0 || (b.top >= r[i-1].bottom && b.left === r[0].left)); })()`) {
		t.Errorf("the span list's entries are not one under the other")
	}
}

func TestEditSpans(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)

	tb.label(sample, s.entity, "1", false)
	tb.label(sample, s.other, "1", false)
	tb.waitCover("two ENTITY spans", coverOf(sample, s.entity, s.other))

	tb.clickAt(u16(sample, s.entity.Start) + 1)
	tb.press("\u007f") // Delete
	tb.waitCover("Delete removed the clicked span", coverOf(sample, s.other))
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitCover("Ctrl+Z brought it back", coverOf(sample, s.entity, s.other))
	tb.press("Z", chromedp.ModifierCtrl) // with Shift
	tb.waitCover("Ctrl+Shift+Z removed it again", coverOf(sample, s.other))
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitCover("Ctrl+Z brought it back again", coverOf(sample, s.entity, s.other))

	tb.clickAt(u16(sample, s.entity.Start) + 1)
	tb.press("\b") // Backspace
	tb.waitCover("Backspace removed the clicked span", coverOf(sample, s.other))

	tb.clickAt(u16(sample, s.other.Start) + 1)
	tb.press("2")
	relabelled := s.other
	relabelled.Label = "CLAIM"
	tb.waitCover("2 relabelled the clicked span as CLAIM", coverOf(sample, relabelled))

	// A span made while another is selected ends that selection: a label key
	// then relabels neither the new span nor the old one, off screen maybe.
	tb.label(sample, s.entity, "1", false)
	tb.waitCover("a new ENTITY span", coverOf(sample, relabelled, s.entity))
	tb.press("3")
	tb.waitFor("the page asks for a selection", `document.getElementById("status").textContent.includes("Select some text")`, `document.getElementById("status").textContent`)
	tb.waitCover("3 relabelled nothing", coverOf(sample, relabelled, s.entity))
	// What a key did not do is said until the work changes.
	tb.press("y", chromedp.ModifierCtrl)
	tb.waitFor("the page says there is nothing to redo", `document.getElementById("status").textContent === "Nothing to redo."`, `document.getElementById("status").textContent`)
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitCover("Ctrl+Z took the new span away", coverOf(sample, relabelled))
	tb.waitFor("and the page no longer says there is nothing to redo", `!document.getElementById("status").textContent.includes("Nothing to redo")`, `document.getElementById("status").textContent`)
}

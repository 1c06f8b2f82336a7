//go:build !js

package e2e

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	gocmp "github.com/google/go-cmp/cmp"

	"spantag/internal/chrome"
	"spantag/render"
)

// The tests of suggestions, as a user meets them: a patterns file over a
// queue, decided on by key and by button, kept through a reload, exported
// with their provenance; and every occurrence of a span's words, by key.

var suggestDocs = []string{
	"Zoë: Kyiv Post reports from Kyiv. The Kyiv Post said Ukraine votes.",
	"Ukraine and Kyiv again.\nAdvertisement",
	"Nothing but Kyiv here.",
}

const suggestPatterns = `{"label":"ENTITY","pattern":"Kyiv","id":"kyiv"}
{"label":"ENTITY","pattern":[{"LOWER":"ukraine"}]}
{"label":"ENTITY","pattern":"Kyiv Post"}
{"label":"BOILERPLATE","pattern":"Advertisement"}
`

// nth is the byte span of the n-th (from 0) occurrence of word in text.
func nth(t *testing.T, text, word string, n int, label string) span {
	t.Helper()
	at := -1
	for range n + 1 {
		i := strings.Index(text[at+1:], word)
		if i < 0 {
			t.Fatalf("no occurrence %d of %q in %q", n, word, text)
		}
		at += 1 + i
	}
	return span{at, at + len(word), label}
}

// drawnSuggestionsJS is the open suggestions drawn in #doc, in byte
// offsets, in the document's order (start, end, label), one per suggestion
// however many parts draw it.
const drawnSuggestionsJS = `(() => {
	const seen = new Map();
	for (const m of document.querySelectorAll("#doc mark[data-suggested]")) {
		if (!m.dataset.label) throw new Error("a suggestion's part has no data-label");
		const s = {Start: +m.dataset.start, End: +m.dataset.end, Label: m.dataset.label};
		seen.set(s.Start + "-" + s.End + s.Label, s);
	}
	return [...seen.values()].sort((a, b) => a.Start - b.Start || a.End - b.End || (a.Label < b.Label ? -1 : a.Label > b.Label));
})()`

// listed is the open suggestions drawn in #doc (drawnSuggestionsJS). The
// side panel lists a window of them (panelListed).
func (tb *tab) listed() []span {
	tb.t.Helper()
	return eval[[]span](tb, drawnSuggestionsJS)
}

// panelListed is the suggestions the side panel lists, in byte offsets.
func (tb *tab) panelListed() []span {
	tb.t.Helper()
	return eval[[]span](tb, `[...document.querySelectorAll("#suggestions button")].map(b =>
		({Start: +b.dataset.start, End: +b.dataset.end, Label: b.dataset.label}))`)
}

// waitListed waits until the document has n open suggestions, drawn in
// #doc (data-suggested and data-label on every part) and counted by the
// panel, which lists render.MaxListedSuggestions of them at most; #doc's
// text stays the document's.
func (tb *tab) waitListed(what string, n int, text string) {
	tb.t.Helper()
	tb.waitDoc(text)
	counted := "No suggestions open."
	if n > 0 {
		counted = fmt.Sprintf("%d suggestion(s) open", n)
	}
	tb.waitFor(fmt.Sprintf("%s: %d suggestions open", what, n),
		fmt.Sprintf(`document.getElementById("suggest-counts").textContent.startsWith(%q) && %s.length === %d`, counted, drawnSuggestionsJS, n),
		`document.getElementById("suggest-counts").textContent + " / drawn: " + `+drawnSuggestionsJS+`.length`)
	if panel := tb.panelListed(); len(panel) != min(n, render.MaxListedSuggestions) {
		tb.t.Errorf("%s: the panel lists %d of the %d suggestions, want %d", what, len(panel), n, min(n, render.MaxListedSuggestions))
	}
	if got := tb.docText(); got != text {
		tb.t.Errorf("%s: #doc's text is %q, want %q", what, got, text)
	}
}

// waitOpened waits until the file opened is read and the status bar says
// so, when nothing moves the text any more: a drag then hits what it aims at.
func (tb *tab) waitOpened() {
	tb.t.Helper()
	tb.waitFor("the file is opened", `document.getElementById("progress").getAttribute("aria-busy") === "false" &&
		document.getElementById("status").textContent.includes("Opened")`, `document.getElementById("status").textContent`)
}

// spansShown is the confirmed spans the document draws.
func (tb *tab) spansShown() int {
	tb.t.Helper()
	return eval[int](tb, `new Set([...document.querySelectorAll("#doc mark:not([data-suggested])")].map(m => m.dataset.start + "-" + m.dataset.end + m.dataset.label)).size`)
}

// openSuggestQueue opens suggestDocs as a queue, then suggestPatterns, and
// waits for the first document's four suggestions.
func (tb *tab) openSuggestQueue() {
	tb.t.Helper()
	var queue bytes.Buffer
	for _, text := range suggestDocs {
		line, _ := json.Marshal(map[string]string{"text": text})
		queue.Write(append(line, '\n'))
	}
	tb.openFile(writeFile(tb.t, "news.jsonl", queue.String()))
	tb.waitDoc(suggestDocs[0])
	tb.openFile(writeFile(tb.t, "news.patterns.jsonl", suggestPatterns))
	tb.waitListed("patterns opened", 4, suggestDocs[0])
}

func TestSuggestionsFromPatterns(t *testing.T) {
	tb := openApp(t)
	tb.openSuggestQueue()
	d0 := suggestDocs[0]
	if got := tb.textOf("#patterns-name"); got != "(news.patterns.jsonl)" {
		t.Errorf("the sources panel names the patterns file %q, want (news.patterns.jsonl)", got)
	}
	want := []span{nth(t, d0, "Kyiv Post", 0, "ENTITY"), nth(t, d0, "Kyiv", 1, "ENTITY"), nth(t, d0, "Kyiv Post", 1, "ENTITY"), nth(t, d0, "Ukraine", 0, "ENTITY")}
	if diff := gocmp.Diff(want, tb.listed()); diff != "" {
		t.Fatalf("suggestions of document 1 (-want +got):\n%s", diff)
	}
	if tb.buttons("Accept") != 1 || tb.buttons("Reject") != 1 {
		t.Errorf("the answer buttons Accept and Reject are not alone with their names")
	}

	// By key: the first accepted, the second rejected, then all the others.
	tb.press("n")
	tb.press("a")
	tb.waitListed("one accepted", 3, d0)
	tb.press("x")
	tb.waitListed("one rejected", 2, d0)
	tb.press("A") // Shift+A
	tb.waitListed("all accepted", 0, d0)
	tb.waitFor("the status bar says what was done", `document.getElementById("status").textContent.startsWith("Accepted 2 suggestion(s)")`,
		`document.getElementById("status").textContent`)
	if n := tb.spansShown(); n != 3 {
		t.Errorf("%d spans after accepting three suggestions", n)
	}
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitListed("accept all undone", 2, d0)
	if said := eval[string](tb, `document.getElementById("status").textContent`); strings.Contains(said, "Accepted") {
		t.Errorf("after the undo, the status bar still says %q", said)
	}
	tb.press("Z", chromedp.ModifierCtrl)
	tb.waitListed("accept all redone", 0, d0)

	// By button, in the second document; the third is left open.
	tb.click("Next")
	tb.waitListed("document 2", 3, suggestDocs[1])
	tb.click("Accept all suggestions")
	tb.waitListed("document 2 accepted", 0, suggestDocs[1])
	tb.click("Next")
	tb.waitListed("document 3", 1, suggestDocs[2])

	tb.waitSaved()
	tb.reload()
	tb.waitListed("document 3 after a reload", 1, suggestDocs[2])
	tb.click("Previous")
	tb.waitListed("document 2 after a reload", 0, suggestDocs[1])
	tb.click("Previous")
	tb.waitListed("document 1 after a reload: the rejected one stays rejected", 0, d0)
	if n := tb.spansShown(); n != 3 {
		t.Errorf("%d spans in document 1 after a reload, want 3", n)
	}

	d1 := suggestDocs[1]
	wantSpans := [][]map[string]any{
		{withOrigin(d0, nth(t, d0, "Kyiv Post", 0, "ENTITY"), "pattern", 3.0), withOrigin(d0, nth(t, d0, "Kyiv Post", 1, "ENTITY"), "pattern", 3.0),
			withOrigin(d0, nth(t, d0, "Ukraine", 0, "ENTITY"), "pattern", 2.0)},
		{withOrigin(d1, nth(t, d1, "Ukraine", 0, "ENTITY"), "pattern", 2.0), withOrigin(d1, nth(t, d1, "Kyiv", 0, "ENTITY"), "pattern", "kyiv"),
			withOrigin(d1, nth(t, d1, "Advertisement", 0, "BOILERPLATE"), "pattern", 4.0)},
		nil,
	}
	lines := bytes.Split(bytes.TrimSpace(tb.export()), []byte("\n"))
	if len(lines) != 3 {
		t.Fatalf("the export has %d lines, want 3", len(lines))
	}
	for i, line := range lines {
		var task map[string]any
		if err := json.Unmarshal(line, &task); err != nil {
			t.Fatal(err)
		}
		var got []map[string]any
		spans, _ := task["spans"].([]any)
		for _, s := range spans {
			m := s.(map[string]any)
			delete(m, "token_start")
			delete(m, "token_end")
			got = append(got, m)
		}
		if diff := gocmp.Diff(wantSpans[i], got); diff != "" {
			t.Errorf("spans exported of document %d (-want +got):\n%s", i+1, diff)
		}
		if _, ok := task["_suggestions"]; ok {
			t.Errorf("document %d exports its open suggestions without being asked", i+1)
		}
	}
	// Asked for, the open suggestions come apart from the spans. (Once the
	// status bar says what the export did, the options no longer move.)
	tb.waitFor("the export said", `document.getElementById("status").textContent.includes("Exported")`, `document.getElementById("status").textContent`)
	tb.openExportOptions()
	tb.clickCSS(`#export-settings [name="suggestions"]`)
	tb.waitFor("suggestions ticked", `document.querySelector('#export-settings [name="suggestions"]').checked`, `"not ticked"`)
	lines = bytes.Split(bytes.TrimSpace(tb.export()), []byte("\n"))
	var third struct {
		Spans       []any `json:"spans"`
		Suggestions []struct {
			Start, End  int
			Label, Text string
		} `json:"_suggestions"`
	}
	if err := json.Unmarshal(lines[2], &third); err != nil {
		t.Fatal(err)
	}
	d2 := suggestDocs[2]
	k := nth(t, d2, "Kyiv", 0, "ENTITY")
	if len(third.Spans) != 0 || len(third.Suggestions) != 1 || third.Suggestions[0].Start != cp(d2, k.Start) || third.Suggestions[0].Text != "Kyiv" {
		t.Errorf("document 3 exported with its open suggestions: %s", lines[2])
	}

	// The same span made by hand: its suggestion is no longer open, and
	// undo opens it again.
	tb.press(kb.Escape)
	tb.click("Next")
	tb.click("Next")
	tb.waitListed("document 3 again", 1, d2)
	tb.label(d2, k, "1", false)
	tb.waitListed("the suggestion's span made by hand", 0, d2)
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitListed("the span by hand undone", 1, d2)
}

// withOrigin is span s of text as the export writes it (without tokens),
// with its provenance.
func withOrigin(text string, s span, key string, value any) map[string]any {
	return map[string]any{"start": float64(cp(text, s.Start)), "end": float64(cp(text, s.End)), "label": s.Label,
		"text": text[s.Start:s.End], key: value}
}

func TestEveryOccurrenceByKey(t *testing.T) {
	text := "Kyiv is big. kyiv is old. Kyiv Kyiv!"
	tb := openApp(t)
	tb.openFile(writeFile(t, "city.txt", text))
	tb.waitDoc(text)
	tb.waitOpened()
	tb.label(text, nth(t, text, "Kyiv", 0, "ENTITY"), "1", false)
	tb.press("o")
	tb.waitListed("every occurrence, case counting", 2, text)
	tb.press("o")
	tb.waitFor("the status bar says they are suggested already",
		`document.getElementById("status").textContent === 'ENTITY “Kyiv” is suggested on its 2 other occurrence(s) in this document already.'`,
		`document.getElementById("status").textContent`)
	if diff := gocmp.Diff([]span{nth(t, text, "Kyiv", 1, "ENTITY"), nth(t, text, "Kyiv", 2, "ENTITY")}, tb.listed()); diff != "" {
		t.Errorf("occurrences suggested (-want +got):\n%s", diff)
	}
	tb.clickCSS("#occur-fold")
	tb.clickAt(u16(text, 1))
	tb.press("o")
	tb.waitListed("every occurrence in any case", 3, text)
	tb.press("A")
	tb.waitListed("all accepted", 0, text)
	if n := tb.spansShown(); n != 4 {
		t.Errorf("%d spans after accepting every occurrence, want 4", n)
	}
	tb.press("z", chromedp.ModifierCtrl)
	tb.waitListed("accepting undone", 3, text)
}

// TestSuggestionSources turns the boilerplate source on for a queue of
// pages of one site: its lines are suggested, the tick is kept with the
// dataset through a reload, and turning it off takes them back.
func TestSuggestionSources(t *testing.T) {
	page := func(body string) string {
		return "Home | World | Sport\n" + body + "\nAdvertisement\nRead Next\n© 2026 The Daily Example. All rights reserved."
	}
	bodies := []string{
		"The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive.",
		"Farmers in the valley said the late rain had saved most of the harvest, though prices stayed low.",
		"The ferry to the islands will run twice a day from Monday, the operator said in a statement.",
	}
	var queue bytes.Buffer
	for _, b := range bodies {
		line, _ := json.Marshal(map[string]string{"text": page(b)})
		queue.Write(append(line, '\n'))
	}
	text := page(bodies[0])
	tb := openApp(t)
	tb.openFile(writeFile(t, "site.jsonl", queue.String()))
	tb.waitDoc(text)
	tb.waitOpened()
	tb.waitListed("boilerplate off by default", 0, text)
	box := `#suggest-sources [name="boilerplate"]`
	tb.clickCSS(box)
	tb.waitListed("boilerplate on", 4, text)
	var got []string
	for _, s := range tb.listed() {
		got = append(got, text[s.Start:s.End])
		if s.Label != "BOILERPLATE" {
			t.Errorf("a boilerplate suggestion labelled %s", s.Label)
		}
	}
	if diff := gocmp.Diff([]string{"Home | World | Sport", "Advertisement", "Read Next", "© 2026 The Daily Example. All rights reserved."}, got); diff != "" {
		t.Errorf("boilerplate lines suggested (-want +got):\n%s", diff)
	}
	tb.waitSaved()
	tb.reload()
	tb.waitListed("boilerplate on after a reload", 4, text)
	if !eval[bool](tb, js(`s => document.querySelector(s).checked`, box)) {
		t.Error("the boilerplate tick is not kept with the dataset")
	}
	// A threshold out of range is refused, and the field shows the one kept.
	field := `#suggest-sources [name="threshold"]`
	tb.clickCSS(field)
	tb.press("a", chromedp.ModifierCtrl)
	tb.press("1.5\t")
	tb.waitFor("the page refuses it", `document.getElementById("status").textContent.endsWith('not "1.5"; it stays 0.5.')`,
		`document.getElementById("status").textContent`)
	if v := eval[string](tb, js(`s => document.querySelector(s).value`, field)); v != "0.5" {
		t.Errorf("the threshold field shows %q, want the threshold kept, 0.5", v)
	}
	// One in range is taken, and the refusal, no longer true, goes.
	tb.clickCSS(field)
	tb.press("a", chromedp.ModifierCtrl)
	tb.press("0.7\t")
	tb.waitFor("the refusal goes once a threshold is taken", `!document.getElementById("status").textContent.includes("it stays")`,
		`document.getElementById("status").textContent`)
	tb.untick(box)
	tb.waitListed("boilerplate off again", 0, text)
}

// TestEveryOccurrenceInTheDataset: Shift+O suggests a span's label on its
// words in every document of the dataset, kept with it through a reload.
func TestEveryOccurrenceInTheDataset(t *testing.T) {
	docs := []string{"Kyiv is big. Kyiv is old.", "Visit Kyiv soon.", "Nothing here."}
	var queue bytes.Buffer
	for _, text := range docs {
		line, _ := json.Marshal(map[string]string{"text": text})
		queue.Write(append(line, '\n'))
	}
	tb := openApp(t)
	tb.openFile(writeFile(t, "cities.jsonl", queue.String()))
	tb.waitDoc(docs[0])
	tb.waitOpened()
	tb.label(docs[0], nth(t, docs[0], "Kyiv", 0, "ENTITY"), "1", false)
	tb.press("O") // Shift+O
	tb.waitListed("the document's other occurrence", 1, docs[0])
	tb.waitFor("the status bar says the other documents get it too",
		`document.getElementById("status").textContent.includes("in the other documents of the dataset as they are shown")`,
		`document.getElementById("status").textContent`)
	tb.click("Next")
	tb.waitListed("the next document's occurrence", 1, docs[1])
	if diff := gocmp.Diff([]span{nth(t, docs[1], "Kyiv", 0, "ENTITY")}, tb.listed()); diff != "" {
		t.Errorf("suggested in document 2 (-want +got):\n%s", diff)
	}
	// O on words that occur once counts their occurrences, not the
	// suggestions open.
	tb.label(docs[1], nth(t, docs[1], "Visit", 0, "ENTITY"), "1", false)
	tb.press("o")
	tb.waitFor("O says there is no other occurrence", `document.getElementById("status").textContent === 'No other occurrence of “Visit” to suggest.'`,
		`document.getElementById("status").textContent`)
	tb.waitSaved()
	tb.reload()
	tb.waitListed("after a reload", 1, docs[1])
	// A span accepted, then deleted: the suggestion stays rejected, also
	// after a reload.
	tb.press("n")
	tb.press("a")
	tb.waitListed("accepted", 0, docs[1])
	kyiv := nth(t, docs[1], "Kyiv", 0, "ENTITY")
	tb.clickAt(u16(docs[1], kyiv.Start+1))
	tb.press(kb.Delete)
	tb.waitFor("the span is deleted", js(`n => document.querySelectorAll("#doc mark").length === n`, 1), `document.querySelectorAll("#doc mark").length`)
	tb.waitSaved()
	tb.reload()
	tb.waitDoc(docs[1])
	tb.waitFor("the page has offered what it would", `document.body.dataset.worker === "ready"`, `document.body.dataset.worker`)
	time.Sleep(time.Second)
	if got := tb.listed(); len(got) != 0 {
		t.Errorf("the suggestion of the span deleted came back: %v", got)
	}
	tb.click("Next")
	tb.waitListed("a document without the words", 0, docs[2])
}

// TestSuggestionsWaitForTheSelection: suggestions that come while the
// annotator drags a selection are drawn once the selection is let go, so
// that the lines under it are not drawn anew and the drag selects what it
// aimed at.
func TestSuggestionsWaitForTheSelection(t *testing.T) {
	d0 := suggestDocs[0]
	tb := openApp(t)
	tb.openFile(writeFile(t, "news.txt", d0))
	tb.waitDoc(d0)
	tb.waitOpened() // the status line's "Opened" can move the text under a drag begun before it
	from, to := strings.Index(d0, "Kyiv Post"), strings.Index(d0, " said")
	err := chrome.DragWhile(tb.ctx, u16(d0, from), u16(d0, to), false, func() error {
		// Dropped, as from another window: the file control would take the
		// focus, and the selection with it.
		eval[bool](tb, fmt.Sprintf(`(() => {
			const files = new DataTransfer();
			files.items.add(new File([%q], "news.patterns.jsonl"));
			return document.dispatchEvent(new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));
		})()`, suggestPatterns))
		time.Sleep(2 * time.Second) // time for the worker to answer
		return nil
	})
	if err != nil {
		t.Fatal(err) // the drag checks the selection once the button is up
	}
	if n := len(tb.listed()); n != 0 {
		t.Errorf("%d suggestions drawn over the selection", n)
	}
	tb.press(kb.Escape)
	tb.waitListed("suggestions drawn once the selection is let go", 4, d0)
}

// TestPhoneSuggestionButtons chooses a suggestion on a phone: Accept suggestion, Reject
// suggestion and Next suggestion are then on screen above the label bar, not covered;
// Next chooses the next, and Accept accepts it.
func TestPhoneSuggestionButtons(t *testing.T) {
	tb := openApp(t)
	tb.resize(phone)
	tb.openSuggestQueue()
	tb.click("Next suggestion")
	tb.waitFor("a suggestion is chosen", `!document.getElementById("suggest-accept").disabled`, `"none"`)
	eval[bool](tb, `(scrollTo(0, 0), true)`) // wherever the text is read from
	reachable := eval[[]string](tb, `(() => {
		const out = [], bar = document.getElementById("labels").getBoundingClientRect();
		for (const id of ["suggest-accept", "suggest-reject", "suggest-next"]) {
			const b = document.getElementById(id), r = b.getBoundingClientRect();
			const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
			if (r.top < 0 || r.bottom > bar.top + 0.5 || r.left < 0 || r.right > innerWidth || r.height < 40 || !b.contains(hit))
				out.push(id + " at [" + [r.left, r.top, r.right, r.bottom].map(Math.round) + "], the label bar from " + Math.round(bar.top) + ", under " + (hit && hit.outerHTML.slice(0, 40)));
		}
		return out;
	})()`)
	if len(reachable) > 0 {
		t.Fatalf("the chosen suggestion's buttons out of reach:\n%s", strings.Join(reachable, "\n"))
	}
	tb.screenshot(t.Name())
	before := tb.textOf("#suggest-accept")
	tb.clickCSS("#suggest-next")
	tb.waitFor("Next suggestion chose the next", js(`name => document.getElementById("suggest-accept").textContent !== name`, before), `document.getElementById("suggest-accept").textContent`)
	tb.clickCSS("#suggest-accept") // named after the suggestion
	tb.waitListed("one accepted", 3, suggestDocs[0])
}

// TestPanelSaysComputing: while the sources compute the suggestions of the
// document just shown, the panel says so, never "No suggestions open."
// before they come (QA pass 18: an annotator read the panel too early).
func TestPanelSaysComputing(t *testing.T) {
	docs := []string{"Harwick met the board.", "The board met Harwick again."}
	tb := openApp(t)
	tb.openFile(writeFile(t, "two.jsonl", `{"text": "`+docs[0]+`"}`+"\n"+`{"text": "`+docs[1]+`"}`+"\n"))
	tb.waitDoc(docs[0])
	tb.waitOpened()
	tb.openFile(writeFile(t, "names.jsonl", `{"label": "ENTITY", "pattern": "Harwick"}`+"\n"))
	tb.waitListed("the pattern's match", 1, docs[0])
	eval[bool](tb, `(() => { window.saidCounts = []; const c = document.getElementById("suggest-counts");
		new MutationObserver(() => window.saidCounts.push(c.textContent)).observe(c, {childList: true, characterData: true, subtree: true}); return true; })()`)
	tb.press("]")
	tb.waitListed("the match in the second document", 1, docs[1])
	said := eval[[]string](tb, `window.saidCounts`)
	if !slices.Contains(said, "Computing suggestions…") || slices.Contains(said, "No suggestions open.") {
		t.Errorf("the panel said %q; want \"Computing suggestions…\" and never \"No suggestions open.\"", said)
	}
}

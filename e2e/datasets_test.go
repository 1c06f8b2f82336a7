//go:build !js

package e2e

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"spantag/internal/chrome"
)

// The datasets a user exports through the page: every format, with the
// filters, and the other tools' files opened again.

// choose picks the option of the list #id whose text contains text, as
// Playwright's selectOption does (a native list's popup is outside the
// page): the option is selected, then input and change fire.
func (tb *tab) choose(id, text string) {
	tb.t.Helper()
	found := eval[bool](tb, js(`(id, text) => {
		const list = document.getElementById(id);
		const option = [...list.options].find(o => o.textContent.includes(text) || o.value === text);
		if (!option) return false;
		list.focus();
		option.selected = true;
		list.dispatchEvent(new Event("input", {bubbles: true}));
		list.dispatchEvent(new Event("change", {bubbles: true}));
		return true;
	}`, id, text))
	if !found {
		tb.t.Fatalf("the list #%s has no option %q", id, text)
	}
}

// clickCSS clicks, with the mouse, the middle of the element matching sel.
func (tb *tab) clickCSS(sel string) {
	tb.t.Helper()
	// A disabled control (the sources' ticks until the worker is ready)
	// takes no click: a person waits until it is enabled.
	tb.waitFor("enabled "+sel, js(`sel => !document.querySelector(sel)?.matches(":disabled")`, sel), `"disabled"`)
	// The element's middle, once it has stayed put for two frames and is
	// what the point hits: a status message or a panel drawn meanwhile
	// can move it, and a click where it was would land on something else.
	at := eval[struct{ X, Y float64 }](tb, js(`async sel => {
		const e = document.querySelector(sel);
		if (!e) throw new Error("no element " + sel);
		e.scrollIntoView({block: "center"});
		const frame = () => new Promise(r => requestAnimationFrame(() => r()));
		let last = "";
		for (let i = 0; i < 100; i++) {
			await frame();
			const r = e.getBoundingClientRect();
			const x = r.left + r.width / 2, y = r.top + r.height / 2, here = x + "," + y;
			const hit = document.elementFromPoint(x, y);
			if (here === last && hit && (e.contains(hit) || hit.contains(e))) return {X: x, Y: y};
			last = here;
		}
		throw new Error(sel + " never stayed put under the pointer");
	}`, sel))
	tb.do("click "+sel, chromedp.MouseClickXY(at.X, at.Y))
}

// openExportOptions opens the export options with the mouse, unless they
// are open. A click outside them, on Export say, closes them.
func (tb *tab) openExportOptions() {
	tb.t.Helper()
	if eval[bool](tb, exportPanelOpen) {
		return
	}
	tb.click("Export options")
	tb.waitFor("the export options are open", exportPanelOpen, `"closed"`)
}

// untick clicks the ticked checkbox matching sel and waits until it is not.
func (tb *tab) untick(sel string) {
	tb.t.Helper()
	tb.clickTick(sel, false)
}

// tick clicks the unticked checkbox matching sel and waits until it is ticked.
func (tb *tab) tick(sel string) {
	tb.t.Helper()
	tb.clickTick(sel, true)
}

// clickTick clicks the checkbox matching sel and waits until its checked is
// want. If it never is, the failure says which clicks and changes the box saw
// and what it showed after each: whether the click was lost or undone.
func (tb *tab) clickTick(sel string, want bool) {
	tb.t.Helper()
	eval[bool](tb, js(`sel => {
		const box = document.querySelector(sel);
		window.__tickSeen = [];
		for (const type of ["click", "change"]) {
			box.addEventListener(type, () => window.__tickSeen.push(type + ":" + box.checked), {capture: true});
		}
		return true;
	}`, sel))
	tb.clickCSS(sel)
	seen := js(`sel => "now " + document.querySelector(sel).checked + ", seen [" + window.__tickSeen.join(" ") + "], fieldset disabled " +
		document.querySelector("#suggest-sources").disabled`, sel)
	tb.waitFor(fmt.Sprintf("%s checked %v", sel, want), js(`(sel, want) => document.querySelector(sel).checked === want`, sel, want), seen)
}

// exportAs exports in the format with the given id and returns the files
// downloaded, by name.
func (tb *tab) exportAs(id string, files int) map[string][]byte {
	tb.t.Helper()
	tb.openExportOptions()
	tb.choose("export-format", id)
	// Chromium throttles a frame to 10 downloads a second; a person never
	// gets near that, a test does.
	tb.do("pause between downloads", chromedp.Sleep(150*time.Millisecond))
	downloaded, err := chrome.Downloads(tb.ctx, downloads, files, func() error {
		tb.click("Export")
		return nil
	})
	if err != nil {
		tb.t.Fatal(err)
	}
	got := map[string][]byte{}
	for _, d := range downloaded {
		content, err := os.ReadFile(d.Path)
		if err != nil {
			tb.t.Fatal(err)
		}
		got[d.Name] = content
	}
	return got
}

// jsonLines decodes each line of a JSONL file.
func jsonLines(t *testing.T, content []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for i, line := range strings.Split(strings.TrimSuffix(string(content), "\n"), "\n") {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, line)
		}
		out = append(out, v)
	}
	return out
}

func TestExportEveryFormat(t *testing.T) {
	tb := openApp(t)
	sample := readSample(t)
	s, want := annotateSample(t, tb)
	tb.click("Accept")
	entity, claim := sample[s.entity.Start:s.entity.End], sample[s.claim.Start:s.claim.End]

	check := func(id string, files int, test func(files map[string][]byte) error) {
		t.Helper()
		got := tb.exportAs(id, files)
		if err := test(got); err != nil {
			var names []string
			for n := range got {
				names = append(names, n)
			}
			t.Errorf("export as %s (%s): %v", id, strings.Join(names, ", "), err)
		}
	}
	one := func(name string, test func([]byte) error) func(map[string][]byte) error {
		return func(files map[string][]byte) error {
			content, ok := files[name]
			if !ok {
				return fmt.Errorf("no file named %s", name)
			}
			return test(content)
		}
	}
	has := func(subs ...string) func([]byte) error {
		return func(content []byte) error {
			for _, sub := range subs {
				if !bytes.Contains(content, []byte(sub)) {
					return fmt.Errorf("the file lacks %q:\n%s", sub, short(string(content)))
				}
			}
			return nil
		}
	}
	check("spans", 1, one("Sample article.jsonl", has(`"label":"ENTITY","text":"`+entity+`"`, `"label":"CLAIM","text":"`+claim+`"`, `"label":"BOILERPLATE","text":"Advertisement"`)))
	check("entities", 1, one("Sample article.entities.jsonl", func(c []byte) error {
		if bytes.Contains(c, []byte(`"label":"CLAIM"`)) || bytes.Contains(c, []byte(`"label":"BOILERPLATE"`)) {
			return fmt.Errorf("the entities file has other labels")
		}
		return has(`"label":"ENTITY","text":"` + entity + `"`)(c)
	}))
	words := strings.Fields(entity)
	iob := []string{words[0] + " _ _ B-ENTITY"}
	for _, w := range words[1:] {
		iob = append(iob, w+" _ _ I-ENTITY")
	}
	check("entities-iob2", 1, one("Sample article.entities-iob2.conll", has("-DOCSTART- -X- O O\n\n", strings.Join(iob, "\n")+"\n")))
	check("entities-hf", 2, func(files map[string][]byte) error {
		return errors.Join(one("Sample article.entities-hf.json", has(`"sentence_id":`, `"ner_tags":[`, `"B-ENTITY"`))(files),
			one("Sample article.labels.json", has(`"id2label"`))(files))
	})
	check("claims", 1, one("Sample article.claims.jsonl", has(`"text":"`+claim+`"`, `"sentence_text":"`)))
	check("entities-spacy", 1, one("Sample article.entities-spacy.iob", has(words[0]+"|B-ENTITY ")))
	check("claims-checkthat", 1, one("Sample article.claims-checkthat.tsv", has("Sentence_id\tText\tclass_label\n", "\tYes\n", "\tNo\n")))
	check("claim-sentences", 1, one("Sample article.claim-sentences.jsonl", has(`"label":1`, `"label":0`)))
	check("boilerplate-lines", 1, one("Sample article.boilerplate-lines.jsonl", has(`"text":"Advertisement","label":"boilerplate"`, `"label":"content"`)))
	check("boilerplate-paragraphs", 1, one("Sample article.boilerplate-paragraphs.jsonl", has(`"label":"boilerplate"`)))
	check("clean-text", 1, one("Sample article.clean-text.jsonl", func(c []byte) error {
		rec := jsonLines(t, c)[0]
		text, clean := rec["text"].(string), rec["clean_text"].(string)
		if strings.Count(clean, "Advertisement") != strings.Count(text, "Advertisement")-1 {
			return fmt.Errorf("clean_text keeps the Advertisement line tagged BOILERPLATE")
		}
		return nil
	}))
	check("doccano", 1, one("Sample article.doccano.jsonl", has(`"label":[[`, `"ENTITY"]`)))
	check("labelstudio", 1, one("Sample article.labelstudio.json", has(`"labels":["CLAIM"]`)))
	check("w3c", 1, one("Sample article.w3c.jsonl", has(`"TextQuoteSelector"`, `"exact":"`+entity+`"`, `"TextPositionSelector"`)))

	// The other tools' files open again with the same spans.
	for _, f := range []struct{ id, name string }{
		{"doccano", "Sample article.doccano.jsonl"},
		{"labelstudio", "Sample article.labelstudio.json"},
		{"w3c", "Sample article.w3c.jsonl"},
	} {
		tb.chooseDataset("Sample article") // the first dataset, whose name the others start with
		tb.waitDoc(sample)
		content := tb.exportAs(f.id, 1)[f.name]
		path := filepath.Join(t.TempDir(), f.name)
		if err := os.WriteFile(path, content, 0o644); err != nil {
			t.Fatal(err)
		}
		tb.openFile(path)
		tb.waitFor("the "+f.id+" file opens as a dataset", js(`n => document.getElementById("datasets").selectedOptions[0].textContent === n`, f.name),
			`document.getElementById("datasets").selectedOptions[0].textContent`)
		tb.waitCover("the "+f.id+" file's spans are the sample's", want)
	}
}

func TestExportFilters(t *testing.T) {
	tb := openApp(t)
	openQueue(t, tb)
	tb.answerAll() // accept, reject, ignore
	tb.openExportOptions()
	for _, answer := range []string{"reject", "ignore", ""} { // accepted documents are left
		tb.untick(fmt.Sprintf(`#export-answers input[value="%s"]`, answer))
	}
	tb.untick(`#export-labels input[value="ENTITY"]`) // CLAIM and BOILERPLATE are left
	lines := jsonLines(t, tb.exportAs("spans", 1)["queue.jsonl"])
	if len(lines) != 1 || lines[0]["answer"] != "accept" {
		t.Fatalf("exporting accepted documents only wrote %d lines: %v", len(lines), lines)
	}
	if spans := lines[0]["spans"].([]any); len(spans) != 0 {
		t.Errorf("exporting CLAIM and BOILERPLATE only wrote the first document's ENTITY spans: %v", spans)
	}
}

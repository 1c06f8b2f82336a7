//go:build !js

package e2e

import (
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// Pages of one site opened together, as one dataset.

// TestPagesAsOneDataset opens three pages of one site in one choice: they
// make one dataset, whose repeated lines the boilerplate source, on by
// default for pages, finds.
func TestPagesAsOneDataset(t *testing.T) {
	var paths []string
	for i, body := range []string{"The harbour wall will be rebuilt before winter.", "Farmers saved most of the harvest this year.", "The ferry runs twice a day from Monday on."} {
		html := "<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><h1>" + strings.Fields(body)[1] + " news</h1><p>" + body +
			"</p><div class=\"author_bio\"><p>Writer " + fmt.Sprint(i+1) + " covers the valley for Example News from a house by the river.</p></div>" +
			"<footer><p>Follow us on Example</p><p>© 2026 Example News</p></footer></body></html>"
		paths = append(paths, writeFile(t, fmt.Sprintf("page-%d.html", i+1), html))
	}
	tb := openApp(t)
	tb.do("open three pages", chromedp.SetUploadFiles(chromedp.ID("file"), paths))
	tb.waitFor("one dataset of three pages", `[...document.getElementById("datasets").options].map(o => o.textContent).join("|") === "Sample article|page-1.html (+2 files)"`,
		`[...document.getElementById("datasets").options].map(o => o.textContent).join("|")`)
	tb.waitProgress(1, 3, 0)
	tb.waitOpened()
	text := tb.docText()
	// Pages are scraped text: their boilerplate is found without asking.
	tb.waitFor("boilerplate suggested", `document.querySelectorAll("#suggestions button").length > 0`, `"none"`)
	if !eval[bool](tb, `document.querySelector('#suggest-sources [name="boilerplate"]').checked`) {
		t.Error("the boilerplate source is off for a dataset of pages")
	}
	for _, s := range tb.listed() {
		if line := text[s.Start:s.End]; strings.Contains(line, "harbour") {
			t.Errorf("the body line %q is suggested as boilerplate", line)
		}
	}
	listed := eval[string](tb, `document.getElementById("suggestions").textContent`)
	if !strings.Contains(listed, "Follow us on Example") {
		t.Errorf("the footer line repeated in every page is not suggested: %s", listed)
	}
	// An author's box that the page names by its class, from the HTML regions the
	// page kept at import.
	if !strings.Contains(listed, "class or id names site furniture") {
		t.Errorf("the author's box named by its class is not suggested for it: %s", listed)
	}
	// Its export is named after the dataset, not the first page alone.
	if files := tb.exportAs("spans", 1); files["page-1 (+2 files).jsonl"] == nil {
		t.Errorf("exported %v, want page-1 (+2 files).jsonl", slices.Collect(maps.Keys(files)))
	}
}

// TestPagesWithAFileRefused: of three pages opened together, one holds no
// text; the dataset is named after the two it holds, and the page says why
// the third is not there (QA pass 13: it was named after all three).
func TestPagesWithAFileRefused(t *testing.T) {
	paths := []string{
		writeFile(t, "page-1.html", "<p>The harbour wall will be rebuilt before winter.</p>"),
		writeFile(t, "page-2.html", "<p>   </p>"),
		writeFile(t, "page-3.html", "<p>The ferry runs twice a day from Monday on.</p>"),
	}
	tb := openApp(t)
	tb.do("open three pages", chromedp.SetUploadFiles(chromedp.ID("file"), paths))
	datasets := `[...document.getElementById("datasets").options].map(o => o.textContent).join("|")`
	tb.waitFor("a dataset of the two pages with text", datasets+` === "Sample article|page-1.html (+1 file)"`, datasets)
	status := `document.getElementById("status").textContent`
	tb.waitFor("the page says which file gave nothing", status+`.startsWith("Opened 3 files as one dataset, page-1.html (+1 file): 2 documents.") && `+status+`.includes("page-2.html could not be opened")`, status)
	tb.waitSaved()
	tb.reload()
	tb.waitFor("the name is kept", datasets+` === "Sample article|page-1.html (+1 file)"`, datasets)
}

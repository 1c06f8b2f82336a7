//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// linksArticle has a line of related links, an entity in it, and an
// article sentence with two entities.
const linksArticle = "Read next: Kraków votes\nZoë Ñúñez met Bob in Gdańsk. It rains.\n"

// TestExportSentenceFiles labels an article from the page and exports the
// default entity files: a record per sentence, the boilerplate line and
// its entity left out, which the page says; then a train/dev/test split.
func TestExportSentenceFiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "links.txt")
	if err := os.WriteFile(path, []byte(linksArticle), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitDoc(linksArticle)
	at := func(s, label string) span {
		i := strings.Index(linksArticle, s)
		return span{i, i + len(s), label}
	}
	var spans []span
	for _, s := range []span{at("Read next: Kraków votes", "BOILERPLATE"), at("Kraków", "ENTITY"), at("Zoë Ñúñez", "ENTITY"), at("Gdańsk", "ENTITY")} {
		tb.label(linksArticle, s, map[string]string{"ENTITY": "1", "BOILERPLATE": "3"}[s.Label], false)
		spans = append(spans, s)
		tb.waitCover("labelled "+linksArticle[s.Start:s.End], coverOf(linksArticle, spans...))
	}
	conll := only(t, tb.exportAs("entities-iob2", 1), "links.entities-iob2.conll")
	want := "-DOCSTART- -X- O O\n\n" +
		"Zoë _ _ B-ENTITY\nÑúñez _ _ I-ENTITY\nmet _ _ O\nBob _ _ O\nin _ _ O\nGdańsk _ _ B-ENTITY\n. _ _ O\n\n" +
		"It _ _ O\nrains _ _ O\n. _ _ O\n\n"
	if diff := cmp.Diff(want, string(conll)); diff != "" {
		t.Errorf("CoNLL file (-want +got):\n%s", diff)
	}
	tb.waitFor("the page says the entity in boilerplate was left out",
		`document.getElementById("status").textContent.includes("1 entit(y/ies) in boilerplate left out")`,
		`document.getElementById("status").textContent`)

	hf := jsonLines(t, only(t, tb.exportAs("entities-hf", 2), "links.entities-hf.json"))
	var got [][]any
	for _, r := range hf {
		got = append(got, []any{r["id"] != "", r["sentence_id"], r["start"], r["end"], r["tokens"]})
	}
	wantHF := [][]any{
		{true, 1.0, 24.0, 52.0, []any{"Zoë", "Ñúñez", "met", "Bob", "in", "Gdańsk", "."}},
		{true, 2.0, 53.0, 62.0, []any{"It", "rains", "."}},
	}
	if diff := cmp.Diff(wantHF, got); diff != "" {
		t.Errorf("Hugging Face records (-want +got):\n%s", diff)
	}
	iob := only(t, tb.exportAs("entities-spacy", 1), "links.entities-spacy.iob")
	if want := "Zoë|B-ENTITY Ñúñez|I-ENTITY met|O Bob|O in|O Gdańsk|B-ENTITY .|O\nIt|O rains|O .|O\n"; string(iob) != want {
		t.Errorf("word|TAG file %q, want %q", iob, want)
	}

	// Keep the boilerplate, and split: the one document goes to the part its
	// text's hash says, the other parts' files are empty. (Once the status
	// bar says what the export did, the options no longer move.)
	tb.waitFor("the export said", `document.getElementById("status").textContent.includes("Exported")`, `document.getElementById("status").textContent`)
	tb.openExportOptions()
	tb.clickCSS(`#export-settings [name="leave-out-boilerplate"]`)
	for _, field := range []string{"dev", "test"} {
		tb.setInput(`#export-settings [name="`+field+`"]`, "30")
	}
	part := annotations.Split{Dev: 30, Test: 30}.PartOf(&annotations.Document{Text: linksArticle})
	files := tb.exportAs("entities-iob2", 3)
	for _, p := range annotations.Parts {
		content, ok := files["links."+p+".entities-iob2.conll"]
		switch {
		case !ok:
			t.Errorf("no %s file among %d", p, len(files))
		case p == part && !strings.Contains(string(content), "Kraków _ _ B-ENTITY\n"):
			t.Errorf("the %s file lacks the boilerplate line's entity:\n%s", p, content)
		case p != part && len(content) != 0:
			t.Errorf("the %s file holds %q; the document is in %s", p, content, part)
		}
	}
}

// pageHTML is a page with a related-links line.
const pageHTML = "<!DOCTYPE html><html><body><h1>Ferry news</h1><p>Zoë sails at noon.</p><div>Read next</div></body></html>\n"

// TestExportCleanEval opens an HTML page, tags its related-links line
// BOILERPLATE and exports the CleanEval gold: the content lines, and the
// page's HTML, as it was opened, beside it.
func TestExportCleanEval(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(path, []byte(pageHTML), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	text := "Ferry news\nZoë sails at noon.\nRead next"
	tb.waitDoc(text)
	// A page's boilerplate is suggested without asking; this annotator tags
	// it by hand, with the source off, so that only their spans are drawn.
	tb.untick(`#suggest-sources [name="boilerplate"]`)
	tb.waitFor("no suggestions drawn", `document.querySelectorAll("#doc [data-suggested], #suggestions button").length === 0`,
		`document.getElementById("suggest-counts").textContent`)
	links := span{strings.Index(text, "Read next"), len(text), "BOILERPLATE"}
	tb.label(text, links, "3", false)
	tb.waitCover("the links line is boilerplate", coverOf(text, links))
	files := tb.exportAs("cleaneval", 2)
	want := map[string]string{
		"page.cleaneval.txt":    "URL: page.html\n<p>Ferry news\n<p>Zoë sails at noon.\n",
		"page.cleaneval-1.html": pageHTML,
	}
	got := map[string]string{}
	for name, content := range files {
		got[name] = string(content)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CleanEval files (-want +got):\n%s", diff)
	}
}

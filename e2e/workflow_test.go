//go:build !js

package e2e

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/google/go-cmp/cmp"

	"spantag/internal/chrome"
)

// TestTeamWorkflow is the team's work as users do it, in the page: a
// 9-document queue split for alice, bob and carol with an overlap; each
// annotates their shard in a browser profile of their own and exports it;
// the three exports opened for agreement give the command line's figures
// and files; the review jumps to each disagreement, takes versions and a
// span by key, and exports the gold file with its provenance.
func TestTeamWorkflow(t *testing.T) {
	dir := t.TempDir()
	bin := spantagBinary(t)
	queue := filepath.Join(dir, "news.jsonl")
	var lines []string
	for i := range 9 {
		lines = append(lines, fmt.Sprintf(`{"text":%q,"meta":{"id":"n%d"}}`, teamText(i), i+1))
	}
	if err := os.WriteFile(queue, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}

	// Split in the page; the shards are spantag split's, byte for byte.
	lead := openApp(t)
	lead.openFile(queue)
	lead.waitFor("the queue is open", `document.getElementById("progress").textContent.includes("of 9")`, `document.getElementById("progress").textContent`)
	// Escape leaves the form for the button that opened it (QA pass 11:
	// the focus was dropped on the page).
	lead.click("Split for annotators")
	lead.press(kb.Escape)
	focused := `document.activeElement.id`
	lead.waitFor("Escape returns to the split button", focused+` === "split"`, focused)
	lead.click("Split for annotators")
	lead.clickCSS("#split-annotators")
	lead.press("alice, bob, carol")
	lead.clickCSS("#split-overlap")
	lead.press("a", chromedp.ModifierCtrl)
	lead.press("34%")
	files, err := chrome.Downloads(lead.ctx, downloads, 3, func() error { return chrome.ClickButton(lead.ctx, "Split and download") })
	if err != nil {
		t.Fatal(err)
	}
	cliDir := filepath.Join(dir, "cli")
	if err := os.Mkdir(cliDir, 0o755); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "split", "-annotators", "alice,bob,carol", "-overlap", "34%", "-dir", cliDir, queue).CombinedOutput(); err != nil {
		t.Fatalf("spantag split: %v\n%s", err, out)
	}
	shards := map[string]string{}
	for _, f := range files {
		shards[f.Name] = f.Path
		if diff := cmp.Diff(mustRead(t, filepath.Join(cliDir, f.Name)), mustRead(t, f.Path)); diff != "" {
			t.Errorf("the page's %s is not spantag split's (-cli +page):\n%s", f.Name, diff)
		}
	}
	overlap := sharedTexts(t, shards)
	if len(overlap) < 2 {
		t.Fatalf("the overlap has %d documents; the test needs two or more", len(overlap))
	}

	// Each annotator, in a profile of their own: the name on the first
	// word pair, and bob the place too where everyone has the document.
	var exports []string
	for _, who := range []string{"alice", "bob", "carol"} {
		path := filepath.Join(dir, who+".jsonl")
		if err := os.Rename(shards["news-"+who+".jsonl"], path); err != nil {
			t.Fatal(err)
		}
		exports = append(exports, annotateShard(t, who, path, overlap))
	}

	// Agreement, in the lead's page: the command line's figures and files.
	lead.openTeamFiles("Agreement", exports...)
	checkAgreement(t, lead, bin, exports)
	reviewGold(t, lead, overlap)
}

// teamText is the i-th document of the team's queue: a name (first two
// words), then a place (the last word before the full stop).
func teamText(i int) string {
	names := []string{"Ann Lee", "Bo Park", "Cy Diaz", "Di Moss", "Ed Kahn", "Flo Ng", "Gus Roy", "Hal Ito", "Ida Fox"}
	places := []string{"Oslo", "Lima", "Kyiv", "Baku", "Doha", "Riga", "Suva", "Male", "Apia"}
	return fmt.Sprintf("%s met the press in %s.", names[i], places[i])
}

// name and place are the offsets of text's name and place.
func name(text string) (int, int) { return 0, len(strings.Join(strings.Fields(text)[:2], " ")) }

func place(text string) (int, int) {
	end := len(text) - 1
	return strings.LastIndex(text, " ") + 1, end
}

// sharedTexts are the texts every shard has, in the first shard's order.
func sharedTexts(t *testing.T, shards map[string]string) []string {
	t.Helper()
	count := map[string]int{}
	var order []string
	for _, path := range shards {
		for _, l := range jsonLines(t, []byte(mustRead(t, path))) {
			text := l["text"].(string)
			if count[text]++; count[text] == 1 {
				order = append(order, text)
			}
		}
	}
	var shared []string
	for _, text := range order {
		if count[text] == len(shards) {
			shared = append(shared, text)
		}
	}
	slices.Sort(shared)
	return shared
}

// marksJS lists #doc's spans (not suggestions) as "LABEL:text|…".
const marksJS = `[...document.querySelectorAll("#doc mark[data-label]:not([data-suggested])")].map(m => m.dataset.label + ":" + m.textContent).join("|")`

// annotateShard opens who's shard in a browser profile of their own,
// labels and accepts each document, exports it and returns the export.
func annotateShard(t *testing.T, who, path string, overlap []string) string {
	t.Helper()
	tb := newSession(t, siteURL).open()
	tb.openFile(path)
	tb.waitFor("the shard says whose it is", js(`w => document.getElementById("whose").textContent === w`, who+"'s · news-"+who),
		`document.getElementById("whose").textContent`)
	n := len(jsonLines(t, []byte(mustRead(t, path))))
	for i := range n {
		tb.waitFor(fmt.Sprintf("document %d of %d", i+1, n), js(`p => document.getElementById("progress").textContent.startsWith(p)`, fmt.Sprintf("Document %d of %d", i+1, n)),
			`document.getElementById("progress").textContent`)
		text := tb.docText()
		a, b := name(text)
		tb.drag(a, b, false)
		tb.press("1")
		want := "ENTITY:" + text[a:b]
		if who == "bob" && slices.Contains(overlap, text) {
			a, b := place(text)
			tb.drag(a, b, false)
			tb.press("1")
			want += "|ENTITY:" + text[a:b]
		}
		tb.waitFor(who+" labelled "+want, js(`w => `+marksJS+` === w`, want), marksJS)
		tb.click("Accept")
		if i < n-1 {
			tb.click("Next")
		}
	}
	name, content := tb.download(func() { tb.click("Export") })
	out := filepath.Join(filepath.Dir(path), "export-"+who+".jsonl")
	if err := os.WriteFile(out, content, 0o644); err != nil {
		t.Fatal(err)
	}
	for _, l := range jsonLines(t, content) {
		if l["_annotator_id"] != who || l["_session_id"] != "news-"+who || l["answer"] != "accept" {
			t.Errorf("%s's export %s has a line with _annotator_id %v, _session_id %v, answer %v", who, name, l["_annotator_id"], l["_session_id"], l["answer"])
		}
	}
	return out
}

// reviewGold reviews the three exports: on the overlap's documents,
// bob's place is the one disagreement. The first overlap document takes
// it by key (a), the second takes alice and carol's version (v, t), the
// others take bob's (v v t); every document accepted; the gold export
// checked.
func reviewGold(t *testing.T, tb *tab, overlap []string) {
	t.Helper()
	tb.click("Review these files")
	tb.waitFor("the review is open", `document.getElementById("datasets").selectedOptions[0].textContent.startsWith("Review")`,
		`document.getElementById("datasets").selectedOptions[0].textContent`)
	// Its suggestions are its disagreements: no source suggests what no
	// annotator made (QA pass 11: the model's spans went into the gold).
	ticked := `[...document.querySelectorAll("#suggest-sources input[type=checkbox]")].filter(c => c.checked && ["pattern", "occurrence", "boilerplate", "model"].includes(c.name)).map(c => c.name).join(",")`
	tb.waitFor("the review's other sources are off", ticked+` === ""`, ticked)
	n := 9
	want := map[string][]string{}
	for i := range n {
		tb.waitFor(fmt.Sprintf("review document %d", i+1), js(`p => document.getElementById("progress").textContent.startsWith(p)`, fmt.Sprintf("Document %d of %d", i+1, n)),
			`document.getElementById("progress").textContent`)
		text := tb.docText()
		a, b := name(text)
		pa, pb := place(text)
		agreed := "ENTITY:" + text[a:b]
		tb.waitFor("the agreed span is accepted", js(`w => `+marksJS+` === w`, agreed), marksJS)
		want[text] = []string{text[a:b]}
		if k := slices.Index(overlap, text); k >= 0 {
			disagreement := `[...document.querySelectorAll("#doc[data-review] mark[data-suggested]")].map(m => m.textContent).join("|")`
			tb.waitFor("bob's place is a disagreement", js(`w => `+disagreement+` === w`, text[pa:pb]), disagreement)
			if tb.textOf("#version-list") == "" {
				t.Errorf("no versions listed")
			}
			selected := `[...document.querySelectorAll("#doc mark[data-suggested].sel")].map(m => m.textContent).join("|")`
			tb.press("n") // to the disagreement
			tb.waitFor("N selects the disagreement", js(`w => `+selected+` === w`, text[pa:pb]), selected)
			tb.press("p") // the one before it is the same, round
			tb.waitFor("P keeps it selected", js(`w => `+selected+` === w`, text[pa:pb]), selected)
			switch k {
			case 0:
				tb.press("a") // take that span
				want[text] = append(want[text], text[pa:pb])
			case 1:
				tb.press("t") // the first version: alice and carol's
			default:
				tb.press("v") // the second: bob's
				tb.press("t")
				want[text] = append(want[text], text[pa:pb])
			}
			wantMarks := "ENTITY:" + strings.Join(want[text], "|ENTITY:")
			tb.waitFor("the review's decision is drawn", js(`w => `+marksJS+` === w && !document.querySelector("#doc mark[data-suggested]")`, wantMarks), marksJS)
			if k == 2 { // a reload comes back to bob's version, the one taken
				tb.waitSaved()
				tb.reload()
				tb.waitDoc(text)
				chosen := `document.querySelector("#version-list li[aria-current]")?.dataset.version`
				tb.waitFor("the version taken is marked after a reload", chosen+` === "1"`, chosen)
			}
		}
		tb.click("Accept")
		if i < n-1 {
			tb.click("Next")
		}
	}
	_, content := tb.download(func() { tb.click("Export") })
	lines := jsonLines(t, content)
	if len(lines) != n {
		t.Fatalf("the gold file has %d lines, want %d", len(lines), n)
	}
	for _, l := range lines {
		text := l["text"].(string)
		var got []string
		for _, s := range l["spans"].([]any) {
			got = append(got, s.(map[string]any)["text"].(string))
		}
		if diff := cmp.Diff(want[text], got); diff != "" || l["answer"] != "accept" {
			t.Errorf("gold %q: answer %v, spans (-want +got):\n%s", text, l["answer"], diff)
		}
		checkProvenance(t, text, l["versions"], slices.Contains(overlap, text))
	}
}

// checkProvenance checks a gold line's "versions": in the overlap, alice
// and carol's version and bob's; elsewhere the one annotator's.
func checkProvenance(t *testing.T, text string, raw any, shared bool) {
	t.Helper()
	b, _ := json.Marshal(raw)
	var versions []struct {
		Sessions []string `json:"sessions"`
		Spans    []struct {
			Text string `json:"text"`
		} `json:"spans"`
	}
	if err := json.Unmarshal(b, &versions); err != nil {
		t.Fatalf("gold %q: versions %s: %v", text, b, err)
	}
	var got []string
	for _, v := range versions {
		got = append(got, fmt.Sprintf("%s:%d", strings.Join(v.Sessions, "+"), len(v.Spans)))
	}
	if shared {
		if diff := cmp.Diff([]string{"news-alice+news-carol:1", "news-bob:2"}, got); diff != "" {
			t.Errorf("gold %q: versions (-want +got):\n%s", text, diff)
		}
	} else if len(got) != 1 || !strings.HasSuffix(got[0], ":1") {
		t.Errorf("gold %q: versions %v, want one annotator's with one span", text, got)
	}
}

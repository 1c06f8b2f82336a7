//go:build !js

package e2e

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	gocmp "github.com/google/go-cmp/cmp"
)

// The tests of "Keeping work": nothing the user did is lost by a reload, a
// crash, the network going away, a full quota or a second tab.

// waitSaved waits until the page says every change is stored (what the
// model learns from an answer too).
func (tb *tab) waitSaved() {
	tb.t.Helper()
	tb.waitFor("the page says the work is saved", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").dataset.state + ": " + document.getElementById("saved").textContent`)
}

// reload reloads the page and waits until it is interactive again.
func (tb *tab) reload() {
	tb.t.Helper()
	tb.do("reload", chromedp.Reload())
	tb.waitReady()
}

// export clicks Export and returns the downloaded file.
func (tb *tab) export() []byte {
	tb.t.Helper()
	_, content := tb.download(func() { tb.click("Export") })
	return content
}

// annotateSample labels the sample's name as ENTITY, the sentence around
// it as CLAIM and an Advertisement line as BOILERPLATE, and waits until
// they are saved. It returns what the page then shows.
func annotateSample(t *testing.T, tb *tab) (sampleSpans, cover) {
	t.Helper()
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb.label(sample, s.entity, "1", false)
	tb.label(sample, s.claim, "2", s.claim.Start == s.entity.Start)
	tb.clickAt(u16(sample, s.block.Start) + 1)
	tb.press("#") // Shift+3
	want := coverOf(sample, s.entity, s.claim, s.block)
	tb.waitCover("the three spans are drawn", want)
	tb.waitSaved()
	return s, want
}

func TestReloadKeepsEverything(t *testing.T) {
	tb := openApp(t)
	_, want := annotateSample(t, tb)
	tb.openFile(writeQueue(t, t.TempDir()))
	tb.waitProgress(1, 3, 0)
	tb.click("Accept")
	tb.click("Next")
	tb.click("Reject")
	tb.click("Next")
	tb.waitProgress(3, 3, 2)
	tb.press("z", chromedp.ModifierCtrl) // nothing to undo on the third document
	tb.goTo(1)
	tb.press("z", chromedp.ModifierCtrl) // undo the Reject
	tb.waitProgress(2, 3, 1)
	tb.waitSaved()
	before := tb.export()

	tb.reload()
	tb.waitProgress(2, 3, 1)
	tb.waitDoc(queueDocs[1].text)
	if diff := gocmp.Diff(string(before), string(tb.export())); diff != "" {
		t.Errorf("the export after the reload differs (-before +after):\n%s", diff)
	}
	tb.press("Z", chromedp.ModifierCtrl) // the undo history came back too: redo the Reject
	tb.waitProgress(2, 3, 2)

	tb.chooseDataset("Sample article")
	tb.waitCover("the sample's spans are back", want)
}

// waitAcross waits until expr is true in the tab, through the navigations
// that happen meanwhile.
func (tb *tab) waitAcross(what, expr string) {
	tb.t.Helper()
	deadline := time.Now().Add(45 * time.Second) // a reload that fetches and compiles the app anew, on a busy machine
	for {
		ok, err := chromedp.Run(tb.ctx, chromedp.Evaluate[bool](expr))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			state, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](pageStateJS))
			tb.t.Fatalf("waiting until %s: %v (the page: %s)", what, err, state)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// pageStateJS says where a page of the app stands: for a wait that fails
// across reloads and versions.
const pageStateJS = `JSON.stringify({oldVersion: !!window.oldVersion, ready: document.body.dataset.ready,
	controller: navigator.serviceWorker.controller && navigator.serviceWorker.controller.scriptURL,
	updateOffered: !document.getElementById("update").hidden, status: document.getElementById("status").textContent})`

// chooseDataset picks the dataset whose option's name contains name.
func (tb *tab) chooseDataset(name string) {
	tb.t.Helper()
	tb.choose("datasets", name)
}

func TestCrashLosesNothing(t *testing.T) {
	s := newSession(t, siteURL)
	tb := s.open()
	sample := readSample(t)
	spans, _ := annotateSample(t, tb)
	tb.label(sample, spans.other, "1", false) // the last change before the crash
	want := coverOf(sample, spans.entity, spans.claim, spans.block, spans.other)
	tb.waitCover("four spans", want)
	tb.waitSaved()

	ctx, cancel := context.WithTimeout(tb.ctx, 2*time.Second)
	_, _ = chromedp.Call(ctx, page.Crash, cdp.Empty{}) // never answers: the renderer is gone
	cancel()
	tb.close()

	again := s.open()
	again.waitCover("every span is back after the crash", want)
}

// TestOffline serves the site under a sub-path, as a static host may, and
// stops the server once the page has been visited; index.html and a query
// open the app too.
func TestOffline(t *testing.T) {
	const path = "/tools/spantag/"
	mux := http.NewServeMux()
	mux.Handle(path, http.StripPrefix(strings.TrimSuffix(path, "/"), http.FileServer(http.Dir(siteDir))))
	srv := httptest.NewServer(mux)
	defer srv.Close()
	tb := newSession(t, srv.URL+path).open()
	tb.waitFor("the service worker controls the page", `!!navigator.serviceWorker.controller`, `"no controller"`)
	if scope := eval[string](tb, `navigator.serviceWorker.controller.scriptURL`); !strings.HasSuffix(scope, path+"sw.js") {
		t.Errorf("the service worker is %s, want the one under %s", scope, path)
	}
	sample := readSample(t)
	spans, _ := annotateSample(t, tb)
	annotated := coverOf(sample, spans.entity, spans.claim, spans.block)
	// The file server sends index.html to ./: the copy kept is no redirect,
	// which a page load refuses (QA pass 13).
	tb.do("open index.html", chromedp.Navigate(srv.URL+path+"index.html"))
	tb.waitCover("the app at index.html", annotated)

	srv.CloseClientConnections()
	srv.Close()
	tb.reload()
	tb.waitCover("the spans are back with no server", annotated)
	tb.do("open ./ with a query", chromedp.Navigate(srv.URL+path+"?from=bookmark"))
	tb.waitCover("the app at ./?from=bookmark with no server", annotated)
	tb.waitFor("the worker starts from the offline copy", `document.body.dataset.worker === "ready"`, `document.body.dataset.worker || "not yet"`)
	tb.label(sample, spans.other, "1", false)
	want := coverOf(sample, spans.entity, spans.claim, spans.block, spans.other)
	tb.waitCover("a span made offline", want)
	tb.waitSaved()
	tb.reload()
	tb.waitCover("the span made offline survives a reload", want)
}

// openFull opens the app in a new tab whose storage is full, and waits until
// the page says the sample could not be stored. It returns what lifts the
// limit.
func openFull(t *testing.T) (tb *tab, space func()) {
	tb = newSession(t, siteURL).newTab()
	origin := strings.TrimSuffix(siteURL, "/")
	setQuota := func(size *float64) {
		if _, err := chromedp.Call(tb.ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: size}); err != nil {
			t.Fatalf("overriding the quota: %v", err)
		}
	}
	setQuota(new(1e4)) // far less than the site itself takes
	t.Cleanup(func() { setQuota(nil) })
	tb.do("open the app", chromedp.Navigate(siteURL))
	tb.waitReady()
	tb.waitFailed("the page says the sample could not be stored")
	return tb, func() { setQuota(nil) }
}

func (tb *tab) waitFailed(what string) {
	tb.t.Helper()
	tb.waitFor(what, `document.getElementById("saved").dataset.state === "failed"`, `document.getElementById("saved").textContent`)
}

func TestFullQuota(t *testing.T) {
	tb, space := openFull(t)
	waitFailed := tb.waitFailed

	sample := readSample(t)
	s := pickSpans(t, sample)
	tb.label(sample, s.entity, "1", false)
	waitFailed("the page says the change is not saved")
	if status := tb.textOf("#status"); !strings.Contains(status, "full") {
		t.Errorf("#status says %q; want it to say the storage is full", status)
	}
	tb.waitCover("the span stays on screen", coverOf(sample, s.entity))
	if export := tb.export(); !bytes.Contains(export, []byte(`"label":"ENTITY","text":"`+sample[s.entity.Start:s.entity.End]+`"`)) {
		t.Errorf("the export lacks the span made while storage was full:\n%s", export)
	}

	space() // a later attempt saves the work
	tb.waitFor("the page saves once there is space", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").textContent`)
	tb.reload()
	tb.waitCover("the span made while storage was full is back", coverOf(sample, s.entity))
}

// TestCloseAsksWhenNotSaved reloads the tab while a change is not stored
// (the storage is full): the page asks first, and the annotator stays; once
// the change is stored, a reload does not ask.
func TestCloseAsksWhenNotSaved(t *testing.T) {
	tb, space := openFull(t)
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb.label(sample, s.entity, "1", false)
	tb.waitFailed("the page says the change is not saved")
	tb.mu.Lock()
	tb.askedOK = true
	tb.mu.Unlock()
	asked := func() int {
		tb.mu.Lock()
		defer tb.mu.Unlock()
		return tb.asked
	}
	if _, err := chromedp.Call(tb.ctx, page.Reload, page.ReloadParams{}); err != nil {
		t.Fatal(err)
	}
	for deadline := time.Now().Add(20 * time.Second); asked() == 0 && time.Now().Before(deadline); {
		time.Sleep(50 * time.Millisecond)
	}
	if n := asked(); n != 1 {
		t.Fatalf("reloading with a change not stored asked %d times, want once", n)
	}
	tb.waitCover("the annotator stayed, with the span", coverOf(sample, s.entity))

	space()
	tb.waitSaved()
	tb.reload()
	tb.waitCover("the span is stored", coverOf(sample, s.entity))
	if n := asked(); n != 1 {
		t.Errorf("reloading with everything stored asked too (%d times in all)", n)
	}
}

func TestNoStorage(t *testing.T) {
	s := newSession(t, siteURL)
	tb := s.newTab()
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: `Object.defineProperty(window, "indexedDB", {value: undefined})`, // as in a browser without it
	}); err != nil {
		t.Fatal(err)
	}
	tb.do("open the app", chromedp.Navigate(siteURL))
	tb.waitReady()
	tb.expectMemory("with no IndexedDB", "Export", "the work stays in the tab and Export keeps it")
	sample := readSample(t)
	sp := pickSpans(t, sample)
	tb.label(sample, sp.entity, "1", false)
	tb.waitCover("the page still annotates", coverOf(sample, sp.entity))
}

func TestSecondFile(t *testing.T) {
	tb := openApp(t)
	_, want := annotateSample(t, tb)
	tb.openFile(writeQueue(t, t.TempDir()))
	tb.waitProgress(1, 3, 0)
	tb.chooseDataset("Sample article")
	tb.waitCover("the sample dataset is untouched", want)
	tb.chooseDataset("queue.jsonl")
	tb.waitDoc(queueDocs[0].text)
}

func TestRenameAndDeleteDataset(t *testing.T) {
	tb := openApp(t)
	tb.openFile(writeQueue(t, t.TempDir()))
	tb.waitProgress(1, 3, 0)
	tb.click("Rename dataset")
	tb.press("Harbour batch 1\r") // the field opens with the old name selected
	tb.waitFor("the dataset has its new name", `document.getElementById("datasets").selectedOptions[0].textContent === "Harbour batch 1"`,
		`document.getElementById("datasets").selectedOptions[0].textContent`)
	tb.waitSaved()
	tb.reload()
	tb.waitFor("the name is kept", `document.getElementById("datasets").selectedOptions[0].textContent === "Harbour batch 1"`,
		`document.getElementById("datasets").selectedOptions[0].textContent`)

	tb.click("Delete dataset")
	tb.click("Keep it")
	tb.waitDoc(queueDocs[0].text)
	tb.click("Delete dataset")
	tb.click("Delete it")
	tb.waitDoc(readSample(t))
	if n := eval[int](tb, `document.getElementById("datasets").options.length`); n != 1 {
		t.Errorf("%d datasets listed after deleting one of two, want 1", n)
	}
	tb.waitSaved()
	tb.reload()
	if names := eval[string](tb, `[...document.getElementById("datasets").options].map(o => o.textContent).join("|")`); names != "Sample article" {
		t.Errorf("after a reload the datasets are %q, want only the sample", names)
	}
}

// TestManyChangesStayBounded makes 1,000 changes, checks that the store
// stays small (the journal is compacted into snapshots), and that a reload
// gives back exactly what was exported before it.
func TestManyChangesStayBounded(t *testing.T) {
	tb := openApp(t)
	sample := readSample(t)
	var made []span
	for _, l := range lines(sample) {
		for _, w := range words(sample, l.Start, l.End) {
			if len(made) < 100 {
				made = append(made, span{w.Start, w.End, "ENTITY"})
			}
		}
	}
	changes := 0
	for _, w := range made {
		tb.label(sample, w, "1", false)
		changes++
	}
	tb.waitCover("100 words are labelled", coverOf(sample, made...))
	for changes < 1000 {
		tb.press("z", chromedp.ModifierCtrl)
		tb.press("Z", chromedp.ModifierCtrl)
		changes += 2
	}
	tb.waitCover("undo and redo leave the 100 spans", coverOf(sample, made...))
	tb.waitSaved()
	size := eval[map[string][2]int](tb, storeSizeJS)
	t.Logf("after 1,000 changes the store holds [records, bytes]: %v", size)
	if n := size["journal"][0]; n > 200 {
		t.Errorf("after 1,000 changes the journal holds %d records; snapshots should keep it under 200", n)
	}
	if total := size["datasets"][1] + size["states"][1] + size["journal"][1] + size["meta"][1]; total > 64<<10 {
		t.Errorf("after 1,000 changes the store holds %d bytes besides the text, want it bounded under 64 KiB", total)
	}
	before := tb.export()
	tb.reload()
	if diff := gocmp.Diff(string(before), string(tb.export())); diff != "" {
		t.Errorf("the export after the reload differs (-before +after):\n%s", diff)
	}
}

// storeSizeJS counts the records of each object store but the texts, and
// the characters they hold.
const storeSizeJS = `new Promise((resolve, reject) => {
	const open = indexedDB.open("spantag");
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const names = ["datasets", "states", "journal", "meta"];
		const tx = open.result.transaction(names);
		const reqs = names.map(n => tx.objectStore(n).getAll());
		tx.oncomplete = () => resolve(Object.fromEntries(names.map((n, i) =>
			[n, [reqs[i].result.length, reqs[i].result.reduce((m, v) => m + String(v).length, 0)]])));
		tx.onerror = () => reject(tx.error);
	};
})`

// TestNewVersion deploys a new version while the page is open: the page
// offers it, still after a reload, and reloads into it with the work there.
// The new offline copy holds the new index.html, though the browser's HTTP
// cache holds the old one as fresh (it was last modified two days before).
func TestNewVersion(t *testing.T) {
	version := 1
	site := http.FileServer(http.Dir(siteDir))
	index, err := os.ReadFile(filepath.Join(siteDir, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/" || r.URL.Path == "/index.html" {
			page, modified := index, time.Now().Add(-48*time.Hour)
			if version == 2 {
				page, modified = append(slices.Clip(index), "<!-- version 2 -->\n"...), time.Now()
			}
			http.ServeContent(w, r, "index.html", modified, bytes.NewReader(page))
			return
		}
		if r.URL.Path != "/sw.js" || version == 1 {
			site.ServeHTTP(w, r)
			return
		}
		b, err := os.ReadFile(filepath.Join(siteDir, "sw.js"))
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		w.Header().Set("Content-Type", "text/javascript")
		fmt.Fprintf(w, "%s\n// version %d\n", bytes.Replace(b, []byte("spantag-"), []byte("spantag-v2-"), 1), version)
	}))
	defer srv.Close()
	tb := newSession(t, srv.URL+"/").open()
	tb.waitFor("the service worker controls the page", `!!navigator.serviceWorker.controller`, `"no controller"`)
	_, want := annotateSample(t, tb)

	version = 2
	tb.reload()
	tb.waitFor("the page offers the new version", `!document.getElementById("update").hidden`, `"hidden"`)
	tb.reload()
	tb.waitFor("the page offers it still after a reload", `!document.getElementById("update").hidden`, `"hidden"`)
	eval[bool](tb, `window.oldVersion = true`)
	tb.click("Reload to update")
	tb.waitAcross("the page reloads into the new version",
		`!window.oldVersion && document.body.dataset.ready === "1" && navigator.serviceWorker.controller.scriptURL.endsWith("sw.js")`)
	tb.waitCover("the work is there in the new version", want)
	if !eval[bool](tb, `caches.match("./").then(r => r.text()).then(t => t.includes("version 2"))`) {
		t.Error("the offline copy holds the old index.html, from the browser's HTTP cache")
	}
}

// TestLargeFile opens a file bigger than what the page holds in memory at
// once, so most documents go to the store and are read back from it when
// shown or exported.
func TestLargeFile(t *testing.T) {
	const docs = 250
	var file bytes.Buffer
	var texts []string
	for i := range docs {
		text := fmt.Sprintf("Document %d 👋 é. %s", i, strings.Repeat(fmt.Sprintf("Filler sentence %d of the large file. ", i), 500))
		texts = append(texts, text)
		fmt.Fprintf(&file, "{\"text\":%q,\"meta\":{\"id\":%d}}\n", text, i)
	}
	path := filepath.Join(t.TempDir(), "large.jsonl")
	if err := os.WriteFile(path, file.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitDoc(texts[0])
	// Export at once, while the rest of the file is being read: the export
	// waits for the whole file.
	if n := len(jsonLines(t, tb.export())); n != docs {
		t.Fatalf("an export started while the file was read has %d lines, want %d", n, docs)
	}
	tb.waitFor("the page says the whole file is read", `document.getElementById("progress").getAttribute("aria-busy") === "false"`,
		`document.getElementById("progress").textContent`)
	tb.waitProgress(1, docs, 0)
	for i := 1; i <= 2; i++ {
		tb.click("Next")
		tb.waitDoc(texts[i])
	}
	tb.click("Accept")
	tb.waitProgress(3, docs, 1)
	tb.waitSaved()
	before := tb.export()
	lines := jsonLines(t, before)
	if len(lines) != docs {
		t.Fatalf("the export has %d lines, want %d", len(lines), docs)
	}
	for i, l := range lines {
		if l["text"] != texts[i] {
			t.Fatalf("line %d of the export holds another text: %.40q", i+1, l["text"])
		}
	}
	tb.reload()
	tb.waitProgress(3, docs, 1)
	tb.waitDoc(texts[2])
	if diff := gocmp.Diff(string(before), string(tb.export())); diff != "" {
		t.Errorf("the export after the reload differs (-before +after):\n%.2000s", diff)
	}
}

// expectMemory checks that the page, in the situation said by when, works
// in memory: #saved says so, and #status holds part, which says what.
func (tb *tab) expectMemory(when, part, what string) {
	tb.t.Helper()
	if state := eval[string](tb, `document.getElementById("saved").dataset.state`); state != "memory" {
		tb.t.Errorf("#saved is %q %s, want memory", state, when)
	}
	if status := tb.textOf("#status"); !strings.Contains(status, part) {
		tb.t.Errorf("#status says %q; want it to say %s", status, what)
	}
}

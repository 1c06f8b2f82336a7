//go:build !js

package e2e

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// watchSample is injected before the page's scripts: it records whether
// #doc ever holds the sample's first line, from the page's first mutation
// on.
const watchSample = `first => {
	window.__sampleShown = false;
	new MutationObserver(() => {
		const doc = document.getElementById("doc");
		if (doc && doc.textContent.includes(first)) window.__sampleShown = true;
	}).observe(document, {childList: true, subtree: true, characterData: true});
}`

// TestRestoreNeverShowsTheSample: reopening the page with work stored shows
// the work, and never the sample first (the page starts faster by opening
// the store while the wasm downloads, and must not paint before it knows).
func TestRestoreNeverShowsTheSample(t *testing.T) {
	text := "Ferry news from Tromsø 🚢\nZoë sails at noon.\n"
	path := writeText(t, t.TempDir(), "ferry.txt", text)
	s := newSession(t, siteURL)
	tb := s.open()
	tb.openFile(path)
	tb.waitDoc(text)
	tb.waitSaved()

	first := strings.SplitN(readSample(t), "\n", 2)[0]
	if _, err := chromedp.Call(tb.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: js(watchSample, first),
	}); err != nil {
		t.Fatal(err)
	}
	tb.reload()
	tb.waitDoc(text)
	if eval[bool](tb, `window.__sampleShown`) {
		t.Errorf("reopening %s showed the sample first", filepath.Base(path))
	}
	// The watch itself works: the sample is seen where it is shown.
	fresh := newSession(t, siteURL).newTab()
	if _, err := chromedp.Call(fresh.ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{
		Source: js(watchSample, first),
	}); err != nil {
		t.Fatal(err)
	}
	fresh.do("open the app", chromedp.Navigate(siteURL))
	fresh.waitReady()
	if !eval[bool](fresh, `window.__sampleShown`) {
		t.Error("a first visit showed the sample, and the watch did not see it")
	}
}

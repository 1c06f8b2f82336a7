//go:build !js

package e2e

import (
	"fmt"
	"testing"

	"github.com/chromedp/chromedp"
)

// Two tabs on the same work: one edits, the other follows read-only and
// takes over when the first goes.

func TestTwoTabs(t *testing.T) {
	s := newSession(t, siteURL)
	first := s.open()
	sample := readSample(t)
	sp := pickSpans(t, sample)
	first.label(sample, sp.entity, "1", false)
	first.waitSaved()

	second := s.open()
	second.waitFor("the second tab says it is read-only", `document.getElementById("saved").dataset.state === "readonly"`,
		`document.getElementById("saved").textContent`)
	second.waitCover("the second tab shows the first's span", coverOf(sample, sp.entity))
	second.label(sample, sp.other, "1", false)
	second.waitFor("the second tab refuses the change", `document.getElementById("status").textContent.includes("read-only")`,
		`document.getElementById("status").textContent`)
	second.waitCover("the refused span is not drawn", coverOf(sample, sp.entity))

	first.label(sample, sp.claim, "2", sp.claim.Start == sp.entity.Start)
	first.waitSaved()
	second.waitCover("the second tab follows the first", coverOf(sample, sp.entity, sp.claim))

	first.close()
	second.waitFor("the second tab takes over", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").textContent`)
	second.label(sample, sp.other, "1", false)
	second.waitSaved()
	want := coverOf(sample, sp.entity, sp.claim, sp.other)
	second.waitCover("the second tab's own change", want)
	second.reload()
	second.waitCover("both tabs' changes are kept", want)
}

// TestReadOnlyTabKeepsItsPlace: a read-only tab follows what the editing
// tab saves from the document its own user went to, not the editing tab's;
// it refuses a change of the suggestions' sources rather than drop it later.
func TestReadOnlyTabKeepsItsPlace(t *testing.T) {
	s := newSession(t, siteURL)
	first := s.open()
	first.openFile(writeQueue(t, t.TempDir()))
	first.waitProgress(1, 3, 0)
	first.waitSaved()

	second := s.openReadOnly()
	second.waitProgress(1, 3, 0)
	second.click("Next")
	second.waitProgress(2, 3, 0)

	first.click("Accept")
	first.waitProgress(1, 3, 1)
	first.waitSaved()
	second.waitProgress(2, 3, 1) // the answer followed, the place kept
	second.waitDoc(queueDocs[1].text)

	second.clickCSS(`#suggest-sources input[name="boilerplate"]`)
	second.waitFor("the change of sources is refused", `document.getElementById("status").textContent.includes("read-only")`,
		`document.getElementById("status").textContent`)
	if eval[bool](second, `document.querySelector('#suggest-sources input[name="boilerplate"]').checked`) {
		t.Error("the read-only tab shows the source ticked, which the editing tab's next save would untick")
	}
	eval[bool](second, `(document.getElementById("status").textContent = "", true)`)
	second.do("choose a model file", chromedp.SetUploadFiles(chromedp.ID("model-file"), []string{writeText(t, t.TempDir(), "a.spantag-model", "not read")}))
	second.waitFor("importing a model is refused", `document.getElementById("status").textContent.includes("read-only")`,
		`document.getElementById("status").textContent`)
}

// TestReloadKeepsEditing: the user reloads the tab they work in while
// another tab waits out of view; the reloaded tab edits again, not the other.
func TestReloadKeepsEditing(t *testing.T) {
	s := newSession(t, siteURL)
	first := s.open()
	first.waitSaved()
	second := s.openReadOnly()
	second.seemHidden(true)
	first.reload()
	first.waitFor("the reloaded tab edits", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").textContent`)
	second.seemHidden(false)
	first.close()
	second.waitFor("the other tab takes over once the first closes", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").textContent`)
}

// seemHidden makes the page say it is out of view (document.visibilityState
// "hidden"), or in view again, and tell its listeners.
func (tb *tab) seemHidden(hidden bool) {
	tb.t.Helper()
	eval[bool](tb, fmt.Sprintf(`(() => {
		if (%t) Object.defineProperty(document, "visibilityState", {get: () => "hidden", configurable: true});
		else delete document.visibilityState;
		document.dispatchEvent(new Event("visibilitychange"));
		return true;
	})()`, hidden))
}

// TestEditingTabLeaves: the editing tab, which itself took over from a
// closed one, follows a link away. The browser may keep the page in its
// back-forward cache, lock and all: the page lets the lock go, the waiting
// tab takes over, and Back brings the first page back read-only.
func TestEditingTabLeaves(t *testing.T) {
	s := newSession(t, siteURL)
	first := s.open()
	first.waitSaved()
	second := s.openReadOnly()
	first.close()
	second.waitFor("the second tab takes over", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").textContent`)
	third := s.openReadOnly()

	second.do("follow a link away", chromedp.Navigate("about:blank"))
	third.waitFor("the third tab takes over", `document.getElementById("saved").dataset.state === "saved"`,
		`document.getElementById("saved").textContent`)
	second.do("come back", chromedp.NavigateBack())
	second.waitFor("the page brought back is read-only", `document.body.dataset.ready === "1" && document.body.hasAttribute("data-readonly")`,
		`document.getElementById("saved").textContent`)
}

// openReadOnly opens another tab, which another tab's editing makes
// read-only.
func (s *session) openReadOnly() *tab {
	s.t.Helper()
	tb := s.open()
	tb.waitFor("the new tab is read-only", `document.body.hasAttribute("data-readonly")`,
		`document.getElementById("saved").textContent`)
	return tb
}

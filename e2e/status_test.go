//go:build !js

package e2e

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/storage"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// The status line never describes a state that no longer holds.

// limitQuota limits the storage of the app's origin to size bytes (nil:
// the browser's own limit again, as it is when the test ends).
func (tb *tab) limitQuota(size *float64) {
	tb.t.Helper()
	origin := strings.TrimSuffix(tb.url, "/")
	set := func(size *float64) error {
		_, err := chromedp.Call(tb.ctx, storage.OverrideQuotaForOrigin, storage.OverrideQuotaForOriginParams{Origin: origin, QuotaSize: size})
		return err
	}
	if err := set(size); err != nil {
		tb.t.Fatalf("overriding the quota: %v", err)
	}
	if size != nil {
		tb.t.Cleanup(func() {
			if err := set(nil); err != nil {
				tb.t.Errorf("restoring the quota: %v", err)
			}
		})
	}
}

// waitStatusIs waits until #status says something with want in it, or, when
// not, with no want in it.
func (tb *tab) waitStatusIs(what, want string, not bool) {
	tb.t.Helper()
	cond := js(`w => document.getElementById("status").textContent.includes(w)`, want)
	if not {
		cond = "!" + cond
	}
	tb.waitFor(what, cond, `document.getElementById("status").textContent`)
}

func TestStatusForgetsTheSelection(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)
	tb.label(sample, s.entity, "1", false)
	tb.waitCover("the name is an ENTITY", coverOf(sample, s.entity))

	tb.clickAt(u16(sample, s.entity.Start) + 1)
	tb.waitStatusIs("the status says the span is selected", "Selected ENTITY", false)
	tb.press(kb.Escape)
	tb.waitStatusIs("Esc: the status no longer says a span is selected", "Selected", true)

	tb.clickAt(u16(sample, s.entity.Start) + 1)
	tb.waitStatusIs("the span is selected again", "Selected ENTITY", false)
	tb.label(sample, s.claim, "1", s.claim.Start == s.entity.Start) // an ENTITY over it: the two merge
	merged := s.claim
	merged.Label = "ENTITY"
	tb.waitCover("the span merged into a larger one", coverOf(sample, merged))
	tb.waitStatusIs("the merged-away span is no longer said selected", "Selected", true)
	tb.press(kb.Delete)
	tb.waitCover("Delete has no span to remove", coverOf(sample, merged))
}

func TestStatusForgetsTheExport(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)
	tb.export()
	tb.waitStatusIs("the status says what was exported", "Exported", false)
	tb.label(sample, s.entity, "1", false)
	tb.waitCover("the name is an ENTITY", coverOf(sample, s.entity))
	tb.waitStatusIs("after a change, the earlier export is no longer reported", "Exported", true)
}

func TestStatusForgetsNotSaved(t *testing.T) {
	tb := newSession(t, siteURL).newTab()
	tb.limitQuota(new(1e4))
	tb.do("open the app", chromedp.Navigate(siteURL))
	tb.waitReady()
	tb.waitStatusIs("the status says the storage is full", "full", false)
	tb.limitQuota(nil)
	tb.waitSaved()
	tb.waitStatusIs("once saved, the status no longer says the storage is full", "full", true)
}

// TestEmptyExportSaysSo limits the export to accepted documents when none
// is: the page says so, and the next export, of every document, is the

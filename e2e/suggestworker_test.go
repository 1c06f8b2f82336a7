//go:build !js

package e2e

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"spantag/internal/site"
)

// TestSuggestSourcesWaitForWorker: the sources' controls work in the
// background worker, so they are disabled until it is ready, and a tick
// used once it is works. The worker's wasm is held back by the server
// until the test lets it go, so the page is seen before its worker is.
func TestSuggestSourcesWaitForWorker(t *testing.T) {
	files := site.Handler(siteDir)
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/worker-") && strings.HasSuffix(r.URL.Path, ".wasm") {
			select {
			case <-release:
			case <-r.Context().Done():
				return
			}
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	released := false
	defer func() {
		if !released {
			close(release)
		}
	}()
	tb := newSession(t, srv.URL+"/").open()
	box := `#suggest-sources [name="boilerplate"]`
	disabled := js(`sel => document.querySelector(sel).matches(":disabled")`, box)
	if eval[string](tb, `document.body.dataset.worker ?? ""`) != "" || !eval[bool](tb, disabled) {
		t.Fatalf("before the worker is ready, the boilerplate tick is enabled (or the worker said %q)", eval[string](tb, `document.body.dataset.worker ?? ""`))
	}
	close(release)
	released = true
	tb.waitFor("the worker is ready", `document.body.dataset.worker === "ready"`, `document.body.dataset.worker || "not yet"`)
	if eval[bool](tb, disabled) {
		t.Fatal("the boilerplate tick stays disabled once the worker is ready")
	}
	tb.clickCSS(box)
	tb.waitFor("the sample's boilerplate lines suggested", `document.querySelectorAll("#suggestions button[data-label=BOILERPLATE]").length > 0`,
		`document.getElementById("suggest-counts").textContent`)
}

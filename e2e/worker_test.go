//go:build !js

package e2e

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"spantag/internal/site"
)

// TestWorkerRoundTrip: after the first paint the page starts its worker
// (worker/) and sends it a job, which must come back byte for byte
// (body[data-worker] says so).
func TestWorkerRoundTrip(t *testing.T) {
	tb := openApp(t)
	tb.waitFor("a job goes to the worker and back", `document.body.dataset.worker === "ready"`, `document.body.dataset.worker || "not yet"`)
}

// TestWorkerMissing: a page whose worker cannot load (its wasm is not
// served) still opens, says the worker failed, and annotates.
func TestWorkerMissing(t *testing.T) {
	files := site.Handler(siteDir)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/worker-") && strings.HasSuffix(r.URL.Path, ".wasm") {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	}))
	defer srv.Close()
	tb := newSession(t, srv.URL+"/").open()
	tb.waitFor("the page gives up on its worker", `document.body.dataset.worker === "failed"`, `document.body.dataset.worker || "not yet"`)

	text := readSample(t)
	s := pickSpans(t, text)
	tb.label(text, s.entity, "1", false)
	tb.waitFor("the span is drawn without the worker", `document.querySelectorAll("#doc [data-label=ENTITY]").length > 0`, `document.querySelectorAll("#doc [data-label]").length`)

	// The 404 of the worker's wasm is this test's doing, not the page's.
	tb.mu.Lock()
	kept := tb.problems[:0]
	for _, p := range tb.problems {
		if !strings.Contains(p, "/worker-") {
			kept = append(kept, p)
		}
	}
	tb.problems = kept
	tb.mu.Unlock()
}

// TestOpenPageInWorker: an HTML page is read by the worker, which holds the
// HTML parser and the windows-1252 decoder; the page shows its text, and a
// page it refuses is said by name.
func TestOpenPageInWorker(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "cp1252.html")
	if err := os.WriteFile(page, []byte("<meta charset=windows-1252><title>x</title><p>Caf\xe9 \x93Z\xf6e\x94 \x80 5</p><p>Line two</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(page)
	tb.waitDoc("Café “Zöe” € 5\nLine two")

	bad := filepath.Join(dir, "bad.html")
	if err := os.WriteFile(bad, []byte("<p>Caf\xe9</p>"), 0o644); err != nil {
		t.Fatal(err)
	}
	tb.openFile(bad)
	tb.waitFor("the page says the worker refused bad.html",
		`(s => s.includes("bad.html") && s.includes("UTF-8"))(document.getElementById("status").textContent)`,
		`document.getElementById("status").textContent`)
}

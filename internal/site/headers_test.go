package site

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestHandlerSendsHeaders(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte("<!doctype html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(Handler(dir))
	defer srv.Close()
	for _, path := range []string{"/", "/missing.js"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		csp := res.Header.Get("Content-Security-Policy")
		if !strings.Contains(csp, "frame-ancestors 'none'") || !strings.HasPrefix(csp, Policy) {
			t.Errorf("GET %s: Content-Security-Policy %q, want the page's policy and frame-ancestors 'none'", path, csp)
		}
		if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", path, got)
		}
	}
}

func TestHeadersFile(t *testing.T) {
	want := "/*\n" +
		"  Content-Security-Policy: " + Policy + "; frame-ancestors 'none'\n" +
		"  X-Frame-Options: DENY\n" +
		"  X-Content-Type-Options: nosniff\n" +
		"  Referrer-Policy: no-referrer\n"
	if diff := cmp.Diff(want, HeadersFile()); diff != "" {
		t.Errorf("HeadersFile (-want +got):\n%s", diff)
	}
}

//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSecurityHeaders: the site is served with its policy as a header,
// which alone can forbid framing, and the build writes the headers for
// static hosts in a _headers file that the offline copy does not fetch.
func TestSecurityHeaders(t *testing.T) {
	tb := openApp(t)
	csp := eval[string](tb, `fetch(location.href).then(r => r.headers.get("Content-Security-Policy") || "")`)
	if !strings.Contains(csp, "frame-ancestors 'none'") || !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") {
		t.Errorf("the page is served with Content-Security-Policy %q; want its policy with frame-ancestors 'none'", csp)
	}
	headers, err := os.ReadFile(filepath.Join(siteDir, "_headers"))
	if err != nil {
		t.Fatalf("the build wrote no _headers file: %v", err)
	}
	if !strings.HasPrefix(string(headers), "/*\n") || !strings.Contains(string(headers), "\n  Content-Security-Policy: "+csp+"\n") {
		t.Errorf("_headers does not give every path the policy served:\n%s", headers)
	}
	worker, err := os.ReadFile(filepath.Join(siteDir, "sw.js"))
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(worker), "_headers") {
		t.Errorf("the service worker caches _headers, which hosts do not serve")
	}
}

//go:build !js

package main

import (
	"os"
	"strings"
	"testing"
)

// TestBootStartsBeforeTheStylesheet: the page's start begins with boot.js
// (BENCHMARKS.md, "Where the start's time goes"). It must be an async
// module ahead of the stylesheet, so that it runs as soon as it arrives and
// the wasm compiles while the page is parsed and drawn, and nothing may
// preload the wasm, whose bytes would then wait in a buffer on the page's
// thread.
func TestBootStartsBeforeTheStylesheet(t *testing.T) {
	b, err := os.ReadFile("../web/index.html")
	if err != nil {
		t.Fatal(err)
	}
	page := string(b)
	head, _, ok := strings.Cut(page, "</head>")
	if !ok {
		t.Fatal("web/index.html has no </head>")
	}
	script := strings.Index(head, `<script type="module" async src="{{.Script}}"></script>`)
	style := strings.Index(head, `<link rel="stylesheet"`)
	switch {
	case script < 0:
		t.Error(`web/index.html's <head> loads no boot.js as <script type="module" async>`)
	case style >= 0 && style < script:
		t.Error("web/index.html's stylesheet comes before boot.js")
	}
	if strings.Contains(page, `rel="preload"`) {
		t.Error("web/index.html preloads a file; boot.js's fetch streams the wasm into the compiler")
	}
}

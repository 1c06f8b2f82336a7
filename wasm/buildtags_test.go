package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestEveryFileIsForTheBrowser checks that each non-test Go file here is
// built only for js/wasm, so the native build never sees syscall/js.
func TestEveryFileIsForTheBrowser(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if f == "buildtags_test.go" {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), "//go:build js && wasm\n") {
			t.Errorf("%s does not start with //go:build js && wasm", f)
		}
	}
}

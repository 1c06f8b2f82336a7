// Package wasmonly checks, in a native test, that every Go file of a
// browser program's package is built only for js/wasm, so that the native
// build (and go vet) never sees syscall/js.
package wasmonly

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Constraint is the first line every non-test file must start with.
const Constraint = "//go:build js && wasm\n"

// Check fails t for each non-test Go file in dir that does not start with
// Constraint.
func Check(t testing.TB, dir string) {
	t.Helper()
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.HasPrefix(string(b), Constraint) {
			t.Errorf("%s does not start with %s", f, strings.TrimSpace(Constraint))
		}
	}
}

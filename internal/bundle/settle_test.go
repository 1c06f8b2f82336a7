package bundle

import (
	"os"
	"path/filepath"
	"testing"
)

// TestSettle: stages of the same files settle at the same path, whatever
// path they were made at, and stages of other files elsewhere.
func TestSettle(t *testing.T) {
	stage := func(wasm string) string {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "main.wasm"), []byte(wasm), 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := Settle(dir)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.RemoveAll(got) })
		return got
	}
	first := stage("\x00asm one")
	if b, err := os.ReadFile(filepath.Join(first, "main.wasm")); err != nil || string(b) != "\x00asm one" {
		t.Fatalf("the settled stage holds %q, %v", b, err)
	}
	os.RemoveAll(first)
	if again := stage("\x00asm one"); again != first {
		t.Errorf("the same files settled at %s, then at %s", first, again)
	}
	if other := stage("\x00asm two"); other == first {
		t.Errorf("other files settled at the same path %s", other)
	}
}

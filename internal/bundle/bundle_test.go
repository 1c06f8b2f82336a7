package bundle

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestModuleNamesByContent: a script and the wasm it imports get the same
// names from stages at different paths (two checkouts, two builds), and
// other names when the wasm changes.
func TestModuleNamesByContent(t *testing.T) {
	build := func(stage, wasm string) (script string, files []string) {
		t.Helper()
		web := filepath.Join(t.TempDir(), "web")
		writeFile(t, filepath.Join(web, "boot.js"), `import url from "main.wasm"; console.log(url);`)
		writeFile(t, filepath.Join(stage, "main.wasm"), wasm)
		t.Chdir(filepath.Dir(web))
		if err := Stage("web", stage); err != nil {
			t.Fatal(err)
		}
		out := t.TempDir()
		got, err := Module("web/boot.js", stage, out, nil)
		if err != nil {
			t.Fatal(err)
		}
		if files, err = siteFiles(out); err != nil {
			t.Fatal(err)
		}
		return got.Script, files
	}
	script, files := build(t.TempDir(), "\x00asm one")
	deeper := filepath.Join(t.TempDir(), "a", "b", "stage")
	if again, againFiles := build(deeper, "\x00asm one"); again != script || !slices.Equal(againFiles, files) {
		t.Errorf("the same source made %s %v at one path and %s %v at another", script, files, again, againFiles)
	}
	if other, _ := build(t.TempDir(), "\x00asm two"); other == script {
		t.Errorf("another wasm made the same script %s", other)
	}
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

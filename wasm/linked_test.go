//go:build !js

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"spantag/internal/transfer"
)

// leftToWorker are functions the page's program must not link: the worker
// (worker/) does their jobs, so that they are not in the download before
// the first paint (BENCHMARKS.md, "What is in which binary").
var leftToWorker = []string{
	"spantag_annotations.decodeHTML",
	"spantag_annotations.addHF",
	"spantag_annotations.addCoNLL",
	"spantag_annotations.addClaims",
	"spantag_annotations.addDoccano",
	"spantag_annotations.addLabelStudio",
	"spantag_annotations.addW3C",
	"spantag_annotations.cleanEval",
	"spantag_annotations.checkThat",
}

// neverLinked are functions the page must not link at all: time's parser
// comes in when a type holding a time.Time is reachable from a value used
// as an interface (json.Unmarshaler matches (*time.Time).UnmarshalJSON);
// keep time.Time out of such types (see blobParts.yield).
var neverLinked = []string{"time.parse"}

// TestFirstDownloadLeavesCodecsToTheWorker builds this program and the
// worker's and checks, in their name sections, that the page links none of
// leftToWorker nor the HTML parser, while the worker does link them (so the
// names checked are real).
func TestFirstDownloadLeavesCodecsToTheWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("builds both wasm programs")
	}
	page, worker := linked(t, "."), linked(t, "../worker")
	for _, name := range leftToWorker {
		if !hasPrefix(worker, name) {
			t.Errorf("the worker links no %s: is the name still right?", name)
		}
		if hasPrefix(page, name) {
			t.Errorf("the page's program links %s, which the worker does", name)
		}
	}
	for _, name := range neverLinked {
		if _, ok := page[name]; ok {
			t.Errorf("the page's program links %s (go build -ldflags=-dumpdep shows why)", name)
		}
	}
	html := 0
	for name, size := range page {
		if transfer.Package(name) == "golang.org_x_net_html" {
			html += size
		}
	}
	if html > 4096 {
		t.Errorf("the page's program links %d bytes of golang.org/x/net/html, which only the worker needs", html)
	}
}

// linked builds the js/wasm program in dir with its names, and returns the
// code size of each of its functions.
func linked(t *testing.T, dir string) map[string]int {
	t.Helper()
	out := filepath.Join(t.TempDir(), "out.wasm")
	cmd := exec.Command("go", "build", "-trimpath", "-o", out, ".")
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("building %s: %v\n%s", dir, err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	sizes, err := transfer.FuncSizes(b)
	if err != nil {
		t.Fatal(err)
	}
	return sizes
}

func hasPrefix(funcs map[string]int, prefix string) bool {
	for name := range funcs {
		if strings.HasPrefix(name, prefix) {
			return true
		}
	}
	return false
}

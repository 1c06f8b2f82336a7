//go:build !js

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// waitStatus waits until #status says something with want in it.
func (tb *tab) waitStatus(what, want string) {
	tb.t.Helper()
	tb.waitFor(what, js(`w => document.getElementById("status").textContent.includes(w)`, want),
		`document.getElementById("status").textContent`)
}

// TestEmptyExportSaysSo limits the export to kinds of documents of which
// there is none: the page says so, and the next export, of every document,
// downloads the one file.
func TestEmptyExportSaysSo(t *testing.T) {
	tb := openApp(t)
	tb.openExportOptions()
	for _, answer := range []string{"reject", "ignore", ""} { // the sample is unanswered
		tb.untick(fmt.Sprintf(`#export-answers input[value="%s"]`, answer))
	}
	tb.click("Export")
	tb.waitStatus("the page says nothing matched", "Nothing exported: none of the 1 document(s)")
	tb.openExportOptions()
	tb.clickCSS(`#export-answers input[value=""]`)
	if lines := jsonLines(t, tb.export()); len(lines) != 1 {
		t.Errorf("the export of the unanswered sample has %d lines, want 1", len(lines))
	}
}

// TestSameNameGetsNumber opens two files of one name: the second dataset
// is called "seed.txt (2)".
func TestSameNameGetsNumber(t *testing.T) {
	tb := openApp(t)
	for i, text := range []string{"First seed text.\n", "Second seed text.\n"} {
		path := filepath.Join(t.TempDir(), "seed.txt")
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		tb.openFile(path)
		tb.waitDoc(text)
		tb.waitFor(fmt.Sprintf("%d datasets are listed", i+2), fmt.Sprintf(`document.getElementById("datasets").options.length === %d`, i+2), `"not yet"`)
	}
	if names := eval[string](tb, `[...document.getElementById("datasets").options].map(o => o.textContent).join("|")`); names != "Sample article|seed.txt|seed.txt (2)" {
		t.Errorf("the datasets are %q, want the second seed.txt told apart as %q", names, "seed.txt (2)")
	}
}

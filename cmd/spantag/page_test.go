package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"

	pageteam "spantag/team"
	"spantag/team/message"
)

// TestPageAgreesWithCommandLine checks that the page's agreement view
// (package team, which its worker runs) exports the same bytes as agree on
// the same files: spantag's spans JSONL and one Label Studio file with two
// annotators' annotations of a task, with and without the rejected ones.
func TestPageAgreesWithCommandLine(t *testing.T) {
	files := []string{"alice.jsonl", "bob.jsonl", "team.json"}
	for _, keep := range []bool{false, true} {
		var req message.Request
		req.KeepRejected = keep
		args := []string{"agree"}
		if keep {
			args = append(args, "-keep-rejected")
		}
		for _, f := range files {
			data, err := os.ReadFile(filepath.Join(testdata, f))
			if err != nil {
				t.Fatal(err)
			}
			req.Files = append(req.Files, message.File{Name: f, Data: data})
		}
		page, err := pageteam.Agree(req)
		if err != nil {
			t.Fatal(err)
		}
		dir := t.TempDir()
		jsonRun := runIn(t, testdata, "", append(args, files...)...)
		csvRun := runIn(t, testdata, "", append(append(args, "-format", "csv", "-documents", filepath.Join(dir, "docs.csv")), files...)...)
		if jsonRun.code != 0 || csvRun.code != 0 {
			t.Fatalf("agree exited %d and %d: %s%s", jsonRun.code, csvRun.code, jsonRun.stderr, csvRun.stderr)
		}
		docs, err := os.ReadFile(filepath.Join(dir, "docs.csv"))
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range []struct{ name, want, got string }{
			{"JSON", jsonRun.stdout, page.JSON},
			{"figures CSV", csvRun.stdout, page.FiguresCSV},
			{"documents CSV", string(docs), page.DocumentsCSV},
		} {
			if diff := cmp.Diff(c.want, c.got); diff != "" {
				t.Errorf("keep rejected %v: the page's %s differs from agree's (-agree +page):\n%s", keep, c.name, diff)
			}
		}
	}
}

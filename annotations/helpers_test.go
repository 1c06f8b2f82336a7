package annotations

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// Helpers the tests of several files share.

// docOptions compare Documents by what they hold, showing JSON as text.
var docOptions = cmp.Options{
	cmpopts.IgnoreUnexported(Document{}),
	cmp.Transformer("JSON", func(r json.RawMessage) string { return string(r) }),
}

func rawJSON(s string) json.RawMessage { return json.RawMessage(s) }

// readFixture reads testdata/import/name with ReadAll.
func readFixture(t testing.TB, name string) ([]*Document, Report) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, report, err := ReadAll(f, DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	return docs, report
}

// writeAll writes docs as JSONL, failing the test on a refusal.
func writeAll(t testing.TB, docs []*Document) []byte {
	t.Helper()
	var out bytes.Buffer
	w := NewWriter(&out)
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatalf("writing %.40q: %v", d.Text, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func errorTexts[E error](errs []E) []string {
	var texts []string
	for _, err := range errs {
		texts = append(texts, err.Error())
	}
	return texts
}

func docTexts(docs []*Document) []string {
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	return texts
}

// isClean reports whether reading found nothing to report.
func isClean(r Report) bool { return len(r.Errors) == 0 && len(r.Anchors) == 0 && len(r.Warnings) == 0 }

// addMerging adds s to d as the editor does, merging it with spans of its label.
func (d *Document) addMerging(s Span) error {
	e, err := d.Add(s)
	if err != nil {
		return err
	}
	return d.Apply(e)
}

// openAll opens the file called name from r with OpenEach and returns
// every document.
func openAll(name string, r io.Reader, labels LabelSet) (docs []*Document, report Report, err error) {
	report, err = OpenEach(name, r, labels, func(d *Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, report, err
}

package annotations

import (
	"bytes"
	"io"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEveryFormatOpens: the table of Formats and the openers agree, and
// only the spans JSONL formats are SpansFormat (the page writes those
// itself and leaves the others to its worker).
func TestEveryFormatOpens(t *testing.T) {
	var spans []string
	for _, f := range Formats {
		if opener(f.ID) == nil {
			t.Errorf("format %q has no opener", f.ID)
		}
		if SpansFormat(f.ID) {
			spans = append(spans, f.ID)
		}
	}
	if diff := cmp.Diff([]string{"spans", "entities"}, spans); diff != "" {
		t.Errorf("spans formats (-want +got):\n%s", diff)
	}
	if opener("no-such") != nil || SpansFormat("no-such") {
		t.Error("an unknown format opens")
	}
}

func TestNewSpansExporterRefusesOthers(t *testing.T) {
	w := &bytes.Buffer{}
	if _, err := NewSpansExporter("entities-iob2", map[string]io.Writer{"": w}, ExportOptions{}); err == nil || err.Error() != `no export format "entities-iob2"` {
		t.Errorf("NewSpansExporter(entities-iob2) = %v, want it refused", err)
	}
	if _, err := NewSpansExporter("spans", map[string]io.Writer{"train": w}, ExportOptions{}); err == nil {
		t.Error("NewSpansExporter wrote an unsplit export to a part")
	}
}

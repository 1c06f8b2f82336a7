//go:build !js

package e2e

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"spantag/annotations"
)

// TestExportInManyBlobs exports a one-line document whose spans JSONL
// (about 25 MB) the page hands to the browser as many Blobs, gathered
// into fewer on the way (wasm/blobparts.go): the file must be exactly what
// the core's Writer writes for the document it holds, nothing lost,
// repeated or out of order at the seams.
func TestExportInManyBlobs(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 2_500_000; i++ {
		fmt.Fprintf(&b, "w%d café 👍🏽 Ελλάδα, ", i)
	}
	text := strings.TrimSpace(b.String())
	tb := openApp(t)
	tb.openFile(writeFile(t, "blobs.txt", text))
	tb.waitDoc(text)
	content := tb.export()
	docs, report, err := annotations.ReadAll(bytes.NewReader(content), annotations.DefaultLabels)
	if err != nil || len(report.Errors) > 0 || len(docs) != 1 {
		t.Fatalf("the export (%d bytes) reads back as %d documents, errors %v %v", len(content), len(docs), err, report.Errors)
	}
	if docs[0].Text != text {
		t.Fatalf("the exported text differs from the document's (%d bytes, want %d)", len(docs[0].Text), len(text))
	}
	var want bytes.Buffer
	w := annotations.NewWriter(&want)
	if err := w.Write(docs[0]); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(content, want.Bytes()) {
		at := 0
		for at < min(len(content), want.Len()) && content[at] == want.Bytes()[at] {
			at++
		}
		t.Fatalf("the export (%d bytes) differs from the Writer's (%d bytes) at byte %d", len(content), want.Len(), at)
	}
}

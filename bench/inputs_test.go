//go:build !js

package main

import (
	"os"
	"strings"
	"testing"
	"unicode/utf16"

	"spantag/annotations"
)

// readDocs reads a generated file back the way the app does.
func readDocs(t *testing.T, path string) []*annotations.Document {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, report, err := annotations.ReadAll(f, annotations.DefaultLabels)
	if err != nil || len(report.Errors) > 0 || len(report.Anchors) > 0 {
		t.Fatalf("reading %s: %v, bad lines %v, spans not where their text is %v", path, err, report.Errors, report.Anchors)
	}
	return docs
}

// TestArticle reads the article back as the app does and checks the
// figures' targets in it.
func TestArticle(t *testing.T) {
	in := &inputs{dir: t.TempDir()}
	if err := in.writeArticle(20, 10); err != nil {
		t.Fatal(err)
	}
	docs := readDocs(t, in.path(articleFile))
	if len(docs) != 1 {
		t.Fatalf("%d documents, want 1", len(docs))
	}
	d := docs[0]
	if n := len(d.Text); n < 950_000 || n > 1_050_000 {
		t.Errorf("the article is %d bytes, want about 1,000,000", n)
	}
	if n := strings.Count(d.Text, "\n\n") + 1; n != 1600 {
		t.Errorf("the article has %d paragraphs, want 1600", n)
	}
	if len(d.Spans) != 5000 {
		t.Errorf("the app reads %d spans, want 5000: generated spans overlap or do not fit", len(d.Spans))
	}
	if got := len(utf16.Encode([]rune(d.Text))); got != in.articleLen {
		t.Errorf("articleLen %d, want %d", in.articleLen, got)
	}
	checkEditTargets(t, in)
}

// checkEditTargets checks that the words to label touch no span and that
// the offsets to delete at are where spans start.
func checkEditTargets(t *testing.T, in *inputs) {
	t.Helper()
	if len(in.adds) != 20 || len(in.deletes) != 10 {
		t.Fatalf("%d words to add spans over and %d spans to delete, want 20 and 10", len(in.adds), len(in.deletes))
	}
	units := utf16.Encode([]rune(in.article.s))
	u16 := utf16Offsets(in.article.s)
	starts := map[int]bool{}
	for _, s := range in.articleSpans {
		a, b := u16[s.start], u16[s.end]
		starts[a] = true
		for _, r := range in.adds {
			if a <= r[1] && r[0] <= b {
				t.Errorf("the free words at UTF-16 [%d,%d) %q touch the span %q", r[0], r[1], string(utf16.Decode(units[r[0]:r[1]])), in.article.s[s.start:s.end])
			}
		}
	}
	for _, off := range in.deletes {
		if !starts[off] {
			t.Errorf("UTF-16 offset %d to delete at is not where a span starts", off)
		}
	}
}

func TestExportFileIsTheAppsFormat(t *testing.T) {
	in := &inputs{dir: t.TempDir(), exportDocs: 30}
	if err := in.writeExport(); err != nil {
		t.Fatal(err)
	}
	docs := readDocs(t, in.path(exportFile))
	if len(docs) != 30 || docs[0].Text != in.exportFirst {
		t.Fatalf("read %d documents, the first %q; want 30, the first %q", len(docs), docs[0].Text, in.exportFirst)
	}
	for i, d := range docs {
		if len(d.Spans) != 3 {
			t.Errorf("document %d has %d spans, want 3", i+1, len(d.Spans))
		}
	}
}

func TestQueuesBeginAlike(t *testing.T) {
	in := &inputs{dir: t.TempDir()}
	if err := in.writeQueue(queueFile, 40); err != nil {
		t.Fatal(err)
	}
	first := in.queueFirst
	if err := in.writeQueue(smallQueueFile, 4); err != nil {
		t.Fatal(err)
	}
	big, small := readDocs(t, in.path(queueFile)), readDocs(t, in.path(smallQueueFile))
	if len(big) != 40 || len(small) != 4 || big[0].Text != first || small[0].Text != first {
		t.Errorf("queues of %d and %d documents beginning %q and %q; want 40 and 4, both beginning with the first generated", len(big), len(small), big[0].Text[:20], small[0].Text[:20])
	}
}

// utf16Offsets maps each byte offset of s that starts a character (and
// len(s)) to its UTF-16 offset.
func utf16Offsets(s string) map[int]int {
	at := make(map[int]int, len(s)+1)
	n := 0
	for i, r := range s {
		at[i] = n
		n += len(utf16.Encode([]rune{r}))
	}
	at[len(s)] = n
	return at
}

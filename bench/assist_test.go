//go:build !js

package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"spantag/patterns"
)

// TestPatternsFile checks that every line of the generated patterns file
// is usable, and that it makes some 1,600 suggestions in the article, each
// drawn as at least one part, as issue #13's figure asks.
func TestPatternsFile(t *testing.T) {
	in := &inputs{dir: t.TempDir()}
	if err := in.writeArticle(0, 0); err != nil {
		t.Fatal(err)
	}
	if err := in.writePatterns(1000); err != nil {
		t.Fatal(err)
	}
	file, err := os.ReadFile(in.path(patternsFile))
	if err != nil {
		t.Fatal(err)
	}
	pats, refused, err := patterns.Read(bytes.NewReader(file), patterns.ReadOptions{Labels: []string{"ENTITY", "CLAIM", "BOILERPLATE"}})
	if err != nil || len(refused) > 0 || len(pats) != 1000 {
		t.Fatalf("read %d patterns of 1000, refused %v, %v", len(pats), refused, err)
	}
	a := in.assist
	t.Logf("%d suggestions, %d parts", a.patternMatches, a.patternMarks)
	if a.patternMatches < 1400 || a.patternMatches > 1800 || a.patternMarks < a.patternMatches {
		t.Errorf("%d suggestions drawn in %d parts, want some 1,600 and at least one part each", a.patternMatches, a.patternMarks)
	}
}

// TestPages checks that the generated pages have boilerplate that the
// boilerplate source finds in the first page, and body it leaves alone.
func TestPages(t *testing.T) {
	in := &inputs{dir: t.TempDir()}
	if err := in.writePages(200); err != nil {
		t.Fatal(err)
	}
	docs := readDocs(t, in.path(pagesFile))
	if len(docs) != 200 || docs[0].Text != in.assist.pagesFirst {
		t.Fatalf("%d pages read back, the first %q", len(docs), docs[0].Text[:40])
	}
	lines := strings.Count(in.assist.pagesFirst, "\n")
	a := in.assist
	t.Logf("%d of %d lines suggested, %d parts", a.boilerSuggestions, lines, a.boilerMarks)
	if a.boilerSuggestions < 8 || a.boilerSuggestions >= lines-3 || a.boilerMarks < a.boilerSuggestions {
		t.Errorf("%d of %d lines suggested as boilerplate (%d parts), want the template's and not the prose", a.boilerSuggestions, lines, a.boilerMarks)
	}
}

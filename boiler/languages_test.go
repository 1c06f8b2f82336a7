package boiler

import (
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"spantag/lang"
)

// TestCorpusLanguages checks that each article of the corpus's mixed sets, named after
// its language ("tr-news-iskele.txt"), is detected as that language: a page whose
// language goes untold is read without its stop words, and patterns' IS_STOP on it
// matches none.
func TestCorpusLanguages(t *testing.T) {
	files, err := filepath.Glob("testdata/*/mixed*/*.txt")
	if err != nil {
		t.Fatal(err)
	}
	named := regexp.MustCompile(`^([a-z]{2})-`)
	for _, f := range files {
		m := named.FindStringSubmatch(filepath.Base(f))
		if m == nil {
			continue
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text, _, err := ParseLabelled(string(data))
		if err != nil {
			t.Fatal(err)
		}
		// Indonesian and Malay share most of their stop words: either may be told
		if got, conf := lang.Detect(text); got != m[1] && !(m[1] == "id" && got == "ms") {
			t.Errorf("%s: detected %q (%.2f), want %q", f, got, conf, m[1])
		}
	}
}

package transfer

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSizes(t *testing.T) {
	dir := t.TempDir()
	text := strings.Repeat("spantag compresses well. ", 400)
	for name, content := range map[string]string{"b.txt": text, "sub/a.txt": "x"} {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := Sizes(dir, FastBrotli)
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, f := range files {
		paths = append(paths, f.Path)
	}
	if diff := cmp.Diff([]string{"b.txt", "sub/a.txt"}, paths); diff != "" {
		t.Fatalf("paths (-want +got):\n%s", diff)
	}
	b := files[0]
	if b.Raw != len(text) || b.Gzip <= 0 || b.Gzip >= b.Raw/10 || b.Brotli <= 0 || b.Brotli >= b.Raw/10 {
		t.Errorf("b.txt: %+v; want raw %d and both compressed sizes under a tenth of it", b, len(text))
	}
	total := Total(files)
	if total.Path != "total" || total.Raw != len(text)+1 || total.Gzip != files[0].Gzip+files[1].Gzip || total.Brotli != files[0].Brotli+files[1].Brotli {
		t.Errorf("Total = %+v; want the sums of %+v", total, files)
	}
}

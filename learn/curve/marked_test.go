package curve

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
)

func TestReadMarked(t *testing.T) {
	page := "- Home | News\n" +
		"+ {{[[Ruth Okafor]] said [[Harlow]]'s budget would rise.}} Fans came.\n" +
		"\n" +
		"+ Mayor [[Okafor]] left.\n"
	d, err := ReadMarked(page, learn.DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	wantText := "Home | News\nRuth Okafor said Harlow's budget would rise. Fans came.\n\nMayor Okafor left.\n"
	if d.Text != wantText {
		t.Fatalf("text %q, want %q", d.Text, wantText)
	}
	// offsets worked out by hand: line 2 starts at byte 12, line 4 at 69
	want := []annotations.Span{
		{Start: 0, End: 11, Label: "BOILERPLATE"},
		{Start: 12, End: 23, Label: "ENTITY"},
		{Start: 12, End: 56, Label: "CLAIM"},
		{Start: 29, End: 35, Label: "ENTITY"},
		{Start: 75, End: 81, Label: "ENTITY"},
	}
	if diff := cmp.Diff(want, d.Spans); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
	if d.Answer != annotations.Accept {
		t.Errorf("answer %v, want accept", d.Answer)
	}
	for _, s := range d.Spans {
		t.Logf("%s %q", s.Label, d.Text[s.Start:s.End])
	}
}

func TestReadMarkedErrors(t *testing.T) {
	for page, want := range map[string]string{
		"+ [[Okafor left.\n":       "line 1: [[ not closed",
		"+ Okafor]] left.\n":       "line 1: ]] without [[",
		"+ {{[[Okafor}} left.]]\n": "line 1: }} closes [[",
		"- [[Home]]\n":             "line 1: a boilerplate line holds a mark",
		"+ fine\nno mark\n":        "line 2: starts with neither",
		"+ [[]] left.\n":           "line 1: an empty mark",
		"+ \xff\n":                 "line 1: not UTF-8",
	} {
		_, err := ReadMarked(page, learn.DefaultLabels)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ReadMarked(%q): %v, want an error with %q", page, err, want)
		}
	}
}

func FuzzReadMarked(f *testing.F) {
	f.Add("- Home\n+ {{[[A]] said so.}}\n")
	f.Add("+ [[a {{b]] c}}\n")
	f.Fuzz(func(t *testing.T, page string) {
		d, err := ReadMarked(page, learn.DefaultLabels)
		if err != nil {
			return
		}
		for _, s := range d.Spans {
			if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
				t.Fatalf("span %v out of the text's %d bytes", s, len(d.Text))
			}
		}
	})
}

// TestCommandReadsMarkedPages: a directory is read as a queue of marked
// pages, in name order; a bad page is named.
func TestCommandReadsMarkedPages(t *testing.T) {
	dir := t.TempDir()
	for name, page := range map[string]string{"01.txt": "- Menu\n+ [[Ruth Okafor]] spoke.\n", "02.txt": "- Menu\n+ Ruth Okafor left.\n", "notes.md": "skipped"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(page), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var out bytes.Buffer
	if err := Command([]string{dir}, &out); err != nil {
		t.Fatal(err)
	}
	if want := "(2 accepted documents)"; !strings.Contains(out.String(), want) {
		t.Errorf("output:\n%s\nwant %q", out.String(), want)
	}
	if err := os.WriteFile(filepath.Join(dir, "03.txt"), []byte("+ [[open\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Command([]string{dir}, &out); err == nil || !strings.Contains(err.Error(), "03.txt: line 1") {
		t.Errorf("a bad page: %v, want its name and line", err)
	}
}

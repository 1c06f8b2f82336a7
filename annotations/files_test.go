package annotations

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func openFixture(t *testing.T, name string) ([]*Document, Report, error) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	return openAll(name, f, DefaultLabels)
}

func TestOpen(t *testing.T) {
	tests := []struct {
		name      string
		file      string
		wantTexts []string
		wantMeta  string
	}{
		{
			name:      "a text file is one document, CRLF kept",
			file:      "article.txt",
			wantTexts: []string{mustRead(t, "article.txt")},
			wantMeta:  `{"source":"article.txt"}`,
		},
		{
			name:      "markdown loses its byte order mark",
			file:      "notes.md",
			wantTexts: []string{"# Harbour notes\n\nZoë Wiśniewska visits **Gdańsk** on Friday 🚢.\n"},
			wantMeta:  `{"source":"notes.md"}`,
		},
		{
			name:      "an HTML page is its visible text, a block a line",
			file:      "page.html",
			wantTexts: []string{"Twin ports & crews\nZoë met José Ñúñez in Valparaíso.\nAdvertisement"},
			wantMeta:  `{"source":"page.html"}`,
		},
		{
			name: "a .json file may be a JSON array",
			file: "labelstudio.json",
			wantTexts: []string{"Crews 👩‍👩‍👧 from Gdańsk 🇵🇱 met in Valparaíso.", "Crews 👩‍👩‍👧 from Gdańsk 🇵🇱 met in Valparaíso.",
				"José Ñúñez 🚢 signed the deal.", "José Ñúñez 🚢 signed the deal."},
			wantMeta: `{"batch":"march"}`,
		},
		{
			name:      "a .jsonl file is read line by line",
			file:      "prodigy.jsonl",
			wantTexts: []string{"Zoë Wiśniewska met José Ñúñez in Gdańsk.", "The ferry to Gdańsk 🚢 leaves at dawn, the harbour master said."},
			wantMeta:  `{"source":"harbour.txt","id":7}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, report, err := openFixture(t, tt.file)
			if err != nil || len(report.Errors) > 0 || len(report.Anchors) > 0 { // warnings: see TestReadFormats
				t.Fatalf("Open: %v %v", err, report)
			}
			if diff := cmp.Diff(tt.wantTexts, docTexts(docs)); diff != "" {
				t.Errorf("texts (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantMeta, string(docs[0].Meta)); diff != "" {
				t.Errorf("meta (-want +got):\n%s", diff)
			}
		})
	}
}

func mustRead(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestOpenArticleShape(t *testing.T) {
	docs, _, err := openFixture(t, "article.txt")
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	var boilerplate []int
	for i, l := range d.Lines() {
		switch d.Text[l.Start:l.End] {
		case "Advertisement", "Read Next", "Follow us on Mastodon":
			boilerplate = append(boilerplate, i)
		}
		if d.Text[l.End:l.Next] != "\r\n" {
			t.Errorf("line %d ends in %q, want CRLF", i, d.Text[l.End:l.Next])
		}
	}
	if diff := cmp.Diff([]int{4, 8, 12, 17}, boilerplate); diff != "" {
		t.Errorf("boilerplate lines (-want +got):\n%s", diff)
	}
}

func TestOpenErrors(t *testing.T) {
	tests := []struct {
		name    string
		file    string
		content string
		wantErr string
	}{
		{
			name:    "an unknown extension names the accepted ones",
			file:    "report.pdf",
			content: "%PDF",
			wantErr: `report.pdf: cannot open ".pdf" files; spantag opens .txt, .md, .html, .htm, .jsonl and .json`,
		},
		{
			name:    "a file without an extension",
			file:    "README",
			content: "text",
			wantErr: `README: cannot open "" files; spantag opens .txt, .md, .html, .htm, .jsonl and .json`,
		},
		{
			name:    "text that is not UTF-8 is refused at its byte, counting the byte order mark",
			file:    "latin1.txt",
			content: "\ufeffZo\xeb",
			wantErr: "latin1.txt: text is not valid UTF-8 at byte 5; spantag reads UTF-8, and UTF-16 with a byte order mark: save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8) and open it again",
		},
		{
			name:    "an empty text file",
			file:    "empty.TXT",
			content: "\ufeff \r\n",
			wantErr: "empty.TXT: the file holds no text",
		},
		{
			name:    "an HTML page without visible text",
			file:    "blank.htm",
			content: "<script>x()</script>",
			wantErr: "blank.htm: the file holds no text",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, _, err := openAll(tt.file, strings.NewReader(tt.content), DefaultLabels)
			if diff := cmp.Diff(tt.wantErr, errString(err)); diff != "" {
				t.Errorf("Open error (-want +got):\n%s", diff)
			}
			if docs != nil {
				t.Errorf("Open returned %d documents with its error", len(docs))
			}
		})
	}
}

func TestOpenUsesTheBaseName(t *testing.T) {
	docs, _, err := openAll("/home/ana/Harbour Notes & Co.TXT", strings.NewReader("Kyiv"), DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"source":"Harbour Notes & Co.TXT"}`, string(docs[0].Meta)); diff != "" {
		t.Errorf("meta (-want +got):\n%s", diff)
	}
}

func TestOpenEachStopsWhenTold(t *testing.T) {
	stop := errors.New("enough")
	var seen []string
	_, err := OpenEach("q.jsonl", strings.NewReader("{\"text\":\"a\"}\n{\"text\":\"b\"}\n{\"text\":\"c\"}\n"), DefaultLabels, func(d *Document) error {
		seen = append(seen, d.Text)
		if len(seen) == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || !cmp.Equal(seen, []string{"a", "b"}) {
		t.Errorf("OpenEach read %q and returned %v; want a and b, then the callback's error", seen, err)
	}
}

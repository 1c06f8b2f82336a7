package annotations

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var updateFormats = flag.Bool("update-formats", false, "rewrite the golden files in testdata/formats")

// newsDocs are the documents of every format's golden file: the article of
// testdata/formats/article.txt (CRLF line endings, a ZWJ family, a flag,
// accented names) with ENTITY spans, one nested in a CLAIM, and
// BOILERPLATE lines, one only partly; then a short note, answered reject.
func newsDocs(t testing.TB) []*Document {
	t.Helper()
	text, err := os.ReadFile(formatsPath("article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	article := &Document{
		Text:   string(text),
		Meta:   rawJSON(`{"source":"article.txt","id":"ferry-1"}`),
		Answer: Accept,
		Extra:  []Field{{"_annotator_id", rawJSON(`"dock-7"`)}},
	}
	mark(t, article, "ENTITY", "Zoë Ångström-Núñez", "Tromsø will", "Gdańsk", "Ólafur Þórsson")
	mark(t, article, "CLAIM", "the new ferry to Tromsø will run every hour", "It will cut the crossing to 40 minutes")
	mark(t, article, "BOILERPLATE", "Harbour Weekly · Tromsø edition", "Advertisement", "Read next", "Share this article")
	note := &Document{Text: "Short note: the pier in Kraków reopens in May 🎉.\n", Meta: rawJSON(`{"id":2}`), Answer: Reject}
	mark(t, note, "ENTITY", "Kraków")
	mark(t, note, "CLAIM", "the pier in Kraków reopens in May")
	return []*Document{article, note}
}

// mark adds a span labelled label over the first occurrence of each of
// quotes, but for a trailing " will", which only picks the occurrence.
func mark(t testing.TB, d *Document, label string, quotes ...string) {
	t.Helper()
	for _, q := range quotes {
		i := strings.Index(d.Text, q)
		if i < 0 {
			t.Fatalf("%q is not in the text", q)
		}
		q = strings.TrimSuffix(q, " will")
		if err := d.addMerging(Span{i, i + len(q), label}); err != nil {
			t.Fatal(err)
		}
	}
}

// export writes docs in format with opts and returns the file and its sidecars.
func export(t testing.TB, format string, opts ExportOptions, docs []*Document) ([]byte, []File) {
	t.Helper()
	var out bytes.Buffer
	e, err := NewExporter(format, &out, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if err := e.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	files, err := e.Close()
	if err != nil {
		t.Fatal(err)
	}
	return out.Bytes(), files
}

// golden compares got with the golden file at path, rewriting the file
// first when update is set.
func golden(t *testing.T, path string, update bool, got []byte) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", path, diff)
	}
}

func formatsPath(name string) string { return filepath.Join("testdata", "formats", name) }

func TestFormatsGolden(t *testing.T) {
	for _, f := range Formats {
		t.Run(f.ID, func(t *testing.T) {
			got, files := export(t, f.ID, ExportOptions{}, newsDocs(t))
			golden(t, formatsPath(f.FileName("news", "")), *updateFormats, got)
			for _, file := range files {
				golden(t, formatsPath("news."+file.Name), *updateFormats, file.Data)
			}
		})
	}
}

// docContent is what an import must give back of a document.
type docContent struct {
	Text   string
	Meta   string
	Answer Answer
	Spans  []Span
}

func contentOf(docs []*Document, labels ...string) []docContent {
	var c []docContent
	for _, d := range docs {
		c = append(c, docContent{d.Text, string(d.Meta), d.Answer, only(d, labels...).Spans})
	}
	return c
}

// TestImportOwnExports reads the golden files of the formats spantag
// imports: each gives back the documents' spans, and exports the same again.
func TestImportOwnExports(t *testing.T) {
	tests := []struct {
		format string
		labels []string // the spans the format holds; all when none
	}{
		{format: "spans"},
		{format: "entities", labels: []string{"ENTITY"}},
		{format: "doccano"},
		{format: "labelstudio"},
		{format: "w3c"},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			docs := newsDocs(t)
			f, _ := FormatByID(tt.format)
			written, err := os.ReadFile(formatsPath(f.FileName("news", "")))
			if err != nil {
				t.Fatal(err)
			}
			back, report, err := ReadAll(bytes.NewReader(written), DefaultLabels)
			if err != nil || !isClean(report) {
				t.Fatalf("ReadAll: %v %v", err, report)
			}
			if diff := cmp.Diff(contentOf(docs, tt.labels...), contentOf(back)); diff != "" {
				t.Errorf("read back (-want +got):\n%s", diff)
			}
			again, _ := export(t, tt.format, ExportOptions{}, back)
			if diff := cmp.Diff(string(written), string(again)); diff != "" {
				t.Errorf("exported again (-want +got):\n%s", diff)
			}
		})
	}
}

// decodeIOB2 returns the first and last token of each entity the tags mark.
func decodeIOB2(t *testing.T, tags []string) [][2]int {
	t.Helper()
	var got [][2]int
	for i, tag := range tags {
		switch tag {
		case "B-ENTITY":
			got = append(got, [2]int{i, i})
		case "I-ENTITY":
			if len(got) == 0 || got[len(got)-1][1] != i-1 {
				t.Fatalf("token %d is I-ENTITY but follows no entity token", i)
			}
			got[len(got)-1][1] = i
		case "O":
		default:
			t.Fatalf("token %d has tag %q", i, tag)
		}
	}
	return got
}

func TestIOB2SharedToken(t *testing.T) {
	d := docOf(t, "Kyiv-Odesa line")
	// Character-exact spans "Kyiv-O" and "desa" share the token "Odesa".
	tags := iob2(d.Tokens(), mustExportSpans(t, d, Span{0, 6, "ENTITY"}, Span{6, 10, "ENTITY"}, Span{11, 15, "ENTITY"}))
	want := []string{"B-ENTITY", "I-ENTITY", "I-ENTITY", "B-ENTITY"}
	if diff := cmp.Diff(want, tags); diff != "" {
		t.Errorf("tags of Kyiv - Odesa line (-want +got):\n%s", diff)
	}
}

func TestCoNLLTokenHoldingASpace(t *testing.T) {
	d := labelled(t, "Zoë \u0301Kyiv", Span{0, 4, "ENTITY"})
	got, _ := export(t, "entities-iob2", ExportOptions{}, []*Document{d})
	// The space is one Python's split() splits at: it is written as U+FFFD.
	want := "-DOCSTART- -X- O O\n\nZoë _ _ B-ENTITY\n\uFFFD\u0301 _ _ O\nKyiv _ _ O\n\n"
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("CoNLL lines (-want +got):\n%s", diff)
	}
}

func mustExportSpans(t *testing.T, d *Document, spans ...Span) []exportSpan {
	t.Helper()
	d.Spans = spans
	out, err := exportSpans(d)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// outsideBoilerplate is d's text less every character a BOILERPLATE span
// covers, worked out character by character.
func outsideBoilerplate(d *Document) string {
	var kept strings.Builder
	for i, r := range d.Text {
		inside := false
		for _, s := range d.Spans {
			inside = inside || s.Label == "BOILERPLATE" && s.Start <= i && i < s.End
		}
		if !inside {
			kept.WriteRune(r)
		}
	}
	return kept.String()
}

func TestCleanTextRemovesOnlyBoilerplate(t *testing.T) {
	docs := append(newsDocs(t), benchmarkDocs(40)...)
	written, _ := export(t, "clean-text", ExportOptions{}, docs)
	lines := bytes.Split(bytes.TrimSuffix(written, []byte("\n")), []byte("\n"))
	if len(lines) != len(docs) {
		t.Fatalf("%d lines for %d documents", len(lines), len(docs))
	}
	for i, line := range lines {
		var record struct {
			ID        string `json:"id"`
			Text      string `json:"text"`
			CleanText string `json:"clean_text"`
		}
		if err := json.Unmarshal(line, &record); err != nil {
			t.Fatal(err)
		}
		d := docs[i]
		if diff := cmp.Diff(outsideBoilerplate(d), record.CleanText); diff != "" {
			t.Errorf("document %d: clean_text (-want +got):\n%s", i, diff)
		}
		if record.ID != d.ID() || record.Text != d.Text {
			t.Errorf("document %d: id %q and text %.20q, want %q and %.20q", i, record.ID, record.Text, d.ID(), d.Text)
		}
	}
}

// exportRecords exports docs in format and decodes each line of it as a map.
func exportRecords(t *testing.T, format string, docs ...*Document) []map[string]any {
	t.Helper()
	written, _ := export(t, format, ExportOptions{}, docs)
	var recs []map[string]any
	for _, line := range bytes.Split(bytes.TrimSuffix(written, []byte("\n")), []byte("\n")) {
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		recs = append(recs, rec)
	}
	return recs
}

// pick returns the values of keys in each record, in order.
func pick(recs []map[string]any, keys ...string) [][]any {
	var rows [][]any
	for _, r := range recs {
		var row []any
		for _, k := range keys {
			row = append(row, r[k])
		}
		rows = append(rows, row)
	}
	return rows
}

func labelled(t *testing.T, text string, spans ...Span) *Document {
	t.Helper()
	d := docOf(t, text)
	for _, s := range spans {
		if err := d.addMerging(s); err != nil {
			t.Fatal(err)
		}
	}
	return d
}

func TestBlocks(t *testing.T) {
	// "Share · 3" is covered up to its last character but one.
	d := labelled(t, "  Menu  \n\nNews of Kyiv.\nShare · 3\n",
		Span{2, 6, "BOILERPLATE"}, Span{25, 33, "BOILERPLATE"}, Span{10, 14, "CLAIM"})
	tests := []struct {
		format string
		want   [][]any
	}{
		{
			format: "boilerplate-lines",
			want: [][]any{
				{0.0, 2.0, 6.0, "Menu", "boilerplate", false},
				{1.0, 10.0, 23.0, "News of Kyiv.", "content", false},
				{2.0, 24.0, 33.0, "Share · 3", "content", true},
			},
		},
		{
			format: "boilerplate-paragraphs",
			want: [][]any{
				{0.0, 2.0, 6.0, "Menu", "boilerplate", false},
				{1.0, 10.0, 33.0, "News of Kyiv.\nShare · 3", "content", true},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.format, func(t *testing.T) {
			got := pick(exportRecords(t, tt.format, d), "block", "start", "end", "text", "label", "partial")
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("blocks (-want +got):\n%s", diff)
			}
		})
	}
	// A page imported from HTML has a block a line and no blank lines: its
	// paragraphs are its lines (QA pass 13: each page was one paragraph).
	page := labelled(t, "Home | News\nNews of Kyiv.\nShare · 3", Span{0, 11, "BOILERPLATE"}, Span{26, 36, "BOILERPLATE"})
	page.Extra = []Field{{htmlKey, rawJSON(`"<nav>Home | News</nav><p>News of Kyiv.</p><p>Share · 3</p>"`)}}
	want := [][]any{
		{0.0, 0.0, 11.0, "Home | News", "boilerplate", false},
		{1.0, 12.0, 25.0, "News of Kyiv.", "content", false},
		{2.0, 26.0, 35.0, "Share · 3", "boilerplate", false}, // code points: "·" is one
	}
	got := pick(exportRecords(t, "boilerplate-paragraphs", page), "block", "start", "end", "text", "label", "partial")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs of an HTML page (-want +got):\n%s", diff)
	}
}

func TestClaimSentences(t *testing.T) {
	d := docOf(t, "Menu. Share.\nKyiv 🇺🇦 grew. Odesa shrank. Lviv voted.\nAd")
	mark(t, d, "BOILERPLATE", "Menu. Share.", "Ad")
	mark(t, d, "CLAIM", "Kyiv 🇺🇦", "shrank. Lviv")
	got := pick(exportRecords(t, "claim-sentences", d), "sentence_id", "start", "end", "text", "label")
	want := [][]any{
		{2.0, 13.0, 26.0, "Kyiv 🇺🇦 grew.", 1.0},
		{3.0, 27.0, 40.0, "Odesa shrank.", 1.0},
		{4.0, 41.0, 52.0, "Lviv voted.", 1.0},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sentences (-want +got):\n%s", diff)
	}
	got = pick(exportRecords(t, "claims", d), "start", "end", "text", "sentence_ids", "sentence_start", "sentence_end", "sentence_text")
	want = [][]any{
		{13.0, 20.0, "Kyiv 🇺🇦", []any{2.0}, 13.0, 26.0, "Kyiv 🇺🇦 grew."},
		{33.0, 45.0, "shrank. Lviv", []any{3.0, 4.0}, 27.0, 52.0, "Odesa shrank. Lviv voted."},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims (-want +got):\n%s", diff)
	}
}

func TestExportOptions(t *testing.T) {
	tests := []struct {
		name      string
		format    string
		opts      ExportOptions
		wantTexts []string
		wantSpans [][]Span
	}{
		{
			name:      "accepted only",
			format:    "spans",
			opts:      ExportOptions{Answers: []Answer{Accept}},
			wantTexts: []string{"Kyiv talks"},
			wantSpans: [][]Span{{{0, 4, "ENTITY"}, {0, 10, "CLAIM"}}},
		},
		{
			name:      "unanswered and rejected, claims only",
			format:    "doccano",
			opts:      ExportOptions{Answers: []Answer{Unanswered, Reject}, Labels: []string{"CLAIM"}},
			wantTexts: []string{"Odesa waits", "Lviv votes"},
			wantSpans: [][]Span{nil, {{0, 10, "CLAIM"}}},
		},
		{
			name:      "a label filter on top of the format's own",
			format:    "entities",
			opts:      ExportOptions{Labels: []string{"CLAIM"}},
			wantTexts: []string{"Kyiv talks", "Odesa waits", "Lviv votes"},
			wantSpans: [][]Span{nil, nil, nil},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := []*Document{
				labelled(t, "Kyiv talks", Span{0, 4, "ENTITY"}, Span{0, 10, "CLAIM"}),
				labelled(t, "Odesa waits", Span{0, 5, "ENTITY"}),
				labelled(t, "Lviv votes", Span{0, 10, "CLAIM"}),
			}
			docs[0].Answer, docs[2].Answer = Accept, Reject
			written, _ := export(t, tt.format, tt.opts, docs)
			back, _, err := ReadAll(bytes.NewReader(written), DefaultLabels)
			if err != nil {
				t.Fatal(err)
			}
			var spans [][]Span
			for _, d := range back {
				spans = append(spans, d.Spans)
			}
			if diff := cmp.Diff(tt.wantTexts, docTexts(back)); diff != "" {
				t.Errorf("documents (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantSpans, spans); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
		})
	}
}

func TestExporterRefuses(t *testing.T) {
	good := labelled(t, "Kyiv talks", Span{0, 4, "ENTITY"})
	bad := &Document{Text: "Zoë Kyiv", Spans: []Span{{0, 3, "ENTITY"}}}
	for _, f := range Formats {
		t.Run(f.ID, func(t *testing.T) {
			var out bytes.Buffer
			e, err := NewExporter(f.ID, &out, ExportOptions{})
			if err != nil {
				t.Fatal(err)
			}
			err = errors.Join(e.Write(good), e.Write(bad), e.Write(good))
			want := "document 2: cannot write span ENTITY[0,3): offset 3 (bytes) falls inside a code point"
			if diff := cmp.Diff(want, errString(err)); diff != "" {
				t.Errorf("Write error (-want +got):\n%s", diff)
			}
			if _, err := e.Close(); err != nil {
				t.Fatal(err)
			}
			only, _ := export(t, f.ID, ExportOptions{}, []*Document{good, good})
			if diff := cmp.Diff(string(only), out.String()); diff != "" {
				t.Errorf("a refused document left a trace (-want +got):\n%s", diff)
			}
			if e.Written() != 2 {
				t.Errorf("Written() = %d, want 2", e.Written())
			}
		})
	}
}

func TestExporterMisuse(t *testing.T) {
	if _, err := NewExporter("excel", nil, ExportOptions{}); errString(err) != `no export format "excel"` {
		t.Errorf("NewExporter(excel) error = %v", err)
	}
	e, err := NewExporter("labelstudio", &bytes.Buffer{}, ExportOptions{})
	if err != nil {
		t.Fatal(err)
	}
	e.Close()
	if err := e.Write(docOf(t, "Kyiv")); errString(err) != "the export is closed" {
		t.Errorf("Write after Close: %v", err)
	}
	if _, err := e.Close(); errString(err) != "the export is closed" {
		t.Errorf("Close after Close: %v", err)
	}
}

func TestEmptyExports(t *testing.T) {
	for _, f := range Formats {
		got, _ := export(t, f.ID, ExportOptions{}, nil)
		want := map[string]string{"labelstudio": "[]\n", "claims-checkthat": checkThatHead}[f.ID]
		if string(got) != want {
			t.Errorf("%s of no documents is %q, want %q", f.ID, got, want)
		}
	}
}

func TestFormatsList(t *testing.T) {
	var names []string
	for _, f := range Formats {
		if f.Name == "" || f.MIME == "" || !strings.HasPrefix(f.Ext, ".") {
			t.Errorf("format %q lacks a name, MIME type or extension", f.ID)
		}
		names = append(names, f.FileName("news", ""))
	}
	want := []string{
		"news.jsonl", "news.entities.jsonl", "news.entities-iob2.conll", "news.entities-hf.json",
		"news.entities-spacy.iob", "news.claims.jsonl", "news.claim-sentences.jsonl", "news.claims-checkthat.tsv",
		"news.boilerplate-lines.jsonl",
		"news.boilerplate-paragraphs.jsonl", "news.clean-text.jsonl", "news.cleaneval.txt", "news.doccano.jsonl",
		"news.labelstudio.json", "news.w3c.jsonl",
	}
	if diff := cmp.Diff(want, names); diff != "" {
		t.Errorf("file names (-want +got):\n%s", diff)
	}
}

func TestDocumentID(t *testing.T) {
	tests := []struct {
		name string
		doc  *Document
		want string
	}{
		{"meta id, a string", &Document{Text: "a", Meta: rawJSON(`{"id":"ferry-1"}`), Extra: []Field{{"id", rawJSON(`9`)}}}, "ferry-1"},
		{"meta id, a number", &Document{Text: "a", Meta: rawJSON(`{"source":"x","id":12.5}`)}, "12.5"},
		{"the document's own id", &Document{Text: "a", Meta: rawJSON(`{"id":null}`), Extra: []Field{{"id", rawJSON(`101`)}}}, "101"},
		{"else the input hash", &Document{Text: "a", Extra: []Field{{"id", rawJSON(`[1]`)}}}, "-468965076"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.doc.ID(); got != tt.want {
				t.Errorf("ID() = %q, want %q", got, tt.want)
			}
		})
	}
}

// BenchmarkExport writes the 1 MB article with 5,000 spans in each format.
func BenchmarkExport(b *testing.B) {
	d := benchDoc(b)
	addAll(b, d, &History{}, benchSpans(d))
	for _, f := range Formats {
		b.Run(f.ID, func(b *testing.B) {
			b.SetBytes(int64(len(d.Text)))
			b.ReportAllocs()
			for b.Loop() {
				e, err := NewExporter(f.ID, io.Discard, ExportOptions{})
				if err != nil {
					b.Fatal(err)
				}
				if err := e.Write(d); err != nil {
					b.Fatal(err)
				}
				if _, err := e.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

package annotations

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

var updateExports = flag.Bool("update-exports", false, "rewrite the golden files in testdata/export")

func TestWriteLine(t *testing.T) {
	d := &Document{
		Text:   "Zoë <b>&</b> Kyiv 🚢\n",
		Meta:   rawJSON(`{"source": "x.txt"}`),
		Answer: Accept,
		Spans:  []Span{{14, 23, "CLAIM"}, {0, 4, "ENTITY"}, {14, 18, "ENTITY"}, {0, 4, "ENTITY"}},
		Extra:  []Field{{"_timestamp", rawJSON(`1764000000`)}, {"note", rawJSON(`{"a": [1, 2]}`)}},
	}
	want := `{"text":"Zoë <b>&</b> Kyiv 🚢\n","meta":{"source":"x.txt"},` +
		`"tokens":[{"text":"Zoë","start":0,"end":3,"id":0,"ws":true},{"text":"<","start":4,"end":5,"id":1,"ws":false},` +
		`{"text":"b","start":5,"end":6,"id":2,"ws":false},{"text":">","start":6,"end":7,"id":3,"ws":false},` +
		`{"text":"&","start":7,"end":8,"id":4,"ws":false},{"text":"<","start":8,"end":9,"id":5,"ws":false},` +
		`{"text":"/","start":9,"end":10,"id":6,"ws":false},{"text":"b","start":10,"end":11,"id":7,"ws":false},` +
		`{"text":">","start":11,"end":12,"id":8,"ws":true},{"text":"Kyiv","start":13,"end":17,"id":9,"ws":true},` +
		`{"text":"🚢","start":18,"end":19,"id":10,"ws":true}],` +
		`"spans":[{"start":0,"end":3,"token_start":0,"token_end":0,"label":"ENTITY","text":"Zoë"},` +
		`{"start":13,"end":17,"token_start":9,"token_end":9,"label":"ENTITY","text":"Kyiv"},` +
		`{"start":13,"end":19,"token_start":9,"token_end":10,"label":"CLAIM","text":"Kyiv 🚢"}],` +
		`"answer":"accept","_input_hash":-1098830837,"_task_hash":-1906747252,` +
		`"_timestamp":1764000000,"note":{"a":[1,2]}}` + "\n"
	if diff := cmp.Diff(want, string(writeAll(t, []*Document{d}))); diff != "" {
		t.Errorf("written line (-want +got):\n%s", diff)
	}
}

func TestWriteRefuses(t *testing.T) {
	tests := []struct {
		name    string
		doc     *Document
		wantErr string
	}{
		{
			name:    "a span past the end of the text",
			doc:     &Document{Text: "Zoë Kyiv", Spans: []Span{{5, 99, "ENTITY"}}},
			wantErr: "cannot write span ENTITY[5,99): it does not fit the text, which is 9 bytes long",
		},
		{
			name:    "a span that splits a code point",
			doc:     &Document{Text: "Zoë Kyiv", Spans: []Span{{0, 3, "ENTITY"}}},
			wantErr: "cannot write span ENTITY[0,3): offset 3 (bytes) falls inside a code point",
		},
		{
			name:    "an empty span",
			doc:     &Document{Text: "Zoë Kyiv", Spans: []Span{{5, 5, "ENTITY"}}},
			wantErr: "cannot write span ENTITY[5,5): it does not fit the text, which is 9 bytes long",
		},
		{
			name:    "a span that ends before it starts",
			doc:     &Document{Text: "Zoë Kyiv", Spans: []Span{{6, 5, "ENTITY"}}},
			wantErr: "cannot write span ENTITY[6,5): it does not fit the text, which is 9 bytes long",
		},
		{
			name:    "a span of white space, which covers no token",
			doc:     &Document{Text: "Zoë  Kyiv", Spans: []Span{{4, 6, "ENTITY"}}},
			wantErr: "cannot write span ENTITY[4,6): it holds only white space",
		},
		{
			name:    "a span without a label",
			doc:     &Document{Text: "Zoë Kyiv", Spans: []Span{{5, 9, ""}}},
			wantErr: "cannot write span [5,9): it has no label",
		},
		{
			name:    "text that is not UTF-8",
			doc:     &Document{Text: "Zo\xeb Kyiv"},
			wantErr: "text is not valid UTF-8 at byte 2",
		},
		{
			name:    "an answer that is not one",
			doc:     &Document{Text: "Kyiv", Answer: "maybe"},
			wantErr: `answer "maybe" is not accept, reject or ignore`,
		},
		{
			name:    "meta that is not an object",
			doc:     &Document{Text: "Kyiv", Meta: rawJSON(`["x"]`)},
			wantErr: "meta is not a JSON object",
		},
		{
			name:    "an extra key that is not JSON",
			doc:     &Document{Text: "Kyiv", Extra: []Field{{"note", rawJSON(`{"a":`)}}},
			wantErr: `extra key "note" does not hold valid JSON`,
		},
		{
			name:    "an extra key the writer writes itself",
			doc:     &Document{Text: "Kyiv", Extra: []Field{{"text", rawJSON(`"other"`)}}},
			wantErr: `extra key "text" is one the writer writes itself`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			w := NewWriter(&out)
			err := w.Write(tt.doc)
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("Write() error = %v, want %s", err, tt.wantErr)
			}
			if err := w.Flush(); err != nil || out.Len() > 0 {
				t.Errorf("a refused document wrote %q (Flush: %v)", out.String(), err)
			}
		})
	}
}

// TestTaskHashIsTheWrittenOne checks the hashes written against
// InputHash and TaskHash, for a short text and for one the Writer writes
// (and hashes) in several pieces.
func TestTaskHashIsTheWrittenOne(t *testing.T) {
	long := strings.Repeat("Zoë went to Kyiv. ", 3*flushAt/19)
	for _, d := range []*Document{
		{Text: "Zoë Kyiv", Spans: []Span{{5, 9, "ENTITY"}}},
		{Text: long, Spans: []Span{{5, 9, "ENTITY"}, {len(long) - 6, len(long) - 2, "ENTITY"}}},
	} {
		var line struct {
			InputHash int32 `json:"_input_hash"`
			TaskHash  int32 `json:"_task_hash"`
		}
		if err := json.Unmarshal(writeAll(t, []*Document{d}), &line); err != nil {
			t.Fatal(err)
		}
		task, err := d.TaskHash()
		if err != nil {
			t.Fatal(err)
		}
		if line.InputHash != d.InputHash() || line.TaskHash != task {
			t.Errorf("%d bytes of text: written hashes %d, %d; InputHash, TaskHash = %d, %d", len(d.Text), line.InputHash, line.TaskHash, d.InputHash(), task)
		}
	}
}

// importFixtures are the files of testdata/import whose export is kept in
// testdata/export.
var importFixtures = []string{
	"article.txt", "notes.md", "page.html",
	"prodigy.jsonl", "doccano.jsonl", "bare.jsonl", "labelstudio.json",
}

func exportPath(name string) string {
	return filepath.Join("testdata", "export", strings.TrimSuffix(name, filepath.Ext(name))+".jsonl")
}

func TestExportGolden(t *testing.T) {
	for _, name := range importFixtures {
		t.Run(name, func(t *testing.T) {
			f, err := os.Open(filepath.Join("testdata", "import", name))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			docs, report, err := openAll(name, f, DefaultLabels)
			if err != nil || len(report.Errors) > 0 || len(report.Anchors) > 0 { // warnings: see TestReadFormats
				t.Fatalf("Open: %v %v", err, report)
			}
			golden(t, exportPath(name), *updateExports, writeAll(t, docs))
		})
	}
}

// TestRoundTripIsExact: every export read and written again gives the same
// bytes, and so does a copy written without its tokens, as a spool holds
// documents, read back.
func TestRoundTripIsExact(t *testing.T) {
	for _, name := range importFixtures {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(exportPath(name))
			if err != nil {
				t.Fatal(err)
			}
			docs, report, err := ReadAll(bytes.NewReader(want), DefaultLabels)
			if err != nil || !isClean(report) {
				t.Fatalf("ReadAll: %v %v", err, report)
			}
			if diff := cmp.Diff(string(want), string(writeAll(t, docs))); diff != "" {
				t.Errorf("read then written (-want +got):\n%s", diff)
			}
			spool := writeWithoutTokens(t, docs)
			back, report, err := ReadAll(bytes.NewReader(spool), DefaultLabels)
			if err != nil || !isClean(report) {
				t.Fatalf("read back without tokens: %v %v", err, report)
			}
			if diff := cmp.Diff(string(want), string(writeAll(t, back))); diff != "" {
				t.Errorf("read back without tokens, then written (-want +got):\n%s", diff)
			}
		})
	}
}

// writeWithoutTokens writes docs with NoTokens, and checks that no token is
// written.
func writeWithoutTokens(t *testing.T, docs []*Document) []byte {
	t.Helper()
	var spool bytes.Buffer
	w := NewWriter(&spool)
	w.NoTokens = true
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(spool.Bytes(), []byte(`"tokens"`)) || bytes.Contains(spool.Bytes(), []byte(`"token_start"`)) {
		t.Errorf("written with NoTokens, the copy holds tokens:\n%s", spool.Bytes())
	}
	return spool.Bytes()
}

func TestArticleRoundTrip(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "import", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, _, err := openAll("article.txt", f, DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	mark := func(s Span, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		if err := d.addMerging(s); err != nil {
			t.Fatal(err)
		}
	}
	for _, line := range []string{"Advertisement", "Read Next", "Follow us on Mastodon", "By Harbour Weekly"} {
		for at := 0; ; {
			i := strings.Index(d.Text[at:], line+"\r\n")
			if i < 0 {
				break
			}
			mark(d.BlockSpan(at+i, "BOILERPLATE"))
			at += i + len(line)
		}
	}
	for _, name := range []string{"Zoë Wiśniewska-Lindqvist", "José Ñúñez", "👩‍👩‍👧"} {
		i := strings.Index(d.Text, name)
		mark(Span{i, i + len(name), "ENTITY"}, nil)
	}
	claim := "Both sides called the deal “a first real step” 🚢🇨🇱🇵🇱 towards shorter crossings."
	i := strings.Index(d.Text, claim)
	mark(Span{i, i + len(claim), "CLAIM"}, nil)

	written := writeAll(t, docs)
	back, report, err := ReadAll(bytes.NewReader(written), DefaultLabels)
	if err != nil || !isClean(report) {
		t.Fatalf("ReadAll: %v %v", err, report)
	}
	if diff := cmp.Diff(docs, back, docOptions); diff != "" {
		t.Errorf("article read back (-want +got):\n%s", diff)
	}
	if len(back[0].Spans) != 9 {
		t.Errorf("read back %d spans, want 9: %v", len(back[0].Spans), back[0].Spans)
	}
	if diff := cmp.Diff(string(written), string(writeAll(t, back))); diff != "" {
		t.Errorf("written again (-want +got):\n%s", diff)
	}
}

// benchmarkDocs makes n documents of about 5 KB each once written, with
// spans of every label, the same on every run.
func benchmarkDocs(n int) []*Document {
	words := []string{"harbour", "Gdańsk", "Zoë", "crews", "sailed", "🚢", "to", "Valparaíso",
		"the", "ferry", "Ñúñez", "agreed", "on", "Friday", "👩‍👩‍👧", "talks", "port", "schedule", "“deal”"}
	rng := rand.New(rand.NewPCG(1, 2))
	docs := make([]*Document, n)
	for i := range docs {
		var text strings.Builder
		var spans []Span
		for line := range 5 {
			lineStart := text.Len()
			for w := range 14 {
				if w > 0 {
					text.WriteByte(' ')
				}
				word := words[rng.IntN(len(words))]
				if w%5 == 2 {
					spans = append(spans, Span{text.Len(), text.Len() + len(word), "ENTITY"})
				}
				text.WriteString(word)
			}
			label := DefaultLabels[1+line%2].Name
			spans = append(spans, Span{lineStart, text.Len(), label})
			text.WriteString(".\n")
		}
		d := &Document{Text: text.String(), Meta: rawJSON(fmt.Sprintf(`{"source":"bench","id":%d}`, i))}
		for _, s := range spans {
			d.addMerging(s)
		}
		docs[i] = d
	}
	return docs
}

func BenchmarkWrite(b *testing.B) {
	docs := benchmarkDocs(10_000)
	b.SetBytes(int64(len(writeAll(b, docs))))
	b.ReportAllocs()
	for b.Loop() {
		w := NewWriter(io.Discard)
		for _, d := range docs {
			if err := w.Write(d); err != nil {
				b.Fatal(err)
			}
		}
		w.Flush()
	}
}

// FuzzWriteTokens checks the "tokens" the Writer writes, byte for byte,
// against encoding/json's of the tokens with their offsets counted in code
// points from the start of the text.
func FuzzWriteTokens(f *testing.F) {
	for _, seed := range []string{"Zoë went to Kyiv.", "a \"q\" \\ b\tc\u2028d 👍🏽 東京", "  x  \n\n y", "1,000 U.S. can't"} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		d, err := NewDocument(text)
		if err != nil {
			return
		}
		type token struct {
			Text  string `json:"text"`
			Start int    `json:"start"`
			End   int    `json:"end"`
			ID    int    `json:"id"`
			WS    bool   `json:"ws"`
		}
		want := []token{}
		for i, tok := range d.Tokens() {
			want = append(want, token{text[tok.Start:tok.End], utf8.RuneCountInString(text[:tok.Start]), utf8.RuneCountInString(text[:tok.End]), i, tok.WS})
		}
		var enc bytes.Buffer
		e := json.NewEncoder(&enc)
		e.SetEscapeHTML(false)
		if err := e.Encode(want); err != nil {
			t.Fatal(err)
		}
		wantJSON := strings.TrimSpace(enc.String())
		var line struct {
			Tokens json.RawMessage `json:"tokens"`
		}
		if err := json.Unmarshal(writeAll(t, []*Document{d}), &line); err != nil {
			t.Fatal(err)
		}
		if string(line.Tokens) != wantJSON {
			t.Errorf("tokens of %q:\n got %s\nwant %s", text, line.Tokens, wantJSON)
		}
	})
}

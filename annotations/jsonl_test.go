package annotations

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var updateExports = flag.Bool("update-exports", false, "rewrite the golden files in testdata/export")

// docOptions compare Documents by what they hold, showing JSON as text.
var docOptions = cmp.Options{
	cmpopts.IgnoreUnexported(Document{}),
	cmp.Transformer("JSON", func(r json.RawMessage) string { return string(r) }),
}

func rawJSON(s string) json.RawMessage { return json.RawMessage(s) }

// readFixture reads testdata/import/name with ReadAll.
func readFixture(t testing.TB, name string) ([]*Document, Report) {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "import", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, report, err := ReadAll(f, DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	return docs, report
}

// writeAll writes docs as JSONL, failing the test on a refusal.
func writeAll(t testing.TB, docs []*Document) []byte {
	t.Helper()
	var out bytes.Buffer
	w := NewWriter(&out)
	for _, d := range docs {
		if err := w.Write(d); err != nil {
			t.Fatalf("writing %.40q: %v", d.Text, err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func errorTexts[E error](errs []E) []string {
	var texts []string
	for _, err := range errs {
		texts = append(texts, err.Error())
	}
	return texts
}

func docTexts(docs []*Document) []string {
	var texts []string
	for _, d := range docs {
		texts = append(texts, d.Text)
	}
	return texts
}

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []*Document
	}{
		{
			name: "Prodigy: spans sorted and placed in bytes, tokens and hashes recomputed, other keys kept in order",
			file: "prodigy.jsonl",
			want: []*Document{{
				Text:   "Zoë Wiśniewska met José Ñúñez in Gdańsk.",
				Meta:   rawJSON(`{"source":"harbour.txt","id":7}`),
				Answer: Accept,
				Spans:  []Span{{0, 16, "ENTITY"}, {21, 35, "ENTITY"}, {39, 46, "ENTITY"}},
				Extra: []Field{
					{"_view_id", rawJSON(`"ner_manual"`)},
					{"_timestamp", rawJSON(`1764000000`)},
					{"_annotator_id", rawJSON(`"harbour-dock1"`)},
					{"_session_id", rawJSON(`"harbour-dock1"`)},
				},
			}, {
				// "ferry to" and "to Gdańsk" merge; "harbour master" twice is one span.
				Text:   "The ferry to Gdańsk 🚢 leaves at dawn, the harbour master said.",
				Answer: Ignore,
				Spans:  []Span{{0, 40, "CLAIM"}, {4, 20, "ENTITY"}, {46, 60, "ENTITY"}},
				Extra:  []Field{{"label", rawJSON(`"SHIPPING"`)}, {"_view_id", rawJSON(`"spans_manual"`)}},
			}},
		},
		{
			name: "doccano: label, labels and entities are spans, text may be in data, category labels are kept",
			file: "doccano.jsonl",
			want: []*Document{{
				Text:  "Zoë met Ñúñez in Valparaíso.",
				Spans: []Span{{0, 4, "ENTITY"}, {9, 17, "ENTITY"}, {21, 32, "ENTITY"}},
				Extra: []Field{{"id", rawJSON(`1`)}, {"Comments", rawJSON(`[]`)}},
			}, {
				Text:  "Gdańsk 🇵🇱 voted on Friday.",
				Spans: []Span{{0, 7, "ENTITY"}, {0, 32, "CLAIM"}},
				Extra: []Field{{"id", rawJSON(`2`)}},
			}, {
				Text:  "Zoë met Ñúñez in Valparaíso.",
				Spans: []Span{{21, 32, "ENTITY"}},
				Extra: []Field{{"id", rawJSON(`3`)}, {"relations", rawJSON(`[]`)}},
			}, {
				Text:  "Great crossing!",
				Extra: []Field{{"id", rawJSON(`4`)}, {"label", rawJSON(`["positive"]`)}},
			}},
		},
		{
			name: "Label Studio array: UTF-16 offsets after emoji, other result types and cancelled work skipped, the rest of data kept",
			file: "labelstudio.json",
			want: []*Document{{
				Text:  "Crews 👩‍👩‍👧 from Gdańsk 🇵🇱 met in Valparaíso.",
				Meta:  rawJSON(`{"batch":"march"}`),
				Spans: []Span{{0, 65, "CLAIM"}, {30, 37, "ENTITY"}, {54, 65, "ENTITY"}},
				Extra: []Field{
					{"id", rawJSON(`101`)},
					{"data", rawJSON(`{"source_url":"https://example.org/harbour/101"}`)},
					{"predictions", rawJSON(`[{"model_version":"v1","result":[{"type":"labels","value":{"start":0,"end":5,"text":"Crews","labels":["ENTITY"]}}]}]`)},
				},
			}, {
				Text:  "José Ñúñez 🚢 signed the deal.",
				Spans: []Span{{0, 14, "ENTITY"}, {20, 35, "CLAIM"}, {31, 35, "ENTITY"}},
				Extra: []Field{{"id", rawJSON(`102`)}},
			}},
		},
		{
			name: "bare tasks: escapes decoded, meta compacted, null meta and empty answer dropped, blank lines and CRLF skipped",
			file: "bare.jsonl",
			want: []*Document{{
				Text: "Ships <b>&</b> boats\tsail.\nSecond line é\u2028.",
				Meta: rawJSON(`{"source":"a.txt","page":2}`),
			}, {
				Text: "Ice on the Vistula ❄️ again",
			}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, report := readFixture(t, tt.file)
			if !isClean(report) {
				t.Errorf("unexpected report: %v", report)
			}
			if diff := cmp.Diff(tt.want, docs, docOptions); diff != "" {
				t.Errorf("ReadAll(%s) (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func TestReadMalformedFixtures(t *testing.T) {
	tests := []struct {
		name        string
		file        string
		wantErrs    []string
		wantDocs    []string
		wantAnchors []string
	}{
		{
			name: "every bad JSONL line is reported with its number and the good lines load",
			file: "malformed.jsonl",
			wantErrs: []string{
				"line 2: the JSON object is cut short",
				"line 3: span 1: start is a string, not a whole number",
				`line 4: no text: expected "text" or "data": {"text": ...}`,
				"line 5: the text is empty",
				"line 6: span 1 [0,9) ends after the text, which is 4 code points long",
				"line 7: span 2 [6,2) ends before it starts",
				"line 8: span 1 [3,3) is empty",
				`line 11: span 1 [0,4): unknown label "PERSON" (known: ENTITY, CLAIM, BOILERPLATE)`,
				`line 12: answer "maybe" is not accept, reject or ignore`,
				"line 13: text is not valid UTF-8 at byte 11",
				"line 15: not a JSON object",
				"line 16: span 1 [4,6) holds only white space",
				"line 17: meta is a string, not an object",
				"line 18: more follows the JSON object",
				`line 19: span 1 is not [start, end, "LABEL"]`,
				"line 20: span 1 has no end_offset",
				"line 21: span 1 [0,4) has no label",
				"line 22: spans is an object, not an array",
				"line 23: text is a number, not a string",
				"line 24: annotation 1 result 1: value.start is a string, not a whole number",
			},
			wantDocs: []string{"Good line one.", "a😀b", "Kyiv talks", "José 🚢 signed.", "Last good line."},
			wantAnchors: []string{
				"line 9: annotation 1 result 1 ENTITY \"\ufffdb\" [2,4) kept aside: its text is not in the document",
				`line 10: span 1 ENTITY "Kiev" [0,4) kept aside: its text is not in the document`,
			},
		},
		{
			name: "a bad element of a JSON array is reported at the line it starts on",
			file: "malformed.json",
			wantErrs: []string{
				"line 3: span 1 [0,40) ends after the text, which is 10 code points long",
				`line 8: answer "maybe" is not accept, reject or ignore`,
			},
			wantDocs: []string{"First good task.", "Second good task."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, report := readFixture(t, tt.file)
			if diff := cmp.Diff(tt.wantErrs, errorTexts(report.Errors)); diff != "" {
				t.Errorf("line errors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDocs, docTexts(docs)); diff != "" {
				t.Errorf("documents loaded (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantAnchors, anchorTexts(report.Anchors)); diff != "" {
				t.Errorf("anchors (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadLineNumbers(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		wantErrs []string
		wantDocs []string
	}{
		{
			name:     "blank lines, a byte order mark and CRLF count as lines",
			input:    "\ufeff{\"text\":\"a\"}\r\n\r\n   \r\n{\"text\":\"\"}\r\n{\"text\":\"b\"}",
			wantErrs: []string{"line 4: the text is empty"},
			wantDocs: []string{"a", "b"},
		},
		{
			name:     "a JSON array after blank lines is numbered from the file's start",
			input:    "\n\n[{\"text\":\"a\"},\n{\"text\":\"b\",\"answer\":\"no\"}]",
			wantErrs: []string{`line 4: answer "no" is not accept, reject or ignore`},
			wantDocs: []string{"a"},
		},
		{
			name:     "an element that is not an object is skipped",
			input:    `["just a string", {"text": "ok"}]`,
			wantErrs: []string{"line 1: not a JSON object"},
			wantDocs: []string{"ok"},
		},
		{
			name:     "a JSON array cut short keeps what came before",
			input:    "[\n  {\"text\": \"Loaded.\"},\n  {\"text\": \"Cut",
			wantErrs: []string{"line 3: the file ends before the JSON array does"},
			wantDocs: []string{"Loaded."},
		},
		{
			name:     "a JSON array never closed",
			input:    "[{\"text\": \"Loaded.\"}\n",
			wantErrs: []string{"line 2: the file ends before the JSON array does"},
			wantDocs: []string{"Loaded."},
		},
		{
			name:  "a syntax error in a JSON array ends the file there",
			input: "[\n {\"text\": \"Loaded.\"},\n {\"text\": \"Broken\" \"spans\": []},\n {\"text\": \"Never read.\"}\n]",
			wantErrs: []string{
				`line 3: not valid JSON (invalid character '"' after object key:value pair); the rest of the file cannot be read`,
			},
			wantDocs: []string{"Loaded."},
		},
		{
			name:     "nothing may follow a JSON array",
			input:    "[{\"text\": \"Loaded.\"}]\n{\"text\": \"After.\"}\n",
			wantErrs: []string{"line 2: more follows the JSON array"},
			wantDocs: []string{"Loaded."},
		},
		{
			name:     "a syntax error in a line names the byte",
			input:    `{"text": "a", "spans": [}` + "\n" + `{"text": "b"}`,
			wantErrs: []string{"line 1: not valid JSON at byte 24: invalid character '}' looking for beginning of value"},
			wantDocs: []string{"b"},
		},
		{
			name:  "an empty file and an empty array hold no documents",
			input: " \n ",
		},
		{
			name:  "an empty array holds no documents",
			input: "[ ]",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs, report, err := ReadAll(strings.NewReader(tt.input), DefaultLabels)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantErrs, errorTexts(report.Errors)); diff != "" {
				t.Errorf("line errors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantDocs, docTexts(docs)); diff != "" {
				t.Errorf("documents loaded (-want +got):\n%s", diff)
			}
		})
	}
}

func TestLabelStudioUnits(t *testing.T) {
	task := func(text, value string) string {
		return fmt.Sprintf(`{"data":{"text":%q},"annotations":[{"result":[{"type":"labels","value":%s}]}]}`, text, value)
	}
	tests := []struct {
		name    string
		line    string
		want    []Span
		wantErr string
	}{
		{
			name: "code points are tried first",
			line: task("😀 Kyiv Kyiv.", `{"start":2,"end":6,"text":"Kyiv","labels":["ENTITY"]}`),
			want: []Span{{5, 9, "ENTITY"}},
		},
		{
			name: "UTF-16 units when only they match the text",
			line: task("😀 Kyiv Kyiv.", `{"start":8,"end":12,"text":"Kyiv","labels":["ENTITY"]}`),
			want: []Span{{10, 14, "ENTITY"}},
		},
		{
			name: "without a text the offsets are code points",
			line: task("😀 Kyiv Kyiv.", `{"start":7,"end":11,"labels":["ENTITY"]}`),
			want: []Span{{10, 14, "ENTITY"}},
		},
		{
			name: "each of several labels makes a span",
			line: task("😀 Kyiv Kyiv.", `{"start":2,"end":6,"text":"Kyiv","labels":["ENTITY","CLAIM"]}`),
			want: []Span{{5, 9, "CLAIM"}, {5, 9, "ENTITY"}},
		},
		{
			name: "when no unit holds the text the span moves to it",
			line: task("😀 Kyiv Odesa.", `{"start":2,"end":7,"text":"Odesa","labels":["ENTITY"]}`),
			want: []Span{{10, 15, "ENTITY"}},
		},
		{
			name:    "a result without labels",
			line:    task("Kyiv", `{"start":0,"end":4,"labels":[]}`),
			wantErr: "line 1: annotation 1 result 1 has no labels",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewReader(strings.NewReader(tt.line), DefaultLabels).Read()
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Read() error = %v, want %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, d.Spans); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadLongLine(t *testing.T) {
	text := strings.Repeat("Gdańsk 🚢 ", 1<<20) // 12 MiB, 9 Mi code points
	last := strings.LastIndex(text, "Gdańsk")
	start := len([]rune(text[:last]))
	input := fmt.Sprintf(`{"text":%q,"spans":[{"start":%d,"end":%d,"label":"ENTITY","text":"Gdańsk"}]}`+"\n"+`{"text":"next"}`,
		text, start, start+6)

	docs, report, err := ReadAll(strings.NewReader(input), DefaultLabels)
	if err != nil || !isClean(report) {
		t.Fatalf("ReadAll: %v %v", err, report)
	}
	if len(docs) != 2 || docs[0].Text != text || docs[1].Text != "next" {
		t.Fatalf("read %d documents, want the long text then \"next\"", len(docs))
	}
	if diff := cmp.Diff([]Span{{last, last + len("Gdańsk"), "ENTITY"}}, docs[0].Spans); diff != "" {
		t.Errorf("spans (-want +got):\n%s", diff)
	}
}

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

func TestTaskHashIsTheWrittenOne(t *testing.T) {
	d := &Document{Text: "Zoë Kyiv", Spans: []Span{{5, 9, "ENTITY"}}}
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
		t.Errorf("written hashes %d, %d; InputHash, TaskHash = %d, %d", line.InputHash, line.TaskHash, d.InputHash(), task)
	}
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	tests := []struct {
		name string
		s    string
	}{
		{"plain ASCII", "Kyiv talks"},
		{"HTML characters are not escaped", "<b>Tom & Jerry</b>"},
		{"quotes and backslashes", `say "hi" \ bye`},
		{"short escapes", "\b\f\n\r\t"},
		{"other control characters", "\x00\x01\x1f\x7f"},
		{"line and paragraph separators", "a\u2028b\u2029c"},
		{"invalid UTF-8 becomes U+FFFD", "a\xffb\xe2\x80"},
		{"emoji, ZWJ, flags, combining marks, RTL, NBSP", "👩‍👩‍👧 🇵🇱 e\u0301 שלום\u00a0\u200b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(tt.s); err != nil {
				t.Fatal(err)
			}
			got := string(appendJSONString(nil, tt.s)) + "\n"
			if diff := cmp.Diff(want.String(), got); diff != "" {
				t.Errorf("appendJSONString(%q) (-want +got):\n%s", tt.s, diff)
			}
		})
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
			docs, report, err := Open(name, f, DefaultLabels)
			if err != nil || !isClean(report) {
				t.Fatalf("Open: %v %v", err, report)
			}
			golden(t, exportPath(name), *updateExports, writeAll(t, docs))
		})
	}
}

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
		})
	}
}

func TestArticleRoundTrip(t *testing.T) {
	f, err := os.Open(filepath.Join("testdata", "import", "article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	docs, _, err := Open("article.txt", f, DefaultLabels)
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

// fuzzSeeds are lines that reach every branch of the reader.
var fuzzSeeds = []string{
	`{"text":"Kyiv","spans":[{"start":0,"end":4,"label":"ENTITY","text":"Kyiv"}]}`,
	`{"text":"Kyiv","spans":[{"start":0,"end":4,"label":"ENTITY"},{"start":1,"end":3,"label":"ENTITY"}]}`,
	`{"text":"a😀b","label":[[0,1,"ENTITY"]],"entities":[{"label":"CLAIM","start_offset":1,"end_offset":3}]}`,
	`{"data":{"text":"a😀b","x":1},"annotations":[{"result":[{"type":"labels","value":{"start":1,"end":3,"text":"😀","labels":["ENTITY"]}}]}]}`,
	`[{"data":"doccano text","labels":[]},{"text":"x"}]`,
	`{"text":"x","meta":null,"answer":"reject","_input_hash":1,"tokens":[]}`,
	"{\"text\":\"a\\u2028\\u0000\\ud800\"}\n\n{\"text\": \"cut",
	`{"text":"e\u0301\u200b ","spans":[{"start":0,"end":2,"label":"ENTITY"}]}`,
}

func FuzzReader(f *testing.F) {
	for _, name := range append(importFixtures, "malformed.jsonl", "malformed.json") {
		if filepath.Ext(name) != ".jsonl" && filepath.Ext(name) != ".json" {
			continue
		}
		b, err := os.ReadFile(filepath.Join("testdata", "import", name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkEachDocument(t, data, checkWritesBack) })
}

// checkEachDocument reads data and runs check on each document read; a
// failure to read other than a LineError fails the test.
func checkEachDocument(t *testing.T, data []byte, check func(*testing.T, *Document)) {
	r := NewReader(bytes.NewReader(data), DefaultLabels)
	for {
		d, err := r.Read()
		var lineErr *LineError
		switch {
		case err == io.EOF:
			return
		case errors.As(err, &lineErr):
			continue
		case err != nil:
			t.Fatalf("Read: %v", err)
		}
		check(t, d)
	}
}

// checkWritesBack asserts that d can be written, that what is written reads
// back as d, and that writing that gives the same bytes.
func checkWritesBack(t *testing.T, d *Document) {
	t.Helper()
	var out bytes.Buffer
	w := NewWriter(&out)
	if err := w.Write(d); err != nil {
		t.Fatalf("read %q, but cannot write it: %v", d.Text, err)
	}
	w.Flush()
	back, err := NewReader(bytes.NewReader(out.Bytes()), DefaultLabels).Read()
	if err != nil {
		t.Fatalf("cannot read back %s: %v", out.Bytes(), err)
	}
	if diff := cmp.Diff(d, back, docOptions); diff != "" {
		t.Fatalf("read back (-want +got):\n%s", diff)
	}
	var again bytes.Buffer
	w = NewWriter(&again)
	w.Write(back)
	w.Flush()
	if diff := cmp.Diff(out.String(), again.String()); diff != "" {
		t.Fatalf("written again (-want +got):\n%s", diff)
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

func BenchmarkRead(b *testing.B) {
	data := writeAll(b, benchmarkDocs(10_000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		docs, report, err := ReadAll(bytes.NewReader(data), DefaultLabels)
		if err != nil || !isClean(report) || len(docs) != 10_000 {
			b.Fatalf("read %d documents: %v %v", len(docs), err, report)
		}
	}
}

// isClean reports whether reading found nothing to report.
func isClean(r Report) bool { return len(r.Errors) == 0 && len(r.Anchors) == 0 }

package annotations

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestReadFormats(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		want     []*Document
		warnings []string
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
				// "ferry to" and "to Gdańsk" merge, kept aside as they were;
				// "harbour master" twice is one span.
				Text:   "The ferry to Gdańsk 🚢 leaves at dawn, the harbour master said.",
				Answer: Ignore,
				Spans:  []Span{{0, 40, "CLAIM"}, {4, 20, "ENTITY"}, {46, 60, "ENTITY"}},
				Extra: []Field{{"label", rawJSON(`"SHIPPING"`)}, {"_view_id", rawJSON(`"spans_manual"`)},
					{"_kept_aside", rawJSON(`[{"start":4,"end":12,"label":"ENTITY","text":"ferry to","reason":"merged with the ENTITY spans it overlaps into [4,19)"},` +
						`{"start":10,"end":19,"label":"ENTITY","text":"to Gdańsk","reason":"merged with the ENTITY spans it overlaps into [4,19)"}]`)}},
			}},
			warnings: []string{"line 2: ENTITY spans overlap: span 2 [4,12) and span 3 [10,19) merged into [4,19); the spans as they were are kept in _kept_aside"},
		},
		{
			name: "doccano: label, labels and entities are spans (an entity keeps its id), text may be in data, category labels are kept",
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
				Text:    "Zoë met Ñúñez in Valparaíso.",
				Spans:   []Span{{21, 32, "ENTITY"}},
				Origins: []Origin{{Span: Span{21, 32, "ENTITY"}, ID: "11"}}, // the entity's id, which relations join
				Extra:   []Field{{"id", rawJSON(`3`)}, {"relations", rawJSON(`[]`)}},
			}, {
				Text:  "Great crossing!",
				Extra: []Field{{"id", rawJSON(`4`)}, {"label", rawJSON(`["positive"]`)}},
			}},
		},
		{
			name: "Label Studio array: UTF-16 offsets after emoji, each annotation a version (a cancelled one answered ignore), the rest of data kept",
			file: "labelstudio.json",
			want: []*Document{{
				Text:  "Crews 👩‍👩‍👧 from Gdańsk 🇵🇱 met in Valparaíso.",
				Meta:  rawJSON(`{"batch":"march"}`),
				Spans: []Span{{0, 65, "CLAIM"}, {30, 37, "ENTITY"}, {54, 65, "ENTITY"}},
				Extra: []Field{
					{"id", rawJSON(`101`)},
					{"data", rawJSON(`{"source_url":"https://example.org/harbour/101"}`)},
					{"predictions", rawJSON(`[{"model_version":"v1","result":[{"type":"labels","value":{"start":0,"end":5,"text":"Crews","labels":["ENTITY"]}}]}]`)},
					{"_annotator_id", rawJSON(`"3"`)},
					{"_annotation", rawJSON(`{"id":9001,"completed_by":3,"was_cancelled":false,"result":[` +
						`{"id":"r1","from_name":"label","to_name":"text","type":"labels","value":{"start":20,"end":26,"text":"Gdańsk","labels":["ENTITY"]}},` +
						`{"id":"r2","from_name":"label","to_name":"text","type":"labels","value":{"start":39,"end":49,"text":"Valparaíso","labels":["ENTITY"]}},` +
						`{"id":"r3","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":49,"text":"Crews 👩‍👩‍👧 from Gdańsk 🇵🇱 met in Valparaíso","labels":["CLAIM"]}},` +
						`{"id":"r4","from_name":"topic","to_name":"text","type":"choices","value":{"choices":["Shipping"]}}]}`)},
				},
			}, {
				Text:   "Crews 👩‍👩‍👧 from Gdańsk 🇵🇱 met in Valparaíso.",
				Meta:   rawJSON(`{"batch":"march"}`),
				Answer: Ignore,
				Spans:  []Span{{0, 5, "ENTITY"}},
				Extra: []Field{
					{"id", rawJSON(`101`)},
					{"data", rawJSON(`{"source_url":"https://example.org/harbour/101"}`)},
					{"predictions", rawJSON(`[{"model_version":"v1","result":[{"type":"labels","value":{"start":0,"end":5,"text":"Crews","labels":["ENTITY"]}}]}]`)},
					{"_annotation", rawJSON(`{"id":9002,"was_cancelled":true,"result":[{"type":"labels","value":{"start":0,"end":5,"text":"Crews","labels":["ENTITY"]}}]}`)},
				},
			}, {
				Text:  "José Ñúñez 🚢 signed the deal.",
				Spans: []Span{{0, 14, "ENTITY"}, {20, 35, "CLAIM"}, {31, 35, "ENTITY"}},
				Extra: []Field{{"id", rawJSON(`102`)}, {"_annotation", rawJSON(`{"result":[` +
					`{"type":"labels","value":{"start":0,"end":10,"text":"José Ñúñez","labels":["ENTITY"]}},` +
					`{"type":"labels","value":{"start":13,"end":28,"text":"signed the deal","labels":["CLAIM"]}},` +
					`{"type":"labels","value":{"start":24,"end":28,"labels":["ENTITY"]}}]}`)}},
			}, {
				Text:  "José Ñúñez 🚢 signed the deal.",
				Spans: []Span{{0, 14, "ENTITY"}},
				Extra: []Field{{"id", rawJSON(`102`)}, {"_annotation", rawJSON(`{"result":[{"type":"labels","value":{"start":0,"end":10,"text":"José Ñúñez","labels":["ENTITY"]}}]}`)}},
			}},
			warnings: []string{
				"line 2: 2 annotations (by 3, unnamed) read as 2 versions of the document, one after the other",
				"line 39: 2 annotations read as 2 versions of the document, one after the other",
				`line 39: annotation 1 result 3 [24,28) read in code points; Label Studio's editor may count UTF-16 units, in which U+1F6A2 at code point 11 counts twice, and without the region's "text" nothing tells which was meant: check where they fall`,
			},
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
			if len(report.Errors) > 0 || len(report.Anchors) > 0 {
				t.Errorf("unexpected report: %v", report)
			}
			if diff := cmp.Diff(tt.warnings, errorTexts(report.Warnings)); diff != "" {
				t.Errorf("warnings (-want +got):\n%s", diff)
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
			name:     "a file joined onto another keeps its byte order mark at a line's start",
			input:    "{\"text\":\"a\"}\n\ufeff{\"text\":\"b\"}\n\ufeff\n",
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
			name:     "a character outside ASCII is named as written",
			input:    "{\"text\": \"a\"}\n© 2025 Harbourside Gazette\n{\"text\": «bad»}\n",
			wantErrs: []string{"line 2: not valid JSON at byte 0: invalid character '©' looking for beginning of value", "line 3: not valid JSON at byte 9: invalid character '«' looking for beginning of value"},
			wantDocs: []string{"a"},
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
	`{"text":"Ann Bo","label":[[0,3,"ENTITY"],[2,6,"ENTITY"]],"label":[[4,6,"CLAIM"]],"_kept_aside":[]}`,
	`{"text":"\ud800\\ud800\udc00\ud83d\ude00\u12"}`,
	twoAnnotators,
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

package annotations

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

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

// twoAnnotators is a Label Studio export of one task that two annotators
// annotated differently, the first with a relation between her regions,
// the second with a relation to a region that is not in the file.
const twoAnnotators = `[{"id":7,"data":{"text":"Alice Smith visited Kyiv."},
 "annotations":[
  {"id":11,"completed_by":1,"lead_time":3.5,"result":[
   {"id":"a1","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":11,"text":"Alice Smith","labels":["ENTITY"]}},
   {"id":"a2","from_name":"label","to_name":"text","type":"labels","value":{"start":20,"end":24,"text":"Kyiv","labels":["ENTITY"]}},
   {"from_id":"a1","to_id":"a2","type":"relation","direction":"right","labels":["visited"]}]},
  {"id":12,"completed_by":{"id":2,"email":"bo@example.org"},"result":[
   {"id":"b1","from_name":"label","to_name":"text","type":"labels","value":{"start":6,"end":19,"text":"Smith visited","labels":["ENTITY"]}},
   {"from_id":"b1","to_id":"b9","type":"relation","direction":"right"}]}],
 "predictions":[{"model_version":"m1","result":[{"id":"p1","type":"labels","value":{"start":20,"end":24,"labels":["ENTITY"]}}]}]}]`

func TestLabelStudioAnnotatorsAreVersions(t *testing.T) {
	docs, report, err := ReadAll(strings.NewReader(twoAnnotators), DefaultLabels)
	if err != nil || len(report.Errors) > 0 || len(report.Anchors) > 0 {
		t.Fatalf("ReadAll: %v %v", err, report)
	}
	predictions := Field{"predictions", rawJSON(`[{"model_version":"m1","result":[{"id":"p1","type":"labels","value":{"start":20,"end":24,"labels":["ENTITY"]}}]}]`)}
	want := []*Document{{
		Text:  "Alice Smith visited Kyiv.",
		Spans: []Span{{0, 11, "ENTITY"}, {20, 24, "ENTITY"}},
		Extra: []Field{{"id", rawJSON(`7`)}, predictions, {"_annotator_id", rawJSON(`"1"`)},
			{"_annotation", rawJSON(`{"id":11,"completed_by":1,"lead_time":3.5,"result":[` +
				`{"id":"a1","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":11,"text":"Alice Smith","labels":["ENTITY"]}},` +
				`{"id":"a2","from_name":"label","to_name":"text","type":"labels","value":{"start":20,"end":24,"text":"Kyiv","labels":["ENTITY"]}},` +
				`{"from_id":"a1","to_id":"a2","type":"relation","direction":"right","labels":["visited"]}]}`)}},
	}, {
		Text:  "Alice Smith visited Kyiv.",
		Spans: []Span{{6, 19, "ENTITY"}}, // not merged with "Alice Smith": another annotator's
		Extra: []Field{{"id", rawJSON(`7`)}, predictions, {"_annotator_id", rawJSON(`"bo@example.org"`)},
			{"_annotation", rawJSON(`{"id":12,"completed_by":{"id":2,"email":"bo@example.org"},"result":[` +
				`{"id":"b1","from_name":"label","to_name":"text","type":"labels","value":{"start":6,"end":19,"text":"Smith visited","labels":["ENTITY"]}},` +
				`{"from_id":"b1","to_id":"b9","type":"relation","direction":"right"}]}`)}},
	}}
	if diff := cmp.Diff(want, docs, docOptions); diff != "" {
		t.Errorf("versions (-want +got):\n%s", diff)
	}
	wantWarnings := []string{
		"line 1: 2 annotations (by 1, bo@example.org) read as 2 versions of the document, one after the other",
		`line 1: annotation 2 result 2: the relation joins region "b9", which is not one of the document's spans; it is kept in _annotation`,
	}
	if diff := cmp.Diff(wantWarnings, errorTexts(report.Warnings)); diff != "" {
		t.Errorf("warnings (-want +got):\n%s", diff)
	}

	// The spans JSONL has a line per version, as Prodigy has per annotator.
	type line struct {
		Spans []struct {
			Text string `json:"text"`
		} `json:"spans"`
		Annotator string `json:"_annotator_id"`
	}
	var lines []line
	for _, raw := range strings.Split(strings.TrimSpace(string(writeAll(t, docs))), "\n") {
		var l line
		if err := json.Unmarshal([]byte(raw), &l); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, l)
	}
	if len(lines) != 2 || lines[0].Annotator != "1" || lines[1].Annotator != "bo@example.org" ||
		len(lines[1].Spans) != 1 || lines[1].Spans[0].Text != "Smith visited" {
		t.Errorf("spans JSONL lines: %+v", lines)
	}

	// Written for Label Studio, each version is a task again with its
	// annotation whole: ids, completed_by, its relation between its regions.
	written, _ := export(t, "labelstudio", ExportOptions{}, docs)
	wantFirst := `{"data":{"text":"Alice Smith visited Kyiv."},"annotations":[{"id":11,"completed_by":1,"lead_time":3.5,"result":[` +
		`{"id":"a1","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":11,"text":"Alice Smith","labels":["ENTITY"]}},` +
		`{"id":"a2","from_name":"label","to_name":"text","type":"labels","value":{"start":20,"end":24,"text":"Kyiv","labels":["ENTITY"]}},` +
		`{"from_id":"a1","to_id":"a2","type":"relation","direction":"right","labels":["visited"]}]}],` +
		`"id":7,"predictions":[{"model_version":"m1","result":[{"id":"p1","type":"labels","value":{"start":20,"end":24,"labels":["ENTITY"]}}]}]}`
	if got := strings.Split(string(written), "\n")[1]; strings.TrimSuffix(got, ",") != wantFirst {
		t.Errorf("first task written:\n got %s\nwant %s", got, wantFirst)
	}
	back, report, err := ReadAll(bytes.NewReader(written), DefaultLabels)
	if err != nil || len(report.Errors) > 0 || len(report.Anchors) > 0 {
		t.Fatalf("reading the export back: %v %v", err, report)
	}
	if diff := cmp.Diff(docs, back, docOptions); diff != "" {
		t.Errorf("read back from Label Studio (-want +got):\n%s", diff)
	}
}

func TestLabelStudioEditedVersion(t *testing.T) {
	docs, _, err := ReadAll(strings.NewReader(twoAnnotators), DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	d := docs[0]
	d.Spans = []Span{{0, 5, "ENTITY"}, {20, 24, "ENTITY"}} // "Alice Smith" cut to "Alice"
	written, _ := export(t, "labelstudio", ExportOptions{}, docs[:1])
	// The changed span gets an id of its own; "Kyiv" keeps a2.
	wantResults := `"result":[` +
		`{"id":"s1","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":5,"text":"Alice","labels":["ENTITY"]}},` +
		`{"id":"a2","from_name":"label","to_name":"text","type":"labels","value":{"start":20,"end":24,"text":"Kyiv","labels":["ENTITY"]}},` +
		`{"from_id":"a1","to_id":"a2","type":"relation","direction":"right","labels":["visited"]}]`
	if !strings.Contains(string(written), wantResults) {
		t.Errorf("written:\n%s\nwant it to hold %s", written, wantResults)
	}
}

func TestAnnotatorOf(t *testing.T) {
	for raw, want := range map[string]string{
		`7`: `"7"`, `"ana"`: `"ana"`, `{"id":7}`: `"7"`, `{"id":"u7"}`: `"u7"`, `{"id":7,"email":"a@x"}`: `"a@x"`,
		`{"email":""}`: ``, `null`: ``, `true`: ``, ``: ``, `""`: ``,
	} {
		if got := string(annotatorOf(json.RawMessage(raw))); got != want {
			t.Errorf("annotatorOf(%s) = %s, want %s", raw, got, want)
		}
	}
}

// TestLabelStudioRegionKeys: a region that stays a span is written back with
// every key it had (a project's own from_name, "origin", a score in its
// value), its offsets in code points (the file's were UTF-16 units); a new
// one gets the house keys.
func TestLabelStudioRegionKeys(t *testing.T) {
	const task = `[{"data":{"text":"Zoë 👋 met Kyiv Post."},"annotations":[{"result":[` +
		`{"value":{"start":11,"end":20,"text":"Kyiv Post","labels":["ENTITY"],"score":0.9},"id":"r1","from_name":"ner","to_name":"body","type":"labels","origin":"manual"},` +
		`{"value":{"start":0,"end":3,"text":"Zoë","labels":["ENTITY"]},"id":"r2","from_name":"ner","to_name":"body","type":"labels","origin":"prediction"}]}]}]`
	docs, report, err := ReadAll(strings.NewReader(task), DefaultLabels)
	if err != nil || len(report.Errors) > 0 {
		t.Fatalf("ReadAll: %v %v", err, report)
	}
	docs[0].Spans = docs[0].Spans[1:] // "Zoë" taken away
	docs[0].Spans = append(docs[0].Spans, Span{Start: 0, End: 2, Label: "ENTITY"})
	written, _ := export(t, "labelstudio", ExportOptions{}, docs)
	for _, want := range []string{
		`{"value":{"start":10,"end":19,"text":"Kyiv Post","labels":["ENTITY"],"score":0.9},"id":"r1","from_name":"ner","to_name":"body","type":"labels","origin":"manual"}`,
		`{"id":"s1","from_name":"label","to_name":"text","type":"labels","value":{"start":0,"end":2,"text":"Zo","labels":["ENTITY"]}}`,
	} {
		if !strings.Contains(string(written), want) {
			t.Errorf("written:\n%s\nwant it to hold %s", written, want)
		}
	}
}

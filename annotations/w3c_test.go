package annotations

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// w3cPage is a W3C page of text holding the items given as JSON.
func w3cPage(text, items string) string {
	return `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:spantag:7","type":"AnnotationPage","text":` +
		string(appendJSONString(nil, text)) + `,"items":[` + items + `]}`
}

const kyivPosition = `"target":{"source":"urn:spantag:7","selector":{"type":"TextPositionSelector","start":0,"end":4}}`

func TestReadW3C(t *testing.T) {
	tests := []struct {
		name      string
		line      string
		wantSpans []Span
		wantExtra []Field
	}{
		{
			name:      "a body value and a position; @context and type are not kept, the page's id is",
			line:      w3cPage("Kyiv 🇺🇦 talks", `{"type":"Annotation","body":{"type":"TextualBody","value":"ENTITY"},`+kyivPosition+`}`),
			wantSpans: []Span{{0, 4, "ENTITY"}},
			wantExtra: []Field{{"id", rawJSON(`"urn:spantag:7"`)}},
		},
		{
			name:      "bodyValue is the label",
			line:      w3cPage("Kyiv talks", `{"bodyValue":"CLAIM",`+kyivPosition+`}`),
			wantSpans: []Span{{0, 4, "CLAIM"}},
			wantExtra: []Field{{"id", rawJSON(`"urn:spantag:7"`)}},
		},
		{
			name: "several tagging bodies make several spans; a comment is skipped",
			line: w3cPage("Kyiv talks", `{"body":[{"value":"ENTITY","purpose":"tagging"},{"value":"nice","purpose":"commenting"},`+
				`{"value":"CLAIM","purpose":"classifying"}],`+kyivPosition+`}`),
			wantSpans: []Span{{0, 4, "CLAIM"}, {0, 4, "ENTITY"}},
			wantExtra: []Field{{"id", rawJSON(`"urn:spantag:7"`)}},
		},
		{
			name: "a quote alone places the span; other selectors are ignored",
			line: w3cPage("Talks in Kyiv 🚢", `{"body":{"value":"ENTITY"},"target":{"selector":[{"type":"CssSelector","value":"p"},`+
				`{"type":"TextQuoteSelector","exact":"Kyiv","prefix":"in ","suffix":" 🚢"}]}}`),
			wantSpans: []Span{{9, 13, "ENTITY"}},
			wantExtra: []Field{{"id", rawJSON(`"urn:spantag:7"`)}},
		},
		{
			name: "the id spantag's export gave a page from its meta id is not kept: the export writes it anew",
			line: `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:spantag:ferry%2F7","type":"AnnotationPage","text":"Kyiv talks",` +
				`"meta":{"id":"ferry/7"},"items":[{"bodyValue":"ENTITY",` + kyivPosition + `}]}`,
			wantSpans: []Span{{0, 4, "ENTITY"}},
		},
		{
			name:      "a page without items is a bare task, @context and type kept",
			line:      `{"@context":"https://schema.org","type":"note","text":"Kyiv"}`,
			wantExtra: []Field{{"@context", rawJSON(`"https://schema.org"`)}, {"type", rawJSON(`"note"`)}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewReader(strings.NewReader(tt.line), DefaultLabels).Read()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantSpans, d.Spans); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantExtra, d.Extra, docOptions); diff != "" {
				t.Errorf("extra (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadW3CErrors(t *testing.T) {
	tests := []struct {
		name    string
		items   string
		wantErr string
	}{
		{
			name:    "no body",
			items:   `{` + kyivPosition + `}`,
			wantErr: "line 1: item 1 has no body that tags it (the label)",
		},
		{
			name:    "only a comment",
			items:   `{"body":{"value":"nice","purpose":"commenting"},` + kyivPosition + `}`,
			wantErr: "line 1: item 1 has no body that tags it (the label)",
		},
		{
			name:    "a body without a value",
			items:   `{"body":{"type":"TextualBody"},` + kyivPosition + `}`,
			wantErr: "line 1: item 1: body has no value (the label)",
		},
		{
			name:    "a body that is an IRI",
			items:   `{"body":"http://example.org/ENTITY",` + kyivPosition + `}`,
			wantErr: "line 1: item 1: body is a string, not an object",
		},
		{
			name:    "a body list holding a number",
			items:   `{"body":[1],` + kyivPosition + `}`,
			wantErr: "line 1: item 1: body is a number, not an object",
		},
		{
			name:    "a target that is only an IRI",
			items:   `{"bodyValue":"ENTITY","target":"urn:spantag:7"}`,
			wantErr: "line 1: item 1: target is not an object with a selector",
		},
		{
			name:    "a target without a text selector",
			items:   `{"bodyValue":"ENTITY","target":{"selector":{"type":"CssSelector","value":"p"}}}`,
			wantErr: "line 1: item 1 has no TextQuoteSelector or TextPositionSelector",
		},
		{
			name:    "a quote selector without exact",
			items:   `{"bodyValue":"ENTITY","target":{"selector":{"type":"TextQuoteSelector","prefix":"a"}}}`,
			wantErr: "line 1: item 1: TextQuoteSelector has no exact",
		},
		{
			name:    "a position selector without end",
			items:   `{"bodyValue":"ENTITY","target":{"selector":{"type":"TextPositionSelector","start":0}}}`,
			wantErr: "line 1: item 1: TextPositionSelector has no end",
		},
		{
			name:    "a position that is not a number",
			items:   `{"bodyValue":"ENTITY","target":{"selector":{"type":"TextPositionSelector","start":"0","end":4}}}`,
			wantErr: "line 1: item 1: selector: start is a string, not a whole number",
		},
		{
			name:    "a selector that is not an object",
			items:   `{"bodyValue":"ENTITY","target":{"selector":[3]}}`,
			wantErr: "line 1: item 1: selector is a number, not an object",
		},
		{
			name:    "a selector type that is not a string",
			items:   `{"bodyValue":"ENTITY","target":{"selector":{"type":7}}}`,
			wantErr: "line 1: item 1: selector: type is a number, not a string",
		},
		{
			name:    "an item that is not an object",
			items:   `"Kyiv"`,
			wantErr: "line 1: item 1 is a string, not an object",
		},
		{
			name:    "an unknown label",
			items:   `{"bodyValue":"CITY",` + kyivPosition + `}`,
			wantErr: `line 1: item 1 [0,4): unknown label "CITY" (known: ENTITY, CLAIM, BOILERPLATE)`,
		},
		{
			name:    "a quote alone with an unknown label",
			items:   `{"bodyValue":"CITY","target":{"selector":{"type":"TextQuoteSelector","exact":"Kyiv"}}}`,
			wantErr: `line 1: item 1: unknown label "CITY" (known: ENTITY, CLAIM, BOILERPLATE)`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(w3cPage("Kyiv talks", tt.items)), DefaultLabels).Read()
			if diff := cmp.Diff(tt.wantErr, errString(err)); diff != "" {
				t.Errorf("Read error (-want +got):\n%s", diff)
			}
		})
	}
	_, err := NewReader(strings.NewReader(`{"text":"Kyiv","items":{}}`), DefaultLabels).Read()
	if diff := cmp.Diff("line 1: items is an object, not an array", errString(err)); diff != "" {
		t.Errorf("Read error (-want +got):\n%s", diff)
	}
}

// w3cSeeds reach every branch of readItems and of re-anchoring.
var w3cSeeds = []string{
	w3cPage("Kyiv 🇺🇦 talks", `{"type":"Annotation","body":{"type":"TextualBody","value":"ENTITY"},`+kyivPosition+`}`),
	w3cPage("Kyiv talks", `{"bodyValue":"CLAIM",`+kyivPosition+`},{"bodyValue":"CLAIM",`+kyivPosition+`}`),
	w3cPage("Kyiv talks", `{"body":[{"value":"ENTITY","purpose":"tagging"},{"value":"x","purpose":"commenting"}],`+kyivPosition+`}`),
	w3cLine("Kyiv voted. In Kyiv, trams run.", "ENTITY", `{"type":"TextQuoteSelector","exact":"Kyiv","prefix":"In ","suffix":", trams"},{"type":"TextPositionSelector","start":1,"end":5}`),
	w3cLine("Kyiv voted. In Kyiv, trams run.", "ENTITY", `{"type":"TextQuoteSelector","exact":"Kyiv"}`),
	w3cLine("e\u0301 👨‍👩‍👧 Lviv", "CLAIM", `{"type":"TextQuoteSelector","exact":"Lwów"},{"type":"TextPositionSelector","start":0,"end":2}`),
	`[` + w3cPage("Odesa", `{"bodyValue":"ENTITY","target":{"selector":{"type":"TextPositionSelector","start":0,"end":5}}}`) + `]`,
	`{"@context":"x","id":7,"type":"AnnotationPage","text":"a","items":[{"bodyValue":"ENTITY","target":"urn:x"}]}`,
	`{"@context":"https://schema.org","type":"NewsArticle","id":"https://example.org/a#1","text":"Kyiv","label":[[0,4,"ENTITY"]]}`,
}

func FuzzReadW3C(f *testing.F) {
	page, err := os.ReadFile(formatsPath("news.w3c.jsonl"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(page)
	for _, s := range w3cSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) { checkEachDocument(t, data, checkW3CWritesBack) })
}

// checkW3CWritesBack asserts that d can be exported as a W3C page, that
// the page reads back with the same spans and nothing to report, and that
// exporting that gives the same bytes.
func checkW3CWritesBack(t *testing.T, d *Document) {
	t.Helper()
	written, _ := export(t, "w3c", ExportOptions{}, []*Document{d})
	back, report, err := ReadAll(bytes.NewReader(written), DefaultLabels)
	if err != nil || !isClean(report) || len(back) != 1 {
		t.Fatalf("cannot read back %s: %v %v", written, err, report)
	}
	if diff := cmp.Diff(contentOf([]*Document{d}), contentOf(back)); diff != "" {
		t.Fatalf("read back (-want +got):\n%s", diff)
	}
	again, _ := export(t, "w3c", ExportOptions{}, back)
	if diff := cmp.Diff(string(written), string(again)); diff != "" {
		t.Fatalf("exported again (-want +got):\n%s", diff)
	}
}

func TestDocumentIRI(t *testing.T) {
	tests := []struct{ id, want string }{
		{"ferry-1", "urn:spantag:ferry-1"},
		{"-468965076", "urn:spantag:-468965076"},
		{"Zoë's notes #2", "urn:spantag:Zo%C3%AB%27s%20notes%20%232"},
		{"https://example.org/a/1", "https://example.org/a/1"},
		{"urn:spantag:ferry-1", "urn:spantag:ferry-1"},
		{"a:b#c", "urn:spantag:a%3Ab%23c"},
		{"1a:b", "urn:spantag:1a%3Ab"},
		{"a_b:c", "urn:spantag:a_b%3Ac"},
		{"x:", "urn:spantag:x%3A"},
	}
	for _, tt := range tests {
		if got := documentIRI(tt.id); got != tt.want {
			t.Errorf("documentIRI(%q) = %q, want %q", tt.id, got, tt.want)
		}
	}
}

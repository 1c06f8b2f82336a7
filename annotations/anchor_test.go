package annotations

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// w3cLine is a W3C page holding text with one annotation of label whose
// target has the selectors given as JSON.
func w3cLine(text, label, selectors string) string {
	return `{"@context":"http://www.w3.org/ns/anno.jsonld","type":"AnnotationPage","text":` +
		string(appendJSONString(nil, text)) + `,"items":[{"type":"Annotation","body":{"type":"TextualBody","value":"` +
		label + `"},"target":{"source":"urn:spantag:x","selector":[` + selectors + `]}}]}`
}

func TestReanchor(t *testing.T) {
	tests := []struct {
		name        string
		line        string
		wantSpans   []Span
		wantAnchors []string
		wantAside   string // the document's _kept_aside key
		// keep: read with KeepUnusableSpans, as the page does (without, each
		// such span refuses its line: TestReanchorRefuses)
		keep bool
	}{
		{
			name:        "offsets that hold the text are taken as they are",
			line:        `{"text":"Kyiv and Odesa","spans":[{"start":9,"end":14,"label":"ENTITY","text":"Odesa"}]}`,
			wantSpans:   []Span{{9, 14, "ENTITY"}},
			wantAnchors: nil,
		},
		{
			name:        "shifted offsets: the span moves to its text",
			line:        `{"text":"Ζώη: Kyiv and Odesa","spans":[{"start":9,"end":14,"label":"ENTITY","text":"Odesa"}]}`,
			wantSpans:   []Span{{17, 22, "ENTITY"}},
			wantAnchors: []string{`line 1: span 1 ENTITY "Odesa" moved from [9,14) to [14,19)`},
		},
		{
			name:        "offsets past the end of a shortened text",
			line:        `{"text":"Odesa 🚢","spans":[{"start":20,"end":25,"label":"ENTITY","text":"Odesa"}]}`,
			wantSpans:   []Span{{0, 5, "ENTITY"}},
			wantAnchors: []string{`line 1: span 1 ENTITY "Odesa" moved from [20,25) to [0,5)`},
		},
		{
			name: "a changed word before the span: the prefix still points to it",
			line: w3cLine("The newly elected mayor of Lviv met the mayor of Lviv's twin town.", "ENTITY",
				`{"type":"TextQuoteSelector","exact":"Lviv","prefix":"The old mayor of ","suffix":" met the"},`+
					`{"type":"TextPositionSelector","start":17,"end":21}`),
			wantSpans:   []Span{{27, 31, "ENTITY"}},
			wantAnchors: []string{`line 1: item 1 ENTITY "Lviv" moved from [17,21) to [27,31)`},
		},
		{
			name:        "a changed word before the span, no context: the nearest occurrence",
			line:        `{"text":"Tom met Ana. Then the newly elected Ana spoke.","spans":[{"start":31,"end":34,"label":"ENTITY","text":"Ana"}]}`,
			wantSpans:   []Span{{36, 39, "ENTITY"}},
			wantAnchors: []string{`line 1: span 1 ENTITY "Ana" moved from [31,34) to [36,39)`},
		},
		{
			name: "a quote that occurs twice: prefix and suffix choose, not nearness",
			line: w3cLine("Kyiv voted. In Kyiv, trams run.", "ENTITY",
				`{"type":"TextQuoteSelector","exact":"Kyiv","prefix":"In ","suffix":", trams"},`+
					`{"type":"TextPositionSelector","start":1,"end":5}`),
			wantSpans:   []Span{{15, 19, "ENTITY"}},
			wantAnchors: []string{`line 1: item 1 ENTITY "Kyiv" moved from [1,5) to [15,19)`},
		},
		{
			name: "a quote without a position that occurs twice: the suffix chooses, nothing to report",
			line: w3cLine("Kyiv voted. In Kyiv, trams run.", "ENTITY",
				`{"type":"TextQuoteSelector","exact":"Kyiv","suffix":", trams"}`),
			wantSpans: []Span{{15, 19, "ENTITY"}},
		},
		{
			name: "a quote without a position that occurs twice and nothing tells which: kept aside",
			line: w3cLine("Kyiv voted. In Kyiv, trams run.", "ENTITY",
				`{"type":"TextQuoteSelector","exact":"Kyiv"}`),
			wantAnchors: []string{`line 1: item 1 ENTITY "Kyiv" kept aside: its text occurs 2 times and nothing tells which`},
			wantAside:   `[{"label":"ENTITY","text":"Kyiv","reason":"its text occurs 2 times and nothing tells which"}]`,
		},
		{
			name:        "a quote that no longer exists: reported and kept aside, the other spans load",
			line:        `{"text":"Kyiv talks","spans":[{"start":0,"end":4,"label":"ENTITY","text":"Kiev"},{"start":5,"end":10,"label":"CLAIM","text":"talks"}]}`,
			wantSpans:   []Span{{5, 10, "CLAIM"}},
			wantAnchors: []string{`line 1: span 1 ENTITY "Kiev" [0,4) kept aside: its text is not in the document`},
			wantAside:   `[{"start":0,"end":4,"label":"ENTITY","text":"Kiev","reason":"its text is not in the document"}]`,
		},
		{
			name: "spans kept aside before are kept with the new ones",
			line: `{"text":"Kyiv","spans":[{"start":0,"end":4,"label":"ENTITY","text":"Kiev"}],` +
				`"_kept_aside":[{"label":"CLAIM","text":"Lemberg","reason":"its text is not in the document"}]}`,
			wantAnchors: []string{`line 1: span 1 ENTITY "Kiev" [0,4) kept aside: its text is not in the document`},
			wantAside: `[{"label":"CLAIM","text":"Lemberg","reason":"its text is not in the document"},` +
				`{"start":0,"end":4,"label":"ENTITY","text":"Kiev","reason":"its text is not in the document"}]`,
		},
		{
			name: "a W3C quote missing from the text is kept aside with its context",
			line: w3cLine("Kyiv talks", "CLAIM",
				`{"type":"TextQuoteSelector","exact":"Odesa","prefix":"in ","suffix":"."},{"type":"TextPositionSelector","start":0,"end":5}`),
			wantAnchors: []string{`line 1: item 1 CLAIM "Odesa" [0,5) kept aside: its text is not in the document`},
			wantAside:   `[{"start":0,"end":5,"label":"CLAIM","text":"Odesa","prefix":"in ","suffix":".","reason":"its text is not in the document"}]`,
		},
		{
			name: "a Label Studio result whose text moved",
			line: `{"data":{"text":"🇺🇦 Crews in Odesa"},"annotations":[{"result":[{"type":"labels",` +
				`"value":{"start":0,"end":5,"text":"Odesa","labels":["ENTITY"]}}]}]}`,
			wantSpans:   []Span{{18, 23, "ENTITY"}},
			wantAnchors: []string{`line 1: annotation 1 result 1 ENTITY "Odesa" moved from [0,5) to [12,17)`},
		},
		{
			name:        "kept: a quote of white space is not searched for",
			line:        `{"text":"Kyiv  talks","spans":[{"start":0,"end":2,"label":"ENTITY","text":"  "}]}`,
			wantAside:   `[{"start":0,"end":2,"label":"ENTITY","text":"  ","reason":"it holds only white space"}]`,
			wantAnchors: []string{`line 1: span 1 ENTITY "  " [0,2) kept aside: it holds only white space`},
			keep:        true,
		},
		{
			name:        "kept: offsets that end before they start, even with a text",
			line:        `{"text":"Kyiv","spans":[{"start":4,"end":0,"label":"ENTITY","text":"Kyiv"}]}`,
			wantAside:   `[{"start":4,"end":0,"label":"ENTITY","text":"Kyiv","reason":"it ends before it starts"}]`,
			wantAnchors: []string{`line 1: span 1 ENTITY "Kyiv" [4,0) kept aside: it ends before it starts`},
			keep:        true,
		},
		{
			name:        "kept: an unknown label, before any search",
			line:        `{"text":"Kyiv","spans":[{"start":1,"end":5,"label":"CITY","text":"Kyiv"}]}`,
			wantAside:   `[{"start":1,"end":5,"label":"CITY","text":"Kyiv","reason":"unknown label \"CITY\" (known: ENTITY, CLAIM, BOILERPLATE)"}]`,
			wantAnchors: []string{`line 1: span 1 CITY "Kyiv" [1,5) kept aside: unknown label "CITY" (known: ENTITY, CLAIM, BOILERPLATE)`},
			keep:        true,
		},
		{
			name:        "kept: doccano's span of an unknown label keeps the text at its offsets; the other span loads",
			line:        `{"text":"Angela Merkel visited Paris.","label":[[0,13,"PER"],[22,27,"ENTITY"]]}`,
			wantSpans:   []Span{{22, 27, "ENTITY"}},
			wantAside:   `[{"start":0,"end":13,"label":"PER","text":"Angela Merkel","reason":"unknown label \"PER\" (known: ENTITY, CLAIM, BOILERPLATE)"}]`,
			wantAnchors: []string{`line 1: span 1 PER "Angela Merkel" [0,13) kept aside: unknown label "PER" (known: ENTITY, CLAIM, BOILERPLATE)`},
			keep:        true,
		},
		{
			name:        "kept: doccano's span past the end has no text to keep",
			line:        `{"text":"Kyiv","label":[[0,9,"ENTITY"]]}`,
			wantAside:   `[{"start":0,"end":9,"label":"ENTITY","reason":"it ends after the text, which is 4 code points long"}]`,
			wantAnchors: []string{`line 1: span 1 ENTITY [0,9) kept aside: it ends after the text, which is 4 code points long`},
			keep:        true,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewReader(strings.NewReader(tt.line), DefaultLabels)
			if tt.keep {
				r.KeepUnusableSpans()
			}
			d, err := r.Read()
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.wantSpans, d.Spans); diff != "" {
				t.Errorf("spans (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantAnchors, anchorTexts(r.Anchors())); diff != "" {
				t.Errorf("anchors (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.wantAside, extraValue(d, asideKey)); diff != "" {
				t.Errorf("kept aside (-want +got):\n%s", diff)
			}
		})
	}
}

func anchorTexts(anchors []Anchor) []string {
	var texts []string
	for _, a := range anchors {
		texts = append(texts, a.String())
	}
	return texts
}

func extraValue(d *Document, key string) string {
	for _, f := range d.Extra {
		if f.Key == key {
			return string(f.Value)
		}
	}
	return ""
}

func TestReanchorRefuses(t *testing.T) {
	tests := []struct {
		name    string
		line    string
		wantErr string
	}{
		{
			name:    "a quote of white space is not searched for",
			line:    `{"text":"Kyiv  talks","spans":[{"start":0,"end":2,"label":"ENTITY","text":"  "}]}`,
			wantErr: "line 1: span 1 [0,2) holds only white space",
		},
		{
			name:    "offsets that end before they start are an error even with a text",
			line:    `{"text":"Kyiv","spans":[{"start":4,"end":0,"label":"ENTITY","text":"Kyiv"}]}`,
			wantErr: "line 1: span 1 [4,0) ends before it starts",
		},
		{
			name:    "an unknown label is an error before any search",
			line:    `{"text":"Kyiv","spans":[{"start":1,"end":5,"label":"CITY","text":"Kyiv"}]}`,
			wantErr: `line 1: span 1 [1,5): unknown label "CITY" (known: ENTITY, CLAIM, BOILERPLATE)`,
		},
		{
			name:    "kept aside spans must be a list",
			line:    `{"text":"Kyiv","_kept_aside":{"text":"Kiev"}}`,
			wantErr: "line 1: _kept_aside is an object, not an array",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := NewReader(strings.NewReader(tt.line), DefaultLabels).Read()
			if diff := cmp.Diff(tt.wantErr, errString(err)); diff != "" {
				t.Errorf("Read error (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadAllReportsAnchorsByDocument(t *testing.T) {
	input := `{"text":"Kyiv"}` + "\n" +
		`{"text":"broken` + "\n" +
		`{"text":"Lviv and Kyiv","spans":[{"start":0,"end":4,"label":"ENTITY","text":"Kyiv"},{"start":0,"end":4,"label":"CLAIM","text":"Odesa"}]}` + "\n"
	docs, report, err := ReadAll(strings.NewReader(input), DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	want := []Anchor{
		{Line: 3, Doc: 1, Span: "span 1", Label: "ENTITY", Text: "Kyiv", From: [2]int{0, 4}, To: [2]int{9, 13}},
		{Line: 3, Doc: 1, Span: "span 2", Label: "CLAIM", Text: "Odesa", From: [2]int{0, 4}, Aside: true, Reason: "its text is not in the document"},
	}
	if diff := cmp.Diff(want, report.Anchors); diff != "" {
		t.Errorf("anchors (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"line 2: the JSON object is cut short"}, errorTexts(report.Errors)); diff != "" {
		t.Errorf("errors (-want +got):\n%s", diff)
	}
	if len(docs) != 2 || report.Anchors[0].Doc != 1 || docs[1].Text != "Lviv and Kyiv" {
		t.Errorf("read %q, want the anchors on the second document", docTexts(docs))
	}
}

package annotations

import (
	"strings"
	"testing"
)

// TestDoccanoRelationsKeepTheirEntities: a doccano file's entities keep
// their ids through spantag, so that its relations still join them; a span
// made since gets an id of its own, above the others.
func TestDoccanoRelationsKeepTheirEntities(t *testing.T) {
	const line = `{"text":"Zoë 👋 met Ana in Kyiv.","entities":[` +
		`{"id":7,"label":"ENTITY","start_offset":10,"end_offset":13},{"id":9,"label":"ENTITY","start_offset":17,"end_offset":21}],` +
		`"relations":[{"id":1,"from_id":7,"to_id":9,"type":"visited"}]}`
	docs, report, err := ReadAll(strings.NewReader(line), DefaultLabels)
	if err != nil || len(report.Errors) > 0 {
		t.Fatalf("ReadAll: %v %v", err, report)
	}
	docs[0].Spans = append([]Span{{Start: 0, End: 4, Label: "ENTITY"}}, docs[0].Spans...) // "Zoë" made since
	written, _ := export(t, "doccano", ExportOptions{}, docs)
	want := `{"text":"Zoë 👋 met Ana in Kyiv.","entities":[` +
		`{"id":10,"label":"ENTITY","start_offset":0,"end_offset":3},` +
		`{"id":7,"label":"ENTITY","start_offset":10,"end_offset":13},{"id":9,"label":"ENTITY","start_offset":17,"end_offset":21}],` +
		`"relations":[{"id":1,"from_id":7,"to_id":9,"type":"visited"}]}` + "\n"
	if string(written) != want {
		t.Errorf("written:\n%s\nwant:\n%s", written, want)
	}
	spans, _ := export(t, "spans", ExportOptions{}, docs)
	if !strings.Contains(string(spans), `"text":"Ana","id":7}`) {
		t.Errorf("the spans file does not keep the entity's id:\n%s", spans)
	}
	back, _, err := ReadAll(strings.NewReader(string(spans)), DefaultLabels)
	if err != nil {
		t.Fatal(err)
	}
	again, _ := export(t, "doccano", ExportOptions{}, back)
	if string(again) != want {
		t.Errorf("through the spans file and back:\n%s\nwant:\n%s", again, want)
	}
}

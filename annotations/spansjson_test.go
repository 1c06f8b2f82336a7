package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSpansJSON(t *testing.T) {
	d := &Document{Text: "Zoë 🚢 met Ann", Spans: []Span{{Start: 14, End: 17, Label: "ENTITY"}, {Start: 0, End: 4, Label: "ENTITY"}}}
	got, err := d.SpansJSON()
	if err != nil {
		t.Fatal(err)
	}
	want := `[{"start":0,"end":3,"token_start":0,"token_end":0,"label":"ENTITY","text":"Zoë"},{"start":10,"end":13,"token_start":3,"token_end":3,"label":"ENTITY","text":"Ann"}]`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	d.Spans = []Span{{Start: 1, End: 3, Label: "ENTITY"}} // inside ë
	if _, err := d.SpansJSON(); err == nil {
		t.Error("a span splitting a code point was written")
	}
}

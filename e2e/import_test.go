//go:build !js

package e2e

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestOpenOtherLabels opens a doccano file whose spans are labelled PER, as an
// NER dataset's are: its documents open, the spans of the page's labels are
// drawn, and the others are kept aside, said in the status bar, and written
// back by the export, so that nothing is lost.
func TestOpenOtherLabels(t *testing.T) {
	file := `{"text":"Angela Merkel visited Paris.","label":[[0,13,"PER"],[22,27,"ENTITY"]]}` + "\n" +
		`{"text":"Olaf Scholz spoke.","label":[[0,11,"PER"]]}` + "\n"
	tb := openApp(t)
	tb.openFile(writeFile(t, "ner.jsonl", file))
	tb.waitDoc("Angela Merkel visited Paris.")
	tb.waitFor("the status bar says what was kept aside",
		`document.getElementById("status").textContent.includes('span 1 PER "Angela Merkel" [0,13) kept aside: unknown label "PER"')`,
		`document.getElementById("status").textContent`)
	if n := tb.spansShown(); n != 1 {
		t.Errorf("%d spans drawn, want the ENTITY span alone", n)
	}
	lines := jsonLines(t, tb.export())
	if len(lines) != 2 {
		t.Fatalf("the export has %d documents, want 2", len(lines))
	}
	aside, _ := json.Marshal(lines[0]["_kept_aside"])
	want := `[{"end":13,"label":"PER","reason":"unknown label \"PER\" (known: ENTITY, CLAIM, BOILERPLATE)","start":0,"text":"Angela Merkel"}]`
	if string(aside) != want {
		t.Errorf("document 1's _kept_aside is %s, want %s", aside, want)
	}
	spans, _ := json.Marshal(lines[0]["spans"])
	if !strings.Contains(string(spans), `"label":"ENTITY","start":22`) || strings.Contains(string(spans), "PER") {
		t.Errorf("document 1's spans are %s, want the ENTITY span alone", spans)
	}
	if lines[1]["text"] != "Olaf Scholz spoke." || lines[1]["_kept_aside"] == nil {
		t.Errorf("document 2 is %v, want its text and its span kept aside", lines[1])
	}
}

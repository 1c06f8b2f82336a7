package render

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestStatusAfter(t *testing.T) {
	selected := Status{Text: "Selected ENTITY “Ana”", Topic: Selection}
	notSaved := Status{Text: "the browser's storage for this page is full", Error: true, Topic: Saving}
	exported := Status{Text: "Exported 3 of 3 documents to a.jsonl.", Topic: Export}
	badLine := Status{Text: "Line 4 could not be read", Error: true, Topic: Lasting}
	spaces := Status{Text: "The selection holds only spaces; select some words.", Topic: Attempt}
	for _, tc := range []struct {
		name   string
		status Status
		event  Event
		want   Status
	}{
		{"a deselected span is no longer said selected", selected, Deselected, Status{}},
		{"a span selected in another document neither", selected, OtherShown, Status{}},
		{"a change keeps the selection's message", selected, WorkChanged, selected},
		{"storing again ends Not saved", notSaved, Stored, Status{}},
		{"a change does not end Not saved", notSaved, WorkChanged, notSaved},
		{"deselecting does not end Not saved", notSaved, Deselected, notSaved},
		{"a change ends what the last export said", exported, WorkChanged, Status{}},
		{"so does another dataset on screen", exported, OtherShown, Status{}},
		{"and a new export", exported, ExportBegun, Status{}},
		{"storing does not end the export's message", exported, Stored, exported},
		{"an error about a file stays", badLine, WorkChanged, badLine},
		{"through every event", badLine, OtherShown, badLine},
		{"an empty line stays empty", Status{}, Stored, Status{}},
		{"a span made ends why the last try made none", spaces, WorkChanged, Status{}},
		{"and so does another document", spaces, OtherShown, Status{}},
		{"deselecting does not", spaces, Deselected, spaces},
	} {
		if diff := cmp.Diff(tc.want, tc.status.After(tc.event)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

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
	chosen := Status{Text: "Least sure first chose this document: …", Topic: Chosen}
	listChoice := Status{Text: DatasetChosen("queue.jsonl"), Topic: ListChoice}
	refused := Status{Text: "The boilerplate threshold is a number above 0 and below 1, not \"1\"; it stays 0.5.", Topic: Setting}
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
		{"a threshold taken ends why the last one typed was not", refused, SettingTaken, Status{}},
		{"so does another dataset", refused, OtherShown, Status{}},
		{"a change does not", refused, WorkChanged, refused},
		{"why a document was chosen goes with it", chosen, OtherShown, Status{}},
		{"and stays while it is worked on", chosen, WorkChanged, chosen},
		{"the dataset the list's keys chose goes when it is opened", listChoice, OtherShown, Status{}},
		{"and when the list is left without opening it", listChoice, ListLeft, Status{}},
		{"leaving the list keeps other messages", exported, ListLeft, exported},
	} {
		if diff := cmp.Diff(tc.want, tc.status.After(tc.event)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tc.name, diff)
		}
	}
}

// TestLine: a job's progress covers a message, shown again when the job
// ends, unless an event made it stale meanwhile or another message came.
func TestLine(t *testing.T) {
	opened := Status{Text: "Opened big.txt: 1 document(s).", Topic: Lasting}
	spaces := Status{Text: "The selection holds only spaces; select some words.", Topic: Attempt}
	drawing := Status{Text: "Drawing the document: 1 of 2 MB…", Topic: Working}
	further := Status{Text: "Drawing the document: 2 of 2 MB…", Topic: Working}
	line := Line{}.Tell(opened).Tell(drawing).Tell(further)
	if diff := cmp.Diff(Line{Shown: further, Covered: opened}, line); diff != "" {
		t.Errorf("progress over a message (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Line{Shown: opened}, line.After(JobEnded)); diff != "" {
		t.Errorf("the job ended (-want +got):\n%s", diff)
	}
	stale := Line{}.Tell(spaces).Tell(drawing).After(WorkChanged).After(JobEnded)
	if diff := cmp.Diff(Line{}, stale); diff != "" {
		t.Errorf("a covered message made stale meanwhile (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(Line{Shown: spaces}, Line{}.Tell(opened).Tell(drawing).Tell(spaces).After(JobEnded)); diff != "" {
		t.Errorf("a message said during the job (-want +got):\n%s", diff)
	}
}

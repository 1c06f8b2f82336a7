package learn

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestHeadlineNotClaim: headlines carry the words of claims but are not
// sentences; an annotator who never tags them teaches the model that a
// line without a sentence's end is no claim, in a headline it has not seen
// (at 0.53 before it had that cue, 0.34 now).
func TestHeadlineNotClaim(t *testing.T) {
	m, err := Train(DefaultLabels, []*annotations.Document{
		claimDoc(t, "Bus fares up 12% from April, operator says\nFares will rise by 12 percent in April, the operator said.\nThe company runs the routes.",
			"Fares will rise by 12 percent in April, the operator said."),
		claimDoc(t, "School to close in July after 90 years, council says\nThe school will close in July, the council said.\nIt opened long ago.",
			"The school will close in July, the council said."),
		claimDoc(t, "Harbour wall repairs to cost £2m, report finds\nRepairs to the harbour wall will cost £2 million, a report said.\nWork starts next year.",
			"Repairs to the harbour wall will cost £2 million, a report said."),
	})
	if err != nil {
		t.Fatal(err)
	}
	d := claimDoc(t, "Town Centre Parking Charges Rise\nParking charges will rise by 20 percent in May, the council said.")
	var got []string
	for _, s := range m.Suggest(d) {
		if s.Label == "CLAIM" {
			got = append(got, d.Text[s.Start:s.End])
		}
	}
	want := []string{"Parking charges will rise by 20 percent in May, the council said."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims suggested (-want +got):\n%s", diff)
	}
}

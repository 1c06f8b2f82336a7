package learn_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestNameTaggedBeforeSuggested: a name the annotator tagged every time it
// was seen is suggested in a sentence unlike those it was tagged in, with
// the record as its reason (QA pass 12: "Orton Vale", tagged 22 times, was
// missed in "households in Orton Vale"); a word tagged as often as left
// stays below the threshold (0.5).
func TestNameTaggedBeforeSuggested(t *testing.T) {
	var pages []string
	for i, day := range []string{"Monday", "Tuesday", "Friday"} {
		pages = append(pages, fmt.Sprintf("+ Residents in [[Orton Vale]] gathered outside the offices of [[Pinecrest Academy]] on %s.\n"+
			"+ The Harlow road was closed for %d hours.\n"+
			"+ Work in [[Harlow]] is due to begin after the summer.\n", day, i+2))
	}
	m := learntFrom(t, pages)
	d, err := annotations.NewDocument("Orton Vale: 6 per cent of households affected.\nIn Orton Vale and in Kettleby, prices rose.\nThe Harlow road reopened.\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range m.Suggest(d) {
		if s.Label == "ENTITY" {
			got = append(got, d.Text[s.Start:s.End]+": "+s.Reason())
		}
	}
	want := []string{
		"Orton Vale: model 0.75 (tagged 3 of 3 times seen)", // the tagger alone: 0.70
		"Orton Vale: model 0.86",
		"Kettleby: model 0.45",
		"Harlow: model 0.43 (tagged 3 of 6 times seen)", // the tagger alone: nothing
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("entities suggested (-want +got):\n%s", diff)
	}
}

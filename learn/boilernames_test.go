package learn_test

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
	"spantag/learn"
)

// TestNamesLeftInBoilerplate: an annotator who tags the lines of a site's template as
// boilerplate and leaves the names in them ("Trending in Brackenford") still has
// those names suggested in the body, and not in lines of boilerplate.
func TestNamesLeftInBoilerplate(t *testing.T) {
	var pages []string
	for i, what := range []string{"the budget", "the bypass", "the library", "the market", "the station", "the school"} {
		pages = append(pages, fmt.Sprintf("- Trending in Brackenford\n- Brackenford Chronicle\n"+
			"+ {{Mayor [[Ruth Okafor]] said [[Brackenford]] would pay for %s.}}\n"+
			"+ [[Okafor]] spoke to reporters in [[Harlow]] on day %d.\n", what, i+1))
	}
	m := learntFrom(t, pages)
	if m.Entities.NamesInBoilerplate() {
		t.Fatal("NamesInBoilerplate after six pages that leave them: true")
	}
	d, err := annotations.NewDocument("Trending in Brackenford\nBrackenford Chronicle\nMayor Ruth Okafor said Brackenford would pay.\n")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range m.OutsideBoilerplate(m.Suggest(d), []annotations.Range{{Start: 0, End: 23}, {Start: 24, End: 45}}) {
		got = append(got, s.Label+" "+d.Text[s.Start:s.End])
	}
	want := []string{"CLAIM Mayor Ruth Okafor said Brackenford would pay.", "ENTITY Ruth Okafor", "ENTITY Brackenford"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("suggestions outside the boilerplate lines (-want +got):\n%s", diff)
	}
	back, err := learn.Decode(m.Encode())
	if err != nil {
		t.Fatal(err)
	}
	if back.Entities.NamesInBoilerplate() {
		t.Error("the model file lost what the annotator does in boilerplate")
	}
}

// TestNamesTaggedInBoilerplate: the generated corpus tags the names of its related
// headlines, which are boilerplate; entities there are suggested.
func TestNamesTaggedInBoilerplate(t *testing.T) {
	if !trained(t, generated(20)).Entities.NamesInBoilerplate() {
		t.Error("NamesInBoilerplate after documents that tag them: false")
	}
}

package suggest

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestBoilerplateLines(t *testing.T) {
	page := func(body string) string {
		return "Home | World | Sport\n" + body + "\nAdvertisement\nRead Next\n© 2026 The Daily Example. All rights reserved."
	}
	feed, _ := (annotations.FeedJob{Dataset: "t1", Texts: []string{
		page("The council met on Tuesday and agreed to rebuild the harbour wall before the winter storms arrive."),
		page("Farmers in the valley said the late rain had saved most of the harvest, though prices stayed low."),
	}}).MarshalBinary()
	if reply, err := Feed(feed); err != nil || string(reply) != "2" {
		t.Fatalf("Feed = %s, %v; want 2 documents counted", reply, err)
	}
	body := "The ferry to the islands will run twice a day from Monday, the operator said in a statement."
	text := page(body)
	job := annotations.SuggestJob{Dataset: "t1", Text: text}
	job.Assist.Turn(annotations.FromBoilerplate, true)
	var got []string
	for _, g := range Suggest(job).Suggestions {
		if g.Label != "BOILERPLATE" || g.Reasons[0].From != annotations.FromBoilerplate || g.Reasons[0].Text == "" {
			t.Errorf("suggestion %+v is not a boilerplate line with its reason", g)
		}
		got = append(got, text[g.Start:g.End])
	}
	want := []string{"Home | World | Sport", "Advertisement", "Read Next", "© 2026 The Daily Example. All rights reserved."}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("boilerplate lines suggested (-want +got):\n%s", diff)
	}
	job.Assist.Turn(annotations.FromBoilerplate, false)
	if n := len(Suggest(job).Suggestions); n != 0 || strings.Contains(body, "\n") {
		t.Errorf("%d suggestions with boilerplate off", n)
	}
}

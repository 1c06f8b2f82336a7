package render

import (
	"testing"

	"spantag/annotations"
)

// TestPicked: the words for a document Least sure first chose, worked out
// by hand (a sentence is quoted to 59 characters and an ellipsis).
func TestPicked(t *testing.T) {
	text := "Residents in Orton Vale met on Monday.\nThe council said the new bridge over the river will cost four million pounds by the spring.\n"
	for _, tc := range []struct {
		name  string
		reply annotations.ModelPickReply
		want  string
	}{
		{"among several, with what it doubts", annotations.ModelPickReply{Pick: 1, Unsure: []float64{0.1, 0.284, 0.02}, Doubts: []annotations.Doubt{
			{Start: 39, End: 130, Sentence: true, Unsure: 0.5}, {Start: 13, End: 23, Unsure: 0.3}}},
			"Least sure first chose this document: of 3 not answered yet, the model is least sure of it (uncertainty 0.28; the others 0.02 to 0.10). " +
				"Least sure of: “The council said the new bridge over the river will cost fo…” (a claim or not?), “Orton Vale” (in an entity or not?)."},
		{"the only one; a doubt not in the text said nothing of", annotations.ModelPickReply{Unsure: []float64{0.001}, Doubts: []annotations.Doubt{{Start: 200, End: 210}}},
			"Least sure first: this is the only document left to choose from (the model's uncertainty 0.00)."},
	} {
		if got := Picked(text, tc.reply); got != tc.want {
			t.Errorf("%s:\n got %q\nwant %q", tc.name, got, tc.want)
		}
	}
}

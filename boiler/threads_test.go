package boiler

import (
	"strings"
	"testing"
)

// An article of four paragraphs under its headline, standfirst, byline and date, then
// what follows it.
const threadArticle = `Ferry fares rise for the second time this year
The operator says fuel costs left it no choice, but islanders say the service is already too dear for families.
By Mairi Gunn
4 October 2025
Fares on the Kilbrannan crossing will rise by six per cent from November, the operator announced on Friday.
It is the second rise this year, after an increase of four per cent in April that the council had opposed.
The operator said the cost of fuel had risen by a third since the spring and that it had no other choice.
Islanders said a family of four now pays more than ninety pounds for a return trip with a car.
`

func TestDecideThreads(t *testing.T) {
	article := "TTBBTTTT" // headline, standfirst, byline, date, paragraphs
	tests := []struct {
		name, after, want string
	}{
		{"comments with no reply button, one of two lines, one with a time ago", `Ruth Abernethy
4 October 2025 at 8:12 pm
This is the first fair account of the rise that I have read, and I have read them all.
Dev Kapoor
2 hours ago
Ninety pounds is about right. We have stopped going over to see my mother at weekends.
It is a disgrace and the council should say so.
Reply
Oliwia
5 October 2025 at 11:50 pm
Does anyone know whether the islanders' discount stays the same after November?`,
			article + "BBB" + "BBBBB" + "BBB"},
		{"one comment alone: as like a byline, a date and a paragraph", `Ruth Abernethy
4 October 2025 at 8:12 pm
This is the first fair account of the rise that I have read, and I have read them all.`,
			article + "TBT"}, // the name between body text and a date is body, as any short line
		{"a live blog's entries: an author, a time of day alone, the entry", `Anna Schmidt
14:32
The first ferry under the new fares left on time and was half full, the harbour master said.
Tom Reid
14:50
Passengers on the quay told us they would be taking the bus to the mainland from now on.`,
			article + "TTTTTT"},
		{"a roundup's entries: a product, its price at a shop, its review", `Orrell Fine Rose 5 litre
£32 at Orrell Direct
The rose on this can faces upwards, so the water arcs out and falls like rain rather than being pushed down.
Penbury Slim 1.5 litre
£18 at Penbury
For houseplants you want a long, thin spout that gets under leaves without splashing the windowsill.`,
			article + "TBTTBT"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ds := wantVerdicts(t, threadArticle+tt.after, tt.want)
			if text := len(article) + 2; tt.want[text] == 'B' && !strings.HasPrefix(ds[text].Reason, "a reader's comment: a name and a date") {
				t.Errorf("the first comment's text: reason %q", ds[text].Reason)
			}
		})
	}
}

// TestThreadOfRegulars: a blog's regular readers, and the blogger replying, comment on
// other posts too, so their names repeat in the dataset; their comments are still a
// thread.
func TestThreadOfRegulars(t *testing.T) {
	thread := "Renate in Oberdorf\n4 October 2025 at 11:02\n" +
		"I remember that night too. We kept the hens in the bathtub until the water went down.\n" +
		"Gesche\n4 October 2025 at 18:20\n" +
		"Renate, it was the same winter the old pier went, I remember the boats on the road.\n"
	other := "The bus to the coast stops running\n" +
		"From Monday the last bus leaves the square at six, and the Sunday service ends altogether.\n" +
		"Renate in Oberdorf\n2 May 2025 at 09:40\n" +
		"The list at the village shop is already full, so Marlies has put out a second one.\n" +
		"Gesche\n2 May 2025 at 12:15\n" +
		"Thank you, Renate, I will take both lists to the council meeting on Thursday.\n"
	own := threadArticle + thread
	c := NewCorpus()
	c.Add(own)
	c.Add(other)
	if got, want := verdicts(c.Decide(Page{Text: own}, DefaultThreshold), own), "TTBBTTTTBBBBBBE"; got != want {
		t.Errorf("verdicts = %s, want %s", got, want)
	}
}

package boiler

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestEvidence(t *testing.T) {
	c := NewCorpus()
	other := "Home\nNews\nA different story about the weather in the hills, told at some length here.\n"
	c.Add(other)
	c.Add(article)
	decisions, evidence := c.Evidence(Page{Text: article}, DefaultThreshold)
	if diff := cmp.Diff(c.Decide(Page{Text: article}, DefaultThreshold), decisions); diff != "" {
		t.Errorf("Evidence's decisions are not Decide's (-want +got):\n%s", diff)
	}
	if len(evidence) != len(decisions) {
		t.Fatalf("%d lines of evidence for %d decisions", len(evidence), len(decisions))
	}
	home := evidence[0]                                                                                                   // "Home": in the other document too
	want := map[string]float64{"heuristic": decisions[0].Score, "class bad": 1, "words": 0.05, "capitals": 1, "stops": 1, // "home" is an English stop word
		"closes": 0, "strong": 1, "furniture": 0, "in this document": 0, "repeats": 1, "reason " + decisions[0].Reason: 1}
	if diff := cmp.Diff(want, home); diff != "" {
		t.Errorf("the evidence of %q (-want +got):\n%s", "Home", diff)
	}
	for i, d := range decisions {
		if empty := article[d.Start:d.End] == ""; empty != (evidence[i] == nil) {
			t.Errorf("line %d (%q): evidence %v", i, article[d.Start:d.End], evidence[i])
		}
	}
}

func TestMaskDigits(t *testing.T) {
	for in, want := range map[string]string{
		"repeats in 12 of 40 documents":  "repeats in # of # documents",
		"short: 3 words, 33% stop words": "short: # words, #% stop words",
		"a date: 1,000.5 and 2026.":      "a date: # and #",
		`says "by" (en wording)`:         `says "by" (en wording)`,
	} {
		if got := maskDigits(in); got != want {
			t.Errorf("maskDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

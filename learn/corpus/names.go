package corpus

import (
	"math/rand/v2"
	"strings"
)

var (
	onsets     = strings.Fields("b br d f g h j k l m n p r s st t v w z ch th")
	vowels     = strings.Fields("a e i o u ai ea io")
	firstEnds  = strings.Fields("a o an el ia is en ine")
	lastEnds   = strings.Fields("son ley wick ford ez ini ova berg ton ard")
	placeEnds  = strings.Fields("ton bury field haven mouth stad ville port dale")
	orgEnds    = strings.Fields("Group Bank Institute Holdings Trust Council Authority Partners Foundation")
	orgFronts  = strings.Fields("National Northern Global United Royal Central")
	roles      = strings.Fields("director spokeswoman spokesman chair economist analyst manager adviser")
	titles     = strings.Fields("Mayor Professor Councillor Minister Inspector")
	weekdays   = strings.Fields("Monday Tuesday Wednesday Thursday Friday Saturday Sunday")
	months     = strings.Fields("January February March April May June July August September October November December")
	nouns      = strings.Fields("bridge budget harbour project school hospital railway plan market ferry station library")
	people     = strings.Fields("residents households workers families students passengers patients")
	pastVerbs  = strings.Fields("moved left applied complained signed")
	rateVerbs  = strings.Fields("rise fall grow shrink")
	quotations = []string{
		"We will not accept these cuts", "This is the best year we have had",
		"Nobody told us about the delay", "The figures speak for themselves",
		"We expect the work to finish on time", "It is too early to say",
	}
	clauses = []string{
		"the costs would double", "the plan had no support", "prices were rising fast",
		"the decision came too late", "the repairs were overdue", "more staff were needed",
		"{N} {H} had {V}", "the {X} would cost {N} million euros", "{N}% of {H} backed the plan",
		"the {X} in {L} was unsafe", "{O} had ignored the warnings",
	}
)

// word makes a capitalised word of syllables followed by one of ends.
func word(r *rand.Rand, syllables int, ends []string) string {
	var b strings.Builder
	for i := 0; i < syllables; i++ {
		b.WriteString(pick(r, onsets))
		b.WriteString(pick(r, vowels))
	}
	b.WriteString(pick(r, ends))
	s := b.String()
	return strings.ToUpper(s[:1]) + s[1:]
}

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

func newPerson(r *rand.Rand) string {
	return word(r, 1+r.IntN(2), firstEnds) + " " + word(r, 1+r.IntN(2), lastEnds)
}

// newPlace is a made-up town, one time in four of two words ("Port
// Kelston", "North Vebury", "Kelston Bay").
func newPlace(r *rand.Rand) string {
	town := word(r, 1+r.IntN(2), placeEnds)
	switch r.IntN(8) {
	case 0:
		return "Port " + town
	case 1:
		return "North " + town
	}
	return town
}

func newOrg(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return pick(r, orgFronts) + " " + word(r, 1, lastEnds) + " " + pick(r, orgEnds)
	case 1:
		return pick(r, orgEnds) + " of " + word(r, 1+r.IntN(2), placeEnds)
	}
	return word(r, 1+r.IntN(2), lastEnds) + " " + pick(r, orgEnds)
}

// cast is the names of one kind: those that recur, and how to make one.
type cast struct {
	recurring []string
	make      func(*rand.Rand) string
}

// name is a recurring name half of the time, else a new one, which joins
// the recurring ones one time in four (so it is seen again later).
func (c *cast) name(r *rand.Rand) string {
	if len(c.recurring) > 0 && r.IntN(2) == 0 {
		// the earlier names recur more often
		return c.recurring[min(r.IntN(len(c.recurring)), r.IntN(len(c.recurring)))]
	}
	n := c.make(r)
	if r.IntN(4) == 0 {
		c.recurring = append(c.recurring, n)
	}
	return n
}

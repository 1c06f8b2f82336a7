package learn

import (
	"slices"
	"strings"
)

// gazetteer is the set of confirmed entity texts, as their tokens' texts
// joined by single spaces, with the label each was last confirmed with.
type gazetteer struct {
	entries map[string]int
	longest int                 // tokens in the longest entry
	first   map[string]struct{} // the first token of every entry, to look up little
	// How the annotator treated each entry where it stood in the lines learnt.
	records map[string]record
}

// record counts the times an entry was met in the lines learnt since it was
// first confirmed: tagged whole with its label, or not (left untagged, or
// tagged with another label).
type record struct{ tagged, other int }

// maxGazetteerTokens bounds the entries, and so the look-ups per token.
const maxGazetteerTokens = 8

func newGazetteer() gazetteer {
	return gazetteer{entries: map[string]int{}, first: map[string]struct{}{}, records: map[string]record{}}
}

func gazetteerKey(seq []seqToken) string {
	texts := make([]string, len(seq))
	for i, t := range seq {
		texts[i] = t.text
	}
	return strings.Join(texts, " ")
}

func (g *gazetteer) add(seq []seqToken, label int) {
	if len(seq) > 0 && len(seq) <= maxGazetteerTokens {
		g.addKey(gazetteerKey(seq), label)
	}
}

// addKey adds an entry by its key, the tokens' texts joined by spaces,
// unless it has too many tokens.
func (g *gazetteer) addKey(key string, label int) bool {
	words := strings.Split(key, " ")
	if len(words) > maxGazetteerTokens {
		return false
	}
	if old, ok := g.entries[key]; ok && old != label {
		r := g.records[key]
		g.records[key] = record{other: r.tagged + r.other} // the times before count against the new label
	}
	g.entries[key] = label
	g.longest = max(g.longest, len(words))
	g.first[words[0]] = struct{}{}
	return true
}

// mark sets the gaz feature of the tokens of seq, one line, that are in a
// confirmed entity text, longest match first from the left.
func (g *gazetteer) mark(seq []seqToken, tagNames []string) {
	for i := 0; i < len(seq); {
		n, label := g.match(seq[i:])
		if n == 0 {
			i++
			continue
		}
		tags := make([]int, n)
		setTags(tags, label)
		for k, t := range tags {
			seq[i+k].gaz = tagNames[t]
		}
		i += n
	}
}

// match is the length and label of the longest entry seq starts with.
func (g *gazetteer) match(seq []seqToken) (int, int) {
	if _, ok := g.first[seq[0].text]; !ok {
		return 0, 0
	}
	for n := min(g.longest, len(seq)); n > 0; n-- {
		if label, ok := g.entries[gazetteerKey(seq[:n])]; ok {
			return n, label
		}
	}
	return 0, 0
}

// extend lengthens each entity of spans (one line's, in order) that a longer
// confirmed entity text of the same label starts with, when no other entity
// lies in the way: the tagger may stop short inside a name confirmed whole
// ("Wrenfield Chamber" of "Wrenfield Chamber of Commerce", QA pass 12).
func (g *gazetteer) extend(seq []seqToken, spans []tagSpan) {
	for k := range spans {
		e := &spans[k]
		n, label := g.match(seq[e.first:])
		last := e.first + n - 1
		if label != e.label || last <= e.last || k+1 < len(spans) && spans[k+1].first <= last {
			continue
		}
		e.last = last
	}
}

// count records, for each entry met in seq (a line learnt, gold its tags;
// longest match first from the left), whether gold tags it whole as its label.
// A match inside a longer entity, or across its edge, is not counted.
func (g *gazetteer) count(seq []seqToken, gold []int) {
	for i := 0; i < len(seq); {
		n, label := g.match(seq[i:])
		if n == 0 {
			i++
			continue
		}
		key := gazetteerKey(seq[i : i+n])
		want := make([]int, n)
		setTags(want, label)
		r := g.records[key]
		switch {
		case slices.Equal(gold[i:i+n], want):
			r.tagged++
		case !slices.ContainsFunc(gold[i:i+n], func(t int) bool { return t != tagO }) || isEntityWhole(gold[i:i+n]):
			r.other++
		default:
			i++ // inside a longer entity: look on from the next token
			continue
		}
		g.records[key] = r
		i += n
	}
}

// isEntityWhole tells whether tags are exactly one entity, of any label.
func isEntityWhole(tags []int) bool {
	spans := tagSpans(tags)
	return len(spans) == 1 && spans[0].first == 0 && spans[0].last == len(tags)-1
}

// foundSpan is an entity found in a line, with its score and, when the
// score is the annotator's record of its text, that record.
type foundSpan struct {
	tagSpan
	score  float64
	record record
}

// markedLength is the number of tokens of the entry mark found at seq's
// start, or 0.
func markedLength(seq []seqToken) int {
	if len(seq) == 0 || !strings.HasPrefix(seq[0].gaz, "B-") && !strings.HasPrefix(seq[0].gaz, "U-") {
		return 0
	}
	n := 1
	for !strings.HasPrefix(seq[n-1].gaz, "U-") && !strings.HasPrefix(seq[n-1].gaz, "L-") && n < len(seq) {
		n++
	}
	return n
}

// minTagged is how many times the annotator must have tagged an entry
// before its record alone suggests it.
const minTagged = 2

// recall raises the score of each entity of found (one line's, in order)
// that is an entry the annotator tagged at least minTagged times to the
// share of the times seen it was tagged, one more time counted against it
// (two of two score 0.67, 22 of 22 0.96); such an entry the tagger missed is
// added where no entity of found lies. An annotator who tagged a name twenty
// times expects it suggested in a sentence unlike those ("households in
// Orton Vale", QA pass 12), where the tagger's own score may be low.
func (g *gazetteer) recall(seq []seqToken, found []foundSpan) []foundSpan {
	for i := 0; i < len(seq); {
		n := markedLength(seq[i:]) // as mark found them, not looked up again
		if n == 0 {
			i++
			continue
		}
		key := gazetteerKey(seq[i : i+n])
		label, r := g.entries[key], g.records[key]
		share := float64(r.tagged) / float64(r.tagged+r.other+1)
		entry := foundSpan{tagSpan{i, i + n - 1, label}, share, r}
		k := slices.IndexFunc(found, func(f foundSpan) bool { return f.first <= entry.last && entry.first <= f.last })
		switch {
		case r.tagged < minTagged:
		case k < 0:
			found = append(found, entry)
		case found[k].tagSpan == entry.tagSpan && found[k].score < share:
			found[k] = entry
		}
		i += n
	}
	slices.SortFunc(found, func(a, b foundSpan) int { return a.first - b.first })
	return found
}

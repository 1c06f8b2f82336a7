package learn

import "strings"

// gazetteer is the set of confirmed entity texts, as their tokens' texts
// joined by single spaces, with the label each was last confirmed with.
type gazetteer struct {
	entries map[string]int
	longest int                 // tokens in the longest entry
	first   map[string]struct{} // the first token of every entry, to look up little
}

// maxGazetteerTokens bounds the entries, and so the look-ups per token.
const maxGazetteerTokens = 8

func newGazetteer() gazetteer {
	return gazetteer{entries: map[string]int{}, first: map[string]struct{}{}}
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

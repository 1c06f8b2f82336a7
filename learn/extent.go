package learn

import (
	"strings"

	"spantag/annotations"
)

// claimExtent learns where the annotator begins and ends a claim within
// its sentence, so that a sentence the classifier takes for a claim is
// suggested as the annotator marks claims: whole, or without the
// attribution ("Councillor Okafor said …", "…, she said.") or the full
// stop, if that is how the claims learnt from were marked.
//
// Each boundary between two tokens near a sentence's start (a lead's end)
// or near its end (a tail's start) has a key: the token before it (lead)
// or after it (tail), lower-cased, and whether a reporting verb is in the
// lead or the tail. Learning counts, per key, the claims cut there and the
// claims that run on across it; a suggestion is cut at the first boundary
// whose key was cut more often than run across, at least twice.
type claimExtent struct {
	lead, tail map[string]*cuts
}

type cuts struct{ cut, kept int }

const (
	maxLeadTokens  = 12 // how far into its sentence a claim may begin
	maxTailTokens  = 8  // how far before its sentence's end a claim may end
	minClaimTokens = 3  // the fewest tokens a cut leaves of a claim
	minCuts        = 2  // the fewest claims cut at a key before it cuts suggestions
)

func newClaimExtent() claimExtent {
	return claimExtent{lead: map[string]*cuts{}, tail: map[string]*cuts{}}
}

// learn counts the boundaries of sentence toks, whose claim spans the
// tokens from..to-1: the one where it begins (or ends) as a cut, those
// inside it as kept. Those outside it say nothing: the full stop after
// "…, she said" is not kept in a claim that ends at the comma.
func (x claimExtent) learn(text string, toks []annotations.Token, from, to int) {
	for k := range min(maxLeadTokens, len(toks)-1) { // the boundary after token k
		count(x.lead, leadKey(text, toks, k), k+1, from, to)
	}
	for k := max(1, len(toks)-maxTailTokens); k < len(toks); k++ { // the boundary before token k
		count(x.tail, tailKey(text, toks, k), k, to, from)
	}
}

// count counts the boundary before token k under key: a cut when the
// claim's edge is there, kept when it is inside the claim, whose other
// edge is other.
func count(m map[string]*cuts, key string, k, edge, other int) {
	inside := min(edge, other) < k && k < max(edge, other)
	if k != edge && !inside {
		return
	}
	c := m[key]
	if c == nil {
		c = &cuts{}
		m[key] = c
	}
	if k == edge {
		c.cut++
	} else {
		c.kept++
	}
}

// cutAt reports whether claims are cut at key.
func (x claimExtent) cutAt(m map[string]*cuts, key string) bool {
	c := m[key]
	return c != nil && c.cut >= minCuts && c.cut > c.kept
}

// extent is the tokens from..to-1 of sentence toks that a claim takes.
func (x claimExtent) extent(text string, toks []annotations.Token) (from, to int) {
	to = len(toks)
	for k := range min(maxLeadTokens, len(toks)-minClaimTokens) {
		if x.cutAt(x.lead, leadKey(text, toks, k)) {
			from = k + 1
			break
		}
	}
	for k := max(from+minClaimTokens, len(toks)-maxTailTokens); k < len(toks); k++ {
		if x.cutAt(x.tail, tailKey(text, toks, k)) {
			return from, k
		}
	}
	return from, to
}

// leadKey is the key of the boundary after token k of toks.
func leadKey(text string, toks []annotations.Token, k int) string {
	return boundaryKey(text, toks[k], toks[:k+1])
}

// tailKey is the key of the boundary before token k of toks.
func tailKey(text string, toks []annotations.Token, k int) string {
	return boundaryKey(text, toks[k], toks[k:])
}

func boundaryKey(text string, t annotations.Token, side []annotations.Token) string {
	key := strings.ToLower(text[t.Start:t.End])
	for _, s := range side {
		if reportingVerbs[strings.ToLower(text[s.Start:s.End])] {
			return key + "|reported"
		}
	}
	return key
}

// claimTokens is the tokens of sentence toks that the spans of label
// within r cover, from the first to the last, and whether there are any.
func claimTokens(spans []annotations.Span, label string, r annotations.Range, toks []annotations.Token) (from, to int, ok bool) {
	start, end := r.End, r.Start
	for _, s := range spans {
		if s.Label == label && s.End > r.Start && s.Start < r.End {
			start, end = min(start, max(s.Start, r.Start)), max(end, min(s.End, r.End))
		}
	}
	if start >= end {
		return 0, 0, false
	}
	from, to = len(toks), 0
	for i, t := range toks {
		if t.End > start && t.Start < end {
			from, to = min(from, i), i+1
		}
	}
	return from, to, from < to
}

func (x claimExtent) encode(e *encoder) {
	for _, m := range []map[string]*cuts{x.lead, x.tail} {
		e.uint(len(m))
		for _, k := range sortedKeys(m) {
			e.str(k)
			e.uint(m[k].cut)
			e.uint(m[k].kept)
		}
	}
}

func (x claimExtent) decode(d *decoder) {
	for _, m := range []map[string]*cuts{x.lead, x.tail} {
		for n := d.count(3); n > 0 && d.err == nil; n-- {
			k := d.str()
			if _, dup := m[k]; dup {
				d.fail("a boundary twice")
				return
			}
			m[k] = &cuts{cut: d.uint(), kept: d.uint()}
		}
	}
}

package patterns

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"sync"

	"spantag/annotations"
)

// Match is one match kept: a pattern's label over Text[Start:End] (byte
// offsets, whole tokens).
type Match struct {
	Start, End int
	Label      string
	ID         string // the pattern's id, else its line number
	Line       int    // the pattern's line in its file
	// Pattern is ID as a JSON value, a string or a number as the file
	// has it ("\"kp\"", "12"), the line number else ("3"): what an
	// accepted span carries as "pattern", as Prodigy's spans do.
	Pattern string
}

// Suggestion is the match as a suggestion of the core, its reason naming
// the pattern: "pattern line 3", or "pattern line 2 (id kp)" with its id;
// its id, else its line number, is what an accepted span carries as
// "pattern", as written (7 stays a number).
func (m Match) Suggestion() annotations.Suggestion {
	text := fmt.Sprintf("pattern line %d", m.Line)
	if m.Pattern != strconv.Itoa(m.Line) {
		text += " (id " + m.ID + ")"
	}
	return annotations.Suggestion{
		Span:    annotations.Span{Start: m.Start, End: m.End, Label: m.Label},
		Reasons: []annotations.Reason{{From: annotations.FromPattern, Text: text, Pattern: m.Pattern}},
	}
}

// Options say how phrase patterns match.
type Options struct {
	// Lower matches phrase patterns on LOWER (any case) rather than on
	// the exact text.
	Lower bool
}

// Matcher finds the matches of a patterns file's patterns. It is safe for
// concurrent use once made.
type Matcher struct {
	pats []Pattern
	// first maps the text (ORTH) or lower case form (LOWER) a match's
	// first token must have to the patterns that need it; others are the
	// other patterns, grouped by their first step.
	firstOrth, firstLower map[string][]int32
	others                []firstStep
	phraseLower           bool
	lowerWords            [][]string // with phraseLower, each phrase's words in lower case
	label                 []int32    // each pattern's label, numbered in label order
	scans                 sync.Pool  // of *scan, so that matching allocates little but the matches
}

// firstStep is the patterns whose matches start with a token that passes
// step (any token when it is nil).
type firstStep struct {
	step *step
	pats []int32
}

// NewMatcher makes a Matcher of patterns.
func NewMatcher(pats []Pattern, opts Options) *Matcher {
	m := &Matcher{pats: pats, firstOrth: map[string][]int32{}, firstLower: map[string][]int32{}, phraseLower: opts.Lower}
	m.scans.New = func() any { return &scan{m: m} }
	if opts.Lower {
		m.lowerWords = make([][]string, len(pats))
	}
	groups := map[string]int{}
	names := map[string]bool{}
	for i := range pats {
		m.index(int32(i), groups)
		names[pats[i].Label] = true
	}
	sorted := slices.Sorted(maps.Keys(names))
	for _, p := range pats {
		n, _ := slices.BinarySearch(sorted, p.Label)
		m.label = append(m.label, int32(n))
	}
	return m
}

func (m *Matcher) index(i int32, groups map[string]int) {
	p := &m.pats[i]
	switch {
	case p.words != nil && m.phraseLower:
		lower := make([]string, len(p.words))
		for k, w := range p.words {
			lower[k] = strings.ToLower(w)
		}
		m.lowerWords[i] = lower
		m.firstLower[lower[0]] = append(m.firstLower[lower[0]], i)
	case p.words != nil:
		m.firstOrth[p.words[0]] = append(m.firstOrth[p.words[0]], i)
	case p.steps[0].min > 0 && p.steps[0].keys != nil:
		to := m.firstOrth
		if p.steps[0].keyAttr == attrLower {
			to = m.firstLower
		}
		for _, k := range p.steps[0].keys {
			if l := to[k]; len(l) == 0 || l[len(l)-1] != i { // a key listed twice
				to[k] = append(l, i)
			}
		}
	default:
		first := &p.steps[0]
		if first.min == 0 {
			first = nil // the match may start with the next step
		}
		sig := ""
		if first != nil {
			sig = first.sig
		}
		g, ok := groups[sig]
		if !ok {
			g, groups[sig] = len(m.others), len(m.others)
			m.others = append(m.others, firstStep{step: first})
		}
		m.others[g].pats = append(m.others[g].pats, i)
	}
}

// Match returns the matches among toks, tokens of text in order (a
// document's Tokens(), or a run of them cut at line breaks: any run of
// whole lines gives the matches the whole document has there, so a
// caller can match a document a few lines at a time), for a document in
// language lang (ISO 639-1, "" when not known), sorted by start, end and
// label. Of overlapping matches of one label the longest is kept, then
// the earliest, then the one of the earlier line.
func (m *Matcher) Match(text string, toks []annotations.Token, lang string) []Match {
	var out []Match
	s := m.scans.Get().(*scan)
	defer m.scans.Put(s)
	s.lang = lang
	for from := 0; from < len(toks); {
		to := lineEnd(text, toks, from)
		n := len(out)
		out = s.run(text, toks[from:to], out)
		slices.SortFunc(out[n:], func(a, b Match) int {
			return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), cmp.Compare(a.Label, b.Label))
		})
		from = to
	}
	return out
}

// lineEnd is the index after the last token from toks[from] on that has
// no line break before it.
func lineEnd(text string, toks []annotations.Token, from int) int {
	for i := from + 1; i < len(toks); i++ {
		if strings.ContainsAny(text[toks[i-1].End:toks[i].Start], lineBreaks) {
			return i
		}
	}
	return len(toks)
}

// lineBreaks end the run of tokens a match may take: the line breaks of
// annotations.Document.Lines and the others of UAX #29 (rule WB3a).
const lineBreaks = "\n\r\v\f\u0085\u2028\u2029"

// candidate is a match found, before overlaps are settled: tokens
// [start, end) of the run, by pattern pat.
type candidate struct {
	start, end, pat int32
}

// scan is the work of one Match call, its buffers reused from run to run.
type scan struct {
	m     *Matcher
	lang  string
	views []tokenView
	found []candidate
	taken []bool
	nfa   nfa
}

// run finds the matches in one run of tokens with no line break between
// them and appends those kept to out.
func (s *scan) run(text string, toks []annotations.Token, out []Match) []Match {
	s.views = s.views[:0]
	for _, t := range toks {
		s.views = append(s.views, newView(text[t.Start:t.End], s.lang))
	}
	s.found = s.found[:0]
	for i := range s.views {
		s.tryAt(i)
	}
	return s.keep(toks, out)
}

// tryAt finds the matches that start at token i.
func (s *scan) tryAt(i int) {
	v := &s.views[i]
	for _, p := range s.m.firstOrth[v.orth] {
		s.try(i, p)
	}
	if len(s.m.firstLower) > 0 {
		for _, p := range s.m.firstLower[v.text(attrLower)] {
			s.try(i, p)
		}
	}
	for _, g := range s.m.others {
		if g.step != nil && !g.step.matches(v) {
			continue
		}
		for _, p := range g.pats {
			s.try(i, p)
		}
	}
}

func (s *scan) try(i int, pi int32) {
	if n := s.length(i, pi, len(s.views)); n > 0 {
		s.found = append(s.found, candidate{int32(i), int32(i + n), pi})
	}
}

// length is the number of tokens of the longest match of pattern pi from
// token i that ends by token limit, 0 when there is none.
func (s *scan) length(i int, pi int32, limit int) int {
	p := &s.m.pats[pi]
	if p.fixed {
		return fixedLength(p.steps, s.views[i:limit])
	}
	if p.words == nil {
		return s.nfa.longest(p.steps, s.views[i:limit])
	}
	if i+len(p.words) > limit {
		return 0
	}
	if s.m.phraseLower {
		for k, w := range s.m.lowerWords[pi] {
			if s.views[i+k].text(attrLower) != w {
				return 0
			}
		}
		return len(p.words)
	}
	for k, w := range p.words {
		if s.views[i+k].orth != w {
			return 0
		}
	}
	return len(p.words)
}

// fixedLength is the length of steps, each of which takes one token, when
// they match the start of views, else 0.
func fixedLength(steps []step, views []tokenView) int {
	if len(steps) > len(views) {
		return 0
	}
	for k := range steps {
		if !steps[k].matches(&views[k]) {
			return 0
		}
	}
	return len(steps)
}

// keep settles overlaps label by label, as spaCy's EntityRuler does
// (filter_spans over every match): the longest match first, then the
// earliest, each kept unless it overlaps one kept before. Only each
// pattern's longest match from a token is a candidate at first; when it
// overlaps a match kept, the longest that ends before that one takes its
// place among the candidates still to come.
func (s *scan) keep(toks []annotations.Token, out []Match) []Match {
	pats, label := s.m.pats, s.m.label
	slices.SortFunc(s.found, func(a, b candidate) int {
		return cmp.Or(cmp.Compare(label[a.pat], label[b.pat]), s.compare(a, b))
	})
	s.taken = slices.Grow(s.taken[:0], len(toks))[:len(toks)]
	for i := 0; i < len(s.found); i++ {
		c := s.found[i]
		if i == 0 || label[c.pat] != label[s.found[i-1].pat] {
			clear(s.taken)
		}
		if free := s.freeFrom(c); free < int(c.end) {
			if n := s.length(int(c.start), c.pat, free); n > 0 {
				s.requeue(i, candidate{c.start, c.start + int32(n), c.pat})
			}
			continue
		}
		for k := c.start; k < c.end; k++ {
			s.taken[k] = true
		}
		p := &pats[c.pat]
		out = append(out, Match{Start: toks[c.start].Start, End: toks[c.end-1].End, Label: p.Label, ID: p.id(), Line: p.Line, Pattern: p.idValue()})
	}
	return out
}

// compare orders candidates of one label: the longest first, then the
// earliest, then the one of the earlier line.
func (s *scan) compare(a, b candidate) int {
	return cmp.Or(cmp.Compare(b.end-b.start, a.end-a.start), cmp.Compare(a.start, b.start), cmp.Compare(a.pat, b.pat))
}

// requeue puts c, a shorter candidate for s.found[i], in its place among
// the candidates after i of its label.
func (s *scan) requeue(i int, c candidate) {
	label := s.m.label[c.pat]
	end := i + 1
	for end < len(s.found) && s.m.label[s.found[end].pat] == label {
		end++
	}
	at, _ := slices.BinarySearchFunc(s.found[i+1:end], c, s.compare)
	s.found = slices.Insert(s.found, i+1+at, c)
}

// freeFrom is the first token from c's start on that a match kept takes,
// or c's end.
func (s *scan) freeFrom(c candidate) int {
	for k := c.start; k < c.end; k++ {
		if s.taken[k] {
			return int(k)
		}
	}
	return int(c.end)
}

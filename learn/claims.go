package learn

import (
	"slices"
	"strings"

	"spantag/annotations"
)

// ClaimClassifier decides, sentence by sentence, whether a sentence is a
// claim: logistic regression over its hashed word unigrams and bigrams and
// a few cues (a reporting verb, a quotation mark, a number, a percentage).
// A claim suggested takes of its sentence what the claims learnt from took
// (extent.go).
type ClaimClassifier struct {
	label  string
	model  logistic
	extent claimExtent
}

func newClaimClassifier(label string) *ClaimClassifier {
	return &ClaimClassifier{label: label, model: newLogistic(), extent: newClaimExtent()}
}

// Cue features, hashed like the n-grams.
const (
	tUnigram byte = iota + 64
	tBigram
	tCue
)

// reportingVerbs are English words that report what someone said or found.
var reportingVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields("said says say told tells according claimed claims claim reported reports " +
		"announced announces stated states estimate estimates estimated warned warns argued argues insisted " +
		"insists added adds denied denies confirmed confirms believes believe suggested suggests noted notes " +
		"explained explains predicted predicts expects expected") {
		reportingVerbs[w] = true
	}
}

// sentenceFeatures are the features of the sentence r of d, whose tokens
// are toks.
func sentenceFeatures(text string, toks []annotations.Token) []fv {
	x := make([]fv, 0, 2*len(toks)+8)
	prev := "<s>"
	cues := map[string]bool{}
	for _, t := range toks {
		w := strings.ToLower(text[t.Start:t.End])
		x = append(x, fv{feature(tUnigram).str(w), 1}, fv{feature(tBigram).str(prev).sep().str(w), 1})
		prev = w
		switch {
		case reportingVerbs[w]:
			cues["reporting"] = true
		case strings.ContainsAny(w, "\"“”«»„"):
			cues["quote"] = true
		case w == "%" || w == "percent" || w == "per":
			cues["percent"] = true
		case strings.ContainsAny(w, "0123456789"):
			cues["number"] = true
		}
	}
	x = append(x, fv{feature(tBigram).str(prev).sep().str("</s>"), 1})
	if !endsSentence(prev) {
		cues["unended"] = true // a headline, a list item, a caption
	}
	for _, c := range []string{"reporting", "quote", "percent", "number", "unended"} {
		if cues[c] {
			x = append(x, fv{feature(tCue).str(c), 1})
		}
	}
	return x
}

// endsSentence reports whether w, a sentence's last word, ends it as prose
// does: a full stop, a question or exclamation mark, or a quotation closed
// after one.
func endsSentence(w string) bool {
	w = strings.TrimRight(w, "\"'”’»)")
	return strings.HasSuffix(w, ".") || strings.HasSuffix(w, "!") || strings.HasSuffix(w, "?") || strings.HasSuffix(w, "…") || w == ""
}

// sentence is one sentence of a document with its tokens and features.
type sentence struct {
	annotations.Range
	toks []annotations.Token
	x    []fv
}

func sentences(d segmented) []sentence {
	toks := d.toks
	out := make([]sentence, 0, len(d.sents))
	k := 0
	for _, r := range d.sents {
		for k < len(toks) && toks[k].Start < r.Start {
			k++
		}
		from := k
		for k < len(toks) && toks[k].End <= r.End {
			k++
		}
		out = append(out, sentence{r, toks[from:k], sentenceFeatures(d.Text, toks[from:k])})
	}
	return out
}

// Learn trains on every sentence of d: a sentence is a claim when claim
// spans cover at least half of it; where they begin and end in it, the
// extent of the claims it suggests.
func (c *ClaimClassifier) Learn(d *annotations.Document) { c.learn(segment(d)) }

func (c *ClaimClassifier) learn(d segmented) {
	for _, s := range sentences(d) {
		c.model.learn(s.x, Covers(d.Spans, c.label, s.Range))
		if from, to, ok := claimTokens(d.Spans, c.label, s.Range, s.toks); ok {
			c.extent.learn(d.Text, s.toks, from, to)
		}
	}
}

// Covers reports whether spans of label, in any order, cover at least half
// of the bytes of r.
func Covers(spans []annotations.Span, label string, r annotations.Range) bool {
	var in []annotations.Span
	for _, s := range spans {
		if s.Label == label && s.End > r.Start && s.Start < r.End {
			in = append(in, s)
		}
	}
	slices.SortFunc(in, func(a, b annotations.Span) int { return a.Start - b.Start })
	n, upTo := 0, r.Start
	for _, s := range in {
		if s.End > upTo {
			n += min(s.End, r.End) - max(s.Start, upTo)
			upTo = min(s.End, r.End)
		}
	}
	return n > 0 && 2*n >= r.End-r.Start
}

// predict scores every sentence of d; those more likely claims than not
// are suggested (an untrained model, at 0.5 for all, suggests nothing).
func (c *ClaimClassifier) predict(d segmented) ([]Suggestion, []float64) {
	var out []Suggestion
	var probs []float64
	for _, s := range sentences(d) {
		p := c.model.prob(s.x)
		probs = append(probs, p)
		if p > 0.5 {
			r := c.claimIn(d.Text, s)
			out = append(out, Suggestion{Start: r.Start, End: r.End, Label: c.label, Score: p})
		}
	}
	return out, probs
}

// claimIn is the stretch of sentence s a claim suggested in it takes.
func (c *ClaimClassifier) claimIn(text string, s sentence) annotations.Range {
	from, to := c.extent.extent(text, s.toks)
	r := s.Range
	if from > 0 {
		r.Start = s.toks[from].Start
	}
	if to < len(s.toks) {
		r.End = s.toks[to-1].End
	}
	return r
}

// Predict suggests the claims of d.
func (c *ClaimClassifier) Predict(d *annotations.Document) []Suggestion {
	out, _ := c.predict(segment(d))
	return out
}

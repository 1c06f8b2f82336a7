package learn

import (
	"math"
	"slices"
	"strings"

	"spantag/annotations"
)

// Tagger finds entities: an averaged structured perceptron over the BILUO
// tags of each line's tokens (entities never cross a line break).
type Tagger struct {
	labels   []string
	entity   map[string]int // label name to index
	tagNames []string       // "O", "B-ENTITY", ...
	weights  perceptron
	gaz      gazetteer
	// Tokens of confirmed entity texts met in lines confirmed as boilerplate, and
	// how many of them the annotator tagged there too (see NamesInBoilerplate).
	boilerNames, boilerNamed int
	// In how many of the documents learnt each lower-case word was (see spread).
	df   map[hash]int
	docs int
}

func newTagger(labels []string) *Tagger {
	tg := &Tagger{labels: labels, entity: map[string]int{}, tagNames: []string{"O"},
		weights: newPerceptron(numTags(len(labels))), gaz: newGazetteer(), df: map[hash]int{}}
	for k, l := range labels {
		tg.entity[l] = k
		for _, p := range []string{"B-", "I-", "L-", "U-"} {
			tg.tagNames = append(tg.tagNames, p+l)
		}
	}
	return tg
}

// sequences is a document as the tagger reads it: its tokens, what the
// features need of each, and the lines as ranges of token indexes.
type sequences struct {
	toks  []annotations.Token
	seq   []seqToken
	lines [][2]int
}

func (tg *Tagger) read(d segmented) sequences {
	s := sequences{toks: d.toks}
	s.seq = make([]seqToken, len(s.toks))
	sents := d.sents
	shapes := map[string]string{} // a document has few shapes: each is kept once
	for i, t := range s.toks {
		text := d.Text[t.Start:t.End]
		for len(sents) > 0 && sents[0].End <= t.Start {
			sents = sents[1:]
		}
		sh := shape(text)
		if kept, ok := shapes[sh]; ok {
			sh = kept
		} else {
			shapes[sh] = sh
		}
		lower := strings.ToLower(text)
		s.seq[i] = seqToken{text: text, lower: lower, shape: sh,
			sentStart: len(sents) > 0 && sents[0].Start == t.Start, spread: tg.spread(lower)}
	}
	k := 0
	for _, l := range d.Lines() {
		from := k
		for k < len(s.toks) && s.toks[k].Start < l.Next {
			k++
		}
		if k > from {
			s.lines = append(s.lines, [2]int{from, k})
			tg.gaz.mark(s.seq[from:k], tg.tagNames)
		}
	}
	return s
}

// featureBuffer holds the features of one line's tokens, reused from line
// to line so that a long document does not allocate them token by token.
type featureBuffer struct {
	flat  []hash
	feats [][]hash
}

// of lists the features of every token of seq, one line; they stay valid
// until the next call.
func (b *featureBuffer) of(seq []seqToken) [][]hash {
	b.flat, b.feats = b.flat[:0], b.feats[:0]
	ends := make([]int, len(seq))
	for i := range seq {
		b.flat = tokenFeatures(b.flat, seq, i)
		ends[i] = len(b.flat)
	}
	start := 0
	for _, end := range ends {
		b.feats = append(b.feats, b.flat[start:end:end])
		start = end
	}
	return b.feats
}

// passes is how many times the tagger goes over a document it learns: a
// second pass corrects what the first left wrong (on the generated corpus,
// F1 over documents 1–10 goes from 0.75 to 0.80 and over 11–25 from 0.94
// to 0.96; a third pass does no better over 11–50).
const passes = 2

// Learn trains the tagger on a document's confirmed entity spans, one
// perceptron step per line and pass, then adds their texts to the gazetteer (after,
// so that training sees the gazetteer as prediction will: without the
// document's own names).
func (tg *Tagger) Learn(d *annotations.Document) { tg.learn(segment(d), "") }

// learn learns from d's lines but those that spans of label boilerplate cover and
// that leave a name untagged, one confirmed in d or before: many annotators tag a
// line as boilerplate and leave its names ("Trending in Brackenford"), whose tokens
// are then no evidence of what is not a name.
func (tg *Tagger) learn(d segmented, boilerplate string) {
	s := tg.read(d)
	gold := goldTags(s.toks, d.Spans, tg.entity)
	var buf featureBuffer
	lat := newLattice(0, tg.weights.tags)
	own := newGazetteer() // d's names
	for _, l := range s.lines {
		cutAtEdges(gold[l[0]:l[1]])
		for _, e := range tagSpans(gold[l[0]:l[1]]) {
			own.add(s.seq[l[0]+e.first:l[0]+e.last+1], e.label)
		}
	}
	var annotated [][2]int
	for _, l := range s.lines {
		r := annotations.Range{Start: s.toks[l[0]].Start, End: s.toks[l[1]-1].End}
		if boilerplate == "" || !Covers(d.Spans, boilerplate, r) || !tg.countBoilerNames(s.seq[l[0]:l[1]], gold[l[0]:l[1]], &own) {
			annotated = append(annotated, l)
		}
	}
	for range passes {
		for _, l := range annotated {
			tg.weights.learn(buf.of(s.seq[l[0]:l[1]]), gold[l[0]:l[1]], lat)
		}
	}
	for _, l := range s.lines {
		for _, e := range tagSpans(gold[l[0]:l[1]]) {
			tg.gaz.add(s.seq[l[0]+e.first:l[0]+e.last+1], e.label)
		}
	}
	for _, l := range annotated {
		tg.gaz.count(s.seq[l[0]:l[1]], gold[l[0]:l[1]])
	}
	tg.countWords(s.seq)
}

// minSpreadDocs is how many documents the tagger learns from before it
// counts in how many of them a word was.
const minSpreadDocs = 5

// spread names the share of the documents learnt that held the word lower:
// a capitalised word most pages have is a common noun ("Stadt", "Council").
func (tg *Tagger) spread(lower string) string {
	if tg.docs < minSpreadDocs {
		return ""
	}
	share := float64(tg.df[feature(tWord).str(lower)]) / float64(tg.docs)
	switch {
	case share == 0:
		return "none"
	case share < 0.1:
		return "rare"
	case share < 0.3:
		return "some"
	}
	return "common"
}

// countWords counts the words of a document learnt.
func (tg *Tagger) countWords(seq []seqToken) {
	seen := map[hash]bool{}
	for _, t := range seq {
		if h := feature(tWord).str(t.lower); !seen[h] {
			seen[h] = true
			tg.df[h]++
		}
	}
	tg.docs++
}

// countBoilerNames counts the tokens of a boilerplate line that are in names
// confirmed before (the gazetteer's marks) or in own, and those of them tagged;
// it tells whether one was left untagged.
func (tg *Tagger) countBoilerNames(seq []seqToken, gold []int, own *gazetteer) bool {
	left := false
	for i := 0; i < len(seq); {
		n, _ := own.match(seq[i:])
		if n == 0 {
			for i+n < len(seq) && seq[i+n].gaz != "" {
				n++
			}
		}
		for k := i; k < i+n; k++ {
			tg.boilerNames++
			if gold[k] != tagO {
				tg.boilerNamed++
			} else {
				left = true
			}
		}
		i += max(n, 1)
	}
	return left
}

// minBoilerNames is how many tokens of known names in boilerplate lines it
// takes to tell whether the annotator tags names there.
const minBoilerNames = 2

// NamesInBoilerplate is false once the documents learnt show that the
// annotator leaves most known names untagged in the lines they confirm as
// boilerplate ("Trending in Brackenford"): entities the model would suggest
// in lines of boilerplate are then no help. An annotator may tag them too
// ("Related: Mayor Okafor resigns").
func (tg *Tagger) NamesInBoilerplate() bool {
	return tg.boilerNames < minBoilerNames || 2*tg.boilerNamed >= tg.boilerNames
}

// Suggestion is a span the model suggests, with its score in 0..1.
type Suggestion struct {
	Start int     `json:"start"`
	End   int     `json:"end"`
	Label string  `json:"label"`
	Score float64 `json:"score"`
	// When the score is the annotator's record of the text: the times it was
	// tagged so in the documents learnt, and seen there.
	Tagged int `json:"tagged,omitempty"`
	Seen   int `json:"seen,omitempty"`
}

// predict suggests the entities of d and gives every token's margin.
func (tg *Tagger) predict(d segmented) ([]Suggestion, []float64) {
	s := tg.read(d)
	var out []Suggestion
	margins := make([]float64, 0, len(s.toks))
	var buf featureBuffer
	lat := newLattice(0, tg.weights.tags)
	tg.weights.transitions(true, lat.trans) // the weights do not change while predicting
	for _, l := range s.lines {
		tg.weights.decode(buf.of(s.seq[l[0]:l[1]]), true, lat)
		margins = append(margins, lat.margin...)
		spans := tagSpans(lat.best)
		tagged := slices.Clone(spans)
		tg.gaz.extend(s.seq[l[0]:l[1]], spans)
		found := make([]foundSpan, len(spans))
		for k, e := range spans {
			m := math.Inf(1)
			for i := e.first; i <= tagged[k].last; i++ { // the tokens the tagger tagged
				m = min(m, lat.margin[i])
			}
			found[k] = foundSpan{tagSpan: e, score: confidence(m)}
		}
		for _, f := range tg.gaz.recall(s.seq[l[0]:l[1]], found) {
			out = append(out, Suggestion{Start: s.toks[l[0]+f.first].Start, End: s.toks[l[0]+f.last].End,
				Label: tg.labels[f.label], Score: f.score, Tagged: f.record.tagged, Seen: f.record.tagged + f.record.other})
		}
	}
	return out, margins
}

// Predict suggests the entities of d.
func (tg *Tagger) Predict(d *annotations.Document) []Suggestion {
	out, _ := tg.predict(segment(d))
	return out
}

// marginScale is the margin that scores 0.63 (1 - 1/e). A token has about
// 20 features; on the generated corpus the margins of right entities are
// mostly above 14 (median 33), those of wrong ones mostly below 15 (median
// 4), so that scores spread over 0..1 where a threshold can tell them apart.
const marginScale = 10

// confidence maps a margin (how far the best tags are ahead) into 0..1.
func confidence(margin float64) float64 { return 1 - math.Exp(-max(margin, 0)/marginScale) }

package suggest

import (
	"fmt"
	"strings"
	"sync"

	"spantag/annotations"
	"spantag/boiler"
	"spantag/learn"
)

// The boilerplate model: each dataset's line classifier (learn's
// LineClassifier, part of its model) learns, from every document the model
// learns, which of the heuristic's evidence tells the lines the annotator
// confirmed as boilerplate (suggestions accepted, lines tagged) from the
// others (suggestions rejected, lines left). Once it has learnt enough of
// both, its decision replaces the heuristic's for that dataset: one
// suggestion per line still, whose reason gives both. Lines are learnt
// without the page's HTML regions, which the stored documents do not keep:
// the classifier gives links and page regions no weight.

// learnDoc has m learn d: its entities and claims, and its lines. The
// lines' evidence counts repetition in the dataset's corpus as it stands
// (its documents fed, those shown and those learnt): training is
// deterministic for a given order and corpus.
func learnDoc(dataset string, m *learn.Model, d *annotations.Document) {
	m.Learn(d)
	c := corpusOf(dataset)
	c.Add(d.Text)
	decisions, evidence := c.Evidence(boiler.Page{Text: d.Text}, boiler.DefaultThreshold)
	for i, dec := range decisions {
		if evidence[i] != nil {
			m.Lines.Learn(evidence[i], confirmedBoilerplate(d, dec, m.Labels.Boilerplate))
		}
	}
}

// confirmedBoilerplate reports whether spans of label cover at least half
// of the line of dec, white space at its ends aside.
func confirmedBoilerplate(d *annotations.Document, dec boiler.Decision, label string) bool {
	line := d.Text[dec.Start:dec.End]
	start := dec.Start + len(line) - len(strings.TrimLeft(line, " \t\r"))
	end := dec.Start + len(strings.TrimRight(line, " \t\r"))
	covered := 0
	for _, s := range d.Spans {
		if s.Label == label {
			covered += max(0, min(end, s.End)-max(start, s.Start))
		}
	}
	return end > start && 2*covered >= end-start
}

// boilerplateLines are the lines of d that the boilerplate source suggests
// (by the heuristic, with the dataset's corpus, or by lines once it is
// trained, as lineSuggestion decides) or that spans of label cover, in
// order: where an annotator who leaves names untagged in boilerplate wants
// no entity suggested.
func boilerplateLines(d *annotations.Document, lines *learn.LineClassifier, decided lineEvidence, label string) []annotations.Range {
	if !lines.Trained() {
		lines = nil
	}
	var out []annotations.Range
	decisions, evidence := decided()
	for i, dec := range decisions {
		if _, yes := lineSuggestion(d, dec, evidence[i], lines, boiler.DefaultThreshold); yes || confirmedBoilerplate(d, dec, label) {
			out = append(out, annotations.Range{Start: dec.Start, End: dec.End})
		}
	}
	return out
}

// lineEvidence gives the boilerplate heuristic's decisions on a document's
// lines and their evidence, with its dataset's corpus.
type lineEvidence func() ([]boiler.Decision, []map[string]float64)

// evidenceOnce is lineEvidence for d in dataset, worked out once, when first
// asked for.
func evidenceOnce(dataset string, d *annotations.Document) lineEvidence {
	return sync.OnceValues(func() ([]boiler.Decision, []map[string]float64) {
		return corpusOf(dataset).Evidence(boiler.Page{Text: d.Text}, boiler.DefaultThreshold)
	})
}

// lineModel runs decide with dataset's line classifier once it is
// trained (else with nil), holding the models' lock.
func lineModel(dataset string, decide func(*learn.LineClassifier)) {
	models.mu.Lock()
	defer models.mu.Unlock()
	if l, ok := models.sets[dataset]; ok && l.model.Lines.Trained() {
		decide(l.model.Lines)
		return
	}
	decide(nil)
}

// lineSuggestion is the boilerplate suggestion of the line of dec, if it
// is boilerplate: by the heuristic, or by lines with the line's evidence
// when it is trained.
func lineSuggestion(d *annotations.Document, dec boiler.Decision, evidence map[string]float64, lines *learn.LineClassifier, threshold float64) (annotations.Suggestion, bool) {
	score, yes := dec.Score, dec.Boilerplate
	text := dec.Why()
	if lines != nil && evidence != nil {
		score = lines.Prob(evidence)
		yes = score >= threshold
		text = fmt.Sprintf("boilerplate %.2f (model), heuristic %.2f: %s", score, dec.Score, dec.Reason)
	}
	if !yes {
		return annotations.Suggestion{}, false
	}
	s, err := d.BlockSpan(dec.Start, boilerplateLabel)
	if err != nil {
		return annotations.Suggestion{}, false // a line of white space
	}
	why := annotations.Reason{From: annotations.FromBoilerplate, Text: text, Score: score}
	return annotations.Suggestion{Span: s, Reasons: []annotations.Reason{why}}, true
}

// modelLines are the lines of d that the trained line classifier decides
// are boilerplate, as the model's own suggestions, scored by it: with the
// boilerplate source turned off too, the model suggests them (with it on,
// the two sources suggest the same lines, one suggestion each with both
// reasons). None before the classifier is trained.
func (l *learner) modelLines(d *annotations.Document, decided lineEvidence) []learn.Suggestion {
	if !l.model.Lines.Trained() {
		return nil
	}
	var out []learn.Suggestion
	decisions, evidence := decided()
	for i, dec := range decisions {
		if evidence[i] == nil {
			continue
		}
		if s, err := d.BlockSpan(dec.Start, l.labels.Boilerplate); err == nil {
			out = append(out, learn.Suggestion{Start: s.Start, End: s.End, Label: l.labels.Boilerplate, Score: l.model.Lines.Prob(evidence[i])})
		}
	}
	return out
}

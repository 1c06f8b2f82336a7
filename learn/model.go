package learn

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"

	"spantag/annotations"
)

// Labels say which labels each model learns: the entity labels the tagger
// tells apart, the claim label and the boilerplate label.
type Labels struct {
	Entities    []string
	Claim       string
	Boilerplate string
}

// DefaultLabels fit spantag's default label set.
var DefaultLabels = Labels{Entities: []string{"ENTITY"}, Claim: "CLAIM", Boilerplate: "BOILERPLATE"}

// LabelsOf are the models' labels for a dataset's label set: CLAIM and
// BOILERPLATE, which the core's exports treat as such, and every other
// label of the set as an entity label (the first 15).
func LabelsOf(set annotations.LabelSet) Labels {
	l := Labels{Claim: "CLAIM", Boilerplate: "BOILERPLATE"}
	for _, name := range set.Names() {
		if name != l.Claim && name != l.Boilerplate && len(l.Entities) < maxEntityLabels {
			l.Entities = append(l.Entities, name)
		}
	}
	return l
}

// All lists every label, entities first: the order scores are kept in.
func (l Labels) All() []string { return append(slices.Clip(l.Entities), l.Claim, l.Boilerplate) }

func (l Labels) check() error {
	if len(l.Entities) > maxEntityLabels {
		return fmt.Errorf("learn: %d entity labels; a model tells apart at most %d", len(l.Entities), maxEntityLabels)
	}
	all := l.All()
	for i, name := range all {
		if strings.TrimSpace(name) == "" {
			return errors.New("learn: a label of the model has no name")
		}
		if slices.Contains(all[:i], name) {
			return fmt.Errorf("learn: the label %q is given to two models", name)
		}
	}
	return nil
}

// Model is the three models of a dataset. Learn trains the entity tagger
// and the claim classifier on one answered document; the line classifier
// learns from the evidence a caller gives (see LineClassifier). A model is
// not safe for concurrent use. Its labels are fixed: when the dataset's
// change, train a new one (Train with LabelsOf).
type Model struct {
	Labels   Labels
	Entities *Tagger
	Claims   *ClaimClassifier
	Lines    *LineClassifier
	Learnt   int // documents learnt from
}

// New makes an untrained model for labels.
func New(labels Labels) (*Model, error) {
	if err := labels.check(); err != nil {
		return nil, err
	}
	return &Model{Labels: labels, Entities: newTagger(slices.Clone(labels.Entities)),
		Claims: newClaimClassifier(labels.Claim), Lines: newLineClassifier()}, nil
}

// Train is a model of labels trained on docs in order: what to do, from
// scratch, when a document learnt from was edited or its answer changed.
func Train(labels Labels, docs []*annotations.Document) (*Model, error) {
	m, err := New(labels)
	if err != nil {
		return nil, err
	}
	for _, d := range docs {
		m.Learn(d)
	}
	return m, nil
}

// Learn trains on d's confirmed spans, as they stand: every span of the
// models' labels is right and every other stretch of text is not one (so
// only documents whose work is finished should be learnt, as accepted
// ones). Learning documents in the same order always gives the same model.
func (m *Model) Learn(d *annotations.Document) {
	s := segment(d)
	m.Entities.learn(s, m.Labels.Boilerplate)
	m.Claims.learn(s)
	m.Learnt++
}

// Suggest is the entities and claims the model finds in d, in the order of
// their offsets, each with its score.
func (m *Model) Suggest(d *annotations.Document) []Suggestion {
	s := segment(d)
	entities, _ := m.Entities.predict(s)
	claims, _ := m.Claims.predict(s)
	out := append(entities, claims...)
	slices.SortStableFunc(out, func(a, b Suggestion) int {
		return cmp.Or(cmp.Compare(a.Start, b.Start), cmp.Compare(a.End, b.End), strings.Compare(a.Label, b.Label))
	})
	return out
}

// segmented is a document with its tokens and sentences, worked out once
// for all the models.
type segmented struct {
	*annotations.Document
	toks  []annotations.Token
	sents []annotations.Range
}

func segment(d *annotations.Document) segmented {
	return segmented{d, d.Tokens(), d.Sentences()}
}

// Reason is what a person reads about a suggestion: "model 0.82", or "model
// 0.96 (tagged 22 of 22 times seen)" when that is where its score comes from.
func (s Suggestion) Reason() string {
	if s.Seen > 0 {
		return fmt.Sprintf("model %.2f (tagged %d of %d times seen)", s.Score, s.Tagged, s.Seen)
	}
	return fmt.Sprintf("model %.2f", s.Score)
}

// OutsideBoilerplate drops the entity suggestions of sugg that lie in one of
// the boilerplate lines given, when the annotator leaves names untagged in
// such lines (Tagger.NamesInBoilerplate); the others stay.
func (m *Model) OutsideBoilerplate(sugg []Suggestion, boilerplate []annotations.Range) []Suggestion {
	if m.Entities.NamesInBoilerplate() || len(boilerplate) == 0 {
		return sugg
	}
	isEntity := map[string]bool{}
	for _, l := range m.Labels.Entities {
		isEntity[l] = true
	}
	return slices.DeleteFunc(sugg, func(s Suggestion) bool {
		if !isEntity[s.Label] {
			return false
		}
		i := sort.Search(len(boilerplate), func(i int) bool { return boilerplate[i].End > s.Start })
		return i < len(boilerplate) && boilerplate[i].Start <= s.Start && s.End <= boilerplate[i].End
	})
}

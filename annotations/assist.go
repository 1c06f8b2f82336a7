package annotations

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
)

// Assist is what a dataset keeps for the sources of its suggestions: the
// patterns file, the spans whose words are suggested on every occurrence
// across the dataset, the sources turned off and the boilerplate
// threshold. The suggestions themselves are computed for a document when
// it is shown; only the decisions on them are stored.
type Assist struct {
	Patterns     string   `json:"patterns,omitempty"`      // the patterns file, as read
	PatternsName string   `json:"patterns_name,omitempty"` // its name
	Occurrences  []Needle `json:"occurrences,omitempty"`   // suggested in every document
	Off          []From   `json:"off,omitempty"`           // sources turned off
	On           []From   `json:"on,omitempty"`            // sources off by default turned on
	Threshold    float64  `json:"threshold,omitempty"`     // boilerplate: 0 for the default
	// ModelThreshold is the score a model's suggestion needs: 0 for
	// DefaultModelThreshold.
	ModelThreshold float64 `json:"model_threshold,omitempty"`
	// LeastSureFirst orders the queue by the model: Next goes to the
	// document of a window ahead the model is least sure of (order.go).
	LeastSureFirst bool `json:"least_sure_first,omitempty"`
	// Order is the documents in the order chosen so far by LeastSureFirst,
	// kept so that a reload does not reshuffle them.
	Order []int `json:"order,omitempty"`
	// LearnUnanswered has the model learn, besides the accepted documents,
	// those not answered that have spans.
	LearnUnanswered bool `json:"learn_unanswered,omitempty"`
	// Review names the annotators' files a review dataset was made of, so
	// that opening them for review again continues it.
	Review string `json:"review,omitempty"`
}

// isDefault reports whether a is what a new dataset has: nothing to store.
func (a Assist) isDefault() bool {
	return a.Patterns == "" && len(a.Occurrences)+len(a.Off)+len(a.On)+len(a.Order) == 0 &&
		a.Threshold == 0 && a.ModelThreshold == 0 && !a.LeastSureFirst && !a.LearnUnanswered && a.Review == ""
}

// DefaultModelThreshold is the score a model's suggestion needs unless the
// dataset says otherwise.
const DefaultModelThreshold = 0.5

// ModelCut is the score a model's suggestion needs in this dataset.
func (a Assist) ModelCut() float64 {
	if a.ModelThreshold == 0 {
		return DefaultModelThreshold
	}
	return a.ModelThreshold
}

// Needle is the words of a span, suggested with its label wherever they
// occur: whole tokens, in any case when Fold.
type Needle struct {
	Label string `json:"label"`
	Text  string `json:"text"`
	Fold  bool   `json:"fold,omitempty"`
}

// Computes reports whether the dataset has sources that compute
// suggestions for its documents: a patterns file, or words suggested on
// every occurrence.
func (a Assist) Computes() bool {
	return a.Patterns != "" || len(a.Occurrences) > 0 || a.IsOn(FromBoilerplate)
}

// Suggests reports whether a document shown gets suggestions computed for
// it: Computes, or the model's, when it is on.
func (a Assist) Suggests() bool {
	return a.Computes() || a.IsOn(FromModel)
}

// offByDefault are the sources a dataset starts without: boilerplate
// suggests on many lines of every document, so the annotator asks for it.
var offByDefault = []From{FromBoilerplate}

// ReviewAssist is what the review of the files named files (Review)
// starts with: its suggestions are its disagreements, the spans some
// annotators made, so the sources that suggest what no annotator made are
// off (the reviewer may turn them on).
func ReviewAssist(files string) Assist {
	return Assist{Off: []From{FromPattern, FromOccurrence, FromModel}, Review: files}
}

// IsOn reports whether the source from is turned on.
func (a Assist) IsOn(from From) bool {
	if slices.Contains(offByDefault, from) {
		return slices.Contains(a.On, from)
	}
	return !slices.Contains(a.Off, from)
}

// Turn turns the source from on or off.
func (a *Assist) Turn(from From, on bool) {
	not := func(f From) bool { return f == from }
	a.Off, a.On = slices.DeleteFunc(slices.Clone(a.Off), not), slices.DeleteFunc(slices.Clone(a.On), not) // copies: a copy of a keeps its own
	switch byDefault := !slices.Contains(offByDefault, from); {
	case on && !byDefault:
		a.On = append(a.On, from)
	case !on && byDefault:
		a.Off = append(a.Off, from)
	}
}

// AddNeedle adds n, unless the dataset has it already; it reports whether
// it was added.
func (a *Assist) AddNeedle(n Needle) bool {
	if slices.Contains(a.Occurrences, n) {
		return false
	}
	a.Occurrences = append(a.Occurrences, n)
	return true
}

// SuggestJob asks for the suggestions of one document: those of the
// dataset's sources that are on, or with Like only those of every other
// occurrence of the words of that span. It is the worker's "suggest" job.
type SuggestJob struct {
	Dataset string   `json:"dataset,omitempty"` // the dataset's key: its documents' lines are counted together
	Assist  Assist   `json:"assist"`
	Labels  []string `json:"labels"` // the dataset's labels, which patterns must use
	Text    string   `json:"text"`
	Spans   []Span   `json:"spans,omitempty"` // occurrences inside a span of their label are skipped
	Like    *Needle  `json:"like,omitempty"`
	// Regions are what a page imported from HTML had inside links, navs,
	// footers and asides: the boilerplate source's link density.
	Regions HTMLRegions `json:"regions,omitempty"`
}

// FeedJob gives the boilerplate source documents of a dataset to count
// their lines (repetition across the dataset is its strongest evidence)
// before they are shown. It is the worker's "suggest.feed" job.
type FeedJob struct {
	Dataset string   `json:"dataset"`
	Texts   []string `json:"texts"`
}

// SuggestReply is the suggestions of a SuggestJob, and the patterns file's
// lines that could not be used ("line 3: ..."). It goes from the worker to
// the page packed (MarshalBinary): tens of thousands of suggestions as
// JSON took the page's thread most of a second to read.
type SuggestReply struct {
	Suggestions []Suggestion `json:"-"`
	Refused     []string     `json:"refused,omitempty"`
	Patterns    int          `json:"patterns"` // the usable patterns
}

// IsPatternsFile reports whether a file starting with head is a patterns
// file rather than documents: its first line that is a JSON object is one
// with the keys "label" and "pattern" (in either case) and no "text". A
// patterns file may be opened through the same file input as documents,
// recognised by this shape; lines before it that are not JSON objects (a
// line cut short) are the reader's to report, by number, in either kind.
func IsPatternsFile(head []byte) bool {
	for line := range bytes.Lines(bytes.TrimPrefix(head, []byte("\ufeff"))) {
		var keys map[string]json.RawMessage
		if json.Unmarshal(line, &keys) != nil {
			continue
		}
		has := map[string]bool{}
		for k := range keys {
			has[strings.ToLower(k)] = true
		}
		return has["label"] && has["pattern"] && !has["text"]
	}
	return false
}

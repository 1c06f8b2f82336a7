package annotations

// The model source's jobs (package suggest runs them in the worker, which
// keeps one model per dataset): the page asks for the suggestions of the
// document shown and tells the model what became of each document.

// ModelSuggestJob asks for the model's suggestions in one document, those
// scoring at least Threshold: the worker's "model.suggest" job, answered
// with a SuggestReply.
type ModelSuggestJob struct {
	Dataset   string   `json:"dataset"`
	Labels    []string `json:"labels"`
	Threshold float64  `json:"threshold"`
	Text      string   `json:"text"`
	Spans     []Span   `json:"spans,omitempty"`
}

// ModelLearnJob tells the model of a dataset what became of document Doc
// (its place in the queue): its answer, text and confirmed spans. It is
// the worker's "model.learn" job; Threshold is the one the suggestions
// shown were cut at, for the prequential scores.
type ModelLearnJob struct {
	Dataset   string   `json:"dataset"`
	Labels    []string `json:"labels"`
	Threshold float64  `json:"threshold"`
	Doc       int      `json:"doc"`
	Answer    Answer   `json:"answer"`
	Text      string   `json:"text"`
	Spans     []Span   `json:"spans,omitempty"`
	// Unanswered has a document not answered that has spans learnt as an
	// accepted one (the dataset's Assist.LearnUnanswered).
	Unanswered bool `json:"unanswered,omitempty"`
	// Forget are documents learnt to be learnt no more (not answered, once
	// the dataset stops learning those): the model is trained again
	// without them. With Forget, Doc may be -1: no document.
	Forget []int `json:"forget,omitempty"`
	// Retrain has the model trained again from scratch on what it learnt
	// (less Forget), though nothing it knows of changed: a reload cut its
	// training short, and the model read back from the store is the one
	// from before the documents changed.
	Retrain bool `json:"retrain,omitempty"`
	// Known are documents learnt before, which a model read back from the
	// store does not hold: those a reply listed as Missing.
	Known []ModelDoc `json:"known,omitempty"`
}

// ModelPickJob asks which of the documents Texts (the candidates for the
// next document, in file order) the model of a dataset is least sure of:
// the worker's "model.pick" job, answered with a ModelPickReply in JSON.
type ModelPickJob struct {
	Dataset string   `json:"dataset"`
	Labels  []string `json:"labels"`
	Texts   []string `json:"texts"`
}

// ModelPickReply is the worker's answer to a ModelPickJob: the index of the
// document chosen (-1 for none), how unsure the model is of each candidate
// (0..1), and what it is least sure of in the one chosen.
type ModelPickReply struct {
	Pick   int       `json:"pick"`
	Unsure []float64 `json:"unsure"`
	Doubts []Doubt   `json:"doubts,omitempty"`
}

// Doubt is a stretch of a document a model is unsure of, in 0..1: a token
// (or tokens next to one another), whether it is in an entity, or a
// sentence, whether it is a claim.
type Doubt struct {
	Start    int     `json:"start"`
	End      int     `json:"end"`
	Sentence bool    `json:"sentence,omitempty"`
	Unsure   float64 `json:"unsure"`
}

// ModelDoc is a document learnt: its place in the queue, text and spans.
type ModelDoc struct {
	Doc   int    `json:"doc"`
	Text  string `json:"text"`
	Spans []Span `json:"spans,omitempty"`
}

// ModelLoadJob gives the worker a dataset's model: as stored (Stored, the
// "model.load" job) or a model file to start from (File, the
// "model.import" job, answered with a ModelReply).
type ModelLoadJob struct {
	Dataset string     `json:"dataset"`
	Labels  []string   `json:"labels"`
	Stored  ModelReply `json:"stored,omitempty"`
	File    []byte     `json:"file,omitempty"`
}

// ModelReply is what the model of a dataset has learnt: the documents, in
// the order they were learnt, whether the job retrained it from scratch,
// the prequential scores so far, the model file and the model file it
// started from (one imported; none when it started untrained). The store
// keeps it for the dataset.
type ModelReply struct {
	Learnt    []int       `json:"learnt"`
	Retrained bool        `json:"retrained,omitempty"`
	Scores    ModelScores `json:"scores"`
	Model     []byte      `json:"model,omitempty"`
	Base      []byte      `json:"base,omitempty"`
	// Missing are the documents learnt that the worker needs to train
	// again and does not hold: the job is to be sent again with them.
	Missing []int `json:"missing,omitempty"`
}

// ModelScores are the prequential scores of a model: for each document
// learnt, in order, the counts of its suggestions (made before the model
// learnt it) per label of Labels.
type ModelScores struct {
	Labels []string        `json:"labels"`
	Docs   [][]ModelCounts `json:"docs"`
}

// ModelCounts are the suggestions of one label confirmed exactly (TP), not
// confirmed (FP), and the confirmed spans nothing suggested (FN).
type ModelCounts struct {
	TP int `json:"tp"`
	FP int `json:"fp"`
	FN int `json:"fn"`
}

// Add adds o to c.
func (c *ModelCounts) Add(o ModelCounts) { c.TP, c.FP, c.FN = c.TP+o.TP, c.FP+o.FP, c.FN+o.FN }

// Precision is TP / (TP + FP), 0 when nothing was suggested.
func (c ModelCounts) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP / (TP + FN), 0 when nothing was confirmed.
func (c ModelCounts) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// F1 is the harmonic mean of precision and recall, 0 when both are.
func (c ModelCounts) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

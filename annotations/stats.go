package annotations

// Stats counts what a dataset holds, one document at a time (Add), holding
// no text: for the command line's stats.
type Stats struct {
	Documents int            `json:"documents"`
	Answers   map[string]int `json:"answers"` // by answer, "none" for documents without one
	Spans     int            `json:"spans"`
	ByLabel   map[string]int `json:"spans_by_label"`
	KeptAside int            `json:"documents_with_spans_kept_aside"`
}

// NewStats makes a Stats that counts every label of labels, if only as 0.
func NewStats(labels LabelSet) *Stats {
	s := &Stats{Answers: map[string]int{}, ByLabel: map[string]int{}}
	for _, l := range labels {
		s.ByLabel[l.Name] = 0
	}
	return s
}

// Add counts d.
func (s *Stats) Add(d *Document) {
	s.Documents++
	answer := string(d.Answer)
	if d.Answer == Unanswered {
		answer = "none"
	}
	s.Answers[answer]++
	s.Spans += len(d.Spans)
	for _, sp := range d.Spans {
		s.ByLabel[sp.Label]++
	}
	for _, f := range d.Extra {
		if f.Key == asideKey {
			s.KeptAside++
			break
		}
	}
}

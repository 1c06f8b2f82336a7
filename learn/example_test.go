package learn_test

import (
	"fmt"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
)

// A dataset's model learns from each accepted document, is scored on the
// next before it learns from it, is kept as a file, and suggests.
func Example() {
	m, err := learn.New(learn.LabelsOf(annotations.DefaultLabels))
	if err != nil {
		panic(err)
	}
	eval := learn.Evaluation{Labels: m.Labels.All()}
	for _, d := range corpus.Generate(1, 30) {
		eval.Add(m.Suggest(d), d.Spans) // before learning from it
		m.Learn(d)
	}
	fmt.Printf("entity F1 over documents 21–30: %.2f\n", eval.Total(20, 30)[0].F1())

	kept, err := learn.Decode(m.Encode()) // stored with the dataset, or exported
	if err != nil {
		panic(err)
	}
	d, _ := annotations.NewDocument("Mayor Ilsa Dorwick said the ferry would cost 40 million euros.")
	for _, s := range kept.Suggest(d) {
		fmt.Printf("%s %q %s\n", s.Label, d.Text[s.Start:s.End], s.Reason())
	}
	// Output:
	// entity F1 over documents 21–30: 0.97
	// CLAIM "Mayor Ilsa Dorwick said the ferry would cost 40 million euros." model 1.00
	// ENTITY "Ilsa Dorwick" model 0.91
}

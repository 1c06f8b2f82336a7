package curve

import (
	"fmt"
	"io"
	"os"

	"spantag/annotations"
	"spantag/learn"
	"spantag/learn/corpus"
)

// CorpusSeed and CorpusSize give the generated corpus the command uses
// when it is given no file (the tests of package learn use its start).
const (
	CorpusSeed = 1
	CorpusSize = 200
)

// Command is `go run build.go eval-learning [FILE.jsonl]`: it prints the
// learning curve of the models of package learn, trained in order on the
// generated corpus, or on the accepted documents of FILE in file order,
// each document scored before the model trains on it.
func Command(args []string, w io.Writer) error {
	docs := corpus.Generate(CorpusSeed, CorpusSize)
	source := fmt.Sprintf("the generated corpus (learn/corpus, seed %d, %d documents)", CorpusSeed, CorpusSize)
	switch len(args) {
	case 0:
	case 1:
		var err error
		if docs, err = accepted(args[0]); err != nil {
			return err
		}
		source = fmt.Sprintf("%s (%d accepted documents)", args[0], len(docs))
	default:
		return fmt.Errorf("eval-learning takes at most one file, not %d", len(args))
	}
	eval, heuristic, err := Run(docs, learn.DefaultLabels, 0)
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintf(w, "Suggestions scored before training on each document, in order, on %s:\n\n", source); err != nil {
		return err
	}
	return Print(w, eval, heuristic, " (boiler/ alone)")
}

// accepted reads the documents of a JSONL file that were accepted: those
// whose spans were confirmed.
func accepted(name string) ([]*annotations.Document, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	all, _, err := annotations.ReadAll(f, annotations.DefaultLabels)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	var docs []*annotations.Document
	for _, d := range all {
		if d.Answer == annotations.Accept {
			docs = append(docs, d)
		}
	}
	return docs, nil
}

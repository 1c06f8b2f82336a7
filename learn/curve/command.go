package curve

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

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

// Command is `go run build.go eval-learning [FILE.jsonl|DIR]`: it prints
// the learning curve of the models of package learn, trained in order on
// the generated corpus, on the accepted documents of FILE in file order, or
// on the marked pages (ReadMarked) of DIR in name order, each document
// scored before the model trains on it.
func Command(args []string, w io.Writer) error {
	docs := corpus.Generate(CorpusSeed, CorpusSize)
	source := fmt.Sprintf("the generated corpus (learn/corpus, seed %d, %d documents)", CorpusSeed, CorpusSize)
	switch len(args) {
	case 0:
	case 1:
		var err error
		if docs, err = read(args[0]); err != nil {
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

// read reads the documents of a JSONL file or a directory of marked pages.
func read(name string) ([]*annotations.Document, error) {
	if info, err := os.Stat(name); err != nil || !info.IsDir() {
		return accepted(name)
	}
	return readMarked(name)
}

// readMarked reads every .txt file of dir, in name order, as a marked page.
func readMarked(dir string) ([]*annotations.Document, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil {
		return nil, err
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("%s: no .txt pages", dir)
	}
	docs := make([]*annotations.Document, len(names))
	for i, name := range names { // Glob sorts them
		data, err := os.ReadFile(name)
		if err == nil {
			docs[i], err = ReadMarked(string(data), learn.DefaultLabels)
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
	}
	return docs, nil
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

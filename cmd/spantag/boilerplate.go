package main

import (
	"flag"
	"io"

	"spantag/annotations"
	"spantag/boiler"
)

// boilerplateLabel is the label the boilerplate lines are suggested with.
const boilerplateLabel = "BOILERPLATE"

var boilerplateCommand = command{
	name: "boilerplate",
	args: "FILE...",
	doc: `Find the boilerplate lines of documents, as suggestions or as spans.
Every line of every document gets the decision the page's boilerplate
source gives (README.md: Boilerplate found for you): from lines that
repeat across the documents (the files given are one dataset, such as
the pages of one site), navigation, call-to-action and legal wording,
the line's own words, an HTML page's links and navs, footers and
asides, and its neighbours. The files are read twice, first to count
their lines (hashes and counts, never the lines), so standard input
cannot be one of them. Each document is written as spans JSONL with its
boilerplate lines under "_suggestions" (label BOILERPLATE, the reason and
the score); with -spans, as BOILERPLATE spans, each merged with the
BOILERPLATE spans it overlaps. A line a BOILERPLATE span holds already is
left out. It holds one document at a time.
`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var b boilerplateFlags
		b.read.add(fs, false)
		fs.Float64Var(&b.threshold, "threshold", boiler.DefaultThreshold, "the score, from 0 to 1, from which a line is boilerplate")
		fs.BoolVar(&b.spans, "spans", false, "add the lines as BOILERPLATE spans, not as suggestions")
		fs.StringVar(&b.out, "o", "-", "the file to write, - for standard output")
		return b.run
	},
}

type boilerplateFlags struct {
	read      readFlags
	threshold float64
	spans     bool
	out       string
}

func (b *boilerplateFlags) check(files []string) error {
	labels, err := b.read.labelSet()
	switch {
	case err != nil:
		return err
	case !labels.Has(boilerplateLabel):
		return badUsage("-labels: the lines are suggested as %s, which is not among them", boilerplateLabel)
	case len(files) == 0:
		return badUsage("no file to find the boilerplate of")
	case b.threshold <= 0 || b.threshold > 1:
		return badUsage("-threshold %v: give a score above 0 and at most 1", b.threshold)
	}
	for _, f := range files {
		if f == "-" {
			return badUsage("the files are read twice (first to count their lines), and standard input cannot be: give files")
		}
	}
	return nil
}

func (b *boilerplateFlags) run(e *env, files []string) error {
	if err := b.check(files); err != nil {
		return err
	}
	corpus := boiler.NewCorpus()
	// The first reading only counts: what it refuses, the second names.
	counting := &env{stdout: io.Discard, stderr: io.Discard, inputs: e.inputs}
	err := counting.eachDocument(files, b.read, func(_ string, _ int, d *annotations.Document) error {
		corpus.Add(d.Text)
		return nil
	})
	if err != nil {
		return err
	}
	return e.rewrite(files, b.read, b.out, !b.spans, func(d *annotations.Document) error {
		return b.apply(corpus, d)
	})
}

// apply suggests the lines of d that corpus decides are boilerplate, and
// accepts them with -spans.
func (b *boilerplateFlags) apply(corpus *boiler.Corpus, d *annotations.Document) error {
	page, err := boiler.PageOf(d)
	if err != nil {
		return err
	}
	var list []annotations.Suggestion
	for _, dec := range corpus.Decide(page, b.threshold) {
		if !dec.Boilerplate {
			continue
		}
		s, err := d.BlockSpan(dec.Start, boilerplateLabel)
		if err != nil {
			continue // a line of white space
		}
		why := annotations.Reason{From: annotations.FromBoilerplate, Text: dec.Why(), Score: dec.Score}
		list = append(list, annotations.Suggestion{Span: s, Reasons: []annotations.Reason{why}})
	}
	return offer(d, list, b.spans)
}

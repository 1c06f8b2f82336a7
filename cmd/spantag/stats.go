package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"slices"

	"spantag/annotations"
)

var statsCommand = command{
	name: "stats",
	args: "FILE...",
	doc: `Count documents, answers and spans per label.
Reads the files as convert does, holding one document at a time (each
annotation of a Label Studio task a document, a version of its own), and
writes the counts of all of them together: by default one count a line,
its name, a tab and the number; with -json, one JSON object.
`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var s statsFlags
		s.read.add(fs, true)
		fs.StringVar(&s.out, "o", "-", "the file to write, - for standard output")
		fs.BoolVar(&s.json, "json", false, "write one JSON object instead of lines")
		return s.run
	},
}

type statsFlags struct {
	read readFlags
	out  string
	json bool
}

func (s *statsFlags) run(e *env, files []string) error {
	if len(files) == 0 {
		return badUsage("no file to count (give - for standard input)")
	}
	labels, err := s.read.labelSet()
	if err != nil {
		return err
	}
	stats := annotations.NewStats(labels)
	err = e.eachDocument(files, s.read, func(_ string, _ int, d *annotations.Document) error {
		stats.Add(d)
		return nil
	})
	if err != nil {
		return err
	}
	out, err := e.create(s.out)
	if err != nil {
		return err
	}
	if s.json {
		b, _ := json.MarshalIndent(stats, "", "  ") // maps of ints always marshal
		out.Write(append(b, '\n'))
	} else {
		writeStatsLines(out, stats, labels)
	}
	return out.Close()
}

// writeStatsLines writes one count a line: the answers in their usual
// order, the labels in the order of -labels.
func writeStatsLines(out *output, s *annotations.Stats, labels annotations.LabelSet) {
	fmt.Fprintf(out, "documents\t%d\n", s.Documents)
	for _, a := range []string{"accept", "reject", "ignore", "none"} {
		fmt.Fprintf(out, "answer %s\t%d\n", a, s.Answers[a])
	}
	fmt.Fprintf(out, "spans\t%d\n", s.Spans)
	for _, l := range labels.Names() {
		fmt.Fprintf(out, "spans %s\t%d\n", l, s.ByLabel[l])
	}
	for _, l := range slices.Sorted(maps.Keys(s.ByLabel)) {
		if !labels.Has(l) {
			fmt.Fprintf(out, "spans %s\t%d\n", l, s.ByLabel[l])
		}
	}
	fmt.Fprintf(out, "documents with spans kept aside\t%d\n", s.KeptAside)
}

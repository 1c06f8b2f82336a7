package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"

	"spantag/annotations"
	"spantag/shard"
)

var splitCommand = command{
	name: "split",
	args: "FILE...",
	doc: `Split documents among named annotators, a shard each.
Each document goes to one annotator by a hash of its text (the same
document always goes to the same annotator, whatever the order or the
file), and a share of documents (-overlap) to every annotator, so that
their agreement can be measured. Each document of a shard carries
"_annotator_id" (the annotator) and "_session_id" ("DATASET-ANNOTATOR"),
and every export made from it keeps them. The shards are written as spans
JSONL into -dir, one file each, DATASET-ANNOTATOR.jsonl; with -o - every
shard's documents go to standard output instead, in the order read, told
apart by their "_annotator_id". It holds one document at a time.
`,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var s splitFlags
		s.read.add(fs, true)
		fs.StringVar(&s.annotators, "annotators", "", "who gets a shard, separated by commas (required)")
		fs.StringVar(&s.overlap, "overlap", "0", "the share of documents every annotator gets: a percentage (10%) or a fraction (0.1);\nat least one document when it is not 0")
		fs.StringVar(&s.dataset, "dataset", "", "the dataset's name, which names the sessions and files (default the first file's name without extension)")
		fs.StringVar(&s.dir, "dir", ".", "the directory to write the shards into (made if missing)")
		fs.StringVar(&s.out, "o", "", "- to write every shard to standard output instead of files")
		return s.run
	},
}

type splitFlags struct {
	read                                   readFlags
	annotators, overlap, dataset, dir, out string
}

func (s *splitFlags) plan(files []string) (shard.Plan, error) {
	var p shard.Plan
	for a := range strings.SplitSeq(s.annotators, ",") {
		if a = strings.TrimSpace(a); a != "" {
			p.Annotators = append(p.Annotators, a)
		}
	}
	overlap, err := shard.ParseOverlap(s.overlap)
	if err != nil {
		return p, badUsage("-overlap: %v", err)
	}
	p.Overlap = overlap
	p.Dataset = s.dataset
	if p.Dataset == "" && files[0] == "-" {
		p.Dataset = "stdin"
	} else if p.Dataset == "" {
		p.Dataset = strings.TrimSuffix(filepath.Base(files[0]), filepath.Ext(files[0]))
	}
	if err := p.Check(); err != nil {
		return p, badUsage("%v", err)
	}
	if s.out != "" && s.out != "-" {
		return p, badUsage("-o: only - (standard output); shards are files in -dir")
	}
	return p, nil
}

func (s *splitFlags) run(e *env, files []string) error {
	if len(files) == 0 {
		return badUsage("no file to split (give - for standard input)")
	}
	plan, err := s.plan(files)
	if err != nil {
		return err
	}
	if _, err := s.read.labelSet(); err != nil {
		return err
	}
	outs, err := s.create(e, plan)
	if err != nil {
		return err
	}
	splitter, _ := shard.NewSplitter(plan) // the plan was checked
	write := func(file string, line int, to []shard.Assignment) {
		for _, a := range to {
			if err := outs[a.Annotator].Write(a.Doc); err != nil {
				e.refuse(file, lineRefusal(line, err))
				return // the same document, refused for every annotator alike
			}
		}
	}
	err = e.eachDocument(files, s.read, func(file string, line int, d *annotations.Document) error {
		write(file, line, splitter.Add(d))
		return nil
	})
	if err == nil {
		write("the overlap's document", 0, splitter.Finish())
	}
	closed := map[*shardWriter]bool{}
	for _, w := range outs {
		if !closed[w] {
			closed[w] = true
			if closeErr := w.close(); err == nil {
				err = closeErr
			}
		}
	}
	return err
}

// shardWriter writes one shard's documents; shards written to standard
// output share one.
type shardWriter struct {
	*annotations.Writer
	out *output
}

func (w *shardWriter) close() error {
	err := w.Flush()
	if closeErr := w.out.Close(); err == nil {
		err = closeErr
	}
	return err
}

func (s *splitFlags) create(e *env, plan shard.Plan) (map[string]*shardWriter, error) {
	outs := map[string]*shardWriter{}
	if s.out == "-" {
		out, _ := e.create("-") // standard output cannot fail to open
		w := &shardWriter{annotations.NewWriter(out), out}
		for _, a := range plan.Annotators {
			outs[a] = w
		}
		return outs, nil
	}
	if err := os.MkdirAll(s.dir, 0o755); err != nil { // a directory of its own, as the README's example asks
		return nil, err
	}
	for _, a := range plan.Annotators {
		out, err := e.create(filepath.Join(s.dir, shard.FileName(plan.Dataset, a)))
		if err != nil {
			return nil, err
		}
		outs[a] = &shardWriter{annotations.NewWriter(out), out}
	}
	return outs, nil
}

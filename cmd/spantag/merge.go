package main

import (
	"flag"

	"spantag/agree"
	"spantag/annotations"
)

var mergeCommand = command{
	name: "merge",
	args: "FILE...",
	doc: `Merge annotators' files into one, for review.
Writes spans JSONL: each document's versions one after the other (in the
order the documents were first met, the versions by annotator), each
annotator's version a line of its own that says whose it is
("_annotator_id", the file's name when it had none). Every answer is kept.
` + teamDoc,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var m teamFlags
		m.add(fs)
		return m.merge
	},
}

func (m *teamFlags) merge(e *env, files []string) error {
	t, err := e.readTeam(files, m.read)
	if err != nil {
		return err
	}
	defer t.close()
	out, err := e.create(m.out)
	if err != nil {
		return err
	}
	w := annotations.NewWriter(out)
	err = t.each(agree.MatchOptions{KeepRejected: true}, func(vs agree.Versions) error {
		for _, v := range vs.Of {
			if err := w.Write(v.Tagged()); err != nil {
				e.refuse(v.Source, &annotations.LineError{Line: v.Line, Err: err})
			}
		}
		return nil
	})
	if flushErr := w.Flush(); err == nil {
		err = flushErr
	}
	if closeErr := out.Close(); err == nil {
		err = closeErr
	}
	return err
}

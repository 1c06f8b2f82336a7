package main

// What agree, merge and review share: their annotators' files matched
// into one Index, which holds no text, the documents' JSON kept in a
// temporary spool file for the second pass.

import (
	"bufio"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strconv"

	"spantag/agree"
	"spantag/annotations"
)

// teamFlags are the flags of the commands that read annotators' files.
type teamFlags struct {
	read readFlags
	out  string
}

func (t *teamFlags) add(fs *flag.FlagSet) {
	t.read.add(fs, false)
	fs.StringVar(&t.out, "o", "-", "the file to write, - for standard output")
}

const teamDoc = `The files are annotators' JSONL or JSON exports in any format spantag
opens (a Label Studio file may hold several annotators' annotations of
each task). A document's versions are matched by _input_hash and then by
text (by its SHA-256), never by position or file. A version's annotator
is its "_annotator_id", else its "_session_id", else its file's name
("alice.jsonl"; "stdin" for -); when one annotator has two versions of a
document, the later one counts. The texts are not held in memory: each
document is read again from a temporary copy, one at a time.
`

// team is the matched versions of every file, to go through with Each.
type team struct {
	index  *agree.Index
	spool  *os.File
	labels annotations.LabelSet
}

// readTeam reads files into an Index, naming the lines refused.
func (e *env) readTeam(files []string, r readFlags) (*team, error) {
	if len(files) == 0 {
		return nil, badUsage("no annotators' files (give - for standard input)")
	}
	labels, err := r.labelSet()
	if err != nil {
		return nil, err
	}
	spool, err := os.CreateTemp("", "spantag-spool-*.jsonl")
	if err != nil {
		return nil, err
	}
	os.Remove(spool.Name()) // gone when closed, where the system allows
	t := &team{spool: spool, labels: labels}
	buf := bufio.NewWriterSize(spool, 64<<10)
	t.index = agree.NewIndex(buf)
	docs := map[string]int{} // read from each file so far
	e.sameNames(files)
	err = e.eachDocument(files, r, func(file string, line int, d *annotations.Document) error {
		name := filepath.Base(file)
		if file == "-" {
			name = "stdin"
		}
		docs[file]++
		err := t.index.Add(name, docs[file]-1, line, d)
		var spool *agree.SpoolError
		if err != nil && !errors.As(err, &spool) {
			e.refuse(file, &annotations.LineError{Line: line, Err: err})
			return nil
		}
		return err
	})
	if err != nil {
		t.close()
		return nil, err
	}
	if err := buf.Flush(); err != nil {
		t.close()
		return nil, err
	}
	for _, file := range files {
		if docs[file] == 0 {
			e.note(file, agree.NoDocuments)
		}
	}
	for _, r := range t.index.Replaced {
		e.note(r.Source, r.Annotator+"'s version of document "+strconv.Itoa(r.Doc+1)+" left out: a later version replaces it")
	}
	return t, nil
}

// sameNames warns of files of the same name in other directories: their
// documents without an annotator's id are taken for one annotator's.
func (e *env) sameNames(files []string) {
	first := map[string]string{}
	for _, file := range files {
		name := filepath.Base(file)
		if other, ok := first[name]; ok && other != file {
			e.note(file, "has the name of "+other+": their documents without an \"_annotator_id\" or \"_session_id\" count as one annotator's, "+name+"; rename one to tell them apart")
			continue
		}
		first[name] = file
	}
}

// each calls f with every document's versions that opt keeps.
func (t *team) each(opt agree.MatchOptions, f func(agree.Versions) error) error {
	return t.index.Each(t.spool, t.labels, opt, f)
}

func (t *team) close() { t.spool.Close() }

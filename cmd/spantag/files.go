package main

// Reading and writing files for every command, standard input and output
// for "-", and the messages that name a file and a line.

import (
	"bufio"
	"cmp"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"spantag/annotations"
)

// env is what a command runs with: the standard streams, and a count of
// what it refused.
type env struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	inputs         []string // the files the command reads
	written        []string // the files it has written, as absolute paths
	refused        int
}

// refuse names on standard error something refused in file, counting it.
func (e *env) refuse(file string, err error) {
	e.refused++
	fmt.Fprintf(e.stderr, "%s: %v\n", displayName(file), err)
}

// note says something on standard error that is not a refusal.
func (e *env) note(file, msg string) {
	fmt.Fprintf(e.stderr, "%s: %s\n", displayName(file), msg)
}

// report names on standard error the lines of file that were refused, the
// spans that were moved or kept aside and what else reading changed (see
// FORMATS.md).
func (e *env) report(file string, r annotations.Report) {
	for _, err := range r.Errors {
		e.refuse(file, err)
	}
	for _, a := range r.Anchors {
		e.note(file, a.String())
	}
	for _, w := range r.Warnings {
		e.note(file, w.Error())
	}
}

func displayName(file string) string {
	if file == "-" {
		return "standard input"
	}
	return file
}

// open opens file for reading, standard input for "-".
func (e *env) open(file string) (io.ReadCloser, error) {
	if file == "-" {
		return io.NopCloser(e.stdin), nil
	}
	if st, err := os.Stat(file); err == nil && st.IsDir() {
		return nil, fmt.Errorf("%s is a directory: give the files in it (%s)", file, filepath.Join(file, "*.jsonl"))
	}
	return os.Open(file)
}

// notAnInput refuses to write file when it is one of the command's
// inputs, which writing would empty before it is read.
func (e *env) notAnInput(file string) error {
	out, err := os.Stat(file)
	if err != nil {
		return nil // a new file
	}
	for _, in := range e.inputs {
		if st, err := os.Stat(in); in != "-" && err == nil && os.SameFile(st, out) {
			return badUsage("%s is also an input: writing it would destroy it", file)
		}
	}
	return nil
}

// notWritten refuses to write file when the command wrote it already as
// another of its outputs (-o and -rest naming one file, a sidecar named as
// the export), which would replace it; else it counts file as written.
func (e *env) notWritten(file string) error {
	abs, err := filepath.Abs(file)
	if err != nil {
		return err
	}
	out, err := os.Stat(file)
	for _, w := range e.written {
		if st, werr := os.Stat(w); w == abs || err == nil && werr == nil && os.SameFile(st, out) {
			return badUsage("%s is named for two of the command's outputs: writing the second would replace the first", file)
		}
	}
	e.written = append(e.written, abs)
	return nil
}

// output is a file being written, through a buffer.
type output struct {
	*bufio.Writer
	file *os.File // nil for standard output
	name string
}

// create creates file for writing, standard output for "-".
func (e *env) create(file string) (*output, error) {
	if file == "-" {
		return &output{Writer: bufio.NewWriterSize(e.stdout, 64<<10), name: "standard output"}, nil
	}
	if err := e.notAnInput(file); err != nil {
		return nil, err
	}
	if err := e.notWritten(file); err != nil {
		return nil, err
	}
	f, err := os.Create(file)
	if err != nil {
		return nil, err
	}
	return &output{Writer: bufio.NewWriterSize(f, 64<<10), file: f, name: file}, nil
}

// Close flushes what is buffered and closes the file.
func (o *output) Close() error {
	err := o.Flush()
	if o.file != nil {
		err = errors.Join(err, o.file.Close())
	}
	if err != nil {
		return fmt.Errorf("writing %s: %w", o.name, err)
	}
	return nil
}

// readFlags are the flags of every command that reads documents.
type readFlags struct {
	labels string
	stdin  string // how to read standard input: as a file with this extension
}

func (r *readFlags) add(fs *flag.FlagSet, stdinAs bool) {
	fs.StringVar(&r.labels, "labels", "ENTITY,CLAIM,BOILERPLATE",
		"the labels a span may have, separated by commas; a span with another label refuses its line")
	if stdinAs {
		fs.StringVar(&r.stdin, "stdin", "jsonl",
			"what standard input holds (FILE -): jsonl or json (documents), txt or md (one text), html (one page)")
	}
}

// labelSet is the set of -labels.
func (r *readFlags) labelSet() (annotations.LabelSet, error) {
	var set annotations.LabelSet
	for name := range strings.SplitSeq(r.labels, ",") {
		if name = strings.TrimSpace(name); name == "" {
			continue
		}
		if set.Has(name) {
			return nil, badUsage("-labels: %q is named twice", name)
		}
		set = append(set, annotations.Label{Name: name})
	}
	if len(set) == 0 {
		return nil, badUsage("-labels: no label")
	}
	return set, nil
}

// eachDocument reads the documents of files in turn, the file's format
// told by its extension (standard input's by -stdin), and calls each with
// every one and the line it starts on (1 for a document that is a whole
// file). Lines that cannot be read are refused and named; the rest go on.
// It holds one document at a time.
func (e *env) eachDocument(files []string, r readFlags, each func(file string, line int, d *annotations.Document) error) error {
	labels, err := r.labelSet()
	if err != nil {
		return err
	}
	for _, file := range files {
		name := file
		if file == "-" {
			name = "stdin." + cmp.Or(r.stdin, "jsonl")
		}
		in, err := e.open(file)
		if err != nil {
			return err
		}
		err = e.readOne(file, name, in, labels, each)
		in.Close()
		if err != nil {
			return err
		}
	}
	return nil
}

func (e *env) readOne(file, name string, in io.Reader, labels annotations.LabelSet, each func(string, int, *annotations.Document) error) error {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".jsonl", ".json":
	default:
		report, err := annotations.OpenEach(name, in, labels, func(d *annotations.Document) error { return each(file, 1, d) })
		e.report(file, report)
		return err
	}
	rd := annotations.NewReader(in, labels)
	for {
		d, err := rd.Read()
		var lineErr *annotations.LineError
		switch {
		case err == io.EOF:
			return nil
		case errors.As(err, &lineErr):
			e.refuse(file, lineErr)
			continue
		case err != nil:
			return fmt.Errorf("%s: %w", displayName(file), err)
		}
		for _, a := range rd.Anchors() {
			e.note(file, a.String())
		}
		for _, w := range rd.Warnings() {
			e.note(file, w.Error())
		}
		line := rd.Line()
		if err := each(file, line, d); err != nil {
			return err
		}
	}
}

// rewrite writes every document of files, changed by change, to the file
// out as spans JSONL (with their suggestions when suggestions is true). A
// document that change or the writer refuses is named by its line and left
// out; the others are written.
func (e *env) rewrite(files []string, r readFlags, out string, suggestions bool, change func(*annotations.Document) error) error {
	o, err := e.create(out)
	if err != nil {
		return err
	}
	w := annotations.NewWriter(o)
	w.Suggestions = suggestions
	err = e.eachDocument(files, r, func(file string, line int, d *annotations.Document) error {
		if err := change(d); err != nil {
			e.refuse(file, &annotations.LineError{Line: line, Err: err})
			return nil
		}
		if suggestions && slices.ContainsFunc(d.Extra, func(f annotations.Field) bool { return f.Key == "_suggestions" }) {
			// The reader keeps them as they came, and the writer writes the
			// document's own in their place: say so rather than drop them unsaid.
			e.note(file, fmt.Sprintf("line %d: its _suggestions are replaced by this command's (suggestions are not read back; -spans keeps them)", line))
		}
		if err := w.Write(d); err != nil {
			e.refuse(file, lineRefusal(line, err))
		}
		return nil
	})
	if flushErr := w.Flush(); err == nil {
		err = flushErr
	}
	if closeErr := o.Close(); err == nil {
		err = closeErr
	}
	return err
}

// lineRefusal is a document that a command could not write, at a line.
func lineRefusal(line int, err error) error {
	if inner := errors.Unwrap(err); inner != nil && strings.HasPrefix(err.Error(), "document ") {
		err = inner // the Exporter counts documents; the line says more
	}
	return &annotations.LineError{Line: line, Err: err}
}

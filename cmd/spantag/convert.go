package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"spantag/annotations"
	"spantag/render"
)

var convertCommand = command{
	name: "convert",
	args: "FILE...",
	doc: `Convert documents to one export format.
Reads .jsonl and .json files in any format spantag opens (its own spans
JSONL, Prodigy, doccano, Label Studio, W3C), .txt, .md and .html files as
one document each, and writes them, one after the other, in the format of
-to (FORMATS.md describes each file). It holds one document at a time.
A file the format writes beside its own (the Hugging Face format's
labels.json) goes beside -o, named after it (NAME.labels.json for
NAME.entities-hf.json), or into -sidecars when -o is standard output.
The formats:
` + formatList(),
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var c convertFlags
		c.read.add(fs, true)
		fs.StringVar(&c.to, "to", "spans", "the export format, one of the formats above")
		fs.StringVar(&c.out, "o", "-", "the file to write, - for standard output")
		fs.StringVar(&c.sidecars, "sidecars", ".", "the directory for files written beside the export when -o is -")
		fs.StringVar(&c.only, "only", "", "write only the spans with these labels, separated by commas (default all)")
		fs.StringVar(&c.answers, "answers", "", "write only the documents with these answers, separated by commas:\naccept, reject, ignore, none (default all)")
		fs.IntVar(&c.window, "window", annotations.DefaultWindowTokens, "entity files: the most tokens in a record; longer sentences are cut into windows")
		fs.BoolVar(&c.byDocument, "by-document", false, "entity files: a record per document instead of per sentence")
		fs.BoolVar(&c.keepBoilerplate, "keep-boilerplate", false, "entity files: keep the sentences BOILERPLATE covers wholly")
		return c.run
	},
}

func formatList() string {
	var b strings.Builder
	for _, f := range annotations.Formats {
		fmt.Fprintf(&b, "  %-24s %s\n", f.ID, f.Name)
	}
	return b.String()
}

type convertFlags struct {
	read                             readFlags
	to, out, sidecars, only, answers string
	window                           int
	byDocument, keepBoilerplate      bool
}

func (c *convertFlags) options() (annotations.ExportOptions, error) {
	if c.window < 1 {
		return annotations.ExportOptions{}, badUsage("-window: %d tokens; at least 1", c.window)
	}
	opts := annotations.ExportOptions{WindowTokens: c.window, ByDocument: c.byDocument, KeepBoilerplate: c.keepBoilerplate}
	for l := range strings.SplitSeq(c.only, ",") {
		if l = strings.TrimSpace(l); l != "" {
			opts.Labels = append(opts.Labels, l)
		}
	}
	for a := range strings.SplitSeq(c.answers, ",") {
		switch answer := annotations.Answer(strings.TrimSpace(a)); answer {
		case "":
		case "none":
			opts.Answers = append(opts.Answers, annotations.Unanswered)
		default:
			if !answer.Valid() {
				return opts, badUsage("-answers: %q is not accept, reject, ignore or none", a)
			}
			opts.Answers = append(opts.Answers, answer)
		}
	}
	return opts, nil
}

func (c *convertFlags) run(e *env, files []string) error {
	if len(files) == 0 {
		return badUsage("no file to convert (give - for standard input)")
	}
	if _, ok := annotations.FormatByID(c.to); !ok {
		return badUsage("-to: no format %q", c.to)
	}
	opts, err := c.options()
	if err != nil {
		return err
	}
	labels, err := c.read.labelSet()
	if err != nil {
		return err
	}
	for _, l := range opts.Labels {
		if !labels.Has(l) {
			return badUsage("-only: %q is not one of the labels (%s)", l, strings.Join(labels.Names(), ", "))
		}
	}
	if c.out == "-" { // checked before the export is written, not after
		if st, err := os.Stat(c.sidecars); os.IsNotExist(err) {
			return badUsage("-sidecars %s: no such directory", c.sidecars)
		} else if err != nil || !st.IsDir() {
			return badUsage("-sidecars %s: not a directory", c.sidecars)
		}
	}
	if err := c.sidecarsNotInputs(e); err != nil {
		return err
	}
	out, err := e.create(c.out)
	if err != nil {
		return err
	}
	x, _ := annotations.NewExporter(c.to, out, opts) // the format is known
	err = e.eachDocument(files, c.read, func(file string, line int, d *annotations.Document) error {
		if err := x.Write(d); err != nil {
			e.refuse(file, lineRefusal(line, err))
		}
		return nil
	})
	sidecars, closeErr := x.Close()
	if err == nil {
		err = closeErr
	}
	if changes := render.ExportChanges(x.Stats()); changes != "" {
		fmt.Fprintf(e.stderr, "spantag convert:%s\n", changes)
	}
	if closeErr := out.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		return err
	}
	if x.Written() == 0 && c.answers != "" {
		e.note(out.name, "no document to write: none has the answers of -answers")
	}
	return c.writeSidecars(e, sidecars)
}

// sidecarName is the name of a file an export writes beside itself, after the
// export's name: its labels (entities-hf), a page of its text (cleaneval).
var sidecarName = regexp.MustCompile(`^(labels\.json|cleaneval-\d+\.html)$`)

// sidecarsNotInputs refuses, before the export is written, an input that a file
// written beside the export would replace (train.labels.json, read as spans, for
// -o train.entities-hf.json).
func (c *convertFlags) sidecarsNotInputs(e *env) error {
	dir, name := c.sidecarPlace()
	for _, in := range e.inputs {
		base := filepath.Base(in)
		rest, ok := strings.CutPrefix(base, name)
		if in == "-" || !ok || !sidecarName.MatchString(rest) {
			continue
		}
		if err := e.notAnInput(filepath.Join(dir, base)); err != nil {
			return err
		}
	}
	return nil
}

// sidecarPlace is the directory of the files written beside the export, and
// the start of their names.
func (c *convertFlags) sidecarPlace() (dir, name string) {
	if c.out == "-" {
		return c.sidecars, ""
	}
	base := filepath.Base(c.out)
	return filepath.Dir(c.out), strings.TrimSuffix(strings.TrimSuffix(base, filepath.Ext(base)), "."+c.to) + "."
}

// writeSidecars writes the files that go with the export beside it, named
// after it as the page names them after the dataset (NAME.labels.json,
// NAME.cleaneval-1.html for NAME.cleaneval.txt), or as they are into
// -sidecars when the export goes to standard output.
func (c *convertFlags) writeSidecars(e *env, files []annotations.File) error {
	dir, name := c.sidecarPlace()
	for _, f := range files {
		path := filepath.Join(dir, name+f.Name)
		if err := e.notAnInput(path); err != nil {
			return err
		}
		if err := e.notWritten(path); err != nil {
			return err
		}
		if err := os.WriteFile(path, f.Data, 0o666); err != nil {
			return err
		}
		e.note(path, "written beside the export")
	}
	return nil
}

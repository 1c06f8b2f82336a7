package main

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"spantag/agree"
)

var agreeCommand = command{
	name: "agree",
	args: "FILE...",
	doc: `Measure how far annotators agree, from their files.
Writes every figure of the page's agreement view: span F1 (exact and
token overlap) per pair, Cohen's kappa per pair, Fleiss' kappa and
Krippendorff's alpha of everyone, per label and all labels together, the
annotator × annotator matrices and the documents by disagreement; as one
JSON object, or (-format csv) as the figures CSV, the documents CSV going
to -documents. Versions answered reject or ignore are left out unless
-keep-rejected. The columns and keys are described in agree/doc.go.
` + teamDoc,
	flags: func(fs *flag.FlagSet) func(*env, []string) error {
		var a agreeFlags
		a.team.add(fs)
		fs.StringVar(&a.format, "format", "json", "json, or csv for the figures CSV")
		fs.StringVar(&a.documents, "documents", "", "with -format csv, the file to write the documents CSV to (default none)")
		fs.BoolVar(&a.keepRejected, "keep-rejected", false, "compare the versions answered reject or ignore too")
		return a.run
	},
}

type agreeFlags struct {
	team              teamFlags
	format, documents string
	keepRejected      bool
}

func (a *agreeFlags) run(e *env, files []string) error {
	if a.format != "json" && a.format != "csv" {
		return badUsage("-format: %q is not json or csv", a.format)
	}
	if a.documents != "" && a.format != "csv" {
		return badUsage("-documents: only with -format csv (the JSON holds the documents)")
	}
	t, err := e.readTeam(files, a.team.read)
	if err != nil {
		return err
	}
	defer t.close()
	opt := agree.MatchOptions{KeepRejected: a.keepRejected}
	counter := agree.NewCounter(t.index.Annotators(opt), t.index.Labels(opt))
	n := 0
	err = t.each(opt, func(vs agree.Versions) error {
		n++
		return counter.Add(n-1, vs.Item()) // numbered as Match numbers items
	})
	if err != nil {
		return err
	}
	report := counter.Report()
	for _, alike := range report.Alike {
		fmt.Fprintf(e.stderr, "spantag agree: documents %s and %s differ only in spaces or line ends: their versions are not compared with each other\n", alike.A, alike.B)
	}
	for _, d := range report.SameID {
		fmt.Fprintf(e.stderr, "spantag agree: document %s has two texts (%s one, %s the other): their versions are not compared with each other\n",
			d.ID, strings.Join(d.A, ", "), strings.Join(d.B, ", "))
	}
	if a.format == "json" {
		return a.write(e, a.team.out, report.WriteJSON)
	}
	if err := a.write(e, a.team.out, report.WriteFiguresCSV); err != nil {
		return err
	}
	if a.documents != "" {
		return a.write(e, a.documents, report.WriteDocumentsCSV)
	}
	return nil
}

func (a *agreeFlags) write(e *env, file string, write func(w io.Writer) error) error {
	out, err := e.create(file)
	if err != nil {
		return err
	}
	err = write(out)
	if closeErr := out.Close(); err == nil {
		err = closeErr
	}
	return err
}

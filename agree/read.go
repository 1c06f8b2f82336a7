package agree

import (
	"errors"
	"fmt"
	"io"

	"spantag/annotations"
)

// NoDocuments is what the page and the command line say of an annotators'
// file with no document in it, which would otherwise change no figure
// without a word.
const NoDocuments = "holds no documents: it adds no annotator's versions"

// Read reads a JSONL or JSON file of documents as the Source called name,
// as annotations.Reader reads it: each annotation of a Label Studio task is
// a document of its own, the version of the annotation's "completed_by"
// (the user's email, else id), which becomes its "_annotator_id"; so one
// Label Studio file holds several annotators' versions. An annotation
// without "completed_by" is the file's, and a cancelled one is answered
// ignore (left out unless MatchOptions say otherwise). The report lists the
// lines that could not be read; err is a file that cannot be read at all.
func Read(name string, r io.Reader, labels annotations.LabelSet) (Source, annotations.Report, error) {
	src := Source{Name: name}
	var report annotations.Report
	rd := annotations.NewReader(r, labels)
	for {
		d, err := rd.Read()
		var lineErr *annotations.LineError
		switch {
		case err == io.EOF:
			return src, report, nil
		case errors.As(err, &lineErr):
			report.Errors = append(report.Errors, lineErr)
			continue
		case err != nil:
			return src, report, fmt.Errorf("%s: %w", name, err)
		}
		report.Anchors = append(report.Anchors, rd.Anchors()...)
		report.Warnings = append(report.Warnings, rd.Warnings()...)
		src.Docs = append(src.Docs, d)
	}
}

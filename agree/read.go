package agree

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"

	"spantag/annotations"
)

// Read reads a JSONL or JSON file of documents as the Source called name,
// as annotations.Reader reads it, but for Label Studio tasks: each
// annotation of a task is a document of its own, the version of the
// annotation's "completed_by" (the user's email, else id), which becomes
// its "_annotator_id"; so one Label Studio file holds several annotators'
// versions. An annotation without "completed_by" is the file's, and a
// cancelled one is answered ignore (left out unless MatchOptions say
// otherwise). The report lists the lines that could not be read; err is a
// file that cannot be read at all.
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
		raw, line := rd.Raw()
		docs, err := annotationsApart(raw, d, labels)
		if err != nil {
			report.Errors = append(report.Errors, &annotations.LineError{Line: line, Err: err})
			continue
		}
		src.Docs = append(src.Docs, docs...)
	}
}

// annotationsApart makes a document of each annotation of the Label Studio
// task raw, which the reader read as d; anything else is d alone.
func annotationsApart(raw []byte, d *annotations.Document, labels annotations.LabelSet) ([]*annotations.Document, error) {
	var task map[string]json.RawMessage
	var each []map[string]json.RawMessage
	if json.Unmarshal(raw, &task) != nil || json.Unmarshal(task["annotations"], &each) != nil || len(each) == 0 {
		return []*annotations.Document{d}, nil
	}
	docs := make([]*annotations.Document, len(each))
	for i, a := range each {
		got, report, err := annotations.ReadAll(bytes.NewReader(annotationTask(task, a)), labels)
		if err == nil && len(report.Errors) > 0 {
			err = report.Errors[0].Err
		}
		if err != nil {
			return nil, fmt.Errorf("annotation %d: %w", i+1, err)
		}
		docs[i] = got[0]
	}
	return docs, nil
}

// annotationTask is task with annotation a alone, by whoever completed it.
// Marshalling cannot fail: every value came from Unmarshal.
func annotationTask(task, a map[string]json.RawMessage) []byte {
	one := maps.Clone(task)
	one["annotations"], _ = json.Marshal([]any{a})
	if who := completedBy(a["completed_by"]); who != "" {
		one["_annotator_id"], _ = json.Marshal(who)
	}
	var cancelled bool
	if json.Unmarshal(a["was_cancelled"], &cancelled) == nil && cancelled {
		one["answer"] = json.RawMessage(`"ignore"`)
	}
	b, _ := json.Marshal(one)
	return b
}

// completedBy names the user of a "completed_by": a number or a string as
// it is, an object by its "email", else its "id"; "" for none.
func completedBy(raw json.RawMessage) string {
	var user struct {
		Email string          `json:"email"`
		ID    json.RawMessage `json:"id"`
	}
	if json.Unmarshal(raw, &user) == nil && (user.Email != "" || user.ID != nil) {
		if user.Email != "" {
			return user.Email
		}
		raw = user.ID
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

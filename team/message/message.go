// Package message holds the requests and replies of the team jobs that
// the page (wasm/) sends the worker (worker/team.go, which runs package
// team): plain values, sent as frames (frame.go), so that the page needs
// none of the code that computes them.
package message

import (
	"encoding/binary"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"

	"spantag/annotations"
)

// File is one annotator's file as the page read it.
type File struct {
	Name string
	Data []byte
}

// Request is what the page asks of the agreement view or the review.
type Request struct {
	Files []File
	// Names renames the annotator of a file without annotator ids, by the
	// file's name.
	Names        map[string]string
	KeepRejected bool
	AcceptAgreed bool // review: spans everyone made are spans
}

// FilesKey names the files' contents, whatever their names and order: a
// review made of the same files again is the same review.
func (r Request) FilesKey() string {
	sums := make([]uint64, len(r.Files))
	for i, f := range r.Files {
		h := fnv.New64a()
		h.Write(f.Data)
		sums[i] = h.Sum64()
	}
	slices.Sort(sums)
	h := fnv.New64a()
	for _, sum := range sums {
		h.Write(binary.BigEndian.AppendUint64(nil, sum))
	}
	return fmt.Sprintf("%d:%016x", len(sums), h.Sum64())
}

// Opened is what every reply says of the files.
type Opened struct {
	// Unnamed are the files some of whose documents carry no annotator id:
	// their annotator is the file's name, or the name the Request gives.
	Unnamed []string `json:"unnamed"`
	// Messages name the lines that could not be read, and the versions a
	// later one replaced.
	Messages []string `json:"messages"`
}

// AgreeReply is the agreement view of the files: its HTML (agree's
// Report.HTML) and the exports, which are the command line's agree output
// on the same files (JSON, -format csv, and -documents).
type AgreeReply struct {
	Opened
	HTML         string
	JSON         string
	FiguresCSV   string
	DocumentsCSV string
}

// ReviewReply is the dataset a reviewer starts from: one document per
// document of the files (those the Request's KeepRejected keeps, in the
// order the agreement view numbers them), as spans JSONL, and each one's
// disagreements, which JSONL does not carry: suggestions in byte offsets,
// a JSON array a line (AppendSuggestions, NextSuggestions), so that the page
// reads them a document at a time, as it reads the documents.
type ReviewReply struct {
	Opened
	JSONL       string
	Suggestions string
}

// AppendSuggestions appends to lines (a ReviewReply's Suggestions being
// written) the next document's disagreements.
func AppendSuggestions(lines []byte, s []annotations.Suggestion) ([]byte, error) {
	if s == nil {
		s = []annotations.Suggestion{}
	}
	b, err := json.Marshal(s)
	if err != nil {
		return lines, err
	}
	return append(append(lines, b...), '\n'), nil
}

// Documents is how many documents' disagreements r holds.
func (r ReviewReply) Documents() int { return strings.Count(r.Suggestions, "\n") }

// NextSuggestions reads the first document's disagreements of lines (a
// ReviewReply's Suggestions) and returns them with the lines left.
func NextSuggestions(lines string) ([]annotations.Suggestion, string, error) {
	line, rest, _ := strings.Cut(lines, "\n")
	var s []annotations.Suggestion
	if err := json.Unmarshal([]byte(line), &s); err != nil {
		return nil, rest, fmt.Errorf("review reply: a document's disagreements: %w", err)
	}
	return s, rest, nil
}

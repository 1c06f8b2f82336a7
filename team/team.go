package team

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"spantag/agree"
	"spantag/annotations"
	"spantag/team/message"
)

// matched is the files read into an Index, its spool in memory.
type matched struct {
	index *agree.Index
	spool *bytes.Buffer
	message.Opened
}

// open reads every file of req as the command line reads its files.
func open(req message.Request) (*matched, error) {
	if len(req.Files) == 0 {
		return nil, errors.New("no annotators' files: open two or more")
	}
	m := &matched{spool: &bytes.Buffer{}, Opened: message.Opened{Unnamed: []string{}, Messages: []string{}}}
	m.index = agree.NewIndex(m.spool)
	for _, f := range req.Files {
		name := f.Name
		if n := req.Names[f.Name]; n != "" {
			name = n
		}
		if err := m.read(f, name); err != nil {
			return nil, err
		}
	}
	for _, r := range m.index.Replaced {
		m.Messages = append(m.Messages, fmt.Sprintf("%s: %s's version of document %d left out: a later version replaces it", r.Source, r.Annotator, r.Doc+1))
	}
	return m, nil
}

// read adds the documents of f, whose annotator (when they name none) is name.
func (m *matched) read(f message.File, name string) error {
	rd := annotations.NewReader(bytes.NewReader(f.Data), annotations.DefaultLabels)
	unnamed := false
	for n := 0; ; {
		d, err := rd.Read()
		var lineErr *annotations.LineError
		switch {
		case err == io.EOF:
			if unnamed {
				m.Unnamed = append(m.Unnamed, f.Name)
			}
			if n == 0 {
				m.Messages = append(m.Messages, f.Name+": "+agree.NoDocuments)
			}
			return nil
		case errors.As(err, &lineErr):
			m.Messages = append(m.Messages, f.Name+": "+lineErr.Error())
			continue
		case err != nil:
			return fmt.Errorf("%s: %w", f.Name, err)
		}
		unnamed = unnamed || !agree.HasAnnotator(d)
		n++ // numbered as the command line numbers them, refused or not
		if err := m.index.Add(name, n-1, rd.Line(), d); err != nil {
			m.Messages = append(m.Messages, f.Name+": "+(&annotations.LineError{Line: rd.Line(), Err: err}).Error())
		}
	}
}

// each calls f with every document's versions that opt keeps.
func (m *matched) each(opt agree.MatchOptions, f func(agree.Versions) error) error {
	return m.index.Each(bytes.NewReader(m.spool.Bytes()), annotations.DefaultLabels, opt, f)
}

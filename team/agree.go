package team

import (
	"bytes"

	"spantag/agree"
	"spantag/team/message"
)

// Agree works out the agreement figures of req's files.
func Agree(req message.Request) (message.AgreeReply, error) {
	m, err := open(req)
	if err != nil {
		return message.AgreeReply{}, err
	}
	opt := agree.MatchOptions{KeepRejected: req.KeepRejected}
	counter := agree.NewCounter(m.index.Annotators(opt), m.index.Labels(opt))
	n := 0
	err = m.each(opt, func(vs agree.Versions) error {
		n++
		return counter.Add(n-1, vs.Item()) // numbered as the review's documents
	})
	if err != nil {
		return message.AgreeReply{}, err
	}
	report := counter.Report()
	reply := message.AgreeReply{Opened: m.Opened, HTML: report.HTML()}
	var b bytes.Buffer
	for _, out := range []struct {
		write func(*bytes.Buffer) error
		to    *string
	}{
		{func(b *bytes.Buffer) error { return report.WriteJSON(b) }, &reply.JSON},
		{func(b *bytes.Buffer) error { return report.WriteFiguresCSV(b) }, &reply.FiguresCSV},
		{func(b *bytes.Buffer) error { return report.WriteDocumentsCSV(b) }, &reply.DocumentsCSV},
	} {
		b.Reset()
		if err := out.write(&b); err != nil {
			return message.AgreeReply{}, err
		}
		*out.to = b.String()
	}
	return reply, nil
}

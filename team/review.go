package team

import (
	"bytes"

	"spantag/agree"
	"spantag/annotations"
	"spantag/team/message"
)

// Review makes the review dataset of req's files (see agree's Versions.Review).
// It shows every version, a reject or an ignore among them, as spantag
// review does: the reviewer decides on them (req's KeepRejected is the
// figures'). A document whose id another text has (a file with the text
// changed) has nothing accepted in advance: its spans agree with no one's.
func Review(req message.Request) (message.ReviewReply, error) {
	m, err := open(req)
	if err != nil {
		return message.ReviewReply{}, err
	}
	reply := message.ReviewReply{Opened: m.Opened}
	var b bytes.Buffer
	w := annotations.NewWriter(&b)
	shared := m.index.SharedIDs()
	var disagreements []byte
	err = m.each(agree.MatchOptions{KeepRejected: true}, func(vs agree.Versions) error {
		d, err := vs.Review(req.AcceptAgreed && !shared[vs.ID])
		if err != nil {
			return err
		}
		if err := w.Write(d); err != nil {
			return err
		}
		disagreements, err = message.AppendSuggestions(disagreements, d.Suggestions)
		return err
	})
	if err == nil {
		err = w.Flush()
	}
	reply.JSONL, reply.Suggestions = b.String(), string(disagreements)
	return reply, err
}

package jobs

import (
	"errors"

	"spantag/annotations"
)

// PackPage is the reply of an OpenPage job: the page's document as pieces,
// its text, its meta, then each extra key and its value (JSON), so that the
// page takes them as they are. As a line of spans JSONL, a page of 4 MB was
// 8 MB of JSON for the page to read, and its tokens 50 MB more (QA pass 13).
func PackPage(d *annotations.Document) []byte {
	pieces := [][]byte{[]byte(d.Text), d.Meta}
	for _, f := range d.Extra {
		pieces = append(pieces, []byte(f.Key), f.Value)
	}
	return Pack(pieces...)
}

// UnpackPage is the document PackPage packed.
func UnpackPage(b []byte) (*annotations.Document, error) {
	pieces, err := Unpack(b)
	if err != nil {
		return nil, err
	}
	if len(pieces) < 2 || len(pieces)%2 != 0 {
		return nil, errors.New("a page's document of the worker is cut short")
	}
	d := &annotations.Document{Text: string(pieces[0]), Meta: pieces[1]}
	for i := 2; i < len(pieces); i += 2 {
		d.Extra = append(d.Extra, annotations.Field{Key: string(pieces[i]), Value: pieces[i+1]})
	}
	return d, nil
}

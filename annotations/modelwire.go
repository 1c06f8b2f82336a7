package annotations

import (
	"encoding/binary"
	"encoding/json"
	"errors"
)

// A ModelReply goes from the worker to the page packed (MarshalBinary):
// the length of its JSON without the model files, that JSON, the model
// file's length and bytes, then the base file's bytes. As JSON, the model
// file (300 KB after 200 news documents) took the page's thread most of
// the 385 ms it was blocked after an answer.

// MarshalBinary packs r.
func (r ModelReply) MarshalBinary() ([]byte, error) {
	head := r
	head.Model, head.Base = nil, nil
	js, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	out := binary.AppendUvarint(make([]byte, 0, len(js)+len(r.Model)+len(r.Base)+16), uint64(len(js)))
	out = append(out, js...)
	out = binary.AppendUvarint(out, uint64(len(r.Model)))
	out = append(out, r.Model...)
	return append(out, r.Base...), nil
}

var errModelReply = errors.New("the model's reply is damaged")

// UnmarshalBinary reads what MarshalBinary packed; the files are b's own
// bytes, not copies.
func (r *ModelReply) UnmarshalBinary(b []byte) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return errModelReply
	}
	b = b[k:]
	var head ModelReply
	if err := json.Unmarshal(b[:n], &head); err != nil {
		return err
	}
	b = b[n:]
	n, k = binary.Uvarint(b)
	if k <= 0 || n > uint64(len(b)-k) {
		return errModelReply
	}
	head.Model, head.Base = b[k:k+int(n)], b[k+int(n):]
	if len(head.Model) == 0 {
		head.Model = nil
	}
	if len(head.Base) == 0 {
		head.Base = nil
	}
	*r = head
	return nil
}

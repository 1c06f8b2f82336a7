package message

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// The jobs' bytes are frames, not JSON documents, so that neither side
// spends time escaping files and exports into JSON strings (or base64) on
// the page's thread: a frame is the number of its parts (uint32, big
// endian), each part's length (uint64), then the parts. The first part is
// a small JSON header; the others are bytes as they are.

// frame writes header, as JSON, and the parts.
func frame(header any, parts ...[]byte) ([]byte, error) {
	h, err := json.Marshal(header)
	if err != nil {
		return nil, err
	}
	parts = append([][]byte{h}, parts...)
	size := 4 + 8*len(parts)
	for _, p := range parts {
		size += len(p)
	}
	b := make([]byte, 0, size)
	b = binary.BigEndian.AppendUint32(b, uint32(len(parts)))
	for _, p := range parts {
		b = binary.BigEndian.AppendUint64(b, uint64(len(p)))
	}
	for _, p := range parts {
		b = append(b, p...)
	}
	return b, nil
}

// unframe reads a frame's header into header and returns its other parts
// (slices of b, not copies), failing unless there are want of them; want
// -1 takes any number.
func unframe(b []byte, header any, want int) ([][]byte, error) {
	if len(b) < 4 {
		return nil, errors.New("job message: too short for a frame")
	}
	n := int(binary.BigEndian.Uint32(b))
	if n < 1 || want >= 0 && n != want+1 {
		return nil, fmt.Errorf("job message: %d parts, want %d", n, want+1)
	}
	at := 4 + 8*n
	if at < 0 || len(b) < at {
		return nil, errors.New("job message: cut short in its lengths")
	}
	parts := make([][]byte, n)
	for i := range parts {
		size := binary.BigEndian.Uint64(b[4+8*i:])
		if size > uint64(len(b)-at) {
			return nil, fmt.Errorf("job message: part %d is longer than what is left", i+1)
		}
		parts[i] = b[at : at+int(size)]
		at += int(size)
	}
	if at != len(b) {
		return nil, fmt.Errorf("job message: %d bytes after its parts", len(b)-at)
	}
	if err := json.Unmarshal(parts[0], header); err != nil {
		return nil, fmt.Errorf("job message: its header: %w", err)
	}
	return parts[1:], nil
}

type requestHeader struct {
	Files        []string          `json:"files"`
	Names        map[string]string `json:"names,omitempty"`
	KeepRejected bool              `json:"keep_rejected,omitempty"`
	AcceptAgreed bool              `json:"accept_agreed,omitempty"`
}

// Encode writes r as the page sends it.
func (r Request) Encode() ([]byte, error) {
	h := requestHeader{Names: r.Names, KeepRejected: r.KeepRejected, AcceptAgreed: r.AcceptAgreed, Files: []string{}}
	data := make([][]byte, len(r.Files))
	for i, f := range r.Files {
		h.Files = append(h.Files, f.Name)
		data[i] = f.Data
	}
	return frame(h, data...)
}

// DecodeRequest reads what Request.Encode wrote.
func DecodeRequest(b []byte) (Request, error) {
	var h requestHeader
	data, err := unframe(b, &h, -1)
	if err != nil {
		return Request{}, err
	}
	if len(data) != len(h.Files) {
		return Request{}, fmt.Errorf("job message: %d files named, %d sent", len(h.Files), len(data))
	}
	r := Request{Names: h.Names, KeepRejected: h.KeepRejected, AcceptAgreed: h.AcceptAgreed}
	for i, name := range h.Files {
		r.Files = append(r.Files, File{Name: name, Data: data[i]})
	}
	return r, nil
}

type agreeHeader struct {
	Opened
	HTML string `json:"html"`
}

// Encode writes r as the worker replies.
func (r AgreeReply) Encode() ([]byte, error) {
	return frame(agreeHeader{r.Opened, r.HTML}, []byte(r.JSON), []byte(r.FiguresCSV), []byte(r.DocumentsCSV))
}

// DecodeAgreeReply reads what AgreeReply.Encode wrote.
func DecodeAgreeReply(b []byte) (AgreeReply, error) {
	var h agreeHeader
	parts, err := unframe(b, &h, 3)
	if err != nil {
		return AgreeReply{}, err
	}
	return AgreeReply{Opened: h.Opened, HTML: h.HTML, JSON: string(parts[0]), FiguresCSV: string(parts[1]), DocumentsCSV: string(parts[2])}, nil
}

// Encode writes r as the worker replies.
func (r ReviewReply) Encode() ([]byte, error) {
	return frame(r.Opened, []byte(r.JSONL), []byte(r.Suggestions))
}

// DecodeReviewReply reads what ReviewReply.Encode wrote.
func DecodeReviewReply(b []byte) (ReviewReply, error) {
	var h Opened
	parts, err := unframe(b, &h, 2)
	if err != nil {
		return ReviewReply{}, err
	}
	return ReviewReply{Opened: h, JSONL: string(parts[0]), Suggestions: string(parts[1])}, nil
}

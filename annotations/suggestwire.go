package annotations

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
)

// MarshalBinary packs r: the length of its head (appendHead), the head, then per
// suggestion, as varints, its start (after the previous one's), its
// length, its label's number and its reasons' count and numbers.
func (r SuggestReply) MarshalBinary() ([]byte, error) {
	head := replyHead{SuggestReply: r}
	labels, reasons := map[string]int{}, map[Reason]int{}
	var body []byte
	prev := 0
	for _, g := range r.Suggestions {
		body = binary.AppendVarint(body, int64(g.Start-prev))
		body = binary.AppendUvarint(body, uint64(g.End-g.Start))
		body = binary.AppendUvarint(body, uint64(numberOf(labels, &head.Labels, g.Label)))
		body = binary.AppendUvarint(body, uint64(len(g.Reasons)))
		for _, why := range g.Reasons {
			body = binary.AppendUvarint(body, uint64(numberOf(reasons, &head.Reasons, why)))
		}
		prev = g.Start
	}
	packed := appendHead(nil, head)
	out := binary.AppendUvarint(make([]byte, 0, binary.MaxVarintLen64+len(packed)+len(body)), uint64(len(packed)))
	return append(append(out, packed...), body...), nil
}

// numberOf is v's number in list (as numbers holds it), added to both if
// it is not there.
func numberOf[T comparable](numbers map[T]int, list *[]T, v T) int {
	if i, ok := numbers[v]; ok {
		return i
	}
	numbers[v] = len(*list)
	*list = append(*list, v)
	return len(*list) - 1
}

// UnmarshalBinary reads what MarshalBinary packed. Suggestions of one
// reason share it (a slice of the reasons read, its capacity cut).
func (r *SuggestReply) UnmarshalBinary(b []byte) error {
	n, k := binary.Uvarint(b)
	if k <= 0 || uint64(len(b)-k) < n {
		return errors.New("suggestions: the reply is cut short")
	}
	head, err := readHead(b[k : k+int(n)])
	if err != nil {
		return err
	}
	*r = head.SuggestReply
	rd := varintReader{b: b[k+int(n):]}
	start := 0
	for len(rd.b) > 0 && rd.err == nil {
		start += int(rd.varint())
		end := start + int(rd.uvarint())
		label := rd.index(len(head.Labels))
		g := Suggestion{Span: Span{Start: start, End: end}}
		if label >= 0 {
			g.Label = head.Labels[label]
		}
		switch count := rd.uvarint(); count {
		case 1:
			if i := rd.index(len(head.Reasons)); i >= 0 {
				g.Reasons = head.Reasons[i : i+1 : i+1]
			}
		default:
			for range min(count, uint64(len(rd.b))) { // each takes a byte at least
				if i := rd.index(len(head.Reasons)); i >= 0 {
					g.Reasons = append(g.Reasons, head.Reasons[i])
				}
			}
		}
		r.Suggestions = append(r.Suggestions, g)
	}
	return rd.err
}

// varintReader reads varints, keeping the first error.
type varintReader struct {
	b   []byte
	err error
}

func (rd *varintReader) uvarint() uint64 {
	v, k := binary.Uvarint(rd.b)
	if k <= 0 {
		rd.err, rd.b = errors.New("suggestions: a number is cut short"), nil
		return 0
	}
	rd.b = rd.b[k:]
	return v
}

func (rd *varintReader) varint() int64 {
	v, k := binary.Varint(rd.b)
	if k <= 0 {
		rd.err, rd.b = errors.New("suggestions: a number is cut short"), nil
		return 0
	}
	rd.b = rd.b[k:]
	return v
}

// index reads a number below n, or records an error and gives -1.
func (rd *varintReader) index(n int) int {
	v := rd.uvarint()
	if v >= uint64(n) {
		if rd.err == nil {
			rd.err, rd.b = fmt.Errorf("suggestions: number %d of a list of %d", v, n), nil
		}
		return -1
	}
	return int(v)
}

// MarshalBinary packs j for the worker without writing its large parts as
// JSON, which costs the page's thread far more than copying them: the
// length of the JSON head (j without its text, patterns and spans) and the
// head, the text's length and the text, the patterns file's length and
// the file, then per span, as varints, its start (after the previous
// one's), its length and its label's number in the head's labels.
func (j SuggestJob) MarshalBinary() ([]byte, error) {
	head := jobHead{SuggestJob: j}
	head.Text, head.Assist.Patterns, head.SuggestJob.Spans = "", "", nil
	body := packSpans(nil, j.Spans, &head.SpanLabels)
	js, err := json.Marshal(head)
	if err != nil {
		return nil, err
	}
	return Pack(body, string(js), j.Text, j.Assist.Patterns), nil
}

// jobHead is the JSON part of a packed SuggestJob: the labels its spans
// name by number.
type jobHead struct {
	SuggestJob
	SpanLabels []string `json:"span_labels,omitempty"`
}

// UnmarshalBinary reads what MarshalBinary packed.
func (j *SuggestJob) UnmarshalBinary(b []byte) error {
	rd := varintReader{b: b}
	pieces := rd.pieces(3)
	if rd.err != nil {
		return rd.err
	}
	var head jobHead
	if err := json.Unmarshal([]byte(pieces[0]), &head); err != nil {
		return fmt.Errorf("suggestions: %w", err)
	}
	*j = head.SuggestJob
	j.Text, j.Assist.Patterns = pieces[1], pieces[2]
	j.Spans = rd.spans(head.SpanLabels)
	return rd.err
}

// MarshalBinary packs j for the worker, its texts not written as JSON:
// each piece, the dataset's key then every text, as its length and its
// bytes.
func (j FeedJob) MarshalBinary() ([]byte, error) {
	n := len(j.Dataset)
	for _, t := range j.Texts {
		n += len(t)
	}
	out := make([]byte, 0, n+(1+len(j.Texts))*binary.MaxVarintLen64)
	for _, piece := range append([]string{j.Dataset}, j.Texts...) {
		out = binary.AppendUvarint(out, uint64(len(piece)))
		out = append(out, piece...)
	}
	return out, nil
}

// UnmarshalBinary reads what MarshalBinary packed.
func (j *FeedJob) UnmarshalBinary(b []byte) error {
	rd := varintReader{b: b}
	var pieces []string
	for len(rd.b) > 0 {
		n := rd.uvarint()
		if rd.err == nil && n > uint64(len(rd.b)) {
			rd.err = errors.New("suggestions: the feed job is cut short")
		}
		if rd.err != nil {
			return rd.err
		}
		pieces, rd.b = append(pieces, string(rd.b[:n])), rd.b[n:]
	}
	if len(pieces) == 0 {
		return errors.New("suggestions: the feed job is empty")
	}
	*j = FeedJob{Dataset: pieces[0], Texts: pieces[1:]}
	return nil
}

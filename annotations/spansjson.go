package annotations

import "bytes"

// SpansJSON is d's "spans" as the Writer writes them: a JSON array of
// spans in code points, each with its tokens, label and text. It fails on
// a span the Writer would refuse.
func (d *Document) SpansJSON() ([]byte, error) {
	spans, err := exportSpans(d)
	if err != nil {
		return nil, err
	}
	x := newSpanTokens(spans)
	for _, t := range d.Tokens() {
		x.see(t)
	}
	x.done()
	return bytes.TrimPrefix(appendSpans(nil, spans, x), []byte(`,"spans":`)), nil
}

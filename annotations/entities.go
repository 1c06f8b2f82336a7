package annotations

// The entities dataset as token lines: each token of the document (see
// Document.Tokens) tagged IOB2 by the ENTITY spans that overlap it.

const entity = "ENTITY"

// hfLabels is the sidecar of the Hugging Face file: the id2label map a
// token classification model is configured with, and its inverse.
var hfLabels = File{
	Name: "labels.json",
	MIME: jsonMIME,
	Data: []byte(`{"id2label":{"0":"O","1":"B-ENTITY","2":"I-ENTITY"},"label2id":{"O":0,"B-ENTITY":1,"I-ENTITY":2}}` + "\n"),
}

// iob2 returns each token's tag: B-LABEL on the first token a span
// overlaps, I-LABEL on the others it overlaps, O elsewhere. The spans must
// be sorted; a token two spans share is tagged by the first.
func iob2(tokens []Token, spans []exportSpan) []string {
	tags := make([]string, len(tokens))
	for _, s := range spans {
		first, last := overlapped(tokens, s.Span)
		tag, inside := "B-"+s.Label, "I-"+s.Label
		for i := first; i <= last; i++ {
			if tags[i] == "" {
				tags[i], tag = tag, inside
			}
		}
	}
	for i, tag := range tags {
		if tag == "" {
			tags[i] = "O"
		}
	}
	return tags
}

// tagged returns the texts of d's tokens and their IOB2 entity tags.
func tagged(d *Document) (words, tags []string, err error) {
	spans, err := spansOf(d, entity)
	if err != nil {
		return nil, nil, err
	}
	tokens := d.Tokens()
	words = make([]string, len(tokens))
	for i, t := range tokens {
		words[i] = d.Text[t.Start:t.End]
	}
	return words, iob2(tokens, spans), nil
}

// addIOB2 appends d as CoNLL lines, "token TAG", and a blank line after
// the document. A token holds no line break, but may start with a space
// (a combining mark after one), so a reader splits at the last space.
func addIOB2(b []byte, d *Document) ([]byte, error) {
	words, tags, err := tagged(d)
	if err != nil || len(words) == 0 {
		return b, err
	}
	for i, w := range words {
		b = append(b, w...)
		b = append(b, ' ')
		b = append(b, tags[i]...)
		b = append(b, '\n')
	}
	return append(b, '\n'), nil
}

// addHF appends d as one Hugging Face token classification record:
// {"id", "tokens", "ner_tags"}, the tags as IOB2 strings.
func addHF(b []byte, d *Document) ([]byte, error) {
	words, tags, err := tagged(d)
	if err != nil {
		return b, err
	}
	b = openRecord(b, d.ID())
	b = appendStrings(field(b, "tokens"), words)
	b = appendStrings(field(b, "ner_tags"), tags)
	return append(b, "}\n"...), nil
}

// appendStrings appends a JSON array of strings.
func appendStrings(b []byte, list []string) []byte {
	b = append(b, '[')
	for i, s := range list {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

package annotations

import (
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// W3C Web Annotation (https://www.w3.org/TR/annotation-model/): spantag
// writes each document as one JSON-LD AnnotationPage a line, holding the
// text under "text" (spantag's own key: a page does not otherwise carry
// the text it annotates) and one Annotation per span, its label the body's
// value and its place a TextQuoteSelector with 32 code points of context
// either side plus a TextPositionSelector in code points.

// w3cAnnotation is one item of a W3C page.
type w3cAnnotation struct {
	Body      json.RawMessage `json:"body"`
	BodyValue *string         `json:"bodyValue"`
	Target    json.RawMessage `json:"target"`
}

// w3cBody is a TextualBody; its value is the label.
type w3cBody struct {
	Value   *string `json:"value"`
	Purpose string  `json:"purpose"`
}

// w3cTarget is a SpecificResource: a source and where in it.
type w3cTarget struct {
	Selector json.RawMessage `json:"selector"`
}

// w3cSelector is a TextQuoteSelector or a TextPositionSelector.
type w3cSelector struct {
	Type   string  `json:"type"`
	Exact  *string `json:"exact"`
	Prefix string  `json:"prefix"`
	Suffix string  `json:"suffix"`
	Start  *int    `json:"start"`
	End    *int    `json:"end"`
}

// readItems reads the annotations of a W3C page. Each becomes a span per
// label: its "bodyValue", or the value of each body whose purpose is
// tagging, classifying or identifying (or not given); other bodies, such as
// comments, are skipped. Its target's TextPositionSelector gives offsets in
// code points and its TextQuoteSelector the text with its prefix and
// suffix, which re-anchor a span whose offsets do not hold its text or
// place one that has no offsets. Other selectors are ignored.
func (t *task) readItems(raw []byte) error {
	var items []json.RawMessage
	if err := decodeAs(raw, &items, "items"); err != nil {
		return err
	}
	t.w3c = true
	for i, item := range items {
		name := fmt.Sprintf("item %d", i+1)
		var a w3cAnnotation
		if err := decodeAs(item, &a, name); err != nil {
			return err
		}
		labels, err := w3cLabels(a, name)
		if err != nil {
			return err
		}
		s, err := w3cPlace(a.Target, name)
		if err != nil {
			return err
		}
		for _, label := range labels {
			s.label = label
			t.spans = append(t.spans, s)
		}
	}
	return nil
}

func w3cLabels(a w3cAnnotation, name string) ([]string, error) {
	if a.BodyValue != nil {
		return []string{*a.BodyValue}, nil
	}
	bodies, err := oneOrMany(a.Body, name+": body")
	if err != nil {
		return nil, err
	}
	var labels []string
	for _, raw := range bodies {
		var body w3cBody
		if err := decodeAs(raw, &body, name+": body"); err != nil {
			return nil, err
		}
		switch {
		case body.Purpose != "" && body.Purpose != "tagging" && body.Purpose != "classifying" && body.Purpose != "identifying":
			continue
		case body.Value == nil:
			return nil, fmt.Errorf("%s: body has no value (the label)", name)
		}
		labels = append(labels, *body.Value)
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("%s has no body that tags it (the label)", name)
	}
	return labels, nil
}

// w3cPlace reads the selectors of an annotation's target.
func w3cPlace(raw []byte, name string) (spanIn, error) {
	s := spanIn{name: name}
	if len(raw) == 0 || raw[0] != '{' {
		return s, fmt.Errorf("%s: target is not an object with a selector", name)
	}
	var target w3cTarget
	if err := decodeAs(raw, &target, name+": target"); err != nil {
		return s, err
	}
	selectors, err := oneOrMany(target.Selector, name+": selector")
	if err != nil {
		return s, err
	}
	for _, raw := range selectors {
		var sel w3cSelector
		if err := decodeAs(raw, &sel, name+": selector"); err != nil {
			return s, err
		}
		switch sel.Type {
		case "TextQuoteSelector":
			if sel.Exact == nil {
				return s, fmt.Errorf("%s: TextQuoteSelector has no exact", name)
			}
			s.text, s.prefix, s.suffix = sel.Exact, sel.Prefix, sel.Suffix
		case "TextPositionSelector":
			if err := offsetsGiven(name+": TextPositionSelector", sel.Start, sel.End, "start", "end"); err != nil {
				return s, err
			}
			s.start, s.end, s.units = *sel.Start, *sel.End, codePointsOnly
		}
	}
	if s.text == nil && s.units == nil {
		return s, fmt.Errorf("%s has no TextQuoteSelector or TextPositionSelector", name)
	}
	return s, nil
}

// oneOrMany reads a JSON value that may be one item or an array of them,
// as the Web Annotation model allows for bodies and selectors; an absent
// or null value is none.
func oneOrMany(raw []byte, what string) ([]json.RawMessage, error) {
	switch {
	case len(raw) == 0 || string(raw) == "null":
		return nil, nil
	case raw[0] != '[':
		return []json.RawMessage{raw}, nil
	}
	var list []json.RawMessage
	err := decodeAs(raw, &list, what)
	return list, err
}

const (
	w3cContext   = "http://www.w3.org/ns/anno.jsonld"
	quoteContext = 32 // code points of prefix and suffix in a TextQuoteSelector
)

// addW3C appends d as one W3C AnnotationPage: {"@context", "id", "type",
// "text", then meta, answer and the document's other keys, "items"}. The
// page's id is the document's IRI (see documentIRI); each span is an
// Annotation that classifies it by a TextualBody whose value is the label,
// with a TextQuoteSelector and a TextPositionSelector in code points.
func addW3C(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d)
	if err != nil {
		return b, err
	}
	iri := documentIRI(d.ID())
	b = append(b, `{"@context":"`+w3cContext+`","id":`...)
	b = appendJSONString(b, iri)
	b = append(b, `,"type":"AnnotationPage","text":`...)
	b = appendJSONString(b, d.Text)
	b = appendKept(b, d, "@context", "id", "type", "items")
	b = append(field(b, "items"), '[')
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendAnnotation(b, d, iri, i+1, s)
	}
	return append(b, "]}\n"...), nil
}

// appendAnnotation appends span s, the nth of the document iri, as an
// Annotation.
func appendAnnotation(b []byte, d *Document, iri string, n int, s exportSpan) []byte {
	x := d.Index()
	before, _ := x.ToByte(max(s.start-quoteContext, 0), CodePoints)
	after, _ := x.ToByte(min(s.end+quoteContext, x.Len(CodePoints)), CodePoints)
	b = append(b, `{"id":`...)
	b = appendJSONString(b, iri+"#"+strconv.Itoa(n))
	b = append(b, `,"type":"Annotation","motivation":"classifying","body":{"type":"TextualBody","purpose":"classifying","value":`...)
	b = appendJSONString(b, s.Label)
	b = append(b, `},"target":{"source":`...)
	b = appendJSONString(b, iri)
	b = append(b, `,"selector":[{"type":"TextQuoteSelector","exact":`...)
	b = appendJSONString(b, s.text)
	if before < s.Start {
		b = appendJSONString(field(b, "prefix"), d.Text[before:s.Start])
	}
	if s.End < after {
		b = appendJSONString(field(b, "suffix"), d.Text[s.End:after])
	}
	b = append(b, `},{"type":"TextPositionSelector","start":`...)
	b = appendInt(b, s.start)
	b = appendInt(field(b, "end"), s.end)
	return append(b, "}]}}"...)
}

// documentIRI names a document in a W3C page: its id when that is an IRI
// already (as after reading a page back), else urn:spantag: and the id,
// percent-encoded.
func documentIRI(id string) string {
	if isIRI(id) {
		return id
	}
	const unreserved = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~"
	const hex = "0123456789ABCDEF"
	b := []byte("urn:spantag:")
	for i := 0; i < len(id); i++ {
		if c := id[i]; strings.IndexByte(unreserved, c) >= 0 {
			b = append(b, c)
		} else {
			b = append(b, '%', hex[c>>4], hex[c&0xf])
		}
	}
	return string(b)
}

// isIRI reports whether s is an absolute IRI without a fragment: a scheme
// (a letter, then letters, digits, +, - or .), a colon, and more, with no
// white space, quote, angle bracket or #.
func isIRI(s string) bool {
	colon := strings.IndexByte(s, ':')
	if colon < 1 || colon == len(s)-1 || strings.ContainsAny(s, " \t\r\n\"<>#") {
		return false
	}
	for i, c := range s[:colon] {
		letter := 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
		if !letter && (i == 0 || !('0' <= c && c <= '9' || c == '+' || c == '-' || c == '.')) {
			return false
		}
	}
	return true
}

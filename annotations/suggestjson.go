package annotations

import (
	"encoding/json"
	"slices"
	"strconv"
)

// suggestionsKey is the key under which an export may add a document's
// open suggestions, apart from its spans.
const suggestionsKey = "_suggestions"

// appendOrigin writes the provenance of an accepted suggestion after its
// span's keys: "pattern" as Prodigy writes it, else "source"; then the id
// the span had in the file it was read from, if any.
func appendOrigin(b []byte, o Origin) []byte {
	switch {
	case o.Pattern != "" && json.Valid([]byte(o.Pattern)):
		b = appendCompact(append(b, `,"pattern":`...), []byte(o.Pattern))
	case o.Pattern != "":
		b = appendJSONString(append(b, `,"pattern":`...), o.Pattern)
	case o.Source != "":
		b = appendJSONString(append(b, `,"source":`...), o.Source)
	}
	if o.ID != "" {
		b = appendCompact(append(b, `,"id":`...), []byte(o.ID))
	}
	return b
}

// appendSuggestions writes d's open suggestions as "_suggestions": each with
// its code point offsets, label, text and reasons. One that could not be
// written as a span (white space only) is left out.
func appendSuggestions(b []byte, d *Document) []byte {
	spans := spansOfSuggestions(d.Suggestions)
	cps := newCodePointTable(spans)
	cps.countTo(d.Text, len(d.Text))
	b = append(b, `,"`+suggestionsKey+`":[`...)
	n := 0
	for _, g := range d.Suggestions {
		s, err := exportOne(d, g.Span)
		if err != nil {
			continue
		}
		s.start, s.end = cps.at(s.Start), cps.at(s.End)
		if n > 0 {
			b = append(b, ',')
		}
		n++
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.end), 10)
		b = append(b, `,"label":`...)
		b = appendJSONString(b, s.Label)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, s.text)
		b = append(b, `,"reasons":`...)
		b = appendReasons(b, g.Reasons)
		b = append(b, '}')
	}
	return append(b, ']')
}

// keepPlacedOrigins keeps, of the provenance read with the spans, that of
// the spans placed as they were (not merged away), sorted.
func (d *Document) keepPlacedOrigins() {
	if len(d.Origins) == 0 {
		return
	}
	kept := d.Origins[:0]
	for _, o := range d.Origins {
		if _, ok := d.Find(o.Span); ok {
			kept = append(kept, o)
		}
	}
	slices.SortFunc(kept, func(a, b Origin) int { return compareSpans(a.Span, b.Span) })
	d.Origins = slices.CompactFunc(kept, func(a, b Origin) bool { return a.Span == b.Span })
	if len(d.Origins) == 0 {
		d.Origins = nil
	}
}

// exportedReason is a Reason as an export writes it: the pattern's id or
// line number as the JSON value it is (`"kp"`, `3`), as on an accepted span.
type exportedReason struct {
	From    From            `json:"from"`
	Text    string          `json:"text"`
	Pattern json.RawMessage `json:"pattern,omitempty"`
	Score   float64         `json:"score,omitempty"`
}

// appendReasons writes reasons as a JSON array of exportedReason.
func appendReasons(b []byte, reasons []Reason) []byte {
	out := make([]exportedReason, len(reasons))
	for i, r := range reasons {
		out[i] = exportedReason{From: r.From, Text: r.Text, Score: r.Score}
		switch {
		case r.Pattern == "":
		case json.Valid([]byte(r.Pattern)):
			out[i].Pattern = json.RawMessage(r.Pattern)
		default:
			out[i].Pattern, _ = json.Marshal(r.Pattern) // a string always marshals
		}
	}
	j, _ := json.Marshal(out) // strings, numbers and valid JSON: it cannot fail
	return append(b, j...)
}

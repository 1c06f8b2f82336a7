package annotations

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"unicode/utf8"
)

// Writer writes documents as spantag's spans JSONL: one compact JSON object
// a line with the keys text, meta, tokens, spans, answer, _input_hash and
// _task_hash, then the document's Extra keys in their order. Offsets are
// code points; token_end is inclusive, as in Prodigy's files.
type Writer struct {
	out   io.Writer
	buf   []byte
	input fnv32a // the text's _input_hash, hashed as writeText goes

	// Suggestions adds each document's open suggestions under
	// "_suggestions" (suggestjson.go); they are never spans.
	Suggestions bool
}

// NewWriter makes a Writer to w; call Flush when done.
func NewWriter(w io.Writer) *Writer { return &Writer{out: w} }

// flushAt is how much the Writer buffers before it writes to out.
const flushAt = 64 << 10

// Write writes d as one line. It refuses, writing nothing, a document whose
// text is not UTF-8, whose meta or extra keys are not JSON, or one of whose
// spans does not fit its text or holds only white space: every span written
// satisfies text[start:end] == span.text in code points.
func (w *Writer) Write(d *Document) error {
	if err := checkForExport(d); err != nil {
		return err
	}
	spans, err := exportSpans(d)
	if err != nil {
		return err
	}
	w.buf = append(w.buf, `{"text":`...)
	if err := w.writeText(d.Text); err != nil {
		return err
	}
	if len(d.Meta) > 0 {
		w.buf = append(w.buf, `,"meta":`...)
		w.buf = appendCompact(w.buf, d.Meta)
	}
	at, err := w.writeTokens(d, spans)
	if err != nil {
		return err
	}
	w.buf = appendSpans(w.buf, spans, at)
	if d.Answer != Unanswered {
		w.buf = append(w.buf, `,"answer":`...)
		w.buf = appendJSONString(w.buf, string(d.Answer))
	}
	input := int32(w.input)
	w.buf = append(w.buf, `,"_input_hash":`...)
	w.buf = strconv.AppendInt(w.buf, int64(input), 10)
	w.buf = append(w.buf, `,"_task_hash":`...)
	w.buf = strconv.AppendInt(w.buf, int64(taskHash(input, spans)), 10)
	for _, f := range d.Extra {
		if w.Suggestions && f.Key == suggestionsKey {
			continue // written below, as they are now
		}
		w.buf = append(w.buf, ',')
		w.buf = appendJSONString(w.buf, f.Key)
		w.buf = append(w.buf, ':')
		w.buf = appendCompact(w.buf, f.Value)
	}
	if w.Suggestions {
		w.buf = appendSuggestions(w.buf, d)
	}
	w.buf = append(w.buf, "}\n"...)
	return w.spill()
}

// Flush writes what the Writer holds to the underlying writer.
func (w *Writer) Flush() error {
	_, err := w.out.Write(w.buf)
	w.buf = w.buf[:0]
	return err
}

// writeText writes text as one JSON string, a piece of about flushAt bytes
// at a time (cut where a character starts, which escaping treats alone),
// spilling between pieces: a text of 60 MB is never escaped, nor hashed
// for its _input_hash, in one go.
func (w *Writer) writeText(text string) error {
	w.buf = append(w.buf, '"')
	w.input = newFNV32a()
	for len(text) > 0 {
		n := min(len(text), flushAt)
		for n < len(text) && !utf8.RuneStart(text[n]) {
			n++
		}
		w.input.add(text[:n])
		at := len(w.buf)
		w.buf = appendJSONString(w.buf, text[:n])
		w.buf = append(w.buf[:at], w.buf[at+1:len(w.buf)-1]...) // without its quotes
		text = text[n:]
		if err := w.spill(); err != nil {
			return err
		}
	}
	w.buf = append(w.buf, '"')
	return nil
}

// spill flushes once enough is buffered, so that a long document's tokens
// are not all held in memory.
func (w *Writer) spill() error {
	if len(w.buf) < flushAt {
		return nil
	}
	return w.Flush()
}

// writeTokens writes d's tokens, a batch at a time, and returns the first
// and last token each of spans overlaps.
func (w *Writer) writeTokens(d *Document, spans []exportSpan) (*spanTokens, error) {
	w.buf = append(w.buf, `,"tokens":[`...)
	var at codePointCounter
	x := newSpanTokens(spans)
	text := d.Text
	for batch := range d.tokenBatches() {
		for _, t := range batch {
			w.buf = appendToken(w.buf, text, t, x.seen, &at)
			x.see(t)
		}
		if err := w.spill(); err != nil {
			return nil, err
		}
	}
	x.done()
	w.buf = append(w.buf, ']')
	return x, nil
}

// appendToken appends token t, the id-th, as an object of the "tokens"
// array (after a comma but for the first): the export's most repeated
// code, kept to few calls.
func appendToken(b []byte, text string, t Token, id int, at *codePointCounter) []byte {
	if id > 0 {
		b = append(b, `,{"text":`...)
	} else {
		b = append(b, `{"text":`...)
	}
	word := text[t.Start:t.End]
	start := at.to(text, t.Start)
	end := start + len(word)
	if plainASCII(word) { // as it is, one code point a byte
		b = append(b, '"')
		b = append(b, word...)
		b = append(b, '"')
		at.byteAt, at.at = t.End, end
	} else {
		b = appendJSONString(b, word)
		end = at.to(text, t.End)
	}
	b = append(b, `,"start":`...)
	b = appendCount(b, start)
	b = append(b, `,"end":`...)
	b = appendCount(b, end)
	b = append(b, `,"id":`...)
	b = appendCount(b, id)
	if t.WS {
		return append(b, `,"ws":true}`...)
	}
	return append(b, `,"ws":false}`...)
}

// plainASCII reports whether s is ASCII that a JSON string holds as it is.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= utf8.RuneSelf || c == '"' || c == '\\' {
			return false
		}
	}
	return true
}

// appendCount appends n ≥ 0 in decimal, as strconv.AppendInt does, with
// no call for the small numbers of most offsets.
func appendCount(b []byte, n int) []byte {
	switch {
	case n < 0:
		return strconv.AppendInt(b, int64(n), 10)
	case n < 10:
		return append(b, byte('0'+n))
	case n < 100:
		return append(b, byte('0'+n/10), byte('0'+n%10))
	case n < 1000:
		return append(b, byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
	}
	return strconv.AppendInt(b, int64(n), 10)
}

// codePointCounter converts increasing byte offsets of one text to code
// points in a single pass over it.
type codePointCounter struct{ byteAt, at int }

func (c *codePointCounter) to(text string, b int) int {
	if b == c.byteAt+1 && text[c.byteAt] < utf8.RuneSelf { // a space between tokens
		c.byteAt, c.at = b, c.at+1
		return c.at
	}
	c.at += utf8.RuneCountInString(text[c.byteAt:b])
	c.byteAt = b
	return c.at
}

// exportSpan is a span as written: in code points, with its text.
type exportSpan struct {
	Span       // in bytes
	start, end int
	text       string
	origin     Origin // where an accepted suggestion came from, if it was one
}

// exportSpans converts d's spans to code points, sorted and without
// duplicates, refusing one that cannot be written.
func exportSpans(d *Document) ([]exportSpan, error) {
	cps := newCodePointTable(d.Text, d.Spans)
	spans := make([]exportSpan, 0, len(d.Spans))
	for _, s := range d.Spans {
		e, err := exportOne(d, s, cps)
		if err != nil {
			return nil, fmt.Errorf("cannot write span %v: %w", s, err)
		}
		spans = append(spans, e)
	}
	// Byte order is code point order.
	byBytes := func(a, b exportSpan) int { return compareSpans(a.Span, b.Span) }
	slices.SortFunc(spans, byBytes)
	return slices.CompactFunc(spans, func(a, b exportSpan) bool { return a.Span == b.Span }), nil
}

func exportOne(d *Document, s Span, cps codePointTable) (exportSpan, error) {
	if s.Label == "" {
		return exportSpan{}, errors.New("it has no label")
	}
	if s.Start < 0 || s.End > len(d.Text) || s.Start >= s.End {
		return exportSpan{}, fmt.Errorf("it does not fit the text, which is %d bytes long", len(d.Text))
	}
	start, err := cps.at(d.Text, s.Start)
	if err != nil {
		return exportSpan{}, err
	}
	end, err := cps.at(d.Text, s.End)
	if err != nil {
		return exportSpan{}, err
	}
	text := d.Text[s.Start:s.End]
	if allSpace(text) {
		return exportSpan{}, errors.New("it holds only white space")
	}
	origin, _ := d.Origin(s)
	return exportSpan{s, start, end, text, origin}, nil
}

// codePointTable holds the code point offset of each byte offset where a
// span of a text starts or ends, counted in one pass over the text: the
// spans of a long document convert without an Index lookup each.
type codePointTable struct{ bytes, cps []int }

func newCodePointTable(text string, spans []Span) codePointTable {
	var t codePointTable
	for _, s := range spans {
		t.bytes = append(t.bytes, s.Start, s.End)
	}
	slices.Sort(t.bytes)
	t.bytes = slices.Compact(t.bytes)
	var count codePointCounter
	for _, b := range t.bytes {
		t.cps = append(t.cps, count.to(text, min(max(b, 0), len(text))))
	}
	return t
}

// at converts byte offset b, one the table was made with, to code points;
// it fails when b is inside a code point.
func (t codePointTable) at(text string, b int) (int, error) {
	if b < len(text) && !utf8.RuneStart(text[b]) {
		return 0, &OffsetError{b, Bytes, "falls inside a code point"}
	}
	i, _ := slices.BinarySearch(t.bytes, b)
	return t.cps[i], nil
}

// ownKeys are the keys Writer writes itself, which Extra must not repeat.
var ownKeys = []string{"text", "meta", "tokens", "spans", "answer", "_input_hash", "_task_hash"}

// checkForExport refuses a document whose text, answer, meta or extra keys
// cannot be written as they are.
func checkForExport(d *Document) error {
	if !d.utf8 && !utf8.ValidString(d.Text) { // 60 MB take a while to check again
		return CheckUTF8([]byte(d.Text))
	}
	if !d.Answer.Valid() {
		return fmt.Errorf("answer %q is not accept, reject or ignore", d.Answer)
	}
	if len(d.Meta) > 0 && (!json.Valid(d.Meta) || compact(d.Meta)[0] != '{') {
		return errors.New("meta is not a JSON object")
	}
	for _, f := range d.Extra {
		if slices.Contains(ownKeys, f.Key) {
			return fmt.Errorf("extra key %q is one the writer writes itself", f.Key)
		}
		if !json.Valid(f.Value) {
			return fmt.Errorf("extra key %q does not hold valid JSON", f.Key)
		}
	}
	return nil
}

func appendSpans(b []byte, spans []exportSpan, x *spanTokens) []byte {
	b = append(b, `,"spans":[`...)
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		first, last := x.first[i], x.last[i]
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.end), 10)
		b = append(b, `,"token_start":`...)
		b = strconv.AppendInt(b, int64(first), 10)
		b = append(b, `,"token_end":`...)
		b = strconv.AppendInt(b, int64(last), 10)
		b = append(b, `,"label":`...)
		b = appendJSONString(b, s.Label)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, s.text)
		b = appendOrigin(b, s.origin)
		b = append(b, '}')
	}
	return append(b, ']')
}

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
	out    io.Writer
	buf    []byte
	input  fnv32a  // the text's _input_hash, hashed as writeText goes
	tokens []Token // a batch of tokens, its array reused from document to document

	// Suggestions adds each document's open suggestions under
	// "_suggestions" (suggestjson.go); they are never spans.
	Suggestions bool
	// NoTokens leaves out the tokens and the spans' token indices, which a
	// Reader works out again from the text: for a copy that only spantag
	// reads back (a document of 20 MB has tokens of about 250 MB).
	NoTokens bool
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
	spans, cps, err := exportSpansInBytes(d)
	if err != nil {
		return err
	}
	w.buf = append(w.buf, `{"text":`...)
	if err := w.writeText(d.Text, cps); err != nil {
		return err
	}
	cps.convert(spans)
	if len(d.Meta) > 0 {
		w.buf = append(w.buf, `,"meta":`...)
		w.buf = appendCompact(w.buf, d.Meta)
	}
	var at *spanTokens
	if !w.NoTokens {
		if at, err = w.writeTokens(d, spans); err != nil {
			return err
		}
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
// for its _input_hash, nor counted for the code points of its spans (cps),
// in one go.
func (w *Writer) writeText(text string, cps *codePointTable) error {
	w.buf = append(w.buf, '"')
	w.input = newFNV32a()
	for from := 0; from < len(text); {
		to := min(len(text), from+flushAt)
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		piece := text[from:to]
		w.input.add(piece)
		cps.countTo(text, to)
		at := len(w.buf)
		w.buf = appendJSONString(w.buf, piece)
		w.buf = append(w.buf[:at], w.buf[at+1:len(w.buf)-1]...) // without its quotes
		from = to
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

// keptTokens is the most tokens whose array the Writer keeps for the next
// document: enough for a short document's, and no long one's held on to
// (agree's Index keeps a Writer for the life of a comparison).
const keptTokens = 2048

// writeTokens writes d's tokens, a batch at a time, and returns the first
// and last token each of spans overlaps.
func (w *Writer) writeTokens(d *Document, spans []exportSpan) (*spanTokens, error) {
	w.buf = append(w.buf, `,"tokens":[`...)
	var at codePointCounter
	x := newSpanTokens(spans)
	text := d.Text
	for batch := range d.tokenBatches(w.tokens) {
		if cap(batch) <= keptTokens {
			w.tokens = batch // its array, for the next document
		}
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

// appendSpans appends the "spans" array, with the spans' token indices when x
// holds them.
func appendSpans(b []byte, spans []exportSpan, x *spanTokens) []byte {
	b = append(b, `,"spans":[`...)
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"start":`...)
		b = strconv.AppendInt(b, int64(s.start), 10)
		b = append(b, `,"end":`...)
		b = strconv.AppendInt(b, int64(s.end), 10)
		if x != nil {
			b = append(b, `,"token_start":`...)
			b = strconv.AppendInt(b, int64(x.first[i]), 10)
			b = append(b, `,"token_end":`...)
			b = strconv.AppendInt(b, int64(x.last[i]), 10)
		}
		b = append(b, `,"label":`...)
		b = appendJSONString(b, s.Label)
		b = append(b, `,"text":`...)
		b = appendJSONString(b, s.text)
		b = appendOrigin(b, s.origin)
		b = append(b, '}')
	}
	return append(b, ']')
}

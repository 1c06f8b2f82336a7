package annotations

// Stream framing: the Reader takes one document's JSON at a time from JSONL
// (a line) or from a JSON array (an element), with the line it starts on;
// decode.go makes a Document of it.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"slices"
)

// LineError is a line of an import that could not be loaded: Line counts
// from 1 and Err says what is wrong with it.
type LineError struct {
	Line int
	Err  error
}

func (e *LineError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }

func (e *LineError) Unwrap() error { return e.Err }

// Reader reads documents one at a time from JSONL (one JSON object a line,
// blank lines skipped) or from a JSON array of such objects, told apart by
// the first byte that is not white space. It never holds more than one
// document's line in memory, and a line may be of any length.
type Reader struct {
	in       *bufio.Reader
	labels   LabelSet
	src      source       // chosen on the first Read
	read     int          // documents returned
	pending  []parsed     // documents of the object read last, not yet returned
	line     int          // the line that object starts on
	anchors  []Anchor     // of the document returned last
	warnings []*LineError // of the object read last, with its first document
	pause    func() error // between pieces of decoding one object (PauseWith)
	// keepUnusable keeps aside the spans that cannot be used (KeepUnusableSpans)
	keepUnusable bool
}

// source yields the raw JSON of one document at a time and the line it
// starts on.
type source interface {
	next() (raw []byte, line int, err error)
}

// NewReader makes a Reader of r that accepts the spans labelled in labels.
func NewReader(r io.Reader, labels LabelSet) *Reader {
	return &Reader{in: bufio.NewReaderSize(r, 64<<10), labels: labels, pause: noPause}
}

// PauseWith has r call pause between pieces of the work of decoding one
// object (its fields, its offset index, a thousand spans placed), and stop
// at its error: the page yields to the browser there, so that one object
// of 1 MB and 5,000 spans is not one long task.
func (r *Reader) PauseWith(pause func() error) { r.pause = pause }

func noPause() error { return nil }

// KeepUnusableSpans has r keep aside a span it cannot use (a label not in the
// set, none, offsets that cannot be any text's, a text of white space), with
// its reason, as it keeps one whose text is not found, and load its
// document; by default such a span refuses its line. The page, whose labels
// are fixed, keeps them, so that a file of other labels (doccano's PER, LOC)
// still opens and loses nothing; the command line refuses them, where
// -labels and -map make a file's labels the dataset's.
func (r *Reader) KeepUnusableSpans() { r.keepUnusable = true }

// Read returns the next document, io.EOF after the last, or a *LineError
// for a line (or array element) that cannot be loaded, after which reading
// goes on. A document is a JSON object in one of these shapes:
//
//   - a bare task: {"text": ..., "meta": {...}};
//   - spantag's own export or Prodigy's: "spans": [{"start", "end", "label",
//     "text"}, ...] and "answer"; "tokens" and the hashes are recomputed on
//     writing, not read;
//   - doccano: "label" or "labels": [[start, end, "LABEL"], ...], or
//     "entities": [{"label", "start_offset", "end_offset"}, ...], with the
//     text in "text" or "data";
//   - a Label Studio task: {"data": {"text": ...}, "annotations":
//     [{"result": [{"type": "labels", "value": {"start", "end", "text",
//     "labels"}}]}]}: each annotation is a version of the document, returned
//     one after the other (see readAnnotations);
//   - a W3C Web Annotation page as spantag exports it: {"@context", "type":
//     "AnnotationPage", "text", "items": [...]}, each item's body value its
//     label and its target's TextQuoteSelector and TextPositionSelector its
//     place (see readItems); "@context", and "type" on such a page, are
//     written anew, not read.
//
// Offsets are Unicode code points, except that a Label Studio result that
// carries its text may count in UTF-16 units (JavaScript's): the unit under
// which the text matches is taken. A span must have a label of the set and
// offsets inside the text that hold more than white space. A span that
// carries its text ("text", or a TextQuoteSelector) but whose offsets do not
// hold it is re-anchored where the text is (see Anchors). Exact duplicates
// collapse to one, and spans of one label that overlap are merged into one,
// as the editor does; the spans merged are kept aside and the merge is said
// (see Warnings). Keys not understood are kept in Document.Extra, in their
// order; a key given twice is read once, its last value.
func (r *Reader) Read() (*Document, error) {
	r.anchors, r.warnings = nil, nil
	if len(r.pending) == 0 {
		if err := r.next(); err != nil {
			return nil, err
		}
	}
	p := r.pending[0]
	r.pending = r.pending[1:]
	for i := range p.anchors {
		p.anchors[i].Line, p.anchors[i].Doc = r.line, r.read
	}
	r.anchors = p.anchors
	r.read++
	return p.doc, nil
}

// next reads the next object of the file into r.pending.
func (r *Reader) next() error {
	if r.src == nil {
		src, err := r.sniff()
		if err != nil {
			return err
		}
		r.src = src
	}
	raw, line, err := r.src.next()
	if err != nil {
		return err
	}
	r.line = line
	var paused error // the pause's, not the line's
	docs, warnings, err := parseDocuments(raw, r.labels, func() error { paused = r.pause(); return paused }, r.keepUnusable)
	switch {
	case paused != nil:
		return paused
	case err != nil:
		return &LineError{Line: line, Err: err}
	}
	r.pending = docs
	for _, w := range warnings {
		r.warnings = append(r.warnings, &LineError{Line: line, Err: errors.New(w)})
	}
	return nil
}

// Anchors returns the spans of the document Read returned last that were
// moved to where their text is or kept aside, in the order of the file.
func (r *Reader) Anchors() []Anchor { return r.anchors }

// Warnings returns what reading the line of the document Read returned last
// changed or chose, when that document is the line's first: a key given
// twice, a lone surrogate escape, spans merged, a relation to no span, the
// versions of a Label Studio task.
func (r *Reader) Warnings() []*LineError { return r.warnings }

// ReadAll reads every document of r, reporting the lines that could not be
// loaded and the spans re-anchored; err is a failure to read r at all.
func ReadAll(r io.Reader, labels LabelSet) ([]*Document, Report, error) {
	var docs []*Document
	report, err := readEach(r, labels, ReadOptions{}, func(d *Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, report, err
}

// ReadOptions are how a file is read: Pause, if not nil, as Reader.PauseWith
// says; KeepUnusableSpans as Reader.KeepUnusableSpans says.
type ReadOptions struct {
	Pause             func() error
	KeepUnusableSpans bool
}

func (o ReadOptions) pause() func() error {
	if o.Pause == nil {
		return noPause
	}
	return o.Pause
}

// readEach reads every document of r and calls each with it, stopping at
// the first error each returns, as opts say.
func readEach(r io.Reader, labels LabelSet, opts ReadOptions, each func(*Document) error) (Report, error) {
	var report Report
	rd := NewReader(r, labels)
	rd.PauseWith(opts.pause())
	if opts.KeepUnusableSpans {
		rd.KeepUnusableSpans()
	}
	for {
		d, err := rd.Read()
		var lineErr *LineError
		switch {
		case err == io.EOF:
			return report, nil
		case errors.As(err, &lineErr):
			report.Errors = append(report.Errors, lineErr)
		case err != nil:
			return report, err
		default:
			report.Anchors = append(report.Anchors, rd.Anchors()...)
			report.Warnings = append(report.Warnings, rd.Warnings()...)
			if err := each(d); err != nil {
				return report, err
			}
		}
	}
}

// sniff drops a byte order mark and the white space before the first value,
// which decides the source: '[' opens a JSON array, anything else is JSONL.
func (r *Reader) sniff() (source, error) {
	if bom, _ := r.in.Peek(len(byteOrderMark)); string(bom) == byteOrderMark {
		r.in.Discard(len(byteOrderMark))
	}
	breaks := 0
	for {
		c, err := r.in.ReadByte()
		if err == io.EOF {
			return &lineSource{in: r.in}, nil
		}
		if err != nil {
			return nil, err
		}
		if !isJSONSpace(c) {
			r.in.UnreadByte()
			if c == '[' {
				return newArraySource(r.in, breaks), nil
			}
			return &lineSource{in: r.in, line: breaks}, nil
		}
		if c == '\n' {
			breaks++
		}
	}
}

const byteOrderMark = "\ufeff"

func isJSONSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\r' || c == '\n' }

func isBlank(b []byte) bool { return len(bytes.Trim(b, " \t\r\n")) == 0 }

// lineSource reads JSONL.
type lineSource struct {
	in   *bufio.Reader
	line int    // lines read so far
	long []byte // the current line when it is longer than in's buffer
}

func (s *lineSource) next() ([]byte, int, error) {
	for {
		raw, err := s.readLine()
		if err != nil {
			return nil, 0, err
		}
		s.line++
		raw = bytes.TrimPrefix(raw, []byte(byteOrderMark)) // a file's first line, joined onto another file
		if !isBlank(raw) {
			return raw, s.line, nil
		}
	}
}

// readLine returns the next line, valid until the next call; io.EOF means
// there is none.
func (s *lineSource) readLine() ([]byte, error) {
	raw, err := s.in.ReadSlice('\n')
	if err == bufio.ErrBufferFull {
		s.long = append(s.long[:0], raw...)
		for err == bufio.ErrBufferFull {
			raw, err = s.in.ReadSlice('\n')
			// Twice the room when it is full, not the quarter more that
			// append gives a large slice: a line of megabytes is copied a
			// few times, not dozens.
			if cap(s.long)-len(s.long) < len(raw) {
				s.long = slices.Grow(s.long, max(len(raw), len(s.long)))
			}
			s.long = append(s.long, raw...)
		}
		raw = s.long
	}
	if err == io.EOF && len(raw) > 0 {
		err = nil // the last line has no line break
	}
	return raw, err
}

// arraySource reads the elements of a JSON array one at a time, as Label
// Studio exports tasks. A syntax error ends it: the decoder cannot find the
// next element after one.
type arraySource struct {
	dec    *json.Decoder
	read   lineBreaks // in what dec has read from the input
	before int        // line breaks before the array
	opened bool
	done   bool
}

func newArraySource(in io.Reader, before int) *arraySource {
	s := &arraySource{before: before}
	s.dec = json.NewDecoder(io.TeeReader(in, &s.read))
	return s
}

func (s *arraySource) next() ([]byte, int, error) {
	if s.done {
		return nil, 0, io.EOF
	}
	if !s.opened {
		s.opened = true
		if _, err := s.dec.Token(); err != nil { // the '[' sniff saw
			return s.fail(err)
		}
	}
	if !s.dec.More() {
		return s.close()
	}
	var raw json.RawMessage
	if err := s.dec.Decode(&raw); err != nil {
		return s.fail(err)
	}
	return raw, s.consumedLine() - bytes.Count(raw, newline), nil
}

// close reads the ']' that ends the array and checks that nothing follows.
func (s *arraySource) close() ([]byte, int, error) {
	if _, err := s.dec.Token(); err != nil {
		if err == io.EOF {
			err = io.ErrUnexpectedEOF
		}
		return s.fail(err)
	}
	if _, err := s.dec.Token(); err != io.EOF {
		s.done = true
		return nil, 0, &LineError{Line: s.nextLine(), Err: errors.New("more follows the JSON array")}
	}
	s.done = true
	return nil, 0, io.EOF
}

// fail ends the source with err, as a LineError at the element being read
// when it is a JSON error.
func (s *arraySource) fail(err error) ([]byte, int, error) {
	s.done = true
	var syntax *json.SyntaxError
	switch {
	case errors.As(err, &syntax):
		err = fmt.Errorf("not valid JSON (%s); the rest of the file cannot be read", syntax)
	case err == io.ErrUnexpectedEOF:
		err = errors.New("the file ends before the JSON array does")
	default:
		return nil, 0, err
	}
	return nil, 0, &LineError{Line: s.nextLine(), Err: err}
}

// consumedLine is the line holding the first byte the decoder has not
// consumed.
func (s *arraySource) consumedLine() int {
	var pending lineBreaks
	io.Copy(&pending, s.dec.Buffered())
	return 1 + s.before + int(s.read-pending)
}

// nextLine is the line of the first byte the decoder has not consumed that
// is not white space, or of the end of the input.
func (s *arraySource) nextLine() int {
	pending, _ := io.ReadAll(s.dec.Buffered())
	space := len(pending) - len(bytes.TrimLeft(pending, " \t\r\n"))
	return s.consumedLine() + bytes.Count(pending[:space], newline)
}

var newline = []byte{'\n'}

// lineBreaks counts the line breaks written to it.
type lineBreaks int

func (n *lineBreaks) Write(p []byte) (int, error) {
	*n += lineBreaks(bytes.Count(p, newline))
	return len(p), nil
}

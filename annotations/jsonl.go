package annotations

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
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
	in      *bufio.Reader
	labels  LabelSet
	src     source   // chosen on the first Read
	read    int      // documents returned
	anchors []Anchor // of the document returned last
}

// source yields the raw JSON of one document at a time and the line it
// starts on.
type source interface {
	next() (raw []byte, line int, err error)
}

// NewReader makes a Reader of r that accepts the spans labelled in labels.
func NewReader(r io.Reader, labels LabelSet) *Reader {
	return &Reader{in: bufio.NewReaderSize(r, 64<<10), labels: labels}
}

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
//     "labels"}}]}]}; results of other types and cancelled annotations are
//     skipped;
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
// as the editor does. Keys not understood are kept in Document.Extra, in
// their order.
func (r *Reader) Read() (*Document, error) {
	if r.src == nil {
		src, err := r.sniff()
		if err != nil {
			return nil, err
		}
		r.src = src
	}
	raw, line, err := r.src.next()
	if err != nil {
		return nil, err
	}
	d, anchors, err := parseDocument(raw, r.labels)
	r.anchors = anchors
	if err != nil {
		return nil, &LineError{Line: line, Err: err}
	}
	for i := range anchors {
		anchors[i].Line, anchors[i].Doc = line, r.read
	}
	r.read++
	return d, nil
}

// Anchors returns the spans of the document Read returned last that were
// moved to where their text is or kept aside, in the order of the file.
func (r *Reader) Anchors() []Anchor { return r.anchors }

// ReadAll reads every document of r, reporting the lines that could not be
// loaded and the spans re-anchored; err is a failure to read r at all.
func ReadAll(r io.Reader, labels LabelSet) ([]*Document, Report, error) {
	var docs []*Document
	report, err := readEach(r, labels, func(d *Document) error {
		docs = append(docs, d)
		return nil
	})
	return docs, report, err
}

// readEach reads every document of r and calls each with it, stopping at
// the first error each returns.
func readEach(r io.Reader, labels LabelSet, each func(*Document) error) (Report, error) {
	var report Report
	rd := NewReader(r, labels)
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

// parseDocument reads one document from the JSON object raw, with the
// spans it re-anchored.
func parseDocument(raw []byte, labels LabelSet) (*Document, []Anchor, error) {
	if err := CheckUTF8(raw); err != nil {
		return nil, nil, err // encoding/json would turn the bad bytes into U+FFFD
	}
	fields, err := readObject(raw)
	if err != nil {
		return nil, nil, err
	}
	t := task{dataAt: -1}
	for _, f := range fields {
		if err := t.take(f); err != nil {
			return nil, nil, err
		}
	}
	if err := t.textFromData(); err != nil {
		return nil, nil, err
	}
	return t.document(labels)
}

// readObject splits the JSON object raw into its fields, in order.
func readObject(raw []byte) ([]Field, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, syntaxError(raw)
	}
	if tok != json.Delim('{') {
		return nil, errors.New("not a JSON object")
	}
	var fields []Field
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, syntaxError(raw)
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, syntaxError(raw)
		}
		fields = append(fields, Field{Key: key.(string), Value: value})
	}
	if _, err := dec.Token(); err != nil {
		return nil, syntaxError(raw)
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("more follows the JSON object")
	}
	return fields, nil
}

// syntaxError says where and why raw, which a Decoder refused, is not JSON.
// It scans raw again because a Decoder's SyntaxError.Offset leaves out the
// bytes read by Token.
func syntaxError(raw []byte) error {
	var skip json.RawMessage
	err := json.Unmarshal(raw, &skip)
	var syntax *json.SyntaxError
	if !errors.As(err, &syntax) {
		return err
	}
	if syntax.Offset == int64(len(raw)) {
		return errors.New("the JSON object is cut short")
	}
	return fmt.Errorf("not valid JSON at byte %d: %s", syntax.Offset-1, syntax) // Offset counts the bad byte
}

// task is one document as a file states it, before its spans are placed.
type task struct {
	text   *string
	meta   json.RawMessage
	answer Answer
	spans  []spanIn
	extra  []Field
	dataAt int  // the index in extra of "data", which may hold the text, or -1
	w3c    bool // a W3C Web Annotation page
}

// take reads field f into t.
func (t *task) take(f Field) error {
	var err error
	switch f.Key {
	case "text":
		var text string
		text, err = unquote(f.Value, "text")
		t.text = &text
	case "meta":
		t.meta, err = readMeta(f.Value)
	case "answer":
		t.answer, err = readAnswer(f.Value)
	case "spans":
		err = t.readSpans(f.Value)
	case "entities":
		err = t.readEntities(f.Value)
	case "annotations":
		err = t.readAnnotations(f.Value)
	case "tokens", "_input_hash", "_task_hash":
		// recomputed on writing
	case "items":
		err = t.readItems(f.Value)
	case asideKey:
		if f.Value[0] != '[' {
			return fmt.Errorf("%s is %s, not an array", asideKey, describeJSON(compact(f.Value)))
		}
		t.keep(f)
	case "label", "labels":
		if !isOffsetList(f.Value) {
			t.keep(f) // a classification label, not spans
			break
		}
		err = t.readOffsetList(f.Value, f.Key)
	case "data":
		t.dataAt = len(t.extra)
		t.keep(f)
	default:
		t.keep(f)
	}
	return err
}

func (t *task) keep(f Field) {
	t.extra = append(t.extra, Field{Key: f.Key, Value: compact(f.Value)})
}

func compact(raw []byte) json.RawMessage {
	var b bytes.Buffer
	json.Compact(&b, raw) // raw came from the decoder, so it is valid
	return b.Bytes()
}

func readMeta(raw []byte) (json.RawMessage, error) {
	meta := compact(raw)
	switch meta[0] {
	case 'n':
		return nil, nil
	case '{':
		return meta, nil
	}
	return nil, fmt.Errorf("meta is %s, not an object", describeJSON(meta))
}

func readAnswer(raw []byte) (Answer, error) {
	s, err := unquote(raw, "answer")
	if err != nil {
		return "", err
	}
	if a := Answer(s); a.Valid() {
		return a, nil
	}
	return "", fmt.Errorf("answer %q is not accept, reject or ignore", s)
}

// textFromData takes the text from "data" when there is no top-level
// "text": doccano's "data" is the text, Label Studio's is an object holding
// it, and the object's other keys are kept.
func (t *task) textFromData() error {
	if t.text != nil || t.dataAt < 0 {
		return nil
	}
	data := t.extra[t.dataAt].Value
	if data[0] == '"' {
		text, err := unquote(data, "data")
		t.text = &text
		t.dropData()
		return err
	}
	if data[0] != '{' {
		return nil
	}
	fields, err := readObject(data)
	if err != nil {
		return err
	}
	var rest []Field
	for _, f := range fields {
		if f.Key != "text" {
			rest = append(rest, f)
			continue
		}
		text, err := unquote(f.Value, "data.text")
		if err != nil {
			return err
		}
		t.text = &text
	}
	if t.text == nil {
		return nil
	}
	if len(rest) == 0 {
		t.dropData()
		return nil
	}
	t.extra[t.dataAt].Value = appendObject(nil, rest)
	return nil
}

// dropData removes "data" from the kept keys, leaving nil if none is left.
func (t *task) dropData() {
	t.extra = slices.Delete(t.extra, t.dataAt, t.dataAt+1)
	if len(t.extra) == 0 {
		t.extra = nil
	}
}

// appendObject appends the JSON object of fields, whose values are compact.
func appendObject(b []byte, fields []Field) []byte {
	b = append(b, '{')
	for i, f := range fields {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, f.Key)
		b = append(b, ':')
		b = append(b, f.Value...)
	}
	return append(b, '}')
}

// document checks the task's text and places its spans in it; spans that
// cannot be placed by their text are kept aside.
func (t *task) document(labels LabelSet) (*Document, []Anchor, error) {
	if t.text == nil {
		return nil, nil, errors.New(`no text: expected "text" or "data": {"text": ...}`)
	}
	if *t.text == "" {
		return nil, nil, errors.New("the text is empty")
	}
	if t.w3c { // the W3C export writes these anew
		t.extra = slices.DeleteFunc(t.extra, func(f Field) bool { return f.Key == "@context" || f.Key == "type" })
	}
	d := &Document{Text: *t.text, Meta: t.meta, Answer: t.answer, Extra: t.extra}
	var anchors []Anchor
	var aside []byte
	for _, s := range t.spans {
		span, a, err := d.place(s, labels)
		if err != nil {
			return nil, nil, err
		}
		if a != nil {
			anchors = append(anchors, *a)
		}
		if a != nil && a.Aside {
			if len(aside) > 0 {
				aside = append(aside, ',')
			}
			aside = appendAside(aside, s, a.Reason)
			continue
		}
		d.Spans = append(d.Spans, span)
	}
	d.Spans = mergeSpans(d.Spans)
	if len(aside) > 0 {
		d.Extra = keepAside(d.Extra, aside)
	}
	return d, anchors, nil
}

func (d *Document) addMerging(s Span) error {
	e, err := d.Add(s)
	if err != nil {
		return err
	}
	return d.Apply(e)
}

// spanIn is a span as a file states it: offsets in a unit yet to be worked
// out, and the text it covers when the file says, with the text around it
// when the file says that too.
type spanIn struct {
	name           string // how the user finds it in the file: "span 2"
	start, end     int
	label          string
	text           *string
	prefix, suffix string
	units          []Unit // to try its offsets in, in order; nil when it has none
}

// where names s and its offsets for a message.
func (s spanIn) where() string {
	if s.units == nil {
		return s.name
	}
	return fmt.Sprintf("%s [%d,%d)", s.name, s.start, s.end)
}

var codePointsOnly = []Unit{CodePoints}

// prodigySpan is one of the "spans" of spantag's and Prodigy's files.
type prodigySpan struct {
	Start *int    `json:"start"`
	End   *int    `json:"end"`
	Label string  `json:"label"`
	Text  *string `json:"text"`
}

func (t *task) readSpans(raw []byte) error {
	var list []prodigySpan
	if json.Unmarshal(raw, &list) != nil {
		return t.readSpansOneByOne(raw) // to say which span is wrong, and how
	}
	for i, s := range list {
		if err := t.addSpan(i, s); err != nil {
			return err
		}
	}
	return nil
}

// readSpansOneByOne reads the spans one at a time, failing on the first
// that is not a span, with its number.
func (t *task) readSpansOneByOne(raw []byte) error {
	var list []json.RawMessage
	if err := decodeAs(raw, &list, "spans"); err != nil {
		return err
	}
	for i, item := range list {
		var s prodigySpan
		if err := decodeAs(item, &s, fmt.Sprintf("span %d", i+1)); err != nil {
			return err
		}
		if err := t.addSpan(i, s); err != nil {
			return err
		}
	}
	return nil
}

// addSpan takes span i of the "spans" list.
func (t *task) addSpan(i int, s prodigySpan) error {
	name := "span " + strconv.Itoa(i+1)
	if err := offsetsGiven(name, s.Start, s.End, "start", "end"); err != nil {
		return err
	}
	t.spans = append(t.spans, spanIn{name: name, start: *s.Start, end: *s.End, label: s.Label, text: s.Text, units: codePointsOnly})
	return nil
}

// doccanoEntity is one of the "entities" of doccano's files.
type doccanoEntity struct {
	Label string `json:"label"`
	Start *int   `json:"start_offset"`
	End   *int   `json:"end_offset"`
}

func (t *task) readEntities(raw []byte) error {
	var list []json.RawMessage
	if err := decodeAs(raw, &list, "entities"); err != nil {
		return err
	}
	for i, item := range list {
		name := fmt.Sprintf("span %d", i+1)
		var e doccanoEntity
		if err := decodeAs(item, &e, name); err != nil {
			return err
		}
		if err := offsetsGiven(name, e.Start, e.End, "start_offset", "end_offset"); err != nil {
			return err
		}
		t.spans = append(t.spans, spanIn{name: name, start: *e.Start, end: *e.End, label: e.Label, units: codePointsOnly})
	}
	return nil
}

// isOffsetList reports whether raw is a JSON array that is empty or holds
// arrays: doccano's [[start, end, "LABEL"], ...], not a list of categories.
func isOffsetList(raw []byte) bool {
	rest, ok := bytes.CutPrefix(raw, []byte("["))
	rest = bytes.TrimLeft(rest, " \t\r\n")
	return ok && len(rest) > 0 && (rest[0] == '[' || rest[0] == ']')
}

func (t *task) readOffsetList(raw []byte, key string) error {
	var list []json.RawMessage
	if err := decodeAs(raw, &list, key); err != nil {
		return err
	}
	for i, item := range list {
		name := fmt.Sprintf("span %d", i+1)
		var triple []json.RawMessage
		if json.Unmarshal(item, &triple) != nil || len(triple) != 3 {
			return fmt.Errorf(`%s is not [start, end, "LABEL"]`, name)
		}
		s := spanIn{name: name, units: codePointsOnly}
		err := firstError(
			decodeAs(triple[0], &s.start, name+": start"),
			decodeAs(triple[1], &s.end, name+": end"),
			decodeAs(triple[2], &s.label, name+": label"))
		if err != nil {
			return err
		}
		t.spans = append(t.spans, s)
	}
	return nil
}

// firstError returns the first error that is not nil.
func firstError(errs ...error) error {
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

// labelStudioAnnotation is one annotator's work on a Label Studio task.
type labelStudioAnnotation struct {
	Result    []json.RawMessage `json:"result"`
	Cancelled bool              `json:"was_cancelled"`
}

// labelStudioResult is one region of a Label Studio annotation.
type labelStudioResult struct {
	Type  string `json:"type"`
	Value struct {
		Start  *int     `json:"start"`
		End    *int     `json:"end"`
		Text   *string  `json:"text"`
		Labels []string `json:"labels"`
	} `json:"value"`
}

var textUnits = []Unit{CodePoints, UTF16}

func (t *task) readAnnotations(raw []byte) error {
	var annotations []json.RawMessage
	if err := decodeAs(raw, &annotations, "annotations"); err != nil {
		return err
	}
	for i, item := range annotations {
		var a labelStudioAnnotation
		if err := decodeAs(item, &a, fmt.Sprintf("annotation %d", i+1)); err != nil {
			return err
		}
		if a.Cancelled {
			continue
		}
		for j, item := range a.Result {
			if err := t.readResult(item, fmt.Sprintf("annotation %d result %d", i+1, j+1)); err != nil {
				return err
			}
		}
	}
	return nil
}

func (t *task) readResult(raw []byte, name string) error {
	var r labelStudioResult
	if err := decodeAs(raw, &r, name); err != nil {
		return err
	}
	if r.Type != "labels" {
		return nil
	}
	v := r.Value
	if err := offsetsGiven(name, v.Start, v.End, "value.start", "value.end"); err != nil {
		return err
	}
	if len(v.Labels) == 0 {
		return fmt.Errorf("%s has no labels", name)
	}
	units := codePointsOnly
	if v.Text != nil {
		units = textUnits
	}
	for _, label := range v.Labels {
		t.spans = append(t.spans, spanIn{name: name, start: *v.Start, end: *v.End, label: label, text: v.Text, units: units})
	}
	return nil
}

func offsetsGiven(name string, start, end *int, startKey, endKey string) error {
	switch {
	case start == nil:
		return fmt.Errorf("%s has no %s", name, startKey)
	case end == nil:
		return fmt.Errorf("%s has no %s", name, endKey)
	}
	return nil
}

// place finds where s lies in d's text: in the first of its units under
// which it fits and its text matches, or else by its text (see anchor).
func (d *Document) place(s spanIn, labels LabelSet) (Span, *Anchor, error) {
	if err := s.check(labels); err != nil {
		return Span{}, nil, err
	}
	var err error
	for _, u := range s.units {
		var span Span
		if span, err = d.placeIn(s, u); err == nil {
			return span, nil, nil
		}
	}
	if s.text == nil {
		return Span{}, nil, err
	}
	return d.anchor(s)
}

// check refuses a span without a label of the set or whose offsets cannot
// be those of any text.
func (s spanIn) check(labels LabelSet) error {
	where := s.where()
	switch {
	case s.label == "":
		return fmt.Errorf("%s has no label", where)
	case !labels.Has(s.label):
		return fmt.Errorf("%s: unknown label %q (known: %s)", where, s.label, strings.Join(labels.Names(), ", "))
	case s.units == nil:
		return nil
	case s.end < s.start:
		return fmt.Errorf("%s ends before it starts", where)
	case s.end == s.start:
		return fmt.Errorf("%s is empty", where)
	case s.start < 0:
		return fmt.Errorf("%s starts before the text", where)
	}
	return nil
}

func (d *Document) placeIn(s spanIn, u Unit) (Span, error) {
	where := s.where()
	if u != CodePoints {
		where += " in " + u.String()
	}
	x := d.Index()
	if s.end > x.Len(u) {
		return Span{}, fmt.Errorf("%s ends after the text, which is %d %s long", where, x.Len(u), u)
	}
	start, err1 := x.ToByte(s.start, u)
	end, err2 := x.ToByte(s.end, u)
	if err := firstError(err1, err2); err != nil {
		var off *OffsetError
		errors.As(err, &off)
		return Span{}, fmt.Errorf("%s: offset %d %s", where, off.Offset, off.Reason)
	}
	covered := d.Text[start:end]
	if s.text != nil && *s.text != covered {
		return Span{}, fmt.Errorf("%s: its text %s differs from the text at those offsets, %s", where, quoteShort(*s.text), quoteShort(covered))
	}
	if allSpace(covered) {
		return Span{}, fmt.Errorf("%s holds only white space", where)
	}
	return Span{Start: start, End: end, Label: s.label}, nil
}

// quoteShort quotes s for a message, cut to its first 40 code points.
func quoteShort(s string) string {
	const most = 40
	if utf8.RuneCountInString(s) <= most {
		return strconv.Quote(s)
	}
	return strconv.Quote(string([]rune(s)[:most])) + "…"
}

// unquote decodes the JSON string raw, quickly when it has no escapes.
func unquote(raw []byte, what string) (string, error) {
	if len(raw) >= 2 && raw[0] == '"' && bytes.IndexByte(raw, '\\') < 0 {
		return string(raw[1 : len(raw)-1]), nil
	}
	var s string
	err := decodeAs(raw, &s, what)
	return s, err
}

// decodeAs unmarshals raw into v; a value of the wrong type is reported
// naming what, the field and the types in words.
func decodeAs(raw []byte, v any, what string) error {
	err := json.Unmarshal(raw, v)
	var typeErr *json.UnmarshalTypeError
	if !errors.As(err, &typeErr) {
		return err
	}
	if typeErr.Field != "" {
		what += ": " + typeErr.Field
	}
	return fmt.Errorf("%s is %s, not %s", what, describeValue(typeErr.Value), describeType(typeErr.Type))
}

// describeValue names the kind of JSON value encoding/json reports.
func describeValue(v string) string {
	switch {
	case v == "array" || v == "object":
		return "an " + v
	case v == "bool":
		return "true or false"
	case strings.HasPrefix(v, "number "):
		return strings.TrimPrefix(v, "number ")
	}
	return "a " + v
}

// describeJSON names the kind of the compact JSON value raw.
func describeJSON(raw []byte) string {
	switch raw[0] {
	case '"':
		return "a string"
	case '[':
		return "an array"
	case '{':
		return "an object"
	case 't', 'f':
		return "true or false"
	}
	return "a number"
}

func describeType(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "a string"
	case reflect.Slice, reflect.Array:
		return "an array"
	case reflect.Struct:
		return "an object"
	case reflect.Bool:
		return "true or false"
	}
	return "a whole number"
}

// Writer writes documents as spantag's spans JSONL: one compact JSON object
// a line with the keys text, meta, tokens, spans, answer, _input_hash and
// _task_hash, then the document's Extra keys in their order. Offsets are
// code points; token_end is inclusive, as in Prodigy's files.
type Writer struct {
	out io.Writer
	buf []byte
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
	w.buf = appendJSONString(w.buf, d.Text)
	if len(d.Meta) > 0 {
		w.buf = append(w.buf, `,"meta":`...)
		w.buf = appendCompact(w.buf, d.Meta)
	}
	tokens := d.Tokens()
	if err := w.writeTokens(d.Text, tokens); err != nil {
		return err
	}
	w.buf = appendSpans(w.buf, spans, tokens)
	if d.Answer != Unanswered {
		w.buf = append(w.buf, `,"answer":`...)
		w.buf = appendJSONString(w.buf, string(d.Answer))
	}
	input := d.InputHash()
	w.buf = append(w.buf, `,"_input_hash":`...)
	w.buf = strconv.AppendInt(w.buf, int64(input), 10)
	w.buf = append(w.buf, `,"_task_hash":`...)
	w.buf = strconv.AppendInt(w.buf, int64(taskHash(input, spans)), 10)
	for _, f := range d.Extra {
		w.buf = append(w.buf, ',')
		w.buf = appendJSONString(w.buf, f.Key)
		w.buf = append(w.buf, ':')
		w.buf = appendCompact(w.buf, f.Value)
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

// spill flushes once enough is buffered, so that a long document's tokens
// are not all held in memory.
func (w *Writer) spill() error {
	if len(w.buf) < flushAt {
		return nil
	}
	return w.Flush()
}

func (w *Writer) writeTokens(text string, tokens []Token) error {
	w.buf = append(w.buf, `,"tokens":[`...)
	var at codePointCounter
	for i, t := range tokens {
		if i > 0 {
			w.buf = append(w.buf, ',')
		}
		w.buf = append(w.buf, `{"text":`...)
		w.buf = appendJSONString(w.buf, text[t.Start:t.End])
		w.buf = append(w.buf, `,"start":`...)
		w.buf = strconv.AppendInt(w.buf, int64(at.to(text, t.Start)), 10)
		w.buf = append(w.buf, `,"end":`...)
		w.buf = strconv.AppendInt(w.buf, int64(at.to(text, t.End)), 10)
		w.buf = append(w.buf, `,"id":`...)
		w.buf = strconv.AppendInt(w.buf, int64(i), 10)
		w.buf = append(w.buf, `,"ws":`...)
		w.buf = strconv.AppendBool(w.buf, t.WS)
		w.buf = append(w.buf, '}')
		if err := w.spill(); err != nil {
			return err
		}
	}
	w.buf = append(w.buf, ']')
	return nil
}

// codePointCounter converts increasing byte offsets of one text to code
// points in a single pass over it.
type codePointCounter struct{ byteAt, at int }

func (c *codePointCounter) to(text string, b int) int {
	c.at += utf8.RuneCountInString(text[c.byteAt:b])
	c.byteAt = b
	return c.at
}

// exportSpan is a span as written: in code points, with its text.
type exportSpan struct {
	Span       // in bytes
	start, end int
	text       string
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
	start, err1 := cps.at(d.Text, s.Start)
	end, err2 := cps.at(d.Text, s.End)
	if err := firstError(err1, err2); err != nil {
		return exportSpan{}, err
	}
	text := d.Text[s.Start:s.End]
	if allSpace(text) {
		return exportSpan{}, errors.New("it holds only white space")
	}
	return exportSpan{s, start, end, text}, nil
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
	if !utf8.ValidString(d.Text) {
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

func appendCompact(b []byte, raw []byte) []byte {
	buf := bytes.NewBuffer(b)
	json.Compact(buf, raw) // checkForExport has checked raw
	return buf.Bytes()
}

func appendSpans(b []byte, spans []exportSpan, tokens []Token) []byte {
	b = append(b, `,"spans":[`...)
	for i, s := range spans {
		if i > 0 {
			b = append(b, ',')
		}
		first, last := tokenRange(tokens, s.Span)
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
		b = append(b, '}')
	}
	return append(b, ']')
}

// tokenRange returns the first and last (inclusive) of tokens that s
// overlaps; a span that holds more than white space overlaps one at least.
func tokenRange(tokens []Token, s Span) (first, last int) {
	first = sort.Search(len(tokens), func(i int) bool { return tokens[i].End > s.Start })
	last = sort.Search(len(tokens), func(i int) bool { return tokens[i].Start >= s.End }) - 1
	return first, last
}

const hexDigits = "0123456789abcdef"

// appendJSONString appends s as a JSON string exactly as encoding/json
// writes it with HTML escaping off.
func appendJSONString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c >= 0x20 && c != '"' && c != '\\' && c < utf8.RuneSelf {
			i++
			continue
		}
		if c < utf8.RuneSelf {
			b = append(b, s[start:i]...)
			b = appendEscape(b, c)
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, `\u202`...)
			b = append(b, hexDigits[r&0xf])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

func appendEscape(b []byte, c byte) []byte {
	switch c {
	case '"', '\\':
		return append(b, '\\', c)
	case '\b':
		return append(b, `\b`...)
	case '\f':
		return append(b, `\f`...)
	case '\n':
		return append(b, `\n`...)
	case '\r':
		return append(b, `\r`...)
	case '\t':
		return append(b, `\t`...)
	}
	return append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
}

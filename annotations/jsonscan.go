package annotations

// A scanner of JSON text that splits an object into its fields in one
// pass, checking the syntax as encoding/json does: a document's line holds
// its whole text in one string, and encoding/json's scanner, one call per
// byte, spent most of the time of opening a large document there.

import (
	"bytes"
	"errors"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth is how deeply arrays and objects may nest, as in encoding/json.
const maxDepth = 10000

// errSyntax is any syntax error of the scanner; readObject reports it in
// words through syntaxError.
var errSyntax = errors.New("invalid JSON")

// splitObject splits the JSON object raw into its fields, in order, each
// value a copy of its text; errNotObject when raw holds another value.
func splitObject(raw []byte) ([]Field, error) { return splitObjectPaused(raw, nil) }

// splitObjectPaused is splitObject, calling pause, if not nil, after each
// scanPiece bytes or so (inside a long string, between an array's items),
// and stopping at its error.
func splitObjectPaused(raw []byte, pause func() error) ([]Field, error) {
	s := scanner{b: bytes.Clone(raw), pause: pause, next: scanPiece}
	s.space()
	if s.at() != '{' {
		if s.at() == '[' || s.value(0) == nil {
			return nil, errNotObject
		}
		return nil, errSyntax
	}
	s.i++
	var fields []Field
	for first := true; ; first = false {
		s.space()
		if first && s.at() == '}' {
			s.i++
			break
		}
		key, err := s.key()
		if err != nil {
			return nil, err
		}
		s.space()
		from := s.i
		if err := s.value(1); err != nil {
			return nil, err
		}
		fields = append(fields, Field{Key: key, Value: s.b[from:s.i]})
		s.space()
		if s.at() == '}' {
			s.i++
			break
		}
		if !s.skip(',') {
			return nil, errSyntax
		}
	}
	s.space()
	if s.i < len(s.b) {
		return nil, errMoreFollows
	}
	return fields, nil
}

var (
	errNotObject   = errors.New("not a JSON object")
	errMoreFollows = errors.New("more follows the JSON object")
)

// scanner reads JSON text b from byte i on, calling pause when it reaches
// byte next (see splitObjectPaused).
type scanner struct {
	b     []byte
	i     int
	pause func() error
	next  int
}

// scanPiece is how many bytes the scanner reads between two pauses.
const scanPiece = 1 << 20

// breathe pauses if the scanner has gone past its next pause.
func (s *scanner) breathe() error {
	if s.pause == nil || s.i < s.next {
		return nil
	}
	s.next = s.i + scanPiece
	return s.pause()
}

// at is the byte at i, or 0 at the end.
func (s *scanner) at() byte {
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// skip moves past c if it comes next.
func (s *scanner) skip(c byte) bool {
	if s.at() != c {
		return false
	}
	s.i++
	return true
}

// space moves past white space.
func (s *scanner) space() {
	for s.i < len(s.b) && isJSONSpace(s.b[s.i]) {
		s.i++
	}
}

// key reads an object's key and the colon after it.
func (s *scanner) key() (string, error) {
	from := s.i
	if err := s.str(); err != nil {
		return "", err
	}
	key, err := unquote(s.b[from:s.i], "a key")
	s.space()
	if err != nil || !s.skip(':') {
		return "", errSyntax
	}
	s.space()
	return key, nil
}

// value moves past one JSON value, nested depth deep.
func (s *scanner) value(depth int) error {
	if depth > maxDepth {
		return errSyntax
	}
	switch c := s.at(); {
	case c == '"':
		return s.str()
	case c == '{':
		return s.object(depth)
	case c == '[':
		return s.array(depth)
	case c == 't':
		return s.literal("true")
	case c == 'f':
		return s.literal("false")
	case c == 'n':
		return s.literal("null")
	case c == '-' || isDigit(c):
		return s.number()
	}
	return errSyntax
}

func (s *scanner) object(depth int) error {
	return s.items('}', func() error {
		if _, err := s.key(); err != nil {
			return err
		}
		return s.value(depth + 1)
	})
}

func (s *scanner) array(depth int) error {
	return s.items(']', func() error { return s.value(depth + 1) })
}

// items scans the comma-separated items of an object or array, from its
// opening bracket to its closing one, each with item.
func (s *scanner) items(closing byte, item func() error) error {
	s.i++ // the opening bracket
	s.space()
	if s.skip(closing) {
		return nil
	}
	for {
		if err := item(); err != nil {
			return err
		}
		if err := s.breathe(); err != nil {
			return err
		}
		s.space()
		if s.skip(closing) {
			return nil
		}
		if !s.skip(',') {
			return errSyntax
		}
		s.space()
	}
}

func (s *scanner) literal(word string) error {
	if !bytes.HasPrefix(s.b[s.i:], []byte(word)) {
		return errSyntax
	}
	s.i += len(word)
	return nil
}

// number moves past a number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?
func (s *scanner) number() error {
	s.skip('-')
	switch {
	case s.skip('0'):
	case isDigit(s.at()):
		s.digits()
	default:
		return errSyntax
	}
	if s.skip('.') && !s.digits() {
		return errSyntax
	}
	if s.skip('e') || s.skip('E') {
		if !s.skip('+') {
			s.skip('-')
		}
		if !s.digits() {
			return errSyntax
		}
	}
	return nil
}

// digits moves past a run of digits, reporting whether there was one.
func (s *scanner) digits() bool {
	from := s.i
	for isDigit(s.at()) {
		s.i++
	}
	return s.i > from
}

// str moves past a string: no control characters in it, and only JSON's
// escapes. The bytes between escapes and quotes are passed over in runs.
func (s *scanner) str() error {
	if !s.skip('"') {
		return errSyntax
	}
	for {
		n := bytes.IndexAny(s.b[s.i:], "\"\\")
		if n < 0 {
			return errSyntax
		}
		for _, c := range s.b[s.i : s.i+n] {
			if c < 0x20 {
				return errSyntax
			}
		}
		s.i += n
		if s.b[s.i] == '"' {
			s.i++
			return nil
		}
		if err := s.breathe(); err != nil {
			return err
		}
		if err := s.escape(); err != nil {
			return err
		}
	}
}

// escape moves past one escape: \" \\ \/ \b \f \n \r \t or \uXXXX.
func (s *scanner) escape() error {
	s.i++ // '\\'
	c := s.at()
	s.i++
	switch c {
	case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
		return nil
	case 'u':
		if s.i+4 > len(s.b) {
			return errSyntax
		}
		for _, h := range s.b[s.i : s.i+4] {
			if !isDigit(h) && !('a' <= h|0x20 && h|0x20 <= 'f') {
				return errSyntax
			}
		}
		s.i += 4
		return nil
	}
	return errSyntax
}

// escaped is what each one-character escape of JSON stands for.
var escaped = [256]byte{'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}

// unescape decodes the JSON string raw, a string of a line that
// splitObject has read, in runs between its escapes; ok is false for what
// it leaves to encoding/json: anything but a well-formed string, and an
// escaped UTF-16 surrogate, whole pair or lone half, and bytes that are
// not UTF-8 (which encoding/json turns into U+FFFD).
func unescape(raw []byte) (s string, ok bool) {
	if len(raw) < 2 || raw[0] != '"' || raw[len(raw)-1] != '"' || !utf8.Valid(raw) {
		return "", false
	}
	in := raw[1 : len(raw)-1]
	var b strings.Builder
	b.Grow(len(in))
	for len(in) > 0 {
		i := bytes.IndexByte(in, '\\')
		if i < 0 {
			i = len(in)
		}
		for _, c := range in[:i] {
			if c < 0x20 || c == '"' {
				return "", false
			}
		}
		b.Write(in[:i])
		in = in[i:]
		if len(in) == 0 {
			break
		}
		n, ok := writeEscape(&b, in)
		if !ok {
			return "", false
		}
		in = in[n:]
	}
	return b.String(), true
}

// writeEscape writes the character of the escape in starts with and says
// how long the escape is.
func writeEscape(b *strings.Builder, in []byte) (int, bool) {
	if len(in) < 2 {
		return 0, false
	}
	if c := escaped[in[1]]; c != 0 {
		b.WriteByte(c)
		return 2, true
	}
	if in[1] != 'u' || len(in) < 6 {
		return 0, false
	}
	r, err := strconv.ParseUint(string(in[2:6]), 16, 16)
	if err != nil || utf16.IsSurrogate(rune(r)) {
		return 0, false
	}
	b.WriteRune(rune(r))
	return 6, true
}

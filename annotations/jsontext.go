package annotations

// JSON values and the words of messages: splitting an object into its
// fields, decoding a string or a value with a message a person can act on,
// and appending strings and values exactly as encoding/json writes them.

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"unicode/utf8"
)

// readObject splits the JSON object raw into its fields, in order
// (splitObject), saying in words what is wrong with raw when it is not one.
func readObject(raw []byte) ([]Field, error) { return readObjectPaused(raw, nil) }

// readObjectPaused is readObject, pausing as splitObjectPaused does.
func readObjectPaused(raw []byte, pause func() error) ([]Field, error) {
	fields, err := splitObjectPaused(raw, pause)
	if errors.Is(err, errSyntax) {
		return nil, syntaxError(raw)
	}
	return fields, err
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
	at := syntax.Offset - 1 // Offset counts the bad byte
	return fmt.Errorf("not valid JSON at byte %d: %s", at, badCharacter(syntax.Error(), raw[at:]))
}

// badCharacter mends message, which names the bad byte that starts rest as
// if it were a character ("invalid character 'Â'"), to name the character
// it starts ("invalid character '©'").
func badCharacter(message string, rest []byte) string {
	if len(rest) == 0 || rest[0] < utf8.RuneSelf {
		return message
	}
	r, _ := utf8.DecodeRune(rest)
	return strings.Replace(message, "'"+string(rune(rest[0]))+"'", "'"+string(r)+"'", 1)
}

// compact is the JSON value raw with its insignificant spaces left out; a
// string, which has none, is raw itself (a page's _html is megabytes of it).
func compact(raw []byte) json.RawMessage {
	if len(raw) == 0 {
		return nil // most spans have no pattern: no buffer for them
	}
	if raw[0] == '"' {
		return raw
	}
	var b bytes.Buffer
	json.Compact(&b, raw) // raw came from the decoder, so it is valid
	return b.Bytes()
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
	if s, ok := unescape(raw); ok {
		return s, nil
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

// appendCompact appends raw as compact does.
func appendCompact(b []byte, raw []byte) []byte {
	if len(raw) > 0 && raw[0] == '"' {
		return append(b, raw...)
	}
	buf := bytes.NewBuffer(b)
	json.Compact(buf, raw) // checkForExport has checked raw
	return buf.Bytes()
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

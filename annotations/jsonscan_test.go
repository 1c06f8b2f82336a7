package annotations

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// decoderFields splits raw as encoding/json's Decoder does, the reference
// splitObject must agree with.
func decoderFields(raw []byte) ([]Field, error) {
	dec := json.NewDecoder(bytes.NewReader(raw))
	tok, err := dec.Token()
	if err != nil {
		return nil, errSyntax
	}
	if tok != json.Delim('{') {
		return nil, errNotObject
	}
	var fields []Field
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return nil, errSyntax
		}
		var value json.RawMessage
		if err := dec.Decode(&value); err != nil {
			return nil, errSyntax
		}
		fields = append(fields, Field{Key: key.(string), Value: value})
	}
	if _, err := dec.Token(); err != nil {
		return nil, errSyntax
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errMoreFollows
	}
	return fields, nil
}

func TestSplitObject(t *testing.T) {
	for _, tt := range []struct {
		raw     string
		want    []Field
		wantErr error
	}{
		{raw: `{}`, want: nil},
		{raw: " {\"text\": \"a\\n\\u00e9\\\"b\" , \"n\":-1.5e+3,\"x\":[true,false,null,{\"k\":[]}]}\r\n",
			want: []Field{{"text", json.RawMessage(`"a\n\u00e9\"b"`)}, {"n", json.RawMessage(`-1.5e+3`)}, {"x", json.RawMessage(`[true,false,null,{"k":[]}]`)}}},
		{raw: `{"a\u0062":1}`, want: []Field{{"ab", json.RawMessage(`1`)}}},
		{raw: `[1]`, wantErr: errNotObject},
		{raw: `"s"`, wantErr: errNotObject},
		{raw: `{"a":1} {}`, wantErr: errMoreFollows},
		{raw: ``, wantErr: errSyntax},
		{raw: `{"a":1,}`, wantErr: errSyntax},
		{raw: `{"a":01}`, wantErr: errSyntax},
		{raw: `{"a":1.}`, wantErr: errSyntax},
		{raw: `{"a":"x` + "\t" + `"}`, wantErr: errSyntax},
		{raw: `{"a":"\x"}`, wantErr: errSyntax},
		{raw: `{"a":"\u12G4"}`, wantErr: errSyntax},
		{raw: `{"a":tru}`, wantErr: errSyntax},
		{raw: `{"a" 1}`, wantErr: errSyntax},
		{raw: `{"a":[1 2]}`, wantErr: errSyntax},
		{raw: `{"a":1`, wantErr: errSyntax},
		{raw: `{1:1}`, wantErr: errSyntax},
		{raw: `{"a":` + strings.Repeat("[", maxDepth+1) + strings.Repeat("]", maxDepth+1) + `}`, wantErr: errSyntax},
	} {
		got, err := splitObject([]byte(tt.raw))
		if !errors.Is(err, tt.wantErr) {
			t.Errorf("splitObject(%.40q): error %v, want %v", tt.raw, err, tt.wantErr)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("splitObject(%.40q) (-want +got):\n%s", tt.raw, diff)
		}
	}
}

// FuzzSplitObject checks splitObject against encoding/json's Decoder:
// the same fields, or an error for the same lines.
func FuzzSplitObject(f *testing.F) {
	for _, seed := range []string{`{}`, `{"text":"a\nb","spans":[{"start":0,"end":1,"label":"X"}]}`,
		`{"a":-0.5E-2,"b":[null,true,{"c":"\ud83d\ude00"}]}`, `[1]`, `{"a":1} x`, `{"a":"\u00"}`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		want, wantErr := decoderFields(raw)
		got, err := splitObject(raw)
		if (err == nil) != (wantErr == nil) {
			t.Fatalf("splitObject(%q): error %v, encoding/json's %v", raw, err, wantErr)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Fatalf("splitObject(%q) (-encoding/json +got):\n%s", raw, diff)
		}
	})
}

func TestUnescape(t *testing.T) {
	for _, tt := range []struct {
		raw, want string
		ok        bool
	}{
		{`"a\nb\t\"c\"\\\/\b\f\r"`, "a\nb\t\"c\"\\/\b\f\r", true},
		{`"\u00e9t\u00C9 \u2009"`, "étÉ \u2009", true},
		{`"\ud83d\ude00"`, "", false}, // a pair: encoding/json's
		{`"\ud83d"`, "", false},
		{`"a\x"`, "", false},
		{`"a\u12"`, "", false},
		{`"a` + "\n" + `"`, "", false},
		{`"a"b"`, "", false},
		{`12`, "", false},
	} {
		got, ok := unescape([]byte(tt.raw))
		if got != tt.want || ok != tt.ok {
			t.Errorf("unescape(%s) = %q, %v; want %q, %v", tt.raw, got, ok, tt.want, tt.ok)
		}
	}
}

// FuzzUnescape checks unescape against encoding/json: a string it decodes
// is valid JSON and decodes to the same text.
func FuzzUnescape(f *testing.F) {
	for _, seed := range []string{`"a\nb"`, `"\u00e9\""`, `"\ud83d\ude00"`, `"\\\/"`} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		got, ok := unescape(raw)
		if !ok {
			return
		}
		var want string
		if err := json.Unmarshal(raw, &want); err != nil {
			t.Fatalf("unescape(%q) = %q, but encoding/json refuses it: %v", raw, got, err)
		}
		if got != want {
			t.Fatalf("unescape(%q) = %q, encoding/json's %q", raw, got, want)
		}
	})
}

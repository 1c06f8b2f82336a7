//go:build js && wasm

package main

import (
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/hack-pad/safejs"
)

// TestStringsCrossTheBoundary: names and values of every kind reach
// JavaScript as they are in Go, on either side of the short ASCII path that
// internal/wasmexec adds to wasm_exec.js (build.go test runs these tests on
// the patched file).
func TestStringsCrossTheBoundary(t *testing.T) {
	for _, s := range []string{
		"", "a", "textContent", "a\x00b", "\x7f",
		strings.Repeat("x", 32), strings.Repeat("y", 33),
		"Zoë", "日本", "🚢", "é" + strings.Repeat("z", 31), strings.Repeat("z", 31) + "é",
	} {
		object, err := safejs.Global().Get("Object")
		if err != nil {
			t.Fatal(err)
		}
		obj, err := object.New()
		if err != nil {
			t.Fatal(err)
		}
		if err := obj.Set(s, s); err != nil { // the name and the value
			t.Fatal(err)
		}
		keys, err := object.Call("keys", obj)
		if err != nil {
			t.Fatal(err)
		}
		key, err1 := keys.Index(0)
		name, err2 := key.String()
		value, err3 := obj.Get(s)
		length, err4 := jsLength(value)
		back, err5 := value.String()
		for _, err := range []error{err1, err2, err3, err4, err5} {
			if err != nil {
				t.Fatalf("%q: %v", s, err)
			}
		}
		if name != s || back != s || length != len(utf16.Encode([]rune(s))) {
			t.Errorf("%q came back as name %q, value %q of length %d", s, name, back, length)
		}
	}
}

// jsLength is the length of the string s as JavaScript counts it, in UTF-16
// units (syscall/js reads properties of objects only: it asks a String).
func jsLength(s safejs.Value) (int, error) {
	class, err := safejs.Global().Get("String")
	if err != nil {
		return 0, err
	}
	boxed, err := class.New(s)
	if err != nil {
		return 0, err
	}
	n, err := boxed.Get("length")
	if err != nil {
		return 0, err
	}
	return n.Int()
}

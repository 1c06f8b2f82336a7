//go:build js && wasm

package main

import (
	"errors"
	"strings"
	"testing"
)

// These run under Node (no DOM): see build.go test.

func TestGuardTurnsPanicIntoError(t *testing.T) {
	err := guard("labelling", func() error {
		var spans []int
		_ = spans[3] // index out of range
		return nil
	})
	if err == nil || !strings.Contains(err.Error(), "internal error while labelling") {
		t.Fatalf("guard(panicking fn) = %v, want an internal error naming the action", err)
	}
}

func TestGuardPassesErrorsThrough(t *testing.T) {
	want := errors.New("bad line")
	if err := guard("opening", func() error { return want }); err != want {
		t.Fatalf("guard = %v, want %v", err, want)
	}
}

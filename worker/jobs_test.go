//go:build js && wasm

package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// These run under Node: GOOS=js GOARCH=wasm go test -exec=…/go_js_wasm_exec ./worker/

func TestRunEcho(t *testing.T) {
	got, err := run("echo", []byte("Mayor José 🌊"))
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("Mayor José 🌊", string(got)); diff != "" {
		t.Errorf("echo reply (-want +got):\n%s", diff)
	}
}

func TestRunUnknownKind(t *testing.T) {
	_, err := run("no-such-job", nil)
	if err == nil || !strings.Contains(err.Error(), `no job "no-such-job"`) {
		t.Fatalf("run(unknown kind) = %v, want an error naming the kind", err)
	}
}

func TestRunRecoversPanic(t *testing.T) {
	handle("test-panic", func([]byte) ([]byte, error) {
		var xs []int
		return nil, func() error { _ = xs[2]; return nil }()
	})
	_, err := run("test-panic", nil)
	if err == nil || !strings.Contains(err.Error(), `internal error in the job "test-panic"`) {
		t.Fatalf("run(panicking job) = %v, want an internal error naming the job", err)
	}
}

//go:build js && wasm

package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"testing"
)

// TestBootOpensTheSameStore: boot.js opens the database while the wasm
// downloads, so its name, version and object stores must be openStorage's.
func TestBootOpensTheSameStore(t *testing.T) {
	boot, err := os.ReadFile("../web/boot.js")
	if err != nil {
		t.Fatal(err)
	}
	quoted := make([]string, len(stores))
	for i, s := range stores {
		quoted[i] = strconv.Quote(s)
	}
	want := fmt.Sprintf("const STORE = { name: %q, version: %d, stores: [%s] };", dbName, dbVersion, strings.Join(quoted, ", "))
	if !strings.Contains(string(boot), want) {
		t.Errorf("web/boot.js does not hold\n\t%s\nas wasm/store.go opens the store", want)
	}
}

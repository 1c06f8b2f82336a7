package wasmexec

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// decodeLine is the line of wasm_exec.js's loadString that decodes every
// string Go passes; Patch replaces it.
const decodeLine = "return decoder.decode(new DataView(this._inst.exports.mem.buffer, saddr, len));"

// shortASCII is what Patch puts in its place: strings of at most 32 bytes,
// all ASCII, are made by String.fromCharCode, the others decoded as before.
const shortASCII = `const bytes = new Uint8Array(this._inst.exports.mem.buffer, saddr, len);
				if (len <= 32) { // spantag: see internal/wasmexec
					let ascii = true;
					for (let i = 0; i < len && ascii; i++) ascii = bytes[i] < 0x80;
					if (ascii) return String.fromCharCode.apply(null, bytes);
				}
				return decoder.decode(bytes);`

// Patch returns wasm_exec.js with the short ASCII strings made in
// JavaScript; it fails when the file no longer has the line it replaces (a
// new Go release), rather than leaving it unchanged unnoticed.
func Patch(src []byte) ([]byte, error) {
	if strings.Count(string(src), decodeLine) != 1 {
		return nil, fmt.Errorf("wasm_exec.js has not one line %q: internal/wasmexec needs updating for this Go release", decodeLine)
	}
	return []byte(strings.Replace(string(src), decodeLine, shortASCII, 1)), nil
}

// Write writes goroot's wasm_exec.js, patched, into dir.
func Write(goroot, dir string) error {
	src, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	patched, err := Patch(src)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, "wasm_exec.js"), patched, 0o644)
}

// WriteExec writes into dir a copy of goroot's go_js_wasm_exec, the runner
// `go test -exec` uses for js/wasm under Node, that loads the patched
// wasm_exec.js, and returns its path: the tests then run on the same
// wasm_exec.js as the page.
func WriteExec(goroot, dir string) (string, error) {
	if err := Write(goroot, dir); err != nil {
		return "", err
	}
	for _, name := range []string{"wasm_exec_node.js", "go_js_wasm_exec"} {
		b, err := os.ReadFile(filepath.Join(goroot, "lib", "wasm", name))
		if err == nil {
			err = os.WriteFile(filepath.Join(dir, name), b, 0o755)
		}
		if err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, "go_js_wasm_exec"), nil
}

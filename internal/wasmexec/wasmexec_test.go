package wasmexec

import (
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestPatchFitsThisGo: the Go that runs the tests (the one that builds the
// site) has the line Patch replaces, once.
func TestPatchFitsThisGo(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(runtime.GOROOT(), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Patch(src)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(got), decodeLine) || !strings.Contains(string(got), "String.fromCharCode.apply(null, bytes)") {
		t.Errorf("the patched file still decodes every string, or lacks the short path")
	}
}

func TestPatchRefusesAnotherFile(t *testing.T) {
	if _, err := Patch([]byte("const loadString = (addr) => { return other(addr); }")); err == nil || !strings.Contains(err.Error(), "needs updating") {
		t.Errorf("err = %v, want one saying the package needs updating", err)
	}
}

// TestExecRunsThePatch: the runner WriteExec writes loads the patched file
// (a runner that loaded Go's own would test the page's strings on another
// wasm_exec.js).
func TestExecRunsThePatch(t *testing.T) {
	node, err := exec.LookPath("node")
	if err != nil {
		t.Skip("no node: ", err)
	}
	dir := t.TempDir()
	runner, err := WriteExec(runtime.GOROOT(), dir)
	if err != nil {
		t.Fatal(err)
	}
	script, err := os.ReadFile(runner)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(script), `"$DIR/wasm_exec_node.js"`) {
		t.Fatalf("the runner does not load wasm_exec_node.js beside it:\n%s", script)
	}
	out, err := exec.Command(node, "-e", `require(process.argv[1]); process.stdout.write(String(typeof Go))`, filepath.Join(dir, "wasm_exec.js")).CombinedOutput()
	if err != nil || string(out) != "function" {
		t.Errorf("node loading the patched wasm_exec.js: %v, %s", err, out)
	}
}

package transfer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestFirstPaint(t *testing.T) {
	files := []File{
		{Path: "_headers"}, {Path: "boot-QZOSHZDE.js"}, {Path: "boot-WBCAXW3C.css"},
		{Path: "index.html"}, {Path: "main-HXAUZXEM.wasm"}, {Path: "sw.js"},
		{Path: "worker-6DRDJ6SN.wasm"}, {Path: "worker-D7NVXZQR.js"},
		{Path: "floor.wasm"}, {Path: "wasm_exec.js"},
	}
	var got []string
	for _, f := range FirstPaint(files) {
		got = append(got, f.Path)
	}
	want := []string{"boot-QZOSHZDE.js", "boot-WBCAXW3C.css", "index.html", "main-HXAUZXEM.wasm", "floor.wasm", "wasm_exec.js"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FirstPaint (-want +got):\n%s", diff)
	}
}

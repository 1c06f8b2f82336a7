package transfer

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// module is a hand-made WebAssembly module: one imported function (index
// 0), two functions with bodies of 4 and 2 bytes (indexes 1 and 2), named
// in the name section.
var module = []byte{
	0x00, 'a', 's', 'm', 0x01, 0x00, 0x00, 0x00,
	// import section: 1 import, "go"."f", a function of type 0
	0x02, 0x08, 0x01, 0x02, 'g', 'o', 0x01, 'f', 0x00, 0x00,
	// code section: 2 bodies
	0x0a, 0x09, 0x02, 0x04, 0x00, 0x01, 0x01, 0x0b, 0x02, 0x00, 0x0b,
	// custom section "name", function names: 1 → "a.x", 2 → "b_c.y"
	0x00, 0x14, 0x04, 'n', 'a', 'm', 'e', 0x01, 0x0d, 0x02,
	0x01, 0x03, 'a', '.', 'x',
	0x02, 0x05, 'b', '_', 'c', '.', 'y',
}

func TestFuncSizes(t *testing.T) {
	got, err := FuncSizes(module)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(map[string]int{"a.x": 4, "b_c.y": 2}, got); diff != "" {
		t.Errorf("FuncSizes (-want +got):\n%s", diff)
	}
	if _, err := FuncSizes(module[:20]); err == nil {
		t.Error("FuncSizes read a module cut short")
	}
	if _, err := FuncSizes([]byte("not wasm")); err == nil {
		t.Error("FuncSizes read a file that is not wasm")
	}
}

func TestPackage(t *testing.T) {
	for name, want := range map[string]string{
		"golang.org_x_net_html.inBodyIM":           "golang.org_x_net_html",
		"github.com_rivo_uniseg.FirstWordInString": "github.com_rivo_uniseg",
		"spantag_annotations.__Writer_.Write":      "spantag_annotations",
		"runtime.gcMarkTermination":                "runtime",
		"main.__app_.bind":                         "main",
		"wasm_pc_f_loop":                           "wasm_pc_f_loop",
	} {
		if got := Package(name); got != want {
			t.Errorf("Package(%q) = %q, want %q", name, got, want)
		}
	}
}

//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf16"
)

// TestOpenUTF16 opens a text file as Windows Notepad saves "Unicode":
// UTF-16, little-endian, with a byte order mark. The page shows its text
// decoded. Then a windows-1252 text file is refused with a message saying
// how to save it as UTF-8.
func TestOpenUTF16(t *testing.T) {
	text := "Zoë Ångström met Łukasz in Kraków 🇵🇱 at 9 o’clock.\r\nThe ferry 🚢 left.\r\n"
	file := []byte{0xff, 0xfe}
	for _, u := range utf16.Encode([]rune(text)) {
		file = append(file, byte(u), byte(u>>8))
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "notepad.txt")
	if err := os.WriteFile(path, file, 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitDoc(text)

	latin1 := filepath.Join(dir, "latin1.txt")
	if err := os.WriteFile(latin1, []byte("Caf\xe9 cr\xe8me\r\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	tb.openFile(latin1)
	tb.waitFor("the page says the file is not UTF-8 and how to save it so",
		`(s => s.includes("latin1.txt") && s.includes("not valid UTF-8") && s.includes("save the file as UTF-8"))(document.getElementById("status").textContent)`,
		`document.getElementById("status").textContent`)
	tb.waitDoc(text)
}

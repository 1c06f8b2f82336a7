package wasmonly

import (
	"os"
	"path/filepath"
	"testing"
)

// recorder is a testing.TB that records failures instead of failing.
type recorder struct {
	testing.TB
	failed []string
}

func (r *recorder) Errorf(format string, args ...any) { r.failed = append(r.failed, format) }
func (r *recorder) Helper()                           {}

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"good.go":     Constraint + "\npackage main\n",
		"bad.go":      "package main\n",
		"bad_test.go": "package main\n", // tests may be native
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := &recorder{TB: t}
	Check(r, dir)
	if len(r.failed) != 1 {
		t.Errorf("Check found %d files without the constraint, want 1 (bad.go)", len(r.failed))
	}
}

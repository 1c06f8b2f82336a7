//go:build !js

package e2e

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"spantag/internal/chrome"
	"spantag/internal/site"
)

// The site under test and the one browser that every test opens tabs in,
// set up once by TestMain.
var (
	siteURL    string          // the test server, with a trailing slash
	siteDir    string          // the built site it serves
	browserCtx context.Context // the chromedp context that owns the browser
	downloads  string          // where the browser saves downloads, named by GUID
)

func TestMain(m *testing.M) {
	code, err := run(m)
	if err != nil {
		fmt.Fprintln(os.Stderr, "e2e:", err)
		code = 1
	}
	os.Exit(code)
}

func run(m *testing.M) (int, error) {
	chromium, err := chrome.Find()
	if err != nil && os.Getenv(chrome.RequiredEnv) != "1" {
		// A contributor without Chromium: one line, and the native tests go on.
		fmt.Printf("e2e: browser tests skipped, %v; `go run build.go test` runs them\n", err)
		return 0, nil
	}
	if err != nil {
		return 1, err
	}
	tmp, err := os.MkdirTemp("", "spantag-e2e-")
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(tmp)

	siteDir = filepath.Join(tmp, "site")
	if err := buildSite(siteDir); err != nil {
		return 1, err
	}
	srv := httptest.NewServer(site.Handler(siteDir)) // with the headers build.go serve sends
	defer srv.Close()
	siteURL = srv.URL + "/"

	ctx, stop, err := chrome.Launch(chromium, filepath.Join(tmp, "profile"))
	if err != nil {
		return 1, err
	}
	defer stop()
	browserCtx = ctx

	downloads = filepath.Join(tmp, "downloads")
	if err := chrome.AllowDownloads(ctx, downloads); err != nil {
		return 1, err
	}
	return m.Run(), nil
}

// buildSite builds the static site into dir with build.go, as a user does.
func buildSite(dir string) error {
	if err := noteInputs(); err != nil {
		return err
	}
	cmd := exec.Command("go", "run", "build.go", "-out", dir)
	cmd.Dir = ".."
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go run build.go -out %s: %v\n%s", dir, err, out)
	}
	return nil
}

// noteInputs stats every file the site is built from. The build runs in
// another process, so without this go test would not see a change there and
// could replay a cached result for a changed site.
func noteInputs() error {
	for _, file := range []string{"../build.go", "../go.mod", "../go.sum"} {
		if _, err := os.Stat(file); err != nil {
			return err
		}
	}
	for _, dir := range []string{"../web", "../wasm", "../worker", "../jobs", "../annotations", "../render", "../team", "../agree", "../internal/bundle"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			_, err = os.Stat(path)
			return err
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return err
		}
	}
	return nil
}

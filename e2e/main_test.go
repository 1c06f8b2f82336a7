//go:build !js

package e2e

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// The site under test and the one browser that every test opens tabs in,
// set up once by TestMain.
var (
	siteURL    string          // the test server, with a trailing slash
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
	chromium, err := findChromium()
	if err != nil {
		return 1, err
	}
	tmp, err := os.MkdirTemp("", "spantag-e2e-")
	if err != nil {
		return 1, err
	}
	defer os.RemoveAll(tmp)

	site := filepath.Join(tmp, "site")
	if err := buildSite(site); err != nil {
		return 1, err
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(site)))
	defer srv.Close()
	siteURL = srv.URL + "/"

	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(),
		append(chromedp.DefaultExecAllocatorOptions[:],
			chromedp.ExecPath(chromium),
			chromedp.NoSandbox,
			chromedp.DisableGPU,
			chromedp.Headless,
			chromedp.WindowSize(1280, 1000),
			chromedp.UserDataDir(filepath.Join(tmp, "profile")),
			chromedp.Flag("disable-background-networking", true),
			chromedp.Flag("disable-component-update", true),
			chromedp.Flag("disable-sync", true),
			chromedp.Flag("no-first-run", true),
			chromedp.Flag("disable-quic", true),
		)...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	if err := chromedp.Do(ctx); err != nil { // starts the browser, with no timeout
		return 1, fmt.Errorf("starting %s: %v", chromium, err)
	}
	browserCtx = ctx

	downloads = filepath.Join(tmp, "downloads")
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:      browser.SetDownloadBehaviorBehaviorAllowAndName,
		DownloadPath:  downloads,
		EventsEnabled: new(true),
	}); err != nil {
		return 1, fmt.Errorf("setting the download directory: %v", err)
	}
	return m.Run(), nil
}

// findChromium returns the browser to drive: $CHROMIUM, else
// /usr/bin/chromium, else chromium or google-chrome on PATH.
func findChromium() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("no Chromium for the browser tests: CHROMIUM=%s is not a program; install Chromium (apt-get install -y chromium) or set CHROMIUM to its path", p)
		}
		return p, nil
	}
	if _, err := os.Stat("/usr/bin/chromium"); err == nil {
		return "/usr/bin/chromium", nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errors.New("no Chromium for the browser tests: install it (apt-get install -y chromium) or set CHROMIUM to its path")
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
	for _, dir := range []string{"../web", "../wasm", "../annotations"} {
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

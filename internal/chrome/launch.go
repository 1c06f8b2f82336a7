//go:build !js

package chrome

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"

	"github.com/chromedp/chromedp"
)

// RequiredEnv names the environment variable that, set to 1, makes a
// missing Chromium fail the browser tests instead of skipping them:
// `go run build.go test` sets it, so CI never passes without them.
const RequiredEnv = "SPANTAG_BROWSER_TESTS"

// Find returns the Chromium to drive: $CHROMIUM, else /usr/bin/chromium,
// else chromium, chromium-browser or google-chrome on PATH.
func Find() (string, error) {
	if p := os.Getenv("CHROMIUM"); p != "" {
		if _, err := exec.LookPath(p); err != nil {
			return "", fmt.Errorf("no Chromium: CHROMIUM=%s is not a program; install Chromium (apt-get install -y chromium) or set CHROMIUM to its path", p)
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
	return "", errors.New("no Chromium: install it (apt-get install -y chromium) or set CHROMIUM to its path")
}

// Flags are the options Launch starts the browser with: headless, no
// sandbox, no GPU, a 1280×1000 window, the profile in userDataDir, and
// every kind of background networking off (on a machine with no network,
// those requests flood the browser with refused connections).
func Flags(path, userDataDir string) []chromedp.ExecAllocatorOption {
	return append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Headless,
		chromedp.WindowSize(1280, 1000),
		chromedp.UserDataDir(userDataDir),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-quic", true),
	)
}

// Launch starts the Chromium at path with Flags and returns the context of
// its first tab, made with opts. The browser runs with no time limit: derive
// a context with a timeout per step. stop closes the browser.
func Launch(path, userDataDir string, opts ...chromedp.ContextOption) (ctx context.Context, stop func(), err error) {
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), Flags(path, userDataDir)...)
	ctx, cancel := chromedp.NewContext(allocCtx, opts...)
	stop = func() {
		cancel()
		cancelAlloc()
	}
	if err := chromedp.Do(ctx); err != nil { // starts the browser and opens the tab
		stop()
		return nil, nil, fmt.Errorf("starting %s: %v", path, err)
	}
	return ctx, stop, nil
}

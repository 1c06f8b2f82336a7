//go:build !js

package chrome

import (
	"context"
	"fmt"
	"path/filepath"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/chromedp"
)

// AllowDownloads makes the browser context of ctx save downloads into dir,
// each named by its GUID, and report their progress as events (which
// Download waits for).
func AllowDownloads(ctx context.Context, dir string) error {
	_, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:         browser.SetDownloadBehaviorBehaviorAllowAndName,
		BrowserContextID: chromedp.FromContext(ctx).BrowserContextID,
		DownloadPath:     dir,
		EventsEnabled:    new(true),
	})
	if err != nil {
		return fmt.Errorf("letting the browser save downloads into %s: %v", dir, err)
	}
	return nil
}

// Download runs trigger, waits until the download it starts completes, and
// returns the suggested file name and the path of the file, in dir as
// AllowDownloads set it.
func Download(ctx context.Context, dir string, trigger func() error) (name, path string, err error) {
	files, err := Downloads(ctx, dir, 1, trigger)
	if err != nil {
		return "", "", err
	}
	return files[0].Name, files[0].Path, nil
}

// Downloaded is one file the browser downloaded: its suggested name and
// where it is.
type Downloaded struct{ Name, Path string }

// Downloads runs trigger and waits until the n downloads it starts complete.
func Downloads(ctx context.Context, dir string, n int, trigger func() error) ([]Downloaded, error) {
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	if err := trigger(); err != nil {
		return nil, err
	}
	names := map[string]string{} // by GUID
	for ev, err := range begins {
		if err != nil {
			return nil, fmt.Errorf("waiting for %d downloads to begin: %v", n, err)
		}
		names[ev.GUID] = ev.SuggestedFilename
		if len(names) == n {
			break
		}
	}
	if len(names) < n {
		return nil, fmt.Errorf("the browser stopped reporting downloads after %d of %d began", len(names), n)
	}
	var files []Downloaded
	for ev, err := range progress {
		if err != nil {
			return nil, fmt.Errorf("waiting for downloads to complete: %v", err)
		}
		name, ours := names[ev.GUID]
		switch {
		case !ours:
		case ev.State == browser.DownloadProgressStateCanceled:
			return nil, fmt.Errorf("the download of %s was canceled", name)
		case ev.State == browser.DownloadProgressStateCompleted:
			files = append(files, Downloaded{name, filepath.Join(dir, ev.GUID)})
			if len(files) == n {
				return files, nil
			}
		}
	}
	return nil, fmt.Errorf("the browser stopped reporting downloads after %d of %d completed", len(files), n)
}

//go:build !js

package chrome

import (
	"context"
	"errors"
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
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	if err := trigger(); err != nil {
		return "", "", err
	}
	var guid string
	for ev, err := range begins {
		if err != nil {
			return "", "", fmt.Errorf("waiting for a download to begin: %v", err)
		}
		name, guid = ev.SuggestedFilename, ev.GUID
		break
	}
	if guid == "" {
		return "", "", errors.New("the browser stopped reporting downloads before one began")
	}
	for ev, err := range progress {
		if err != nil {
			return "", "", fmt.Errorf("waiting for the download of %s: %v", name, err)
		}
		if ev.GUID != guid {
			continue
		}
		switch ev.State {
		case browser.DownloadProgressStateCanceled:
			return "", "", fmt.Errorf("the download of %s was canceled", name)
		case browser.DownloadProgressStateCompleted:
			return name, filepath.Join(dir, guid), nil
		}
	}
	return "", "", errors.New("the browser stopped reporting the download of " + name)
}

//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/cdproto/browser"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// Files dropped on the page and text pasted into it open as datasets of
// their own, through the browser's own drag and clipboard events.

func TestDropFiles(t *testing.T) {
	dir := t.TempDir()
	notes := "Dropped notes: Zoë met Łukasz in Köln 🇩🇪.\n"
	path := filepath.Join(dir, "dropped.txt")
	if err := os.WriteFile(path, []byte(notes), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	data := &input.DragData{Items: []*input.DragDataItem{}, Files: []string{path}, DragOperationsMask: 1}
	for _, typ := range []input.DispatchDragEventType{input.DispatchDragEventTypeDragEnter, input.DispatchDragEventTypeDragOver, input.DispatchDragEventTypeDrop} {
		if _, err := chromedp.Call(tb.ctx, input.DispatchDragEvent, input.DispatchDragEventParams{Type: typ, X: 300, Y: 300, Data: data}); err != nil {
			t.Fatalf("%s: %v", typ, err)
		}
	}
	tb.waitDoc(notes)
	tb.waitFor("the dropped file is a dataset of its own", `[...document.getElementById("datasets").options].map(o => o.textContent).join("|") === "Sample article|dropped.txt"`,
		`[...document.getElementById("datasets").options].map(o => o.textContent).join("|")`)
}

func TestPasteText(t *testing.T) {
	tb := openApp(t)
	for _, name := range []string{"clipboard-read", "clipboard-write"} {
		if _, err := chromedp.CallBrowser(tb.ctx, browser.SetPermission, browser.SetPermissionParams{
			Permission:       &browser.PermissionDescriptor{Name: name},
			Setting:          browser.PermissionSettingGranted,
			BrowserContextID: chromedp.FromContext(tb.ctx).BrowserContextID,
		}); err != nil {
			t.Fatalf("letting the test write the clipboard: %v", err)
		}
	}
	pasted := "Pasted: the mayor said the barrier will hold 🌊."
	eval[bool](tb, js(`t => navigator.clipboard.writeText(t).then(() => true)`, pasted))
	tb.press("v", chromedp.ModifierCtrl)
	tb.waitDoc(pasted)
}

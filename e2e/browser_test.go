//go:build !js

package e2e

import (
	"context"
	"encoding/json"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"spantag/internal/chrome"
)

// session is one browser context: the storage (IndexedDB, service worker,
// caches) that its tabs share, and no other test sees.
type session struct {
	t   *testing.T
	ctx context.Context // a blank tab that owns the browser context
	url string          // the app's address
}

// newSession makes a fresh browser context for the app served at url,
// disposed of when the test ends.
func newSession(t *testing.T, url string) *session {
	t.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	t.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("making a browser context: %v", err)
	}
	return &session{t: t, ctx: ctx, url: url}
}

// tab is the app open in one browser tab, with what the page did on the side.
type tab struct {
	t      *testing.T
	tabCT  context.Context // the tab itself, alive until the test ends
	ctx    context.Context // the tab, limited to the test's time
	url    string          // the app's address: requests go to its origin only
	close  func()          // closes the tab
	closed bool

	mu       sync.Mutex
	problems []string // console errors, uncaught exceptions, dialogs
	requests []string // every URL the page requested
	// asked counts the "leave the page?" dialogs, which are answered
	// "stay" instead of being problems when askedOK is set.
	asked   int
	askedOK bool
}

// openApp opens the app in a fresh browser context and waits until it is
// interactive.
func openApp(t *testing.T) *tab {
	t.Helper()
	return newSession(t, siteURL).open()
}

// open opens the app in a new tab of the session and waits until it is
// interactive. When the test ends, it fails the test on any console error,
// uncaught exception, dialog or request to another origin, and takes a
// screenshot.
func (s *session) open() *tab {
	t := s.t
	t.Helper()
	tb := s.newTab()
	tb.do("open the app", chromedp.Navigate(s.url))
	tb.waitReady()
	return tb
}

// newTab opens a blank tab in the session.
func (s *session) newTab() *tab {
	t := s.t
	t.Helper()
	tb := &tab{t: t, url: s.url}
	tabCtx, cancel := chromedp.NewContext(s.ctx, chromedp.WithListener(tb.listen))
	tb.tabCT = tabCtx
	if err := chromedp.Do(tabCtx); err != nil { // opens the tab, bound to tabCtx
		cancel()
		t.Fatalf("opening a tab: %v", err)
	}
	ctx, cancelTimeout := context.WithTimeout(tabCtx, 90*time.Second)
	tb.ctx = ctx
	tb.close = func() {
		if !tb.closed {
			tb.closed = true
			tb.screenshot(t.Name())
			tb.checkClean()
			cancelTimeout()
			cancel()
		}
	}
	t.Cleanup(tb.close)
	if err := chrome.AllowDownloads(ctx, downloads); err != nil {
		t.Fatal(err)
	}
	return tb
}

// listen records what the page does on the side. It runs on the goroutine
// that reads the tab's messages, so it only records.
func (tb *tab) listen(ev any) {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	switch ev := ev.(type) {
	case *network.EventRequestWillBeSent:
		tb.requests = append(tb.requests, ev.Request.URL)
	case *runtime.EventExceptionThrown:
		tb.problems = append(tb.problems, "uncaught exception: "+exceptionText(ev.ExceptionDetails))
	case *runtime.EventConsoleAPICalled:
		if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
			tb.problems = append(tb.problems, fmt.Sprintf("console.%s: %s", ev.Type, argsText(ev.Args)))
		}
	case *log.EventEntryAdded:
		if ev.Entry.Level == log.EntryLevelError {
			tb.problems = append(tb.problems, fmt.Sprintf("browser log (%s): %s %s", ev.Entry.Source, ev.Entry.Text, ev.Entry.URL))
		}
	case *page.EventJavascriptDialogOpening:
		if ev.Type == page.DialogTypeBeforeunload && tb.askedOK {
			tb.asked++
			go chromedp.Call(tb.tabCT, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
			return
		}
		tb.problems = append(tb.problems, fmt.Sprintf("a %s dialog opened: %q", ev.Type, ev.Message))
		go chromedp.Call(tb.tabCT, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{})
	}
}

func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "?"
	}
	s := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		s += " " + d.Exception.Description
	}
	return fmt.Sprintf("%s (%s:%d:%d)", s, d.URL, d.LineNumber+1, d.ColumnNumber+1)
}

func argsText(args []*runtime.RemoteObject) string {
	var parts []string
	for _, a := range args {
		var s string
		if err := json.Unmarshal(a.Value, &s); err == nil {
			parts = append(parts, s)
		} else if a.Description != "" {
			parts = append(parts, a.Description)
		} else {
			parts = append(parts, string(a.Value))
		}
	}
	return strings.Join(parts, " ")
}

// checkClean fails the test on what the page should never do: write an
// error, throw, open a dialog, or request anything from another origin.
func (tb *tab) checkClean() {
	tb.mu.Lock()
	defer tb.mu.Unlock()
	for _, p := range tb.problems {
		tb.t.Errorf("page: %s", p)
	}
	site, _ := url.Parse(tb.url)
	for _, r := range tb.requests {
		if !sameOrigin(site, r) {
			tb.t.Errorf("page requested %s: only %s may be asked for anything", r, tb.url)
		}
	}
}

// sameOrigin reports whether the request for raw stays on site's origin;
// data: URLs are no request, and a blob: URL names its origin inside.
func sameOrigin(site *url.URL, raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "data":
		return true
	case "blob":
		if u, err = url.Parse(u.Opaque); err != nil {
			return false
		}
	}
	return u.Scheme == site.Scheme && u.Host == site.Host
}

// do runs actions in the tab, failing the test with what on error.
func (tb *tab) do(what string, actions ...chromedp.Action[chromedp.Void]) {
	tb.t.Helper()
	if err := chromedp.Do(tb.ctx, actions...); err != nil {
		tb.t.Fatalf("%s: %v", what, err)
	}
}

// eval evaluates a JavaScript expression in the page into a T.
func eval[T any](tb *tab, expr string) T {
	tb.t.Helper()
	v, err := chromedp.Run(tb.ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.t.Fatalf("evaluating %s: %v", short(expr), err)
	}
	return v
}

// js formats a call of the function fn with the arguments, as JSON.
var js = chrome.CallJS

func short(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) > 80 {
		return s[:77] + "..."
	}
	return s
}

// waitFor waits until the JavaScript expression is true, failing the test
// with what when it does not come true within a few seconds. state is an
// expression whose value the failure shows.
func (tb *tab) waitFor(what, expr, state string) {
	tb.t.Helper()
	_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](expr,
		chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(20*time.Second)))
	if err != nil {
		got, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[any](state))
		status, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(document.getElementById("status") || {}).textContent || ""`))
		tb.t.Fatalf("waiting until %s: %v\nthe page has %q\n#status says %q", what, err, fmt.Sprint(got), strings.TrimSpace(status))
	}
}

// waitReady waits for body[data-ready="1"], which the app sets once it is
// interactive.
func (tb *tab) waitReady() {
	tb.t.Helper()
	_, err := chromedp.Run(tb.ctx, chromedp.Poll[bool](`document.body && document.body.dataset.ready === "1"`,
		chromedp.WithPollingInterval(50*time.Millisecond),
		chromedp.WithPollingTimeout(30*time.Second)))
	if err != nil {
		boot, _ := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`(document.getElementById("boot") || {}).textContent || ""`))
		tb.mu.Lock()
		problems := strings.Join(tb.problems, "\n\t")
		tb.mu.Unlock()
		tb.t.Fatalf("the app never set body[data-ready=1]: %v\n#boot says %q\nthe page logged:\n\t%s", err, strings.TrimSpace(boot), problems)
	}
}

// docText returns #doc's textContent.
func (tb *tab) docText() string {
	tb.t.Helper()
	return eval[string](tb, `document.getElementById("doc").textContent`)
}

// textOf returns the textContent of the element matching a CSS selector.
func (tb *tab) textOf(sel string) string {
	tb.t.Helper()
	return eval[string](tb, js(`s => { const e = document.querySelector(s); if (!e) throw new Error("no element " + s); return e.textContent; }`, sel))
}

// waitDoc waits until #doc holds exactly text.
func (tb *tab) waitDoc(text string) {
	tb.t.Helper()
	tb.waitFor(fmt.Sprintf("#doc holds %q", short(text)),
		js(`t => { const d = document.getElementById("doc"); return !!d && d.textContent === t; }`, text),
		`document.getElementById("doc").textContent`)
}

// drag selects #doc's text from UTF-16 offset a to b with a real mouse
// drag, and checks that the browser selected exactly that. Backwards, it
// drags from the end to the start.
func (tb *tab) drag(a, b int, backwards bool) {
	tb.t.Helper()
	if err := tb.dragOnce(a, b, backwards); err != nil {
		// The drag's own error comes first: reading the text can fail for
		// the same reason (an expired deadline), and must not hide it.
		text, readErr := chromedp.Run(tb.ctx, chromedp.Evaluate[string](`document.getElementById("doc").textContent`))
		if readErr != nil {
			tb.t.Fatalf("%v (the text there could not be read: %v)", err, readErr)
		}
		tb.t.Fatalf("%v (the text there is %q)", err, utf16Slice(text, a, b))
	}
}

// dragOnce is chrome.Drag, tried again once when the browser did not answer
// a mouse event in 20 s while the tab's time lasted: on a busy CI machine
// Chromium once never acknowledged a press (the page answered just before),
// and a second drag from the start is what a user would do.
func (tb *tab) dragOnce(a, b int, backwards bool) error {
	ctx, cancel := context.WithTimeout(tb.ctx, 20*time.Second)
	defer cancel()
	err := chrome.Drag(ctx, a, b, backwards)
	if err != nil && ctx.Err() != nil && tb.ctx.Err() == nil {
		tb.t.Logf("the drag over UTF-16 [%d,%d) got no answer in 20 s (%v); %s; dragging again", a, b, err, tb.answers())
		err = chrome.Drag(tb.ctx, a, b, backwards)
	}
	return err
}

// answers says whether the page's main thread runs a script within 5 s:
// whether the page is stuck, or only the browser's input.
func (tb *tab) answers() string {
	ctx, cancel := context.WithTimeout(tb.tabCT, 5*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`true`)); err != nil {
		return "the page does not run a script either: " + err.Error()
	}
	return "the page runs scripts"
}

// clickAt clicks inside the character at UTF-16 offset off of #doc, which
// puts the caret there and hits the innermost element around it.
func (tb *tab) clickAt(off int) {
	tb.t.Helper()
	if err := chrome.ClickAt(tb.ctx, off); err != nil {
		tb.t.Fatal(err)
	}
}

// press types keys (see chromedp.KeyEvent) with modifiers held.
func (tb *tab) press(keys string, mods ...chromedp.Modifier) {
	tb.t.Helper()
	tb.do(fmt.Sprintf("press %q", keys), chromedp.KeyEvent(keys, chromedp.KeyModifiers(mods...)))
}

// click clicks, with the mouse, the one button whose accessible name is name.
func (tb *tab) click(name string) {
	tb.t.Helper()
	if err := chrome.ClickButton(tb.ctx, name); err != nil {
		tb.t.Fatal(err)
	}
}

// openFile gives the page's input#file a file, as a user choosing it does.
func (tb *tab) openFile(path string) {
	tb.t.Helper()
	tb.do("open "+filepath.Base(path), chromedp.SetUploadFiles(chromedp.ID("file"), []string{path}))
}

// download runs trigger and returns the suggested name and the content of
// the file the page downloads.
func (tb *tab) download(trigger func()) (name string, content []byte) {
	tb.t.Helper()
	name, path, err := chrome.Download(tb.ctx, downloads, func() error {
		trigger()
		return nil
	})
	if err != nil {
		tb.t.Fatal(err)
	}
	content, err = os.ReadFile(path)
	if err != nil {
		tb.t.Fatalf("reading the download of %s: %v", name, err)
	}
	return name, content
}

// screenshot saves the tab as $SPANTAG_SCREENSHOTS/<name>.png, when set.
func (tb *tab) screenshot(name string) {
	dir := os.Getenv("SPANTAG_SCREENSHOTS")
	if dir == "" {
		return
	}
	ctx, cancel := context.WithTimeout(tb.tabCT, 10*time.Second)
	defer cancel()
	png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.t.Logf("screenshot %s: %v", name, err)
		return
	}
	file := filepath.Join(dir, regexp.MustCompile(`[^A-Za-z0-9_.-]+`).ReplaceAllString(name, "_")+".png")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.t.Logf("screenshot: %v", err)
		return
	}
	if err := os.WriteFile(file, png, 0o644); err != nil {
		tb.t.Logf("screenshot: %v", err)
	}
}

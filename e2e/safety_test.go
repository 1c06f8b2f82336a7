//go:build !js

package e2e

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

func TestInertText(t *testing.T) {
	article := "Breaking: <script>alert(1)</script> in the headline\n" +
		"<img src=x onerror=alert(1)>\n" +
		"AT&T says 1 &lt; 2, and <b>bold</b> is just text.\n"
	path := filepath.Join(t.TempDir(), "article.txt")
	if err := os.WriteFile(path, []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	tb := openApp(t)
	tb.openFile(path)
	tb.waitDoc(article)
	tb.do("give an injected handler time to run", chromedp.Sleep(300*time.Millisecond))
	if n := eval[int](tb, `document.querySelectorAll("#doc script, #doc img, #doc b, img[src=x]").length`); n != 0 {
		t.Errorf("the article's markup made %d elements in the page; it must stay text", n)
	}
	// A dialog, a console error or a request for x fails the test when it ends.
}

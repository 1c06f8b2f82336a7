package transfer

import (
	"path"
	"strings"
)

// BeforePaint reports whether the built file at the slash-separated path
// is downloaded before the page's first paint. What is not: the Web
// Worker's script and wasm (worker-*, started after the first paint), the
// service worker (sw.js, registered after it) and _headers, which hosts
// read and never serve.
func BeforePaint(p string) bool {
	base := path.Base(p)
	return !strings.HasPrefix(base, "worker-") && base != "sw.js" && base != "_headers"
}

// FirstPaint returns the files of files that BeforePaint.
func FirstPaint(files []File) []File {
	var first []File
	for _, f := range files {
		if BeforePaint(f.Path) {
			first = append(first, f)
		}
	}
	return first
}

package site

import (
	"net/http"
	"strings"
)

// Policy is the page's Content-Security-Policy as index.html's <meta>
// states it: its own origin only, and WebAssembly compiled from there.
const Policy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
	"connect-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"

// Header is one HTTP response header.
type Header struct{ Name, Value string }

// Headers are the headers every response of the site carries. The policy
// adds frame-ancestors, which only a header can set: no other page may
// frame spantag and trick a click on it.
var Headers = []Header{
	{"Content-Security-Policy", Policy + "; frame-ancestors 'none'"},
	{"X-Frame-Options", "DENY"}, // frame-ancestors for browsers that predate it
	{"X-Content-Type-Options", "nosniff"},
	{"Referrer-Policy", "no-referrer"},
}

// Handler serves the built site in dir with Headers.
func Handler(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for _, h := range Headers {
			w.Header().Set(h.Name, h.Value)
		}
		files.ServeHTTP(w, r)
	})
}

// HeadersFileName is the file Netlify and Cloudflare Pages read headers
// from, at the root of the site.
const HeadersFileName = "_headers"

// HeadersFile is the _headers file that gives every path of the site Headers.
func HeadersFile() string {
	var b strings.Builder
	b.WriteString("/*\n")
	for _, h := range Headers {
		b.WriteString("  " + h.Name + ": " + h.Value + "\n")
	}
	return b.String()
}

//go:build !js

// Package e2e holds spantag's browser tests: they build the static site with
// build.go, serve it on 127.0.0.1, and drive one headless Chromium through
// what a user does — select text with the mouse, press label keys, click
// buttons by their accessible names, open files and export — then check the
// page and the exported JSONL. Every test also fails on a console error, an
// uncaught exception, a JavaScript dialog or a request to another origin.
//
// The tests need Chromium: /usr/bin/chromium, $CHROMIUM, or chromium or
// google-chrome on PATH (apt-get install -y chromium). Without one, `go test
// ./...` skips them with one line saying so; `go run build.go test` sets
// SPANTAG_BROWSER_TESTS=1, which makes a missing Chromium a failure. Set
// SPANTAG_SCREENSHOTS to a directory to keep a screenshot of the end of each
// test.
package e2e

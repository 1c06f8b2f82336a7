//go:build !js

// Package chrome drives a headless Chromium for spantag's browser tests and
// browser benchmark: it finds the browser, launches it with the flags this
// kind of machine needs, and acts on the page as a user does — a real mouse
// drag over a range of #doc's text, a click on a character or on a button
// found by its accessible name, and a file download captured to disk.
//
// Every function is a plain call that returns an error saying what failed;
// the callers decide whether that fails a test or a measurement.
package chrome

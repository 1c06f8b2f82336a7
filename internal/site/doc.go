// Package site holds what serving spantag's built site takes beyond its
// files: the HTTP headers every response carries, sent by `go run build.go
// serve` and the browser tests' server, and written by the build into a
// _headers file for the static hosts that read one.
package site

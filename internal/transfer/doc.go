// Package transfer measures what a static site costs to download: the size
// of every file as stored, gzip-compressed (best compression) and
// brotli-compressed, as a server or CDN would send it. build.go prints it
// after each build and the browser benchmark reports it.
package transfer

// Package bundle runs esbuild for build.go: each script of web/ becomes one
// minified, hashed ES module (with the wasm it imports copied beside it,
// hashed too), and web/sw.js becomes the service worker, given the list of
// the built files to keep for offline use and a build id.
package bundle

//go:build js && wasm

// Command worker is spantag's second WebAssembly program. It runs in a
// dedicated Web Worker, started after the page's first paint, and does the
// work that neither the first paint nor editing needs, so that its code is
// not in the download before the page shows anything: reading and writing
// other tools' formats, HTML import, the derived exports, and the heavy
// sources of suggestions.
//
// The page asks for a job with callWorker(kind, request) (wasm/worker.go);
// here each kind has a handler registered with handle, usually from an init
// function in a file of its own. Requests and replies are bytes; what they
// hold is up to each kind (package jobs encodes the shared ones).
//
// The messages between the page and this worker, as JavaScript objects:
//
//	worker → page  {ready: true}                 handlers registered, listening
//	page → worker  {id, kind, req: Uint8Array}    one job
//	worker → page  {id, reply: Uint8Array}        its reply
//	worker → page  {id, error: "message"}         or why it failed
//	worker → page  {failed: "message"}            the program could not start or stopped
//
// web/worker.js loads this program; every file is //go:build js && wasm.
package main

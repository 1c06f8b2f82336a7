// Package jobs is what the page's program (wasm/) and the worker's
// (worker/) agree on about the jobs the page sends the worker: the kinds,
// and how a request or a reply of several pieces is packed into the one
// byte slice a job carries. Pure Go, tested natively.
package jobs

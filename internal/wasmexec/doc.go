// Package wasmexec gives build.go the Go distribution's wasm_exec.js with one
// change, for the page, its worker and the js/wasm tests alike: a short ASCII
// string that Go passes to JavaScript (a property or method name, mostly:
// every syscall/js Get, Set and Call passes one) is made in JavaScript
// instead of by TextDecoder.
//
// Why: a string TextDecoder returns is made by Blink, which hands it to V8
// with a weak handle, and V8 frees each such handle in a callback after the
// collection that finds the string dead. Ticking the boilerplate source over
// 10,000 pages passed 66,000 names, and the collector's task of those
// callbacks took 24 ms on the page's thread; with this change it passes 70,
// and the task takes 2 ms (see BENCHMARKS.md).
package wasmexec

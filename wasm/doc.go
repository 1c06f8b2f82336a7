//go:build js && wasm

// Command wasm is spantag's page: the GOOS=js GOARCH=wasm program that binds
// the annotations core and package save to the DOM of web/index.html and to
// IndexedDB. JavaScript only boots it.
//
// The rule of this package: it holds browser bindings only (the DOM and its
// events, IndexedDB, Web Locks and BroadcastChannel, files, downloads, the
// service worker). Anything that can be decided without a browser lives in
// the core, where native tests reach it. Every call into JavaScript goes
// through hack-pad/safejs, and no error it returns is dropped: it is
// returned, shown in the status area, or, for what only benchmarks read,
// logged to the console.
//
// Goroutines and callbacks here share one thread: Go's js/wasm port runs
// every goroutine on the page's single thread and switches between them only
// where one blocks (a channel, time.Sleep, an awaited promise, the return to
// the event loop). The app's state is therefore read and written without
// locks, and two loops wait by polling a flag with time.Sleep (Export for a
// file still being read, the store for a write in flight), each sleep
// yielding to the goroutine or callback that clears the flag. Were the port
// to run goroutines in parallel, these would need a mutex or channels.
package main

//go:build js && wasm

// Command floorwasm is the bare Go wasm floor of the browser benchmark: the
// smallest Go program a page can run, using syscall/js and strings as the
// peers' figure does. Its download size and the time from page start to
// its main running are what spantag's are compared with.
package main

import (
	"strings"
	"syscall/js"
)

func main() {
	body := js.Global().Get("document").Get("body")
	body.Set("textContent", strings.ToUpper("main is running"))
	body.Get("dataset").Set("ready", "1")
	select {} // stay alive, as the app does
}

//go:build js && wasm

package main

// What a large document, drawn in steps (render.go), needs besides.

// showDrawing marks #doc aria-busy while it is drawn in steps: assistive
// technology, tests and the benchmark then know that its text is not whole
// yet.
func (a *app) showDrawing(busy bool) error {
	if busy {
		_, err := a.page.doc.Call("setAttribute", "aria-busy", "true")
		return err
	}
	_, err := a.page.doc.Call("removeAttribute", "aria-busy")
	return err
}

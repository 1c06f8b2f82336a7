// Package annotations is spantag's core: documents, tokens, blocks, labelled
// spans, offset conversion between bytes, code points and UTF-16, undo
// history and the import/export codecs. What the page shows of them is
// decided by package render.
//
// It never imports syscall/js, so every decision it makes is tested natively.
// Inside the package offsets are byte offsets into Document.Text; exports use
// Unicode code points (what Python's text[start:end] and spaCy expect) and
// the browser's Selection API speaks UTF-16; Index converts between the three.
package annotations

// Package render is the stage between spantag's core and the page: it
// decides what the page shows, as plain strings and values, and wasm/ only
// applies them to the DOM.
//
// It computes the HTML of the document's lines, in chunks of
// LinesPerChunk and sections of ChunksPerSection, each stretch of text
// wrapped in one <mark> per span covering it (DocHTML, LineHTML); a very
// long line's blocks (Blocks, BlocksHTML, BlockInnerHTML); a large
// document drawn in steps (DrawSteps, ListSteps); the elements a change
// redraws and the chunks they are in (EditRedraws, Redraws, ChunksOf,
// ChunkOf); the lines whose text the HTML parser would alter
// and the segments they are drawn from as DOM nodes instead (NodeLines,
// Segments); the side list of spans (SpanListHTML, SpanGroupHTML); when a
// long job yields and what its progress says (Pace, Job); and the words the
// page says (Progress, Counts, Opened, Exported).
//
// The DOM contract, the class names and data attributes that the HTML
// written here, the page's event handlers and web/app.css all rely on, is
// named once, in contract.go.
package render

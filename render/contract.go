package render

// The DOM contract: the class names and data attributes this package
// writes, which wasm/ looks up and web/app.css styles. A test checks that
// app.css uses every class.
const (
	// ClassSection is the element grouping ChunksPerSection chunk elements.
	ClassSection = "sect"
	// ClassChunk is the element grouping LinesPerChunk line elements.
	ClassChunk = "chunk"
	// ClassLine is the element of one line of the document.
	ClassLine = "ln"
	// ClassBlock is one block of a long line, inside its line element.
	ClassBlock = "blk"
	// ClassStarts marks the part of a span where the span starts.
	ClassStarts = "s"
	// ClassEnds marks the part of a span where the span ends.
	ClassEnds = "e"
	// ClassSelected marks every part of the selected span and its list entry.
	ClassSelected = "sel"
	// ClassSpanGroup is the list of the spans that start in one chunk.
	ClassSpanGroup = "spans-of-chunk"
	// ClassTag is the label's name in a span list entry.
	ClassTag = "tag"
	// ClassText is the span's text in a span list entry.
	ClassText = "text"
	// ClassWhy is a suggestion's reasons in its list entry.
	ClassWhy = "why"
	// ClassMore is the line that counts the suggestions not listed.
	ClassMore = "more"
	// ClassHidden is text for screen readers alone: where a list entry's span is.
	ClassHidden = "visually-hidden"
)

// Classes is every class of the contract, for checks against the style sheet.
var Classes = []string{ClassSection, ClassChunk, ClassLine, ClassBlock, ClassStarts, ClassEnds, ClassSelected, ClassSpanGroup, ClassTag, ClassText, ClassWhy, ClassMore, ClassHidden}

const (
	// AttrLine holds a line element's index in the document.
	AttrLine = "data-line"
	// AttrAt holds the byte offset where a long line's block starts.
	AttrAt = "data-at"
	// AttrLabel holds the label of a span's part, list entry or label button.
	AttrLabel = "data-label"
	// AttrStart and AttrEnd hold a span's byte offsets, so that a click
	// on any of its parts finds it.
	AttrStart = "data-start"
	AttrEnd   = "data-end"
	// AttrSuggested marks every part of a suggestion (a span not yet
	// accepted), which the page outlines instead of filling.
	AttrSuggested = "data-suggested"
	// AttrReview is on #doc while it shows a reviewed document (one made
	// of several annotators' versions), whose suggestions are the
	// annotators' disagreements.
	AttrReview = "data-review"
	// AttrKey holds a label button's key.
	AttrKey = "data-key"
)

// LinesPerChunk is how many line elements the page groups in one chunk
// element: the page lets the browser skip the style and layout of chunks
// off screen (content-visibility), and a few hundred chunks cost far less
// to track than thousands of lines.
const LinesPerChunk = 32

// ChunksPerSection is how many chunk elements the page groups in one
// section element, skipped as a whole off screen too: with a million lines,
// the browser then tracks a few hundred sections in each frame rather than
// tens of thousands of chunks.
const ChunksPerSection = 64

// Package suggest computes a document's suggestions from its dataset's
// sources, pure Go over the source packages: the matches of the patterns
// file (patterns.Matcher) and every occurrence of the words of a span
// (patterns.Needle), and the boilerplate lines (boiler.Corpus, fed the
// dataset's documents), each adapted to an annotations.Suggestion with its
// reason ("pattern line 3", "same words as ENTITY “Kyiv”"). The worker
// runs it (Job, its "suggest" job), so that the matcher and its regular
// expressions stay out of the page's first download.
package suggest

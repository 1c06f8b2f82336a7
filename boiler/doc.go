// Package boiler decides, for every line of every document, whether it is boilerplate
// (navigation, bylines, share buttons, advertisements, lists of other pages, legal
// notices) or body text, with a score and a reason a person can read.
//
// The evidence holds for scraped text in any language:
//   - lines repeated across the dataset's documents, counted by a Corpus as hashes of
//     normalised lines (case, digits and times like "2h ago" folded), fed one document
//     at a time as a queue streams in;
//   - navigation, call-to-action and legal wording, from per-language data files
//     (data/wording/);
//   - length in words, closing punctuation, stop word density in the document's
//     language (package lang), the share of capitalised words, and, for a page imported
//     from HTML, link density and whether the line was in a nav, footer, aside or
//     picture's caption;
//   - the neighbouring lines, smoothed as jusText does: a short line between
//     boilerplate lines is boilerplate, a short line before body text is not.
//
// Decisions are plain values with byte offsets into the document's text.
package boiler

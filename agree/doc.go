// Package agree works out how far annotators agree, from their versions of
// the same documents: the figures of spantag's agreement view and of the
// command line's agree. It is pure Go over package annotations, tested
// natively.
//
// Match gathers the versions: documents are the same when their texts are
// equal (looked up by _input_hash, then compared by text, as the 32-bit hash
// collides on large corpora), never by position or file. A version's
// annotator is its "_annotator_id", else its "_session_id" (older Prodigy
// exports), else the name of the file it came from. Versions answered
// reject or ignore are left out unless asked for. Read reads a file for
// Match; annotations.Reader gives each annotation of a Label Studio task
// apart, by its "completed_by", so that one Label Studio file holds several
// annotators' versions.
//
// An Index matches versions as Match does without holding their texts (a
// SHA-256 of each text stands for it, and each version is written to a
// spool and read back one document at a time), for the command line's
// agree, merge and review on corpora of any size. Versions.Gold makes the
// gold document of versions that agree, with Prodigy review's "versions"
// and their "sessions"; Versions.Dispute lists what they differ on.
//
// Compute works out the figures of matched items; a Counter does the same
// one document at a time, holding no text, for a corpus of any size. Each
// document is seen token by token, with annotations' own tokens: a token's
// label is "O", or the label of the span over it (a span is over every
// token it shares a byte with; where spans of different labels nest, the
// innermost). Each label is also seen alone, a token being in or out of a
// span of that label. The figures, by the names results give them:
//
//   - span_f1_exact, span_f1_overlap: for each pair of annotators, per label
//     and micro-averaged over labels, the harmonic mean of precision (the
//     share of A's spans that B matched) and recall (the share of B's spans
//     that A matched); a span matches another of the same label with the same
//     offsets (exact), or with a token in common (overlap);
//   - cohen_kappa: for each pair, over the tokens of the documents both have;
//   - fleiss_kappa: all annotators, over the tokens of the documents every
//     annotator has;
//   - krippendorff_alpha (nominal): for each pair, and for all annotators over
//     every document two of them have, each token a unit coded by the
//     annotators who have its document.
//
// A figure with nothing to compare, or whose expected agreement is 1 (every
// token has the same label for everyone, where kappa and alpha divide by
// zero), is given as undefined with the reason, never as 1 or 0; so is an F1
// where neither annotator made a span.
//
// A Report is written as JSON (WriteJSON) or as two CSV files. The figures
// CSV (WriteFiguresCSV) has one row per figure, pair and label:
//
//	figure       the figure's name, above
//	label        the label, or empty for every label together
//	annotator_a  the pair compared, or both empty for all annotators
//	annotator_b
//	value        the figure, rounded to 6 decimals; empty when undefined
//	defined      true or false
//	reason       why the figure is undefined, else empty
//	documents    the documents compared
//	tokens       the tokens compared (units: tokens of the documents compared)
//	spans_a      for the span F1 figures: A's spans, B's spans, and how many
//	spans_b      of each the other matched; empty for the other figures
//	matched_a
//	matched_b
//
// The documents CSV (WriteDocumentsCSV) lists the documents two annotators
// or more have, the most disagreed on first:
//
//	rank             1 for the most disagreed on
//	item             the document's index among the matched items
//	id               its meta "id", own "id", or else its _input_hash
//	input_hash       its _input_hash
//	annotators       who has a version of it, separated by ";"
//	tokens           its tokens
//	disagreement     the share of (token, pair of annotators) whose labels differ
//	spans            the distinct spans of all its versions
//	unanimous_spans  of which every annotator made
//
// JSON has the same keys: "results" (objects with the figures CSV's keys,
// "value" null when undefined), "documents_by_disagreement", and "matrices",
// each pairwise figure as an annotator × annotator matrix for a heatmap; and
// "alike", the pairs of documents whose texts differ only in spaces and line
// ends ("a" and "b" their ids, "start" the text's first words), whose
// versions are not compared with each other; and "same_id", the pairs of
// documents that share an id but not their words ("id", and "a" and "b" who
// has each text), whose versions are not compared with each other either.
package agree

// Package patterns reads Prodigy's and spaCy EntityRuler's patterns files
// and matches them over spantag's own tokens, so that every match lines up
// with the tokens of the export. It is pure Go and knows nothing of the
// page: a Match is a plain value that callers turn into suggestions.
//
// The files, by stage:
//
//   - reader.go reads a JSONL patterns file, one {"label", "pattern",
//     "id"?} a line, refusing each unusable line with its number and
//     reason (LineErrors) and keeping the others;
//   - spec.go turns one token object of a token pattern into a step: the
//     tests on a token (attributes, predicates) and its operator;
//   - token.go names the attributes and keeps a token's values while the
//     matcher is on its line; attrs.go computes them as spaCy defines
//     them (IS_TITLE is Python's str.istitle, SHAPE is spaCy's word
//     shape, LIKE_URL and LIKE_EMAIL its lexical rules; IS_STOP and
//     LIKE_NUM come from package lang, in the document's language);
//   - matcher.go finds the matches of every pattern, phrase patterns
//     through an index of their first token, token patterns run by
//     nfa.go, and keeps, of overlapping matches of one label, the
//     longest, then the earliest;
//   - occurrences.go finds every other occurrence of a span's tokens, in
//     a document or across a dataset.
//
// Matches never cross a line break (spaCy's tokenizer makes a line break a
// token of its own, so its patterns never match across one either), which
// lets callers match a document a few lines at a time and yield between.
package patterns

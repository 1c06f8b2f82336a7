// Package lang tells which language a text is in and what its words are, from pinned
// copies of maintained word lists (see data/README.md): stopwords-iso for stop words and
// for detecting a text's language by stopword overlap, spaCy's number words for
// LIKE_NUM, and CLDR's months' names. The lists are embedded and parsed on first use, so a program that never asks
// pays nothing at start; it is meant for the worker binary, not the first-paint wasm.
package lang

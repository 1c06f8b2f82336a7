// Package learn holds the models that learn from the annotator's confirmed
// work, in pure Go with nothing but the standard library and the core:
//
//   - an entity tagger (tagger.go): an averaged structured perceptron over
//     BILUO tags of spantag's own tokens, decoded with Viterbi so that only
//     valid tag sequences come out, with features of the word, its shape,
//     affixes, neighbours, the sentence start and the confirmed entity
//     texts (gazetteer.go);
//   - a claim classifier (claims.go): logistic regression over hashed word
//     n-grams and cues, one decision per sentence;
//   - a line classifier (lines.go): logistic regression over the evidence
//     a caller gives for a line (boilerplate or not).
//
// A Model (model.go) holds the three, learns from one answered document at
// a time and suggests spans with a score in 0..1. Training is deterministic
// for a given order of documents: no map is iterated where the order could
// change a number, nothing is random, and every product added to a sum is
// rounded first (an explicit float64 conversion), so that no architecture
// fuses the two into one instruction with another rounding: the same
// documents give the same model file natively, in wasm and on ARM. file.go
// writes and reads a model as one file; score.go scores suggestions against
// what was confirmed, for prequential evaluation; active.go measures how
// unsure the model is of a document and picks the next one to annotate.
//
// How a page uses it, in its worker: New(LabelsOf(the dataset's labels)),
// or Decode the model stored with the dataset; Suggest (or SuggestLines, a
// part at a time) for the document shown, each suggestion with its Reason;
// for each line, once Lines.Trained, Lines.Prob of the boilerplate evidence
// instead of the heuristic's decision; unless Entities.NamesInBoilerplate,
// OutsideBoilerplate drops the entity suggestions in the lines suggested as
// boilerplate. When a document is accepted:
// Evaluation.Add the suggestions that were shown and its confirmed spans,
// then Learn it and Lines.Learn its lines, then Encode and store. When a
// document learnt from changes, Train from scratch on the accepted
// documents in the order they were answered. To order the queue, PickNext
// over the Uncertainty of the documents in a window ahead.
//
// All offsets are byte offsets into annotations.Document.Text.
package learn

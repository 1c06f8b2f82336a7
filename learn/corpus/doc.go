// Package corpus generates, from a seed, the labelled news-shaped documents
// that `go run build.go eval-learning` and the tests of package learn train
// and score on. The rules are fixed, so a model can learn them:
//
//   - ENTITY is a person's full name, a place or an organisation. Some
//     recur from document to document; about half are made up for the
//     document from syllables, so most names are first seen late or never
//     again (a model that only looks names up cannot score well).
//     Capitalised words that are not names (the first word of a sentence,
//     weekdays, months, titles such as "Mayor", the site's own name) are
//     not entities. GenerateKinds labels them PERSON, PLACE and ORG instead.
//   - CLAIM is a whole sentence that reports what someone said (a reporting
//     verb, a quotation, a view) or states a figure; narrative sentences are
//     not, even those with a number or the word "said" in them.
//   - BOILERPLATE is a whole line of the site's template: navigation,
//     subscription calls, the date line, sharing and copyright lines.
//     Four sites take turns at random.
//
// It is not imported by package learn, so it stays out of the wasm.
package corpus

// Package team does the page's work with several annotators' files, pure
// Go and tested natively: the worker binary runs it for the agreement view
// and the review (worker/team.go), and the page asks for it with a
// message.Request. The files are matched as the command line's agree and
// review match them (agree.Index, holding the spool in memory), so that the page's
// figures, and its JSON and CSV exports, are the command line's byte for
// byte on the same files.
//
// A file whose documents carry no "_annotator_id" (nor "_session_id") is
// one annotator, named after the file unless the Request renames it; the
// Reply says which files those are, for the page to offer a name field.
package team

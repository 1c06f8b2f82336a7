package render

import (
	"fmt"
	"strconv"
	"strings"
)

// Whose says whose shard a document is, from its "_annotator_id" and
// "_session_id", for the dataset bar.
func Whose(annotator, session string) string {
	if session == "" {
		return annotator + "'s"
	}
	return annotator + "'s · " + session
}

// Split says which shard files a split downloaded, and how many of the
// docs documents are in every one (shared), for an overlap of overlap.
func Split(names []string, overlap float64, docs, shared int) string {
	files := "files"
	if len(names) == 1 {
		files = "file"
	}
	said := fmt.Sprintf("Split into %d %s: %s.", len(names), files, strings.Join(names, ", "))
	if overlap == 0 {
		return said
	}
	share := strconv.FormatFloat(overlap*100, 'f', -1, 64) + "%"
	are := "are"
	if shared == 1 {
		are = "is"
	}
	return fmt.Sprintf("%s %d of the %d documents %s in every one (an overlap of %s, drawn by each text's hash).", said, shared, docs, are, share)
}

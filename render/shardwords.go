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

// Split says which shard files a split downloaded.
func Split(names []string, overlap float64) string {
	share := strconv.FormatFloat(overlap*100, 'f', -1, 64) + "%"
	files := "files"
	if len(names) == 1 {
		files = "file"
	}
	return fmt.Sprintf("Split into %d %s, with %s of the documents in every one: %s.", len(names), files, share, strings.Join(names, ", "))
}

package annotations

import (
	"fmt"
	"path"
	"slices"
	"strings"
)

// DistinctName is name, or, when a dataset already has it, name with the
// first free number after it ("seed.txt (2)"), so that two datasets opened
// from files of one name can be told apart.
func DistinctName(name string, taken []string) string {
	distinct := name
	for n := 2; slices.Contains(taken, distinct); n++ {
		distinct = fmt.Sprintf("%s (%d)", name, n)
	}
	return distinct
}

// togetherExts are the files that open together as one dataset: pages
// and plain texts, one document each, usually the pages of one site.
var togetherExts = []string{".html", ".htm", ".txt"}

// OpenTogether reports whether the files called names, chosen or dropped
// at once, open as one dataset (when the annotator leaves that option on):
// several, each a page or a plain text.
func OpenTogether(names []string) bool {
	if len(names) < 2 {
		return false
	}
	for _, name := range names {
		if !slices.Contains(togetherExts, strings.ToLower(path.Ext(name))) {
			return false
		}
	}
	return true
}

// GroupName names the dataset of the files called names opened together:
// the first, and how many more ("news-1.html (+2 files)", "news-1.html (+1
// file)"), or the one.
func GroupName(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " (+1 file)"
	}
	return fmt.Sprintf("%s (+%d files)", names[0], len(names)-1)
}

// FileBase is the name files exported from a dataset called name start
// with: name without its file's extension, kept apart from what
// DistinctName and GroupName put after it ("seed (2)" of "seed.txt (2)",
// "news-1 (+2 files)" of "news-1.html (+2 files)"), so that two datasets
// of one file's name do not export under one name.
func FileBase(name string) string {
	file, after := name, ""
	if i := strings.LastIndex(name, " ("); i > 0 && strings.HasSuffix(name, ")") {
		file, after = name[:i], name[i:]
	}
	if ext := path.Ext(file); !strings.Contains(ext, " ") { // "v1.2 notes" has none
		file = strings.TrimSuffix(file, ext)
	}
	return file + after
}

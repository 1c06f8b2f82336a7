package boiler

import (
	"regexp"
	"slices"
	"strings"
)

// What a page's controls and lists of links look like on a line of their own: a post's
// tags, links to an archive's months, buttons in square brackets, a search box.

// minHashtags is the fewest hashtags of a line that is nothing else: a post's tags.
const minHashtags = 2

// maxHashtagWords is the most words of a hashtag that a site writes with spaces, as a
// topic's name ("#sốt xuất huyết").
const maxHashtagWords = 3

// hashtagsAlone tells whether a line is nothing but hashtags ("#knitting #sweater",
// "#sốt xuất huyết #y tế"), each of at most maxHashtagWords words; not a heading of
// Markdown ("## Ingredients").
func hashtagsAlone(text string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(text), "#")
	if !ok {
		return false
	}
	tags := strings.Split(rest, " #")
	return len(tags) >= minHashtags && !slices.ContainsFunc(tags, func(tag string) bool {
		n := len(strings.Fields(tag))
		return n == 0 || n > maxHashtagWords || strings.Contains(tag, "#")
	})
}

// minArchiveLinks is the fewest months in a row of links to a blog's or a newsletter's
// archive.
const minArchiveLinks = 2

// archiveLinks tells whether a line, after a label and a colon perhaps, is links to
// earlier months or issues between separators, each of at most three words with a year
// but the last perhaps ("Earlier issues: March 2024 | February 2024 | Archive"), the
// first with one: not a table's heading row ("Indicator | 2023 | 2024").
func archiveLinks(text string) bool {
	if !containsAny(text, menuSeparators) {
		return false // most lines: nothing to split
	}
	if _, value, ok := strings.Cut(text, ": "); ok {
		text = value
	}
	items := splitItems(strings.TrimSpace(text))
	if len(items) < minArchiveLinks+1 {
		return false
	}
	for i, item := range items {
		words := len(strings.Fields(item))
		if words == 0 || words > 3 || !hasYear(item) && (i == 0 || i < len(items)-1) {
			return false
		}
	}
	return true
}

// bracketButtons is a row of two or more buttons, each in square brackets, and nothing
// else ("[ Route ]  [ Call ]  [ Save ]"), or one button whose brackets stand apart from
// its words ("[ Add to basket ]"; a wiki's "[edit]" is editLink's).
var bracketButtons = regexp.MustCompile(`^((\[[^\[\]]{1,40}\]\s*){2,}|\[ [^\[\]]{1,40} \])$`)

// searchKeys are the keys a documentation site's search box shows beside its prompt
// ("Søk i dokumentasjonen … Ctrl+K", "Search docs ⌘K").
var searchKeys = regexp.MustCompile(`(?i)(\bctrl\b|⌘)\s?\+?\s?k\b`)

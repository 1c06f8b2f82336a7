package annotations

import (
	"slices"
	"sort"
	"strconv"
	"strings"
)

// The boilerplate dataset: each block of a document labelled boilerplate
// or content, and the document's text with all BOILERPLATE removed.

// cover returns the stretches of text that spans (sorted) cover, as sorted
// byte ranges that neither overlap nor touch.
func cover(spans []exportSpan) []Range {
	var rs []Range
	for _, s := range spans {
		if n := len(rs); n > 0 && s.Start <= rs[n-1].End {
			rs[n-1].End = max(rs[n-1].End, s.End)
			continue
		}
		rs = append(rs, Range{s.Start, s.End})
	}
	return rs
}

// uncovered returns the stretches of r that rs, as cover returns them,
// leave uncovered.
func uncovered(rs []Range, r Range) []Range {
	var gaps []Range
	at := r.Start
	for _, c := range rs[firstEndingAfter(rs, r.Start):] {
		if c.Start >= r.End {
			break
		}
		if c.Start > at {
			gaps = append(gaps, Range{at, c.Start})
		}
		at = c.End
	}
	if at < r.End {
		gaps = append(gaps, Range{at, r.End})
	}
	return gaps
}

func firstEndingAfter(rs []Range, b int) int {
	return sort.Search(len(rs), func(i int) bool { return rs[i].End > b })
}

// touches reports whether rs, as cover returns them, share a byte with r.
func touches(rs []Range, r Range) bool {
	i := firstEndingAfter(rs, r.Start)
	return i < len(rs) && rs[i].Start < r.End
}

// coverage counts the code points of text[r] that are not white space, and
// how many of those rs cover.
func coverage(text string, rs []Range, r Range) (covered, total int) {
	total = visible(text[r.Start:r.End])
	covered = total
	for _, g := range uncovered(rs, r) {
		covered -= visible(text[g.Start:g.End])
	}
	return covered, total
}

// visible counts the code points of s that are not white space.
func visible(s string) int {
	n := 0
	for _, r := range s {
		if !isSpace(r) {
			n++
		}
	}
	return n
}

// lineBlocks are the lines that hold text, without white space at their ends.
func lineBlocks(d *Document) []Range {
	var blocks []Range
	for _, l := range d.Lines() {
		if r, ok := trimRange(d.Text, l.Start, l.End); ok {
			blocks = append(blocks, r)
		}
	}
	return blocks
}

// paragraphBlocks are the paragraphs, without white space at their ends. A
// page imported from HTML has each of its blocks (a <p>, a heading, a list's
// item) on a line of its own and no blank lines: its lines are its paragraphs.
func paragraphBlocks(d *Document) []Range {
	if d.fromHTML() {
		return lineBlocks(d)
	}
	paras := d.Paragraphs()
	for i, p := range paras {
		paras[i], _ = trimRange(d.Text, p.Start, p.End) // a paragraph holds text
	}
	return paras
}

// addBlocks makes the add function of a file with one record per block:
// {"id", "block", "start", "end", "text", "label", "partial"}. A block is
// "boilerplate" when BOILERPLATE spans cover every character of it but
// white space, else "content"; partial says they cover some but not all,
// so that a consumer decides, not the export.
func addBlocks(blocks func(*Document) []Range) func([]byte, *Document) ([]byte, error) {
	return func(b []byte, d *Document) ([]byte, error) {
		spans, err := spansOf(d, boilerplate)
		if err != nil {
			return b, err
		}
		removed := cover(spans)
		id := d.ID()
		for i, r := range blocks(d) {
			covered, total := coverage(d.Text, removed, r)
			label := "content"
			if covered == total {
				label = "boilerplate"
			}
			b = openRecord(b, id)
			b = appendInt(field(b, "block"), i)
			b = appendRange(b, d, r, "")
			b = appendJSONString(field(b, "label"), label)
			b = strconv.AppendBool(field(b, "partial"), covered > 0 && covered < total)
			b = append(b, "}\n"...)
		}
		return b, nil
	}
}

// addClean appends {"id", "text", "clean_text"}: clean_text is the text
// with every character a BOILERPLATE span covers removed, and nothing else,
// so the line breaks around a removed line stay.
func addClean(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d, boilerplate)
	if err != nil {
		return b, err
	}
	var clean strings.Builder
	for _, g := range uncovered(cover(spans), Range{0, len(d.Text)}) {
		clean.WriteString(d.Text[g.Start:g.End])
	}
	b = openRecord(b, d.ID())
	b = appendJSONString(field(b, "text"), d.Text)
	b = appendJSONString(field(b, "clean_text"), clean.String())
	return append(b, "}\n"...), nil
}

// fromHTML tells whether d was imported from an HTML page: it keeps the page,
// or which of its text was in links and the like.
func (d *Document) fromHTML() bool {
	return slices.ContainsFunc(d.Extra, func(f Field) bool { return f.Key == htmlKey || f.Key == htmlRegionsKey })
}

package annotations

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"
)

// The boilerplate dataset as CleanEval gold: each page's text without its
// boilerplate, in the markup of the CleanEval shared task, and, beside it,
// the page's HTML as it was imported, so that text extractors can be
// scored against the annotation.

// htmlKey is the key under which a document imported from HTML keeps the
// page's HTML, for the CleanEval export.
const htmlKey = "_html"

// cleanEval opens the CleanEval gold file: for each document a line
// "URL: " and its address, then a line per block of text that is not
// boilerplate, opened by "<p>". The pages' HTML come as sidecar files.
func cleanEval(w io.Writer, x *exportState) encoder {
	c := &cleanEvalFile{}
	c.records = records{out: w, add: c.add}
	return c
}

// cleanEvalFile is the gold file and the HTML pages that go beside it.
type cleanEvalFile struct {
	records
	pages []File
}

// add appends d's gold: its URL line, then each line of its text, less
// what BOILERPLATE spans cover, as a "<p>" block; a line left empty is not
// written. spantag does not know which lines were headings or list items,
// so every block is a paragraph.
func (c *cleanEvalFile) add(b []byte, d *Document) ([]byte, error) {
	spans, err := spansOf(d, boilerplate)
	if err != nil {
		return b, err
	}
	removed := cover(spans)
	b = append(b, "URL: "...)
	b = append(b, oneLine(pageAddress(d))...)
	b = append(b, '\n')
	for _, l := range d.Lines() {
		var kept strings.Builder
		for _, g := range uncovered(removed, Range{l.Start, l.End}) {
			kept.WriteString(d.Text[g.Start:g.End])
		}
		if text := strings.TrimFunc(kept.String(), isSpace); text != "" {
			b = append(b, "<p>"...)
			b = append(b, text...)
			b = append(b, '\n')
		}
	}
	if page, ok := keptHTML(d); ok {
		c.pages = append(c.pages, File{Name: "cleaneval-" + strconv.Itoa(c.n+1) + ".html", MIME: "text/html; charset=utf-8", Data: []byte(page)})
	}
	return b, nil
}

func (c *cleanEvalFile) close() ([]File, error) {
	_, err := c.records.close()
	return c.pages, err
}

// pageAddress is the document's meta "url", else its meta "source", else its ID.
func pageAddress(d *Document) string {
	if fields, err := readObject(d.Meta); err == nil {
		for _, key := range []string{"url", "source"} {
			for _, f := range fields {
				var s string
				if f.Key == key && json.Unmarshal(f.Value, &s) == nil && s != "" {
					return s
				}
			}
		}
	}
	return d.ID()
}

// oneLine returns s with its line breaks as spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// keptHTML returns the HTML d was imported from, when it was kept.
func keptHTML(d *Document) (string, bool) {
	for _, f := range d.Extra {
		var page string
		if f.Key == htmlKey && json.Unmarshal(f.Value, &page) == nil {
			return page, true
		}
	}
	return "", false
}

package annotations

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// OpenEach reads the documents of the file called name from r, choosing the
// format by the name's extension, in any case:
//
//   - .txt, .md: the whole file is one document (a byte order mark dropped);
//     text that is not UTF-8, or UTF-16 with a byte order mark, is refused
//     with a message saying how to save it as UTF-8 (see charset.go);
//   - .html, .htm: one document, the page's visible text (see ReadHTML);
//   - .jsonl, .json: JSONL or a JSON array of documents (see Reader.Read).
//
// It calls each with every document as soon as it is read, and stops at the
// first error each returns. A document that is a whole file gets the meta
// {"source": name}. The report holds the lines of a JSONL or JSON file that
// could not be loaded and the spans it re-anchored; err is a file that
// cannot be read at all.
func OpenEach(name string, r io.Reader, labels LabelSet, each func(*Document) error) (Report, error) {
	if !IsPage(name) {
		return OpenPlain(name, r, labels, each)
	}
	text, extra, err := readPage(utf8Reader(r))
	return Report{}, eachWhole(name, text, extra, err, each)
}

// IsPage reports whether the file called name is an HTML page, which
// OpenEach reads and OpenPlain does not.
func IsPage(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm"
}

// OpenPlain is OpenEach for every file but an HTML page, and links no HTML
// parser: the page's program opens pages in its worker.
func OpenPlain(name string, r io.Reader, labels LabelSet, each func(*Document) error) (Report, error) {
	var text string
	var err error
	r = utf8Reader(r) // a UTF-16 file, with its byte order mark, is decoded whatever its format
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".jsonl", ".json":
		return readEach(r, labels, each)
	case ".txt", ".md":
		text, err = readText(r)
	default:
		return Report{}, fmt.Errorf("%s: cannot open %q files; spantag opens .txt, .md, .html, .htm, .jsonl and .json", name, ext)
	}
	return Report{}, eachWhole(name, text, nil, err, each)
}

// eachWhole calls each with a whole file's text as one document, unless
// reading it failed or it holds no text.
func eachWhole(name, text string, extra []Field, err error, each func(*Document) error) error {
	if err == nil && allSpace(text) {
		err = errors.New("the file holds no text")
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	source := filepath.Base(name)
	meta := appendObject(nil, []Field{{Key: "source", Value: appendJSONString(nil, source)}})
	return each(&Document{Text: text, Meta: meta, Extra: extra})
}

// readPage reads an HTML page as ReadHTML does and, when the page is
// UTF-8, keeps it under the key _html for the CleanEval export (a page in
// another encoding could not be written back as it was), and which of its text
// was in links, list items, navs, footers and asides under _html_regions (see
// HTMLRegions), for the boilerplate suggestions.
func readPage(r io.Reader) (string, []Field, error) {
	page, err := io.ReadAll(r)
	if err != nil {
		return "", nil, err
	}
	text, regions, err := ReadHTMLRegions(bytes.NewReader(page))
	if err != nil {
		return text, nil, err
	}
	var extra []Field
	if utf8.Valid(page) {
		extra = append(extra, Field{Key: htmlKey, Value: appendJSONString(nil, string(page))})
	}
	if len(regions) > 0 {
		value, err := appendHTMLRegions(nil, text, regions)
		if err != nil {
			return text, nil, err
		}
		extra = append(extra, Field{Key: htmlRegionsKey, Value: value})
	}
	return text, extra, nil
}

// textPiece is how much of a plain text file readText reads and checks at
// a time.
const textPiece = 256 << 10

// readText reads a plain text file, refusing one that is not UTF-8. Each
// piece is checked as it is read, never the whole file in one go (the page
// reads a file of 60 MB a piece per task), and the text is copied once,
// into a string of its size.
func readText(r io.Reader) (string, error) { return readPieces(r, textPiece) }

// readPieces is readText reading pieces of the size given.
func readPieces(r io.Reader, piece int) (string, error) {
	var pieces [][]byte
	var carry []byte // a character cut at the end of the last piece
	for size := 0; ; {
		p := append(make([]byte, 0, piece), carry...)
		n, err := io.ReadFull(r, p[len(p):cap(p)])
		p = p[:len(p)+n]
		last := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !last {
			return "", err
		}
		if !last {
			p, carry = cutCharacter(p)
		}
		pieces = append(pieces, p)
		size += len(p)
		if !utf8.Valid(p) {
			return "", notUTF8(bytes.Join(pieces, nil))
		}
		if last {
			return joinText(pieces, size)
		}
	}
}

// cutCharacter splits p before the character its end cuts, if any.
func cutCharacter(p []byte) (whole, cut []byte) {
	for i := len(p) - 1; i >= max(0, len(p)-utf8.UTFMax); i-- {
		if utf8.RuneStart(p[i]) {
			if !utf8.FullRune(p[i:]) {
				return p[:i], bytes.Clone(p[i:])
			}
			break
		}
	}
	return p, nil
}

// joinText makes the text of the pieces read, size bytes in all, refusing
// UTF-16 without a byte order mark and dropping a UTF-8 one.
func joinText(pieces [][]byte, size int) (string, error) {
	var b strings.Builder
	b.Grow(size)
	for _, p := range pieces {
		b.Write(p)
	}
	text := b.String()
	if wide([]byte(text[:min(len(text), 1024)])) {
		return "", errWide
	}
	return strings.TrimPrefix(text, byteOrderMark), nil
}

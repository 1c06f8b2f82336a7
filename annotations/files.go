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
	return OpenPlainWith(name, r, labels, ReadOptions{}, each)
}

// OpenPlainWith is OpenPlain reading a JSONL or JSON file as opts say: the
// page pauses between pieces of the work of decoding one JSON object, and
// keeps aside the spans it cannot use.
func OpenPlainWith(name string, r io.Reader, labels LabelSet, opts ReadOptions, each func(*Document) error) (Report, error) {
	var text string
	var err error
	hint := 0
	if sized, ok := r.(interface{ Len() int }); ok {
		hint = sized.Len() // before r is wrapped
	}
	r = utf8Reader(r) // a UTF-16 file, with its byte order mark, is decoded whatever its format
	switch ext := strings.ToLower(filepath.Ext(name)); ext {
	case ".jsonl", ".json":
		return readEach(r, labels, opts, each)
	case ".txt", ".md":
		text, err = readText(r, hint)
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
// was in links, list items, navs, footers, asides and captions under _html_regions (see
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
// reads a file of 60 MB a piece per task), into one buffer reused, and
// copied once, into the text: a buffer of the size hint gives (the file's
// size, when r knows it), so that the text is never copied whole again.
func readText(r io.Reader, hint int) (string, error) { return readPieces(r, textPiece, hint) }

// maxHint bounds the text buffer made ahead of reading.
const maxHint = 1 << 30

// readPieces is readText reading pieces of the size given.
func readPieces(r io.Reader, piece, hint int) (string, error) {
	var text strings.Builder
	text.Grow(min(max(hint, 0), maxHint))
	buf := make([]byte, piece)
	carry := 0 // bytes of a character cut at the end of the last piece, at buf's start
	for {
		n, err := io.ReadFull(r, buf[carry:])
		p := buf[:carry+n]
		last := err == io.EOF || err == io.ErrUnexpectedEOF
		if err != nil && !last {
			return "", err
		}
		whole := p
		if !last {
			whole = wholeCharacters(p)
		}
		if !utf8.Valid(whole) {
			return "", notUTF8(append([]byte(text.String()), whole...))
		}
		text.Write(whole)
		if last {
			return checkText(text.String())
		}
		carry = copy(buf, p[len(whole):])
	}
}

// wholeCharacters is p but for the character its end cuts, if any.
func wholeCharacters(p []byte) []byte {
	for i := len(p) - 1; i >= max(0, len(p)-utf8.UTFMax); i-- {
		if utf8.RuneStart(p[i]) {
			if !utf8.FullRune(p[i:]) {
				return p[:i]
			}
			break
		}
	}
	return p
}

// checkText refuses UTF-16 without a byte order mark and drops a UTF-8 one.
func checkText(text string) (string, error) {
	if wide([]byte(text[:min(len(text), 1024)])) {
		return "", errWide
	}
	return strings.TrimPrefix(text, byteOrderMark), nil
}

package annotations

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// spantag reads UTF-8. Two other encodings a user meets are decoded by
// hand here rather than with golang.org/x/text, whose tables would add to
// the page's download for files that are rare: UTF-16 with a byte order
// mark (Windows Notepad's "Unicode"), through the standard library's
// unicode/utf16, and windows-1252, which HTML declaring windows-1252,
// ISO-8859-1, Latin-1 or ASCII means (the WHATWG Encoding Standard maps all
// of these labels to it). Any other text that is not UTF-8 is refused with
// a message saying how to save it as UTF-8.

// saveAsUTF8 is what a refusal of text that is not UTF-8 tells the user.
const saveAsUTF8 = "spantag reads UTF-8, and UTF-16 with a byte order mark: save the file as UTF-8 (in Notepad: Save As, Encoding UTF-8) and open it again"

// pageCharsets is what a refusal of an HTML page that is not UTF-8 tells
// the user.
const pageCharsets = `spantag reads a page in UTF-8, in UTF-16 with a byte order mark, and in windows-1252 or Latin-1 when it declares so (<meta charset="windows-1252">): save it as UTF-8, or declare its character set, and open it again`

// notUTF8 is the error for text that is not UTF-8 and was not declared as
// an encoding spantag decodes.
func notUTF8(b []byte) error {
	return fmt.Errorf("%w; %s", CheckUTF8(b), saveAsUTF8)
}

// errWide is the error for a file that is valid UTF-8 only because it is
// UTF-16 (or UTF-32) without a byte order mark and mostly ASCII: read as
// UTF-8 it would be its letters with a NUL between each two.
var errWide = errors.New("the file holds a NUL in every other byte, as UTF-16 text without a byte order mark does; " + saveAsUTF8)

// wide reports whether b's first bytes hold NULs at only even or only odd
// positions, at least one in four of them: what UTF-16 without a byte
// order mark looks like, and no text in UTF-8 does.
func wide(b []byte) bool {
	n := min(len(b), 1024)
	var nuls [2]int
	for i, c := range b[:n] {
		if c == 0 {
			nuls[i%2]++
		}
	}
	return n >= 8 && (nuls[0] == 0) != (nuls[1] == 0) && 8*(nuls[0]+nuls[1]) >= n
}

// utf8Reader returns r's text as UTF-8: decoded, its byte order mark
// dropped, when r starts with a UTF-16 one; as it is otherwise.
func utf8Reader(r io.Reader) io.Reader {
	in := bufio.NewReader(r)
	bom, _ := in.Peek(2)
	if string(bom) != "\xff\xfe" && string(bom) != "\xfe\xff" {
		return in
	}
	in.Discard(2)
	return &utf16Reader{in: in, bigEndian: bom[0] == 0xfe, at: 2}
}

// utf16Reader decodes UTF-16 to UTF-8 as it is read. Half a surrogate pair
// or an odd byte at the end is an error naming its byte in the file, never
// replaced silently.
type utf16Reader struct {
	in        *bufio.Reader
	bigEndian bool
	at        int64  // bytes of the file read, the byte order mark included
	out       []byte // decoded, not yet returned
	err       error
}

func (u *utf16Reader) Read(p []byte) (int, error) {
	if len(u.out) == 0 && u.err == nil {
		u.fill()
	}
	n := copy(p, u.out)
	u.out = u.out[n:]
	if n == 0 {
		return 0, u.err
	}
	return n, nil
}

// fill decodes the next few kilobytes, or records why it cannot.
func (u *utf16Reader) fill() {
	u.out = u.out[:0]
	for len(u.out) < 4096 {
		at := u.at
		c, err := u.unit()
		if err != nil {
			u.err = err
			return
		}
		r := rune(c)
		if utf16.IsSurrogate(r) {
			c2, err := u.unit()
			if r = utf16.DecodeRune(r, rune(c2)); err != nil || r == utf8.RuneError {
				u.err = fmt.Errorf("the UTF-16 text holds half a surrogate pair at byte %d; %s", at, saveAsUTF8)
				return
			}
		}
		u.out = utf8.AppendRune(u.out, r)
	}
}

// unit reads one UTF-16 code unit; io.EOF only at the end of the file.
func (u *utf16Reader) unit() (uint16, error) {
	var b [2]byte
	n, err := io.ReadFull(u.in, b[:])
	u.at += int64(n)
	switch {
	case err == io.ErrUnexpectedEOF:
		return 0, fmt.Errorf("the UTF-16 text ends in half a character at byte %d; %s", u.at-1, saveAsUTF8)
	case err != nil:
		return 0, err
	}
	if u.bigEndian {
		return uint16(b[0])<<8 | uint16(b[1]), nil
	}
	return uint16(b[1])<<8 | uint16(b[0]), nil
}

// decodeHTML returns an HTML page's bytes as UTF-8 text, without a byte
// order mark: as they are when they are UTF-8 (whatever the page declares,
// since text in another encoding is hardly ever valid UTF-8 as well),
// decoded from windows-1252 when the page declares it and has no UTF-8
// byte order mark, and refused otherwise.
func decodeHTML(b []byte) (string, error) {
	if utf8.Valid(b) && wide(b) {
		return "", errWide
	}
	if utf8.Valid(b) {
		return strings.TrimPrefix(string(b), byteOrderMark), nil
	}
	if bytes.HasPrefix(b, []byte(byteOrderMark)) {
		return "", fmt.Errorf("%w, though the page starts with UTF-8's byte order mark; %s", CheckUTF8(b), pageCharsets)
	}
	label := declaredCharset(b)
	switch {
	case slices.Contains(windows1252Labels, label):
		return decodeWindows1252(b), nil
	case label == "":
		return "", fmt.Errorf("%w, and the page declares no character set; %s", CheckUTF8(b), pageCharsets)
	case label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8":
		return "", fmt.Errorf("%w, though the page declares UTF-8; %s", CheckUTF8(b), pageCharsets)
	}
	return "", fmt.Errorf("the page declares the character set %q, which spantag does not read; %s", label, saveAsUTF8)
}

// declaredCharset returns the character set an HTML page declares in a
// meta element before its body, <meta charset> or <meta http-equiv=
// content-type content="...; charset=...">, in lower case; "" if none.
func declaredCharset(b []byte) string {
	z := html.NewTokenizer(bytes.NewReader(b))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch atom.Lookup(name) {
			case atom.Body:
				return ""
			case atom.Meta:
				if label := metaCharset(z, hasAttr); label != "" {
					return label
				}
			}
		}
	}
}

// metaCharset is the character set the meta element z is at declares.
func metaCharset(z *html.Tokenizer, more bool) string {
	var charset, content string
	httpEquiv := false
	for more {
		var key, val []byte
		key, val, more = z.TagAttr()
		switch string(key) {
		case "charset":
			charset = string(val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		case "content":
			content = string(val)
		}
	}
	if charset == "" && httpEquiv {
		if i := strings.Index(strings.ToLower(content), "charset="); i >= 0 {
			charset, _, _ = strings.Cut(content[i+len("charset="):], ";")
		}
	}
	return strings.ToLower(strings.Trim(charset, " \t\n\f\r\"'"))
}

// windows1252Labels are the WHATWG labels of windows-1252.
var windows1252Labels = []string{
	"ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1", "iso-ir-100",
	"iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1", "us-ascii", "windows-1252", "x-cp1252",
}

// windows1252High are the characters of bytes 0x80 to 0x9f in
// windows-1252; the five bytes it leaves undefined stand, as in browsers,
// for the C1 controls of the same number. Every other byte is the code
// point of its value.
var windows1252High = [32]rune{
	'€', 0x81, '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', 0x8d, 'Ž', 0x8f,
	0x90, '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', 0x9d, 'ž', 'Ÿ',
}

func decodeWindows1252(b []byte) string {
	out := make([]byte, 0, len(b)+len(b)/8)
	for _, c := range b {
		r := rune(c)
		if 0x80 <= c && c < 0xa0 {
			r = windows1252High[c-0x80]
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

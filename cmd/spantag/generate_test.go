package main

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// corpus is a reader of n bytes or so of spans JSONL, made as it is read,
// so that a large file costs no memory to give: documents of about 1.7 KB
// of text (accents, an emoji, a CRLF) with an ENTITY, a CLAIM and a
// BOILERPLATE span, answered accept.
type corpus struct {
	left int64
	n    int
	buf  []byte
}

func newCorpus(n int64) *corpus { return &corpus{left: n} }

// sentence holds ENTITY "Zoë Ñúñez" at 0-9, CLAIM "the Gdańsk ferry 🚢
// runs hourly" at 15-45.
const sentence = "Zoë Ñúñez says the Gdańsk ferry 🚢 runs hourly, and nobody in Sopot doubts it. "

func (c *corpus) Read(p []byte) (int, error) {
	for len(c.buf) == 0 {
		if c.left <= 0 {
			return 0, io.EOF
		}
		c.n++
		text := strings.Repeat(sentence, 20) + "Advertisement\r\n" + fmt.Sprint("Story ", c.n, ".")
		ad := 20 * utf8.RuneCountInString(sentence) // code points before Advertisement
		line := fmt.Sprintf(`{"text":%q,"meta":{"id":"n%d"},"spans":[{"start":0,"end":9,"label":"ENTITY"},{"start":15,"end":45,"label":"CLAIM"},{"start":%d,"end":%d,"label":"BOILERPLATE"}],"answer":"accept"}`+"\n",
			text, c.n, ad, ad+13)
		c.buf = []byte(line)
		c.left -= int64(len(line))
	}
	n := copy(p, c.buf)
	c.buf = c.buf[n:]
	return n, nil
}

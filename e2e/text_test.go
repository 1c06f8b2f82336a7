//go:build !js

package e2e

import (
	"cmp"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/rivo/uniseg"
)

// span is a labelled range of a text, in byte offsets while a test builds
// it; the page and the export speak other units, converted below.
type span struct {
	Start, End int
	Label      string
}

// u16 returns the UTF-16 offset of byte offset b of s: what the page's
// Selection and textContent count in.
func u16(s string, b int) int { return len(utf16.Encode([]rune(s[:b]))) }

// cp returns the code point offset of byte offset b of s: what exports use.
func cp(s string, b int) int { return utf8.RuneCountInString(s[:b]) }

// utf16Slice returns s from UTF-16 offset a to b.
func utf16Slice(s string, a, b int) string {
	u := utf16.Encode([]rune(s))
	a, b = max(0, min(a, len(u))), max(0, min(b, len(u)))
	if a > b {
		return ""
	}
	return string(utf16.Decode(u[a:b]))
}

// words returns the UAX #29 words of text[start:end] that hold a letter or
// a digit, in byte offsets of text: the tokens a snapped selection grows to
// in a text without clitics, which tokens split further (Russia’s).
func words(text string, start, end int) []span {
	var ws []span
	rest, state, at := text[start:end], -1, start
	for len(rest) > 0 {
		var w string
		w, rest, state = uniseg.FirstWordInString(rest, state)
		if strings.IndexFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			ws = append(ws, span{Start: at, End: at + len(w)})
		}
		at += len(w)
	}
	return ws
}

// line is one line of a text, without its line break, in byte offsets.
type line struct{ Start, End int }

func lines(text string) []line {
	var ls []line
	at := 0
	for _, l := range strings.SplitAfter(text, "\n") {
		if l == "" {
			continue
		}
		ls = append(ls, line{at, at + len(strings.TrimRight(l, "\r\n"))})
		at += len(l)
	}
	return ls
}

// inside returns the UTF-16 offsets of a drag over the words w that starts
// one character into the first word and ends one character before the end
// of the last (when they are long enough), so the page must snap to them.
func inside(text string, w span) (a, b int) {
	first := utf8.RuneLen([]rune(text[w.Start:])[0])
	_, last := utf8.DecodeLastRuneInString(text[:w.End])
	if w.End-w.Start > first+last {
		return u16(text, w.Start+first), u16(text, w.End-last)
	}
	return u16(text, w.Start), u16(text, w.End)
}

// cover is what the page shows labelled: for each label, the merged UTF-16
// ranges of #doc that sit inside a mark of that label.
type cover map[string][][2]int

// coverOf returns the cover that the spans, in byte offsets of text, make.
func coverOf(text string, spans ...span) cover {
	c := cover{}
	byLabel := map[string][]span{}
	for _, s := range spans {
		byLabel[s.Label] = append(byLabel[s.Label], s)
	}
	for label, ss := range byLabel {
		slices.SortFunc(ss, func(a, b span) int { return cmp.Compare(a.Start, b.Start) })
		var iv [][2]int
		for _, s := range ss {
			a, b := u16(text, s.Start), u16(text, s.End)
			if n := len(iv); n > 0 && a <= iv[n-1][1] {
				iv[n-1][1] = max(iv[n-1][1], b)
				continue
			}
			iv = append(iv, [2]int{a, b})
		}
		c[label] = iv
	}
	return c
}

// coverJS computes the cover of the page.
const coverJS = `() => {
	const root = document.getElementById("doc");
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const cover = {};
	let at = 0;
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const end = at + n.data.length;
		const labels = new Set();
		for (let e = n.parentElement; e && e !== root; e = e.parentElement) {
			if (e.tagName === "MARK" && e.dataset.label) labels.add(e.dataset.label);
		}
		for (const l of labels) {
			const iv = cover[l] || (cover[l] = []);
			const last = iv[iv.length - 1];
			if (last && last[1] === at) last[1] = end; else iv.push([at, end]);
		}
		at = end;
	}
	return cover;
}`

// waitCover waits until the page shows exactly the labelled ranges of want.
func (tb *tab) waitCover(what string, want cover) {
	tb.t.Helper()
	j, _ := json.Marshal(want)
	tb.waitFor(what,
		fmt.Sprintf(`(() => { const c = (%s)(); const w = %s; const ks = new Set([...Object.keys(c), ...Object.keys(w)]);
			for (const k of ks) if (JSON.stringify(c[k] || []) !== JSON.stringify(w[k] || [])) return false; return true; })()`, coverJS, j),
		fmt.Sprintf(`"marks cover " + JSON.stringify((%s)()) + ", want " + %q`, coverJS, j))
}

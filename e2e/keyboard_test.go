//go:build !js

package e2e

import (
	"testing"
	"unicode/utf8"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

// TestKeyboardSelection selects a word with the keyboard alone, from the
// caret: Ctrl+Shift+ArrowRight, then 1.
func TestKeyboardSelection(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)
	tb.clickAt(u16(sample, s.other.Start)) // the caret before the word
	tb.press(kb.ArrowRight, chromedp.ModifierCtrl, chromedp.ModifierShift)
	tb.press("1")
	tb.waitCover("the word selected with the keyboard is an ENTITY", coverOf(sample, s.other))
}

// TestCharacterExact unticks "Snap to words" and labels part of a word:
// the span holds exactly the characters dragged over.
func TestCharacterExact(t *testing.T) {
	sample := readSample(t)
	s := pickSpans(t, sample)
	tb := openApp(t)
	tb.clickCSS("#snap")
	tb.waitFor("snapping is off", `!document.getElementById("snap").checked`, `"still on"`)
	word := sample[s.entity.Start:s.entity.End]
	_, first := utf8.DecodeRuneInString(word)
	part := span{s.entity.Start + first, s.entity.Start + first + 3, "ENTITY"} // from the second letter, three bytes of ASCII
	tb.drag(u16(sample, part.Start), u16(sample, part.End), false)
	tb.press("1")
	tb.waitCover("exactly the characters dragged over are an ENTITY", coverOf(sample, part))
}

package annotations

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Key is a key press as the page reports it: KeyboardEvent's key and code,
// and the modifiers held. Ctrl stands for Cmd on macOS too.
type Key struct {
	Key, Code        string
	Ctrl, Shift, Alt bool
}

// KeyAction is what a key press asks of the page.
type KeyAction int

const (
	KeyNone          KeyAction = iota // not spantag's key: the browser handles it
	KeyUndo                           // undo the last change
	KeyRedo                           // redo the last change undone
	KeyLabel                          // label the selection, or relabel the selected span
	KeyLabelLines                     // label the lines the caret or selection is in
	KeyDelete                         // remove the selected span
	KeyDeselect                       // deselect the span and the text, keeping the caret
	KeySelectAtCaret                  // select the span at the caret (again: the one around it)
	KeyMoveCaret                      // move the caret, or extend the selection from it

	KeyNextSuggestion     // select the next suggestion (Back: the previous one)
	KeyAcceptSuggestion   // accept the selected suggestion
	KeyRejectSuggestion   // reject the selected suggestion
	KeyAcceptSuggestions  // accept every suggestion (OneLabel: of the selected one's label)
	KeySuggestOccurrences // suggest the selected span's label on its words' other occurrences (Dataset: in every document)

	KeyNextDocument   // go to the next document of the queue (Back: the previous one)
	KeyAcceptDocument // answer the document Accept and go to the next
)

// KeyCommand is a key press decoded: the action and what it needs.
type KeyCommand struct {
	Action KeyAction
	Label  string    // the label's key, for KeyLabel and KeyLabelLines
	Caret  CaretMove // for KeyMoveCaret

	Back     bool // KeyNextSuggestion, KeyNextDocument: the previous one
	OneLabel bool // KeyAcceptSuggestions: only the selected suggestion's label
	Dataset  bool // KeySuggestOccurrences: in every document of the dataset
}

// suggestionKeys are the keys that decide on suggestions, and go through
// the queue, by the character typed (Shift gives the capital), none of
// them a label's key.
var suggestionKeys = map[string]KeyCommand{
	"n": {Action: KeyNextSuggestion},
	"p": {Action: KeyNextSuggestion, Back: true},
	"a": {Action: KeyAcceptSuggestion},
	"x": {Action: KeyRejectSuggestion},
	"A": {Action: KeyAcceptSuggestions},
	"L": {Action: KeyAcceptSuggestions, OneLabel: true},
	"o": {Action: KeySuggestOccurrences},
	"O": {Action: KeySuggestOccurrences, Dataset: true},
	// Next and Previous, for a queue gone through by keys.
	"]": {Action: KeyNextDocument},
	"[": {Action: KeyNextDocument, Back: true},
}

// CaretMove is one movement of the caret through the document's text.
type CaretMove struct {
	// Unit is how far it goes, in the granularities of the DOM's
	// Selection.modify ("character", "word", "line", "paragraph",
	// "lineboundary", "documentboundary"), or "page": a screenful of lines.
	Unit    string
	Forward bool
	Extend  bool // extend the selection from the caret instead of moving it
}

// caretKeys are the keys that move the caret: the unit alone and with Ctrl
// ("" when Ctrl+key is the browser's), and the direction.
var caretKeys = map[string]struct {
	unit, ctrlUnit string
	forward        bool
}{
	"ArrowLeft":  {"character", "word", false},
	"ArrowRight": {"character", "word", true},
	"ArrowUp":    {"line", "paragraph", false},
	"ArrowDown":  {"line", "paragraph", true},
	"Home":       {"lineboundary", "documentboundary", false},
	"End":        {"lineboundary", "documentboundary", true},
	"PageUp":     {"page", "", false}, // Ctrl+PageUp/PageDown switch tabs
	"PageDown":   {"page", "", true},
}

// Command decodes a key press outside form fields into what spantag does
// with it, given the labels' keys.
func (ls LabelSet) Command(k Key) KeyCommand {
	k.Key = caseByShift(k.Key, k.Shift)
	if c, ok := caretKeys[k.Key]; ok && !k.Alt {
		unit := c.unit
		if k.Ctrl {
			unit = c.ctrlUnit
		}
		if unit == "" {
			return KeyCommand{}
		}
		return KeyCommand{Action: KeyMoveCaret, Caret: CaretMove{Unit: unit, Forward: c.forward, Extend: k.Shift}}
	}
	switch {
	case k.Ctrl && strings.EqualFold(k.Key, "z") && k.Shift, k.Ctrl && strings.EqualFold(k.Key, "y"):
		return KeyCommand{Action: KeyRedo}
	case k.Ctrl && strings.EqualFold(k.Key, "z"):
		return KeyCommand{Action: KeyUndo}
	case k.Ctrl && k.Key == "Enter" && !k.Shift && !k.Alt: // as a form's submit, in Label Studio too
		return KeyCommand{Action: KeyAcceptDocument}
	case k.Alt && (k.Key == "[" || k.Key == "]"): // typed with AltGr (Ctrl+Alt) or Option, as German and French layouts do
		return suggestionKeys[k.Key]
	case k.Ctrl || k.Alt:
		return KeyCommand{}
	case k.Shift && strings.HasPrefix(k.Code, "Digit"):
		// The code, not the key: Shift+3 types "#" (or "£", or "§").
		if l, ok := ls.ByKey(strings.TrimPrefix(k.Code, "Digit")); ok {
			return KeyCommand{Action: KeyLabelLines, Label: l.Key}
		}
		return KeyCommand{}
	case k.Key == "Delete" || k.Key == "Backspace":
		return KeyCommand{Action: KeyDelete}
	case k.Key == "Escape":
		return KeyCommand{Action: KeyDeselect}
	case k.Key == "Enter" && !k.Shift:
		return KeyCommand{Action: KeySelectAtCaret}
	}
	if c, ok := suggestionKeys[k.Key]; ok {
		if _, isLabel := ls.ByKey(k.Key); !isLabel {
			return c
		}
	}
	if l, ok := ls.ByKey(k.Key); ok {
		return KeyCommand{Action: KeyLabel, Label: l.Key}
	}
	return KeyCommand{}
}

// caseByShift is key, a letter typed, in the case Shift gives it, whatever
// Caps Lock did: the keys of one letter mean one thing in lower case and
// another in upper ("a" accepts a suggestion, "A" all of them), and with
// Caps Lock on an "a" typed was "A" (QA pass 14: it accepted every one).
func caseByShift(key string, shift bool) string {
	r, size := utf8.DecodeRuneInString(key)
	if size != len(key) || !unicode.IsLetter(r) {
		return key
	}
	if shift {
		return string(unicode.ToUpper(r))
	}
	return string(unicode.ToLower(r))
}

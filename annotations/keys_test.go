package annotations

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestCommand(t *testing.T) {
	move := func(unit string, forward, extend bool) KeyCommand {
		return KeyCommand{Action: KeyMoveCaret, Caret: CaretMove{Unit: unit, Forward: forward, Extend: extend}}
	}
	for _, tc := range []struct {
		key  Key
		want KeyCommand
	}{
		{Key{Key: "1", Code: "Digit1"}, KeyCommand{Action: KeyLabel, Label: "1"}},
		{Key{Key: "3", Code: "Numpad3"}, KeyCommand{Action: KeyLabel, Label: "3"}},
		{Key{Key: "#", Code: "Digit3", Shift: true}, KeyCommand{Action: KeyLabelLines, Label: "3"}},
		{Key{Key: "£", Code: "Digit3", Shift: true}, KeyCommand{Action: KeyLabelLines, Label: "3"}},
		{Key{Key: "(", Code: "Digit9", Shift: true}, KeyCommand{}},
		{Key{Key: "4", Code: "Digit4"}, KeyCommand{}},
		{Key{Key: "1", Code: "Digit1", Ctrl: true}, KeyCommand{}},
		{Key{Key: "1", Code: "Digit1", Alt: true}, KeyCommand{}},
		{Key{Key: "z", Code: "KeyZ", Ctrl: true}, KeyCommand{Action: KeyUndo}},
		{Key{Key: "n", Code: "KeyN"}, KeyCommand{Action: KeyNextSuggestion}},
		{Key{Key: "p", Code: "KeyP"}, KeyCommand{Action: KeyNextSuggestion, Back: true}},
		{Key{Key: "a", Code: "KeyQ"}, KeyCommand{Action: KeyAcceptSuggestion}}, // AZERTY: the character counts
		{Key{Key: "x", Code: "KeyX"}, KeyCommand{Action: KeyRejectSuggestion}},
		{Key{Key: "A", Code: "KeyA", Shift: true}, KeyCommand{Action: KeyAcceptSuggestions}},
		{Key{Key: "A", Code: "KeyA"}, KeyCommand{Action: KeyAcceptSuggestion}},               // Caps Lock on: one, as without it (QA pass 14)
		{Key{Key: "a", Code: "KeyA", Shift: true}, KeyCommand{Action: KeyAcceptSuggestions}}, // Caps Lock on and Shift
		{Key{Key: "O", Code: "KeyO"}, KeyCommand{Action: KeySuggestOccurrences}},             // Caps Lock on: this document only
		{Key{Key: "N", Code: "KeyN"}, KeyCommand{Action: KeyNextSuggestion}},                 // Caps Lock on
		{Key{Key: "L", Code: "KeyL", Shift: true}, KeyCommand{Action: KeyAcceptSuggestions, OneLabel: true}},
		{Key{Key: "o", Code: "KeyO"}, KeyCommand{Action: KeySuggestOccurrences}},
		{Key{Key: "O", Code: "KeyO", Shift: true}, KeyCommand{Action: KeySuggestOccurrences, Dataset: true}},
		{Key{Key: "]", Code: "BracketRight"}, KeyCommand{Action: KeyNextDocument}},
		{Key{Key: "[", Code: "BracketLeft"}, KeyCommand{Action: KeyNextDocument, Back: true}},
		{Key{Key: "]", Code: "Digit9", Ctrl: true, Alt: true}, KeyCommand{Action: KeyNextDocument}}, // AltGr+9 on a German keyboard
		{Key{Key: "[", Code: "Digit5", Alt: true}, KeyCommand{Action: KeyNextDocument, Back: true}}, // Option+5 on a German Mac
		{Key{Key: "Enter", Code: "Enter", Ctrl: true}, KeyCommand{Action: KeyAcceptDocument}},
		{Key{Key: "Enter", Code: "Enter"}, KeyCommand{Action: KeySelectAtCaret}}, // a focused button's is its own (the page sees to it)
		{Key{Key: "Enter", Code: "NumpadEnter"}, KeyCommand{Action: KeySelectAtCaret}},
		{Key{Key: "Enter", Code: "Enter", Shift: true}, KeyCommand{}},
		{Key{Key: "Enter", Code: "Enter", Ctrl: true, Shift: true}, KeyCommand{}}, // not an answer
		{Key{Key: "a", Code: "KeyA", Ctrl: true}, KeyCommand{}},                   // select all stays the browser's
		{Key{Key: "l", Code: "KeyL"}, KeyCommand{}},
		{Key{Key: "Z", Code: "KeyZ", Ctrl: true, Shift: true}, KeyCommand{Action: KeyRedo}},
		{Key{Key: "y", Code: "KeyY", Ctrl: true}, KeyCommand{Action: KeyRedo}},
		{Key{Key: "z", Code: "KeyZ"}, KeyCommand{}},
		{Key{Key: "Delete"}, KeyCommand{Action: KeyDelete}},
		{Key{Key: "Backspace"}, KeyCommand{Action: KeyDelete}},
		{Key{Key: "Escape"}, KeyCommand{Action: KeyDeselect}},
		{Key{Key: "ArrowRight"}, move("character", true, false)},
		{Key{Key: "ArrowLeft", Shift: true}, move("character", false, true)},
		{Key{Key: "ArrowRight", Ctrl: true, Shift: true}, move("word", true, true)},
		{Key{Key: "ArrowLeft", Ctrl: true}, move("word", false, false)},
		{Key{Key: "ArrowDown"}, move("line", true, false)},
		{Key{Key: "ArrowUp", Shift: true}, move("line", false, true)},
		{Key{Key: "ArrowDown", Ctrl: true}, move("paragraph", true, false)},
		{Key{Key: "Home"}, move("lineboundary", false, false)},
		{Key{Key: "End", Shift: true}, move("lineboundary", true, true)},
		{Key{Key: "Home", Ctrl: true}, move("documentboundary", false, false)},
		{Key{Key: "End", Ctrl: true, Shift: true}, move("documentboundary", true, true)},
		{Key{Key: "PageDown"}, move("page", true, false)},
		{Key{Key: "PageUp", Shift: true}, move("page", false, true)},
		{Key{Key: "PageDown", Ctrl: true}, KeyCommand{}}, // the browser's: the next tab
		{Key{Key: "ArrowLeft", Alt: true}, KeyCommand{}}, // the browser's: back
	} {
		if diff := cmp.Diff(tc.want, DefaultLabels.Command(tc.key)); diff != "" {
			t.Errorf("Command(%+v) (-want +got):\n%s", tc.key, diff)
		}
	}
}

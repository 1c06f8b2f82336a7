//go:build !js

package chrome

import (
	"encoding/json"
	"strings"
)

// CallJS formats a call of the JavaScript function fn with args, each
// written as JSON: CallJS(`(a, b) => a + b`, 1, 2) is "((a, b) => a + b)(1, 2)".
// It panics on an argument that has no JSON form, a programming error.
func CallJS(fn string, args ...any) string {
	var b strings.Builder
	b.WriteString("(" + fn + ")(")
	for i, a := range args {
		if i > 0 {
			b.WriteString(", ")
		}
		j, err := json.Marshal(a)
		if err != nil {
			panic("chrome.CallJS: " + err.Error())
		}
		b.Write(j)
	}
	b.WriteString(")")
	return b.String()
}

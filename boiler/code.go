package boiler

import (
	"regexp"
	"slices"
	"strings"
)

// codeLine is a line of a program, a configuration or a shell session as a
// documentation page gives it: a prompt and a command ("$ trovask version", Python's
// ">>> import trovask"), a template's tag ("{{ page.title }}", "{% endfor %}"), a key
// set to a value ("base_url = \"https://example.com/\"", "drafts = false"), a
// section's name in brackets ("[build]", "[[hooks.after_migrate]]"), or a line that
// opens or closes a block ("server {", "});").
var codeLine = regexp.MustCompile(`^(\$ \S|>>> \S|.*\{\{.*\}\}|\{%.*%\}|[A-Za-z_][\w.\-]*\s*=\s*\S|\[{1,2}[\w.\-]+\]{1,2}$|.*[{(\[]$|^[})\]];?$|.*\);$)`)

// isCode tells whether text is a line of code (codeLine), looking first for the marks
// that every such line has, which most lines of prose do not.
func isCode(text string) bool {
	text = strings.TrimSpace(text)
	if text == "" || !strings.ContainsAny(text, "=$[]{}();>") {
		return false
	}
	return codeLine.MatchString(text)
}

// minCodeLines is the fewest lines of code that make a block the text's example.
const minCodeLines = 2

// minCodeRun is the fewest lines of code in a row that make a block the text's
// example, whatever else it holds (its heading and the sentence that brings it in).
const minCodeRun = 3

// keepCode makes body text, below the body's first line, of the blocks (lines between
// empty lines) of which at least minCodeLines lines and half are code (codeLine), or
// minCodeRun in a row, or that start with a shell's prompt or hold Python's (">>> "):
// a documentation page's examples, whose short lines of few stop words the neighbours
// would take for the site's, with the other lines of the block (a heading, a command's
// output). A line the wording lists decide stays the site's.
func keepCode(lines []line, body int) {
	if body < 0 {
		return
	}
	for _, b := range blocksOf(lines) {
		if b[0] <= body {
			continue
		}
		code, run, longest := 0, 0, 0
		for i := b[0]; i <= b[1]; i++ {
			if isCode(lines[i].text) {
				code, run = code+1, run+1
				longest = max(longest, run)
			} else {
				run = 0
			}
		}
		prompt := strings.HasPrefix(strings.TrimSpace(lines[b[0]].text), "$ ") || slices.ContainsFunc(lines[b[0]:b[1]+1], pythonPrompt)
		if !prompt && longest < minCodeRun && (code < minCodeLines || 2*code < b[1]-b[0]+1) {
			continue
		}
		for i := b[0]; i <= b[1]; i++ {
			if !lines[i].worded {
				lines[i].strong = false
				lines[i].keepAs("code of the text's example: a block of lines of code")
			}
		}
	}
}

// pythonPrompt tells whether a line is a statement at Python's interactive prompt, which
// no line of prose starts with.
func pythonPrompt(l line) bool {
	return strings.HasPrefix(strings.TrimSpace(l.text), ">>> ")
}

//go:build !js

package e2e

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"
)

// TestHelpSavesActions annotates the built-in sample fully twice, counting
// the user's actions (drags, clicks, keys; opening a file is one): by hand,
// then with the sources' suggestions. Both exports hold the same spans,
// and with help it takes at most a quarter of the actions.

// sampleEntities are the names the sample is annotated with, each once in it.
var sampleEntities = []string{"Harbour City Council", "José Ramírez", "Northern Rivers Authority", "Delft Hydraulics",
	"Björn Nyström", "Old Quay", "Amélie Durand", "Canal Street", "Inés Álvarez", "Met Office", "Kwame Mensah"}

// sampleClaims are its claims.
var sampleClaims = []string{"the barrier would protect about 12,000 homes",
	"the barrier will cut flood damage in the city by 80 percent over the next 30 years"}

// sampleBoilerplate are its boilerplate lines, every one of which the
// boilerplate source finds, and no other.
var sampleBoilerplate = []string{"By Inés Álvarez · 14 March 2026 · 6 min read", "Share on Facebook", "Share on X", "Copy link", "Advertisement",
	"SUBSCRIBE TO OUR NEWSLETTER", "To report an error in this article, write to corrections@harbourherald.example", "Read Next", "Storm Season Forecast: What the Met Office Expects This Autumn", "By Staff Reporter",
	"2h ago", "Why Port Insurance Premiums Doubled in Two Years", "By Kwame Mensah", "5h ago",
	"© 2026 Harbour City Herald. All rights reserved.", "Follow us on Telegram @harbourherald"}

// actions counts what the user does.
type actions struct {
	tb *tab
	n  int
}

func (a *actions) label(text string, s span, key string) { a.tb.label(text, s, key, false); a.n += 2 }

// line tags the line starting at byte b BOILERPLATE: a click in it, Shift+3.
func (a *actions) line(text string, b int) {
	a.tb.clickAt(u16(text, b) + 1)
	a.tb.press("#")
	a.n += 2
}

// lineStarts are the byte offsets of every line of text that is one of lines.
func lineStarts(text string, lines []string) []int {
	var starts []int
	at := 0
	for l := range strings.SplitSeq(text, "\n") {
		if slices.Contains(lines, l) {
			starts = append(starts, at)
		}
		at += len(l) + 1
	}
	return starts
}

func TestHelpSavesActions(t *testing.T) {
	text := readSample(t)
	byHand := &actions{tb: openApp(t)}
	for _, name := range sampleEntities {
		byHand.label(text, nth(t, text, name, 0, "ENTITY"), "1")
	}
	for _, claim := range sampleClaims {
		byHand.label(text, nth(t, text, claim, 0, "CLAIM"), "2")
	}
	for _, b := range lineStarts(text, sampleBoilerplate) {
		byHand.line(text, b)
	}
	byHand.tb.waitSaved()
	want := exportedSpans(t, byHand.tb.export())

	helped := &actions{tb: openApp(t)}
	var patterns strings.Builder
	for _, name := range sampleEntities {
		line, _ := json.Marshal(map[string]string{"label": "ENTITY", "pattern": name})
		patterns.Write(append(line, '\n'))
	}
	helped.tb.openFile(writeFile(t, "names.jsonl", patterns.String()))
	helped.tb.clickCSS(`#suggest-sources [name="boilerplate"]`)
	helped.n += 2
	boilerplate := lineStarts(text, sampleBoilerplate)
	helped.tb.waitListed("the names and the boilerplate suggested", len(sampleEntities)+len(boilerplate), text)
	var suggested []int
	for _, s := range helped.tb.listed() {
		if s.Label == "BOILERPLATE" {
			suggested = append(suggested, s.Start)
		}
	}
	if diff := gocmp.Diff(boilerplate, suggested); diff != "" {
		t.Errorf("lines suggested as boilerplate, by their starts (-every boilerplate line +suggested):\n%s", diff)
	}
	helped.tb.press("A") // Shift+A
	helped.n++
	helped.tb.waitListed("all accepted", 0, text)
	for _, claim := range sampleClaims {
		helped.label(text, nth(t, text, claim, 0, "CLAIM"), "2")
	}
	helped.tb.waitSaved()
	got := exportedSpans(t, helped.tb.export())
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("spans exported with help (-by hand +with help):\n%s", diff)
	}
	t.Logf("actions: %d by hand, %d with help", byHand.n, helped.n)
	if helped.n*4 > byHand.n {
		t.Errorf("with help it took %d actions, by hand %d: more than a quarter", helped.n, byHand.n)
	}
}

// exportedSpans are the start, end, label and text of every span of a
// one-document export.
func exportedSpans(t *testing.T, export []byte) []map[string]any {
	t.Helper()
	var task struct{ Spans []map[string]any }
	if err := json.Unmarshal(bytes.TrimSpace(export), &task); err != nil {
		t.Fatalf("the export: %v", err)
	}
	for _, s := range task.Spans {
		for k := range s {
			if !slices.Contains([]string{"start", "end", "label", "text"}, k) {
				delete(s, k) // provenance, tokens
			}
		}
	}
	return task.Spans
}

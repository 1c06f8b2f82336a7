//go:build !js

package main

import (
	"fmt"
	"strings"
	"time"
)

// The steps of the page's start, from its performance.mark("spantag:…")
// (web/boot.js, wasm/startup.go), each timed from the one before: the
// start figure's detail says where its time goes.
var startSteps = []struct{ mark, what string }{
	{"fetch", "boot.js running"},
	{"compiled", "download and compile"},
	{"main", "Go's runtime start"},
	{"drawn", "finding the page's elements, drawing the labels and export options"},
	{"store", "opening the store"},
	{"locked", "taking the editing lock"},
	{"restored", "reading the stored work"},
	{"ready", "showing the work or the sample, binding"},
}

// recordStartSteps records each step's time after the one before (the
// first from navigation start) as idStart+"/"+mark.
func (h *harness) recordStartSteps(b *browser) error {
	marks, err := eval[map[string]float64](b, `Object.fromEntries(performance.getEntriesByType("mark")
		.filter(m => m.name.startsWith("spantag:")).map(m => [m.name.slice(8), m.startTime]))`, 5*time.Second)
	if err != nil {
		return err
	}
	last := 0.0
	for _, s := range startSteps {
		at, ok := marks[s.mark]
		if !ok {
			h.note(idStart, "the page made no performance.mark(%q)", "spantag:"+s.mark)
			return nil
		}
		h.record(idStart+"/"+s.mark, at-last)
		last = at
	}
	return nil
}

// startDetail tells the medians of the start's steps.
func startDetail(median func(string) float64) string {
	var parts []string
	for _, s := range startSteps {
		if ms := median(idStart + "/" + s.mark); ms > 0 {
			parts = append(parts, fmt.Sprintf("%s %s ms", s.what, number(ms)))
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "medians by step: " + strings.Join(parts, ", ") + "; then the paint"
}

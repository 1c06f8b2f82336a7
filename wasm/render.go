//go:build js && wasm

package main

import (
	"fmt"
	"strings"

	"spantag/annotations"
)

// renderAll draws the current document, its spans and the queue from scratch:
// one innerHTML assignment for the whole text. A document still loading is
// drawn empty.
func (a *app) renderAll() error {
	html := ""
	if d := a.doc(); d != nil {
		html = d.HTML(a.selected)
	}
	if err := a.page.doc.Set("innerHTML", html); err != nil {
		return err
	}
	// The span list follows once the text is on screen: a long document's
	// list costs as much to build as its text, and is not what one reads
	// first.
	a.listPending = true
	if err := firstErr(a.page.spans.Set("innerHTML", ""), a.renderCounts()); err != nil {
		return err
	}
	afterPaint(a.page.fail, func() error {
		if !a.listPending {
			return nil
		}
		a.listPending = false
		return a.renderSide()
	})
	return a.renderQueue()
}

// renderEdit redraws what e changed: the lines it touched, the groups of
// the span list for their chunks, the counts, and the queue state. Nothing
// else is touched, so a change costs the same in any document.
func (a *app) renderEdit(e annotations.Edit) error {
	if first, last, ok := a.doc().LinesTouched(e); ok {
		err := firstErr(a.renderLines(first, last),
			a.renderGroups(first/annotations.LinesPerChunk, last/annotations.LinesPerChunk), a.renderCounts())
		if err != nil {
			return err
		}
	}
	if e.Answer != nil {
		return a.renderQueue()
	}
	return nil
}

// renderGroups redraws the groups first..last of the span list, unless
// the whole list is about to be drawn.
func (a *app) renderGroups(first, last int) error {
	if a.listPending {
		return nil
	}
	groups, err := a.page.spans.Get("children")
	if err != nil {
		return err
	}
	d := a.doc()
	for k := first; k <= last; k++ {
		group, err := groups.Index(k)
		if err != nil {
			return err
		}
		if err := group.Set("innerHTML", d.SpanGroupHTML(k, a.selected)); err != nil {
			return err
		}
	}
	return nil
}

// renderSelected redraws span s, selected or not, in the text and the list.
func (a *app) renderSelected(s annotations.Span) error {
	if s == (annotations.Span{}) {
		return nil
	}
	k := a.doc().ChunkOf(s.Start)
	return firstErr(a.renderSpanLines(s), a.renderGroups(k, k))
}

// renderSpanLines redraws the lines span s covers (to show it selected or not).
func (a *app) renderSpanLines(s annotations.Span) error {
	if s == (annotations.Span{}) {
		return nil
	}
	first, last, _ := a.doc().LinesTouched(annotations.Edit{Add: []annotations.Span{s}})
	return a.renderLines(first, last)
}

// renderLines replaces the elements of lines first..last, and no others.
func (a *app) renderLines(first, last int) error {
	chunks, err := a.page.doc.Get("children")
	if err != nil {
		return err
	}
	d := a.doc()
	for i := first; i <= last; i++ {
		chunk, err := chunks.Index(i / annotations.LinesPerChunk)
		if err != nil {
			return err
		}
		lines, err := chunk.Get("children")
		if err != nil {
			return err
		}
		el, err := lines.Index(i % annotations.LinesPerChunk)
		if err != nil {
			return err
		}
		if err := el.Set("outerHTML", d.LineHTML(i, a.selected)); err != nil {
			return err
		}
	}
	return nil
}

// renderSide draws the span list and the counts per label.
func (a *app) renderSide() error {
	d := a.doc()
	if d == nil {
		d = &annotations.Document{} // still loading: no spans yet
	}
	if err := a.page.spans.Set("innerHTML", d.SpanListHTML(a.selected)); err != nil {
		return err
	}
	return a.renderCounts()
}

// renderCounts draws how many spans of each label the document has.
func (a *app) renderCounts() error {
	var counts []string
	if d := a.doc(); d != nil {
		for i, n := range d.Counts(a.labels) {
			counts = append(counts, fmt.Sprintf("%s %d", a.labels[i].Name, n))
		}
	}
	return a.page.counts.Set("textContent", strings.Join(counts, " · "))
}

// renderQueue draws the position in the queue, the answer given, and the
// list of datasets.
func (a *app) renderQueue() error {
	q := a.queue()
	progress := q.Progress()
	if a.dataset().reading {
		progress += " · reading the file…"
	}
	if err := a.page.progress.Set("textContent", progress); err != nil {
		return err
	}
	// aria-busy tells assistive technology, and tests, that the list of
	// documents is still growing.
	if _, err := a.page.progress.Call("setAttribute", "aria-busy", fmt.Sprint(a.dataset().reading)); err != nil {
		return err
	}
	answer := annotations.Unanswered
	if q.Len() > 0 {
		answer = q.Answers()[q.Pos]
	}
	for ans, button := range a.page.answers {
		pressed := fmt.Sprint(string(answer) == ans)
		if _, err := button.Call("setAttribute", "aria-pressed", pressed); err != nil {
			return err
		}
	}
	return a.renderDatasets()
}

// renderDatasets lists the datasets as options, the current one selected.
func (a *app) renderDatasets() error {
	var b strings.Builder
	for i, ds := range a.datasets {
		fmt.Fprintf(&b, "<option value=\"%d\">%s</option>", i, annotations.EscapeHTML(ds.queue.Name))
	}
	if err := a.page.datasets.Set("innerHTML", b.String()); err != nil {
		return err
	}
	return a.page.datasets.Set("selectedIndex", a.current)
}

// renderLabels draws one button per label, named after it, with its key.
func (a *app) renderLabels() error {
	var b strings.Builder
	for _, l := range a.labels {
		name := annotations.EscapeHTML(l.Name)
		fmt.Fprintf(&b, `<button type="button" data-label="%s" data-key="%s" aria-label="%s" aria-keyshortcuts="%s">%s<kbd>%s</kbd></button>`,
			name, annotations.EscapeHTML(l.Key), name, annotations.EscapeHTML(l.Key), name, annotations.EscapeHTML(l.Key))
	}
	return a.page.labels.Set("innerHTML", b.String())
}

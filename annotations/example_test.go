package annotations_test

import (
	"fmt"
	"strings"

	"spantag/annotations"
)

// The page's path for one highlight: the browser reports a selection in
// UTF-16 units, the core snaps it to whole tokens, plans the edit, the
// queue applies and records it, and undo takes it back.
func Example() {
	doc, err := annotations.NewDocument("👍 Critics call the estimate unrealistic. The mayor disagrees.")
	if err != nil {
		panic(err)
	}
	q := annotations.NewQueue("demo.jsonl", []*annotations.Document{doc})

	// "stimate unreal", selected right to left, in UTF-16 units.
	span, err := doc.SpanFromSelection(35, 21, annotations.UTF16, "CLAIM", true)
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", doc.Text[span.Start:span.End])

	edit, err := doc.Add(span)
	if err != nil {
		panic(err)
	}
	if err := q.Do(edit); err != nil {
		panic(err)
	}
	start, _ := doc.Index().FromByte(span.Start, annotations.CodePoints)
	end, _ := doc.Index().FromByte(span.End, annotations.CodePoints)
	fmt.Println(doc.Spans, "is", start, end, "in code points")

	undone, _, err := q.Undo()
	if err != nil {
		panic(err)
	}
	fmt.Println("undo removed", undone.Remove, "leaving", len(doc.Spans), "spans")
	fmt.Println(q.Answered(), "of", q.Len(), "answered")
	// Output:
	// "estimate unrealistic"
	// [CLAIM[22,42)] is 19 39 in code points
	// undo removed [CLAIM[22,42)] leaving 0 spans
	// 0 of 1 answered
}

// Adding a span that overlaps one of the same label merges them; a span of
// another label may overlap freely.
func ExampleDocument_Add() {
	doc, _ := annotations.NewDocument("Sonata Coulter met Aleksandr Darchiyev in Istanbul.")
	for _, s := range []annotations.Span{
		{Start: 0, End: 6, Label: "ENTITY"},  // Sonata
		{Start: 0, End: 14, Label: "CLAIM"},  // Sonata Coulter
		{Start: 3, End: 14, Label: "ENTITY"}, // ata Coulter
	} {
		edit, _ := doc.Add(s)
		fmt.Println("remove", edit.Remove, "add", edit.Add)
		_ = doc.Apply(edit)
	}
	fmt.Println(doc.Spans)
	// Output:
	// remove [] add [ENTITY[0,6)]
	// remove [] add [CLAIM[0,14)]
	// remove [ENTITY[0,6)] add [ENTITY[0,14)]
	// [CLAIM[0,14) ENTITY[0,14)]
}

func ExampleIndex_Convert() {
	x := annotations.NewIndex("🇺🇦 Kyiv")
	for _, u := range []annotations.Unit{annotations.Bytes, annotations.CodePoints, annotations.UTF16} {
		off, _ := x.Convert(2, annotations.CodePoints, u)
		fmt.Printf("%s: %d\n", u, off)
	}
	_, err := x.Convert(1, annotations.UTF16, annotations.Bytes)
	fmt.Println(err)
	// Output:
	// bytes: 8
	// code points: 2
	// UTF-16 units: 4
	// offset 1 (UTF-16 units) falls inside a code point
}

func ExampleReadHTML() {
	text, err := annotations.ReadHTML(strings.NewReader(`<h1>Pier &amp; Port</h1>
<script>track()</script>
<p>Rebuild   the <b>old</b> pier.<br>Vote: 7&ndash;2</p>
<div hidden>Subscribe</div>`))
	if err != nil {
		panic(err)
	}
	fmt.Println(text)
	// Output:
	// Pier & Port
	// Rebuild the old pier.
	// Vote: 7–2
}

package render_test

import (
	"fmt"

	"spantag/annotations"
	"spantag/render"
)

// Each line renders as one element; the text content is the document's text.
func ExampleDocHTML() {
	doc, _ := annotations.NewDocument("Kyiv Post\nAdvertisement")
	_ = doc.Apply(annotations.Edit{Add: []annotations.Span{{Start: 0, End: 4, Label: "ENTITY"}}})
	fmt.Println(render.DocHTML(doc, annotations.Span{}))
	// Output:
	// <div class="sect"><div class="chunk"><div class="ln" data-line="0"><mark data-label="ENTITY" data-start="0" data-end="4" class="s e">Kyiv</mark> Post
	// </div><div class="ln" data-line="1">Advertisement</div></div></div>
}

// A line holding a character the HTML parser drops is drawn from segments.
func ExampleSegments() {
	doc, _ := annotations.NewDocument("Alpha\x00Beta")
	_ = doc.Apply(annotations.Edit{Add: []annotations.Span{{Start: 6, End: 10, Label: "ENTITY"}}})
	fmt.Println(render.NodeLines(doc))
	for _, seg := range render.Segments(doc, 0, annotations.Span{}) {
		fmt.Printf("%q %v\n", seg.Text, seg.Marks)
	}
	// Output:
	// [0]
	// "Alpha\x00" []
	// "Beta" [{ENTITY 6 10 s e false}]
}

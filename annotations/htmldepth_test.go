package annotations

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReadHTMLDeep: pages that leave more elements open than x/net/html's
// parser takes (512) are read as a browser shows them, every line of text
// kept (QA pass 13: 510 unclosed comment <div>s refused the page whole).
func TestReadHTMLDeep(t *testing.T) {
	var comments, want strings.Builder
	comments.WriteString("<h1>Budget</h1><p>The council met.</p>")
	want.WriteString("Budget\nThe council met.")
	for i := range 600 {
		fmt.Fprintf(&comments, `<div class="comment"><p class="who">reader%d</p><p>Comment %d.</p>`, i, i)
		fmt.Fprintf(&want, "\nreader%d\nComment %d.", i, i)
	}
	tests := []struct{ name, page, want string }{
		{"600 comment divs left open", comments.String(), want.String()},
		{"20,000 nested divs", strings.Repeat("<div>", 20000) + "Deep text" + strings.Repeat("</div>", 20000) + "<p>After.</p>",
			"Deep text\nAfter."},
		{"3,000 bold and italic left open in a paragraph", "<p>Start " + strings.Repeat("<b><i>x ", 3000) + "end</p><p>Next.</p>",
			"Start " + strings.Repeat("x ", 3000) + "end\nNext."},
		{"a script past the limit stays a script", strings.Repeat("<div>", 600) + "<script>alert(1)</script><style>p{}</style><p>Shown.</p>", "Shown."},
		{"a page within the limit is parsed as it is", strings.Repeat("<div>", 400) + "<p>Ky<b>iv</b></p>", "Kyiv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadHTML(strings.NewReader(tt.page))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("text (-want +got):\n%s", diff)
			}
		})
	}
}

// TestCapDepth: the start tags past maxOpenElements, and their end tags, are
// left out; void elements, those whose end tag may be left out, comments
// and a script's text are kept as they were.
func TestCapDepth(t *testing.T) {
	deep := strings.Repeat("<div>", maxOpenElements)
	page := deep + "<section><p>a<br>b<!-- c --><script>if (a < b) {}</script></section>" + strings.Repeat("</div>", maxOpenElements)
	want := deep + "<p>a<br>b<!-- c --><script>if (a < b) {}</script>" + strings.Repeat("</div>", maxOpenElements)
	if got := capDepth(page); got != want {
		t.Errorf("capDepth kept %q", strings.TrimPrefix(got, deep))
	}
}

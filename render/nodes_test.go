package render

import (
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// TestNodeLines checks which lines leave the HTML fast path: exactly those
// whose escaped text the HTML parser would not give back. Every character
// of the Basic Multilingual Plane and a few beyond it sits on a line of its
// own between two letters.
func TestNodeLines(t *testing.T) {
	var text strings.Builder
	var chars []rune
	for r := rune(0); r <= 0x10FFFF; r++ {
		if r == '\n' || r == '\r' || !utf8.ValidRune(r) || r > 0xFFFF && r&0xFFFF > 2 {
			continue
		}
		chars = append(chars, r)
		text.WriteString("a" + string(r) + "b\n")
	}
	d := docOf(t, text.String())
	var want []int
	for i, r := range chars {
		line := "a" + string(r) + "b\n"
		if textContent(t, `<div id="doc">`+Escape(line)+`</div>`) != line {
			want = append(want, i)
		}
	}
	if diff := cmp.Diff([]int{0}, want); diff != "" {
		t.Errorf("lines the HTML parser alters (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, NodeLines(d)); diff != "" {
		t.Errorf("NodeLines mismatch (-want +got):\n%s", diff)
	}
	for i := range chars {
		if AsNodes(d, i) != (i == 0) {
			t.Errorf("AsNodes(%d) = %v for %U", i, AsNodes(d, i), chars[i])
		}
	}
}

// TestNodeLinesEmpty checks that a line drawn as nodes is left empty in
// the HTML and that the lines around it keep the fast path.
func TestNodeLinesEmpty(t *testing.T) {
	d := docWith(t, "Alpha\x00Beta\nGamma\r\n\x00\x00\r\x00", span(6, 16, "CLAIM"))
	want := `<div class="sect"><div class="chunk">` +
		`<div class="ln" data-line="0"></div>` +
		`<div class="ln" data-line="1"><mark data-label="CLAIM" data-start="6" data-end="16" class="e">Gamma</mark>&#13;` + "\n</div>" +
		`<div class="ln" data-line="2"></div>` +
		`<div class="ln" data-line="3"></div>` +
		`</div></div>`
	if diff := cmp.Diff(want, DocHTML(d, Span{})); diff != "" {
		t.Errorf("DocHTML mismatch (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]int{0, 2, 3}, NodeLines(d)); diff != "" {
		t.Errorf("NodeLines mismatch (-want +got):\n%s", diff)
	}
}

// TestSegments checks that a line drawn from its segments is the line the
// HTML draws: the same text under the same marks, the selected one too.
func TestSegments(t *testing.T) {
	for name, text := range hazards {
		t.Run(name, func(t *testing.T) {
			d := docOf(t, text)
			spanEveryToken(t, d)
			selected := d.Spans[len(d.Spans)/2]
			for i := range d.Lines() {
				want := segmentsHTML(i, Segments(d, i, selected))
				if AsNodes(d, i) {
					want = `<div class="ln" data-line="` + strconv.Itoa(i) + `"></div>`
				}
				if diff := cmp.Diff(want, LineHTML(d, i, selected)); diff != "" {
					t.Errorf("line %d: LineHTML and Segments differ (-segments +html):\n%s", i, diff)
				}
				var got strings.Builder
				for _, seg := range Segments(d, i, selected) {
					got.WriteString(seg.Text)
				}
				if l := d.Lines()[i]; got.String() != text[l.Start:l.Next] {
					t.Errorf("line %d: segments hold %q, want %q", i, got.String(), text[l.Start:l.Next])
				}
			}
		})
	}
}

// segmentsHTML is the HTML of line i drawn from segs, as the page builds it.
func segmentsHTML(i int, segs []Segment) string {
	var b strings.Builder
	b.WriteString(`<div class="ln" data-line="` + strconv.Itoa(i) + `">`)
	for _, seg := range segs {
		for _, m := range seg.Marks {
			openMark(&b, Span{Start: m.Start, End: m.End, Label: m.Label}, m.Class, m.Suggested)
		}
		escapeText(&b, seg.Text)
		b.WriteString(strings.Repeat("</mark>", len(seg.Marks)))
	}
	b.WriteString("</div>")
	return b.String()
}

package render

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// longText is a line of words ("w0 w1 w2 …") longer than three blocks,
// a short line, then another long line.
func longText() string {
	var b strings.Builder
	for i := 0; b.Len() < 3*BlockBytes+100; i++ {
		fmt.Fprintf(&b, "w%d ", i)
	}
	line := strings.TrimSuffix(b.String(), " ")
	return line + "\nshort line\n" + line
}

func TestBlocksCutAfterWhitespace(t *testing.T) {
	d := docOf(t, longText())
	l := d.Lines()[0]
	blocks := Blocks(d, 0)
	if len(blocks) != 4 {
		t.Fatalf("a line of %d bytes is drawn in %d blocks, want 4", l.Next-l.Start, len(blocks))
	}
	at := l.Start
	for k, bl := range blocks {
		if bl.Start != at {
			t.Errorf("block %d starts at %d, want %d (where the one before ended)", k, bl.Start, at)
		}
		last := k == len(blocks)-1
		switch {
		case !last && (bl.End != bl.Next || d.Text[bl.End-1] != ' '):
			t.Errorf("block %d [%d,%d,%d) does not end after a space", k, bl.Start, bl.End, bl.Next)
		case !last && (bl.End-bl.Start < BlockBytes || bl.End-bl.Start > BlockBytes+8):
			t.Errorf("block %d holds %d bytes, want just over %d", k, bl.End-bl.Start, BlockBytes)
		case last && (bl.End != l.End || bl.Next != l.Next):
			t.Errorf("the last block ends at %d/%d, want the line's %d/%d", bl.End, bl.Next, l.End, l.Next)
		}
		at = bl.Next
		if got := BlockAt(blocks, bl.Start+1); got != k {
			t.Errorf("BlockAt(%d) = %d, want %d", bl.Start+1, got, k)
		}
	}
	if short := Blocks(d, 1); !cmp.Equal(short, d.Lines()[1:2]) {
		t.Errorf("a short line is drawn as %v, want itself", short)
	}
}

func TestBlocksOfWordsWithNoSpace(t *testing.T) {
	text := strings.Repeat("é", 3*BlockBytes) // no whitespace: cut at a character boundary
	d := docOf(t, text)
	for k, bl := range Blocks(d, 0) {
		if !strings.HasPrefix(text[bl.Start:], "é") {
			t.Errorf("block %d starts at %d, inside a character", k, bl.Start)
		}
	}
}

// TestSpanOverBlockCut: a span over a cut between blocks is a part in
// each block, the first with the start's class, the second with the
// end's; the text of the blocks is the line's.
func TestSpanOverBlockCut(t *testing.T) {
	d := docOf(t, longText())
	cut := Blocks(d, 0)[1].Start
	s := span(cut-3, cut+2, "ENTITY")
	d = docWith(t, d.Text, s)
	html := BlocksHTML(d, 0, 0, 2, Span{})
	if got := textContent(t, `<div id="doc">`+html+"</div>"); got != d.Text[:Blocks(d, 0)[2].Start] {
		t.Errorf("the text of the first two blocks is %.60q…, not the line's", got)
	}
	if inner, want := BlockInnerHTML(d, 0, Blocks(d, 0)[1], Span{}), fmt.Sprintf(`<mark data-label="ENTITY" data-start="%d" data-end="%d" class="e">%s</mark>`, s.Start, s.End, d.Text[cut:s.End]); !strings.HasPrefix(inner, want) {
		t.Errorf("block 1's content starts %.200s, want %s", inner, want)
	}
	for _, want := range []string{
		fmt.Sprintf(`<mark data-label="ENTITY" data-start="%d" data-end="%d" class="s">%s</mark></div><div class="blk" data-at="%d">`, s.Start, s.End, d.Text[s.Start:cut], cut),
		fmt.Sprintf(`<div class="blk" data-at="%d"><mark data-label="ENTITY" data-start="%d" data-end="%d" class="e">%s</mark>`, cut, s.Start, s.End, d.Text[cut:s.End]),
	} {
		if !strings.Contains(html, want) {
			t.Errorf("the blocks' HTML lacks %s", want)
		}
	}
}

// TestDrawSteps: the steps, applied in order, build what DocHTML builds at
// once, with no step over about StepBytes of text.
func TestDrawSteps(t *testing.T) {
	text := longText() + "\n" + strings.Repeat("A line of a long document.\n", 20000)
	d := docWith(t, text, span(0, 2, "ENTITY"), span(BlockBytes-10, BlockBytes+20, "CLAIM"), span(len(text)-30, len(text)-20, "ENTITY"))
	var sections []string
	steps := 0
	done := 0
	fill := map[int]int{} // where the next blocks of a long line go
	for s := range DrawSteps(d, Span{}) {
		steps++
		if len(s.HTML) > 2*StepBytes+BlockBytes*2 {
			t.Errorf("step %d carries %d bytes of HTML", steps, len(s.HTML))
		}
		if s.Done < done {
			t.Errorf("step %d says %d bytes drawn, after %d", steps, s.Done, done)
		}
		done = s.Done
		if s.Line < 0 {
			if s.Section == len(sections) {
				sections = append(sections, "")
			}
			if s.Section != len(sections)-1 {
				t.Fatalf("step %d goes to section %d, after section %d", steps, s.Section, len(sections)-1)
			}
			sections[s.Section] += s.HTML
			continue
		}
		k := s.Line / LinesPerChunk / ChunksPerSection
		at, ok := fill[s.Line]
		if !ok {
			empty := fmt.Sprintf(`data-line="%d"></div>`, s.Line)
			if at = strings.Index(sections[k], empty); at < 0 {
				t.Fatalf("step %d fills line %d, not drawn empty before", steps, s.Line)
			}
			at += len(empty) - len("</div>")
		}
		sections[k] = sections[k][:at] + s.HTML + sections[k][at:]
		fill[s.Line] = at + len(s.HTML)
	}
	built := ""
	for _, sec := range sections {
		built += `<div class="sect">` + sec + "</div>"
	}
	if done > len(text) {
		t.Errorf("the last step says %d bytes drawn, of %d", done, len(text))
	}
	if steps < 10 {
		t.Errorf("%d steps for %d bytes", steps, len(text))
	}
	if diff := cmp.Diff(DocHTML(d, Span{}), built); diff != "" {
		t.Errorf("the steps build another HTML than DocHTML (-want +got):\n%.3000s", diff)
	}
}

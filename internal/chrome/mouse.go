//go:build !js

package chrome

import (
	"context"
	"fmt"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/input"
	"github.com/chromedp/chromedp"
)

// pointsJS finds where to press and release the mouse to select #doc's text
// from UTF-16 offset a to b: inside the first character, near the edge where
// the range starts (its left edge, or its right one in a line drawn right to
// left), and inside the last one, near the edge where it ends, after
// scrolling the start into view (to the middle of the window).
const pointsJS = `(a, b) => {
	const root = document.getElementById("doc");
	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
	const nodes = [];
	let total = 0;
	// Only up to the range's end: walking the million lines of a big
	// document took longer than a drag may, and its own long task.
	for (let n = walker.nextNode(); n && total < Math.max(a, b); n = walker.nextNode()) {
		nodes.push([n, total]);
		total += n.data.length;
	}
	const at = off => {
		for (const [n, start] of nodes) {
			if (off >= start && off < start + n.data.length) return [n, off - start];
		}
		throw new Error("offset " + off + " is outside #doc (" + total + " UTF-16 units)");
	};
	// A character's box, and the x of its edge where the range starts (the first
	// character's) or ends (the last's): its left edge or right edge for a letter
	// written left to right, the other way round for one written right to left.
	const charRect = (off, last) => {
		let [n, i] = at(off);
		const c = n.data.charCodeAt(i);
		if (c >= 0xDC00 && c < 0xE000 && i > 0) i--; // the low half of a pair
		const hi = n.data.charCodeAt(i);
		const len = hi >= 0xD800 && hi < 0xDC00 ? 2 : 1;
		const r = document.createRange();
		r.setStart(n, i);
		r.setEnd(n, i + len);
		const rects = r.getClientRects();
		if (!rects.length) throw new Error("character at " + off + " has no box");
		const box = rects[last ? rects.length - 1 : 0];
		// A letter of a script written right to left (Hebrew, Arabic) starts at its right edge.
		const rtl = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/.test(n.data.slice(i, i + len));
		return {box, edge: rtl === !last ? box.right : box.left};
	};
	at(a)[0].parentElement.scrollIntoView({block: "center"});
	// An element taller than the window (a long line) is centred with its
	// start out of view: bring the character itself to the middle.
	const first = charRect(a, false).box;
	if (first.top < 0 || first.bottom > innerHeight) scrollBy(0, first.top - innerHeight / 2);
	const f = charRect(a, false), l = charRect(b - 1, true);
	const inside = c => c.edge === c.box.left ? c.box.left + c.box.width / 4 : c.box.right - c.box.width / 4; // a quarter of the way in
	return {
		x0: inside(f), y0: f.box.top + f.box.height / 2,
		x1: inside(l), y1: l.box.top + l.box.height / 2,
	};
}`

// selectionJS returns the page's selection as UTF-16 offsets into #doc.
const selectionJS = `() => {
	const root = document.getElementById("doc");
	const sel = getSelection();
	if (!sel.rangeCount) return [-1, -1];
	const off = (node, o) => {
		const r = document.createRange();
		r.setStart(root, 0);
		r.setEnd(node, o);
		return r.toString().length;
	};
	const a = off(sel.anchorNode, sel.anchorOffset), f = off(sel.focusNode, sel.focusOffset);
	return [Math.min(a, f), Math.max(a, f)];
}`

// points are where a drag over #doc's text presses (X0, Y0) and releases
// (X1, Y1) the mouse, in CSS pixels of the viewport.
type points struct{ X0, Y0, X1, Y1 float64 }

// textPoints finds the points of pointsJS for #doc's UTF-16 range [a,b).
func textPoints(ctx context.Context, a, b int) (points, error) {
	p, err := chromedp.Run(ctx, chromedp.Evaluate[points](CallJS(pointsJS, a, b)))
	if err != nil {
		return p, fmt.Errorf("finding UTF-16 [%d,%d) of #doc on screen: %v", a, b, err)
	}
	return p, nil
}

// settledPoints is textPoints once the layout has settled: scrolling far
// brings into view parts of #doc that the browser had not laid out yet
// (content-visibility), and their real height can move the text in the
// next frames. It measures until two measures agree.
func settledPoints(ctx context.Context, a, b int) (points, error) {
	p, err := textPoints(ctx, a, b)
	for range 10 {
		if err != nil {
			return p, err
		}
		time.Sleep(50 * time.Millisecond) // a few frames
		var again points
		if again, err = textPoints(ctx, a, b); err == nil && again == p {
			return p, nil
		}
		p = again
	}
	return p, err
}

// mouse sends one mouse event with the left button as the pressed one.
func mouse(typ input.DispatchMouseEventType, x, y float64, buttons int64) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		p := input.DispatchMouseEventParams{Type: typ, X: x, Y: y, Button: input.MouseButtonLeft, Buttons: buttons}
		if typ != chromedp.MouseMoved {
			p.ClickCount = 1
		}
		_, err := cdp.Call(ctx, t, input.DispatchMouseEvent, p)
		return err
	})
}

// Drag selects #doc's text from UTF-16 offset a to b with a real mouse
// drag — pressed inside the first character, moved in five steps, released
// inside the last — and checks that the browser selected exactly that.
// Backwards, it drags from the end to the start.
func Drag(ctx context.Context, a, b int, backwards bool) error {
	return DragWhile(ctx, a, b, backwards, func() error { return nil })
}

// DragWhile is Drag with during run halfway through, the button held down:
// what the page does meanwhile must leave the selection alone.
func DragWhile(ctx context.Context, a, b int, backwards bool, during func() error) error {
	p, err := settledPoints(ctx, a, b)
	if err != nil {
		return err
	}
	if backwards {
		p.X0, p.Y0, p.X1, p.Y1 = p.X1, p.Y1, p.X0, p.Y0
	}
	const n = 5
	moves := func(from, to int) []chromedp.Action[chromedp.Void] {
		var steps []chromedp.Action[chromedp.Void]
		for i := from; i <= to; i++ {
			f := float64(i) / n
			steps = append(steps, mouse(chromedp.MouseMoved, p.X0+(p.X1-p.X0)*f, p.Y0+(p.Y1-p.Y0)*f, 1))
		}
		return steps
	}
	first := append([]chromedp.Action[chromedp.Void]{
		mouse(chromedp.MouseMoved, p.X0, p.Y0, 0),
		mouse(chromedp.MousePressed, p.X0, p.Y0, 1),
	}, moves(1, n/2)...)
	err = chromedp.Do(ctx, first...)
	if err == nil {
		err = during()
	}
	if err == nil {
		err = chromedp.Do(ctx, append(moves(n/2+1, n), mouse(chromedp.MouseReleased, p.X1, p.Y1, 0))...)
	}
	if err != nil {
		return fmt.Errorf("dragging over UTF-16 [%d,%d) of #doc: %v", a, b, err)
	}
	got, err := Selection(ctx)
	if err != nil {
		return fmt.Errorf("reading the selection after dragging over [%d,%d): %v", a, b, err)
	}
	if got != [2]int{a, b} {
		return fmt.Errorf("the mouse drag selected UTF-16 [%d,%d), wanted [%d,%d): the points %+v missed", got[0], got[1], a, b, p)
	}
	return nil
}

// ClickAt clicks inside the character at UTF-16 offset off of #doc, which
// puts the caret there and hits the innermost element around it.
func ClickAt(ctx context.Context, off int) error {
	p, err := textPoints(ctx, off, off+1)
	if err != nil {
		return err
	}
	x, y := (p.X0+p.X1)/2, (p.Y0+p.Y1)/2
	err = chromedp.Do(ctx,
		mouse(chromedp.MouseMoved, x, y, 0),
		mouse(chromedp.MousePressed, x, y, 1),
		mouse(chromedp.MouseReleased, x, y, 0))
	if err != nil {
		return fmt.Errorf("clicking at UTF-16 offset %d of #doc: %v", off, err)
	}
	return nil
}

// Selection is the page's selection as UTF-16 offsets into #doc, from its
// start to its end ([-1,-1] with none).
func Selection(ctx context.Context) ([2]int, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[[2]int](CallJS(selectionJS)))
}

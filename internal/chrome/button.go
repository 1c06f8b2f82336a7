//go:build !js

package chrome

import (
	"context"
	"fmt"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/dom"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Buttons returns the buttons of the page whose accessible name is name:
// the nodes of the accessibility tree that are not ignored and stand for
// an element.
func Buttons(ctx context.Context, name string) ([]*accessibility.Node, error) {
	found, err := chromedp.Run(ctx, func(ctx context.Context, t *chromedp.Target) ([]*accessibility.Node, error) {
		doc, err := cdp.Call(ctx, t, runtime.Evaluate, runtime.EvaluateParams{Expression: "document"})
		if err != nil {
			return nil, err
		}
		res, err := cdp.Call(ctx, t, accessibility.QueryAXTree, accessibility.QueryAXTreeParams{
			ObjectID: doc.Result.ObjectID, AccessibleName: name, Role: "button",
		})
		if err != nil {
			return nil, err
		}
		var found []*accessibility.Node
		for _, n := range res.Nodes {
			if !n.Ignored && n.BackendDOMNodeID != 0 {
				found = append(found, n)
			}
		}
		return found, nil
	})
	if err != nil {
		return nil, fmt.Errorf("looking for buttons named %q: %v", name, err)
	}
	return found, nil
}

// ClickButton clicks, with the mouse, the one button of the page whose
// accessible name is name, after scrolling it into view.
func ClickButton(ctx context.Context, name string) error {
	found, err := Buttons(ctx, name)
	if err != nil {
		return err
	}
	if len(found) != 1 {
		return fmt.Errorf("clicking the button %q: found %d buttons of that name, want 1", name, len(found))
	}
	id := found[0].BackendDOMNodeID
	err = chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, dom.ScrollIntoViewIfNeeded, dom.ScrollIntoViewIfNeededParams{BackendNodeID: id}); err != nil {
			return err
		}
		box, err := cdp.Call(ctx, t, dom.GetBoxModel, dom.GetBoxModelParams{BackendNodeID: id})
		if err != nil {
			return err
		}
		q := box.Model.Border
		x, y := (q[0]+q[2]+q[4]+q[6])/4, (q[1]+q[3]+q[5]+q[7])/4
		_, err = chromedp.MouseClickXY(x, y)(ctx, t)
		return err
	}))
	if err != nil {
		return fmt.Errorf("clicking the button %q: %v", name, err)
	}
	return nil
}

//go:build js && wasm

package main

import (
	"spantag/annotations"
	"spantag/render"
)

// The document's answer: Accept, Reject or Ignore, by button or key.

// answer gives the document on screen the answer ans once it is in memory.
func (a *app) answer(ans annotations.Answer) error {
	return a.whenLoaded(func() error { return a.answerShown(ans) })
}

// acceptAndNext answers the document shown Accept and goes to the next
// (Ctrl+Enter).
func (a *app) acceptAndNext() error {
	return a.whenLoaded(func() error {
		q := a.queue()
		pos := q.Pos
		if err := a.answerShown(annotations.Accept); err != nil {
			return err
		}
		if err := a.next(); err != nil || q.Assist.LeastSureFirst {
			return err // the model's choice says why it chose
		}
		// Said again: showing the next document cleared what answerShown said.
		a.page.tell(render.Attempt, "%s", render.AcceptedAndNext(pos, q.Len()))
		return nil
	})
}

// answerShown gives the document on screen the answer ans, and says so.
func (a *app) answerShown(ans annotations.Answer) error {
	e, err := a.doc().SetAnswer(ans)
	if err != nil || e.Empty() {
		return err
	}
	if err := a.do(e); err != nil {
		return err
	}
	q := a.queue()
	a.page.tell(render.Attempt, "%s", render.Answered(ans, q.Pos, q.Len()))
	return nil
}

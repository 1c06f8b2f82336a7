//go:build js && wasm

package main

import (
	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
)

// The review of a document made of several annotators' versions (see
// team.go): the side panel lists its versions and who made each; v and
// Shift+V choose one, t takes it (or a click on its Take button). Its
// disagreements are suggestions (annotations.FromReview), which the
// suggestion keys go through: N and P jump to the next and previous, A
// takes one span, X leaves it out.

// renderVersions lists the versions of the document on screen, if it has
// any, and hides the panel otherwise.
func (a *app) renderVersions() error {
	d := a.doc()
	var vs []annotations.ReviewVersion
	if d != nil {
		var err error
		if vs, err = d.ReviewVersions(); err != nil {
			return err
		}
	}
	if err := a.markReview(len(vs) > 0); err != nil {
		return err
	}
	if err := a.page.versions.Set("hidden", len(vs) == 0); err != nil || len(vs) == 0 {
		return err
	}
	if a.version < 0 { // the document just shown: the version it holds, as a reload finds it
		a.version = max(0, d.VersionHeld(vs))
	}
	a.version = min(a.version, len(vs)-1)
	return a.page.versionList.Set("innerHTML", render.Versions(d, vs, a.version))
}

// chooseVersion moves the version the take key takes by delta, round.
func (a *app) chooseVersion(delta int) error {
	vs, err := a.versions()
	if err != nil || len(vs) == 0 {
		return err
	}
	a.version = ((max(a.version, 0)+delta)%len(vs) + len(vs)) % len(vs)
	a.page.say("%s", render.VersionChosen(a.version, vs[a.version]))
	return a.renderVersions()
}

// takeVersion makes version i the document's spans, in one change.
func (a *app) takeVersion(i int) error {
	vs, err := a.versions()
	if err != nil || i < 0 || i >= len(vs) {
		return err
	}
	e := a.doc().TakeVersion(vs[i])
	if e.Empty() {
		a.page.say("The document has version %d's spans already.", i+1)
		return nil
	}
	if err := a.do(e); err != nil {
		return err
	}
	a.version = i
	a.page.say("%s", render.VersionTaken(i, vs[i]))
	return a.renderVersions()
}

// versions are the versions of the document on screen; none when it is
// not a reviewed one, or still loading.
func (a *app) versions() ([]annotations.ReviewVersion, error) {
	d := a.doc()
	if d == nil {
		return nil, nil
	}
	return d.ReviewVersions()
}

// reviewKeyAction is what a review key does (v, Shift+V, t) in a
// reviewed document; elsewhere the keys are left to the browser.
func (a *app) reviewKeyAction(k annotations.Key) func() error {
	c := a.labels.ReviewCommand(k)
	if c == annotations.ReviewNone || a.doc() == nil || !a.doc().HasVersions() {
		return nil
	}
	switch c {
	case annotations.ReviewNextVersion:
		return func() error { return a.chooseVersion(1) }
	case annotations.ReviewPreviousVersion:
		return func() error { return a.chooseVersion(-1) }
	case annotations.ReviewTakeVersion:
		return func() error { return a.takeVersion(max(a.version, 0)) }
	}
	return nil
}

// onVersionsClick takes the version whose button was clicked.
func (a *app) onVersionsClick(ev safejs.Value) error {
	i, ok, err := closestInt(ev, "button", "data-version")
	if err != nil || !ok {
		return err
	}
	return a.whenIdle(func() error { return a.takeVersion(i) })
}

// markReview sets #doc's data-review while a reviewed document is shown:
// its suggestions are disagreements, drawn apart (app.css).
func (a *app) markReview(on bool) error {
	if !on {
		_, err := a.page.doc.Call("removeAttribute", render.AttrReview)
		return err
	}
	_, err := a.page.doc.Call("setAttribute", render.AttrReview, "")
	return err
}

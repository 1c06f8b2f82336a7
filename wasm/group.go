//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// Several pages or texts chosen or dropped at once, usually the pages of
// one site, open as one dataset while "Pages as one dataset" is ticked:
// repetition across the pages is the strongest boilerplate evidence, and
// it is counted within a dataset.

// openTogether reports whether the files of list open as one dataset.
func (a *app) openTogether(list []safejs.Value) (bool, error) {
	box, err := byID("together")
	if err != nil {
		return false, err
	}
	on, err := getBool(box, "checked")
	if err != nil || !on {
		return false, err
	}
	names, err := fileNames(list)
	return annotations.OpenTogether(names), err
}

func fileNames(list []safejs.Value) ([]string, error) {
	names := make([]string, len(list))
	for i, f := range list {
		var err error
		if names[i], err = getString(f, "name"); err != nil {
			return nil, err
		}
	}
	return names, nil
}

// openGroup reads the files of list into one new dataset, named after the
// first, and says what each gave that was wrong. It waits: call it on a
// goroutine.
func (a *app) openGroup(list []safejs.Value) error {
	if err := a.store.Writable(); err != nil {
		return err
	}
	names, err := fileNames(list)
	if err != nil {
		return err
	}
	var ds *save.Dataset
	var problems, opened []string           // opened: the files that gave a document
	j := a.startJob(render.Job{}, 0, false) // yields inside a long file's decoding
	defer j.end()
	for i, f := range list {
		size, err := getInt(f, "size")
		if err != nil {
			return err
		}
		report, err := openEach(names[i], &blobReader{blob: f, size: size}, a.labels, j, func(d *annotations.Document) error {
			if !slices.Contains(opened, names[i]) {
				opened = append(opened, names[i])
			}
			if ds == nil {
				var err error
				ds, err = a.addDataset(annotations.GroupName(names), []*annotations.Document{d}, annotations.Assist{})
				return err
			}
			ds.Queue.Append(d)
			return nil
		})
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s could not be opened: %v", names[i], err))
		} else if message, bad := render.Opened(names[i], 1, report); bad {
			problems = append(problems, message)
		}
	}
	if ds == nil {
		return errors.New("none of the files could be opened")
	}
	if len(opened) < len(names) { // named after the files it holds
		if err := a.renameTo(ds, annotations.DistinctName(annotations.GroupName(opened), a.takenNames(ds))); err != nil {
			return err
		}
	}
	a.flush()
	if err := firstErr(a.renderQueue(), a.boilerplateOn(ds)); err != nil {
		return err
	}
	if a.dataset() == ds && a.doc() != nil {
		a.suggestShown() // every page read: their lines are counted together
	}
	said := fmt.Sprintf("Opened %d files as one dataset, %s: %d documents.", len(list), ds.Queue.Name, ds.Queue.Len())
	if len(problems) > 0 {
		a.page.fail(errors.New(said + "\n" + strings.Join(problems, "\n")))
		return nil
	}
	a.page.tell(render.Attempt, "%s", said)
	return nil
}

//go:build js && wasm

package main

import (
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
)

// answerChoices are the document answers the export can be limited to, as
// the checkboxes name them.
var answerChoices = []struct {
	answer annotations.Answer
	name   string
}{
	{annotations.Accept, "accepted"}, {annotations.Reject, "rejected"},
	{annotations.Ignore, "ignored"}, {annotations.Unanswered, "unanswered"},
}

// renderExportOptions draws the export's choices: the formats, and a
// checkbox per label and per answer, all ticked.
func (a *app) renderExportOptions() error {
	var formats strings.Builder
	for _, f := range annotations.Formats {
		fmt.Fprintf(&formats, `<option value="%s">%s</option>`, render.Escape(f.ID), render.Escape(f.Name))
	}
	if err := a.page.exportFormat.Set("innerHTML", formats.String()); err != nil {
		return err
	}
	var labels strings.Builder
	labels.WriteString("<legend>Labels</legend>")
	for _, l := range a.labels {
		name := render.Escape(l.Name)
		fmt.Fprintf(&labels, `<label><input type="checkbox" value="%s" checked> %s</label>`, name, name)
	}
	if err := a.page.exportLabels.Set("innerHTML", labels.String()); err != nil {
		return err
	}
	var answers strings.Builder
	answers.WriteString("<legend>Documents</legend>")
	for _, c := range answerChoices {
		fmt.Fprintf(&answers, `<label><input type="checkbox" value="%s" checked> %s</label>`, c.answer, c.name)
	}
	return a.page.exportAnswers.Set("innerHTML", answers.String())
}

// exportChoice reads the format and the filters the annotator chose.
func (a *app) exportChoice() (annotations.Format, annotations.ExportOptions, error) {
	id, err := getString(a.page.exportFormat, "value")
	if err != nil {
		return annotations.Format{}, annotations.ExportOptions{}, err
	}
	f, ok := annotations.FormatByID(id)
	if !ok {
		return f, annotations.ExportOptions{}, fmt.Errorf("no export format %q", id)
	}
	labels, err := checked(a.page.exportLabels)
	if err != nil {
		return f, annotations.ExportOptions{}, err
	}
	answers, err := checked(a.page.exportAnswers)
	if err != nil {
		return f, annotations.ExportOptions{}, err
	}
	opts := annotations.ExportOptions{Labels: labels}
	for _, ans := range answers {
		opts.Answers = append(opts.Answers, annotations.Answer(ans))
	}
	settings, err := a.exportSettings()
	if err != nil {
		return f, opts, err
	}
	if err := settings.Apply(&opts); err != nil {
		return f, opts, err
	}
	switch {
	case len(labels) == 0:
		return f, opts, errors.New("tick at least one label to export")
	case len(answers) == 0:
		return f, opts, errors.New("tick at least one kind of document to export")
	}
	return f, opts, nil
}

// exportSettings reads the fields of the export's settings as they are.
func (a *app) exportSettings() (annotations.ExportSettings, error) {
	var s annotations.ExportSettings
	boxes, inputs := settingFields(&s)
	for name, to := range boxes {
		box, err := a.settingField(name)
		if err == nil {
			*to, err = getBool(box, "checked")
		}
		if err != nil {
			return s, err
		}
	}
	for name, to := range inputs {
		input, err := a.settingField(name)
		if err == nil {
			*to, err = getString(input, "value")
		}
		if err != nil {
			return s, err
		}
	}
	return s, nil
}

// settingFields names the checkboxes and the inputs of the export's
// settings, each with the setting it holds.
func settingFields(s *annotations.ExportSettings) (boxes map[string]*bool, inputs map[string]*string) {
	return map[string]*bool{"leave-out-boilerplate": &s.LeaveOutBoilerplate, "by-document": &s.ByDocument, "suggestions": &s.Suggestions},
		map[string]*string{"window": &s.Window, "dev": &s.Dev, "test": &s.Test}
}

// settingField is the field of the export's settings named name.
func (a *app) settingField(name string) (safejs.Value, error) {
	return a.page.exportSettings.Call("querySelector", `[name="`+name+`"]`)
}

// answerNames are the names of the answers as the export's checkboxes say them.
func answerNames(answers []annotations.Answer) []string {
	var names []string
	for _, c := range answerChoices {
		if slices.Contains(answers, c.answer) {
			names = append(names, c.name)
		}
	}
	return names
}

// checked returns the values of the ticked checkboxes inside group.
func checked(group safejs.Value) ([]string, error) {
	boxes, err := group.Call("querySelectorAll", "input:checked")
	if err != nil {
		return nil, err
	}
	n, err := getInt(boxes, "length")
	if err != nil {
		return nil, err
	}
	values := []string{}
	for i := range n {
		box, err := boxes.Call("item", i)
		if err != nil {
			return nil, err
		}
		v, err := getString(box, "value")
		if err != nil {
			return nil, err
		}
		values = append(values, v)
	}
	return values, nil
}

// export downloads the current dataset in the chosen format, in the
// background with a progress bar. It reads the work and never changes it.
func (a *app) export() error {
	if a.exporting {
		a.page.say("An export is already running.")
		return nil
	}
	f, opts, err := a.exportChoice()
	if err != nil {
		return err
	}
	a.exporting = true
	a.page.after(render.ExportBegun)
	ds := a.dataset()
	go func() {
		err := guard("exporting", func() error { return a.exportDataset(ds, f, opts) })
		a.exporting = false
		if err != nil {
			a.page.fail(err)
		}
	}()
	return nil
}

// exportDataset writes every document of ds, reading from the store those
// not in memory, and downloads the file (a file per part of a split) and
// any file that goes with it.
func (a *app) exportDataset(ds *save.Dataset, f annotations.Format, opts annotations.ExportOptions) error {
	q := ds.Queue
	if ds.Reading() {
		a.page.tell(render.Export, "The export starts once %s is read to its end.", q.Name)
		read := make(chan struct{})
		ds.WhenRead(func() { close(read) })
		<-read
	}
	parts := []string{""}
	if opts.Split.On() {
		parts = annotations.Parts
	}
	out := map[string]*blobParts{}
	writers := map[string]io.Writer{}
	j := a.startJob(render.Job{Doing: "Exporting " + q.Name, Items: "documents"}, q.Len(), false)
	defer j.end()
	for _, part := range parts {
		p, err := newBlobParts()
		if err != nil {
			return err
		}
		p.yield = j.yieldIfDue
		out[part], writers[part] = p, p
	}
	e, err := newExporter(f, writers, opts)
	if err != nil {
		return err
	}
	docs := &readAhead{a: a, ds: ds}
	defer docs.wait()
	for i := range q.Len() {
		if j.pace.Due(time.Now()) { // what was written goes to JavaScript before the page has its turn
			for _, p := range out {
				if err := p.flush(); err != nil {
					return err
				}
			}
		}
		if err := j.step(i); err != nil {
			return err
		}
		d, err := docs.doc(i)
		if err != nil {
			return err
		}
		if opts.Suggestions {
			if d, err = a.withComputed(ds, d); err != nil {
				return err
			}
		}
		if err := e.Write(d); err != nil {
			return fmt.Errorf("export stopped: %w", err)
		}
		a.store.Release(ds, i)
	}
	extra, err := e.Close()
	if err != nil {
		return err
	}
	if e.Written() == 0 {
		a.page.tell(render.Export, "%s", render.NothingExported(q.Name, q.Len(), answerNames(opts.Answers)))
		return nil
	}
	base := annotations.FileBase(q.Name)
	var names []string
	for _, part := range parts {
		name := f.FileName(base, part)
		if err := a.download(name, f.MIME, out[part]); err != nil {
			return err
		}
		names = append(names, name)
	}
	for _, file := range extra {
		names = append(names, base+"."+file.Name)
		parts, err := newBlobParts()
		if err == nil {
			_, err = parts.Write(file.Data)
		}
		if err == nil {
			err = a.download(base+"."+file.Name, file.MIME, parts)
		}
		if err != nil {
			return err
		}
	}
	said := render.Exported(e.Written(), q.Len(), names) + render.ExportChanges(e.Stats())
	if warning := ds.Warning(); warning != "" {
		a.page.fail(errors.New(said + " " + warning))
		return nil
	}
	a.page.tell(render.Export, "%s", said)
	return nil
}

// download hands the file in parts to the browser as a download named name.
func (a *app) download(name, mime string, parts *blobParts) error {
	if err := parts.flush(); err != nil {
		return err
	}
	blob, err := newJS("Blob", parts.parts, map[string]any{"type": mime})
	if err != nil {
		return err
	}
	urls, err := global("URL")
	if err != nil {
		return err
	}
	url, err := urls.Call("createObjectURL", blob)
	if err != nil {
		return err
	}
	link, err := a.page.document.Call("createElement", "a")
	if err != nil {
		return err
	}
	if err := link.Set("href", url); err != nil {
		return err
	}
	if err := link.Set("download", name); err != nil {
		return err
	}
	if _, err := link.Call("click"); err != nil {
		return err
	}
	// The URL must outlive the click's navigation; revoking it at once can
	// cancel the download, so it is revoked a minute later.
	var revoke safejs.Func
	revoke, err = safejs.FuncOf(func(safejs.Value, []safejs.Value) any {
		revoke.Release()
		if _, err := urls.Call("revokeObjectURL", url); err != nil {
			a.page.fail(fmt.Errorf("freeing the memory of the exported %s: %w", name, err))
		}
		return nil
	})
	if err != nil {
		return err
	}
	_, err = a.page.window.Call("setTimeout", revoke, 60_000)
	return err
}

//go:build js && wasm

package main

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/hack-pad/safejs"

	"spantag/annotations"
	"spantag/render"
	"spantag/save"
	"spantag/team/message"
)

// The team panel: several annotators' files opened together, their
// agreement figures (computed by the worker, job "agree", as HTML that
// package agree decides) and the review dataset made of them (job
// "review"). The files stay in memory while the panel has them.

// teamWork is what the team panel holds.
type teamWork struct {
	files  []message.File
	names  map[string]string  // annotators renamed, by file
	reply  message.AgreeReply // the figures shown
	review *save.Dataset      // the review dataset of these files, once made
}

// openTeam shows the team panel, and asks for the annotators' files when
// it has none yet (in the click's own turn, as a file chooser needs).
func (a *app) openTeam() error {
	if err := a.page.team.Set("hidden", false); err != nil {
		return err
	}
	if len(a.team.files) == 0 {
		if _, err := a.page.teamFiles.Call("click"); err != nil {
			return err
		}
	}
	_, err := a.page.team.Call("scrollIntoView", map[string]any{"block": "start"})
	if err == nil {
		_, err = a.page.teamHeading.Call("focus")
	}
	return err
}

func (a *app) closeTeam() error {
	if err := a.page.team.Set("hidden", true); err != nil {
		return err
	}
	opener, err := byID("agreement") // where the panel was opened from
	if err == nil {
		_, err = opener.Call("focus")
	}
	return err
}

// onTeamFiles reads the chosen files and shows their agreement.
func (a *app) onTeamFiles(safejs.Value) error {
	files, err := a.page.teamFiles.Get("files")
	if err != nil {
		return err
	}
	n, err := getInt(files, "length")
	if err != nil {
		return err
	}
	blobs := make([]safejs.Value, n)
	for i := range blobs {
		if blobs[i], err = files.Index(i); err != nil {
			return err
		}
	}
	go a.guarded("reading the annotators' files", func() {
		if err := a.readTeamFiles(blobs); err != nil {
			a.page.fail(err)
		}
		if err := a.page.teamFiles.Set("value", ""); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

func (a *app) readTeamFiles(blobs []safejs.Value) error {
	var files []message.File
	for _, f := range blobs {
		name, size, err := fileInfo(f)
		if err != nil {
			return err
		}
		data, err := readAll(&blobReader{blob: f, size: size})
		if err != nil {
			return errors.New(name + ": " + err.Error())
		}
		files = append(files, message.File{Name: name, Data: data})
	}
	a.team = teamWork{files: files, names: map[string]string{}}
	return a.showAgreement()
}

// request is what the panel asks the worker about its files.
func (a *app) teamRequest() (message.Request, error) {
	keep, err := getBool(a.page.teamKeep, "checked")
	if err != nil {
		return message.Request{}, err
	}
	accept, err := getBool(a.page.teamAccept, "checked")
	return message.Request{Files: a.team.files, Names: a.team.names, KeepRejected: keep, AcceptAgreed: accept}, err
}

// callTeam asks the worker for job kind on the panel's files and returns
// its reply, a message frame. Call it on a goroutine.
func (a *app) callTeam(kind string) ([]byte, error) {
	if len(a.team.files) == 0 {
		return nil, errors.New("Open the annotators' files first (Open annotators' files… in the Agreement panel).")
	}
	req, err := a.teamRequest()
	if err != nil {
		return nil, err
	}
	raw, err := req.Encode()
	if err != nil {
		return nil, err
	}
	a.page.say("Comparing %d annotators' files…", len(req.Files))
	return callWorker(kind, raw)
}

// showAgreement computes the figures of the panel's files and shows them.
// Call it on a goroutine.
func (a *app) showAgreement() error {
	raw, err := a.callTeam("agree")
	if err != nil {
		return err
	}
	reply, err := message.DecodeAgreeReply(raw)
	if err != nil {
		return err
	}
	a.team.reply = reply
	if err := a.page.teamFigures.Set("innerHTML", reply.HTML); err != nil {
		return err
	}
	if err := a.showTeamNames(reply.Unnamed); err != nil {
		return err
	}
	return a.sayOpened("Agreement of", reply.Opened)
}

// sayOpened says which files the panel compares and what was wrong in them.
func (a *app) sayOpened(what string, o message.Opened) error {
	names := make([]string, len(a.team.files))
	for i, f := range a.team.files {
		names[i] = f.Name
	}
	text := what + " " + strings.Join(names, ", ") + "."
	if len(o.Messages) > 0 {
		text += "\n" + strings.Join(o.Messages, "\n")
	}
	a.page.say("%s", text)
	return a.page.teamMessages.Set("textContent", text)
}

// showTeamNames offers a name field for each file without annotator ids.
func (a *app) showTeamNames(files []string) error {
	box := a.page.teamNames
	if err := box.Set("textContent", ""); err != nil {
		return err
	}
	legend, err := a.element("legend", "Annotators named after their files (edit to rename)")
	if err == nil {
		_, err = box.Call("append", legend)
	}
	for _, f := range files {
		if err != nil {
			return err
		}
		err = a.nameField(f)
	}
	if err != nil {
		return err
	}
	return box.Set("hidden", len(files) == 0)
}

func (a *app) nameField(file string) error {
	label, err := a.element("label", "Annotator of "+file+" ")
	if err != nil {
		return err
	}
	input, err := a.element("input", "")
	if err != nil {
		return err
	}
	name := file
	if n := a.team.names[file]; n != "" {
		name = n
	}
	err = firstErr(input.Set("value", name), input.Set("maxLength", 200))
	if err == nil {
		_, err = input.Call("setAttribute", "data-file", file)
	}
	if err == nil {
		_, err = label.Call("append", input)
	}
	if err == nil {
		_, err = a.page.teamNames.Call("append", label)
	}
	return err
}

// element makes an element of tag holding text (as text, never HTML).
func (a *app) element(tag, text string) (safejs.Value, error) {
	el, err := a.page.document.Call("createElement", tag)
	if err == nil && text != "" {
		err = el.Set("textContent", text)
	}
	return el, err
}

// onTeamName renames the annotator of a file and recomputes the figures.
func (a *app) onTeamName(ev safejs.Value) error {
	file, el, err := closestAttr(ev, "input", "data-file")
	if err != nil || el.IsNull() {
		return err
	}
	name, err := getString(el, "value")
	if err != nil {
		return err
	}
	a.team.names[file] = strings.TrimSpace(name)
	return a.recompute()
}

// closestAttr reads attribute attr of the event target's closest element
// tag (e.g. "button", or "*") that has it; el is null when there is none.
func closestAttr(ev safejs.Value, tag, attr string) (value string, el safejs.Value, err error) {
	target, err := ev.Get("target")
	if err == nil {
		el, err = target.Call("closest", tag+"["+attr+"]")
	}
	if err != nil || el.IsNull() {
		return "", el, err
	}
	v, err := el.Call("getAttribute", attr)
	if err != nil {
		return "", el, err
	}
	value, err = v.String()
	return value, el, err
}

// closestInt is closestAttr of a number; ok is false when there is none.
func closestInt(ev safejs.Value, tag, attr string) (n int, ok bool, err error) {
	s, el, err := closestAttr(ev, tag, attr)
	if err != nil || el.IsNull() {
		return 0, false, err
	}
	n, err = strconv.Atoi(s)
	return n, err == nil, err
}

// teamChanged recomputes the figures once an option or a name changed: a
// review made before no longer matches them.
func (a *app) teamChanged(safejs.Value) error { return a.recompute() }

func (a *app) recompute() error {
	if len(a.team.files) == 0 {
		return nil
	}
	a.team.review = nil
	go a.guarded("comparing the annotators' files", func() {
		if err := a.showAgreement(); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

// downloadText downloads text as a file called name.
func (a *app) downloadText(name, mime, text string) error {
	if text == "" {
		a.page.say("Open the annotators' files first: there are no figures to download.")
		return nil
	}
	parts, err := newBlobParts()
	if err != nil {
		return err
	}
	parts.Write([]byte(text))
	return a.download(name, mime, parts)
}

// onFiguresClick opens for review the document whose button was clicked.
func (a *app) onFiguresClick(ev safejs.Value) error {
	item, ok, err := closestInt(ev, "button", "data-item")
	if err != nil || !ok {
		return err
	}
	go a.guarded("opening the review", func() {
		if err := a.review(item); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

// startReview opens the review of the panel's files at its first document.
func (a *app) startReview() error {
	go a.guarded("opening the review", func() {
		if err := a.review(0); err != nil {
			a.page.fail(err)
		}
	})
	return nil
}

// review shows the review dataset of the panel's files at document item,
// making it first if it is not open. Call it on a goroutine.
func (a *app) review(item int) error {
	key := message.Request{Files: a.team.files}.FilesKey()
	ds := a.team.review
	if ds == nil || !slices.Contains(a.store.Datasets, ds) {
		ds = a.reviewOf(key)
		if ds != nil { // made of the same files before, in this tab or an earlier one
			a.team.review = ds
			defer a.page.say("Continuing the review of these files, “%s” (%d of %d answered); delete it to start anew.",
				ds.Queue.Name, ds.Queue.Answered(), ds.Queue.Len())
		}
	}
	if ds == nil {
		if err := a.makeReview(key); err != nil {
			return err
		}
	} else if err := a.switchTo(ds); err != nil {
		return err
	}
	if err := a.closeTeam(); err != nil {
		return err
	}
	if err := a.move(item - a.queue().Pos); err != nil {
		return err
	}
	_, err := a.page.doc.Call("focus") // where the review's keys and Tab go on from, not the hidden panel
	return err
}

// reviewOf is the review dataset made of the files named key, or nil.
func (a *app) reviewOf(key string) *save.Dataset {
	for _, ds := range a.store.Datasets {
		if ds.Queue.Assist.Review == key {
			return ds
		}
	}
	return nil
}

// makeReview asks the worker for the review dataset of the files named key
// and opens it.
func (a *app) makeReview(key string) error {
	raw, err := a.callTeam("review")
	if err != nil {
		return err
	}
	reply, err := message.DecodeReviewReply(raw)
	if err != nil {
		return err
	}
	var docs []*annotations.Document
	j := a.startJob(render.Job{Doing: "Opening the review", Items: "documents"}, reply.Documents(), false)
	defer j.end()
	disagreements := reply.Suggestions // a line a document, read with it
	_, err = annotations.OpenPlain("review.jsonl", strings.NewReader(reply.JSONL), a.labels, func(d *annotations.Document) error {
		if err := j.step(len(docs)); err != nil { // yields to the page every few milliseconds
			return err
		}
		var err error
		if d.Suggestions, disagreements, err = message.NextSuggestions(disagreements); err != nil {
			return err
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return errors.New("the annotators' files have no document to review")
	}
	ds, err := a.addDataset("Review", docs, annotations.ReviewAssist(key))
	if err != nil {
		return err
	}
	a.team.review = ds
	return a.sayOpened("Review of", reply.Opened)
}

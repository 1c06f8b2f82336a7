package save

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestModelComesBack(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	ds := p.add("queue", "One.", "Two.")
	model := annotations.ModelReply{Learnt: []int{1, 0}, Model: []byte{0, 's', 0xff}, Base: []byte("base"),
		Scores: annotations.ModelScores{Labels: []string{"ENTITY"}, Docs: [][]annotations.ModelCounts{{{TP: 1, FP: 2, FN: 3}}, {{FN: 1}}}}}
	p.s.SetModel(ds, annotations.ModelReply{Learnt: []int{1}}) // replaced by the next
	p.s.SetModel(ds, model)
	m.settle(t)
	r := p.reload()
	got, ok := r.s.Model(r.s.Datasets[1])
	if !ok {
		t.Fatal("no model after a reload")
	}
	if diff := cmp.Diff(model, got); diff != "" {
		t.Errorf("model after a reload (-want +got):\n%s", diff)
	}
	if _, ok := r.s.Model(r.s.Datasets[0]); ok {
		t.Error("a dataset that learnt nothing has a model after a reload")
	}
}

func TestModelOfRemovedDatasetGoes(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	gone := p.add("gone", "Text.")
	p.s.SetModel(gone, annotations.ModelReply{Learnt: []int{0}, Model: []byte{1}})
	if err := p.s.Switch(0); err != nil {
		t.Fatal(err)
	}
	p.s.Remove(gone)
	m.settle(t)
	if _, ok := p.s.Model(gone); ok {
		t.Error("a removed dataset keeps its model")
	}
	r := p.reload()
	if len(r.s.models) != 0 {
		t.Errorf("models after removing their dataset and a reload: %v", r.s.models)
	}
}

func TestTornModelIsForgotten(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	m.settle(t)
	m.meta["model 1"] = `{"learnt":[` // torn
	m.meta["model x"] = `{}`          // not a dataset's
	r := p.reload()
	if len(r.s.models) != 0 || len(r.reports) != 0 {
		t.Errorf("a torn model record gave %v, reported %v; want it forgotten quietly (a model is learnt again)", r.s.models, r.reports)
	}
}

// TestModelFilesApart: the model's files are kept in records of their own,
// in base64, and a record of the files inside the JSON (as stored before)
// still reads.
func TestModelFilesApart(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	ds := p.add("queue", "One.")
	p.s.SetModel(ds, annotations.ModelReply{Learnt: []int{0}, Model: []byte("file")})
	m.settle(t)
	key := "model " + strconv.Itoa(ds.ID)
	want := map[string]string{key: `{"learnt":[0],"scores":{"labels":null,"docs":null}}`, key + " file": "ZmlsZQ==", key + " base": ""}
	for key, v := range want {
		if m.meta[key] != v {
			t.Errorf("record %q is %q, want %q", key, m.meta[key], v)
		}
	}
	m.meta[key], m.meta[key+" file"] = `{"learnt":[0],"model":"b2xk"}`, ""
	r := p.reload()
	if got, _ := r.s.Model(r.s.Datasets[len(r.s.Datasets)-1]); string(got.Model) != "old" {
		t.Errorf("a record of the older shape read back as %+v", got)
	}
}

// TestLearningCountsAsUnsaved: while the model learns from an answer (in
// the worker), what it learns is on its way to the store: the page says
// Saving and asks before closing, and says Saved once it is stored.
func TestLearningCountsAsUnsaved(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	ds := p.add("queue", "One.", "Two.")
	m.settle(t)
	p.s.Learning(ds)
	if p.state() != Saving || !p.s.Unsaved() {
		t.Errorf("while the model learns the page says %v (unsaved %v)", p.state(), p.s.Unsaved())
	}
	p.s.SetModel(ds, annotations.ModelReply{Learnt: []int{0}, Model: []byte{1}})
	p.s.Learnt()
	if p.state() != Saving || !p.s.Unsaved() {
		t.Errorf("while what the model learnt is written the page says %v (unsaved %v)", p.state(), p.s.Unsaved())
	}
	m.settle(t)
	if p.state() != Saved || p.s.Unsaved() {
		t.Errorf("with the model stored the page says %v (unsaved %v)", p.state(), p.s.Unsaved())
	}
	p.s.Learning(ds)
	p.s.Learnt() // the worker failed: nothing to store
	if p.state() != Saved || p.s.Unsaved() {
		t.Errorf("after a learning that stored nothing the page says %v (unsaved %v)", p.state(), p.s.Unsaved())
	}
}

// TestLearningKeepsAFailureShown: a learning that starts while a write has
// failed leaves the failure on screen, not "Saving…" in its place.
func TestLearningKeepsAFailureShown(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	m.fault = errAborted
	p.label("Mayor", "ENTITY")
	m.settle(t)
	p.check(Failed, "aborted")
	p.s.Learning(p.s.Datasets[0])
	p.check(Failed, "aborted")
	p.s.Learnt()
	m.fault = nil
	m.tick()
	m.settle(t)
	p.check(Saved, "All changes saved")
}

// TestModelStaleAfterLearningCutShort: a reload while the model learns
// finds the model stored marked stale, for the page to train it again; one
// whose learning was stored is not, and neither is another dataset's.
func TestModelStaleAfterLearningCutShort(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	ds := p.add("queue", "One.", "Two.")
	p.s.SetModel(ds, annotations.ModelReply{Learnt: []int{0}, Model: []byte{1}})
	p.s.Learning(ds) // an edit of document 0: training again, when the tab goes
	m.settle(t)
	r := p.reload()
	if !r.s.ModelStale(r.s.Datasets[1]) || r.s.ModelStale(r.s.Datasets[0]) {
		t.Errorf("after a reload cut the learning short: stale %v, the other dataset %v; want true, false",
			r.s.ModelStale(r.s.Datasets[1]), r.s.ModelStale(r.s.Datasets[0]))
	}
	r.s.Learning(r.s.Datasets[1])
	r.s.SetModel(r.s.Datasets[1], annotations.ModelReply{Learnt: []int{0}, Model: []byte{2}})
	r.s.Learnt()
	if r.s.ModelStale(r.s.Datasets[1]) {
		t.Error("stale once what the model learnt is stored")
	}
	m.settle(t)
	if r2 := r.reload(); r2.s.ModelStale(r2.s.Datasets[1]) {
		t.Error("stale after a reload, though what the model learnt was stored")
	}
}

package save

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

func TestViewComesBack(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	first := p.s.Dataset()
	second := p.add("queue", "One.", "Two.", "Three.")
	choice := ExportChoice{
		Format:   "conll",
		Labels:   []string{"ENTITY"},
		Answers:  []string{"accept"},
		Settings: annotations.ExportSettings{ByDocument: true, Window: "64", Dev: "10"},
	}
	p.s.SetPlace(first, Place{Doc: 0, Line: 12})
	p.s.SetPlace(second, Place{Doc: 2, Line: 3})
	p.s.SetExport(choice)
	m.settle(t)

	want := View{
		Places: map[int]Place{first.ID: {Doc: 0, Line: 12}, second.ID: {Doc: 2, Line: 3}},
		Export: &choice,
	}
	got := p.reload().s.View()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("view after a reload (-want +got):\n%s", diff)
	}
}

func TestViewOfRemovedDatasetGoes(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	gone := p.add("gone", "Text.")
	p.s.SetPlace(gone, Place{Line: 4})
	if err := p.s.Switch(0); err != nil {
		t.Fatal(err)
	}
	p.s.Remove(gone)
	m.settle(t)
	if got := p.reload().s.View().Places; len(got) != 0 {
		t.Errorf("places after removing their dataset = %v, want none", got)
	}
}

func TestUnreadableViewIsForgotten(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	m.settle(t)
	m.meta["view"] = `{"places":` // torn
	r := p.reload()
	if diff := cmp.Diff(View{}, r.s.View()); diff != "" {
		t.Errorf("view read from a torn record (-want +got):\n%s", diff)
	}
	if len(r.reports) != 0 {
		t.Errorf("a torn view is not work, yet it was reported: %v", r.reports)
	}
}

func TestSnapshotKeepsView(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	p.s.SetPlace(p.s.Dataset(), Place{Line: 7})
	m.settle(t)
	delete(m.meta, "view") // as if that write had failed
	p.s.Snapshot()
	m.settle(t)
	if got := p.reload().s.View().Places[p.s.Dataset().ID]; got != (Place{Line: 7}) {
		t.Errorf("place after a snapshot = %v, want line 7", got)
	}
}

func TestViewIsNotWork(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	shown := len(p.shown)
	p.s.SetPlace(p.s.Dataset(), Place{Line: 3})
	if p.s.Unsaved() {
		t.Error("a place being written counts as unsaved work")
	}
	m.settle(t)
	if len(p.shown) != shown {
		t.Errorf("writing a place showed the save state: %v", p.shown[shown:])
	}
}

package save

import (
	"errors"
	"slices"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestReadBackErrors damages the records of a stored dataset: what cannot
// be read is refused or reported, naming it, and the rest is restored.
func TestReadBackErrors(t *testing.T) {
	tests := []struct {
		name    string
		damage  func(m *memStore)
		refused string // Restore's error
		report  string // reported while restoring or loading
	}{
		{"bad meta", func(m *memStore) { m.meta["upTo"] = "x" }, `its record "upTo"`, ""},
		{"bad dataset record", func(m *memStore) { m.datasets[2] = "{" }, "the record of dataset 2", ""},
		{"impossible dataset", func(m *memStore) { m.datasets[2] = `{"name":"q","pos":9,"answers":"--"}` }, "",
			`the saved dataset "q" could not be read back: position 9`},
		{"missing source", func(m *memStore) { delete(m.sources, DocKey{2, 0}) }, "document 1 of q: the store has no such document", ""},
		{"bad state", func(m *memStore) { m.states[DocKey{2, 0}] = "[" }, "document 1 of q: its saved state", ""},
		{"bad span", func(m *memStore) { m.states[DocKey{2, 0}] = `{"spans":[{"start":0,"end":99,"label":"X"}]}` }, "document 1 of q", ""},
		{"bad source info", func(m *memStore) { m.sources[DocKey{2, 0}] = SourceHead{Text: "One.", Info: "{"} }, "document 1 of q", ""},
		{"a change to no document", func(m *memStore) {
			m.journal[1] = `{"seq":1,"ds":2,"doc":7,"op":"do","edit":{}}`
		}, "", "a saved change could not be restored: change 1 is to document 7"},
		{"a change that does not apply", func(m *memStore) {
			m.journal[1] = `{"seq":1,"ds":2,"doc":0,"op":"undo","edit":{}}`
		}, "", "a saved change could not be restored: change 1: undo with nothing done"},
		{"a change to a deleted dataset", func(m *memStore) {
			m.journal[1] = `{"seq":1,"ds":9,"doc":0,"op":"do","edit":{}}`
		}, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := newMemStore()
			p := openPage(t, m)
			p.add("q", "One.", "Two.")
			m.settle(t)
			m.meta["upTo"] = "0"
			tt.damage(m)
			m.crash()
			again := newPage(t, m)
			_, err := again.restore()
			if err == nil && tt.refused != "" {
				again.s.Switch(1)
				err = again.load(again.s.Dataset(), 0)
			}
			if tt.refused == "" && err != nil || tt.refused != "" && (err == nil || !strings.Contains(err.Error(), tt.refused)) {
				t.Errorf("restoring gave %v, want an error saying %q", err, tt.refused)
			}
			if err == nil && tt.report != "" {
				again.s.Switch(len(again.s.Datasets) - 1)
				again.load(again.s.Dataset(), 0)
			}
			if got := strings.Join(again.reports, "\n"); !strings.Contains(got, tt.report) || tt.report == "" && got != "" {
				t.Errorf("reported %q, want %q", got, tt.report)
			}
		})
	}
}

// load loads document doc of ds and waits for it.
func (p *page) load(ds *Dataset, doc int) error {
	var err error
	p.s.Load(ds, doc, doc+1, func(e error) { err = e })
	p.m.settle(p.t)
	return err
}

// TestReadFailures: a read that fails is said, by the load that asked for
// it or by the snapshot that needed it.
func TestReadFailures(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	ds := p.add("q", "One.", "Two.", "Three.", "Four.")
	m.settle(t)
	ds.Queue.Move(3)
	p.answer(annotations.Accept)
	m.settle(t)
	again := p.reload()
	m.readFault = errors.New("the disk is gone")
	q := again.s.byID(ds.ID)
	if err := again.load(q, 1); err == nil || !strings.Contains(err.Error(), "reading documents 2 to 2 of q: the disk is gone") {
		t.Errorf("a failed read gave %v", err)
	}
	again.s.Snapshot() // it needs document 4, whose change is in the journal
	m.settle(t)
	again.check(Failed, "the disk is gone")
	m.readFault = nil
	m.tick()
	m.settle(t)
	if again.state() != Saved || len(m.journal) != 0 {
		t.Errorf("the retry gave %v, journal %v", again.state(), m.journal)
	}
	if got := again.reload().s.byID(ds.ID).Queue.Answers(); !slices.Equal(got, []annotations.Answer{"", "", "", "accept"}) {
		t.Errorf("answers %q", got)
	}
}

// TestReadOnlyTab: a tab that follows another never writes, and says so;
// it writes once it takes over.
func TestReadOnlyTab(t *testing.T) {
	m := newMemStore()
	openPage(t, m).label("Mayor", "ENTITY")
	m.settle(t)
	writes := m.writes
	p := newPage(t, m)
	p.s.SetReadOnly(true)
	if found, err := p.restore(); !found || err != nil {
		t.Fatalf("restore: %v, %v", found, err)
	}
	p.s.ShowState()
	p.check(ReadOnly, "open in another tab")
	if !p.s.ReadOnly() || !errors.Is(p.s.Writable(), ErrReadOnly) {
		t.Error("a read-only tab is writable")
	}
	if _, err := p.s.Add("x", nil); !errors.Is(err, ErrReadOnly) {
		t.Errorf("adding a dataset gave %v", err)
	}
	p.s.Snapshot()
	p.s.InfoChanged(p.s.Dataset())
	p.s.Switch(0)
	p.s.Remove(p.s.Dataset())
	flushed := false
	p.s.Flush(func() { flushed = true })
	m.settle(t)
	if m.writes != writes || !flushed {
		t.Errorf("a read-only tab wrote %d times", m.writes-writes)
	}
	told := 0
	p.s.OnSaved(func() { told++ })
	p.s.SetReadOnly(false)
	if _, err := p.restore(); err != nil {
		t.Fatal(err)
	}
	p.s.ShowState()
	p.label("José", "ENTITY")
	m.settle(t)
	if p.state() != Saved || told != 2 {
		t.Errorf("after taking over: %v, other tabs told %d times", p.state(), told)
	}
}

// TestNoStorage: where the browser stores nothing, the page says so and
// keeps every document in memory.
func TestNoStorage(t *testing.T) {
	var shown []State
	s := Open(nil, errors.New("this browser offers no IndexedDB"), Options{Show: func(st State, _ string) { shown = append(shown, st) }})
	ds, err := s.Add("x", []*annotations.Document{{Text: "One."}, {Text: "Two."}})
	if err != nil {
		t.Fatal(err)
	}
	s.Switch(0)
	s.Snapshot()
	s.InfoChanged(ds)
	if n := s.Record(ds, annotations.OpDo, annotations.Edit{}); n != 0 {
		t.Errorf("recorded %d bytes with no storage", n)
	}
	s.Release(ds, 1)
	s.Remove(ds)
	if !slices.Equal(shown, []State{Memory}) || s.HasStorage() || s.Unsaved() || ds.Queue.Doc(1) == nil {
		t.Errorf("shown %v, storage %v, unsaved %v", shown, s.HasStorage(), s.Unsaved())
	}
	var loadErr, restoreErr error
	ds.Queue.Unload(1)
	s.Load(ds, 0, 2, func(err error) { loadErr = err })
	s.Restore(func(_ bool, err error) { restoreErr = err })
	if loadErr == nil || restoreErr == nil {
		t.Errorf("with no storage Load gave %v and Restore %v", loadErr, restoreErr)
	}
}

func TestStateWords(t *testing.T) {
	var got []string
	for st := Saved; st <= ReadOnly; st++ {
		got = append(got, st.String()+": "+st.Label()+map[bool]string{true: " (alarming)"}[st.Alarming()])
	}
	want := []string{"saved: Saved in this browser", "saving: Saving…", "failed: Not saved: see the message (alarming)",
		"memory: Not saved: no storage (alarming)", "readonly: Read-only: open in another tab"}
	if diff := gocmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestBatchStores(t *testing.T) {
	for _, tt := range []struct {
		b    Batch
		want []string
	}{
		{Batch{}, nil},
		{Batch{Remove: []int{1}}, []string{"datasets", "sources", "states"}},
		{Batch{Journal: map[int]string{1: ""}}, []string{"journal"}},
		{Batch{TrimTo: 3, Meta: map[string]string{"upTo": "3"}, States: map[DocKey]string{{1, 1}: ""}}, []string{"states", "journal", "meta"}},
	} {
		if diff := gocmp.Diff(tt.want, tt.b.Stores()); diff != "" {
			t.Errorf("%+v (-want +got):\n%s", tt.b, diff)
		}
	}
}

// TestUnsaved: the page asks before closing while some of the work is not
// stored: a new dataset before its snapshot, a failed write until a retry
// succeeds, a write under way.
func TestUnsaved(t *testing.T) {
	p := openPage(t, newMemStore())
	steps := []struct {
		what string
		do   func()
		want bool
	}{
		{"stored", func() {}, false},
		{"a dataset added", func() { p.add("q", "One.", "Two.") }, true},
		{"its snapshot stored", func() { p.m.settle(t) }, false},
		{"a change under way", func() { p.label("One", "ENTITY") }, true},
		{"a rename under way", func() { p.m.settle(t); p.rename("r") }, true},
		{"a failed write", func() { p.m.fault = errQuota; p.m.settle(t) }, true},
		{"a retry that fails", func() { p.m.tick(); p.m.settle(t) }, true},
		{"a retry that succeeds", func() { p.m.fault = nil; p.m.tick(); p.m.settle(t) }, false},
	}
	for _, step := range steps {
		step.do()
		if got := p.s.Unsaved(); got != step.want {
			t.Errorf("%s: Unsaved is %v, want %v", step.what, got, step.want)
		}
	}
}

package save

import (
	"fmt"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestEventSequences plays what an annotator and the browser do, in order,
// and checks what the header says at the end and that a reload then brings
// back exactly what the page held.
func TestEventSequences(t *testing.T) {
	tests := []struct {
		name   string
		events func(p *page)
		want   State
	}{
		{"a change is stored", func(p *page) {
			p.label("Mayor", "ENTITY")
		}, Saved},
		{"a failed write, then a retry that succeeds", func(p *page) {
			p.m.fault = errAborted
			p.label("Mayor", "ENTITY")
			p.m.settle(p.t)
			p.check(Failed, "Not saved: the transaction was aborted")
			p.m.fault = nil
			p.m.tick()
		}, Saved},
		{"a retry that fails too keeps trying", func(p *page) {
			p.m.fault = errAborted
			p.label("Mayor", "ENTITY")
			p.m.settle(p.t)
			p.m.tick()
			p.m.settle(p.t)
			p.check(Failed, "aborted")
			p.m.fault = nil
			p.m.tick()
		}, Saved},
		{"quota full for 50 changes, then space again", func(p *page) {
			p.add("words.txt", words(60))
			p.m.settle(p.t)
			p.m.quota = p.m.size() + 10
			for i := range 50 {
				p.label(fmt.Sprintf("w%d", i), "ENTITY")
				p.m.settle(p.t)
				p.check(Failed, "full")
			}
			p.m.quota = 0
			p.m.tick()
		}, Saved},
		{"a change while a snapshot is written", func(p *page) {
			p.s.Snapshot()
			p.label("Mayor", "ENTITY")
		}, Saved},
		{"a rename during a new dataset's first snapshot", func(p *page) {
			p.add("batch.jsonl", "First one.", "Second one.")
			p.m.step() // the snapshot starts: its batch is taken
			p.rename("Harbour batch 1")
			p.m.settle(p.t)
			if got := p.m.datasets[p.s.Dataset().ID]; !strings.Contains(got, "Harbour batch 1") {
				p.t.Errorf("the stored record is %s, want the new name", got)
			}
		}, Saved},
		{"a move during a new dataset's first snapshot", func(p *page) {
			p.add("batch.jsonl", "First one.", "Second one.", "Third one.")
			p.m.step()
			p.next()
			p.answer(annotations.Accept)
		}, Saved},
		{"answers and undo in a long queue", func(p *page) {
			p.add("queue.jsonl", "One.", "Two.", "Three.", "Four.", "Five.")
			p.m.settle(p.t)
			for range 4 {
				p.answer(annotations.Reject)
				p.next()
			}
			p.m.settle(p.t)
			p.label("Five", "ENTITY")
			p.undo(annotations.OpUndo)
			p.undo(annotations.OpRedo)
			p.undo(annotations.OpUndo)
		}, Saved},
		{"switching and deleting datasets", func(p *page) {
			p.add("a.txt", "Alpha text.")
			p.add("b.txt", "Beta text.")
			p.m.settle(p.t)
			p.label("Beta", "ENTITY")
			if err := p.s.Switch(1); err != nil {
				p.t.Fatal(err)
			}
			p.s.Remove(p.s.Datasets[2])
			if err := p.s.Switch(3); err == nil {
				p.t.Error("switching to a dataset that does not exist worked")
			}
		}, Saved},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := openPage(t, newMemStore())
			p.m.settle(t)
			p.label("José", "ENTITY")
			tt.events(p)
			p.m.settle(t)
			if p.state() != tt.want {
				t.Fatalf("the page says %v (%s), want %v", p.state(), p.message, tt.want)
			}
			if p.s.Unsaved() {
				t.Errorf("Unsaved after %v", p.state())
			}
			before := p.export()
			again := p.reload()
			if diff := gocmp.Diff(before, again.export()); diff != "" {
				t.Errorf("after a reload the work differs (-before +after):\n%s", diff)
			}
			if len(again.reports) > 0 {
				t.Errorf("the reload reported %q", again.reports)
			}
		})
	}
}

// check fails the test unless the header says want and its message
// contains say.
func (p *page) check(want State, say string) {
	p.t.Helper()
	if p.state() != want || !strings.Contains(p.message, say) {
		p.t.Fatalf("the page says %v: %q; want %v saying %q", p.state(), p.message, want, say)
	}
}

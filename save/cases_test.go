package save

import (
	"errors"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	gocmp "github.com/google/go-cmp/cmp"

	"spantag/annotations"
)

// TestThousandChanges makes 1,000 changes, some in bursts written while a
// snapshot is (8640e4d: the snapshot goes on until the journal is short
// again), and checks that the store stays small and a reload gives back
// exactly the work.
func TestThousandChanges(t *testing.T) {
	p := openWords(t, 100, 100)
	changes := 100
	for changes < 1000 {
		for range 125 { // a burst: nothing commits meanwhile
			p.undo(annotations.OpUndo)
			p.undo(annotations.OpRedo)
			changes += 2
		}
		p.m.settle(t)
		if n := len(p.m.journal); n >= SnapshotEvery {
			t.Fatalf("after %d changes the journal holds %d records, want fewer than %d", changes, n, SnapshotEvery)
		}
	}
	if p.state() != Saved {
		t.Fatalf("the page says %v: %s", p.state(), p.message)
	}
	size := 0
	for _, v := range p.m.states {
		size += len(v)
	}
	for _, v := range p.m.journal {
		size += len(v)
	}
	if size > 64<<10 {
		t.Errorf("after 1,000 changes the states and journal hold %d bytes, want under 64 KiB", size)
	}
	before := p.export()
	if got := strings.Count(before["words.txt"], `"label":"ENTITY"`); got != 100 {
		t.Fatalf("the export holds %d spans, want 100", got)
	}
	if diff := gocmp.Diff(before, p.reload().export()); diff != "" {
		t.Errorf("after a reload the work differs (-before +after):\n%s", diff)
	}
}

// TestCrashBetweenWrites closes the tab after the 100th change's journal
// record committed and before the snapshot it started did.
func TestCrashBetweenWrites(t *testing.T) {
	p := openWords(t, 100, 99)
	writes := p.m.writes
	p.label("w99", "ENTITY")
	for p.m.writes == writes {
		p.m.step() // until the journal record commits
	}
	if n := len(p.m.journal); n != SnapshotEvery {
		t.Fatalf("the journal holds %d records before the snapshot, want %d", n, SnapshotEvery)
	}
	before := p.export()
	again := p.reload()
	if diff := gocmp.Diff(before, again.export()); diff != "" {
		t.Errorf("after the crash the work differs (-before +after):\n%s", diff)
	}
}

// TestJournalDamage reads back a journal whose last record is torn, or
// that lacks a record: the changes before are restored, the page says
// which are not, and new changes never reuse a Seq.
func TestJournalDamage(t *testing.T) {
	for _, tt := range []struct {
		name   string
		damage func(journal map[int]string, last int)
	}{
		{"a torn last record", func(j map[int]string, last int) { j[last] = j[last][:20] }},
		{"a gap", func(j map[int]string, last int) { delete(j, last-1) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := openWords(t, 10, 3)
			want := p.export()
			p.label("w3", "ENTITY")
			p.m.settle(t)
			seqs := slices.Sorted(func(yield func(int) bool) {
				for k := range p.m.journal {
					if !yield(k) {
						return
					}
				}
			})
			last := seqs[len(seqs)-1]
			tt.damage(p.m.journal, last)
			again := p.reload()
			if len(again.reports) != 1 || !strings.Contains(again.reports[0], fmt.Sprintf("after change %d could not be read back", last-2)) &&
				!strings.Contains(again.reports[0], fmt.Sprintf("after change %d could not be read back", last-1)) {
				t.Errorf("the page reported %q", again.reports)
			}
			got := again.export()
			if tt.name == "a torn last record" {
				if diff := gocmp.Diff(want, got); diff != "" {
					t.Errorf("the work before the torn record differs (-want +got):\n%s", diff)
				}
			}
			again.label("w9", "ENTITY")
			again.m.settle(t)
			if c := again.m.journal[last+1]; !strings.Contains(c, `"seq":`+fmt.Sprint(last+1)) {
				t.Errorf("the next change is not stored as %d: journal %v", last+1, again.m.journal)
			}
			final := again.export()
			if diff := gocmp.Diff(final, again.reload().export()); diff != "" {
				t.Errorf("the work after the damage is not kept (-before +after):\n%s", diff)
			}
		})
	}
}

// TestReloadWhileReading closes the tab in the middle of reading a large
// file: what was stored comes back, and the dataset says that it holds
// only the file's beginning; opening the same file again continues it,
// never duplicating a document, while another file of that name does not.
func TestReloadWhileReading(t *testing.T) {
	file := jsonl(300)
	p := openPage(t, newMemStore())
	ds := p.read("large.jsonl", file, nil, 250)
	if n := memoryDocs(ds); n > 110 {
		t.Errorf("%d documents in memory while reading, want the stored ones out", n)
	}
	again := p.reload()
	got := again.s.byID(ds.ID)
	if got == nil || got.Queue.Len() != 200 {
		t.Fatalf("after the reload the dataset is %v, want the 200 documents stored", got)
	}
	want := "large.jsonl was not read to its end (the tab closed while it was read): only its first 200 document(s) are here. " +
		"Open the same file again to continue reading it."
	if got.Warning() != want || !slices.Contains(again.reports, want) {
		t.Errorf("the dataset warns %q, the page reported %q; want %q", got.Warning(), again.reports, want)
	}
	follower := newPage(t, again.m)
	follower.s.SetReadOnly(true)
	if _, err := follower.restore(); err != nil || len(follower.reports) > 0 {
		t.Errorf("a read-only tab, which the reading tab may be ahead of, reported %q (%v)", follower.reports, err)
	}
	if lines := strings.Count(again.exportOf(got), "\n"); lines != 200 {
		t.Errorf("the export has %d lines, want 200", lines)
	}

	other := strings.Replace(file, "Document 7.", "Document 8.", 1)
	for _, tt := range []struct {
		name, file string
		same       bool
	}{
		{"large.jsonl", file, true},
		{"large.jsonl", other, false},
		{"large.jsonl", file + "\n", false},
		{"other.jsonl", file, false},
	} {
		same := false
		if found := again.s.SameFileAs(tt.name, int64(len(tt.file))); found != nil {
			var err error
			if same, err = found.Unfinished().SameStart(strings.NewReader(tt.file)); err != nil {
				t.Fatal(err)
			}
		}
		if same != tt.same {
			t.Errorf("%s of %d bytes is taken for the same file: %v, want %v", tt.name, len(tt.file), same, tt.same)
		}
	}
	short := &FileRead{Read: 10}
	if same, err := short.SameStart(strings.NewReader("short")); same || err != nil {
		t.Errorf("a file shorter than what was read: %v, %v", same, err)
	}

	again.read("large.jsonl", file, got, 0) // Continue
	if got.Unfinished() != nil || got.Warning() != "" {
		t.Errorf("read to its end, the dataset still warns %q", got.Warning())
	}
	final := again.reload()
	done := final.s.byID(ds.ID)
	if len(final.reports) > 0 || done.Queue.Len() != 300 {
		t.Fatalf("after the read continued: %d documents, reports %q", done.Queue.Len(), final.reports)
	}
	lines := strings.Split(strings.TrimSuffix(final.exportOf(done), "\n"), "\n")
	for i, l := range lines {
		if !strings.Contains(l, fmt.Sprintf(`"text":"Document %d."`, i)) {
			t.Fatalf("line %d of the export is %.60s", i+1, l)
		}
	}
}

// jsonl is a file of n documents, "Document 0." and on.
func jsonl(n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "{\"text\":\"Document %d.\"}\n", i)
	}
	return b.String()
}

func memoryDocs(ds *Dataset) int {
	n := 0
	for i := range ds.Queue.Len() {
		if ds.Queue.Doc(i) != nil {
			n++
		}
	}
	return n
}

// TestExportWaitsForReading: an export asked for while the file is read
// starts when it is read to its end, with every document (fa31d0b).
func TestExportWaitsForReading(t *testing.T) {
	p := openPage(t, newMemStore())
	ds := p.add("large.jsonl", "Document 0.")
	p.s.StartReading(ds, "large.jsonl", 100, nil)
	exported := ""
	ds.WhenRead(func() { exported = p.exportOf(ds) })
	for i := 1; i < 5; i++ {
		ds.Queue.Append(p.doc(fmt.Sprintf("Document %d.", i)))
	}
	if exported != "" {
		t.Fatal("the export ran while the file was read")
	}
	p.s.DoneReading(ds, true)
	p.s.DoneReading(ds, true) // a second time does nothing
	if n := strings.Count(exported, "\n"); n != 5 {
		t.Errorf("the export has %d lines, want 5", n)
	}
	ran := false
	ds.WhenRead(func() { ran = true })
	if !ran {
		t.Error("an export asked for once the file is read waits")
	}
}

// TestWaitForLoadingDocument: an answer given while the document is read
// from the store waits for it (fb9c55f), and is dropped if the annotator
// has moved on; the neighbours of the document on screen stay in memory.
func TestWaitForLoadingDocument(t *testing.T) {
	p := openPage(t, newMemStore())
	ds := p.add("queue.jsonl", "One.", "Two.", "Three.", "Four.", "Five.")
	p.m.settle(t)
	if ds.Queue.Doc(1) == nil || ds.Queue.Doc(3) != nil {
		t.Fatalf("in memory after a snapshot: %v, want the first two only", inMemory(ds))
	}
	ds.Queue.Move(3) // no read ahead: the document is not in memory
	p.answer(annotations.Reject)
	if ds.Queue.Answers()[3] != annotations.Unanswered {
		t.Fatal("the answer was given before the document was loaded")
	}
	p.m.settle(t)
	if got := ds.Queue.Answers()[3]; got != annotations.Reject {
		t.Errorf("document 4 is %q once loaded, want reject", got)
	}
	ds.Queue.Move(1)
	ds.Queue.Unload(4)
	p.answer(annotations.Accept)
	ds.Queue.Move(-4) // moved on before it loaded
	p.m.settle(t)
	if got := ds.Queue.Answers()[4]; got != annotations.Unanswered {
		t.Errorf("document 5 is %q, want its answer dropped", got)
	}
}

func inMemory(ds *Dataset) []int {
	var docs []int
	for i := range ds.Queue.Len() {
		if ds.Queue.Doc(i) != nil {
			docs = append(docs, i)
		}
	}
	return docs
}

// TestEveryWriteCounts: the header says Saving from every write until it
// commits, a rename, a move and a deletion included (c2669b9), and never
// says Saved while a commit does not come.
func TestEveryWriteCounts(t *testing.T) {
	for _, tt := range []struct {
		name  string
		write func(p *page)
	}{
		{"a change", func(p *page) { p.label("First", "ENTITY") }},
		{"a rename", func(p *page) { p.rename("New name") }},
		{"a move", func(p *page) { p.next() }},
		{"a switch", func(p *page) {
			if err := p.s.Switch(0); err != nil {
				p.t.Fatal(err)
			}
		}},
		{"a deletion", func(p *page) { p.s.Remove(p.s.Datasets[0]) }},
		{"a snapshot", func(p *page) { p.s.Snapshot() }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			p := openPage(t, newMemStore())
			p.add("queue.jsonl", "First one.", "Second one.")
			p.m.settle(t)
			p.m.hang = true
			tt.write(p)
			p.m.settle(t)
			if p.state() != Saving || !p.s.Unsaved() {
				t.Errorf("with a write not committed the page says %v", p.state())
			}
		})
	}
}

// TestNewerFormat: a store written by a newer spantag is refused with a
// message, and never written to.
func TestNewerFormat(t *testing.T) {
	m := newMemStore()
	openPage(t, m).label("Mayor", "ENTITY")
	m.settle(t)
	newer := FormatVersion + 1
	m.meta["version"] = strconv.Itoa(newer)
	writes := m.writes
	p := newPage(t, m)
	_, err := p.restore()
	var refused *NewerFormatError
	if !errors.As(err, &refused) || refused.Version != newer {
		t.Fatalf("restoring a store of format %d gave %v", newer, err)
	}
	p.s.LeaveUntouched(err)
	p.check(Memory, fmt.Sprintf("saved by a newer version of spantag (store format %d; this page reads format %d", newer, FormatVersion))
	p.add("Sample", "Some new work.")
	p.label("new", "ENTITY")
	p.s.Snapshot()
	flushed := false
	p.s.Flush(func() { flushed = true })
	m.settle(t)
	if m.writes != writes || !flushed {
		t.Errorf("the store was written %d times after it was refused", m.writes-writes)
	}
	if p.s.HasStorage() || p.s.Unsaved() {
		t.Error("a refused store still counts as storage")
	}
}

// TestFirstWriteStampsFormat: the page's first write, before any snapshot,
// stores the format, so that an older page refuses the records it cannot
// read (a text in parts) rather than misreading them.
func TestFirstWriteStampsFormat(t *testing.T) {
	m := newMemStore()
	openPage(t, m).label("Mayor", "ENTITY")
	m.settle(t)
	m.meta["version"] = "2" // as a format 2 page left it
	p := newPage(t, m)
	if _, err := p.restore(); err != nil {
		t.Fatal(err)
	}
	p.label("harbour", "ENTITY")
	m.settle(t)
	if got := m.meta["version"]; got != strconv.Itoa(FormatVersion) {
		t.Errorf("after the first change the store's format is %q, want %d", got, FormatVersion)
	}
}

// TestStoreOfFirstRelease replays a store that a real session wrote with
// the page as released before the store had a format version (commit
// 589d5de): the sample annotated, a queue answered, undone, redone and
// renamed. It must read back to the very files that page exported.
//
// The fixture was dumped from the browser's IndexedDB (every store's keys
// and values) after that session; the .jsonl files are the page's exports.
func TestStoreOfFirstRelease(t *testing.T) {
	p := openPage(t, loadDump(t, "testdata/store-v1.json"))
	if len(p.reports) > 0 {
		t.Errorf("reading the store reported %q", p.reports)
	}
	got := p.export()
	for name, file := range map[string]string{"Sample article": "sample", "Harbour batch 1": "queue"} {
		want, err := os.ReadFile("testdata/store-v1." + file + ".jsonl")
		if err != nil {
			t.Fatal(err)
		}
		if diff := gocmp.Diff(string(want), got[name]); diff != "" {
			t.Errorf("%s read back differs from its export (-want +got):\n%s", name, diff)
		}
	}
	q := p.s.byID(2).Queue
	if q.Pos != 1 || p.s.Dataset().ID != 1 {
		t.Errorf("on screen: dataset %d, document %d of the queue; want dataset 1, document 2", p.s.Dataset().ID, q.Pos+1)
	}
	// The undo history came back: the queue's second document redoes its Reject.
	if err := p.s.Switch(1); err != nil {
		t.Fatal(err)
	}
	p.m.settle(t)
	p.undo(annotations.OpRedo)
	p.s.Snapshot()
	p.m.settle(t)
	if p.m.meta["version"] != strconv.Itoa(FormatVersion) || len(p.m.journal) != 0 {
		t.Errorf("after a snapshot the store's version is %q and its journal %v", p.m.meta["version"], p.m.journal)
	}
	if got := p.reload().s.byID(2).Queue.Answers(); !slices.Equal(got, []annotations.Answer{"accept", "reject", ""}) {
		t.Errorf("the answers are %q after the redo", got)
	}
}

// TestSavedOnlyWhenNothingWaits: a write that commits while a new dataset
// still waits for its snapshot leaves the page saying Saving; the page
// says Saved when nothing would hold the tab's closing (a reload right
// after Saved met the "leave the page?" dialog).
func TestSavedOnlyWhenNothingWaits(t *testing.T) {
	p := openPage(t, newMemStore())
	p.add("queue.jsonl", "First one.", "Second one.")
	p.m.settle(t)
	p.label("First", "ENTITY")
	p.add("more.jsonl", "Third one.")
	p.m.step() // the label's write commits,
	p.m.step() // and the switch's (the place in the first dataset); the snapshot has not run
	if p.state() == Saved || !p.s.Unsaved() {
		t.Errorf("with a dataset not stored the page says %v (unsaved %v)", p.state(), p.s.Unsaved())
	}
	p.m.settle(t)
	if p.state() != Saved || p.s.Unsaved() {
		t.Errorf("with everything stored the page says %v (unsaved %v)", p.state(), p.s.Unsaved())
	}
}

// TestNewDatasetWaitsForItsSnapshot: showing a dataset just opened writes
// nothing before the page is drawn (the first visit's sample started with
// an IndexedDB transaction in the task that drew it); its snapshot then
// stores it as the one on screen, and a reload shows it.
func TestNewDatasetWaitsForItsSnapshot(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	writes := m.writes
	p.add("queue.jsonl", "First one.", "Second one.")
	for len(m.tasks) > 1 { // all but the snapshot, which the page takes after the paint
		m.step()
	}
	if m.writes != writes {
		t.Errorf("showing a new dataset wrote %d times before its snapshot", m.writes-writes)
	}
	m.settle(t)
	if got := p.reload().s.Dataset().Queue.Name; got != "queue.jsonl" {
		t.Errorf("after a reload the page shows %q, want queue.jsonl", got)
	}
}

// TestChangeWhileStoring labels a document while the snapshot that stores
// it is being written: the document is not stored yet, so its change has
// no journal record and is left to a snapshot, and the one under way was
// taken before it. Labelled again once stored (a journal record), a reload
// must give back both. The browser, under load, restored neither and said
// "changes saved after change 0 could not be read back".
func TestChangeWhileStoring(t *testing.T) {
	m := newMemStore()
	p := openPage(t, m)
	p.add("Words", "alpha beta gamma delta")
	for p.m.step() && !p.s.busy {
	} // the snapshot storing the document is under way
	if !p.s.busy {
		t.Fatal("no snapshot under way after opening a document")
	}
	p.label("beta", "ENTITY")
	// The snapshot it asks for Soon runs before the write under way has
	// committed, as in a browser, where that write takes long.
	soon := p.m.tasks[len(p.m.tasks)-1]
	p.m.tasks = p.m.tasks[:len(p.m.tasks)-1]
	soon()
	p.m.settle(t)
	p.label("delta", "ENTITY")
	p.m.settle(t)
	before := p.export()
	if got := strings.Count(before["Words"], `"label":"ENTITY"`); got != 2 {
		t.Fatalf("the export holds %d spans, want 2:\n%s", got, before["Words"])
	}
	again := p.reload()
	if len(again.reports) > 0 {
		t.Errorf("the reload reports %q", again.reports)
	}
	if diff := gocmp.Diff(before, again.export()); diff != "" {
		t.Errorf("after a reload the work differs (-before +after):\n%s", diff)
	}
}

// TestLargeDatasetStoredInSteps: a dataset added whole (a review of two 5 MB files,
// QA pass 19: one 149 ms task) is stored in several writes of at most about
// maxSnapshotBytes of text each, so that no step holds the page long; all of it is
// stored in the end.
func TestLargeDatasetStoredInSteps(t *testing.T) {
	p := openPage(t, newMemStore())
	var texts []string
	for i := range 40 {
		texts = append(texts, fmt.Sprintf("Document %d. %s", i, strings.Repeat("Words of a long review document. ", maxSnapshotBytes/200)))
	}
	before := p.m.writes
	ds := p.add("Review", texts...)
	p.m.settle(t)
	if writes := p.m.writes - before; writes < 5 {
		t.Errorf("%d writes stored 40 documents of %d bytes each, want them in steps of about %d bytes", writes, len(texts[0]), maxSnapshotBytes)
	}
	if ds.stored != 40 {
		t.Errorf("%d documents stored, want 40", ds.stored)
	}
	again := p.reload()
	if got := again.s.byID(ds.ID); got == nil || got.Queue.Len() != 40 {
		t.Errorf("after a reload the dataset is %v, want its 40 documents", got)
	}
}

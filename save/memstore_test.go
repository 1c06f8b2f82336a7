package save

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"os"
	"strconv"
	"testing"
	"time"
)

// memStore is a Storage in memory that can be told to fail as a browser's
// does. Nothing it does happens during the call that asks for it: reads,
// commits, the page's Soon tasks and its timers wait in queues until the
// test runs them, so that a test sets the order of every event.
type memStore struct {
	datasets map[int]string
	sources  map[DocKey]SourceHead // the heads of the sources, and their other parts:
	parts    map[partKey]string    // the records as IndexedDB holds them (parts.go)
	states   map[DocKey]string
	journal  map[int]string
	meta     map[string]string

	tasks     []func() // reads and commits under way, and Soon tasks, in order
	timers    []func() // what After scheduled
	fault     error    // every write fails with this when it would commit
	readFault error    // every read of documents fails with this
	quota     int      // >0: a write that would make the store hold more bytes fails as full
	hang      bool     // writes never commit, nor fail: the browser never answers
	writes    int      // transactions committed
}

func newMemStore() *memStore {
	return &memStore{datasets: map[int]string{}, sources: map[DocKey]SourceHead{}, parts: map[partKey]string{},
		states: map[DocKey]string{}, journal: map[int]string{}, meta: map[string]string{}}
}

// partKey is the key of part K of a document's text.
type partKey struct {
	DocKey
	K int
}

var (
	errQuota   = errors.New("the browser's storage for this page is full")
	errAborted = errors.New("the transaction was aborted")
)

func (m *memStore) later(f func()) { m.tasks = append(m.tasks, f) }

func (m *memStore) ReadAll(done func(Contents, error)) {
	c := Contents{Datasets: maps.Clone(m.datasets), Journal: maps.Clone(m.journal), Meta: maps.Clone(m.meta)}
	m.later(func() { done(c, nil) })
}

// ReadDocs reads the records of the documents as IndexedDB gives them, in
// key order: each head, then its parts.
func (m *memStore) ReadDocs(ds, from, to int, done func(map[int]Doc, error)) {
	var records SourceRecords
	var err error
	for i := from; i < to; i++ {
		head, ok := m.sources[DocKey{ds, i}]
		if !ok {
			continue
		}
		records.Head(i, head)
		for k := 1; err == nil; k++ {
			part, ok := m.parts[partKey{DocKey{ds, i}, k}]
			if !ok {
				break
			}
			err = records.Part(i, k, part)
		}
	}
	sources, sourcesErr := records.Sources()
	got := map[int]Doc{}
	for i, src := range sources {
		src.UTF8 = true // as the page's strings are
		got[i] = Doc{Source: src, State: m.states[DocKey{ds, i}]}
	}
	err = errors.Join(err, sourcesErr, m.readFault)
	m.later(func() { done(got, err) })
}

func (m *memStore) Write(b Batch, done func(error)) {
	if m.hang {
		return
	}
	m.later(func() {
		switch {
		case m.fault != nil:
			done(m.fault)
		case m.quota > 0 && m.size()+batchSize(b) > m.quota:
			done(errQuota)
		default:
			m.apply(b)
			m.writes++
			done(nil)
		}
	})
}

// apply writes b as a transaction does: removals, puts, then the trim.
func (m *memStore) apply(b Batch) {
	for _, id := range b.Remove {
		delete(m.datasets, id)
		maps.DeleteFunc(m.sources, func(k DocKey, _ SourceHead) bool { return k.DS == id })
		maps.DeleteFunc(m.parts, func(k partKey, _ string) bool { return k.DS == id })
		maps.DeleteFunc(m.states, func(k DocKey, _ string) bool { return k.DS == id })
	}
	maps.Copy(m.meta, b.Meta)
	maps.Copy(m.datasets, b.Datasets)
	for key, src := range b.Sources {
		maps.DeleteFunc(m.parts, func(k partKey, _ string) bool { return k.DocKey == key })
		head, rest := SourceParts(src)
		m.sources[key] = head
		for k, part := range rest {
			m.parts[partKey{key, k + 1}] = part
		}
	}
	maps.Copy(m.states, b.States)
	maps.Copy(m.journal, b.Journal)
	maps.DeleteFunc(m.journal, func(seq int, _ string) bool { return seq <= b.TrimTo })
}

// size is roughly the bytes the store holds, as a quota counts them.
func (m *memStore) size() int {
	n := batchSize(Batch{Meta: m.meta, Datasets: m.datasets, States: m.states, Journal: m.journal})
	for _, head := range m.sources {
		n += len(head.Text) + len(head.Info)
	}
	for _, part := range m.parts {
		n += len(part)
	}
	return n
}

func batchSize(b Batch) int {
	n := 0
	for _, v := range b.Meta {
		n += len(v)
	}
	for _, v := range b.Datasets {
		n += len(v)
	}
	for _, v := range b.Sources {
		n += len(v.Text) + len(v.Info)
	}
	for _, v := range b.States {
		n += len(v)
	}
	for _, v := range b.Journal {
		n += len(v)
	}
	return n
}

// step runs the first task waiting, and reports whether there was one.
func (m *memStore) step() bool {
	if len(m.tasks) == 0 {
		return false
	}
	f := m.tasks[0]
	m.tasks = m.tasks[1:]
	f()
	return true
}

// settle runs the tasks waiting, and those they start, until none is left.
func (m *memStore) settle(t *testing.T) {
	t.Helper()
	for i := 0; m.step(); i++ {
		if i > 100_000 {
			t.Fatal("the store never settles")
		}
	}
}

// tick fires the timers set so far, as if their time had come.
func (m *memStore) tick() {
	timers := m.timers
	m.timers = nil
	for _, f := range timers {
		f()
	}
}

// crash loses every read, write and task under way, as a closed tab or a
// crashed renderer does; what committed stays.
func (m *memStore) crash() {
	m.tasks, m.timers = nil, nil
	m.hang = false
}

// dump is the store as the fixture in testdata holds it: IndexedDB's
// records, by store, with their keys.
type dump struct {
	Version int                       `json:"version"`
	Stores  map[string][]dumpedRecord `json:"stores"`
}

type dumpedRecord struct {
	Key   json.RawMessage `json:"key"`
	Value json.RawMessage `json:"value"`
}

// loadDump makes a memStore of a dump of a browser's store.
func loadDump(t *testing.T, path string) *memStore {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var d dump
	if err := json.Unmarshal(raw, &d); err != nil {
		t.Fatal(err)
	}
	m := newMemStore()
	for store, records := range d.Stores {
		for _, r := range records {
			if err := m.put(store, r); err != nil {
				t.Fatalf("%s record %s: %v", store, r.Key, err)
			}
		}
	}
	return m
}

func (m *memStore) put(store string, r dumpedRecord) error {
	var str string
	var docKey [2]int
	var err error
	switch store {
	case "sources":
		var key []int
		if err = json.Unmarshal(r.Key, &key); err == nil && len(key) == 3 { // a part of a text
			if err = json.Unmarshal(r.Value, &str); err == nil {
				m.parts[partKey{DocKey{key[0], key[1]}, key[2]}] = str
			}
			break
		}
		var head SourceHead
		if err = errors.Join(json.Unmarshal(r.Key, &docKey), json.Unmarshal(r.Value, &head)); err == nil {
			m.sources[DocKey{docKey[0], docKey[1]}] = head
		}
	case "states":
		if err = errors.Join(json.Unmarshal(r.Key, &docKey), json.Unmarshal(r.Value, &str)); err == nil {
			m.states[DocKey{docKey[0], docKey[1]}] = str
		}
	case "meta":
		var key string
		if err = errors.Join(json.Unmarshal(r.Key, &key), json.Unmarshal(r.Value, &str)); err == nil {
			m.meta[key] = str
		}
	case "datasets", "journal":
		var id int
		if err = errors.Join(json.Unmarshal(r.Key, &id), json.Unmarshal(r.Value, &str)); err == nil {
			map[string]map[int]string{"datasets": m.datasets, "journal": m.journal}[store][id] = str
		}
	default:
		err = fmt.Errorf("no store %q", store)
	}
	return err
}

// After is the fake clock of a page over m.
func (m *memStore) after(d time.Duration, f func()) {
	if d != RetryAfter {
		panic("unexpected delay " + strconv.Quote(d.String()))
	}
	m.timers = append(m.timers, f)
}

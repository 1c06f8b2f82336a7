package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"strings"
	"sync"
	"testing"
	"time"
)

// peakLive runs f and returns the most live heap seen while it ran: the
// heap that the last garbage collection found reachable, sampled every few
// milliseconds. Unlike the heap in use, it does not grow when a busy
// machine leaves the collector behind the program's allocations.
func peakLive(f func()) uint64 {
	runtime.GC()
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	var peak uint64
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			metrics.Read(sample)
			peak = max(peak, sample[0].Value.Uint64())
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	runtime.GC() // so that the last stretch is measured too
	close(done)
	wg.Wait()
	return peak
}

// convert, stats, split and patterns stream: the live heap while they read 16 MB
// stays within a few MiB of what reading 1 MB takes, far below the file's
// size.
func TestStreamingInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 51 MB")
	}
	sidecars := t.TempDir()
	for _, args := range [][]string{
		{"convert", "-to", "entities-hf", "-sidecars", sidecars, "-"},
		{"stats", "-"},
		{"split", "-annotators", "a,b,c", "-overlap", "10%", "-o", "-", "-"},
		{"patterns", "-patterns", filepath.Join(testdata, "patterns-ok.jsonl"), "-"},
	} {
		read := func(size int64) uint64 {
			var stderr strings.Builder
			var code int
			peak := peakLive(func() {
				code = run(args, newCorpus(size), io.Discard, &stderr)
			})
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", args[0], code, stderr.String())
			}
			return peak
		}
		small, large := read(1<<20), read(16<<20)
		if large > small+8<<20 {
			// A collection that ran while a busy machine held the command
			// mid-document can see more live than the command keeps: a
			// command that holds every document is over the bound again.
			large = min(large, read(16<<20))
		}
		t.Logf("%s: peak live heap %.1f MiB for 1 MB, %.1f MiB for 16 MB", args[0], float64(small)/(1<<20), float64(large)/(1<<20))
		if large > small+8<<20 { // holding every document would be 16 MiB more
			t.Errorf("%s: peak live heap %.1f MiB for 16 MB against %.1f MiB for 1 MB: it holds more than a document",
				args[0], float64(large)/(1<<20), float64(small)/(1<<20))
		}
	}
}

// TestOneLargeDocumentOfTwoAnnotators: agree, merge and review read back each
// version of a document from their spool; a document of 4 MB, annotated by
// two, is held a few times over, not once per token (QA pass 20 saw 1.1 GB
// for a document of 20 MB: the spool held its tokens).
func TestOneLargeDocumentOfTwoAnnotators(t *testing.T) {
	if testing.Short() {
		t.Skip("reads two documents of 4 MB")
	}
	text := strings.Repeat(sentence, 4<<20/len(sentence))
	dir := t.TempDir()
	var files []string
	for _, who := range []string{"alice", "bob"} {
		doc := fmt.Sprintf(`{"text":%q,"spans":[{"start":0,"end":9,"label":"ENTITY"}],"answer":"accept","_annotator_id":%q}`+"\n", text, who)
		files = append(files, filepath.Join(dir, who+".jsonl"))
		if err := os.WriteFile(files[len(files)-1], []byte(doc), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, command := range [][]string{{"agree"}, {"merge"}, {"review", "-auto"}} {
		var stderr strings.Builder
		var code int
		peak := peakLive(func() {
			code = run(append(append(command, "-o", filepath.Join(dir, "out")), files...), nil, io.Discard, &stderr)
		})
		if code != 0 {
			t.Fatalf("%s: exit %d: %s", command[0], code, stderr.String())
		}
		t.Logf("%s: peak live heap %.1f MiB for a document of %.1f MiB", command[0], float64(peak)/(1<<20), float64(len(text))/(1<<20))
		if peak > 24*uint64(len(text)) {
			t.Errorf("%s: peak live heap %.1f MiB for a document of %.1f MiB", command[0], float64(peak)/(1<<20), float64(len(text))/(1<<20))
		}
	}
}

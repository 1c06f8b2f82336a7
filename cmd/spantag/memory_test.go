package main

import (
	"io"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"
)

// peakHeap runs f and returns the most heap in use seen while it ran,
// sampled every few milliseconds.
func peakHeap(f func()) uint64 {
	runtime.GC()
	var peak uint64
	var mu sync.Mutex
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		var m runtime.MemStats
		for {
			runtime.ReadMemStats(&m)
			mu.Lock()
			peak = max(peak, m.HeapInuse)
			mu.Unlock()
			select {
			case <-done:
				return
			case <-time.After(5 * time.Millisecond):
			}
		}
	}()
	f()
	close(done)
	wg.Wait()
	return peak
}

// convert, stats and split stream: the heap in use while they read 16 MB
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
	} {
		read := func(size int64) uint64 {
			var stderr strings.Builder
			var code int
			peak := peakHeap(func() {
				code = run(args, newCorpus(size), io.Discard, &stderr)
			})
			if code != 0 {
				t.Fatalf("%s: exit %d: %s", args[0], code, stderr.String())
			}
			return peak
		}
		small, large := read(1<<20), read(16<<20)
		t.Logf("%s: peak heap in use %.1f MiB for 1 MB, %.1f MiB for 16 MB", args[0], float64(small)/(1<<20), float64(large)/(1<<20))
		if large > small+8<<20 || large > 24<<20 {
			t.Errorf("%s: peak heap %.1f MiB for 16 MB against %.1f MiB for 1 MB: it holds more than a document",
				args[0], float64(large)/(1<<20), float64(small)/(1<<20))
		}
	}
}

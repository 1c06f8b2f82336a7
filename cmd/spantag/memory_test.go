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

// convert streams: the heap in use while converting 24 MB to the Hugging
// Face format stays within a few MiB of what converting 2 MB takes, far
// below the file's size.
func TestConvertStreamsInBoundedMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("converts 26 MB")
	}
	sidecars := t.TempDir()
	convert := func(size int64) uint64 {
		var stderr strings.Builder
		var code int
		peak := peakHeap(func() {
			code = run([]string{"convert", "-to", "entities-hf", "-sidecars", sidecars, "-"}, newCorpus(size), io.Discard, &stderr)
		})
		if code != 0 {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		return peak
	}
	small := convert(2 << 20)
	large := convert(24 << 20)
	t.Logf("peak heap in use: %.1f MiB for 2 MB, %.1f MiB for 24 MB", float64(small)/(1<<20), float64(large)/(1<<20))
	if large > small+8<<20 || large > 24<<20 {
		t.Errorf("peak heap %.1f MiB for 24 MB against %.1f MiB for 2 MB: convert holds more than a document", float64(large)/(1<<20), float64(small)/(1<<20))
	}
}

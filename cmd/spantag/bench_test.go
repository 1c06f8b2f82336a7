//go:build !js

package main

import (
	"bufio"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"testing"
	"time"
)

// benchSize is the size of the file BenchmarkConvertHF converts, 200 MB
// unless SPANTAG_BENCH_MB says otherwise.
func benchSize(b *testing.B) int64 {
	mb := int64(200)
	if s := os.Getenv("SPANTAG_BENCH_MB"); s != "" {
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			b.Fatal("SPANTAG_BENCH_MB:", err)
		}
		mb = n
	}
	return mb * 1000 * 1000
}

// BenchmarkConvertHF converts a generated 200 MB spans JSONL to the Hugging
// Face format with the built binary, as a user would run it, and reports
// its throughput (by the clock, and by the CPU time it took, which a busy
// machine changes less) and its peak resident memory (the process's
// maxrss):
//
//	go test -run X -bench ConvertHF -benchtime 1x ./cmd/spantag
func BenchmarkConvertHF(b *testing.B) {
	dir := b.TempDir()
	bin := filepath.Join(dir, "spantag")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	in := filepath.Join(dir, "corpus.jsonl")
	size := writeCorpus(b, in, benchSize(b))
	b.SetBytes(size)
	b.ResetTimer()
	var peak int64
	var cpu time.Duration
	for b.Loop() {
		cmd := exec.Command(bin, "convert", "-to", "entities-hf", "-o", filepath.Join(dir, "out.jsonl"), in)
		if out, err := cmd.CombinedOutput(); err != nil {
			b.Fatalf("convert: %v\n%s", err, out)
		}
		peak = max(peak, cmd.ProcessState.SysUsage().(*syscall.Rusage).Maxrss) // KiB on Linux
		cpu += cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	b.ReportMetric(float64(peak)/1024, "peak-RSS-MiB")
	b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/CPU-s")
}

// writeCorpus writes about size bytes of generated documents to path and
// returns how many it wrote.
func writeCorpus(b *testing.B, path string, size int64) int64 {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	n, err := io.Copy(w, newCorpus(size))
	if err == nil {
		err = w.Flush()
	}
	if closeErr := f.Close(); err == nil {
		err = closeErr
	}
	if err != nil {
		b.Fatal(err)
	}
	return n
}

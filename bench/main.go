//go:build !js

package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"spantag/internal/chrome"
	"spantag/internal/transfer"
)

// options are the command line's.
type options struct {
	site, out, compare, profile, only string
	runs                              int
	quick, load, traceOnly            bool
}

func main() {
	var o options
	flag.StringVar(&o.site, "site", "", "the built static site to measure (go run build.go bench builds one)")
	flag.IntVar(&o.runs, "runs", 5, "fresh browser launches per figure")
	flag.StringVar(&o.out, "out", "bench/results.json", "where to write the results as JSON")
	flag.StringVar(&o.compare, "compare", "", "an earlier results JSON to compare the medians with")
	flag.BoolVar(&o.quick, "quick", false, "smaller export and queue files, fewer edits and 2 runs: to try the harness, not to compare")
	flag.StringVar(&o.only, "only", "", "run only the scenarios whose name contains this (or one of its |-separated alternatives), to iterate on one figure")
	flag.StringVar(&o.profile, "profile", "", "write a Chromium trace and CPU profile of each missed target into this directory")
	flag.BoolVar(&o.traceOnly, "trace-only", false, "with -profile, record the trace alone: the CPU profiler stretches the page's tasks, which hides what made them long")
	flag.BoolVar(&o.load, "load", false, "measure with a second process keeping one core busy (writes bench/results-load.json unless -out)")
	spin := flag.Bool("spin", false, "keep one core busy until standard input closes (what -load starts)")
	flag.Parse()
	if *spin {
		spinUntilEOF()
		return
	}
	if o.load && !flagSet("out") {
		o.out = "bench/results-load.json"
	}
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(o options) error {
	if o.site == "" {
		return errors.New("no -site: run the benchmark with go run build.go bench, which builds the site")
	}
	size := fullSize
	if o.quick {
		size = quickSize
		o.runs = min(o.runs, 2)
	}
	chromium, err := chrome.Find()
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "spantag-bench-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)

	named := filepath.Join(tmp, "named")
	if o.profile != "" {
		// Now, not after the runs: the profiles must be of the code measured.
		if err := siteWithNames(o.site, named); err != nil {
			return err
		}
	}
	fmt.Fprintln(os.Stderr, "generating the inputs and the floor pages")
	inputsDir, floorDir := filepath.Join(tmp, "inputs"), filepath.Join(tmp, "floor")
	if err := os.Mkdir(inputsDir, 0o755); err != nil {
		return err
	}
	in, err := generate(inputsDir, size)
	if err != nil {
		return err
	}
	if err := writeFloor(floorDir); err != nil {
		return err
	}
	srv := serve(o.site, floorDir, inputsDir)
	defer srv.Close()

	mach, err := describeMachine(chromium)
	if err != nil {
		return err
	}
	h := &harness{chromium: chromium, url: srv.URL + "/", in: in,
		samples: map[string][]float64{}, launches: map[string]int{}, notes: map[string][]string{}}
	fmt.Fprintln(os.Stderr, "compressing the built files with brotli -q11")
	sz, err := h.measureSizes(o.site, filepath.Join(floorDir, "wasm"))
	if err != nil {
		return err
	}
	if o.load {
		stop, err := busyCore()
		if err != nil {
			return err
		}
		defer stop()
	}
	began := time.Now()
	mach.Load[0] = loadAverage()
	h.measure(o.runs, chosen(o.only))
	mach.Load[1] = loadAverage()
	rep := report{Machine: mach, Runs: o.runs, Quick: o.quick, Busy: o.load, Rows: h.rows(figures(in)), Sizes: sz}
	fmt.Fprintf(os.Stderr, "measured in %.0f s\n", time.Since(began).Seconds())

	printTable(os.Stdout, rep)
	if o.compare != "" {
		old, err := readJSON(o.compare)
		if err != nil {
			return err
		}
		printComparison(os.Stdout, rep, old)
	}
	if err := writeJSON(o.out, rep); err != nil {
		return err
	}
	fmt.Printf("\nwrote %s\n", o.out)
	if o.profile != "" {
		return h.profileMisses(o.profile, o.traceOnly, named, floorDir, inputsDir, rep.Rows)
	}
	return nil
}

// chosen are the scenarios whose name contains only, or one of its
// "|"-separated alternatives (a figure and its floor), all when it is "".
func chosen(only string) []scenario {
	var some []scenario
	for _, s := range scenarios {
		for alt := range strings.SplitSeq(only, "|") {
			if strings.Contains(s.name, alt) {
				some = append(some, s)
				break
			}
		}
	}
	return some
}

// measureSizes records the first-visit figure: the brotli sizes of the
// built files downloaded before the first paint (transfer.FirstPaint: not
// the worker's, loaded after it) against the bare Go wasm page's files. It is computed, not
// timed, so it has one sample.
func (h *harness) measureSizes(site, floorWasm string) (sizes, error) {
	var s sizes
	var siteErr, floorErr error
	var wg sync.WaitGroup
	wg.Go(func() { s.Site, siteErr = transfer.Sizes(site, transfer.BestBrotli) })
	wg.Go(func() { s.Floor, floorErr = transfer.Sizes(floorWasm, transfer.BestBrotli) })
	wg.Wait()
	if err := errors.Join(siteErr, floorErr); err != nil {
		return s, err
	}
	h.record(idBytes, float64(transfer.Total(transfer.FirstPaint(s.Site)).Brotli)/1024)
	h.record(idBytesFloor, float64(transfer.Total(s.Floor).Brotli)/1024)
	return s, nil
}

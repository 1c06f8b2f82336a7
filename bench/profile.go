//go:build !js

package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	cdpio "github.com/chromedp/cdproto/io"
	"github.com/chromedp/cdproto/profiler"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
)

// profiling is the figure whose first timed action the harness records a
// Chromium trace and a CPU profile of, and where it writes them.
type profiling struct {
	id, dir   string
	traceOnly bool // no CPU profile
	done      bool
}

// traceCategories are those of the DevTools Performance panel, so that the
// trace opens there (or in ui.perfetto.dev) with its JavaScript samples.
var traceCategories = []string{
	"devtools.timeline", "disabled-by-default-devtools.timeline", "disabled-by-default-devtools.timeline.frame",
	"v8.execute", "blink.user_timing", "loading", "toplevel", "disabled-by-default-v8.cpu_profiler",
	// What the renderer's pool threads do beside the page's thread (the
	// collector's marking, compiling wasm to faster code): on 2 cores they
	// stretch its tasks.
	"v8", "v8.wasm", "disabled-by-default-v8.gc", "disabled-by-default-v8.compile",
}

// profiledAs maps each figure that can be profiled to the figure whose
// action shows it: the longest task of the export is the export's. The
// floors' are there to compare with.
var profiledAs = map[string]string{
	idOpen: idOpen, idAdd: idAdd, idDelete: idDelete, idUndo: idUndo, idRedo: idRedo,
	idStart: idStart, idExport: idExport, idExportTask: idExport, idQueue: idQueue,
	idOpenFloor: idOpenFloor, idStartFloor: idStartFloor,
	// A big document's longest task is mostly its open's.
	oneLine.open: oneLine.open, oneLine.task: oneLine.open,
	manyLines.open: manyLines.open, manyLines.task: manyLines.open,
	// The suggestion rows' longest tasks are their actions'.
	idPatterns: idPatterns, idPatternsTask: idPatterns, idBoiler: idBoiler, idBoilerTask: idBoiler,
	idModelArticle: idModelArticle, idModelTask: idModelArticle,
}

// timed is b.timeAction for the figure id, traced when it is the first
// action of the figure being profiled.
func (h *harness) timed(b *browser, id, startEvent, done string, limit time.Duration, act func(context.Context) error) (interval, error) {
	var t interval
	err := h.traced(b, id, func() error {
		var err error
		t, err = b.timeAction(startEvent, done, limit, act)
		return err
	})
	return t, err
}

// traced runs fn, recording a trace and a CPU profile of it if it is the
// first action of the figure being profiled.
func (h *harness) traced(b *browser, id string, fn func() error) error {
	p := h.profiling
	if p == nil || p.done || p.id != id {
		return fn()
	}
	p.done = true
	ctx, cancel := b.within(5 * time.Minute)
	defer cancel()
	if err := startRecording(ctx, !p.traceOnly); err != nil {
		return err
	}
	err := fn()
	if recErr := h.stopRecording(ctx, filepath.Join(p.dir, strings.ReplaceAll(id, "/", "-")), !p.traceOnly); recErr != nil {
		return errors.Join(err, recErr)
	}
	return err
}

// startRecording starts a trace of the browser and, if cpu, a CPU profile
// of the tab.
func startRecording(ctx context.Context, cpu bool) error {
	return chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, tracing.Start, tracing.StartParams{
			TransferMode: tracing.StartTransferModeReturnAsStream,
			TraceConfig:  &tracing.TraceConfig{IncludedCategories: traceCategories},
		}); err != nil {
			return fmt.Errorf("starting a trace: %v", err)
		}
		if !cpu {
			return nil
		}
		if _, err := cdp.Call(ctx, t, profiler.Enable, cdp.Empty{}); err != nil {
			return err
		}
		if _, err := cdp.Call(ctx, t, profiler.SetSamplingInterval, profiler.SetSamplingIntervalParams{Interval: 100}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, profiler.Start, cdp.Empty{})
		return err
	}))
}

// stopRecording ends both, writes base.trace.json and base.cpuprofile, and
// prints what took the time.
func (h *harness) stopRecording(ctx context.Context, base string, cpu bool) error {
	var prof profiler.StopResult
	if cpu {
		var err error
		if prof, err = chromedp.Call(ctx, profiler.Stop, cdp.Empty{}); err != nil {
			return fmt.Errorf("stopping the CPU profile: %v", err)
		}
	}
	trace, err := endTrace(ctx)
	if err != nil {
		return err
	}
	if err := os.WriteFile(base+".trace.json", trace, 0o644); err != nil {
		return err
	}
	fmt.Printf("\nProfile of %s: %s.trace.json (DevTools Performance panel, ui.perfetto.dev)\n", filepath.Base(base), base)
	printMainThread(os.Stdout, trace)
	if !cpu {
		return nil
	}
	samples, err := json.Marshal(prof.Profile)
	if err != nil {
		return err
	}
	fmt.Printf("CPU profile: %s.cpuprofile\n", base)
	printCPUProfile(os.Stdout, prof.Profile)
	return os.WriteFile(base+".cpuprofile", samples, 0o644)
}

// endTrace ends the trace and reads it from the stream the browser fills.
func endTrace(ctx context.Context) ([]byte, error) {
	complete := chromedp.Events(ctx, tracing.TracingComplete)
	if _, err := chromedp.Call(ctx, tracing.End, cdp.Empty{}); err != nil {
		return nil, fmt.Errorf("ending the trace: %v", err)
	}
	var stream cdpio.StreamHandle
	for ev, err := range complete {
		if err != nil {
			return nil, fmt.Errorf("waiting for the trace: %v", err)
		}
		stream = ev.Stream
		break
	}
	var trace []byte
	for {
		chunk, err := chromedp.Call(ctx, cdpio.Read, cdpio.ReadParams{Handle: stream, Size: 1 << 20})
		if err != nil {
			return nil, fmt.Errorf("reading the trace: %v", err)
		}
		trace = append(trace, chunk.Data...)
		if chunk.EOF {
			break
		}
	}
	_, err := chromedp.Call(ctx, cdpio.Close, cdpio.CloseParams{Handle: stream})
	return trace, err
}

// profileMisses runs again, once, the scenario of each figure that missed
// its target, recording the first action of that figure, and its
// baseline's when that can be recorded too, on named: the site with its
// wasm rebuilt with Go's function names kept (siteWithNames), so that the
// CPU profile can name them.
func (h *harness) profileMisses(dir string, traceOnly bool, named, floor, inputs string, rows []row) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	srv := serve(named, floor, inputs)
	defer srv.Close()
	h.url = srv.URL + "/"
	for _, id := range toProfile(rows) {
		h.profiling = &profiling{id: id, dir: dir, traceOnly: traceOnly}
		fmt.Fprintf(os.Stderr, "profiling %s\n", id)
		if err := h.inBrowser(scenarioOf(id).run); err != nil {
			fmt.Fprintf(os.Stderr, "\tprofiling %s: %v\n", id, err)
		}
	}
	return nil
}

// toProfile lists the figures to record for the rows that missed their
// target, each once, with their baselines.
func toProfile(rows []row) []string {
	var ids []string
	add := func(id string) {
		if p, ok := profiledAs[id]; ok && !slices.Contains(ids, p) {
			ids = append(ids, p)
		}
	}
	for _, r := range rows {
		if r.Holds != "no" {
			continue
		}
		add(r.ID)
		if r.Baseline != nil {
			add(r.Baseline.ID)
		}
	}
	return ids
}

// scenarioOf is the scenario that measures the figure id.
func scenarioOf(id string) scenario {
	for _, s := range scenarios {
		for _, f := range s.figures {
			if f == id {
				return s
			}
		}
	}
	panic("no scenario measures " + id)
}

// siteWithNames copies the site into dir with its two wasm binaries
// rebuilt from ./wasm and ./worker without -s -w: the same code, with the
// name section that the CPU profile's function names come from. Call it
// right after the site is built, so that the code has not changed meanwhile.
func siteWithNames(site, dir string) error {
	if err := os.CopyFS(dir, os.DirFS(site)); err != nil {
		return fmt.Errorf("copying the site for profiling: %v", err)
	}
	for pkg, pattern := range map[string]string{"./wasm": "main-*.wasm", "./worker": "worker-*.wasm"} {
		wasms, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil || len(wasms) != 1 {
			return fmt.Errorf("the site has %d %s files; profiling expects one", len(wasms), pattern)
		}
		if err := buildWasm(pkg, wasms[0]); err != nil {
			return err
		}
	}
	return nil
}

//go:build !js

package main

import (
	"embed"
	"fmt"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// floorPages are the plain pages the figures are compared with.
//
//go:embed floor
var floorPages embed.FS

// harness holds what every run shares: the browser to launch, the server
// of the site, the floor and the inputs, and the samples gathered.
type harness struct {
	chromium string
	url      string // the server, with a trailing slash
	in       *inputs
	samples  map[string][]float64 // by figure or baseline id
	launches map[string]int       // how many launches gave samples, by id
	notes    map[string][]string  // what went wrong or what else was seen, by id

	profiling *profiling // the figure to record a trace of, or nil
}

// serve starts the one server of the benchmark on 127.0.0.1: the built
// site at /, the floor pages at /floor/ and the inputs at /inputs/.
func serve(site, floor, inputs string) *httptest.Server {
	mux := http.NewServeMux()
	mux.Handle("/", http.FileServer(http.Dir(site)))
	mux.Handle("/floor/", http.StripPrefix("/floor/", http.FileServer(http.Dir(floor))))
	mux.Handle("/inputs/", http.StripPrefix("/inputs/", http.FileServer(http.Dir(inputs))))
	return httptest.NewServer(mux)
}

// writeFloor writes the floor pages into dir: plain/, the plain-JS page,
// and wasm/, the bare Go wasm page with its program compiled the way
// build.go compiles the app's and the wasm_exec.js of the same Go.
func writeFloor(dir string) error {
	pages, err := fs.Sub(floorPages, "floor")
	if err != nil {
		return err
	}
	if err := os.CopyFS(dir, pages); err != nil {
		return fmt.Errorf("writing the floor pages: %v", err)
	}
	wasmDir := filepath.Join(dir, "wasm")
	if err := buildWasm("./bench/floorwasm", filepath.Join(wasmDir, "floor.wasm"), "-ldflags=-s -w"); err != nil {
		return err
	}
	goroot, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		return fmt.Errorf("go env GOROOT: %v", err)
	}
	glue, err := os.ReadFile(filepath.Join(strings.TrimSpace(string(goroot)), "lib", "wasm", "wasm_exec.js"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(wasmDir, "wasm_exec.js"), glue, 0o644)
}

// buildWasm compiles the Go package pkg for js/wasm into out, with -trimpath
// and flags, as build.go compiles the app.
func buildWasm(pkg, out string, flags ...string) error {
	args := append([]string{"build", "-trimpath"}, flags...)
	build := exec.Command("go", append(args, "-o", out, pkg)...)
	build.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	if msg, err := build.CombinedOutput(); err != nil {
		return fmt.Errorf("compiling %s for js/wasm: %v\n%s", pkg, err, msg)
	}
	return nil
}

// record adds samples of the figure or baseline id, from one launch.
func (h *harness) record(id string, values ...float64) {
	h.samples[id] = append(h.samples[id], values...)
	h.launches[id]++
}

// recordTasks records the longest main-thread task since the long tasks
// were cleared as task, and their sum as blocked (if not ""). A task over
// the limit is described in a note: what the browser did in it.
func (h *harness) recordTasks(b *browser, task, blocked string) error {
	tasks, err := eval[[]float64](b, `__bench.afterPaint().then(() => __bench.longTasks.map(t => t.duration))`, editLimit)
	if err != nil {
		return err
	}
	longest, sum := 0.0, 0.0
	for _, d := range tasks {
		longest, sum = max(longest, d), sum+d
	}
	h.record(task, longest)
	if blocked != "" {
		h.record(blocked, sum)
	}
	if longest > taskLimit {
		why, err := eval[string](b, `__bench.explainLongest()`, 5*time.Second)
		if err != nil {
			return err
		}
		h.note(task, "%s", why)
	}
	return nil
}

// note keeps a remark about the figure id for the table.
func (h *harness) note(id, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if !slices.Contains(h.notes[id], msg) {
		h.notes[id] = append(h.notes[id], msg)
	}
}

// measure runs every scenario runs times (once, for those marked so),
// each time in a fresh browser, the scenarios taking turns so that a slow
// minute of the machine weighs on all of them alike. A scenario that fails
// is not run again: its figures keep the samples they have and say why
// they stopped.
func (h *harness) measure(runs int, scenarios []scenario) {
	failed := map[string]bool{}
	for run := 1; run <= runs; run++ {
		for _, s := range scenarios {
			if failed[s.name] || (s.once && run > 1) {
				continue
			}
			fmt.Fprintf(os.Stderr, "run %d/%d: %s\n", run, runs, s.name)
			began := time.Now()
			if err := h.inBrowser(s.run); err != nil {
				failed[s.name] = true
				fmt.Fprintf(os.Stderr, "\t%v\n", err)
				for _, id := range s.figures {
					h.note(id, "run %d failed, not repeated: %v", run, err)
				}
			}
			fmt.Fprintf(os.Stderr, "\t%.1f s\n", time.Since(began).Seconds())
		}
	}
}

// inBrowser runs fn in a fresh browser launch.
func (h *harness) inBrowser(fn func(*harness, *browser) error) error {
	b, err := launch(h.chromium)
	if err != nil {
		return err
	}
	defer b.close()
	return fn(h, b)
}

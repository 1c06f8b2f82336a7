//go:build !js

package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"regexp"
	"slices"
	"strings"

	"github.com/chromedp/cdproto/profiler"
)

// traceEvent is the part of a Chromium trace event the summary reads.
type traceEvent struct {
	Name string  `json:"name"`
	Ph   string  `json:"ph"`
	Ts   float64 `json:"ts"`  // µs
	Dur  float64 `json:"dur"` // µs, for complete ("X") events
	Pid  int64   `json:"pid"`
	Tid  int64   `json:"tid"`
	Args struct {
		Name      string `json:"name"` // of a thread_name metadata event
		BeginData struct {
			DirtyObjects  int  `json:"dirtyObjects"` // of a Layout event
			TotalObjects  int  `json:"totalObjects"`
			PartialLayout bool `json:"partialLayout"`
		} `json:"beginData"`
		ElementCount int `json:"elementCount"` // of an UpdateLayoutTree event
	} `json:"args"`
}

type thread struct{ pid, tid int64 }

// printMainThread prints how the page's main thread spent the trace: the
// self time of each kind of event (time in it minus time in the events
// it contains), largest first.
func printMainThread(w io.Writer, trace []byte) {
	events, err := readTrace(trace)
	if err != nil {
		fmt.Fprintf(w, "  (the trace cannot be read: %v)\n", err)
		return
	}
	spans := completeEvents(events)
	main, busy := busiestMain(events, spans)
	self := selfTimes(spans[main])
	fmt.Fprintf(w, "  main thread busy %.0f ms; self time by trace event:\n", busy/1000)
	printShares(w, self, busy, 12, meaningOf)
	printLargestRendering(w, spans[main])
}

// printLargestRendering tells how much of the page the longest layout and
// the longest style recalculation had to redo: the whole page, or only
// what changed.
func printLargestRendering(w io.Writer, events []traceEvent) {
	var layout, style traceEvent
	for _, e := range events {
		if e.Name == "Layout" && e.Dur > layout.Dur {
			layout = e
		}
		if e.Name == "UpdateLayoutTree" && e.Dur > style.Dur {
			style = e
		}
	}
	if layout.Dur > 0 {
		d := layout.Args.BeginData
		fmt.Fprintf(w, "  longest layout: %.1f ms, %d of %d layout objects dirty (partial layout: %v)\n",
			layout.Dur/1000, d.DirtyObjects, d.TotalObjects, d.PartialLayout)
	}
	if style.Dur > 0 {
		fmt.Fprintf(w, "  longest style recalculation: %.1f ms, %d elements\n", style.Dur/1000, style.Args.ElementCount)
	}
}

func readTrace(trace []byte) ([]traceEvent, error) {
	var wrapped struct {
		TraceEvents []traceEvent `json:"traceEvents"`
	}
	if err := json.Unmarshal(trace, &wrapped); err == nil {
		return wrapped.TraceEvents, nil
	}
	var events []traceEvent
	return events, json.Unmarshal(trace, &events)
}

// completeEvents gives each thread's events with a duration: "X" events,
// and "B"/"E" pairs joined into one.
func completeEvents(events []traceEvent) map[thread][]traceEvent {
	out := map[thread][]traceEvent{}
	open := map[thread][]traceEvent{}
	for _, e := range events {
		th := thread{e.Pid, e.Tid}
		switch e.Ph {
		case "X":
			out[th] = append(out[th], e)
		case "B":
			open[th] = append(open[th], e)
		case "E":
			if n := len(open[th]); n > 0 {
				b := open[th][n-1]
				open[th] = open[th][:n-1]
				b.Dur = e.Ts - b.Ts
				out[th] = append(out[th], b)
			}
		}
	}
	return out
}

// busiestMain is the renderer main thread (CrRendererMain) busiest in the
// trace, and how long it was busy in µs.
func busiestMain(events []traceEvent, spans map[thread][]traceEvent) (thread, float64) {
	var best thread
	var most float64
	for _, e := range events {
		if e.Ph != "M" || e.Name != "thread_name" || e.Args.Name != "CrRendererMain" {
			continue
		}
		th := thread{e.Pid, e.Tid}
		if busy := topLevelTime(spans[th]); busy > most {
			best, most = th, busy
		}
	}
	return best, most
}

// sortByStart orders events by start, the enclosing one first.
func sortByStart(events []traceEvent) {
	slices.SortFunc(events, func(a, b traceEvent) int {
		return cmp.Or(cmp.Compare(a.Ts, b.Ts), cmp.Compare(b.Dur, a.Dur))
	})
}

// topLevelTime adds up the events that no other contains.
func topLevelTime(events []traceEvent) float64 {
	sortByStart(events)
	var total, end float64
	for _, e := range events {
		if e.Ts >= end {
			total += e.Dur
			end = e.Ts + e.Dur
		}
	}
	return total
}

// selfTimes is each event name's time minus the time of the events
// directly inside it, in µs.
func selfTimes(events []traceEvent) map[string]float64 {
	sortByStart(events)
	self := map[string]float64{}
	var stack []traceEvent
	for _, e := range events {
		for len(stack) > 0 && stack[len(stack)-1].Ts+stack[len(stack)-1].Dur <= e.Ts {
			stack = stack[:len(stack)-1]
		}
		if len(stack) > 0 {
			self[stack[len(stack)-1].Name] -= e.Dur
		}
		self[e.Name] += e.Dur
		stack = append(stack, e)
	}
	return self
}

// traceMeanings say what the main thread's usual trace events stand for.
var traceMeanings = map[string]string{
	"RunMicrotasks":                  "JS and Go run from promise callbacks (Go resumes there after an await)",
	"FunctionCall":                   "JS and Go run from an event or timer callback",
	"EvaluateScript":                 "running a script",
	"v8.compile":                     "compiling JS",
	"Layout":                         "layout",
	"UpdateLayoutTree":               "style recalculation",
	"ParseHTML":                      "parsing HTML (innerHTML, outerHTML, the page)",
	"PrePaint":                       "paint: property trees",
	"Paint":                          "paint: recording",
	"Layerize":                       "paint: layers",
	"Commit":                         "handing the frame to the compositor",
	"HitTest":                        "hit testing the pointer",
	"EventDispatch":                  "dispatching DOM events",
	"Receive mojo message":           "IPC from the browser process",
	"ThreadControllerImpl::RunTask":  "task scheduling",
	"RunTask":                        "task scheduling",
	"SimpleWatcher::OnHandleReady":   "IPC (file and network data arriving)",
	"V8.StackGuard":                  "V8 interrupts (tiering up code, the profiler)",
	"V8.InvokeApiInterruptCallbacks": "V8 interrupts (tiering up code, the profiler)",
	"V8.HandleInterrupts":            "V8 interrupts (tiering up code, the profiler)",
	"V8.BytecodeBudgetInterrupt":     "V8 interrupts (tiering up code, the profiler)",
}

// meaningOf is the event's name with what it stands for, when known.
func meaningOf(name string) string {
	switch m, ok := traceMeanings[name]; {
	case ok:
		return name + ": " + m
	case strings.HasPrefix(name, "V8.GC") || strings.HasSuffix(name, "GC"):
		return name + ": JS garbage collection"
	}
	return name
}

// printShares prints the n largest times (µs) with their share of total,
// each name passed through label.
func printShares(w io.Writer, times map[string]float64, total float64, n int, label func(string) string) {
	names := slices.SortedFunc(maps.Keys(times), func(a, b string) int { return cmp.Compare(times[b], times[a]) })
	for _, name := range names[:min(n, len(names))] {
		if times[name] <= 0 {
			break
		}
		fmt.Fprintf(w, "    %8.1f ms  %4.1f%%  %s\n", times[name]/1000, 100*times[name]/total, label(name))
	}
}

func asIs(s string) string { return s }

// goGC matches the Go runtime's garbage collector functions.
var goGC = regexp.MustCompile(`^\$?runtime\.(gc|scanobject|scanblock|scanstack|markroot|greyobject|findObject|sweep|bgsweep|wbBuf|bulkBarrier|typePointers|heapSetType|\(\*gcWork\)|\(\*mspan\)\.sweep|\(\*sweepLocked\))`)

// kindOf sorts a sampled function into what it is.
func kindOf(f *profiler.ProfileNode) string {
	name, url := f.CallFrame.FunctionName, f.CallFrame.URL
	switch {
	case name == "(idle)":
		return "idle"
	case name == "(program)":
		return "browser work outside JS (style, layout, paint, parsing, tasks)"
	case name == "(garbage collector)":
		return "V8 garbage collector"
	case strings.HasPrefix(url, "wasm://") && goGC.MatchString(name):
		return "Go: garbage collector"
	case strings.HasPrefix(url, "wasm://") && strings.Contains(name, "syscall/js."):
		return "Go: syscall/js calls"
	case strings.HasPrefix(url, "wasm://") && strings.Contains(name, "runtime."):
		return "Go: runtime (allocation, scheduling, memmove)"
	case strings.HasPrefix(url, "wasm://"):
		return "Go: the program's and its libraries' code"
	case strings.Contains(url, "/boot-") || strings.HasSuffix(url, "/wasm_exec.js"):
		return "JS: wasm_exec.js glue (each syscall/js crossing) and boot.js"
	case url == "":
		return "JS: built-ins and DOM calls made from JS"
	default:
		return "JS: other"
	}
}

// printCPUProfile prints where the sampled time went, by kind of code and
// by function.
func printCPUProfile(w io.Writer, p *profiler.Profile) {
	if p == nil || len(p.Samples) == 0 {
		return
	}
	self := map[int64]float64{} // µs by node id
	for i, id := range p.Samples {
		if i+1 < len(p.TimeDeltas) {
			self[id] += float64(p.TimeDeltas[i+1])
		}
	}
	byKind, byFunc := map[string]float64{}, map[string]float64{}
	var busy float64
	for _, n := range p.Nodes {
		t := self[n.ID]
		kind := kindOf(n)
		if t == 0 || kind == "idle" {
			continue
		}
		busy += t
		byKind[kind] += t
		byFunc[fmt.Sprintf("%s  [%s]", functionName(n), kind)] += t
	}
	fmt.Fprintf(w, "  CPU profile of the tab, %.0f ms not idle; self time by kind of code:\n", busy/1000)
	printShares(w, byKind, busy, 10, asIs)
	fmt.Fprintln(w, "  and by function:")
	printShares(w, byFunc, busy, 15, asIs)
}

func functionName(n *profiler.ProfileNode) string {
	if n.CallFrame.FunctionName == "" {
		return "(anonymous)"
	}
	return n.CallFrame.FunctionName
}

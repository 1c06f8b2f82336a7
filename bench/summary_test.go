//go:build !js

package main

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSelfTimes(t *testing.T) {
	// A task of 100 µs holding a call of 60 µs, which holds a layout of 20
	// µs; then a paint of 10 µs on its own.
	events := []traceEvent{
		{Name: "Layout", Ts: 30, Dur: 20},
		{Name: "RunTask", Ts: 0, Dur: 100},
		{Name: "FunctionCall", Ts: 10, Dur: 60},
		{Name: "Paint", Ts: 200, Dur: 10},
	}
	want := map[string]float64{"RunTask": 40, "FunctionCall": 40, "Layout": 20, "Paint": 10}
	if diff := cmp.Diff(want, selfTimes(events)); diff != "" {
		t.Errorf("selfTimes (-want +got):\n%s", diff)
	}
	if got := topLevelTime(events); got != 110 {
		t.Errorf("topLevelTime = %v, want 110", got)
	}
}

func TestCompleteEventsJoinsBeginAndEnd(t *testing.T) {
	events := []traceEvent{
		{Name: "Outer", Ph: "B", Ts: 0, Tid: 1},
		{Name: "Inner", Ph: "X", Ts: 5, Dur: 3, Tid: 1},
		{Name: "Outer", Ph: "E", Ts: 10, Tid: 1},
	}
	got := completeEvents(events)[thread{0, 1}]
	want := []traceEvent{{Name: "Inner", Ph: "X", Ts: 5, Dur: 3, Tid: 1}, {Name: "Outer", Ph: "B", Ts: 0, Dur: 10, Tid: 1}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("completeEvents (-want +got):\n%s", diff)
	}
}

func TestStats(t *testing.T) {
	h := &harness{samples: map[string][]float64{}, launches: map[string]int{}}
	for i := 20; i >= 1; i-- {
		h.record("add", float64(i))
	}
	r := h.stats("add", "add", "ms")
	if r.Median != 10.5 || r.Min != 1 || r.Max != 20 || r.P95 != 19 || r.Runs != 20 {
		t.Errorf("median %v, min %v, max %v, p95 %v, runs %d; want 10.5, 1, 20, 19, 20", r.Median, r.Min, r.Max, r.P95, r.Runs)
	}
}
